//! `int` and `bool`.
//!
//! Ints in `SMALL_MIN..=SMALL_MAX` are tagged words and never allocate;
//! larger ones are `PyBox<IntData>` holding a `BigInt`. Every result is
//! normalized: a value that fits is always small, so two equal ints have
//! the same representation unless one is a bool or an int subclass
//! instance (those are `IntData` too).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::error::{PyResult, overflow_error, type_error, value_error, zero_division};
use crate::object::{Obj, SMALL_MAX, SMALL_MIN, alloc};
use crate::rt;
use crate::types::typeobj::{BinOp, CompareOp, TypeData};

/// The payload of a big int, a bool, or an instance of an int subclass.
pub struct IntData(pub BigInt);

/// The `int` type's data.
pub fn int_type_data() -> TypeData {
    let t = TypeData::new::<IntData>("int").with_methods(crate::types::int_methods::init);
    fill_number_slots(&t);
    t.slots.new.set(Some(crate::types::int_methods::int_new));
    t
}

/// The `bool` type's data.
pub fn bool_type_data() -> TypeData {
    let t = TypeData::new::<IntData>("bool").final_type();
    fill_number_slots(&t);
    t.slots.new.set(Some(crate::types::int_methods::bool_new));
    // `&`, `|`, `^` of two bools stay bool.
    t.slots.binary[BinOp::And as usize].set(Some(|a, b| bool_bitop(a, b, BinOp::And)));
    t.slots.binary[BinOp::Or as usize].set(Some(|a, b| bool_bitop(a, b, BinOp::Or)));
    t.slots.binary[BinOp::Xor as usize].set(Some(|a, b| bool_bitop(a, b, BinOp::Xor)));
    t.slots.repr.set(Some(|o| {
        let b = matches!(value(o), Some(v) if !v.is_zero());
        Ok(crate::types::str::new_str(if b { "True" } else { "False" }))
    }));
    t
}

fn bool_bitop(a: &Obj, b: &Obj, op: BinOp) -> PyResult<Obj> {
    let is_bool = |o: &Obj| o.ty().is(&rt::ty(|t| &t.bool));
    if is_bool(a) && is_bool(b) {
        let (x, y) = (
            rt::with(|r| r.singletons.true_.is(a)),
            rt::with(|r| r.singletons.true_.is(b)),
        );
        return Ok(rt::bool_obj(match op {
            BinOp::And => x & y,
            BinOp::Or => x | y,
            _ => x ^ y,
        }));
    }
    arith(a, b, op)
}

fn fill_number_slots(t: &TypeData) {
    for op in BinOp::ALL {
        t.slots.binary[op as usize].set(Some(match op {
            BinOp::Add => |a, b| arith(a, b, BinOp::Add),
            BinOp::Sub => |a, b| arith(a, b, BinOp::Sub),
            BinOp::Mul => |a, b| arith(a, b, BinOp::Mul),
            BinOp::MatMul => |_, _| Ok(rt::not_implemented()),
            BinOp::TrueDiv => |a, b| arith(a, b, BinOp::TrueDiv),
            BinOp::FloorDiv => |a, b| arith(a, b, BinOp::FloorDiv),
            BinOp::Mod => |a, b| arith(a, b, BinOp::Mod),
            BinOp::DivMod => |a, b| arith(a, b, BinOp::DivMod),
            BinOp::Pow => |a, b| arith(a, b, BinOp::Pow),
            BinOp::LShift => |a, b| arith(a, b, BinOp::LShift),
            BinOp::RShift => |a, b| arith(a, b, BinOp::RShift),
            BinOp::And => |a, b| arith(a, b, BinOp::And),
            BinOp::Or => |a, b| arith(a, b, BinOp::Or),
            BinOp::Xor => |a, b| arith(a, b, BinOp::Xor),
        }));
    }
    t.slots
        .neg
        .set(Some(|a| Ok(from_big(-value(a).unwrap_or_default()))));
    t.slots
        .pos
        .set(Some(|a| Ok(from_big(value(a).unwrap_or_default()))));
    t.slots
        .invert
        .set(Some(|a| Ok(from_big(-value(a).unwrap_or_default() - 1))));
    t.slots
        .abs
        .set(Some(|a| Ok(from_big(value(a).unwrap_or_default().abs()))));
    t.slots
        .index
        .set(Some(|a| Ok(from_big(value(a).unwrap_or_default()))));
    t.slots
        .int
        .set(Some(|a| Ok(from_big(value(a).unwrap_or_default()))));
    t.slots.bool.set(Some(|a| {
        Ok(match a.as_small() {
            Some(i) => i != 0,
            None => a.downcast::<IntData>().is_some_and(|d| !d.0.is_zero()),
        })
    }));
    t.slots.float.set(Some(|a| {
        Ok(crate::types::float::new_float(to_f64(
            &value(a).unwrap_or_default(),
        )?))
    }));
    t.slots
        .hash
        .set(Some(|a| Ok(hash(&value(a).unwrap_or_default()))));
    t.slots.compare.set(Some(compare));
    t.slots.repr.set(Some(|a| {
        // A small int has at most 19 digits: no BigInt, no digit limit.
        if let Some(i) = a.as_small() {
            return Ok(small_to_str(i));
        }
        Ok(crate::types::str::new_str(&to_decimal(
            &value(a).unwrap_or_default(),
        )?))
    }));
}

/// The decimal str of a small int, written without a `String` in between
/// (`str(i)` is common in loops).
pub fn small_to_str(i: i64) -> Obj {
    // A small int has at most 19 digits, and a sign.
    let mut buf = [0u8; 20];
    let mut pos = buf.len();
    let mut n = i.unsigned_abs();
    loop {
        pos -= 1;
        buf[pos] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        pos -= 1;
        buf[pos] = b'-';
    }
    let text = std::str::from_utf8(&buf[pos..]).unwrap_or_default();
    crate::types::str::concat(&[text], text.len())
}

thread_local! {
    static MAX_STR_DIGITS: std::cell::Cell<usize> = const { std::cell::Cell::new(4300) };
}

/// `sys.get_int_max_str_digits()`: the most decimal digits `int(str)` and
/// `str(int)` handle (0 = no limit), 4300 by default as in CPython 3.11.7.
pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.with(|m| m.get())
}

/// `sys.set_int_max_str_digits(n)` (the caller validates `n`: 0 or >= 640).
pub fn set_max_str_digits(n: usize) {
    MAX_STR_DIGITS.with(|m| m.set(n));
}

/// `str(v)`, with CPython's limit on the number of digits.
pub fn to_decimal(v: &BigInt) -> PyResult<String> {
    let limit = max_str_digits();
    let too_many = || {
        value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        ))
    };
    if limit > 0 && (v.bits() as f64) * std::f64::consts::LOG10_2 > limit as f64 + 1.0 {
        return Err(too_many());
    }
    let s = v.to_string();
    let digits = s.len() - usize::from(v.is_negative());
    if limit > 0 && digits > limit {
        return Err(too_many());
    }
    Ok(s)
}

/// An int from an `i64`: a small int inline (arithmetic on small ints
/// makes them in the interpreter's loop), a big one out of line.
#[inline(always)]
pub fn from_i64(v: i64) -> Obj {
    if (SMALL_MIN..=SMALL_MAX).contains(&v) {
        Obj::small(v)
    } else {
        big_from_i64(v)
    }
}

#[inline(never)]
fn big_from_i64(v: i64) -> Obj {
    alloc(rt::int_type(), IntData(BigInt::from(v)))
}

/// An int from a `BigInt`.
pub fn from_big(v: BigInt) -> Obj {
    match v.to_i64() {
        Some(i) => from_i64(i),
        None => alloc(rt::int_type(), IntData(v)),
    }
}

/// A bool object (bootstrap only; use `rt::bool_obj`).
pub fn new_bool(bool_type: &Obj, b: bool) -> Obj {
    let o = alloc(bool_type.clone(), IntData(BigInt::from(b as u8)));
    o.make_immortal();
    o
}

/// The integer value of an int, bool or int subclass instance.
pub fn value(o: &Obj) -> Option<BigInt> {
    match o.as_small() {
        Some(i) => Some(BigInt::from(i)),
        None => o.downcast::<IntData>().map(|d| d.0.clone()),
    }
}

/// The value as an `i64` if it is an int that fits.
#[inline]
pub fn as_i64(o: &Obj) -> Option<i64> {
    match o.as_small() {
        Some(i) => Some(i),
        None => o.downcast::<IntData>().and_then(|d| d.0.to_i64()),
    }
}

/// Whether `o` is an int (bools and subclasses included).
pub fn is_int(o: &Obj) -> bool {
    o.as_small().is_some() || o.downcast::<IntData>().is_some()
}

/// `operator.index(o)` as an `i64`: `None` if `o` is not an integer;
/// OverflowError if it doesn't fit.
pub fn to_index(o: &Obj) -> PyResult<Option<i64>> {
    if let Some(i) = o.as_small() {
        return Ok(Some(i));
    }
    if let Some(d) = o.downcast::<IntData>() {
        return match d.0.to_i64() {
            Some(i) => Ok(Some(i)),
            None => Err(crate::error::PyErr::new(
                rt::Exc::IndexError,
                format!(
                    "cannot fit '{}' into an index-sized integer",
                    crate::protocol::type_name(o)
                ),
            )),
        };
    }
    Ok(None)
}

/// Python's hash of an integer: modulo 2**61 - 1, with the sign, -1 -> -2.
pub fn hash(v: &BigInt) -> i64 {
    if let Some(i) = v.to_i64() {
        return hash_i64(i);
    }
    const P: i64 = (1 << 61) - 1;
    let m = (v.abs() % BigInt::from(P)).to_i64().unwrap_or(0);
    let h = if v.is_negative() { -m } else { m };
    if h == -1 { -2 } else { h }
}

/// `hash()` of an int that fits an i64: its value modulo 2**61 - 1, with
/// the sign, and -2 for -1.
pub fn hash_i64(v: i64) -> i64 {
    const P: u64 = (1 << 61) - 1;
    let m = (v.unsigned_abs() % P) as i64;
    let h = if v < 0 { -m } else { m };
    if h == -1 { -2 } else { h }
}

fn compare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    let (Some(x), Some(y)) = (value(a), value(b)) else {
        return Ok(rt::not_implemented());
    };
    let ord = x.cmp(&y);
    Ok(rt::bool_obj(crate::protocol::ordering_matches(ord, op)))
}

/// `x op y` for two small ints when it needs neither a bigint nor an
/// error: `None` leaves it to `arith` (overflowing products and shifts,
/// division by zero, negative shift counts, `**`, `/` of large values).
#[inline(always)]
pub fn small_arith(x: i64, y: i64, op: BinOp) -> Option<Obj> {
    Some(match op {
        // Small ints are 62-bit: these never overflow an i64.
        BinOp::Add => from_i64(x + y),
        BinOp::Sub => from_i64(x - y),
        BinOp::Mul => from_i64(x.checked_mul(y)?),
        // Rounded toward minus infinity by hand: the library's versions
        // were not inlined here. A remainder is smaller than the divisor,
        // so always small; a quotient may not be (SMALL_MIN // -1).
        BinOp::FloorDiv if y != 0 => {
            let q = x / y;
            from_i64(if x % y != 0 && (x ^ y) < 0 { q - 1 } else { q })
        }
        BinOp::Mod if y != 0 => {
            let r = x % y;
            Obj::small(if r != 0 && (r ^ y) < 0 { r + y } else { r })
        }
        BinOp::And => Obj::small(x & y),
        BinOp::Or => Obj::small(x | y),
        BinOp::Xor => Obj::small(x ^ y),
        // Shifting a 62-bit value right by 63 already gives 0 or -1.
        BinOp::RShift if y >= 0 => Obj::small(x >> y.min(63)),
        // Below 62 bits of shift, overflow shows as bits lost on the way
        // back; from_i64 then boxes what leaves the small range.
        BinOp::LShift if (0..62).contains(&y) && (x << y) >> y == x => from_i64(x << y),
        // Both exactly representable: one correctly rounded division, as
        // `true_div` does.
        BinOp::TrueDiv if y != 0 && x.unsigned_abs() <= 1 << 53 && y.unsigned_abs() <= 1 << 53 => {
            crate::types::float::new_float(x as f64 / y as f64)
        }
        _ => return None,
    })
}

/// Binary arithmetic on ints, with a small-int fast path.
pub fn arith(a: &Obj, b: &Obj, op: BinOp) -> PyResult<Obj> {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small())
        && let Some(v) = small_arith(x, y, op)
    {
        return Ok(v);
    }
    let (Some(x), Some(y)) = (value(a), value(b)) else {
        return Ok(rt::not_implemented());
    };
    Ok(match op {
        BinOp::Add => from_big(x + y),
        BinOp::Sub => from_big(x - y),
        BinOp::Mul => from_big(x * y),
        BinOp::MatMul => return Ok(rt::not_implemented()),
        BinOp::TrueDiv => {
            if y.is_zero() {
                return Err(zero_division("division by zero"));
            }
            crate::types::float::new_float(true_div(&x, &y)?)
        }
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(zero_division("integer division or modulo by zero"));
            }
            from_big(x.div_floor(&y))
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(zero_division("integer modulo by zero"));
            }
            from_big(x.mod_floor(&y))
        }
        BinOp::DivMod => {
            if y.is_zero() {
                return Err(zero_division("integer division or modulo by zero"));
            }
            let (q, r) = x.div_mod_floor(&y);
            crate::types::tuple::new_tuple(vec![from_big(q), from_big(r)])
        }
        BinOp::Pow => return int_pow(&x, &y),
        BinOp::LShift => {
            if y.is_negative() {
                return Err(value_error("negative shift count"));
            }
            if x.is_zero() {
                return Ok(Obj::small(0));
            }
            let s = y
                .to_i64()
                .ok_or_else(|| overflow_error("too many digits in integer"))?;
            if x.bits().saturating_add(s as u64) > MAX_RESULT_BITS {
                return Err(memory_error());
            }
            from_big(x << s as usize)
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(value_error("negative shift count"));
            }
            match y.to_usize() {
                Some(s) => from_big(x >> s),
                None => from_i64(if x.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::And => from_big(x & y),
        BinOp::Or => from_big(x | y),
        BinOp::Xor => from_big(x ^ y),
    })
}

/// An int as a float (correctly rounded), OverflowError when too large.
pub fn to_f64(x: &BigInt) -> PyResult<f64> {
    crate::types::numconv::big_to_f64(x)
        .ok_or_else(|| overflow_error("int too large to convert to float"))
}

/// The largest int result, in bits, the runtime attempts to build; larger
/// ones raise MemoryError (as CPython does when the allocation fails)
/// instead of aborting the process.
pub const MAX_RESULT_BITS: u64 = 1 << 34;

/// `MemoryError()`.
pub fn memory_error() -> crate::error::PyErr {
    crate::error::PyErr::with_args(rt::Exc::MemoryError, vec![])
}

/// `x ** y` for ints: an int, or a float for a negative exponent.
fn int_pow(x: &BigInt, y: &BigInt) -> PyResult<Obj> {
    if y.is_negative() {
        let xf = to_f64(x)?;
        let yf = to_f64(y)?;
        return crate::types::float::pow(xf, yf);
    }
    if x.is_zero() || x.is_one() || y.is_zero() {
        return Ok(Obj::small(if y.is_zero() || x.is_one() { 1 } else { 0 }));
    }
    if *x == BigInt::from(-1) {
        return Ok(Obj::small(if y.is_even() { 1 } else { -1 }));
    }
    let e = y.to_u64().unwrap_or(u64::MAX);
    if (x.bits() - 1).saturating_mul(e) > MAX_RESULT_BITS {
        return Err(memory_error());
    }
    Ok(from_big(num_traits::pow::Pow::pow(x, e)))
}

/// `x / y` correctly rounded.
fn true_div(x: &BigInt, y: &BigInt) -> PyResult<f64> {
    if let (Some(a), Some(b)) = (x.to_i64(), y.to_i64())
        && a.unsigned_abs() <= (1 << 53)
        && b.unsigned_abs() <= (1 << 53)
    {
        return Ok(a as f64 / b as f64);
    }
    crate::types::numconv::ratio_to_f64(x, y)
        .ok_or_else(|| overflow_error("integer division result too large for a float"))
}

/// `int(s, base)` on a string (base 0 or 2..=36), with CPython's rules
/// for whitespace, signs, prefixes and underscores, and its ValueError.
pub fn parse(s: &str, base: u32) -> PyResult<Obj> {
    parse_big(s, base).map(from_big)
}

/// `parse` as a BigInt.
pub fn parse_big(s: &str, base: u32) -> PyResult<BigInt> {
    let err = || {
        let head: String = s.chars().take(200).collect();
        let r: String = crate::types::str::repr(&head).chars().take(200).collect();
        value_error(format!("invalid literal for int() with base {base}: {r}"))
    };
    let norm = crate::types::numconv::normalize_numeric_text(s);
    let t = norm.trim_matches(|c: char| c.is_ascii_whitespace() || c == '\x0b' || c == '\x0c');
    let (neg, mut digits) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = digits.get(..2).map(str::to_ascii_lowercase);
    let prefixed = |p: &str| lower.as_deref() == Some(p);
    let mut b = base;
    let mut leading_zero_rule = false;
    if base == 0 {
        b = if prefixed("0x") {
            16
        } else if prefixed("0o") {
            8
        } else if prefixed("0b") {
            2
        } else {
            leading_zero_rule = digits.starts_with('0');
            10
        };
    }
    if (b == 16 && prefixed("0x")) || (b == 8 && prefixed("0o")) || (b == 2 && prefixed("0b")) {
        digits = &digits[2..];
        if let Some(r) = digits.strip_prefix('_') {
            digits = r;
        }
    }
    let bytes = digits.as_bytes();
    if bytes.is_empty()
        || bytes[0] == b'_'
        || bytes[bytes.len() - 1] == b'_'
        || digits.contains("__")
    {
        return Err(err());
    }
    let mut clean = Vec::with_capacity(bytes.len());
    for &c in bytes {
        if c == b'_' {
            continue;
        }
        match (c as char).to_digit(36) {
            Some(d) if d < b => clean.push(c),
            _ => return Err(err()),
        }
    }
    if leading_zero_rule && clean.iter().any(|&c| c != b'0') {
        return Err(err());
    }
    let limit = max_str_digits();
    if !b.is_power_of_two() && limit > 0 && clean.len() > limit {
        return Err(value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: \
             value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            clean.len()
        )));
    }
    let v = BigInt::parse_bytes(&clean, b).ok_or_else(err)?;
    Ok(if neg { -v } else { v })
}

/// `1` as a BigInt (for callers that build values).
pub fn one() -> BigInt {
    BigInt::one()
}

/// Raises the TypeError for a non-int where an int is required.
pub fn expected_int(o: &Obj) -> crate::error::PyErr {
    type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        crate::protocol::type_name(o)
    ))
}
