//! `float`: a boxed `f64` with CPython's repr and arithmetic rules.

use std::cmp::Ordering;

use crate::error::{PyErr, PyResult, zero_division};
use crate::object::Obj;
use crate::rt;
use crate::types::int;
use crate::types::typeobj::{BinOp, CompareOp, TypeData};

/// The payload of a float.
pub struct FloatData(pub f64);

/// The `float` type's data.
pub fn type_data() -> TypeData {
    let t = TypeData::new::<FloatData>("float").with_methods(crate::types::float_methods::init);
    t.slots
        .new
        .set(Some(crate::types::float_methods::float_new));
    t.slots.int.set(Some(|a| {
        crate::types::float_methods::float_to_int(value(a).unwrap_or(0.0)).map(int::from_big)
    }));
    t.slots
        .float
        .set(Some(|a| Ok(new_float(value(a).unwrap_or(0.0)))));
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
        .set(Some(|a| Ok(hash_obj(a, value(a).unwrap_or(0.0)))));
    t.slots.compare.set(Some(compare));
    t
}

/// A new float.
#[inline]
pub fn new_float(v: f64) -> Obj {
    FLOAT.with(|t| t.alloc(FloatData(v)))
}

thread_local! {
    /// The float type, checked once: floats are allocated in every
    /// arithmetic loop.
    static FLOAT: crate::object::TypeFor<FloatData> =
        crate::object::TypeFor::new(rt::ty(|t| &t.float));
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

/// The hash of float object `o` with value `x`: NaNs hash by identity
/// (CPython 3.10+), so that distinct NaNs rarely collide.
pub fn hash_obj(o: &Obj, x: f64) -> i64 {
    if x.is_nan() {
        return pointer_hash(o);
    }
    hash(x)
}

/// CPython's `_Py_HashPointer`: the address rotated right by 4 bits.
pub fn pointer_hash(o: &Obj) -> i64 {
    let h = (o.id() as u64).rotate_right(4) as i64;
    if h == -1 { -2 } else { h }
}

/// Python's hash of a float: equal to the hash of an equal int; for
/// `m * 2**e` it is `m * 2**e` modulo the prime 2**61 - 1.
pub fn hash(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { 314159 } else { -314159 };
    }
    const P: u128 = (1 << 61) - 1;
    let (m, e) = crate::types::numconv::decompose(x);
    let m = num_traits::ToPrimitive::to_u64(m.magnitude()).unwrap_or(0) as u128 % P;
    // 2**61 == 1 modulo P, so exponents work modulo 61.
    let shift = e.rem_euclid(61) as u32;
    let h = ((m << shift) % P) as i64;
    let h = if x < 0.0 { -h } else { h };
    if h == -1 { -2 } else { h }
}

fn compare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    // Floats compare with ints exactly (never through a rounded float).
    let ord = match (value(a), value(b)) {
        (Some(x), Some(y)) => x.partial_cmp(&y),
        (Some(x), None) => match int::value(b) {
            Some(i) => crate::types::numconv::compare_f64_big(x, &i),
            None => return Ok(rt::not_implemented()),
        },
        (None, Some(y)) => match int::value(a) {
            Some(i) => crate::types::numconv::compare_f64_big(y, &i).map(Ordering::reverse),
            None => return Ok(rt::not_implemented()),
        },
        (None, None) => return Ok(rt::not_implemented()),
    };
    let r = match ord {
        Some(o) => crate::protocol::ordering_matches(o, op),
        None => op == CompareOp::Ne,
    };
    Ok(rt::bool_obj(r))
}

/// CPython's `float_divmod`: `(x // y, x % y)` with the sign rules of
/// floor division. `y` must not be zero.
pub fn divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// CPython's `float_rem`.
pub fn rem(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) { m + y } else { m }
    } else {
        0.0f64.copysign(y)
    }
}

fn is_odd_integer(x: f64) -> bool {
    x.is_finite() && (x % 2.0).abs() == 1.0
}

/// `x ** y` for floats, as CPython's `float_pow`: a negative base with a
/// fractional exponent gives a complex; overflow raises
/// `OverflowError(34, 'Numerical result out of range')`.
pub fn pow(x: f64, y: f64) -> PyResult<Obj> {
    if y == 0.0 {
        return Ok(new_float(1.0));
    }
    if x.is_nan() {
        return Ok(new_float(x));
    }
    if y.is_nan() {
        return Ok(new_float(if x == 1.0 { 1.0 } else { y }));
    }
    if y.is_infinite() {
        let a = x.abs();
        return Ok(new_float(if a == 1.0 {
            1.0
        } else if (y > 0.0) == (a > 1.0) {
            y.abs()
        } else {
            0.0
        }));
    }
    let odd = is_odd_integer(y);
    if x.is_infinite() {
        return Ok(new_float(if y > 0.0 {
            if odd { x } else { x.abs() }
        } else if odd {
            0.0f64.copysign(x)
        } else {
            0.0
        }));
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(zero_division("0.0 cannot be raised to a negative power"));
        }
        return Ok(new_float(if odd { x } else { 0.0 }));
    }
    let mut base = x;
    let mut negate = false;
    if x < 0.0 {
        if y != y.floor() {
            return crate::types::complex::pow_obj((x, 0.0), (y, 0.0));
        }
        base = -x;
        negate = odd;
    }
    if base == 1.0 {
        return Ok(new_float(if negate { -1.0 } else { 1.0 }));
    }
    let r = base.powf(y);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(new_float(if negate { -r } else { r }))
}

/// `OverflowError(34, 'Numerical result out of range')` (C's ERANGE).
pub fn range_error() -> PyErr {
    PyErr::with_args(
        rt::Exc::OverflowError,
        vec![
            Obj::small(34),
            crate::types::str::new_str("Numerical result out of range"),
        ],
    )
}

/// Float arithmetic (either operand may be an int).
pub fn arith(a: &Obj, b: &Obj, op: BinOp) -> PyResult<Obj> {
    let (Some(x), Some(y)) = (coerce(a)?, coerce(b)?) else {
        return Ok(rt::not_implemented());
    };
    arith_values(x, y, op)
}

/// `x op y` on two floats (`NotImplemented` for the bitwise operators).
#[inline]
pub fn arith_values(x: f64, y: f64, op: BinOp) -> PyResult<Obj> {
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
            divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(zero_division("float modulo"));
            }
            rem(x, y)
        }
        BinOp::DivMod => {
            if y == 0.0 {
                return Err(zero_division("float divmod()"));
            }
            let (q, m) = divmod(x, y);
            return Ok(crate::types::tuple::new_tuple(vec![
                new_float(q),
                new_float(m),
            ]));
        }
        BinOp::Pow => return pow(x, y),
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
