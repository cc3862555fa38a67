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
    let t = TypeData::new::<IntData>("int");
    fill_number_slots(&t);
    t
}

/// The `bool` type's data.
pub fn bool_type_data() -> TypeData {
    let t = TypeData::new::<IntData>("bool").final_type();
    fill_number_slots(&t);
    t.slots.repr.set(Some(|o| {
        let b = matches!(value(o), Some(v) if !v.is_zero());
        Ok(crate::types::str::new_str(if b { "True" } else { "False" }))
    }));
    t
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
    t.slots
        .bool
        .set(Some(|a| Ok(!value(a).unwrap_or_default().is_zero())));
    t.slots
        .hash
        .set(Some(|a| Ok(hash(&value(a).unwrap_or_default()))));
    t.slots.compare.set(Some(compare));
    t.slots.repr.set(Some(|a| {
        Ok(crate::types::str::new_str(
            &value(a).unwrap_or_default().to_string(),
        ))
    }));
}

/// An int from an `i64`.
#[inline]
pub fn from_i64(v: i64) -> Obj {
    if (SMALL_MIN..=SMALL_MAX).contains(&v) {
        Obj::small(v)
    } else {
        alloc(rt::int_type(), IntData(BigInt::from(v)))
    }
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
    const P: i64 = (1 << 61) - 1;
    let m = (v.abs() % BigInt::from(P)).to_i64().unwrap_or(0);
    let h = if v.is_negative() { -m } else { m };
    if h == -1 { -2 } else { h }
}

fn compare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    let (Some(x), Some(y)) = (value(a), value(b)) else {
        return Ok(rt::not_implemented());
    };
    let ord = x.cmp(&y);
    Ok(rt::bool_obj(crate::protocol::ordering_matches(ord, op)))
}

/// Binary arithmetic on ints, with a small-int fast path.
pub fn arith(a: &Obj, b: &Obj, op: BinOp) -> PyResult<Obj> {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        match op {
            // Small ints are 62-bit: these never overflow an i64.
            BinOp::Add => return Ok(from_i64(x + y)),
            BinOp::Sub => return Ok(from_i64(x - y)),
            BinOp::Mul => {
                if let Some(p) = x.checked_mul(y) {
                    return Ok(from_i64(p));
                }
            }
            BinOp::FloorDiv if y != 0 => return Ok(from_i64(Integer::div_floor(&x, &y))),
            BinOp::Mod if y != 0 => return Ok(from_i64(Integer::mod_floor(&x, &y))),
            BinOp::And => return Ok(Obj::small(x & y)),
            BinOp::Or => return Ok(Obj::small(x | y)),
            BinOp::Xor => return Ok(Obj::small(x ^ y)),
            _ => {}
        }
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
        BinOp::Pow => {
            if y.is_negative() {
                if x.is_zero() {
                    return Err(zero_division("0.0 cannot be raised to a negative power"));
                }
                let xf = to_f64(&x)?;
                let yf = to_f64(&y)?;
                return Ok(crate::types::float::new_float(xf.powf(yf)));
            }
            let e = y
                .to_u32()
                .ok_or_else(|| overflow_error("exponent too large"))?;
            from_big(num_traits::pow::Pow::pow(&x, e))
        }
        BinOp::LShift => {
            if y.is_negative() {
                return Err(value_error("negative shift count"));
            }
            let s = y
                .to_usize()
                .ok_or_else(|| overflow_error("too many digits in integer"))?;
            from_big(x << s)
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

/// An int as a float, OverflowError when too large.
pub fn to_f64(x: &BigInt) -> PyResult<f64> {
    match x.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(overflow_error("int too large to convert to float")),
    }
}

/// `x / y` correctly rounded.
fn true_div(x: &BigInt, y: &BigInt) -> PyResult<f64> {
    if let (Some(a), Some(b)) = (x.to_i64(), y.to_i64())
        && a.unsigned_abs() < (1 << 53)
        && b.unsigned_abs() < (1 << 53)
    {
        return Ok(a as f64 / b as f64);
    }
    // Scale so the quotient has 64+ significant bits, then round once.
    let shift = 64i64 + y.bits() as i64 - x.bits() as i64;
    let (num, den) = if shift > 0 {
        (x.abs() << shift as usize, y.abs())
    } else {
        (x.abs(), y.abs() << (-shift) as usize)
    };
    let (q, r) = num.div_rem(&den);
    let mut qf = q.to_f64().unwrap_or(f64::INFINITY);
    if !r.is_zero() && q.bits() <= 53 {
        qf += 0.5;
    }
    let v = qf * 2f64.powi(-(shift as i32));
    if v.is_infinite() {
        return Err(overflow_error(
            "integer division result too large for a float",
        ));
    }
    Ok(if x.is_negative() != y.is_negative() {
        -v
    } else {
        v
    })
}

/// `int(s, base)` on a string.
pub fn parse(s: &str, base: u32) -> PyResult<Obj> {
    let err = || {
        value_error(format!(
            "invalid literal for int() with base {base}: {}",
            crate::types::str::repr(s)
        ))
    };
    let t = s.trim();
    let (neg, digits) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let (base, digits) = match (
        base,
        digits.get(..2).map(str::to_ascii_lowercase).as_deref(),
    ) {
        (0 | 16, Some("0x")) => (16, &digits[2..]),
        (0 | 8, Some("0o")) => (8, &digits[2..]),
        (0 | 2, Some("0b")) => (2, &digits[2..]),
        (0, _) => (10, digits),
        (b, _) => (b, digits),
    };
    let digits = digits
        .strip_prefix('_')
        .filter(|_| base != 10 || t.len() != digits.len())
        .unwrap_or(digits);
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return Err(err());
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    let v = BigInt::parse_bytes(clean.as_bytes(), base).ok_or_else(err)?;
    Ok(from_big(if neg { -v } else { v }))
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
