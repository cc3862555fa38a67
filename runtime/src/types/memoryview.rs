//! `memoryview`: a one-dimensional view of a bytes or bytearray object's
//! memory. A view reads and writes its base object's bytes in place, so
//! writes through a view of a bytearray show in the bytearray; a view is
//! `(start, step, len)` in items of `itemsize` bytes of a native `format`
//! (`cast`). (Resizing a bytearray that has views is not refused yet, as
//! CPython's BufferError would; reads past a shrunk base see nothing.)

use std::cell::Cell;

use crate::error::{PyResult, index_error, type_error, value_error};
use crate::object::{Obj, alloc};
use crate::protocol;
use crate::rt;
use crate::types::bytearray::ByteArrayData;
use crate::types::descr::add_getter;
use crate::types::function::add_method;
use crate::types::typeobj::{CompareOp, TypeData};

/// The payload of a memoryview.
pub struct MemoryViewData {
    /// The object viewed (`obj`): a bytes or bytearray.
    pub obj: Obj,
    /// Byte offset of the first item.
    start: usize,
    /// Bytes from one item to the next (negative for reversed slices).
    step: isize,
    /// Number of items.
    len: usize,
    /// The struct format character of the items.
    format: char,
    /// Whether writes are refused.
    readonly: bool,
    /// Set by `release()` and `__exit__`.
    released: Cell<bool>,
}

thread_local! {
    static MEMORYVIEW_TYPE: Obj = {
        let t = TypeData::new::<MemoryViewData>("memoryview")
            .final_type()
            .with_methods(init);
        t.slots.len.set(Some(|o| Ok(view(o)?.len)));
        t.slots.getitem.set(Some(getitem));
        t.slots.setitem.set(Some(setitem));
        t.slots.iter.set(Some(|o| protocol::iter(&tolist(o)?)));
        t.slots.new.set(Some(|_cls, args, kw| {
            let (pos, kws) = crate::args::split(args, kw);
            let obj = match (pos, kws.as_slice()) {
                ([o], []) => o.clone(),
                ([], [(k, o)]) if *k == "object" => Obj::clone(o),
                _ => {
                    return Err(type_error(format!(
                        "memoryview() takes exactly one argument ({} given)",
                        args.len()
                    )));
                }
            };
            new_memoryview(&obj)
        }));
        t.slots.compare.set(Some(compare));
        t.slots.hash.set(Some(|o| {
            let d = view(o)?;
            if !d.readonly {
                return Err(value_error("cannot hash writable memoryview object"));
            }
            Ok(crate::types::str::hash_bytes(&read_bytes(d)))
        }));
        t.slots.repr.set(Some(|o| {
            let released = o.downcast::<MemoryViewData>().is_some_and(|d| d.released.get());
            let word = if released { "released memory" } else { "memory" };
            Ok(crate::types::str::new_str(&format!("<{word} at {:#x}>", o.id())))
        }));
        let ty = crate::types::class::new_builtin_type(t);
        ty.make_immortal();
        ty
    };
}

/// The `memoryview` type.
pub fn ty() -> Obj {
    MEMORYVIEW_TYPE.with(Obj::clone)
}

/// `memoryview(obj)`.
pub fn new_memoryview(obj: &Obj) -> PyResult<Obj> {
    if let Some(d) = obj.downcast::<MemoryViewData>() {
        check(d)?;
        return Ok(derived(d, d.start, d.step, d.len, d.format, d.readonly));
    }
    let (len, readonly) = if let Some(b) = crate::types::bytes::as_bytes(obj) {
        (b.len(), true)
    } else if let Some(b) = obj.downcast::<ByteArrayData>() {
        (b.0.borrow().len(), false)
    } else {
        return Err(type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            protocol::type_name(obj)
        )));
    };
    Ok(alloc(
        ty(),
        MemoryViewData {
            obj: obj.clone(),
            start: 0,
            step: 1,
            len,
            format: 'B',
            readonly,
            released: Cell::new(false),
        },
    ))
}

/// A copy of the viewed bytes (`None` for anything else, or a released
/// view).
pub fn contents(o: &Obj) -> Option<Vec<u8>> {
    let d = o.downcast::<MemoryViewData>()?;
    if d.released.get() {
        return None;
    }
    Some(read_bytes(d))
}

fn init(t: &Obj) {
    add_method(t, "tobytes", |a, _| {
        Ok(crate::types::bytes::new_bytes(read_bytes(this(a)?)))
    });
    add_method(t, "tolist", |a, _| tolist(&a[0]));
    add_method(t, "hex", |a, _| {
        let s: String = read_bytes(this(a)?)
            .iter()
            .map(|x| format!("{x:02x}"))
            .collect();
        Ok(crate::types::str::new_str(&s))
    });
    add_method(t, "release", |a, _| {
        if let Some(d) = a.first().and_then(|o| o.downcast::<MemoryViewData>()) {
            d.released.set(true);
        }
        Ok(rt::none())
    });
    add_method(t, "__enter__", |a, _| {
        this(a)?;
        Ok(a[0].clone())
    });
    add_method(t, "__exit__", |a, _| {
        if let Some(d) = a.first().and_then(|o| o.downcast::<MemoryViewData>()) {
            d.released.set(true);
        }
        Ok(rt::none())
    });
    add_method(t, "toreadonly", |a, _| {
        let d = this(a)?;
        Ok(derived(d, d.start, d.step, d.len, d.format, true))
    });
    add_method(t, "cast", cast);
    add_getter(t, "obj", |o| Ok(view(o)?.obj.clone()));
    add_getter(t, "readonly", |o| Ok(rt::bool_obj(view(o)?.readonly)));
    add_getter(t, "format", |o| {
        Ok(crate::types::str::new_str(&view(o)?.format.to_string()))
    });
    add_getter(t, "itemsize", |o| {
        Ok(Obj::small(itemsize(view(o)?.format) as i64))
    });
    add_getter(t, "nbytes", |o| {
        let d = view(o)?;
        Ok(Obj::small((d.len * itemsize(d.format)) as i64))
    });
    add_getter(t, "ndim", |o| view(o).map(|_| Obj::small(1)));
    add_getter(t, "shape", |o| {
        let d = view(o)?;
        Ok(crate::types::tuple::new_tuple(vec![Obj::small(
            d.len as i64,
        )]))
    });
    add_getter(t, "strides", |o| {
        let d = view(o)?;
        Ok(crate::types::tuple::new_tuple(vec![Obj::small(
            d.step as i64,
        )]))
    });
    add_getter(t, "suboffsets", |o| {
        view(o).map(|_| crate::types::tuple::new_tuple(vec![]))
    });
    for name in ["c_contiguous", "f_contiguous", "contiguous"] {
        add_getter(t, name, |o| Ok(rt::bool_obj(contiguous(view(o)?))));
    }
}

fn released_error() -> crate::error::PyErr {
    value_error("operation forbidden on released memoryview object")
}

fn check(d: &MemoryViewData) -> PyResult<()> {
    if d.released.get() {
        Err(released_error())
    } else {
        Ok(())
    }
}

fn view(o: &Obj) -> PyResult<&MemoryViewData> {
    let d = o
        .downcast::<MemoryViewData>()
        .ok_or_else(|| type_error("memoryview expected"))?;
    check(d)?;
    Ok(d)
}

fn this(a: &[Obj]) -> PyResult<&MemoryViewData> {
    match a.first() {
        Some(o) => view(o),
        None => Err(type_error("memoryview method needs an argument")),
    }
}

fn derived(
    d: &MemoryViewData,
    start: usize,
    step: isize,
    len: usize,
    format: char,
    readonly: bool,
) -> Obj {
    alloc(
        ty(),
        MemoryViewData {
            obj: d.obj.clone(),
            start,
            step,
            len,
            format,
            readonly,
            released: Cell::new(false),
        },
    )
}

fn contiguous(d: &MemoryViewData) -> bool {
    d.len <= 1 || d.step == itemsize(d.format) as isize
}

/// The size of one item of native struct format `f`.
fn itemsize(f: char) -> usize {
    match f {
        'h' | 'H' | 'e' => 2,
        'i' | 'I' | 'f' => 4,
        'l' | 'L' | 'q' | 'Q' | 'n' | 'N' | 'd' | 'P' => 8,
        _ => 1,
    }
}

/// Runs `f` on the base object's bytes.
fn with_base<R>(d: &MemoryViewData, f: impl FnOnce(&[u8]) -> R) -> R {
    if let Some(b) = crate::types::bytes::as_bytes(&d.obj) {
        return f(b);
    }
    if let Some(b) = d.obj.downcast::<ByteArrayData>() {
        return f(&b.0.borrow());
    }
    f(&[])
}

/// The byte offset of item `i`.
fn offset(d: &MemoryViewData, i: usize) -> usize {
    (d.start as isize + i as isize * d.step).max(0) as usize
}

/// The bytes of every item, in order.
fn read_bytes(d: &MemoryViewData) -> Vec<u8> {
    let size = itemsize(d.format);
    with_base(d, |b| {
        let mut out = Vec::with_capacity(d.len * size);
        for i in 0..d.len {
            let at = offset(d, i);
            out.extend_from_slice(b.get(at..at + size).unwrap_or(&[]));
        }
        out
    })
}

/// Item `i` as a Python object.
fn item(d: &MemoryViewData, i: usize) -> Obj {
    let size = itemsize(d.format);
    let at = offset(d, i);
    let raw = with_base(d, |b| b.get(at..at + size).map(<[u8]>::to_vec));
    let Some(raw) = raw else {
        return Obj::small(0);
    };
    decode(d.format, &raw)
}

/// One native item of format `f` from its bytes.
fn decode(f: char, raw: &[u8]) -> Obj {
    let mut word = [0u8; 8];
    word[..raw.len().min(8)].copy_from_slice(&raw[..raw.len().min(8)]);
    let u = u64::from_ne_bytes(word);
    let signed = |bits: u32| ((u << (64 - bits)) as i64) >> (64 - bits);
    match f {
        'c' => crate::types::bytes::new_bytes(raw.to_vec()),
        '?' => rt::bool_obj(u != 0),
        'b' => Obj::small(signed(8)),
        'h' => Obj::small(signed(16)),
        'i' => Obj::small(signed(32)),
        'l' | 'q' | 'n' => crate::types::int::from_big(signed(64).into()),
        'f' => crate::types::float::new_float(f32::from_bits(u as u32) as f64),
        'd' => crate::types::float::new_float(f64::from_bits(u)),
        _ => crate::types::int::from_big(u.into()),
    }
}

/// The bytes of native item `v` of format `f`, with CPython's errors.
fn encode(f: char, v: &Obj) -> PyResult<Vec<u8>> {
    let size = itemsize(f);
    let invalid_type = || type_error(format!("memoryview: invalid type for format '{f}'"));
    let invalid_value = || value_error(format!("memoryview: invalid value for format '{f}'"));
    match f {
        'c' => match crate::types::bytes::as_bytes(v) {
            Some(b) if b.len() == 1 => Ok(b.to_vec()),
            Some(_) => Err(invalid_value()),
            None => Err(invalid_type()),
        },
        'f' | 'd' => {
            if crate::types::float::value(v).is_none() && !crate::types::int::is_int(v) {
                return Err(invalid_type());
            }
            let x = crate::args::to_f64(v)?;
            Ok(if f == 'f' {
                (x as f32).to_ne_bytes().to_vec()
            } else {
                x.to_ne_bytes().to_vec()
            })
        }
        '?' => Ok(vec![u8::from(protocol::truth(v)?)]),
        _ => {
            if !crate::types::int::is_int(v) {
                return Err(invalid_type());
            }
            let x = crate::types::int::value(v).unwrap_or_default();
            let bits = 8 * size as u32;
            let is_signed = f.is_ascii_lowercase();
            let (lo, hi) = if is_signed {
                (
                    -(num_bigint::BigInt::from(1) << (bits - 1)),
                    (num_bigint::BigInt::from(1) << (bits - 1)) - 1,
                )
            } else {
                (
                    num_bigint::BigInt::from(0),
                    (num_bigint::BigInt::from(1) << bits) - 1,
                )
            };
            if x < lo || x > hi {
                return Err(invalid_value());
            }
            let mut le = x.to_signed_bytes_le();
            let fill = if x.sign() == num_bigint::Sign::Minus {
                0xff
            } else {
                0
            };
            le.resize(size, fill);
            if cfg!(target_endian = "big") {
                le.reverse();
            }
            Ok(le)
        }
    }
}

fn tolist(o: &Obj) -> PyResult<Obj> {
    let d = view(o)?;
    Ok(crate::types::list::new_list(
        (0..d.len).map(|i| item(d, i)).collect(),
    ))
}

fn getitem(o: &Obj, k: &Obj) -> PyResult<Obj> {
    let d = view(o)?;
    if let Some(i) = crate::types::int::to_index(k)? {
        return Ok(item(d, index(d, i)?));
    }
    if let Some((start, _stop, step)) = crate::types::slice::indices(k, d.len)? {
        let n = crate::types::slice::positions(start, _stop, step).count();
        let first = if n == 0 { 0 } else { offset(d, start as usize) };
        return Ok(derived(
            d,
            first,
            d.step * step as isize,
            n,
            d.format,
            d.readonly,
        ));
    }
    Err(type_error("memoryview: invalid slice key"))
}

fn index(d: &MemoryViewData, i: i64) -> PyResult<usize> {
    let n = d.len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("index out of bounds on dimension 1"));
    }
    Ok(j as usize)
}

fn setitem(o: &Obj, k: &Obj, value: Option<&Obj>) -> PyResult<()> {
    let d = view(o)?;
    if d.readonly {
        return Err(type_error("cannot modify read-only memory"));
    }
    let Some(value) = value else {
        return Err(type_error("cannot delete memory"));
    };
    let size = itemsize(d.format);
    // (byte offset, bytes) pairs to write, all checked before any write.
    let mut writes: Vec<(usize, Vec<u8>)> = Vec::new();
    if let Some(i) = crate::types::int::to_index(k)? {
        let j = index(d, i)?;
        writes.push((offset(d, j), encode(d.format, value)?));
    } else if let Some((start, stop, step)) = crate::types::slice::indices(k, d.len)? {
        let src = match value.downcast::<MemoryViewData>() {
            Some(v) => {
                check(v)?;
                read_bytes(v)
            }
            None => crate::types::bytes::bytes_like(value).ok_or_else(|| {
                type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    protocol::type_name(value)
                ))
            })?,
        };
        let targets: Vec<usize> = crate::types::slice::positions(start, stop, step).collect();
        if src.len() != targets.len() * size {
            return Err(value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        for (n, i) in targets.into_iter().enumerate() {
            writes.push((offset(d, i), src[n * size..(n + 1) * size].to_vec()));
        }
    } else {
        return Err(type_error("memoryview: invalid slice key"));
    }
    if let Some(b) = d.obj.downcast::<ByteArrayData>() {
        let mut buf = b.0.borrow_mut();
        for (at, bytes) in writes {
            if let Some(dst) = buf.get_mut(at..at + bytes.len()) {
                dst.copy_from_slice(&bytes);
            }
        }
    }
    Ok(())
}

/// `view.cast(format[, shape])`, one-dimensional casts only.
fn cast(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let d = this(a)?;
    let (pos, kws) = crate::args::split(&a[1..], k);
    let mut format = pos.first().cloned();
    let mut shape = pos.get(1).cloned();
    for (key, v) in kws {
        match key {
            "format" => format = Some(v.clone()),
            "shape" => shape = Some(v.clone()),
            _ => {
                return Err(type_error(format!(
                    "cast() got an unexpected keyword argument '{key}'"
                )));
            }
        }
    }
    let Some(format) = format else {
        return Err(type_error(
            "cast() missing required argument 'format' (pos 1)",
        ));
    };
    let Some(fs) = crate::types::str::as_str(&format) else {
        return Err(type_error("memoryview: format argument must be a string"));
    };
    let f = match fs.strip_prefix('@').unwrap_or(fs) {
        s if s.len() == 1 && "cbB?hHiIlLqQnNfdP".contains(s) => s.chars().next().unwrap_or('B'),
        _ => {
            return Err(value_error(
                "memoryview: destination format must be a native single character \
                 format prefixed with an optional '@'",
            ));
        }
    };
    if !contiguous(d) {
        return Err(type_error(
            "memoryview: casts are restricted to C-contiguous views",
        ));
    }
    let byte_format = |c: char| matches!(c, 'B' | 'b' | 'c');
    if !byte_format(d.format) && !byte_format(f) {
        return Err(type_error(
            "memoryview: cannot cast between two non-byte formats",
        ));
    }
    let nbytes = d.len * itemsize(d.format);
    let size = itemsize(f);
    if !nbytes.is_multiple_of(size) {
        return Err(type_error(
            "memoryview: length is not a multiple of itemsize",
        ));
    }
    let len = nbytes / size;
    if let Some(shape) = shape {
        let dims = protocol::collect(&shape)?;
        let product: i64 = dims
            .iter()
            .map(|x| crate::types::int::to_index(x).ok().flatten().unwrap_or(-1))
            .product();
        if dims.len() != 1 || product != len as i64 {
            return Err(type_error(
                "memoryview: product(shape) * itemsize != buffer size",
            ));
        }
    }
    Ok(derived(d, d.start, size as isize, len, f, d.readonly))
}

fn compare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    let Some(x) = a.downcast::<MemoryViewData>() else {
        return Ok(rt::not_implemented());
    };
    let eq = if x.released.get()
        || b.downcast::<MemoryViewData>()
            .is_some_and(|y| y.released.get())
    {
        a.is(b)
    } else {
        let other = match b.downcast::<MemoryViewData>() {
            Some(y) => Some((y.format, (0..y.len).map(|i| item(y, i)).collect::<Vec<_>>())),
            None => crate::types::bytes::bytes_like(b)
                .map(|v| ('B', v.into_iter().map(|c| Obj::small(c as i64)).collect())),
        };
        let Some((_, items)) = other else {
            return Ok(rt::not_implemented());
        };
        let mine: Vec<Obj> = (0..x.len).map(|i| item(x, i)).collect();
        if mine.len() != items.len() {
            false
        } else {
            let mut all = true;
            for (p, q) in mine.iter().zip(&items) {
                if !protocol::eq(p, q)? {
                    all = false;
                    break;
                }
            }
            all
        }
    };
    match op {
        CompareOp::Eq => Ok(rt::bool_obj(eq)),
        CompareOp::Ne => Ok(rt::bool_obj(!eq)),
        _ => Ok(rt::not_implemented()),
    }
}
