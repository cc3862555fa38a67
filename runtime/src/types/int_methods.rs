//! The constructor and the methods of `int` (and `bool`'s constructor):
//! `int(x)`, `int(s, base)`, `bit_length`, `to_bytes`, `from_bytes`,
//! `__round__`, ..., and three-argument `pow`.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::args::Sig;
use crate::error::{PyResult, overflow_error, type_error, value_error};
use crate::object::{Obj, alloc};
use crate::protocol;
use crate::rt;
use crate::types::descr::{add_classmethod, add_getter};
use crate::types::function::add_method;
use crate::types::int::{IntData, expected_int, from_big, is_int, value};
use crate::types::str::as_str;
use crate::types::typeobj_ops::with_data;

/// Fills the namespace of `int`.
pub fn init(t: &Obj) {
    add_method(t, "bit_length", |a, k| {
        no_args("bit_length", a, k)?;
        Ok(from_big(BigInt::from(self_value(a)?.bits())))
    });
    add_method(t, "bit_count", |a, k| {
        no_args("bit_count", a, k)?;
        let v = self_value(a)?;
        let n: u64 = v
            .magnitude()
            .iter_u64_digits()
            .map(|d| d.count_ones() as u64)
            .sum();
        Ok(from_big(BigInt::from(n)))
    });
    add_method(t, "as_integer_ratio", |a, k| {
        no_args("as_integer_ratio", a, k)?;
        Ok(crate::types::tuple::new_tuple(vec![
            from_big(self_value(a)?),
            Obj::small(1),
        ]))
    });
    add_method(t, "conjugate", exact_self);
    add_method(t, "__index__", exact_self);
    add_method(t, "__int__", exact_self);
    add_method(t, "__trunc__", exact_self);
    add_method(t, "__floor__", exact_self);
    add_method(t, "__ceil__", exact_self);
    add_method(t, "__float__", |a, k| {
        no_args("__float__", a, k)?;
        Ok(crate::types::float::new_float(crate::types::int::to_f64(
            &self_value(a)?,
        )?))
    });
    add_method(t, "__round__", int_round);
    add_method(t, "__format__", |a, _| {
        let spec = a
            .get(1)
            .and_then(|s| as_str(s))
            .ok_or_else(|| type_error("__format__() argument must be str"))?;
        if spec.is_empty() {
            return protocol::str(&a[0]);
        }
        let name = protocol::type_name(&a[0]);
        let s = crate::types::numfmt::format_int_named(&self_value(a)?, spec, &name)?;
        Ok(crate::types::str::new_str(&s))
    });
    add_method(t, "__getnewargs__", |a, _| {
        Ok(crate::types::tuple::new_tuple(vec![from_big(self_value(
            a,
        )?)]))
    });
    add_method(t, "to_bytes", to_bytes);
    add_classmethod(t, "from_bytes", from_bytes);
    add_getter(t, "real", |o| Ok(from_big(value(o).unwrap_or_default())));
    add_getter(t, "imag", |_| Ok(Obj::small(0)));
    add_getter(t, "numerator", |o| {
        Ok(from_big(value(o).unwrap_or_default()))
    });
    add_getter(t, "denominator", |_| Ok(Obj::small(1)));
}

fn self_value(a: &[Obj]) -> PyResult<BigInt> {
    a.first()
        .and_then(value)
        .ok_or_else(|| type_error("descriptor requires an 'int' object"))
}

fn no_args(name: &str, a: &[Obj], k: &[Obj]) -> PyResult<()> {
    if !k.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    if a.len() > 1 {
        return Err(type_error(format!(
            "{name}() takes no arguments ({} given)",
            a.len() - 1
        )));
    }
    Ok(())
}

/// `self` as an exact int (methods that return `int(self)`).
fn exact_self(a: &[Obj], _k: &[Obj]) -> PyResult<Obj> {
    Ok(from_big(self_value(a)?))
}

/// `int.__new__(cls, x=0, base=10)`.
pub fn int_new(cls: &Obj, args: &[Obj], kwnames: &[Obj]) -> PyResult<Obj> {
    const SIG: Sig = Sig::clinic("int", &["", "base"], 0).posonly(1);
    let bound = SIG.bind(args, kwnames)?;
    let v = match (&bound[0], &bound[1]) {
        (None, None) => BigInt::zero(),
        (None, Some(_)) => return Err(type_error("int() missing string argument")),
        (Some(x), None) => to_int(x)?,
        (Some(x), Some(b)) => {
            let base = crate::types::int::to_index(b)?.ok_or_else(|| expected_int(b))?;
            if base != 0 && !(2..=36).contains(&base) {
                return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let bytes_arg = crate::types::bytes::as_bytes(x)
                .map(<[u8]>::to_vec)
                .or_else(|| crate::types::bytearray::contents(x));
            match as_str(x) {
                Some(s) => crate::types::int::parse_big(s, base as u32)?,
                None if bytes_arg.is_some() => {
                    parse_bytes(&bytes_arg.unwrap_or_default(), base as u32)?
                }
                None => {
                    return Err(type_error(
                        "int() can't convert non-string with explicit base",
                    ));
                }
            }
        }
    };
    Ok(with_class(cls, v))
}

/// An int of class `cls` (int itself, or a subclass).
fn with_class(cls: &Obj, v: BigInt) -> Obj {
    if cls.is(&rt::int_type()) {
        return from_big(v);
    }
    let o = alloc(cls.clone(), IntData(v));
    if with_data(cls, |d| d.instance_dict) {
        o.set_dict(Some(crate::types::dict::new_dict()));
    }
    o
}

/// `int(x)` for one argument: `__int__`, `__index__`, `__trunc__`, then
/// strings, in CPython 3.11's order.
pub fn to_int(x: &Obj) -> PyResult<BigInt> {
    if let Some(i) = x.as_small() {
        return Ok(BigInt::from(i));
    }
    if x.ty().is(&rt::int_type()) {
        return Ok(value(x).unwrap_or_default());
    }
    let (int_slot, index_slot) = x.with_type(|t| (t.slots.int.get(), t.slots.index.get()));
    if let Some(f) = int_slot {
        let r = f(x)?;
        return value(&r).ok_or_else(|| {
            type_error(format!(
                "__int__ returned non-int (type {})",
                protocol::type_name(&r)
            ))
        });
    }
    if index_slot.is_some() {
        return index_value(x);
    }
    if let Some(r) = protocol::call_special(x, "__trunc__", &[])? {
        if let Some(v) = value(&r) {
            return Ok(v);
        }
        if r.with_type(|t| t.slots.index.get()).is_none() {
            return Err(type_error(format!(
                "__trunc__ returned non-Integral (type {})",
                protocol::type_name(&r)
            )));
        }
        return index_value(&r);
    }
    if let Some(s) = as_str(x) {
        return crate::types::int::parse_big(s, 10);
    }
    if let Some(b) = crate::types::bytes::bytes_like(x) {
        return parse_bytes(&b, 10);
    }
    Err(type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        protocol::type_name(x)
    )))
}

/// `int(b, base)` for bytes-like `b`: the ASCII digits parsed as a str
/// would be, with the bytes' repr in the error.
fn parse_bytes(b: &[u8], base: u32) -> PyResult<BigInt> {
    let err = || {
        value_error(format!(
            "invalid literal for int() with base {base}: {}",
            crate::types::bytes::repr(b)
        ))
    };
    if !b.is_ascii() {
        return Err(err());
    }
    let s = String::from_utf8_lossy(b);
    crate::types::int::parse_big(&s, base).map_err(|e| {
        let over_limit = protocol::str_string(&e.exc).is_ok_and(|m| m.contains("limit"));
        if e.matches(crate::rt::Exc::ValueError) && !over_limit {
            err()
        } else {
            e
        }
    })
}

/// `operator.index(x)` as a BigInt, with CPython's errors.
pub fn index_value(x: &Obj) -> PyResult<BigInt> {
    if let Some(v) = value(x) {
        return Ok(v);
    }
    match x.with_type(|t| t.slots.index.get()) {
        Some(f) => {
            let r = f(x)?;
            value(&r).ok_or_else(|| {
                type_error(format!(
                    "__index__ returned non-int (type {})",
                    protocol::type_name(&r)
                ))
            })
        }
        None => Err(expected_int(x)),
    }
}

/// `bool.__new__(cls, x=False)`.
pub fn bool_new(_cls: &Obj, args: &[Obj], kwnames: &[Obj]) -> PyResult<Obj> {
    if !kwnames.is_empty() {
        return Err(type_error("bool() takes no keyword arguments"));
    }
    match args {
        [] => Ok(rt::bool_obj(false)),
        [x] => Ok(rt::bool_obj(protocol::truth(x)?)),
        _ => Err(type_error(format!(
            "bool expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}

/// `int.__round__(self, ndigits)`: half to even at `10**-ndigits`.
fn int_round(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    const SIG: Sig = Sig::clinic("__round__", &["ndigits"], 0).posonly(1);
    let v = self_value(a)?;
    let bound = SIG.bind(&a[1..], k)?;
    let Some(nd) = &bound[0] else {
        return Ok(from_big(v));
    };
    let nd = index_value(nd)?;
    if !nd.is_negative() {
        return Ok(from_big(v));
    }
    Ok(from_big(round_int(&v, &(-nd))))
}

/// `v` rounded half to even to a multiple of `10**n` (`n > 0`).
pub fn round_int(v: &BigInt, n: &BigInt) -> BigInt {
    // More digits than `v` has: the result is 0 (|v| < 10**n / 2).
    let digits = (v.bits() as f64 * std::f64::consts::LOG10_2) as u64 + 2;
    let n = match n.to_u64() {
        Some(n) if n <= digits => n,
        _ => return BigInt::zero(),
    };
    let p = BigInt::from(crate::types::numconv::pow10(n));
    let (q, r) = v.div_mod_floor(&p);
    let twice: BigInt = &r * 2;
    let q = match twice.cmp(&p) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    };
    q * p
}

fn byteorder_little(o: Option<&Obj>) -> PyResult<bool> {
    let Some(o) = o else {
        return Ok(false);
    };
    match as_str(o) {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        Some(_) => Err(value_error("byteorder must be either 'little' or 'big'")),
        None => Err(type_error(format!(
            "to_bytes() argument 'byteorder' must be str, not {}",
            protocol::type_name(o)
        ))),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    const SIG: Sig = Sig::clinic("to_bytes", &["length", "byteorder", "signed"], 0).kwonly(2);
    let v = self_value(a)?;
    let b = SIG.bind(&a[1..], k)?;
    let length = match &b[0] {
        Some(l) => crate::types::int::to_index(l)?.ok_or_else(|| expected_int(l))?,
        None => 1,
    };
    if length < 0 {
        return Err(value_error("length argument must be non-negative"));
    }
    let little = byteorder_little(b[1].as_ref())?;
    let signed = match &b[2] {
        Some(s) => protocol::truth(s)?,
        None => false,
    };
    let bytes = int_to_bytes(&v, length as usize, little, signed)?;
    Ok(crate::types::bytes::new_bytes(bytes))
}

/// The bytes of `v` in two's complement (when `signed`), `length` long.
pub fn int_to_bytes(v: &BigInt, length: usize, little: bool, signed: bool) -> PyResult<Vec<u8>> {
    if !signed && v.is_negative() {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let fits = if signed {
        // -2**(8n-1) <= v < 2**(8n-1)
        let bits = if v.is_negative() {
            (-v - 1u32).bits()
        } else {
            v.bits()
        };
        length > 0 && bits < 8 * length as u64 || (length == 0 && v.is_zero())
    } else {
        v.bits() <= 8 * length as u64
    };
    if !fits {
        return Err(overflow_error("int too big to convert"));
    }
    let mut out = v.to_signed_bytes_le();
    let fill = if v.is_negative() { 0xff } else { 0 };
    out.resize(length.max(out.len()), fill);
    out.truncate(length);
    if !little {
        out.reverse();
    }
    Ok(out)
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (a class
/// method: `a[0]` is the class).
fn from_bytes(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    const SIG: Sig = Sig::clinic("from_bytes", &["bytes", "byteorder", "signed"], 1).kwonly(2);
    let cls = a[0].clone();
    let b = SIG.bind(&a[1..], k)?;
    let src = b[0].clone().unwrap_or_else(rt::none);
    if crate::types::str::is_str(&src) {
        return Err(type_error("cannot convert 'str' object to bytes"));
    }
    let mut bytes = Vec::new();
    for item in protocol::collect(&src).map_err(|_| {
        type_error(format!(
            "cannot convert '{}' object to bytes",
            protocol::type_name(&src)
        ))
    })? {
        let v = crate::types::int::to_index(&item)?.ok_or_else(|| expected_int(&item))?;
        if !(0..256).contains(&v) {
            return Err(value_error("bytes must be in range(0, 256)"));
        }
        bytes.push(v as u8);
    }
    let little = byteorder_little(b[1].as_ref())?;
    let signed = match &b[2] {
        Some(s) => protocol::truth(s)?,
        None => false,
    };
    let v = int_from_bytes(&bytes, little, signed);
    if cls.is(&rt::int_type()) {
        Ok(from_big(v))
    } else {
        protocol::call(&cls, &[from_big(v)], &[])
    }
}

/// The int whose bytes are `bytes`.
pub fn int_from_bytes(bytes: &[u8], little: bool, signed: bool) -> BigInt {
    let mut b = bytes.to_vec();
    if !little {
        b.reverse();
    }
    if signed {
        BigInt::from_signed_bytes_le(&b)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &b)
    }
}

/// `pow(a, b, m)`: modular exponentiation for ints (a negative exponent
/// uses the modular inverse), CPython's errors otherwise.
pub fn pow3(a: &Obj, b: &Obj, m: &Obj) -> PyResult<Obj> {
    if rt::is_none(m) {
        return protocol::binary_op(a, b, crate::types::typeobj::BinOp::Pow);
    }
    if !(is_int(a) && is_int(b) && is_int(m)) {
        let numeric = |o: &Obj| {
            is_int(o)
                || crate::types::float::value(o).is_some()
                || crate::types::complex::value(o).is_some()
        };
        if numeric(a) && numeric(b) && numeric(m) {
            if crate::types::complex::value(a).is_some()
                || crate::types::complex::value(b).is_some()
            {
                return Err(value_error("complex modulo"));
            }
            return Err(type_error(
                "pow() 3rd argument not allowed unless all arguments are integers",
            ));
        }
        if let Some(r) = protocol::call_special(a, "__pow__", &[b.clone(), m.clone()])?
            && !rt::is_not_implemented(&r)
        {
            return Ok(r);
        }
        return Err(type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            protocol::type_name(a),
            protocol::type_name(b),
            protocol::type_name(m)
        )));
    }
    let (x, e, n) = (
        value(a).unwrap_or_default(),
        value(b).unwrap_or_default(),
        value(m).unwrap_or_default(),
    );
    if n.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let modulus = n.abs();
    let mut base = x.mod_floor(&modulus);
    let mut exp = e.clone();
    if e.is_negative() {
        base = mod_inverse(&base, &modulus)
            .ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
        exp = -e;
    }
    let mut r = if modulus.is_one() {
        BigInt::zero()
    } else {
        base.modpow(&exp, &modulus)
    };
    // The result takes the sign of the modulus, like `%`.
    if n.is_negative() && !r.is_zero() {
        r += &n;
    }
    Ok(from_big(r))
}

/// The inverse of `a` modulo `m` (`m > 0`, `0 <= a < m`).
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    if m.is_one() {
        return Some(BigInt::zero());
    }
    let e = a.extended_gcd(m);
    e.gcd.is_one().then(|| e.x.mod_floor(m))
}
