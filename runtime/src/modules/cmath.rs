//! `cmath`: CPython's complex functions (cmathmodule.c's algorithms:
//! Kahan's branch cuts, scaling near overflow and underflow), with its
//! special values for infinite and NaN parts and its errors (ValueError
//! "math domain error", OverflowError "math range error").

use crate::error::{PyErr, PyResult, type_error, value_error};
use crate::object::Obj;
use crate::protocol;
use crate::rt;
use crate::types::complex::new_complex;
use crate::types::float::new_float;

use crate::args::{exactly, positional, split, to_f64};

/// A complex number as a pair.
type C = (f64, f64);

/// What a function sets besides its value: CPython's `errno`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Errno {
    Ok,
    Dom,
    Range,
}

/// A function's special values, indexed by the classes of the parts.
type Table = [[(f64, f64, u8); 7]; 7];

const N: f64 = f64::NAN;
const INF: f64 = f64::INFINITY;
const P: f64 = std::f64::consts::PI;
const P2: f64 = std::f64::consts::FRAC_PI_2;
const P4: f64 = std::f64::consts::FRAC_PI_4;
const P34: f64 = 0.75 * std::f64::consts::PI;
const LN2: f64 = std::f64::consts::LN_2;
const LARGE: f64 = f64::MAX / 4.0;
/// `sqrt(DBL_MAX / 4)`.
const SQRT_LARGE: f64 = 6.703903964971298e153;
/// `log(DBL_MAX / 4)`.
const LOG_LARGE: f64 = 708.3964185322641;
/// `sqrt(DBL_MIN)`.
const SQRT_MIN: f64 = 1.4916681462400413e-154;

/// The `cmath` module.
pub fn new_module() -> Obj {
    let m = crate::types::module::new_module("cmath");
    for (n, v) in [
        ("pi", P),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", INF),
        ("nan", N),
    ] {
        super::set(&m, n, new_float(v));
    }
    super::set(&m, "infj", new_complex(0.0, INF));
    super::set(&m, "nanj", new_complex(0.0, N));
    macro_rules! unary {
        ($($name:ident: $f:expr;)*) => {
            $(super::add(&m, stringify!($name), |a, k| {
                let z = one(concat!("cmath.", stringify!($name)), a, k)?;
                finish($f(z))
            });)*
        };
    }
    unary! {
        sqrt: sqrt;
        exp: exp;
        log10: log10;
        acos: acos;
        acosh: acosh;
        asin: asin;
        asinh: asinh;
        atan: atan;
        atanh: atanh;
        cos: cos;
        cosh: cosh;
        sin: sin;
        sinh: sinh;
        tan: tan;
        tanh: tanh;
    }
    super::add(&m, "log", |a, k| {
        let a = positional("log", a, k, 1, 2)?;
        let (x, mut e) = log(to_complex(&a[0])?);
        let mut r = x;
        if let Some(base) = a.get(1) {
            let (y, e2) = log(to_complex(base)?);
            if e2 != Errno::Ok {
                e = e2;
            }
            match quot(x, y) {
                Some(q) => r = q,
                None => e = Errno::Dom,
            }
        }
        finish((r, e))
    });
    super::add(&m, "phase", |a, k| {
        let (re, im) = one("cmath.phase", a, k)?;
        Ok(new_float(phase(re, im)?))
    });
    super::add(&m, "polar", |a, k| {
        let (re, im) = one("cmath.polar", a, k)?;
        // The modulus's computation resets errno: no underflow error here.
        let phi = im.atan2(re);
        let r = if re.is_infinite() || im.is_infinite() {
            INF
        } else if re.is_nan() || im.is_nan() {
            N
        } else {
            let h = re.hypot(im);
            if h.is_infinite() {
                return Err(range_error());
            }
            h
        };
        Ok(crate::types::tuple::new_tuple(vec![
            new_float(r),
            new_float(phi),
        ]))
    });
    super::add(&m, "rect", |a, k| {
        let a = positional("rect", a, k, 2, 2)?;
        let (r, phi) = (to_f64(&a[0])?, to_f64(&a[1])?);
        finish(rect(r, phi))
    });
    macro_rules! predicate {
        ($($name:ident: $f:expr;)*) => {
            $(super::add(&m, stringify!($name), |a, k| {
                let z: C = one(concat!("cmath.", stringify!($name)), a, k)?;
                Ok(rt::bool_obj($f(z)))
            });)*
        };
    }
    predicate! {
        isfinite: |z: C| z.0.is_finite() && z.1.is_finite();
        isinf: |z: C| z.0.is_infinite() || z.1.is_infinite();
        isnan: |z: C| z.0.is_nan() || z.1.is_nan();
    }
    super::add(&m, "isclose", isclose);
    m
}

/// The one positional argument of a unary function, as a complex.
fn one(name: &str, a: &[Obj], k: &[Obj]) -> PyResult<C> {
    let a = exactly(name, a, k, 1)?;
    to_complex(&a[0])
}

/// `PyComplex_AsCComplex`: a complex, `__complex__`, or a real number.
fn to_complex(o: &Obj) -> PyResult<C> {
    if let Some(v) = crate::types::complex::value(o) {
        return Ok(v);
    }
    if let Some(r) = protocol::call_special(o, "__complex__", &[])? {
        return crate::types::complex::value(&r).ok_or_else(|| {
            type_error(format!(
                "__complex__ returned non-complex (type {})",
                protocol::type_name(&r)
            ))
        });
    }
    Ok((to_f64(o)?, 0.0))
}

fn range_error() -> PyErr {
    PyErr::new(rt::Exc::OverflowError, "math range error")
}

fn finish((z, e): (C, Errno)) -> PyResult<Obj> {
    match e {
        Errno::Ok => Ok(new_complex(z.0, z.1)),
        Errno::Dom => Err(value_error("math domain error")),
        Errno::Range => Err(range_error()),
    }
}

/// CPython's `special_type`: the class of a part, the tables' index.
fn class(x: f64) -> usize {
    if x.is_nan() {
        6
    } else if x.is_infinite() {
        if x > 0.0 { 5 } else { 0 }
    } else if x != 0.0 {
        if x > 0.0 { 4 } else { 1 }
    } else if x.is_sign_negative() {
        2
    } else {
        3
    }
}

/// The table's value when a part is infinite or NaN.
fn special(t: &Table, z: C) -> Option<(C, Errno)> {
    if z.0.is_finite() && z.1.is_finite() {
        return None;
    }
    let (re, im, e) = t[class(z.0)][class(z.1)];
    let e = match e {
        1 => Errno::Dom,
        2 => Errno::Range,
        _ => Errno::Ok,
    };
    Some(((re, im), e))
}

fn ok(z: C) -> (C, Errno) {
    (z, Errno::Ok)
}

/// Rotations: `f(i z)` and `-i f(i z)` for the trigonometric functions.
fn times_i(z: C) -> C {
    (-z.1, z.0)
}

fn times_minus_i(z: C) -> C {
    (z.1, -z.0)
}

fn sqrt(z: C) -> (C, Errno) {
    if let Some(r) = special(&SQRT, z) {
        return r;
    }
    if z.0 == 0.0 && z.1 == 0.0 {
        return ok((0.0, z.1));
    }
    let (ax, ay) = (z.0.abs(), z.1.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // hypot(ax, ay) is subnormal: scale up by 2**53, down by 2**-27.
        let ax = ax * 2f64.powi(53);
        (ax + ax.hypot(ay * 2f64.powi(53))).sqrt() * 2f64.powi(-27)
    } else {
        let ax = ax / 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.0 >= 0.0 {
        ok((s, d.copysign(z.1)))
    } else {
        ok((d, s.copysign(z.1)))
    }
}

fn exp(z: C) -> (C, Errno) {
    if !z.0.is_finite() || !z.1.is_finite() {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            if z.0 > 0.0 {
                (INF.copysign(z.1.cos()), INF.copysign(z.1.sin()))
            } else {
                (0f64.copysign(z.1.cos()), 0f64.copysign(z.1.sin()))
            }
        } else {
            let (re, im, _) = EXP[class(z.0)][class(z.1)];
            (re, im)
        };
        let dom = z.1.is_infinite() && (z.0.is_finite() || (z.0.is_infinite() && z.0 > 0.0));
        return (r, if dom { Errno::Dom } else { Errno::Ok });
    }
    let r = if z.0 > LOG_LARGE {
        let l = (z.0 - 1.0).exp();
        (
            l * z.1.cos() * std::f64::consts::E,
            l * z.1.sin() * std::f64::consts::E,
        )
    } else {
        let l = z.0.exp();
        (l * z.1.cos(), l * z.1.sin())
    };
    overflow_check(r)
}

fn overflow_check(r: C) -> (C, Errno) {
    if r.0.is_infinite() || r.1.is_infinite() {
        (r, Errno::Range)
    } else {
        ok(r)
    }
}

fn log(z: C) -> (C, Errno) {
    if let Some(r) = special(&LOG, z) {
        return r;
    }
    let (ax, ay) = (z.0.abs(), z.1.abs());
    let mut e = Errno::Ok;
    let re = if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            let s = 2f64.powi(53);
            (ax * s).hypot(ay * s).ln() - 53.0 * LN2
        } else {
            e = Errno::Dom;
            -INF
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    ((re, z.1.atan2(z.0)), e)
}

fn log10(z: C) -> (C, Errno) {
    let (r, e) = log(z);
    (
        (r.0 / std::f64::consts::LN_10, r.1 / std::f64::consts::LN_10),
        e,
    )
}

fn acos(z: C) -> (C, Errno) {
    if let Some(r) = special(&ACOS, z) {
        return r;
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let re = z.1.abs().atan2(z.0);
        let l = (z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN2 * 2.0;
        let im = if z.0 < 0.0 {
            -l.copysign(z.1)
        } else {
            l.copysign(-z.1)
        };
        return ok((re, im));
    }
    let (s1, _) = sqrt((1.0 - z.0, -z.1));
    let (s2, _) = sqrt((1.0 + z.0, z.1));
    ok((
        2.0 * s1.0.atan2(s2.0),
        real_asinh(s2.0 * s1.1 - s2.1 * s1.0),
    ))
}

fn acosh(z: C) -> (C, Errno) {
    if let Some(r) = special(&ACOSH, z) {
        return r;
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        return ok((
            (z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN2 * 2.0,
            z.1.atan2(z.0),
        ));
    }
    let (s1, _) = sqrt((z.0 - 1.0, z.1));
    let (s2, _) = sqrt((z.0 + 1.0, z.1));
    ok((
        real_asinh(s1.0 * s2.0 + s1.1 * s2.1),
        2.0 * s1.1.atan2(s2.0),
    ))
}

fn asinh(z: C) -> (C, Errno) {
    if let Some(r) = special(&ASINH, z) {
        return r;
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let l = (z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN2 * 2.0;
        let re = if z.1 >= 0.0 {
            l.copysign(z.0)
        } else {
            -l.copysign(-z.0)
        };
        return ok((re, z.1.atan2(z.0.abs())));
    }
    let (s1, _) = sqrt((1.0 + z.1, -z.0));
    let (s2, _) = sqrt((1.0 - z.1, z.0));
    ok((
        real_asinh(s1.0 * s2.1 - s2.0 * s1.1),
        z.1.atan2(s1.0 * s2.0 - s1.1 * s2.1),
    ))
}

fn asin(z: C) -> (C, Errno) {
    let (s, e) = asinh(times_i(z));
    (times_minus_i(s), e)
}

fn atanh(z: C) -> (C, Errno) {
    if let Some(r) = special(&ATANH, z) {
        return r;
    }
    if z.0 < 0.0 {
        let ((re, im), e) = atanh((-z.0, -z.1));
        return ((-re, -im), e);
    }
    let ay = z.1.abs();
    if z.0 > SQRT_LARGE || ay > SQRT_LARGE {
        let h = (z.0 / 2.0).hypot(z.1 / 2.0);
        return ok((z.0 / 4.0 / h / h, -P2.copysign(-z.1)));
    }
    if z.0 == 1.0 && ay < SQRT_MIN {
        if ay == 0.0 {
            return ((INF, z.1), Errno::Dom);
        }
        return ok((
            -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(),
            (2f64.atan2(-ay) / 2.0).copysign(z.1),
        ));
    }
    ok((
        (4.0 * z.0 / ((1.0 - z.0) * (1.0 - z.0) + ay * ay)).ln_1p() / 4.0,
        -(-2.0 * z.1).atan2((1.0 - z.0) * (1.0 + z.0) - ay * ay) / 2.0,
    ))
}

fn atan(z: C) -> (C, Errno) {
    let (s, e) = atanh(times_i(z));
    (times_minus_i(s), e)
}

/// cosh and sinh: `even` picks cosh.
fn cosh_sinh(z: C, even: bool) -> (C, Errno) {
    if !z.0.is_finite() || !z.1.is_finite() {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let (c, s) = (z.1.cos(), z.1.sin());
            if even {
                if z.0 > 0.0 {
                    (INF.copysign(c), INF.copysign(s))
                } else {
                    (INF.copysign(c), -INF.copysign(s))
                }
            } else if z.0 > 0.0 {
                (INF.copysign(c), INF.copysign(s))
            } else {
                (-INF.copysign(c), INF.copysign(s))
            }
        } else {
            let t = if even { &COSH } else { &SINH };
            let (re, im, _) = t[class(z.0)][class(z.1)];
            (re, im)
        };
        let dom = z.1.is_infinite() && !z.0.is_nan();
        return (r, if dom { Errno::Dom } else { Errno::Ok });
    }
    let (c, s) = (z.1.cos(), z.1.sin());
    let r = if z.0.abs() > LOG_LARGE {
        let x = z.0 - 1f64.copysign(z.0);
        let e = std::f64::consts::E;
        if even {
            (c * x.cosh() * e, s * x.sinh() * e)
        } else {
            (c * x.sinh() * e, s * x.cosh() * e)
        }
    } else if even {
        (c * z.0.cosh(), s * z.0.sinh())
    } else {
        (c * z.0.sinh(), s * z.0.cosh())
    };
    overflow_check(r)
}

fn cosh(z: C) -> (C, Errno) {
    cosh_sinh(z, true)
}

fn sinh(z: C) -> (C, Errno) {
    cosh_sinh(z, false)
}

fn cos(z: C) -> (C, Errno) {
    cosh(times_i(z))
}

fn sin(z: C) -> (C, Errno) {
    let (s, e) = sinh(times_i(z));
    (times_minus_i(s), e)
}

fn tanh(z: C) -> (C, Errno) {
    if !z.0.is_finite() || !z.1.is_finite() {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            (
                1f64.copysign(z.0),
                0f64.copysign(2.0 * z.1.sin() * z.1.cos()),
            )
        } else {
            let (re, im, _) = TANH[class(z.0)][class(z.1)];
            (re, im)
        };
        let dom = z.1.is_infinite() && z.0.is_finite();
        return (r, if dom { Errno::Dom } else { Errno::Ok });
    }
    if z.0.abs() > LOG_LARGE {
        return ok((
            1f64.copysign(z.0),
            4.0 * z.1.sin() * z.1.cos() * (-2.0 * z.0.abs()).exp(),
        ));
    }
    let (tx, ty) = (z.0.tanh(), z.1.tan());
    let cx = 1.0 / z.0.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    ok((tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx))
}

fn tan(z: C) -> (C, Errno) {
    let (s, e) = tanh(times_i(z));
    (times_minus_i(s), e)
}

fn rect(r: f64, phi: f64) -> (C, Errno) {
    if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let (c, s) = (INF.copysign(phi.cos()), INF.copysign(phi.sin()));
            if r > 0.0 { (c, s) } else { (-c, -s) }
        } else {
            let (re, im, _) = RECT[class(r)][class(phi)];
            (re, im)
        };
        let dom = r != 0.0 && !r.is_nan() && phi.is_infinite();
        return (z, if dom { Errno::Dom } else { Errno::Ok });
    }
    if phi == 0.0 {
        return ok((r, r * phi));
    }
    ok((r * phi.cos(), r * phi.sin()))
}

/// `atan2(im, re)`; like the C library, an underflow to zero is a range
/// error (OverflowError, as CPython reports every ERANGE).
fn phase(re: f64, im: f64) -> PyResult<f64> {
    let phi = im.atan2(re);
    if phi == 0.0 && im != 0.0 && im.is_finite() && re.is_finite() {
        return Err(range_error());
    }
    Ok(phi)
}

/// The C library's real `asinh` (fdlibm's algorithm), which CPython's
/// results depend on to the last bit.
fn real_asinh(x: f64) -> f64 {
    let a = x.abs();
    if !a.is_finite() || a < 2f64.powi(-28) {
        return x;
    }
    let w = if a > 2f64.powi(28) {
        a.ln() + LN2
    } else if a > 2.0 {
        (2.0 * a + 1.0 / ((x * x + 1.0).sqrt() + a)).ln()
    } else {
        let t = x * x;
        (a + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

/// `_Py_c_quot`: Smith's division; `None` for a zero divisor.
fn quot(a: C, b: C) -> Option<C> {
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
        Some((N, N))
    }
}

/// `cmath.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(args: &[Obj], kwnames: &[Obj]) -> PyResult<Obj> {
    let (pos, kws) = split(args, kwnames);
    if pos.len() > 2 {
        return Err(type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            pos.len()
        )));
    }
    let mut ab: Vec<Option<Obj>> = pos.iter().cloned().map(Some).collect();
    ab.resize(2, None);
    let (mut rel_tol, mut abs_tol) = (1e-9, 0.0);
    for (k, v) in kws {
        match k {
            "a" | "b" => {
                let i = usize::from(k == "b");
                if ab[i].is_some() {
                    return Err(type_error(format!(
                        "argument for isclose() given by name ('{k}') and position ({})",
                        i + 1
                    )));
                }
                ab[i] = Some(v.clone());
            }
            "rel_tol" => rel_tol = to_f64(v)?,
            "abs_tol" => abs_tol = to_f64(v)?,
            _ => {
                return Err(type_error(format!(
                    "'{k}' is an invalid keyword argument for isclose()"
                )));
            }
        }
    }
    for (i, name) in ["a", "b"].iter().enumerate() {
        if ab[i].is_none() {
            return Err(type_error(format!(
                "isclose() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    let a = to_complex(ab[0].as_ref().unwrap_or(&rt::none()))?;
    let b = to_complex(ab[1].as_ref().unwrap_or(&rt::none()))?;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(rt::bool_obj(true));
    }
    if a.0.is_infinite() || a.1.is_infinite() || b.0.is_infinite() || b.1.is_infinite() {
        return Ok(rt::bool_obj(false));
    }
    let abs = |z: C| z.0.hypot(z.1);
    let diff = abs((a.0 - b.0, a.1 - b.1));
    Ok(rt::bool_obj(
        diff <= rel_tol * abs(b) || diff <= rel_tol * abs(a) || diff <= abs_tol,
    ))
}

// Generated by runtime/tools/cmath_tables.py, which probes CPython 3.11's
// cmath; rows: class of the real part (or r), columns: class of the
// imaginary part (or phi).
#[rustfmt::skip]
const ACOS: Table = [
    [(P34, INF, 0), (P, INF, 0), (P, INF, 0), (P, -INF, 0), (P, -INF, 0), (P34, -INF, 0), (N, INF, 0)],
    [(P2, INF, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (P2, -INF, 0), (N, N, 0)],
    [(P2, INF, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (P2, -INF, 0), (P2, N, 0)],
    [(P2, INF, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (P2, -INF, 0), (P2, N, 0)],
    [(P2, INF, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (P2, -INF, 0), (N, N, 0)],
    [(P4, INF, 0), (0.0, INF, 0), (0.0, INF, 0), (0.0, -INF, 0), (0.0, -INF, 0), (P4, -INF, 0), (N, INF, 0)],
    [(N, INF, 0), (N, N, 0), (N, N, 0), (N, N, 0), (N, N, 0), (N, -INF, 0), (N, N, 0)],
];
#[rustfmt::skip]
const ACOSH: Table = [
    [(INF, -P34, 0), (INF, -P, 0), (INF, -P, 0), (INF, P, 0), (INF, P, 0), (INF, P34, 0), (INF, N, 0)],
    [(INF, -P2, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (INF, P2, 0), (N, N, 0)],
    [(INF, -P2, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (INF, P2, 0), (N, N, 0)],
    [(INF, -P2, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (INF, P2, 0), (N, N, 0)],
    [(INF, -P2, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (INF, P2, 0), (N, N, 0)],
    [(INF, -P4, 0), (INF, -0.0, 0), (INF, -0.0, 0), (INF, 0.0, 0), (INF, 0.0, 0), (INF, P4, 0), (INF, N, 0)],
    [(INF, N, 0), (N, N, 0), (N, N, 0), (N, N, 0), (N, N, 0), (INF, N, 0), (N, N, 0)],
];
#[rustfmt::skip]
const ASINH: Table = [
    [(-INF, -P4, 0), (-INF, -0.0, 0), (-INF, -0.0, 0), (-INF, 0.0, 0), (-INF, 0.0, 0), (-INF, P4, 0), (-INF, N, 0)],
    [(-INF, -P2, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (-INF, P2, 0), (N, N, 0)],
    [(-INF, -P2, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (-INF, P2, 0), (N, N, 0)],
    [(INF, -P2, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (INF, P2, 0), (N, N, 0)],
    [(INF, -P2, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (INF, P2, 0), (N, N, 0)],
    [(INF, -P4, 0), (INF, -0.0, 0), (INF, -0.0, 0), (INF, 0.0, 0), (INF, 0.0, 0), (INF, P4, 0), (INF, N, 0)],
    [(INF, N, 0), (N, N, 0), (N, -0.0, 0), (N, 0.0, 0), (N, N, 0), (INF, N, 0), (N, N, 0)],
];
#[rustfmt::skip]
const ATANH: Table = [
    [(-0.0, -P2, 0), (-0.0, -P2, 0), (-0.0, -P2, 0), (-0.0, P2, 0), (-0.0, P2, 0), (-0.0, P2, 0), (-0.0, N, 0)],
    [(-0.0, -P2, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (-0.0, P2, 0), (N, N, 0)],
    [(-0.0, -P2, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (-0.0, P2, 0), (-0.0, N, 0)],
    [(0.0, -P2, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, P2, 0), (0.0, N, 0)],
    [(0.0, -P2, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, P2, 0), (N, N, 0)],
    [(0.0, -P2, 0), (0.0, -P2, 0), (0.0, -P2, 0), (0.0, P2, 0), (0.0, P2, 0), (0.0, P2, 0), (0.0, N, 0)],
    [(0.0, -P2, 0), (N, N, 0), (N, N, 0), (N, N, 0), (N, N, 0), (0.0, P2, 0), (N, N, 0)],
];
#[rustfmt::skip]
const COSH: Table = [
    [(N, N, 1), (N, N, 0), (INF, 0.0, 0), (INF, -0.0, 0), (N, N, 0), (N, N, 1), (INF, N, 0)],
    [(N, N, 1), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (N, N, 1), (N, N, 0)],
    [(N, N, 1), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (N, N, 1), (N, 0.0, 0)],
    [(N, N, 1), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (N, N, 1), (N, 0.0, 0)],
    [(N, N, 1), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (N, N, 1), (N, N, 0)],
    [(N, N, 1), (N, N, 0), (INF, -0.0, 0), (INF, 0.0, 0), (N, N, 0), (N, N, 1), (INF, N, 0)],
    [(N, N, 0), (N, N, 0), (N, 0.0, 0), (N, 0.0, 0), (N, N, 0), (N, N, 0), (N, N, 0)],
];
#[rustfmt::skip]
const EXP: Table = [
    [(0.0, 0.0, 0), (N, N, 0), (0.0, -0.0, 0), (0.0, 0.0, 0), (N, N, 0), (0.0, 0.0, 0), (0.0, 0.0, 0)],
    [(N, N, 1), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (N, N, 1), (N, N, 0)],
    [(N, N, 1), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (N, N, 1), (N, N, 0)],
    [(N, N, 1), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (N, N, 1), (N, N, 0)],
    [(N, N, 1), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (N, N, 1), (N, N, 0)],
    [(N, N, 1), (N, N, 0), (INF, -0.0, 0), (INF, 0.0, 0), (N, N, 0), (N, N, 1), (INF, N, 0)],
    [(N, N, 0), (N, N, 0), (N, -0.0, 0), (N, 0.0, 0), (N, N, 0), (N, N, 0), (N, N, 0)],
];
#[rustfmt::skip]
const LOG: Table = [
    [(INF, -P34, 0), (INF, -P, 0), (INF, -P, 0), (INF, P, 0), (INF, P, 0), (INF, P34, 0), (INF, N, 0)],
    [(INF, -P2, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (INF, P2, 0), (N, N, 0)],
    [(INF, -P2, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (INF, P2, 0), (N, N, 0)],
    [(INF, -P2, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (INF, P2, 0), (N, N, 0)],
    [(INF, -P2, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (INF, P2, 0), (N, N, 0)],
    [(INF, -P4, 0), (INF, -0.0, 0), (INF, -0.0, 0), (INF, 0.0, 0), (INF, 0.0, 0), (INF, P4, 0), (INF, N, 0)],
    [(INF, N, 0), (N, N, 0), (N, N, 0), (N, N, 0), (N, N, 0), (INF, N, 0), (N, N, 0)],
];
#[rustfmt::skip]
const SINH: Table = [
    [(N, N, 1), (N, N, 0), (-INF, -0.0, 0), (-INF, 0.0, 0), (N, N, 0), (N, N, 1), (INF, N, 0)],
    [(N, N, 1), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (N, N, 1), (N, N, 0)],
    [(N, N, 1), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (N, N, 1), (0.0, N, 0)],
    [(N, N, 1), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (N, N, 1), (0.0, N, 0)],
    [(N, N, 1), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (N, N, 1), (N, N, 0)],
    [(N, N, 1), (N, N, 0), (INF, -0.0, 0), (INF, 0.0, 0), (N, N, 0), (N, N, 1), (INF, N, 0)],
    [(N, N, 0), (N, N, 0), (N, -0.0, 0), (N, 0.0, 0), (N, N, 0), (N, N, 0), (N, N, 0)],
];
#[rustfmt::skip]
const SQRT: Table = [
    [(INF, -INF, 0), (0.0, -INF, 0), (0.0, -INF, 0), (0.0, INF, 0), (0.0, INF, 0), (INF, INF, 0), (N, INF, 0)],
    [(INF, -INF, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (INF, INF, 0), (N, N, 0)],
    [(INF, -INF, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (INF, INF, 0), (N, N, 0)],
    [(INF, -INF, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (INF, INF, 0), (N, N, 0)],
    [(INF, -INF, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (INF, INF, 0), (N, N, 0)],
    [(INF, -INF, 0), (INF, -0.0, 0), (INF, -0.0, 0), (INF, 0.0, 0), (INF, 0.0, 0), (INF, INF, 0), (INF, N, 0)],
    [(INF, -INF, 0), (N, N, 0), (N, N, 0), (N, N, 0), (N, N, 0), (INF, INF, 0), (N, N, 0)],
];
#[rustfmt::skip]
const TANH: Table = [
    [(-1.0, 0.0, 0), (N, N, 0), (-1.0, -0.0, 0), (-1.0, 0.0, 0), (N, N, 0), (-1.0, 0.0, 0), (-1.0, 0.0, 0)],
    [(N, N, 1), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (N, N, 1), (N, N, 0)],
    [(N, N, 1), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (N, N, 1), (N, N, 0)],
    [(N, N, 1), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (N, N, 1), (N, N, 0)],
    [(N, N, 1), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (N, N, 1), (N, N, 0)],
    [(1.0, 0.0, 0), (N, N, 0), (1.0, -0.0, 0), (1.0, 0.0, 0), (N, N, 0), (1.0, 0.0, 0), (1.0, 0.0, 0)],
    [(N, N, 0), (N, N, 0), (N, -0.0, 0), (N, 0.0, 0), (N, N, 0), (N, N, 0), (N, N, 0)],
];
#[rustfmt::skip]
const RECT: Table = [
    [(N, N, 1), (N, N, 0), (-INF, 0.0, 0), (-INF, -0.0, 0), (N, N, 0), (N, N, 1), (INF, N, 0)],
    [(N, N, 1), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (N, N, 1), (N, N, 0)],
    [(0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0)],
    [(0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0)],
    [(N, N, 1), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (0.0, 0.0, 0), (N, N, 1), (N, N, 0)],
    [(N, N, 1), (N, N, 0), (INF, -0.0, 0), (INF, 0.0, 0), (N, N, 0), (N, N, 1), (INF, N, 0)],
    [(N, N, 0), (N, N, 0), (N, 0.0, 0), (N, 0.0, 0), (N, N, 0), (N, N, 0), (N, N, 0)],
];
