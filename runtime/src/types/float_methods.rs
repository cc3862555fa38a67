//! The constructor and the methods of `float`: `float(x)`, `is_integer`,
//! `as_integer_ratio`, `hex`, `fromhex`, `__round__`, `__trunc__`, ...

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::args::Sig;
use crate::error::{PyResult, overflow_error, type_error, value_error};
use crate::object::{Obj, alloc};
use crate::protocol;
use crate::rt;
use crate::types::descr::{add_classmethod, add_getter};
use crate::types::float::{FloatData, new_float, value};
use crate::types::function::add_method;
use crate::types::int::from_big;
use crate::types::numconv::{decompose, f64_to_big, ratio_to_f64};
use crate::types::str::{as_str, new_str};
use crate::types::typeobj_ops::with_data;

/// Fills the namespace of `float`.
pub fn init(t: &Obj) {
    add_method(t, "is_integer", |a, _| {
        let x = self_value(a)?;
        Ok(rt::bool_obj(x.is_finite() && x.fract() == 0.0))
    });
    add_method(t, "as_integer_ratio", |a, _| {
        let (n, d) = as_integer_ratio(self_value(a)?)?;
        Ok(crate::types::tuple::new_tuple(vec![
            from_big(n),
            from_big(d),
        ]))
    });
    add_method(t, "hex", |a, _| Ok(new_str(&hex(self_value(a)?))));
    add_classmethod(t, "fromhex", |a, _| {
        let s = a
            .get(1)
            .and_then(|s| as_str(s))
            .ok_or_else(|| type_error("fromhex() argument must be str"))?;
        let x = fromhex(s)?;
        if a[0].is(&rt::ty(|t| &t.float)) {
            Ok(new_float(x))
        } else {
            protocol::call(&a[0], &[new_float(x)], &[])
        }
    });
    add_method(t, "conjugate", |a, _| Ok(new_float(self_value(a)?)));
    add_method(t, "__float__", |a, _| Ok(new_float(self_value(a)?)));
    add_method(t, "__int__", |a, _| {
        float_to_int(self_value(a)?).map(from_big)
    });
    add_method(t, "__trunc__", |a, _| {
        float_to_int(self_value(a)?).map(from_big)
    });
    add_method(t, "__floor__", |a, _| {
        float_to_int(self_value(a)?.floor()).map(from_big)
    });
    add_method(t, "__ceil__", |a, _| {
        float_to_int(self_value(a)?.ceil()).map(from_big)
    });
    add_method(t, "__round__", float_round);
    add_method(t, "__format__", |a, _| {
        let spec = a
            .get(1)
            .and_then(|s| as_str(s))
            .ok_or_else(|| type_error("__format__() argument must be str"))?;
        if spec.is_empty() {
            return protocol::str(&a[0]);
        }
        Ok(new_str(&crate::types::numfmt::format_float(
            self_value(a)?,
            spec,
        )?))
    });
    add_method(t, "__getnewargs__", |a, _| {
        Ok(crate::types::tuple::new_tuple(vec![new_float(self_value(
            a,
        )?)]))
    });
    add_getter(t, "real", |o| Ok(new_float(value(o).unwrap_or(0.0))));
    add_getter(t, "imag", |_| Ok(new_float(0.0)));
}

fn self_value(a: &[Obj]) -> PyResult<f64> {
    a.first()
        .and_then(value)
        .ok_or_else(|| type_error("descriptor requires a 'float' object"))
}

/// `float.__new__(cls, x=0.0)`.
pub fn float_new(cls: &Obj, args: &[Obj], kwnames: &[Obj]) -> PyResult<Obj> {
    if !kwnames.is_empty() {
        return Err(type_error("float() takes no keyword arguments"));
    }
    let x = match args {
        [] => 0.0,
        [x] => to_float(x)?,
        _ => {
            return Err(type_error(format!(
                "float expected at most 1 argument, got {}",
                args.len()
            )));
        }
    };
    if cls.is(&rt::ty(|t| &t.float)) {
        return Ok(new_float(x));
    }
    let o = alloc(cls.clone(), FloatData(x));
    if with_data(cls, |d| d.instance_dict) {
        o.set_dict(Some(crate::types::dict::new_dict()));
    }
    Ok(o)
}

/// `float(x)` for one argument: `__float__`, then `__index__`, then
/// strings.
pub fn to_float(x: &Obj) -> PyResult<f64> {
    if let Some(f) = value(x)
        && x.ty().is(&rt::ty(|t| &t.float))
    {
        return Ok(f);
    }
    if let Some(s) = as_str(x) {
        return parse(s);
    }
    let (float_slot, index_slot) = x.with_type(|t| (t.slots.float.get(), t.slots.index.get()));
    if let Some(f) = float_slot {
        let r = f(x)?;
        return value(&r).ok_or_else(|| {
            type_error(format!(
                "{}.__float__ returned non-float (type {})",
                protocol::type_name(x),
                protocol::type_name(&r)
            ))
        });
    }
    if index_slot.is_some() {
        let v = crate::types::int_methods::index_value(x)?;
        return crate::types::int::to_f64(&v);
    }
    Err(type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        protocol::type_name(x)
    )))
}

/// `float(s)` for a string: decimal literals with underscores between
/// digits, `inf`, `infinity`, `nan` (any case, signed), surrounding
/// whitespace.
pub fn parse(s: &str) -> PyResult<f64> {
    parse_opt(s).ok_or_else(|| {
        value_error(format!(
            "could not convert string to float: {}",
            crate::types::str::repr(s)
        ))
    })
}

/// `parse` without the error (also used by `complex()`).
pub fn parse_opt(s: &str) -> Option<f64> {
    let norm = crate::types::numconv::normalize_numeric_text(s);
    let t = norm.trim_matches(|c: char| c.is_ascii_whitespace() || c == '\x0b' || c == '\x0c');
    parse_literal(t)
}

/// A float literal with no surrounding space (`1_0.5e3`, `-inf`, ...).
pub fn parse_literal(t: &str) -> Option<f64> {
    if t.is_empty() || !t.is_ascii() {
        return None;
    }
    let body = t.strip_prefix(['+', '-']).unwrap_or(t);
    let lower = body.to_ascii_lowercase();
    if matches!(lower.as_str(), "inf" | "infinity" | "nan") {
        let v = if lower == "nan" {
            f64::NAN
        } else {
            f64::INFINITY
        };
        return Some(if t.starts_with('-') { -v } else { v });
    }
    if !body
        .bytes()
        .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'_' | b'+' | b'-'))
        || !crate::types::numconv::underscores_ok(body)
    {
        return None;
    }
    let clean: String = t.chars().filter(|&c| c != '_').collect();
    clean.parse::<f64>().ok()
}

/// `int(x)` for a float: truncation, with CPython's errors for inf/nan.
pub fn float_to_int(x: f64) -> PyResult<BigInt> {
    if x.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    Ok(f64_to_big(x))
}

/// `x.as_integer_ratio()`.
pub fn as_integer_ratio(x: f64) -> PyResult<(BigInt, BigInt)> {
    if x.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (m, e) = decompose(x);
    Ok(if e >= 0 {
        (m << e as u64, BigInt::from(1))
    } else {
        (m, BigInt::from(1) << (-e) as u64)
    })
}

/// `float.__round__(self, ndigits=None)`.
fn float_round(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    const SIG: Sig = Sig::clinic("__round__", &["ndigits"], 0).posonly(1);
    let x = self_value(a)?;
    let b = SIG.bind(&a[1..], k)?;
    match &b[0] {
        Some(nd) if !rt::is_none(nd) => {
            let nd = crate::types::int_methods::index_value(nd)?;
            let nd = nd
                .to_i64()
                .unwrap_or(if nd.is_negative() { i64::MIN } else { i64::MAX });
            Ok(new_float(round_digits(x, nd)?))
        }
        _ => {
            let mut r = x.round();
            if (x - r).abs() == 0.5 {
                r = 2.0 * (x / 2.0).round();
            }
            float_to_int(r).map(from_big)
        }
    }
}

/// `round(x, ndigits)`: `x` rounded half to even at `10**-ndigits`,
/// computed on the exact binary value (what CPython gets from dtoa), then
/// correctly rounded back to a float.
pub fn round_digits(x: f64, ndigits: i64) -> PyResult<f64> {
    if !x.is_finite() || x == 0.0 || ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let (m, e) = decompose(x);
    // x * 10**nd == num / den exactly.
    let p = BigInt::from(crate::types::numconv::pow10(ndigits.unsigned_abs()));
    let (mut num, mut den) = (m, BigInt::from(1));
    if e >= 0 {
        num <<= e as u64;
    } else {
        den <<= (-e) as u64;
    }
    if ndigits >= 0 {
        num *= &p;
    } else {
        den *= &p;
    }
    let (q, r) = num.div_mod_floor(&den);
    let twice: BigInt = r * 2;
    let q = match twice.cmp(&den) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    };
    let v = if ndigits >= 0 {
        ratio_to_f64(&q, &p)
    } else {
        ratio_to_f64(&(q * p), &BigInt::from(1))
    }
    .ok_or_else(|| overflow_error("rounded value too large to represent"))?;
    Ok(if v == 0.0 { 0.0f64.copysign(x) } else { v })
}

/// `x.hex()`: `[-]0x1.<13 hex digits>p<exp>`, subnormals as `0x0.`.
pub fn hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    let es = if e < 0 {
        format!("-{}", -e)
    } else {
        format!("+{e}")
    };
    format!("{sign}0x{lead}.{frac:013x}p{es}")
}

/// `float.fromhex(s)`.
pub fn fromhex(s: &str) -> PyResult<f64> {
    let invalid = || value_error("invalid hexadecimal floating-point string");
    let t = s.trim_matches(|c: char| c.is_ascii_whitespace() || c == '\x0b' || c == '\x0c');
    let (neg, body) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let signed = |v: f64| if neg { -v } else { v };
    let lower = body.to_ascii_lowercase();
    if matches!(lower.as_str(), "inf" | "infinity") {
        return Ok(signed(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(signed(f64::NAN));
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => (m, Some(e)),
        None => (body, None),
    };
    let (int_part, frac_part) = match mant.split_once('.') {
        Some((i, f)) => (i, f),
        None => (mant, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(invalid());
    }
    let hexdigits = |p: &str| p.bytes().all(|c| c.is_ascii_hexdigit());
    if !hexdigits(int_part) || !hexdigits(frac_part) {
        return Err(invalid());
    }
    let exp: i64 = match exp {
        None => 0,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
                return Err(invalid());
            }
            // Absurd exponents saturate: the value is 0 or too large.
            e.parse::<i64>().unwrap_or(if e.starts_with('-') {
                -(1 << 40)
            } else {
                1 << 40
            })
        }
    };
    let all = format!("{int_part}{frac_part}");
    let m = BigInt::parse_bytes(all.as_bytes(), 16).unwrap_or_default();
    if m.is_zero() {
        return Ok(signed(0.0));
    }
    let e = exp.saturating_sub(4 * frac_part.len() as i64);
    let top = m.bits() as i64 + e;
    let too_large = || overflow_error("hexadecimal value too large to represent as a float");
    if top > 1025 {
        return Err(too_large());
    }
    if top < -1080 {
        return Ok(signed(0.0));
    }
    let v = if e >= 0 {
        ratio_to_f64(&(m << e as u64), &BigInt::from(1))
    } else {
        ratio_to_f64(&m, &(BigInt::from(1) << (-e) as u64))
    }
    .ok_or_else(too_large)?;
    Ok(signed(v))
}
