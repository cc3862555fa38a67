//! `str`: UTF-8 text with its code-point count (O(1) indexing when ASCII).
//!
//! Indices are code points, as in Python: `char_range` turns code-point
//! positions into byte offsets (directly when the text is ASCII). Rust
//! strings cannot hold lone surrogates, so neither can a Pyrite str:
//! `chr(0xd800)` raises instead of returning one.
//!
//! The methods live in `str_methods.rs`, `str.format` in `str_format.rs`
//! and `%`-formatting (shared with bytes) in `printf.rs`.

use std::cell::Cell;

use crate::error::{PyErr, PyResult, index_error, overflow_error, type_error, value_error};
use crate::object::{Obj, TypeFor, WithText, alloc_text};
use crate::protocol;
use crate::rt;
use crate::types::typeobj::{BinOp, CompareOp, TypeData};
use crate::types::unicode;

/// The fixed part of a str's payload; the text follows it in the same
/// block (`object::alloc_text`), read through `data`.
pub struct StrData {
    /// Code points.
    chars: usize,
    /// The hash once computed; -1 before (a hash is never -1).
    hash: Cell<i64>,
}

/// A str's text and code-point count, borrowed from the object.
#[derive(Clone, Copy)]
pub struct Str<'a> {
    /// The text.
    pub s: &'a str,
    /// Code points.
    pub chars: usize,
}

impl Str<'_> {
    /// Whether every character is ASCII (byte index = char index).
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }
}

/// The text of a str (or subclass) object.
#[inline]
pub fn data(o: &Obj) -> Option<Str<'_>> {
    o.downcast_text::<StrData>()
        .map(|(d, s)| Str { s, chars: d.chars })
}

/// The `str` type's data.
pub fn type_data() -> TypeData {
    let t = TypeData::new_text::<StrData>("str").with_methods(crate::types::str_methods::init);
    t.slots
        .repr
        .set(Some(|o| Ok(new_str(&repr(as_str(o).unwrap_or_default())))));
    t.slots
        .str
        .set(Some(|o| Ok(new_str(as_str(o).unwrap_or_default()))));
    t.slots.hash.set(Some(|o| Ok(hash(o))));
    t.slots
        .len
        .set(Some(|o| Ok(data(o).map_or(0, |d| d.chars))));
    t.slots
        .bool
        .set(Some(|o| Ok(data(o).is_some_and(|d| !d.s.is_empty()))));
    t.slots.compare.set(Some(compare));
    t.slots.binary[BinOp::Add as usize].set(Some(add));
    t.slots.binary[BinOp::Mul as usize].set(Some(mul));
    t.slots.binary[BinOp::Mod as usize].set(Some(|a, b| match as_str(a) {
        Some(s) => crate::types::printf::format_str(s, b).map(|r| new_str(&r)),
        None => Ok(rt::not_implemented()),
    }));
    t.slots.getitem.set(Some(getitem));
    t.slots
        .contains
        .set(Some(|o, k| match (as_str(o), as_str(k)) {
            (Some(h), Some(n)) => Ok(h.contains(n)),
            _ => Err(type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                protocol::type_name(k)
            ))),
        }));
    t.slots.iter.set(Some(|o| {
        let chars: Vec<Obj> = as_str(o)
            .unwrap_or_default()
            .chars()
            .map(char_str)
            .collect();
        Ok(crate::types::iter::seq_iter(crate::types::list::new_list(
            chars,
        )))
    }));
    t.slots.new.set(Some(str_new));
    t
}

/// A new str.
pub fn new_str(s: &str) -> Obj {
    concat(&[s], s.chars().count())
}

thread_local! {
    /// The str type, checked once: strs are made everywhere.
    static STR: TypeFor<WithText<StrData>> = TypeFor::new(rt::ty(|t| &t.str));
}

/// A new instance of `cls` (str or a subclass) holding `s`.
pub fn new_str_of(cls: &Obj, s: &str) -> Obj {
    let o = alloc_str(cls.clone(), s);
    if crate::types::typeobj_ops::with_data(cls, |d| d.instance_dict) {
        o.set_dict(Some(crate::types::dict::new_dict()));
    }
    o
}

/// A new str holding the concatenation of `parts`, which have `chars`
/// code points in all: one allocation, no intermediate String.
pub fn concat(parts: &[&str], chars: usize) -> Obj {
    let data = StrData {
        chars,
        hash: Cell::new(-1),
    };
    STR.with(|t| t.alloc_text_parts(data, parts))
}

/// A new str holding `s` changed in place by `map`, which keeps the
/// number of code points (`str::make_ascii_uppercase`, say).
pub fn mapped(s: Str<'_>, map: fn(&mut str)) -> Obj {
    let data = StrData {
        chars: s.chars,
        hash: Cell::new(-1),
    };
    STR.with(|t| t.alloc_text_mapped(data, s.s, map))
}

fn alloc_str(cls: Obj, s: &str) -> Obj {
    let data = StrData {
        chars: s.chars().count(),
        hash: Cell::new(-1),
    };
    alloc_text(cls, data, s)
}

/// A one-character str.
pub fn char_str(c: char) -> Obj {
    new_str(c.encode_utf8(&mut [0; 4]))
}

thread_local! {
    /// Interned strs: identifiers in code objects and the runtime's own
    /// attribute names, so that dict lookups by name usually succeed on
    /// the identity test.
    static INTERNED: std::cell::RefCell<rustc_hash::FxHashMap<Box<str>, Obj>> =
        std::cell::RefCell::new(rustc_hash::FxHashMap::default());
}

/// The interned str for `s` (one object per distinct text).
pub fn intern(s: &str) -> Obj {
    if let Some(o) = INTERNED.with(|m| m.borrow().get(s).cloned()) {
        return o;
    }
    let o = new_str(s);
    o.make_immortal();
    INTERNED.with(|m| m.borrow_mut().insert(s.into(), o.clone()));
    o
}

/// Whether two strs have the same text (no Python-level comparison).
#[inline]
pub fn str_eq(a: &Obj, b: &Obj) -> Option<bool> {
    match (as_str(a), as_str(b)) {
        (Some(x), Some(y)) => Some(x == y),
        _ => None,
    }
}

/// The text of a str object.
#[inline]
pub fn as_str(o: &Obj) -> Option<&str> {
    o.downcast_text::<StrData>().map(|(_, s)| s)
}

/// Whether `o` is a str (or subclass).
#[inline]
pub fn is_str(o: &Obj) -> bool {
    o.downcast_text::<StrData>().is_some()
}

/// The hash of a str (cached; never -1). Equal to `hash_bytes` of its
/// UTF-8, so an ASCII str and the equal bytes hash alike, as in CPython.
pub fn hash(o: &Obj) -> i64 {
    let Some((d, s)) = o.downcast_text::<StrData>() else {
        return 0;
    };
    let h = d.hash.get();
    if h != -1 {
        return h;
    }
    let h = hash_bytes(s.as_bytes());
    d.hash.set(h);
    h
}

/// FNV-1a over bytes, never -1 (str and bytes hashing).
pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    let mut h: u64 = 0xcbf29ce484222325;
    for &x in b {
        h ^= x as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = h as i64;
    if h == -1 { -2 } else { h }
}

/// `repr()` of a text, with CPython's choice of quotes and escapes.
pub fn repr(s: &str) -> String {
    quote(s, false)
}

/// `ascii()` of a text: `repr` with every non-ASCII character escaped.
pub fn ascii(s: &str) -> String {
    quote(s, true)
}

/// Escapes non-ASCII characters of an already-built repr (`ascii(obj)`).
pub fn escape_non_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escape(&mut out, c);
        }
    }
    out
}

fn quote(s: &str, ascii_only: bool) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_ascii() => {
                if c < ' ' || c == '\x7f' {
                    push_escape(&mut out, c);
                } else {
                    out.push(c);
                }
            }
            c if ascii_only || !unicode::is_printable(c) => push_escape(&mut out, c),
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

fn push_escape(out: &mut String, c: char) {
    use std::fmt::Write;
    let n = c as u32;
    let _ = if n <= 0xff {
        write!(out, "\\x{n:02x}")
    } else if n <= 0xffff {
        write!(out, "\\u{n:04x}")
    } else {
        write!(out, "\\U{n:08x}")
    };
}

/// `chr(i)`.
pub fn chr(i: i64) -> PyResult<Obj> {
    if !(0..0x110000).contains(&i) {
        return Err(value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(i as u32) {
        Some(c) => Ok(char_str(c)),
        None => Err(value_error(format!(
            "chr({i:#x}) is a lone surrogate, which Pyrite's str cannot hold"
        ))),
    }
}

/// `ord(c)` for a one-character str, bytes or bytearray.
pub fn ord(o: &Obj) -> PyResult<Obj> {
    if let Some(d) = data(o) {
        let mut it = d.s.chars();
        return match (it.next(), it.next()) {
            (Some(c), None) => Ok(Obj::small(c as i64)),
            _ => Err(type_error(format!(
                "ord() expected a character, but string of length {} found",
                d.chars
            ))),
        };
    }
    if let Some(b) = crate::types::bytes::bytes_like(o) {
        return match b.as_slice() {
            [x] => Ok(Obj::small(*x as i64)),
            v => Err(type_error(format!(
                "ord() expected a character, but string of length {} found",
                v.len()
            ))),
        };
    }
    Err(type_error(format!(
        "ord() expected string of length 1, but {} found",
        protocol::type_name(o)
    )))
}

/// The byte offset of code point `i` (`i <= chars`).
pub fn byte_offset(s: &str, ascii: bool, i: usize) -> usize {
    if ascii {
        return i.min(s.len());
    }
    s.char_indices().nth(i).map_or(s.len(), |(b, _)| b)
}

/// The code-point index of byte offset `b` (a char boundary).
pub fn char_index(s: &str, ascii: bool, b: usize) -> usize {
    if ascii { b } else { s[..b].chars().count() }
}

/// The byte range of code points `start..end` (clamped, start <= end).
pub fn char_range(d: Str<'_>, start: usize, end: usize) -> (usize, usize) {
    let a = byte_offset(d.s, d.is_ascii(), start);
    let b = if end <= start {
        a
    } else {
        a + byte_offset(&d.s[a..], d.is_ascii(), end - start)
    };
    (a, b)
}

/// `s * n`, with CPython's errors for huge results.
pub fn repeat_text(s: &str, n: i64) -> PyResult<String> {
    if n <= 0 || s.is_empty() {
        return Ok(String::new());
    }
    let total = s
        .len()
        .checked_mul(n as usize)
        .filter(|&t| t <= isize::MAX as usize)
        .ok_or_else(|| overflow_error("repeated string is too long"))?;
    let mut out = String::new();
    out.try_reserve_exact(total).map_err(|_| memory_error())?;
    for _ in 0..n {
        out.push_str(s);
    }
    Ok(out)
}

/// `MemoryError()`.
pub fn memory_error() -> PyErr {
    PyErr::with_args(rt::Exc::MemoryError, vec![])
}

/// `str(object='', encoding='utf-8', errors='strict')`.
fn str_new(cls: &Obj, args: &[Obj], kwnames: &[Obj]) -> PyResult<Obj> {
    use crate::args::{Sig, Style};
    // `str(x)`, the common call, needs no argument binding.
    if let [o] = args
        && kwnames.is_empty()
        && cls.is(&rt::ty(|t| &t.str))
    {
        return protocol::str(o);
    }
    if args.len() > 3 {
        return Err(type_error(format!(
            "str() takes at most 3 arguments ({} given)",
            args.len()
        )));
    }
    let sig = Sig::method(
        "str",
        "str",
        &["object", "encoding", "errors"],
        0,
        Style::Clinic,
    );
    let a = sig.bind(args, kwnames)?;
    let text: String = match (&a[0], &a[1], &a[2]) {
        (None, _, _) => String::new(),
        (Some(o), None, None) => {
            let s = protocol::str(o)?;
            if cls.is(&rt::ty(|t| &t.str)) {
                return Ok(s);
            }
            as_str(&s).unwrap_or_default().to_string()
        }
        (Some(o), enc, errors) => {
            let enc = opt_str_arg(enc, "str", "encoding")?;
            let errors = opt_str_arg(errors, "str", "errors")?;
            if is_str(o) {
                return Err(type_error("decoding str is not supported"));
            }
            let Some(b) = crate::types::bytes::bytes_like(o) else {
                return Err(type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    protocol::type_name(o)
                )));
            };
            crate::types::codecs::decode(
                &b,
                enc.as_deref().unwrap_or("utf-8"),
                errors.as_deref().unwrap_or("strict"),
            )?
        }
    };
    Ok(new_str_of(cls, &text))
}

/// An optional str argument (`encoding=`, `errors=`).
pub fn opt_str_arg(o: &Option<Obj>, func: &str, name: &str) -> PyResult<Option<String>> {
    match o {
        None => Ok(None),
        Some(o) => match as_str(o) {
            Some(s) => Ok(Some(s.to_string())),
            None => Err(type_error(format!(
                "{func}() argument '{name}' must be str, not {}",
                protocol::type_name(o)
            ))),
        },
    }
}

fn compare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    let (Some(x), Some(y)) = (as_str(a), as_str(b)) else {
        return Ok(rt::not_implemented());
    };
    // UTF-8 byte order is code-point order.
    Ok(rt::bool_obj(protocol::ordering_matches(x.cmp(y), op)))
}

/// `str.__add__`.
pub(crate) fn add(a: &Obj, b: &Obj) -> PyResult<Obj> {
    match (data(a), data(b)) {
        (Some(x), Some(y)) => Ok(concat(&[x.s, y.s], x.chars + y.chars)),
        (Some(_), None) => Err(type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            protocol::type_name(b)
        ))),
        _ => Ok(rt::not_implemented()),
    }
}

fn mul(a: &Obj, b: &Obj) -> PyResult<Obj> {
    let (s, n) = match (as_str(a), as_str(b)) {
        (Some(s), _) => (s, b),
        (None, Some(s)) => (s, a),
        _ => return Ok(rt::not_implemented()),
    };
    match crate::types::int::to_index(n) {
        Ok(Some(n)) => Ok(new_str(&repeat_text(s, n)?)),
        Ok(None) if crate::types::class::is_heap_type(&n.ty()) => Ok(rt::not_implemented()),
        Ok(None) => Err(non_int_repeat(n)),
        Err(_) => Err(overflow_error(format!(
            "cannot fit '{}' into an index-sized integer",
            protocol::type_name(n)
        ))),
    }
}

/// `can't multiply sequence by non-int of type 'X'`.
pub fn non_int_repeat(n: &Obj) -> PyErr {
    type_error(format!(
        "can't multiply sequence by non-int of type '{}'",
        protocol::type_name(n)
    ))
}

fn getitem(o: &Obj, k: &Obj) -> PyResult<Obj> {
    let d = data(o).ok_or_else(|| type_error("str expected"))?;
    if let Some(i) = crate::types::int::to_index(k)? {
        let n = d.chars as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(index_error("string index out of range"));
        }
        let j = j as usize;
        let c = if d.is_ascii() {
            d.s.as_bytes()[j] as char
        } else {
            d.s.chars().nth(j).unwrap_or('\0')
        };
        return Ok(char_str(c));
    }
    if let Some((start, stop, step)) = crate::types::slice::indices(k, d.chars)? {
        if step == 1 {
            let (a, b) = char_range(d, start as usize, stop.max(start) as usize);
            return Ok(new_str(&d.s[a..b]));
        }
        let out: String = if d.is_ascii() {
            let bytes = d.s.as_bytes();
            crate::types::slice::positions(start, stop, step)
                .map(|i| bytes[i] as char)
                .collect()
        } else {
            let chars: Vec<char> = d.s.chars().collect();
            crate::types::slice::positions(start, stop, step)
                .map(|i| chars[i])
                .collect()
        };
        return Ok(new_str(&out));
    }
    Err(type_error(format!(
        "string indices must be integers, not '{}'",
        protocol::type_name(k)
    )))
}
