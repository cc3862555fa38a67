//! The `math` module, as CPython 3.11's mathmodule.c: the libm wrappers
//! with its domain/range error rules, exact integer functions on big
//! ints, `fsum` (Shewchuk's algorithm) and `hypot`/`dist` (vector_norm).

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};

use crate::args::{exactly, positional, split, to_bigint, to_f64};
use crate::error::{PyErr, PyResult, overflow_error, type_error, value_error};
use crate::object::Obj;
use crate::protocol;
use crate::rt;
use crate::types::{float, int, tuple};

/// Creates the module.
pub fn new_module() -> Obj {
    let m = crate::types::module::new_module("math");
    let consts = [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ];
    for (n, v) in consts {
        super::set(&m, n, float::new_float(v));
    }
    macro_rules! unary {
        ($($name:ident: $f:expr, $overflow:expr;)*) => {
            $(super::add(&m, stringify!($name), |a, k| {
                let a = exactly(concat!("math.", stringify!($name)), a, k, 1)?;
                math_1(&a[0], $f, $overflow)
            });)*
        };
    }
    unary! {
        acos: f64::acos, false;
        acosh: f64::acosh, false;
        asin: f64::asin, false;
        asinh: f64::asinh, false;
        atan: f64::atan, false;
        atanh: f64::atanh, false;
        cbrt: f64::cbrt, false;
        cos: f64::cos, false;
        cosh: f64::cosh, true;
        erf: erf, false;
        erfc: erfc, false;
        exp: f64::exp, true;
        exp2: f64::exp2, true;
        expm1: f64::exp_m1, true;
        fabs: f64::abs, false;
        log1p: f64::ln_1p, false;
        sin: f64::sin, false;
        sinh: f64::sinh, true;
        sqrt: f64::sqrt, false;
        tan: f64::tan, false;
        tanh: f64::tanh, false;
    }
    macro_rules! funcs {
        ($($name:literal => $f:expr,)*) => { $(super::add(&m, $name, $f);)* };
    }
    funcs! {
        "atan2" => |a, k| math_2("atan2", a, k, f64::atan2),
        "copysign" => |a, k| math_2("copysign", a, k, f64::copysign),
        "remainder" => |a, k| math_2("remainder", a, k, remainder),
        "fmod" => fmod,
        "pow" => pow,
        "log" => log,
        "log2" => |a, k| {
            let a = exactly("math.log2", a, k, 1)?;
            loghelper(&a[0], f64::log2)
        },
        "log10" => |a, k| {
            let a = exactly("math.log10", a, k, 1)?;
            loghelper(&a[0], f64::log10)
        },
        "degrees" => |a, k| {
            let a = exactly("math.degrees", a, k, 1)?;
            Ok(float::new_float(to_f64(&a[0])? * (180.0 / std::f64::consts::PI)))
        },
        "radians" => |a, k| {
            let a = exactly("math.radians", a, k, 1)?;
            Ok(float::new_float(to_f64(&a[0])? * (std::f64::consts::PI / 180.0)))
        },
        "isfinite" => |a, k| {
            let a = exactly("math.isfinite", a, k, 1)?;
            Ok(rt::bool_obj(to_f64(&a[0])?.is_finite()))
        },
        "isinf" => |a, k| {
            let a = exactly("math.isinf", a, k, 1)?;
            Ok(rt::bool_obj(to_f64(&a[0])?.is_infinite()))
        },
        "isnan" => |a, k| {
            let a = exactly("math.isnan", a, k, 1)?;
            Ok(rt::bool_obj(to_f64(&a[0])?.is_nan()))
        },
        "floor" => |a, k| {
            let a = exactly("math.floor", a, k, 1)?;
            rounding(&a[0], "__floor__", f64::floor)
        },
        "ceil" => |a, k| {
            let a = exactly("math.ceil", a, k, 1)?;
            rounding(&a[0], "__ceil__", f64::ceil)
        },
        "trunc" => trunc,
        "modf" => |a, k| {
            let a = exactly("math.modf", a, k, 1)?;
            let x = to_f64(&a[0])?;
            let (f, i) = if x.is_infinite() {
                (0f64.copysign(x), x)
            } else {
                (x.fract(), x.trunc())
            };
            Ok(tuple::new_tuple(vec![float::new_float(f), float::new_float(i)]))
        },
        "frexp" => |a, k| {
            let a = exactly("math.frexp", a, k, 1)?;
            let (m, e) = frexp(to_f64(&a[0])?);
            Ok(tuple::new_tuple(vec![float::new_float(m), int::from_i64(e as i64)]))
        },
        "ldexp" => ldexp_fn,
        "nextafter" => |a, k| {
            let a = positional("nextafter", a, k, 2, 2)?;
            Ok(float::new_float(nextafter(to_f64(&a[0])?, to_f64(&a[1])?)))
        },
        "ulp" => |a, k| {
            let a = exactly("math.ulp", a, k, 1)?;
            Ok(float::new_float(ulp(to_f64(&a[0])?)))
        },
        "isclose" => isclose,
        "fsum" => |a, k| {
            let a = exactly("math.fsum", a, k, 1)?;
            fsum(&a[0]).map(float::new_float)
        },
        "prod" => prod,
        "hypot" => |a, k| {
            if !k.is_empty() {
                return Err(type_error("hypot() takes no keyword arguments"));
            }
            let v = a.iter().map(to_f64).collect::<PyResult<Vec<f64>>>()?;
            Ok(float::new_float(norm(v)))
        },
        "dist" => dist,
        "gcd" => |a, k| {
            let a = positional("gcd", a, k, 0, usize::MAX)?;
            let mut g = BigInt::zero();
            for x in a {
                g = g.gcd(&to_bigint(x)?);
            }
            Ok(int::from_big(g))
        },
        "lcm" => |a, k| {
            let a = positional("lcm", a, k, 0, usize::MAX)?;
            let mut l = BigInt::one();
            for x in a {
                let v = to_bigint(x)?;
                l = if l.is_zero() || v.is_zero() { BigInt::zero() } else { l.lcm(&v) };
            }
            Ok(int::from_big(l))
        },
        "isqrt" => |a, k| {
            let a = exactly("math.isqrt", a, k, 1)?;
            let n = to_bigint(&a[0])?;
            if n.is_negative() {
                return Err(value_error("isqrt() argument must be nonnegative"));
            }
            Ok(int::from_big(n.sqrt()))
        },
        "factorial" => |a, k| {
            let a = exactly("math.factorial", a, k, 1)?;
            let n = to_bigint(&a[0])?;
            if n.is_negative() {
                return Err(value_error("factorial() not defined for negative values"));
            }
            factorial(n)
        },
        "comb" => |a, k| {
            let a = positional("comb", a, k, 2, 2)?;
            let (n, r) = nonneg_pair(&a[0], &a[1])?;
            if r > n {
                return Ok(int::from_i64(0));
            }
            let r = std::cmp::min(r.clone(), &n - &r);
            let r = small_k(&r)?;
            let mut acc = BigInt::one();
            for i in 0..r {
                acc = acc * (&n - BigInt::from(i)) / BigInt::from(i + 1);
            }
            Ok(int::from_big(acc))
        },
        "perm" => |a, k| {
            let a = positional("perm", a, k, 1, 2)?;
            if a.len() == 1 || rt::is_none(&a[1]) {
                let n = to_bigint(&a[0])?;
                if n.is_negative() {
                    return Err(value_error("n must be a non-negative integer"));
                }
                return factorial(n);
            }
            let (n, r) = nonneg_pair(&a[0], &a[1])?;
            if r > n {
                return Ok(int::from_i64(0));
            }
            let r = small_k(&r)?;
            let mut acc = BigInt::one();
            for i in 0..r {
                acc *= &n - BigInt::from(i);
            }
            Ok(int::from_big(acc))
        },
    }
    m
}

fn factorial(n: BigInt) -> PyResult<Obj> {
    let n = n
        .to_u64()
        .filter(|&n| n <= i64::MAX as u64)
        .ok_or_else(|| {
            overflow_error("factorial() argument should not exceed 9223372036854775807")
        })?;
    Ok(int::from_big(range_product(1, n)))
}

fn small_k(k: &BigInt) -> PyResult<u64> {
    k.to_u64()
        .filter(|&k| k <= i64::MAX as u64)
        .ok_or_else(|| overflow_error("min(n - k, k) must not exceed 9223372036854775807"))
}

fn nonneg_pair(n: &Obj, k: &Obj) -> PyResult<(BigInt, BigInt)> {
    let n = to_bigint(n)?;
    let k = to_bigint(k)?;
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

/// The product of `lo..=hi` by binary splitting.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut acc = BigInt::one();
        for i in lo..=hi {
            acc *= i;
        }
        return acc;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

fn domain() -> PyErr {
    value_error("math domain error")
}

fn range() -> PyErr {
    overflow_error("math range error")
}

/// `math_1`: a libm function of one float with CPython's error rules.
fn math_1(arg: &Obj, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Obj> {
    let x = to_f64(arg)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range() } else { domain() });
    }
    Ok(float::new_float(r))
}

/// `math_2`: a function of two floats with CPython's error rules.
fn math_2(name: &str, a: &[Obj], k: &[Obj], f: fn(f64, f64) -> f64) -> PyResult<Obj> {
    let a = positional(name, a, k, 2, 2)?;
    let x = to_f64(&a[0])?;
    let y = to_f64(&a[1])?;
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range());
    }
    Ok(float::new_float(r))
}

fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (ax, ay) = (x.abs(), y.abs());
        let m = ax % ay;
        let c = ay - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (ax - m)) % ay)
        };
        return 1f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

fn fmod(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let a = positional("fmod", a, k, 2, 2)?;
    let x = to_f64(&a[0])?;
    let y = to_f64(&a[1])?;
    if y.is_infinite() && x.is_finite() {
        return Ok(float::new_float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    Ok(float::new_float(r))
}

fn pow(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let a = positional("pow", a, k, 2, 2)?;
    let x = to_f64(&a[0])?;
    let y = to_f64(&a[1])?;
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        }
    } else {
        let r = x.powf(y);
        if r.is_nan() {
            return Err(domain());
        }
        if r.is_infinite() {
            return Err(if x == 0.0 { domain() } else { range() });
        }
        r
    };
    Ok(float::new_float(r))
}

/// `_PyLong_Frexp`: a positive big int as `m * 2**e`, `0.5 <= m < 1`.
fn big_frexp(v: &BigInt) -> (f64, i64) {
    let bits = v.bits() as i64;
    let shift = (bits - 64).max(0);
    let top = (v >> shift as usize).to_f64().unwrap_or(0.0);
    let (m, e) = frexp(top);
    (m, e as i64 + shift)
}

fn loghelper(arg: &Obj, f: fn(f64) -> f64) -> PyResult<Obj> {
    if let Some(v) = int::value(arg) {
        if !v.is_positive() {
            return Err(domain());
        }
        return Ok(float::new_float(match v.to_f64() {
            Some(x) if x.is_finite() => f(x),
            _ => {
                let (m, e) = big_frexp(&v);
                f(m) + f(2.0) * e as f64
            }
        }));
    }
    let x = to_f64(arg)?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(float::new_float(x));
    }
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(float::new_float(f(x)))
}

fn log(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let a = positional("log", a, k, 1, 2)?;
    let num = loghelper(&a[0], f64::ln)?;
    if a.len() == 1 {
        return Ok(num);
    }
    let den = loghelper(&a[1], f64::ln)?;
    let (n, d) = (
        float::value(&num).unwrap_or(0.0),
        float::value(&den).unwrap_or(0.0),
    );
    if d == 0.0 {
        return Err(crate::error::zero_division("float division by zero"));
    }
    Ok(float::new_float(n / d))
}

/// An integral float as an int, with CPython's errors for nan and inf.
pub fn float_to_int(x: f64) -> PyResult<Obj> {
    if x.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    Ok(int::from_big(BigInt::from_f64(x).unwrap_or_default()))
}

fn rounding(o: &Obj, special: &str, f: fn(f64) -> f64) -> PyResult<Obj> {
    if let Some(x) = float::value(o)
        && crate::rt::ty(|t| &t.float).is(&o.ty())
    {
        return float_to_int(f(x));
    }
    if int::is_int(o) && int::as_i64(o).is_some_and(|_| o.ty().is(&rt::int_type())) {
        return Ok(o.clone());
    }
    if let Some(r) = protocol::call_special(o, special, &[])? {
        return Ok(r);
    }
    float_to_int(f(to_f64(o)?))
}

fn trunc(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let a = exactly("math.trunc", a, k, 1)?;
    let o = &a[0];
    if let Some(x) = float::value(o)
        && crate::rt::ty(|t| &t.float).is(&o.ty())
    {
        return float_to_int(x.trunc());
    }
    if let Some(r) = protocol::call_special(o, "__trunc__", &[])? {
        return Ok(r);
    }
    if int::is_int(o) {
        return Ok(int::from_big(int::value(o).unwrap_or_default()));
    }
    Err(type_error(format!(
        "type {} doesn't define __trunc__ method",
        protocol::type_name(o)
    )))
}

/// C's `frexp`.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, adj) = if x.abs() < f64::MIN_POSITIVE {
        (x * 2f64.powi(64), -64)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022 + adj)
}

/// C's `ldexp`, rounding once.
pub fn ldexp(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (m, ex) = frexp(x);
    let total = ex as i64 + e;
    if total > 1024 {
        return f64::INFINITY.copysign(x);
    }
    if total < -1080 {
        return 0f64.copysign(x);
    }
    // m * 2**total: scale m (53 bits) exactly to 2**(total - k) with
    // total - k normal, then one multiplication rounds.
    if total >= -1021 {
        let k = total.clamp(-1000, 1000);
        m * 2f64.powi(k as i32) * 2f64.powi((total - k) as i32)
    } else {
        (m * 2f64.powi((total + 200) as i32)) * 2f64.powi(-200)
    }
}

fn ldexp_fn(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let a = positional("ldexp", a, k, 2, 2)?;
    let x = to_f64(&a[0])?;
    if !int::is_int(&a[1]) {
        return Err(type_error("Expected an int as second argument to ldexp."));
    }
    let e = to_bigint(&a[1])?;
    let e = e.to_i64().unwrap_or(if e.sign() == Sign::Minus {
        -100_000
    } else {
        100_000
    });
    let r = ldexp(x, e.clamp(-100_000, 100_000));
    if r.is_infinite() && x.is_finite() {
        return Err(range());
    }
    Ok(float::new_float(r))
}

/// C's `nextafter`.
pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let b = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { b + 1 } else { b - 1 })
}

fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let x2 = nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        return x - nextafter(x, f64::NEG_INFINITY);
    }
    x2 - x
}

fn isclose(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let (pos, kws) = split(a, k);
    if pos.len() != 2 {
        return Err(type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            pos.len()
        )));
    }
    let (mut rel, mut abs) = (1e-9, 0.0);
    for (name, v) in kws {
        match name {
            "rel_tol" => rel = to_f64(v)?,
            "abs_tol" => abs = to_f64(v)?,
            _ => {
                return Err(type_error(format!(
                    "isclose() got an unexpected keyword argument '{name}'"
                )));
            }
        }
    }
    let x = to_f64(&pos[0])?;
    let y = to_f64(&pos[1])?;
    if rel < 0.0 || abs < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(rt::bool_obj(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(rt::bool_obj(false));
    }
    let diff = (y - x).abs();
    Ok(rt::bool_obj(
        (diff <= (rel * y).abs()) || (diff <= (rel * x).abs()) || diff <= abs,
    ))
}

/// `math.fsum`: exact sum of floats, rounded once.
fn fsum(iterable: &Obj) -> PyResult<f64> {
    let it = protocol::iter(iterable)?;
    let mut p: Vec<f64> = Vec::new();
    let (mut special, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = protocol::next(&it)? {
        let mut x = to_f64(&item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(special);
    }
    let mut n = p.len();
    let mut hi = 0.0;
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(hi)
}

fn prod(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let (pos, kws) = split(a, k);
    if pos.len() != 1 {
        return Err(type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            pos.len()
        )));
    }
    let mut acc = int::from_i64(1);
    for (name, v) in kws {
        if name != "start" {
            return Err(type_error(format!(
                "prod() got an unexpected keyword argument '{name}'"
            )));
        }
        acc = v.clone();
    }
    let it = protocol::iter(&pos[0])?;
    while let Some(x) = protocol::next(&it)? {
        acc = protocol::binary_op(&acc, &x, crate::types::typeobj::BinOp::Mul)?;
    }
    Ok(acc)
}

fn dist(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let a = positional("dist", a, k, 2, 2)?;
    for o in a {
        if !tuple::is_tuple(o) && !crate::types::list::is_list(o) {
            return Err(type_error(format!(
                "dist(): argument must be tuple, not {}",
                protocol::type_name(o)
            )));
        }
    }
    let p = protocol::collect(&a[0])?;
    let q = protocol::collect(&a[1])?;
    if p.len() != q.len() {
        return Err(value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut v = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(&q) {
        v.push(to_f64(x)? - to_f64(y)?);
    }
    Ok(float::new_float(norm(v)))
}

/// CPython's `vector_norm`: the Euclidean norm with extended precision.
fn norm(v: Vec<f64>) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    let mut vec = Vec::with_capacity(v.len());
    for x in v {
        let x = x.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        vec.push(x);
    }
    vector_norm(&mut vec, max, found_nan)
}

fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = ldexp(1.0, -(max_e as i64));
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &x in vec.iter() {
        let x = x * scale;
        let (hi, lo) = dl_mul(x, x);
        let (s, sl) = dl_fast_sum(csum, hi);
        csum = s;
        frac1 += lo;
        frac2 += sl;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = dl_mul(-h, h);
    let (s, sl) = dl_fast_sum(csum, hi);
    csum = s;
    frac1 += lo;
    frac2 += sl;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

fn dl_fast_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    (x, (a - x) + b)
}

fn dl_mul(x: f64, y: f64) -> (f64, f64) {
    let z = x * y;
    (z, x.mul_add(y, -z))
}

const SQRTPI: f64 = 1.772_453_850_905_516;

fn erf_series(x: f64) -> f64 {
    let x2 = x * x;
    let mut acc = 0.0;
    let mut fk = 25.0 + 0.5;
    for _ in 0..25 {
        acc = 2.0 + x2 * acc / fk;
        fk -= 1.0;
    }
    acc * x * (-x2).exp() / SQRTPI
}

fn erfc_contfrac(x: f64) -> f64 {
    if x >= 30.0 {
        return 0.0;
    }
    let x2 = x * x;
    let (mut a, mut da) = (0.0, 0.5);
    let (mut p, mut p_last) = (1.0, 0.0);
    let (mut q, mut q_last) = (da + x2, 1.0);
    for _ in 0..50 {
        a += da;
        da += 2.0;
        let b = da + x2;
        let t = p;
        p = b * p - a * p_last;
        p_last = t;
        let t = q;
        q = b * q - a * q_last;
        q_last = t;
    }
    p / q * x * (-x2).exp() / SQRTPI
}

fn erf(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x.abs() < 1.5 {
        erf_series(x)
    } else {
        let cf = erfc_contfrac(x.abs());
        if x > 0.0 { 1.0 - cf } else { cf - 1.0 }
    }
}

fn erfc(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x.abs() < 1.5 {
        1.0 - erf_series(x)
    } else {
        let cf = erfc_contfrac(x.abs());
        if x > 0.0 { cf } else { 2.0 - cf }
    }
}
