//! Argument helpers shared by the Rust modules: positional/keyword
//! splitting and CPython's conversions (`PyFloat_AsDouble`, `__index__`).

use num_bigint::BigInt;

use crate::error::{PyResult, type_error};
use crate::object::Obj;
use crate::protocol;
use crate::types::{float, int, str::as_str};

/// Positional arguments and `(keyword, value)` pairs of a native call.
pub fn split<'a>(args: &'a [Obj], kwnames: &[Obj]) -> (&'a [Obj], Vec<(String, Obj)>) {
    let n = args.len().saturating_sub(kwnames.len());
    let kws = kwnames
        .iter()
        .zip(&args[n..])
        .map(|(k, v)| (as_str(k).unwrap_or("").to_string(), v.clone()))
        .collect();
    (&args[..n], kws)
}

/// Checks that a function `name` got no keywords and between `min` and
/// `max` positional arguments, with CPython's messages.
pub fn positional<'a>(
    name: &str,
    args: &'a [Obj],
    kwnames: &[Obj],
    min: usize,
    max: usize,
) -> PyResult<&'a [Obj]> {
    if !kwnames.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = args.len();
    if n < min || n > max {
        let msg = if min == max && min == 1 {
            format!("{name}() takes exactly one argument ({n} given)")
        } else if min == max {
            format!("{name} expected {min} arguments, got {n}")
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        };
        return Err(type_error(msg));
    }
    Ok(args)
}

/// `PyFloat_AsDouble`: floats, ints, `__float__`, then `__index__`.
pub fn to_f64(o: &Obj) -> PyResult<f64> {
    if let Some(f) = float::value(o) {
        return Ok(f);
    }
    if let Some(v) = int::value(o) {
        return int::to_f64(&v);
    }
    if let Some(r) = protocol::call_special(o, "__float__", &[])? {
        return float::value(&r).ok_or_else(|| {
            type_error(format!(
                "{}.__float__ returned non-float (type {})",
                protocol::type_name(o),
                protocol::type_name(&r)
            ))
        });
    }
    if let Some(r) = protocol::call_special(o, "__index__", &[])?
        && let Some(v) = int::value(&r)
    {
        return int::to_f64(&v);
    }
    Err(type_error(format!(
        "must be real number, not {}",
        protocol::type_name(o)
    )))
}

/// `operator.index(o)` as a big integer.
pub fn to_bigint(o: &Obj) -> PyResult<BigInt> {
    if let Some(v) = int::value(o) {
        return Ok(v);
    }
    if let Some(r) = protocol::call_special(o, "__index__", &[])? {
        return int::value(&r).ok_or_else(|| {
            type_error(format!(
                "__index__ returned non-int (type {})",
                protocol::type_name(&r)
            ))
        });
    }
    Err(type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        protocol::type_name(o)
    )))
}
