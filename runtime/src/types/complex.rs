//! `complex`: a pair of floats, with CPython 3.11's arithmetic (the other
//! operand is converted to complex first), repr, hash and constructor.

use std::cell::OnceCell;

use crate::args::Sig;
use crate::error::{PyErr, PyResult, overflow_error, type_error, value_error, zero_division};
use crate::object::{Obj, alloc};
use crate::protocol;
use crate::rt;
use crate::types::descr::add_getter;
use crate::types::float;
use crate::types::function::add_method;
use crate::types::str::{as_str, new_str};
use crate::types::typeobj::{BinOp, CompareOp, TypeData};
use crate::types::typeobj_ops::with_data;

/// The payload of a complex number.
pub struct ComplexData {
    /// The real part.
    pub re: f64,
    /// The imaginary part.
    pub im: f64,
}

thread_local! {
    static TYPE: OnceCell<Obj> = const { OnceCell::new() };
}

/// The `complex` type (created on first use; `builtins` registers it).
pub fn ty() -> Obj {
    TYPE.with(|c| {
        c.get_or_init(|| {
            let t = crate::types::class::new_builtin_type(type_data());
            t.make_immortal();
            t
        })
        .clone()
    })
}

/// A new complex number.
pub fn new_complex(re: f64, im: f64) -> Obj {
    alloc(ty(), ComplexData { re, im })
}

/// The value of a complex object (or subclass instance).
pub fn value(o: &Obj) -> Option<(f64, f64)> {
    o.downcast::<ComplexData>().map(|d| (d.re, d.im))
}

fn type_data() -> TypeData {
    let t = TypeData::new::<ComplexData>("complex").with_methods(init);
    for op in [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::TrueDiv,
        BinOp::Pow,
    ] {
        t.slots.binary[op as usize].set(Some(match op {
            BinOp::Add => |a, b| arith(a, b, BinOp::Add),
            BinOp::Sub => |a, b| arith(a, b, BinOp::Sub),
            BinOp::Mul => |a, b| arith(a, b, BinOp::Mul),
            BinOp::TrueDiv => |a, b| arith(a, b, BinOp::TrueDiv),
            _ => |a, b| arith(a, b, BinOp::Pow),
        }));
    }
    t.slots.neg.set(Some(|a| {
        let (re, im) = value(a).unwrap_or_default();
        Ok(new_complex(-re, -im))
    }));
    t.slots.pos.set(Some(|a| {
        let (re, im) = value(a).unwrap_or_default();
        Ok(new_complex(re, im))
    }));
    t.slots.abs.set(Some(|a| {
        let (re, im) = value(a).unwrap_or_default();
        Ok(float::new_float(abs(re, im)?))
    }));
    t.slots.bool.set(Some(|a| {
        let (re, im) = value(a).unwrap_or_default();
        Ok(re != 0.0 || im != 0.0)
    }));
    t.slots.repr.set(Some(|a| {
        let (re, im) = value(a).unwrap_or_default();
        Ok(new_str(&repr(re, im)))
    }));
    t.slots.hash.set(Some(|a| {
        let (re, im) = value(a).unwrap_or_default();
        if re.is_nan() || im.is_nan() {
            let (hr, hi) = (float::hash_obj(a, re), float::hash_obj(a, im));
            return Ok(combine_hash(hr, hi));
        }
        Ok(hash(re, im))
    }));
    t.slots.compare.set(Some(compare));
    t.slots.new.set(Some(complex_new));
    t
}

fn init(t: &Obj) {
    add_method(t, "__format__", |a, _| {
        let spec = a
            .get(1)
            .and_then(|s| crate::types::str::as_str(s))
            .ok_or_else(|| type_error("__format__() argument must be str"))?;
        if spec.is_empty() {
            return crate::protocol::str(&a[0]);
        }
        let (re, im) = self_value(a)?;
        crate::types::complex_format::format_complex(re, im, spec)
            .map(|s| crate::types::str::new_str(&s))
    });
    add_method(t, "conjugate", |a, _| {
        let (re, im) = self_value(a)?;
        Ok(new_complex(re, -im))
    });
    add_method(t, "__complex__", |a, _| {
        let (re, im) = self_value(a)?;
        Ok(new_complex(re, im))
    });
    add_method(t, "__getnewargs__", |a, _| {
        let (re, im) = self_value(a)?;
        Ok(crate::types::tuple::new_tuple(vec![
            float::new_float(re),
            float::new_float(im),
        ]))
    });
    add_getter(t, "real", |o| {
        Ok(float::new_float(value(o).unwrap_or_default().0))
    });
    add_getter(t, "imag", |o| {
        Ok(float::new_float(value(o).unwrap_or_default().1))
    });
}

fn self_value(a: &[Obj]) -> PyResult<(f64, f64)> {
    a.first()
        .and_then(value)
        .ok_or_else(|| type_error("descriptor requires a 'complex' object"))
}

/// `repr(complex(re, im))`: `2j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`.
pub fn repr(re: f64, im: f64) -> String {
    let part = |x: f64| {
        let s = float::repr(x);
        match s.strip_suffix(".0") {
            Some(t) => t.to_string(),
            None => s,
        }
    };
    let i = part(im);
    if re == 0.0 && re.is_sign_positive() {
        return format!("{i}j");
    }
    let sign = if i.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{i}j)", part(re))
}

/// CPython's hash of a complex: `hash(re) + 1000003 * hash(im)`.
pub fn hash(re: f64, im: f64) -> i64 {
    combine_hash(float::hash(re), float::hash(im))
}

fn combine_hash(hr: i64, hi: i64) -> i64 {
    let h = (hr as u64).wrapping_add((hi as u64).wrapping_mul(1000003));
    let h = h as i64;
    if h == -1 { -2 } else { h }
}

/// `abs(complex)`, OverflowError when the result overflows.
pub fn abs(re: f64, im: f64) -> PyResult<f64> {
    if re.is_infinite() || im.is_infinite() {
        return Ok(f64::INFINITY);
    }
    if re.is_nan() || im.is_nan() {
        return Ok(f64::NAN);
    }
    let r = re.hypot(im);
    if r.is_infinite() {
        return Err(overflow_error("absolute value too large"));
    }
    Ok(r)
}

/// An int, float or complex as a complex (`None` for anything else).
fn coerce(o: &Obj) -> PyResult<Option<(f64, f64)>> {
    if let Some(v) = value(o) {
        return Ok(Some(v));
    }
    Ok(float::coerce(o)?.map(|x| (x, 0.0)))
}

fn compare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(rt::not_implemented());
    }
    let (Some((re, im)), other) = (value(a), b) else {
        return Ok(rt::not_implemented());
    };
    let equal = if let Some((r2, i2)) = value(other) {
        re == r2 && im == i2
    } else if let Some(f) = float::value(other) {
        re == f && im == 0.0
    } else if let Some(i) = crate::types::int::value(other) {
        im == 0.0
            && crate::types::numconv::compare_f64_big(re, &i) == Some(std::cmp::Ordering::Equal)
    } else {
        return Ok(rt::not_implemented());
    };
    Ok(rt::bool_obj(equal == (op == CompareOp::Eq)))
}

fn arith(a: &Obj, b: &Obj, op: BinOp) -> PyResult<Obj> {
    let (Some(x), Some(y)) = (coerce(a)?, coerce(b)?) else {
        return Ok(rt::not_implemented());
    };
    Ok(match op {
        BinOp::Add => new_complex(x.0 + y.0, x.1 + y.1),
        BinOp::Sub => new_complex(x.0 - y.0, x.1 - y.1),
        BinOp::Mul => {
            let (re, im) = prod(x, y);
            new_complex(re, im)
        }
        BinOp::TrueDiv => {
            let (re, im) = quot(x, y).ok_or_else(|| zero_division("complex division by zero"))?;
            new_complex(re, im)
        }
        _ => return pow_obj(x, y),
    })
}

fn prod(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// Smith's division, as CPython's `_Py_c_quot`; `None` for a zero divisor.
fn quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let (abs_r, abs_i) = (b.0.abs(), b.1.abs());
    if abs_r >= abs_i {
        if abs_r == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_i >= abs_r {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// `a ** b` for complex numbers (CPython's `complex_pow`): small integral
/// exponents by repeated squaring, others through polar form.
pub fn pow_obj(a: (f64, f64), b: (f64, f64)) -> PyResult<Obj> {
    let domain = || zero_division("0.0 to a negative or complex power");
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        let p = powu(a, n.unsigned_abs());
        if n >= 0 {
            p
        } else {
            quot((1.0, 0.0), p).ok_or_else(domain)?
        }
    } else if b == (0.0, 0.0) {
        (1.0, 0.0)
    } else if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(domain());
        }
        (0.0, 0.0)
    } else {
        let vabs = a.0.hypot(a.1);
        let mut len = vabs.powf(b.0);
        let at = a.1.atan2(a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len /= (at * b.1).exp();
            phase += b.1 * vabs.ln();
        }
        // cos and sin of an infinite phase are C's EDOM.
        if phase.is_infinite() {
            return Err(domain());
        }
        (len * phase.cos(), len * phase.sin())
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(overflow_error("complex exponentiation"));
    }
    Ok(new_complex(r.0, r.1))
}

fn powu(x: (f64, f64), n: u64) -> (f64, f64) {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask = 1u64;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// `complex.__new__(cls, real=0, imag=0)`.
fn complex_new(cls: &Obj, args: &[Obj], kwnames: &[Obj]) -> PyResult<Obj> {
    const SIG: Sig = Sig::clinic("complex", &["real", "imag"], 0);
    let b = SIG.bind(args, kwnames)?;
    let (re, im) = match (&b[0], &b[1]) {
        (None, None) => (0.0, 0.0),
        (Some(r), i) => {
            if let Some(s) = as_str(r) {
                if i.is_some() {
                    return Err(type_error(
                        "complex() can't take second arg if first is a string",
                    ));
                }
                parse(s)?
            } else {
                if i.as_ref().is_some_and(crate::types::str::is_str) {
                    return Err(type_error("complex() second arg can't be a string"));
                }
                let (r1, i1) = to_complex(r, "first")?;
                match i {
                    None => (r1, i1),
                    Some(i) => {
                        // CPython adds the parts only where an argument is
                        // complex, so `complex(1.5, -0.0)` keeps its -0.0.
                        let i_complex = is_complex_arg(i);
                        let r_complex = is_complex_arg(r);
                        let (r2, i2) = to_complex(i, "second")?;
                        let re = if i_complex { r1 - i2 } else { r1 };
                        let im = if r_complex { i1 + r2 } else { r2 };
                        (re, im)
                    }
                }
            }
        }
        (None, Some(i)) => {
            if crate::types::str::is_str(i) {
                return Err(type_error("complex() second arg can't be a string"));
            }
            let (r2, i2) = to_complex(i, "second")?;
            if is_complex_arg(i) {
                (-i2, r2)
            } else {
                (0.0, r2)
            }
        }
    };
    if cls.is(&ty()) {
        return Ok(new_complex(re, im));
    }
    let o = alloc(cls.clone(), ComplexData { re, im });
    if with_data(cls, |d| d.instance_dict) {
        o.set_dict(Some(crate::types::dict::new_dict()));
    }
    Ok(o)
}

/// Whether a constructor argument counts as complex (CPython's
/// `cr_is_complex`): a complex instance or an object with `__complex__`.
fn is_complex_arg(o: &Obj) -> bool {
    value(o).is_some()
        || crate::types::typeobj_ops::lookup_special(o, "__complex__")
            .ok()
            .flatten()
            .is_some()
}

/// A complex constructor argument: `__complex__`, a complex, or a real
/// number (`__float__`/`__index__`).
fn to_complex(o: &Obj, which: &str) -> PyResult<(f64, f64)> {
    if let Some(v) = value(o)
        && o.ty().is(&ty())
    {
        return Ok(v);
    }
    if let Some(r) = protocol::call_special(o, "__complex__", &[])? {
        return value(&r).ok_or_else(|| {
            type_error(format!(
                "__complex__ returned non-complex (type {})",
                protocol::type_name(&r)
            ))
        });
    }
    if let Some(v) = value(o) {
        return Ok(v);
    }
    let has = o.with_type(|t| t.slots.float.get().is_some() || t.slots.index.get().is_some());
    if !has {
        return Err(type_error(format!(
            "complex() {which} argument must be a string or a number, not '{}'",
            protocol::type_name(o)
        )));
    }
    Ok((crate::types::float_methods::to_float(o)?, 0.0))
}

/// `complex(s)`: `1+2j`, `-j`, `(1e3-2.5J)`, `inf-nanj`, with optional
/// surrounding whitespace and parentheses.
pub fn parse(s: &str) -> PyResult<(f64, f64)> {
    if s.contains('_') {
        // Underscores must sit between digits; then they are dropped.
        let norm = crate::types::numconv::normalize_numeric_text(s);
        if !crate::types::numconv::underscores_ok(&norm) {
            return Err(value_error(format!(
                "could not convert string to complex: {}",
                crate::types::str::repr(s)
            )));
        }
        let clean: String = norm.chars().filter(|&c| c != '_').collect();
        return parse_opt(&clean).ok_or_else(malformed);
    }
    parse_opt(s).ok_or_else(malformed)
}

fn malformed() -> PyErr {
    value_error("complex() arg is a malformed string")
}

fn parse_opt(s: &str) -> Option<(f64, f64)> {
    let norm = crate::types::numconv::normalize_numeric_text(s);
    let ws = |c: char| c.is_ascii_whitespace() || c == '\x0b' || c == '\x0c';
    let mut t = norm.trim_matches(ws);
    if let Some(inner) = t.strip_prefix('(') {
        t = inner.strip_suffix(')')?.trim_matches(ws);
    }
    if t.is_empty() {
        return None;
    }
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return Some((crate::types::float_methods::parse_literal(t)?, 0.0));
    };
    // Split "re<sign>im" at the last sign that does not follow an 'e'.
    let bytes = body.as_bytes();
    let split = (1..bytes.len())
        .rev()
        .find(|&i| matches!(bytes[i], b'+' | b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    let imag = |p: &str| match p {
        "" | "+" => Some(1.0),
        "-" => Some(-1.0),
        _ => crate::types::float_methods::parse_literal(p),
    };
    match split {
        Some(i) => Some((
            crate::types::float_methods::parse_literal(&body[..i])?,
            imag(&body[i..])?,
        )),
        None => Some((0.0, imag(body)?)),
    }
}
