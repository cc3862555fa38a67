//! Exact conversions between ints, floats and text that the numeric types
//! share: correctly rounded int -> float and rational -> float, float ->
//! int truncation, exact int/float comparison, and the normalization of
//! numeric text (Unicode digits and spaces) that `int()`, `float()` and
//! `complex()` apply before parsing.

use std::cmp::Ordering;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

/// `num / den` correctly rounded (half to even) to a float; `None` when
/// the result is too large for a float. `den` must not be zero.
pub fn ratio_to_f64(num: &BigInt, den: &BigInt) -> Option<f64> {
    let neg = (num.sign() == Sign::Minus) != (den.sign() == Sign::Minus);
    let signed = |x: f64| if neg { -x } else { x };
    let (a, b) = (num.magnitude(), den.magnitude());
    if a.is_zero() {
        return Some(signed(0.0));
    }
    // Scale so that the integer quotient has 55 or 56 bits.
    let s = 55 - (a.bits() as i64 - b.bits() as i64);
    let (q, r) = if s >= 0 {
        (a << s as u64).div_rem(b)
    } else {
        a.div_rem(&(b << (-s) as u64))
    };
    let q = q.to_u64()?;
    let sticky = !r.is_zero();
    let nq = 64 - q.leading_zeros() as i64;
    let msb = nq - 1 - s;
    if msb > 1023 {
        return None;
    }
    // Bits of precision the result has: 53, fewer for subnormals.
    let keep = if msb >= -1022 { 53 } else { 53 - (-1022 - msb) };
    if keep < 0 {
        return Some(signed(0.0));
    }
    let drop = nq - keep;
    let mut m = q >> drop;
    let rem = q & ((1u64 << drop) - 1);
    let half = 1u64 << (drop - 1);
    if rem > half || (rem == half && (sticky || m & 1 == 1)) {
        m += 1;
    }
    let v = ldexp(m as f64, drop - s);
    if v.is_infinite() {
        return None;
    }
    Some(signed(v))
}

/// An int as a float, correctly rounded; `None` when too large.
pub fn big_to_f64(x: &BigInt) -> Option<f64> {
    if let Some(i) = x.to_i64() {
        // Rust's i64 -> f64 conversion rounds to nearest, ties to even.
        return Some(i as f64);
    }
    ratio_to_f64(x, &BigInt::from(1))
}

/// `x * 2**e`, exact whenever the result is representable.
pub fn ldexp(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
        if x.is_infinite() {
            return x;
        }
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
        if x == 0.0 {
            return x;
        }
    }
    x * 2f64.powi(e as i32)
}

/// A finite float's mantissa and exponent: `x == m * 2**e` exactly, `m`
/// an odd integer (or zero).
pub fn decompose(x: f64) -> (BigInt, i64) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    if m == 0 {
        return (BigInt::zero(), 0);
    }
    let tz = m.trailing_zeros();
    m >>= tz;
    e += tz as i64;
    let m = BigInt::from(m);
    (if x < 0.0 { -m } else { m }, e)
}

/// The integer part of a finite float, exactly.
pub fn f64_to_big(x: f64) -> BigInt {
    let (m, e) = decompose(x.trunc());
    if e >= 0 {
        m << e as u64
    } else {
        m >> (-e) as u64
    }
}

/// Compares a float with an int exactly; `None` when `x` is NaN.
pub fn compare_f64_big(x: f64, i: &BigInt) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    let t = x.trunc();
    match f64_to_big(t).cmp(i) {
        Ordering::Equal => (x - t).partial_cmp(&0.0),
        other => Some(other),
    }
}

/// The value of a decimal digit in any script (Unicode category Nd).
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    let n = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= n);
    (i > 0 && n - DECIMAL_ZEROS[i - 1] < 10).then(|| n - DECIMAL_ZEROS[i - 1])
}

/// Numeric text as the parsers see it (CPython's
/// `_PyUnicode_TransformDecimalAndSpaceToASCII`): Unicode decimal digits
/// become ASCII digits, Unicode spaces become ' ', other non-ASCII
/// characters become '?' (which no parser accepts).
pub fn normalize_numeric_text(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                c
            } else if c.is_whitespace() {
                ' '
            } else if let Some(d) = decimal_value(c) {
                char::from_digit(d, 10).unwrap_or('?')
            } else {
                '?'
            }
        })
        .collect()
}

/// Whether every `_` in `s` sits between two ASCII digits (PEP 515).
pub fn underscores_ok(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter().enumerate().all(|(i, &c)| {
        c != b'_'
            || (i > 0 && i + 1 < b.len() && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit())
    })
}

/// A BigUint helper: `10**n`.
pub fn pow10(n: u64) -> BigUint {
    num_traits::pow::Pow::pow(BigUint::from(10u32), n)
}

/// The code point of digit zero of every Unicode decimal-digit block
/// (category Nd) outside ASCII; each block holds 0-9 in order.
const DECIMAL_ZEROS: [u32; 65] = [
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
    0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
    0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];
