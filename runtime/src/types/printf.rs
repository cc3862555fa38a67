//! printf-style formatting: `str % args` and `bytes % args`
//! (`%s %r %a %d %i %u %x %X %o %e %E %f %F %g %G %c %%`, `%(key)s`,
//! `*` width and precision, flags `-+ #0`), with CPython's errors.
//!
//! Both run on a sequence of code points: a bytes template is read as
//! Latin-1 and the result written back byte for byte.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::error::{PyResult, overflow_error, type_error, value_error};
use crate::object::Obj;
use crate::protocol;
use crate::types::str::as_str;

/// `template % args` for str.
pub fn format_str(template: &str, args: &Obj) -> PyResult<String> {
    let chars: Vec<char> = template.chars().collect();
    let out = run(&chars, args, false)?;
    Ok(out.into_iter().collect())
}

/// `template % args` for bytes and bytearray.
pub fn format_bytes(template: &[u8], args: &Obj) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = template.iter().map(|&b| b as char).collect();
    let out = run(&chars, args, true)?;
    Ok(out.into_iter().map(|c| c as u32 as u8).collect())
}

struct Spec {
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
    width: usize,
    prec: Option<usize>,
}

fn run(fmt: &[char], args: &Obj, bytes: bool) -> PyResult<Vec<char>> {
    let is_tuple = crate::types::tuple::is_tuple(args);
    let items: Vec<Obj> = if is_tuple {
        crate::types::tuple::items(args).to_vec()
    } else {
        vec![args.clone()]
    };
    let is_mapping = !is_tuple
        && !crate::types::str::is_str(args)
        && crate::types::bytes::bytes_like(args).is_none()
        && args.with_type(|t| t.slots.getitem.get()).is_some();
    let mut next = 0usize;
    let mut out: Vec<char> = Vec::with_capacity(fmt.len());
    let mut i = 0;
    let take = |next: &mut usize| -> PyResult<Obj> {
        let v = items
            .get(*next)
            .cloned()
            .ok_or_else(|| type_error("not enough arguments for format string"))?;
        *next += 1;
        Ok(v)
    };
    let mut used_mapping = false;
    while i < fmt.len() {
        let c = fmt[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut key_value: Option<Obj> = None;
        if fmt.get(i) == Some(&'(') {
            if !is_mapping {
                return Err(type_error("format requires a mapping"));
            }
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < fmt.len() && depth > 0 {
                match fmt[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(value_error("incomplete format key"));
            }
            let key_text: String = fmt[start..i - 1].iter().collect();
            let key = if bytes {
                crate::types::bytes::new_bytes(key_text.chars().map(|c| c as u32 as u8).collect())
            } else {
                crate::types::str::new_str(&key_text)
            };
            key_value = Some(protocol::getitem(args, &key)?);
            used_mapping = true;
        }
        let mut spec = Spec {
            left: false,
            plus: false,
            space: false,
            alt: false,
            zero: false,
            width: 0,
            prec: None,
        };
        while let Some(&f) = fmt.get(i) {
            match f {
                '-' => spec.left = true,
                '+' => spec.plus = true,
                ' ' => spec.space = true,
                '#' => spec.alt = true,
                '0' => spec.zero = true,
                _ => break,
            }
            i += 1;
        }
        if fmt.get(i) == Some(&'*') {
            i += 1;
            let w = take(&mut next)?;
            let w = crate::types::int::as_i64(&w).ok_or_else(|| type_error("* wants int"))?;
            if w < 0 {
                spec.left = true;
            }
            spec.width = w.unsigned_abs() as usize;
        } else {
            spec.width = digits(fmt, &mut i, "width")?;
        }
        if fmt.get(i) == Some(&'.') {
            i += 1;
            if fmt.get(i) == Some(&'*') {
                i += 1;
                let p = take(&mut next)?;
                let p = crate::types::int::as_i64(&p).ok_or_else(|| type_error("* wants int"))?;
                spec.prec = Some(p.max(0) as usize);
            } else {
                spec.prec = Some(digits(fmt, &mut i, "precision")?);
            }
        }
        // Length modifiers are accepted and ignored, as in CPython.
        while matches!(fmt.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&conv) = fmt.get(i) else {
            return Err(value_error("incomplete format"));
        };
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let arg = match key_value.take() {
            Some(v) => v,
            None => take(&mut next)?,
        };
        let body: Vec<char> = match conv {
            's' | 'r' | 'a' | 'b' => {
                let text = text_of(&arg, conv, bytes)?;
                let mut v: Vec<char> = text;
                if let Some(p) = spec.prec {
                    v.truncate(p);
                }
                v
            }
            'c' => vec![char_of(&arg, bytes)?],
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let n = int_of(&arg, conv)?;
                let s = format_int(&n, conv, &spec);
                return_pad(&mut out, s, &spec, true);
                continue;
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = float_of(&arg)?;
                let s = format_float(x, conv, &spec);
                return_pad(&mut out, s, &spec, x.is_finite());
                continue;
            }
            _ => {
                return Err(value_error(format!(
                    "unsupported format character '{conv}' (0x{:x}) at index {}",
                    conv as u32,
                    i - 1
                )));
            }
        };
        let s: String = body.into_iter().collect();
        let mut plain = spec;
        plain.zero = false;
        return_pad(&mut out, s, &plain, false);
    }
    if next < items.len() && !used_mapping && !is_mapping {
        return Err(type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(out)
}

fn digits(fmt: &[char], i: &mut usize, what: &str) -> PyResult<usize> {
    let mut v: usize = 0;
    while let Some(d) = fmt.get(*i).and_then(|c| c.to_digit(10)) {
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= i32::MAX as usize)
            .ok_or_else(|| value_error(format!("{what} too big")))?;
        *i += 1;
    }
    Ok(v)
}

/// Pads a converted value into `out`; numbers zero-pad after the sign.
fn return_pad(out: &mut Vec<char>, s: String, spec: &Spec, numeric: bool) {
    let n = s.chars().count();
    if n >= spec.width {
        out.extend(s.chars());
        return;
    }
    let fill = spec.width - n;
    if spec.left {
        out.extend(s.chars());
        out.extend(std::iter::repeat_n(' ', fill));
    } else if spec.zero && numeric {
        let chars: Vec<char> = s.chars().collect();
        let mut split = usize::from(matches!(chars.first(), Some('+' | '-' | ' ')));
        if chars.len() >= split + 2
            && chars[split] == '0'
            && matches!(chars[split + 1], 'x' | 'X' | 'o')
        {
            split += 2;
        }
        out.extend(&chars[..split]);
        out.extend(std::iter::repeat_n('0', fill));
        out.extend(&chars[split..]);
    } else {
        out.extend(std::iter::repeat_n(' ', fill));
        out.extend(s.chars());
    }
}

fn text_of(arg: &Obj, conv: char, bytes: bool) -> PyResult<Vec<char>> {
    if bytes {
        return Ok(match conv {
            's' | 'b' => match crate::types::bytes::bytes_like(arg) {
                Some(b) => b.iter().map(|&x| x as char).collect(),
                None => {
                    return Err(type_error(format!(
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                        protocol::type_name(arg)
                    )));
                }
            },
            _ => crate::types::str::escape_non_ascii(&protocol::repr_string(arg)?)
                .chars()
                .collect(),
        });
    }
    let s = match conv {
        's' => protocol::str_string(arg)?,
        'r' => protocol::repr_string(arg)?,
        'a' => crate::types::str::escape_non_ascii(&protocol::repr_string(arg)?),
        _ => {
            return Err(value_error(format!(
                "unsupported format character '{conv}' (0x{:x})",
                conv as u32
            )));
        }
    };
    Ok(s.chars().collect())
}

fn char_of(arg: &Obj, bytes: bool) -> PyResult<char> {
    if bytes {
        if let Some(b) = crate::types::bytes::bytes_like(arg)
            && b.len() == 1
        {
            return Ok(b[0] as char);
        }
        return match crate::types::int::as_i64(arg) {
            Some(v) if (0..256).contains(&v) => Ok(v as u8 as char),
            Some(_) => Err(overflow_error("%c arg not in range(256)")),
            None => Err(type_error(
                "%c requires an integer in range(256) or a single byte",
            )),
        };
    }
    if let Some(s) = as_str(arg) {
        let mut it = s.chars();
        if let (Some(c), None) = (it.next(), it.next()) {
            return Ok(c);
        }
        return Err(type_error("%c requires int or char"));
    }
    match crate::types::int::value(arg) {
        Some(v) => v
            .to_u32()
            .and_then(char::from_u32)
            .ok_or_else(|| overflow_error("%c arg not in range(0x110000)")),
        None => Err(type_error("%c requires int or char")),
    }
}

fn int_of(arg: &Obj, conv: char) -> PyResult<BigInt> {
    if let Some(v) = crate::types::int::value(arg) {
        return Ok(v);
    }
    if let Some(f) = crate::types::float::value(arg)
        && matches!(conv, 'd' | 'i' | 'u')
    {
        if !f.is_finite() {
            return Err(if f.is_nan() {
                value_error("cannot convert float NaN to integer")
            } else {
                overflow_error("cannot convert float infinity to integer")
            });
        }
        return Ok(num_bigint::BigInt::from(f.trunc() as i128));
    }
    Err(type_error(match conv {
        'd' | 'i' | 'u' => format!(
            "%{conv} format: a real number is required, not {}",
            protocol::type_name(arg)
        ),
        _ => format!(
            "%{conv} format: an integer is required, not {}",
            protocol::type_name(arg)
        ),
    }))
}

fn float_of(arg: &Obj) -> PyResult<f64> {
    match crate::types::float::coerce(arg)? {
        Some(f) => Ok(f),
        None => Err(type_error(format!(
            "must be real number, not {}",
            protocol::type_name(arg)
        ))),
    }
}

fn sign_prefix(neg: bool, spec: &Spec) -> &'static str {
    if neg {
        "-"
    } else if spec.plus {
        "+"
    } else if spec.space {
        " "
    } else {
        ""
    }
}

fn format_int(n: &BigInt, conv: char, spec: &Spec) -> String {
    let mag = n.abs();
    let (mut digits, prefix) = match conv {
        'x' => (mag.to_str_radix(16), "0x"),
        'X' => (mag.to_str_radix(16).to_uppercase(), "0X"),
        'o' => (mag.to_str_radix(8), "0o"),
        _ => (mag.to_string(), ""),
    };
    if let Some(p) = spec.prec
        && digits.len() < p
    {
        digits = format!("{}{digits}", "0".repeat(p - digits.len()));
    }
    let prefix = if spec.alt { prefix } else { "" };
    format!("{}{prefix}{digits}", sign_prefix(n.is_negative(), spec))
}

/// `%e`/`%f`/`%g` of a float (also used by bytes).
fn format_float(x: f64, conv: char, spec: &Spec) -> String {
    let upper = conv.is_ascii_uppercase();
    let neg = x.is_sign_negative() && !x.is_nan();
    let body = if x.is_nan() {
        "nan".to_string()
    } else if x.is_infinite() {
        "inf".to_string()
    } else {
        let p = spec.prec.unwrap_or(6);
        match conv.to_ascii_lowercase() {
            'e' => exp_form(x.abs(), p, spec.alt),
            'f' => {
                let s = format!("{:.*}", p, x.abs());
                if spec.alt && p == 0 {
                    format!("{s}.")
                } else {
                    s
                }
            }
            _ => general_form(x.abs(), p, spec.alt),
        }
    };
    let body = if upper { body.to_uppercase() } else { body };
    format!("{}{body}", sign_prefix(neg, spec))
}

fn exp_form(x: f64, p: usize, alt: bool) -> String {
    let s = format!("{:.*e}", p, x);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = exp.parse().unwrap_or(0);
    let mant = if alt && p == 0 {
        format!("{mant}.")
    } else {
        mant.to_string()
    };
    format!("{mant}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
}

fn general_form(x: f64, p: usize, alt: bool) -> String {
    let p = p.max(1);
    let exp = if x.is_zero() {
        0
    } else {
        let s = format!("{:.*e}", p - 1, x);
        s.split_once('e')
            .and_then(|(_, e)| e.parse::<i32>().ok())
            .unwrap_or(0)
    };
    let s = if exp >= -4 && exp < p as i32 {
        format!("{:.*}", (p as i32 - 1 - exp).max(0) as usize, x)
    } else {
        exp_form(x, p - 1, false)
    };
    if alt {
        if !s.contains('.') {
            return match s.split_once('e') {
                Some((m, e)) => format!("{m}.e{e}"),
                None => format!("{s}."),
            };
        }
        return s;
    }
    match s.split_once('e') {
        Some((m, e)) => format!("{}e{e}", strip_zeros(m)),
        None => strip_zeros(&s).to_string(),
    }
}

fn strip_zeros(m: &str) -> &str {
    if m.contains('.') {
        m.trim_end_matches('0').trim_end_matches('.')
    } else {
        m
    }
}
