//! `bytes`: an immutable byte string; and the operations it shares with
//! `bytearray` (constructors' argument forms, repr, comparison, search,
//! the methods in `bytes_methods.rs`).

use std::cell::Cell;

use crate::error::{PyResult, index_error, type_error, value_error};
use crate::object::{Obj, alloc};
use crate::protocol;
use crate::rt;
use crate::types::typeobj::{BinOp, CompareOp, TypeData};

/// The payload of a bytes object.
pub struct BytesData {
    /// The bytes.
    pub b: Box<[u8]>,
    hash: Cell<Option<i64>>,
}

thread_local! {
    static BYTES_TYPE: Obj = {
        let t = TypeData::new::<BytesData>("bytes").with_methods(|t| {
            crate::types::bytes_methods::init(t);
            crate::types::typeobj_ops::set_type_attr(
                t,
                "fromhex",
                crate::types::function::new_builtin("fromhex", |a, _| {
                    crate::types::bytes_methods::fromhex(a).map(new_bytes)
                }),
            );
        });
        fill_common_slots(&t);
        t.slots.hash.set(Some(|o| {
            let d = o.downcast::<BytesData>().ok_or_else(|| type_error("bytes expected"))?;
            if let Some(h) = d.hash.get() {
                return Ok(h);
            }
            let h = crate::types::str::hash_bytes(&d.b);
            d.hash.set(Some(h));
            Ok(h)
        }));
        t.slots.new.set(Some(bytes_new));
        let ty = crate::types::class::new_builtin_type(t);
        ty.make_immortal();
        ty
    };
}

/// The `bytes` type.
pub fn ty() -> Obj {
    BYTES_TYPE.with(Obj::clone)
}

/// A new bytes object.
pub fn new_bytes(b: Vec<u8>) -> Obj {
    alloc(
        ty(),
        BytesData {
            b: b.into_boxed_slice(),
            hash: Cell::new(None),
        },
    )
}

/// The contents of a bytes object (not bytearray).
pub fn as_bytes(o: &Obj) -> Option<&[u8]> {
    o.downcast::<BytesData>().map(|d| &*d.b)
}

/// A copy of the contents of any bytes-like object: bytes, bytearray,
/// memoryview.
pub fn bytes_like(o: &Obj) -> Option<Vec<u8>> {
    if let Some(b) = as_bytes(o) {
        return Some(b.to_vec());
    }
    if let Some(b) = crate::types::bytearray::contents(o) {
        return Some(b);
    }
    crate::types::memoryview::contents(o)
}

/// `bytes(source)`, `bytes(str, encoding, errors)`, `bytes(n)`: the
/// contents for bytes (`array = false`) or bytearray.
pub fn from_args(args: &[Obj], kwnames: &[Obj], array: bool) -> PyResult<Vec<u8>> {
    use crate::args::{Sig, Style};
    let name = if array { "bytearray" } else { "bytes" };
    let v = Sig::method(
        name,
        name,
        &["source", "encoding", "errors"],
        0,
        Style::Clinic,
    )
    .bind(args, kwnames)?;
    let Some(src) = &v[0] else {
        if v[1].is_some() || v[2].is_some() {
            return Err(type_error("encoding or errors without sequence argument"));
        }
        return Ok(Vec::new());
    };
    if let Some(s) = crate::types::str::as_str(src) {
        let Some(enc) = crate::types::str::opt_str_arg(&v[1], name, "encoding")? else {
            return Err(type_error("string argument without an encoding"));
        };
        let errors = crate::types::str::opt_str_arg(&v[2], name, "errors")?;
        return crate::types::codecs::encode(s, &enc, errors.as_deref().unwrap_or("strict"));
    }
    if v[1].is_some() {
        return Err(type_error("encoding without a string argument"));
    }
    if v[2].is_some() {
        return Err(type_error("errors without a string argument"));
    }
    if let Some(b) = bytes_like(src) {
        return Ok(b);
    }
    if let Some(n) = crate::types::int::to_index(src)? {
        if n < 0 {
            return Err(value_error("negative count"));
        }
        let mut out = Vec::new();
        out.try_reserve_exact(n as usize)
            .map_err(|_| crate::types::str::memory_error())?;
        out.resize(n as usize, 0);
        return Ok(out);
    }
    let items = match protocol::iter(src) {
        Ok(_) => protocol::collect(src)?,
        Err(_) => {
            return Err(type_error(format!(
                "cannot convert '{}' object to {name}",
                protocol::type_name(src)
            )));
        }
    };
    items.iter().map(|x| byte_value(x, array)).collect()
}

/// An int in `range(256)`, with bytes' or bytearray's error.
pub fn byte_value(x: &Obj, array: bool) -> PyResult<u8> {
    let Some(v) = crate::types::int::to_index(x).ok().flatten() else {
        if crate::types::int::is_int(x) {
            return Err(value_error(range_message(array)));
        }
        return Err(crate::types::int::expected_int(x));
    };
    u8::try_from(v).map_err(|_| value_error(range_message(array)))
}

fn range_message(array: bool) -> &'static str {
    if array {
        "byte must be in range(0, 256)"
    } else {
        "bytes must be in range(0, 256)"
    }
}

fn bytes_new(cls: &Obj, args: &[Obj], kwnames: &[Obj]) -> PyResult<Obj> {
    // `bytes(b)` of an exact bytes is `b` itself.
    if args.len() == 1 && kwnames.is_empty() && cls.is(&ty()) && args[0].ty().is(&ty()) {
        return Ok(args[0].clone());
    }
    let b = from_args(args, kwnames, false)?;
    let o = alloc(
        cls.clone(),
        BytesData {
            b: b.into_boxed_slice(),
            hash: Cell::new(None),
        },
    );
    if crate::types::typeobj_ops::with_data(cls, |d| d.instance_dict) {
        o.set_dict(Some(crate::types::dict::new_dict()));
    }
    Ok(o)
}

/// The slots bytes and bytearray share (over a snapshot of the contents).
pub fn fill_common_slots(t: &TypeData) {
    t.slots.repr.set(Some(|o| {
        let b = bytes_like(o).unwrap_or_default();
        Ok(crate::types::str::new_str(&if is_bytes(o) {
            repr(&b)
        } else {
            format!("{}({})", protocol::type_name(o), repr_quoting(&b, true))
        }))
    }));
    t.slots
        .len
        .set(Some(|o| Ok(bytes_like(o).map_or(0, |b| b.len()))));
    t.slots.compare.set(Some(compare));
    t.slots.binary[BinOp::Add as usize].set(Some(add));
    t.slots.binary[BinOp::Mul as usize].set(Some(mul));
    t.slots.binary[BinOp::Mod as usize].set(Some(|a, b| {
        if !is_bytes(a) && crate::types::bytearray::contents(a).is_none() {
            return Ok(rt::not_implemented());
        }
        let t = bytes_like(a).unwrap_or_default();
        let r = crate::types::printf::format_bytes(&t, b)?;
        Ok(same_kind(a, r))
    }));
    t.slots.getitem.set(Some(getitem));
    t.slots.contains.set(Some(contains));
    t.slots.iter.set(Some(|o| {
        let items: Vec<Obj> = bytes_like(o)
            .unwrap_or_default()
            .iter()
            .map(|&x| Obj::small(x as i64))
            .collect();
        Ok(crate::types::iter::seq_iter(crate::types::list::new_list(
            items,
        )))
    }));
}

/// Whether `o` is a bytes (or subclass).
pub fn is_bytes(o: &Obj) -> bool {
    o.downcast::<BytesData>().is_some()
}

/// A result of the same kind as `like`: bytearray for a bytearray, else
/// bytes.
pub fn same_kind(like: &Obj, b: Vec<u8>) -> Obj {
    if crate::types::bytearray::contents(like).is_some() {
        crate::types::bytearray::new_bytearray(b)
    } else {
        new_bytes(b)
    }
}

/// `repr()` of a byte string's contents: `b'...'`.
pub fn repr(b: &[u8]) -> String {
    repr_quoting(b, false)
}

/// The `b'...'` literal; `always_escape_quote` is bytearray's quirk of
/// escaping `'` even between double quotes (`bytearray(b"a\'b")`).
fn repr_quoting(b: &[u8], always_escape_quote: bool) -> String {
    let q = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(q as char);
    for &x in b {
        match x {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            x if x == q || (always_escape_quote && x == b'\'') => {
                out.push('\\');
                out.push(x as char);
            }
            0x20..0x7f => out.push(x as char),
            x => out.push_str(&format!("\\x{x:02x}")),
        }
    }
    out.push(q as char);
    out
}

fn compare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    let (Some(x), Some(y)) = (bytes_like(a), bytes_like(b)) else {
        return Ok(rt::not_implemented());
    };
    if crate::types::memoryview::contents(a).is_some()
        || crate::types::memoryview::contents(b).is_some()
    {
        return Ok(rt::not_implemented());
    }
    Ok(rt::bool_obj(protocol::ordering_matches(x.cmp(&y), op)))
}

fn add(a: &Obj, b: &Obj) -> PyResult<Obj> {
    let Some(x) = bytes_like(a) else {
        return Ok(rt::not_implemented());
    };
    let Some(y) = bytes_like(b) else {
        return Err(type_error(format!(
            "can't concat {} to {}",
            protocol::type_name(b),
            protocol::type_name(a)
        )));
    };
    let mut v = x;
    v.extend_from_slice(&y);
    Ok(same_kind(a, v))
}

fn mul(a: &Obj, b: &Obj) -> PyResult<Obj> {
    let (seq, n) = match (bytes_like(a), bytes_like(b)) {
        (Some(s), _) => ((s, a), b),
        (None, Some(s)) => ((s, b), a),
        _ => return Ok(rt::not_implemented()),
    };
    match crate::types::int::to_index(n) {
        Ok(Some(k)) => {
            let k = k.max(0) as usize;
            let total = seq
                .0
                .len()
                .checked_mul(k)
                .filter(|&t| t <= isize::MAX as usize)
                .ok_or_else(|| crate::error::overflow_error("repeated bytes are too long"))?;
            let mut out = Vec::new();
            out.try_reserve_exact(total)
                .map_err(|_| crate::types::str::memory_error())?;
            for _ in 0..k {
                out.extend_from_slice(&seq.0);
            }
            Ok(same_kind(seq.1, out))
        }
        Ok(None) if crate::types::class::is_heap_type(&n.ty()) => Ok(rt::not_implemented()),
        Ok(None) => Err(crate::types::str::non_int_repeat(n)),
        Err(_) => Err(crate::error::overflow_error(format!(
            "cannot fit '{}' into an index-sized integer",
            protocol::type_name(n)
        ))),
    }
}

fn getitem(o: &Obj, k: &Obj) -> PyResult<Obj> {
    let b = bytes_like(o).unwrap_or_default();
    let array = crate::types::bytearray::contents(o).is_some();
    if let Some(i) = crate::types::int::to_index(k)? {
        let n = b.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(index_error(if array {
                "bytearray index out of range"
            } else {
                "index out of range"
            }));
        }
        return Ok(Obj::small(b[j as usize] as i64));
    }
    if let Some((start, stop, step)) = crate::types::slice::indices(k, b.len())? {
        let out: Vec<u8> = crate::types::slice::positions(start, stop, step)
            .map(|i| b[i])
            .collect();
        return Ok(same_kind(o, out));
    }
    Err(type_error(format!(
        "{} indices must be integers or slices, not {}",
        if array { "bytearray" } else { "byte" },
        protocol::type_name(k)
    )))
}

fn contains(o: &Obj, k: &Obj) -> PyResult<bool> {
    let b = bytes_like(o).unwrap_or_default();
    if let Some(n) = crate::types::int::to_index(k).ok().flatten() {
        let x = u8::try_from(n).map_err(|_| value_error("byte must be in range(0, 256)"))?;
        return Ok(b.contains(&x));
    }
    if crate::types::int::is_int(k) {
        return Err(value_error("byte must be in range(0, 256)"));
    }
    let Some(sub) = bytes_like(k) else {
        return Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            protocol::type_name(k)
        )));
    };
    Ok(find(&b, &sub, 0, b.len(), false).is_some())
}

/// Finds `sub` in `hay[start..end]` (`start > end` finds nothing).
pub fn find(hay: &[u8], sub: &[u8], start: usize, end: usize, right: bool) -> Option<usize> {
    if start > end || end - start < sub.len() {
        return None;
    }
    let w = &hay[start..end];
    let last = w.len() - sub.len();
    if right {
        (0..=last).rev().find(|&i| &w[i..i + sub.len()] == sub)
    } else {
        (0..=last).find(|&i| &w[i..i + sub.len()] == sub)
    }
    .map(|i| i + start)
}
