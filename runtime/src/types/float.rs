//! `float`: a boxed `f64` with CPython's repr and arithmetic rules.

use crate::error::{PyResult, zero_division};
use crate::object::{Obj, alloc};
use crate::rt;
use crate::types::int;
use crate::types::typeobj::{BinOp, CompareOp, TypeData};

/// The payload of a float.
pub struct FloatData(pub f64);

/// The `float` type's data.
pub fn type_data() -> TypeData {
    let t = TypeData::new::<FloatData>("float");
    for op in BinOp::ALL {
        t.slots.binary[op as usize].set(Some(match op {
            BinOp::Add => |a, b| arith(a, b, BinOp::Add),
            BinOp::Sub => |a, b| arith(a, b, BinOp::Sub),
            BinOp::Mul => |a, b| arith(a, b, BinOp::Mul),
            BinOp::TrueDiv => |a, b| arith(a, b, BinOp::TrueDiv),
            BinOp::FloorDiv => |a, b| arith(a, b, BinOp::FloorDiv),
            BinOp::Mod => |a, b| arith(a, b, BinOp::Mod),
            BinOp::DivMod => |a, b| arith(a, b, BinOp::DivMod),
            BinOp::Pow => |a, b| arith(a, b, BinOp::Pow),
            _ => |_, _| Ok(rt::not_implemented()),
        }));
    }
    t.slots
        .neg
        .set(Some(|a| Ok(new_float(-value(a).unwrap_or(0.0)))));
    t.slots
        .pos
        .set(Some(|a| Ok(new_float(value(a).unwrap_or(0.0)))));
    t.slots
        .abs
        .set(Some(|a| Ok(new_float(value(a).unwrap_or(0.0).abs()))));
    t.slots
        .bool
        .set(Some(|a| Ok(value(a).unwrap_or(0.0) != 0.0)));
    t.slots.repr.set(Some(|a| {
        Ok(crate::types::str::new_str(&repr(value(a).unwrap_or(0.0))))
    }));
    t.slots
        .hash
        .set(Some(|a| Ok(hash(value(a).unwrap_or(0.0)))));
    t.slots.compare.set(Some(compare));
    t
}

/// A new float.
pub fn new_float(v: f64) -> Obj {
    alloc(rt::ty(|t| &t.float), FloatData(v))
}

/// The value of a float object.
pub fn value(o: &Obj) -> Option<f64> {
    o.downcast::<FloatData>().map(|d| d.0)
}

/// A float or int as an `f64` (for mixed arithmetic).
pub fn coerce(o: &Obj) -> PyResult<Option<f64>> {
    if let Some(f) = value(o) {
        return Ok(Some(f));
    }
    match int::value(o) {
        Some(v) => int::to_f64(&v).map(Some),
        None => Ok(None),
    }
}

/// CPython's `repr(float)`: the shortest string that round-trips, in
/// fixed notation for exponents -4..16, else scientific.
pub fn repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    // `{:e}` gives the shortest round-trip digits: "d.ddde±x".
    let sci = format!("{x:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp >= 0 {
            let e = exp as usize;
            if digits.len() > e + 1 {
                out.push_str(&digits[..=e]);
                out.push('.');
                out.push_str(&digits[e + 1..]);
            } else {
                out.push_str(&digits);
                out.push_str(&"0".repeat(e + 1 - digits.len()));
                out.push_str(".0");
            }
        } else {
            out.push_str("0.");
            out.push_str(&"0".repeat((-exp - 1) as usize));
            out.push_str(&digits);
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push_str(&format!(
            "e{}{:02}",
            if exp < 0 { '-' } else { '+' },
            exp.abs()
        ));
    }
    out
}

/// Python's hash of a float: equal to the hash of an equal int.
pub fn hash(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { 314159 } else { -314159 };
    }
    if x.fract() == 0.0 && x.abs() < 9.2e18 {
        return int::hash(&num_bigint::BigInt::from(x as i64));
    }
    // Non-integral: hash the exact rational m * 2**e modulo 2**61 - 1.
    const P: u128 = (1 << 61) - 1;
    let (m, e) = frexp(x.abs());
    let mut mant = (m * (1u64 << 53) as f64) as u128;
    let mut e = e - 53;
    mant %= P;
    let h = if e >= 0 {
        let mut r = mant;
        for _ in 0..(e % 61) {
            r = (r << 1) % P;
        }
        r
    } else {
        // Multiply by the inverse of 2**-e: 2**(61 - (-e mod 61)).
        e = -e;
        let mut r = mant;
        for _ in 0..((61 - e % 61) % 61) {
            r = (r << 1) % P;
        }
        r
    };
    let h = if x < 0.0 { -(h as i64) } else { h as i64 };
    if h == -1 { -2 } else { h }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

fn compare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    let (Some(x), Some(y)) = (coerce_for_compare(a), coerce_for_compare(b)) else {
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

fn coerce_for_compare(o: &Obj) -> Option<f64> {
    value(o).or_else(|| int::value(o).and_then(|v| num_traits::ToPrimitive::to_f64(&v)))
}

fn arith(a: &Obj, b: &Obj, op: BinOp) -> PyResult<Obj> {
    let (Some(x), Some(y)) = (coerce(a)?, coerce(b)?) else {
        return Ok(rt::not_implemented());
    };
    Ok(new_float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(zero_division("float floor division by zero"));
            }
            (x / y).floor()
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(zero_division("float modulo"));
            }
            let m = x % y;
            if m != 0.0 && (m < 0.0) != (y < 0.0) {
                m + y
            } else if m == 0.0 {
                0.0f64.copysign(y)
            } else {
                m
            }
        }
        BinOp::DivMod => {
            if y == 0.0 {
                return Err(zero_division("float divmod()"));
            }
            let m = x % y;
            let m = if m != 0.0 && (m < 0.0) != (y < 0.0) {
                m + y
            } else {
                m
            };
            let q = ((x - m) / y).round();
            return Ok(crate::types::tuple::new_tuple(vec![
                new_float(q),
                new_float(m),
            ]));
        }
        BinOp::Pow => {
            if x == 0.0 && y < 0.0 {
                return Err(zero_division("0.0 cannot be raised to a negative power"));
            }
            x.powf(y)
        }
        _ => return Ok(rt::not_implemented()),
    }))
}

#[cfg(test)]
mod tests {
    use super::repr;

    #[test]
    fn repr_matches_cpython() {
        for (x, want) in [
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (0.1, "0.1"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (123.456, "123.456"),
            (-2.5e-7, "-2.5e-07"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
        ] {
            assert_eq!(repr(x), want);
        }
    }
}
