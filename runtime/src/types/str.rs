//! `str`: UTF-8 text with its code-point count (O(1) indexing when ASCII).

use std::cell::Cell;

use crate::error::{PyResult, index_error, type_error};
use crate::object::{Obj, alloc};
use crate::rt;
use crate::types::typeobj::{BinOp, CompareOp, TypeData};

/// The payload of a str.
pub struct StrData {
    /// The text.
    pub s: Box<str>,
    /// Code points.
    pub chars: usize,
    hash: Cell<Option<i64>>,
}

/// The `str` type's data.
pub fn type_data() -> TypeData {
    let t = TypeData::new::<StrData>("str");
    t.slots
        .repr
        .set(Some(|o| Ok(new_str(&repr(as_str(o).unwrap_or_default())))));
    t.slots
        .str
        .set(Some(|o| Ok(new_str(as_str(o).unwrap_or_default()))));
    t.slots.hash.set(Some(|o| Ok(hash(o))));
    t.slots
        .len
        .set(Some(|o| Ok(o.downcast::<StrData>().map_or(0, |d| d.chars))));
    t.slots.bool.set(Some(|o| {
        Ok(o.downcast::<StrData>().is_some_and(|d| !d.s.is_empty()))
    }));
    t.slots.compare.set(Some(compare));
    t.slots.binary[BinOp::Add as usize].set(Some(add));
    t.slots.binary[BinOp::Mul as usize].set(Some(mul));
    t.slots.getitem.set(Some(getitem));
    t.slots
        .contains
        .set(Some(|o, k| match (as_str(o), as_str(k)) {
            (Some(h), Some(n)) => Ok(h.contains(n)),
            _ => Err(type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                crate::protocol::type_name(k)
            ))),
        }));
    t.slots.iter.set(Some(|o| {
        let chars: Vec<Obj> = as_str(o)
            .unwrap_or_default()
            .chars()
            .map(|c| new_str(c.encode_utf8(&mut [0; 4])))
            .collect();
        Ok(crate::types::iter::seq_iter(crate::types::list::new_list(
            chars,
        )))
    }));
    t
}

/// A new str.
pub fn new_str(s: &str) -> Obj {
    alloc(
        rt::ty(|t| &t.str),
        StrData {
            chars: s.chars().count(),
            s: s.into(),
            hash: Cell::new(None),
        },
    )
}

/// The text of a str object.
pub fn as_str(o: &Obj) -> Option<&str> {
    o.downcast::<StrData>().map(|d| &*d.s)
}

/// Whether `o` is a str (or subclass).
pub fn is_str(o: &Obj) -> bool {
    o.downcast::<StrData>().is_some()
}

/// The hash of a str (FNV-1a over the UTF-8, cached; never -1).
pub fn hash(o: &Obj) -> i64 {
    let Some(d) = o.downcast::<StrData>() else {
        return 0;
    };
    if let Some(h) = d.hash.get() {
        return h;
    }
    let mut h: u64 = 0xcbf29ce484222325;
    for b in d.s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let mut h = h as i64;
    if h == -1 {
        h = -2;
    }
    d.hash.set(Some(h));
    h
}

/// `repr()` of a text, with CPython's choice of quotes and escapes.
pub fn repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if !is_printable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// An approximation of `str.isprintable` for one character: controls,
/// separators other than space, and unassigned surrogates are not.
fn is_printable(c: char) -> bool {
    let n = c as u32;
    !(n < 0x20
        || (0x7f..0xa0).contains(&n)
        || n == 0xad
        || c.is_whitespace() && c != ' '
        || (0xd800..0xe000).contains(&n)
        || (0xfff9..=0xfffb).contains(&n)
        || n == 0x2028
        || n == 0x2029)
}

fn compare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    let (Some(x), Some(y)) = (as_str(a), as_str(b)) else {
        return Ok(rt::not_implemented());
    };
    let r = match op {
        CompareOp::Lt => x < y,
        CompareOp::Le => x <= y,
        CompareOp::Eq => x == y,
        CompareOp::Ne => x != y,
        CompareOp::Gt => x > y,
        CompareOp::Ge => x >= y,
    };
    Ok(rt::bool_obj(r))
}

fn add(a: &Obj, b: &Obj) -> PyResult<Obj> {
    match (as_str(a), as_str(b)) {
        (Some(x), Some(y)) => {
            let mut s = String::with_capacity(x.len() + y.len());
            s.push_str(x);
            s.push_str(y);
            Ok(new_str(&s))
        }
        (Some(_), None) => Err(type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            crate::protocol::type_name(b)
        ))),
        _ => Ok(rt::not_implemented()),
    }
}

fn mul(a: &Obj, b: &Obj) -> PyResult<Obj> {
    let (s, n) = match (as_str(a), as_str(b)) {
        (Some(s), None) => (s, b),
        (None, Some(s)) => (s, a),
        _ => return Ok(rt::not_implemented()),
    };
    match crate::types::int::to_index(n)? {
        Some(n) => Ok(new_str(&s.repeat(n.max(0) as usize))),
        None => Ok(rt::not_implemented()),
    }
}

fn getitem(o: &Obj, k: &Obj) -> PyResult<Obj> {
    let d = o
        .downcast::<StrData>()
        .ok_or_else(|| type_error("str expected"))?;
    if let Some(i) = crate::types::int::to_index(k)? {
        let n = d.chars as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(index_error("string index out of range"));
        }
        let c = if d.chars == d.s.len() {
            d.s[j as usize..j as usize + 1].to_string()
        } else {
            d.s.chars()
                .nth(j as usize)
                .map(String::from)
                .unwrap_or_default()
        };
        return Ok(new_str(&c));
    }
    if let Some((start, stop, step)) = crate::types::slice::indices(k, d.chars)? {
        let chars: Vec<char> = d.s.chars().collect();
        let out: String = crate::types::slice::positions(start, stop, step)
            .map(|i| chars[i])
            .collect();
        return Ok(new_str(&out));
    }
    Err(type_error(format!(
        "string indices must be integers, not '{}'",
        crate::protocol::type_name(k)
    )))
}
