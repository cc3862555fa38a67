//! `_struct`: packing values into bytes by a format string, CPython's
//! `struct` module functions (the `Struct` class is Python in
//! `runtime/pylib/struct.py`). Codes `x c b B ? h H i I l L q Q n N e f
//! d s p P`, byte orders `@ = < > !`, native alignment for `@`, and
//! CPython's `struct.error` messages.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::error::{PyErr, PyResult, type_error};
use crate::object::Obj;
use crate::protocol;
use crate::rt;
use crate::types::bytes::new_bytes;
use crate::types::str::as_str;
use crate::types::{float, int, tuple};

thread_local! {
    static ERROR: std::cell::RefCell<Option<Obj>> = const { std::cell::RefCell::new(None) };
}

/// `struct.error`, a subclass of Exception made on first use.
fn error_class() -> Obj {
    if let Some(c) = ERROR.with(|e| e.borrow().clone()) {
        return c;
    }
    let exception = rt::exc(rt::Exc::Exception);
    let ns = crate::types::dict::new_dict();
    let _ = crate::types::dict::set_str(&ns, "__module__", crate::types::str::new_str("struct"));
    let made = crate::types::class::new_class(
        &rt::ty(|t| &t.type_),
        &crate::types::str::new_str("error"),
        &tuple::new_tuple(vec![exception.clone()]),
        &ns,
        &[],
        &[],
    );
    let class = made.unwrap_or(exception);
    ERROR.with(|e| *e.borrow_mut() = Some(class.clone()));
    class
}

/// The `_struct` module.
pub fn new_module() -> Obj {
    let m = crate::types::module::new_module("_struct");
    super::set(&m, "error", error_class());
    super::add(&m, "calcsize", |a, k| {
        let a = crate::args::exactly("calcsize", a, k, 1)?;
        Ok(int::from_big(parse(&a[0])?.size.into()))
    });
    super::add(&m, "pack", |a, k| {
        let a = crate::args::positional("pack", a, k, 1, usize::MAX)?;
        let (f, rest) = (&a[0], &a[1..]);
        let fmt = parse(f)?;
        if fmt.size > isize::MAX as usize / 2 {
            return Err(PyErr::new(rt::Exc::MemoryError, ""));
        }
        let mut out = vec![0u8; fmt.size];
        fmt.pack(&mut out, rest, "pack")?;
        Ok(new_bytes(out))
    });
    super::add(&m, "pack_into", |a, k| {
        let a = crate::args::positional("pack_into", a, k, 3, usize::MAX)?;
        let fmt = parse(&a[0])?;
        let Some(buf) = a[1].downcast::<crate::types::bytearray::ByteArrayData>() else {
            return Err(type_error(format!(
                "argument must be read-write bytes-like object, not {}",
                protocol::type_name(&a[1])
            )));
        };
        let len = buf.0.borrow().len();
        let offset = offset_in(&a[2], len, fmt.size, "pack_into", "packing")?;
        let mut out = vec![0u8; fmt.size];
        fmt.pack(&mut out, &a[3..], "pack_into")?;
        buf.0.borrow_mut()[offset..offset + fmt.size].copy_from_slice(&out);
        Ok(rt::none())
    });
    super::add(&m, "unpack", |a, k| {
        let a = crate::args::positional("unpack", a, k, 2, 2)?;
        let fmt = parse(&a[0])?;
        let data = buffer(&a[1])?;
        if data.len() != fmt.size {
            return Err(error(format!(
                "unpack requires a buffer of {} bytes",
                fmt.size
            )));
        }
        fmt.unpack(&data)
    });
    super::add(&m, "unpack_from", unpack_from);
    super::add(&m, "iter_unpack", |a, k| {
        let a = crate::args::positional("iter_unpack", a, k, 2, 2)?;
        let fmt = parse(&a[0])?;
        let data = buffer(&a[1])?;
        if fmt.size == 0 {
            return Err(error("cannot iteratively unpack with a struct of length 0"));
        }
        if data.len() % fmt.size != 0 {
            return Err(error(format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                fmt.size
            )));
        }
        let items = data
            .chunks(fmt.size)
            .map(|c| fmt.unpack(c))
            .collect::<PyResult<Vec<_>>>()?;
        protocol::iter(&crate::types::list::new_list(items))
    });
    m
}

fn error(msg: impl Into<String>) -> PyErr {
    let class = error_class();
    match protocol::call(&class, &[crate::types::str::new_str(&msg.into())], &[]) {
        Ok(e) => PyErr::from_instance(e),
        Err(e) => e,
    }
}

fn buffer(o: &Obj) -> PyResult<Vec<u8>> {
    crate::types::bytes::bytes_like(o).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            protocol::type_name(o)
        ))
    })
}

/// `unpack_from(format, /, buffer, offset=0)`.
fn unpack_from(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let (pos, kws) = crate::args::split(a, k);
    let mut args: Vec<Option<Obj>> = pos.iter().cloned().map(Some).collect();
    if args.len() > 3 {
        return Err(type_error(format!(
            "unpack_from() takes at most 3 arguments ({} given)",
            a.len()
        )));
    }
    args.resize(3, None);
    for (key, v) in kws {
        let i = match key {
            "buffer" => 1,
            "offset" => 2,
            _ => {
                return Err(type_error(format!(
                    "unpack_from() got an unexpected keyword argument '{key}'"
                )));
            }
        };
        args[i] = Some(v.clone());
    }
    let (Some(f), Some(b)) = (&args[0], &args[1]) else {
        return Err(type_error(
            "unpack_from() missing required argument 'buffer' (pos 2)",
        ));
    };
    let fmt = parse(f)?;
    let data = buffer(b)?;
    let offset = match &args[2] {
        Some(o) => offset_in(o, data.len(), fmt.size, "unpack_from", "unpacking")?,
        None => {
            if data.len() < fmt.size {
                return Err(error(format!(
                    "unpack_from requires a buffer of at least {} bytes for unpacking {} \
                     bytes at offset 0 (actual buffer size is {})",
                    fmt.size,
                    fmt.size,
                    data.len()
                )));
            }
            0
        }
    };
    fmt.unpack(&data[offset..offset + fmt.size])
}

/// A checked offset (negative counts from the end) with room for `size`
/// bytes in a buffer of `len`.
fn offset_in(o: &Obj, len: usize, size: usize, name: &str, verb: &str) -> PyResult<usize> {
    let off = crate::args::to_bigint(o)?.to_i64().ok_or_else(|| {
        PyErr::new(
            rt::Exc::OverflowError,
            "Python int too large to convert to C ssize_t",
        )
    })?;
    let len_i = len as i64;
    let start = if off < 0 {
        if off + len_i < 0 {
            return Err(error(format!(
                "offset {off} out of range for {len}-byte buffer"
            )));
        }
        off + len_i
    } else {
        off
    };
    if len_i - start < size as i64 {
        if off < 0 {
            return Err(error(format!(
                "no space to {} {size} bytes at offset {off}",
                if verb == "packing" { "pack" } else { "unpack" }
            )));
        }
        return Err(error(format!(
            "{name} requires a buffer of at least {} bytes for {verb} {size} bytes at \
             offset {off} (actual buffer size is {len})",
            size as i64 + off
        )));
    }
    Ok(start as usize)
}

/// One code of a format with its repeat count and position.
struct Item {
    code: char,
    count: usize,
    offset: usize,
    size: usize,
}

/// A parsed format.
struct Format {
    items: Vec<Item>,
    size: usize,
    little: bool,
    native: bool,
}

/// The size of one `code` item (native sizes with `native`).
fn item_size(code: char, native: bool) -> Option<usize> {
    Some(match code {
        'x' | 'c' | 'b' | 'B' | '?' | 's' | 'p' => 1,
        'h' | 'H' | 'e' => 2,
        'i' | 'I' | 'f' => 4,
        'l' | 'L' => {
            if native {
                8
            } else {
                4
            }
        }
        'q' | 'Q' | 'd' => 8,
        'n' | 'N' | 'P' if native => 8,
        _ => return None,
    })
}

fn parse(f: &Obj) -> PyResult<Format> {
    let text = match as_str(f) {
        Some(s) => s.to_string(),
        None => match crate::types::bytes::as_bytes(f) {
            Some(b) => String::from_utf8_lossy(b).into_owned(),
            None => {
                return Err(type_error(format!(
                    "Struct() argument 1 must be a str or bytes object, not {}",
                    protocol::type_name(f)
                )));
            }
        },
    };
    let mut chars = text.chars().peekable();
    let (little, native) = match chars.peek() {
        Some('@') => (cfg!(target_endian = "little"), true),
        Some('=') => (cfg!(target_endian = "little"), false),
        Some('<') => (true, false),
        Some('>' | '!') => (false, false),
        _ => (cfg!(target_endian = "little"), true),
    };
    if matches!(chars.peek(), Some('@' | '=' | '<' | '>' | '!')) {
        chars.next();
    }
    let mut items = Vec::new();
    let mut size = 0usize;
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut count = 1usize;
        let mut code = c;
        if c.is_ascii_digit() {
            let mut n: usize = c as usize - '0' as usize;
            loop {
                match chars.peek() {
                    Some(d) if d.is_ascii_digit() => {
                        n = n
                            .checked_mul(10)
                            .and_then(|n| n.checked_add(*d as usize - '0' as usize))
                            .ok_or_else(|| error("total struct size too long"))?;
                        chars.next();
                    }
                    _ => break,
                }
            }
            if n > isize::MAX as usize {
                return Err(error("total struct size too long"));
            }
            count = n;
            code = match chars.next() {
                Some(c) if !c.is_whitespace() => c,
                _ => return Err(error("repeat count given without format specifier")),
            };
        }
        let Some(one) = item_size(code, native) else {
            return Err(error("bad char in struct format"));
        };
        if native && one > 1 && !matches!(code, 's' | 'p') {
            size = size.div_ceil(one) * one;
        }
        let total = if matches!(code, 's' | 'p') {
            count
        } else {
            count
                .checked_mul(one)
                .ok_or_else(|| error("total struct size too long"))?
        };
        items.push(Item {
            code,
            count,
            offset: size,
            size: one,
        });
        size = size
            .checked_add(total)
            .filter(|&s| s <= isize::MAX as usize)
            .ok_or_else(|| error("total struct size too long"))?;
    }
    Ok(Format {
        items,
        size,
        little,
        native,
    })
}

impl Format {
    /// How many values `pack` takes.
    fn arity(&self) -> usize {
        self.items
            .iter()
            .map(|it| match it.code {
                'x' => 0,
                's' | 'p' => 1,
                _ => it.count,
            })
            .sum()
    }

    fn pack(&self, out: &mut [u8], args: &[Obj], _name: &str) -> PyResult<()> {
        let n = self.arity();
        if args.len() != n {
            return Err(error(format!(
                "pack expected {n} items for packing (got {})",
                args.len()
            )));
        }
        let mut next = args.iter();
        for it in &self.items {
            match it.code {
                'x' => {}
                's' | 'p' => {
                    let v = next.next().cloned().unwrap_or_else(rt::none);
                    let Some(b) = crate::types::bytes::as_bytes(&v)
                        .map(<[u8]>::to_vec)
                        .or_else(|| crate::types::bytearray::contents(&v))
                    else {
                        return Err(error(format!(
                            "argument for '{}' must be a bytes object",
                            it.code
                        )));
                    };
                    let dst = &mut out[it.offset..it.offset + it.count];
                    if it.code == 's' {
                        let n = b.len().min(it.count);
                        dst[..n].copy_from_slice(&b[..n]);
                    } else if it.count > 0 {
                        let n = b.len().min(it.count - 1).min(255);
                        dst[1..=n].copy_from_slice(&b[..n]);
                        dst[0] = n as u8;
                    }
                }
                _ => {
                    for i in 0..it.count {
                        let v = next.next().cloned().unwrap_or_else(rt::none);
                        let at = it.offset + i * it.size;
                        let bytes = self.pack_one(it.code, it.size, &v)?;
                        out[at..at + it.size].copy_from_slice(&bytes);
                    }
                }
            }
        }
        Ok(())
    }

    fn order(&self, mut le: Vec<u8>) -> Vec<u8> {
        if !self.little {
            le.reverse();
        }
        le
    }

    fn pack_one(&self, code: char, size: usize, v: &Obj) -> PyResult<Vec<u8>> {
        match code {
            'c' => match crate::types::bytes::as_bytes(v) {
                Some(b) if b.len() == 1 => Ok(b.to_vec()),
                _ => Err(error("char format requires a bytes object of length 1")),
            },
            '?' => Ok(vec![u8::from(protocol::truth(v)?)]),
            'e' | 'f' | 'd' => {
                let x = match float::value(v) {
                    Some(x) => x,
                    None if int::is_int(v) => crate::args::to_f64(v)?,
                    None => {
                        let has_float = v.with_type(|t| {
                            t.slots.float.get().is_some() || t.slots.index.get().is_some()
                        });
                        if !has_float {
                            return Err(error("required argument is not a float"));
                        }
                        crate::args::to_f64(v)?
                    }
                };
                let le = match code {
                    'd' => x.to_le_bytes().to_vec(),
                    'f' => {
                        let f = x as f32;
                        if f.is_infinite() && x.is_finite() && !self.native {
                            return Err(PyErr::new(
                                rt::Exc::OverflowError,
                                "float too large to pack with f format",
                            ));
                        }
                        f.to_le_bytes().to_vec()
                    }
                    _ => pack_half(x)?.to_le_bytes().to_vec(),
                };
                Ok(self.order(le))
            }
            _ => {
                let value = match int::value(v) {
                    Some(x) => x,
                    None => {
                        if v.with_type(|t| t.slots.index.get()).is_none() {
                            return Err(error("required argument is not an integer"));
                        }
                        crate::args::to_bigint(v)?
                    }
                };
                let signed = matches!(code, 'b' | 'h' | 'i' | 'l' | 'q' | 'n');
                self.check_range(code, size, signed, &value)?;
                let mut le = value.to_signed_bytes_le();
                let fill = if value.sign() == num_bigint::Sign::Minus {
                    0xff
                } else {
                    0
                };
                le.resize(size, fill);
                le.truncate(size);
                Ok(self.order(le))
            }
        }
    }

    fn check_range(&self, code: char, size: usize, signed: bool, v: &BigInt) -> PyResult<()> {
        let bits = 8 * size as u32;
        let (lo, hi) = if code == 'P' {
            (
                -(BigInt::from(1u8) << 63u32),
                (BigInt::from(1u8) << 64u32) - 1,
            )
        } else if signed {
            (
                -(BigInt::from(1) << (bits - 1)),
                (BigInt::from(1) << (bits - 1)) - 1,
            )
        } else {
            (BigInt::from(0), (BigInt::from(1) << bits) - 1)
        };
        if *v >= lo && *v <= hi {
            return Ok(());
        }
        let big_endian_std = !self.native && !self.little;
        // Which C conversion CPython's packer uses decides the message
        // when the value does not even fit it.
        let converts = match (size, signed) {
            (4, false) => v.to_u64().is_some(),
            (2, false) if big_endian_std => v.to_u64().is_some(),
            _ => v.to_i64().is_some(),
        };
        Err(error(match size {
            8 if big_endian_std || code == 'P' => "int too large to convert".to_string(),
            _ if !converts => "argument out of range".to_string(),
            1 | 2 => {
                let name = match (size, signed) {
                    (1, true) => "byte",
                    (1, false) => "ubyte",
                    (_, true) => "short",
                    _ => "ushort",
                };
                format!("{name} format requires {lo} <= number <= {hi}")
            }
            4 => format!("'{code}' format requires {lo} <= number <= {hi}"),
            _ => "argument out of range".to_string(),
        }))
    }

    fn unpack(&self, data: &[u8]) -> PyResult<Obj> {
        let mut out = Vec::new();
        for it in &self.items {
            match it.code {
                'x' => {}
                's' => out.push(new_bytes(data[it.offset..it.offset + it.count].to_vec())),
                'p' => {
                    let field = &data[it.offset..it.offset + it.count];
                    let n = field
                        .first()
                        .map_or(0, |&n| (n as usize).min(it.count.saturating_sub(1)));
                    out.push(new_bytes(field.get(1..=n).unwrap_or(&[]).to_vec()));
                }
                _ => {
                    for i in 0..it.count {
                        let at = it.offset + i * it.size;
                        out.push(self.unpack_one(it.code, &data[at..at + it.size]));
                    }
                }
            }
        }
        Ok(tuple::new_tuple(out))
    }

    fn unpack_one(&self, code: char, raw: &[u8]) -> Obj {
        let mut le = raw.to_vec();
        if !self.little {
            le.reverse();
        }
        match code {
            'c' => new_bytes(raw.to_vec()),
            '?' => rt::bool_obj(le.iter().any(|&b| b != 0)),
            'd' => {
                let mut w = [0u8; 8];
                w.copy_from_slice(&le);
                float::new_float(f64::from_le_bytes(w))
            }
            'f' => {
                let mut w = [0u8; 4];
                w.copy_from_slice(&le);
                float::new_float(f32::from_le_bytes(w) as f64)
            }
            'e' => float::new_float(unpack_half(u16::from_le_bytes([le[0], le[1]]))),
            _ => {
                let signed = matches!(code, 'b' | 'h' | 'i' | 'l' | 'q' | 'n');
                let v = if signed {
                    BigInt::from_signed_bytes_le(&le)
                } else {
                    BigInt::from_bytes_le(num_bigint::Sign::Plus, &le)
                };
                int::from_big(v)
            }
        }
    }
}

/// IEEE half precision, rounding half to even; OverflowError past 65504.
fn pack_half(x: f64) -> PyResult<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Ok(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Ok(sign | 0x7c00);
    }
    let a = x.abs();
    let overflow = || {
        PyErr::new(
            rt::Exc::OverflowError,
            "float too large to pack with e format",
        )
    };
    if a < 2f64.powi(-14) {
        // Subnormal: units of 2**-24 (1024 units is the smallest normal).
        let n = (a * 2f64.powi(24)).round_ties_even() as u16;
        return Ok(sign | n);
    }
    let mut e = a.log2().floor() as i32;
    // log2 can be off by one near powers of two.
    if 2f64.powi(e) > a {
        e -= 1;
    } else if 2f64.powi(e + 1) <= a {
        e += 1;
    }
    if e > 15 {
        return Err(overflow());
    }
    let mut n = (a * 2f64.powi(10 - e)).round_ties_even() as u32;
    if n == 2048 {
        n = 1024;
        e += 1;
    }
    if e > 15 {
        return Err(overflow());
    }
    Ok(sign | (((e + 15) as u16) << 10) | (n - 1024) as u16)
}

fn unpack_half(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}
