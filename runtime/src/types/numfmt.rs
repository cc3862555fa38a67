//! The format-spec mini-language for numbers: `format(int, spec)` and
//! `format(float, spec)`, exactly as CPython 3.11's `Python/formatter_unicode.c`
//! and `PyOS_double_to_string` behave.
//!
//! ```text
//!   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
//! ```
//!
//! Entry points: `format_int`, `format_float` (and `parse_spec`, which the
//! str formatter can share). An empty spec is the caller's business: CPython
//! returns `str(obj)` for it (which matters for bool and for subclasses);
//! these functions then give the plain digits.
//!
//! Digits come from Rust's float formatting, which is exact: `{:.N}` and
//! `{:.Ne}` round the exact binary value half-to-even like dtoa's modes 2
//! and 3, and `{:e}` gives the shortest round-tripping digits like mode 0.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::error::{PyErr, PyResult, overflow_error, value_error};
use crate::rt;

/// A parsed format spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character (default space).
    pub fill: char,
    /// `<`, `>`, `^` or `=`; `None` when not given (the caller's default).
    pub align: Option<char>,
    /// `+`, `-` or space; `None` when not given.
    pub sign: Option<char>,
    /// `z`: negative zero coerced to zero (3.11).
    pub no_neg_0: bool,
    /// `#`.
    pub alternate: bool,
    /// The minimum width.
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    /// `.precision`.
    pub precision: Option<usize>,
    /// The presentation type; `None` when not given.
    pub ty: Option<char>,
}

/// Parses `spec` as CPython's `parse_internal_render_format_spec` does.
/// `type_name` is for error messages; `default_align` is `>` for numbers
/// and `<` for strings (it decides whether a leading `0` implies `=`).
pub fn parse_spec(spec: &str, type_name: &str, default_align: char) -> PyResult<FormatSpec> {
    let c: Vec<char> = spec.chars().collect();
    let is_align = |ch: char| matches!(ch, '<' | '>' | '^' | '=');
    let mut out = FormatSpec {
        fill: ' ',
        align: None,
        sign: None,
        no_neg_0: false,
        alternate: false,
        width: None,
        grouping: None,
        precision: None,
        ty: None,
    };
    let mut pos = 0;
    let mut fill_given = false;
    if c.len() >= 2 && is_align(c[1]) {
        out.fill = c[0];
        out.align = Some(c[1]);
        fill_given = true;
        pos = 2;
    } else if !c.is_empty() && is_align(c[0]) {
        out.align = Some(c[0]);
        pos = 1;
    }
    if pos < c.len() && matches!(c[pos], '+' | '-' | ' ') {
        out.sign = Some(c[pos]);
        pos += 1;
    }
    if pos < c.len() && c[pos] == 'z' {
        out.no_neg_0 = true;
        pos += 1;
    }
    if pos < c.len() && c[pos] == '#' {
        out.alternate = true;
        pos += 1;
    }
    if pos < c.len() && c[pos] == '0' && !fill_given {
        out.fill = '0';
        if out.align.is_none() && default_align == '>' {
            out.align = Some('=');
        }
        pos += 1;
    }
    out.width = read_number(&c, &mut pos)?;
    if pos < c.len() && c[pos] == ',' {
        out.grouping = Some(',');
        pos += 1;
    }
    if pos < c.len() && c[pos] == '_' {
        if out.grouping.is_some() {
            return Err(value_error("Cannot specify both ',' and '_'."));
        }
        out.grouping = Some('_');
        pos += 1;
    }
    if pos < c.len() && c[pos] == ',' && out.grouping == Some('_') {
        return Err(value_error("Cannot specify both ',' and '_'."));
    }
    if pos < c.len() && c[pos] == '.' {
        pos += 1;
        out.precision = read_number(&c, &mut pos)?;
        if out.precision.is_none() {
            return Err(value_error("Format specifier missing precision"));
        }
    }
    if c.len() - pos > 1 {
        return Err(value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    if pos < c.len() {
        out.ty = Some(c[pos]);
    }
    if let Some(sep) = out.grouping {
        let t = out.ty.unwrap_or('\0');
        let ok = match t {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => true,
            'b' | 'o' | 'x' | 'X' => sep == '_',
            _ => false,
        };
        if !ok {
            return Err(value_error(format!(
                "Cannot specify '{sep}' with {}.",
                quoted_code(t)
            )));
        }
    }
    Ok(out)
}

/// `format(v, spec)` for an int.
pub fn format_int(v: &BigInt, spec: &str) -> PyResult<String> {
    format_int_named(v, spec, "int")
}

/// `format(v, spec)` for an int whose type is called `type_name` in error
/// messages (`bool`, or a subclass).
pub fn format_int_named(v: &BigInt, spec: &str, type_name: &str) -> PyResult<String> {
    let s = parse_spec(spec, type_name, '>')?;
    check_width(&s)?;
    match s.ty {
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let x = crate::types::int::to_f64(v)?;
            return render_float(x, &s);
        }
        None | Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => {}
        Some(t) => return Err(unknown_code(t, type_name)),
    }
    if s.precision.is_some() {
        return Err(value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if s.no_neg_0 {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if s.ty == Some('c') {
        if s.sign.is_some() {
            return Err(value_error(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if s.alternate {
            return Err(value_error(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let ch = v
            .to_u32()
            .and_then(char::from_u32)
            .or_else(|| {
                // Lone surrogates cannot live in a Rust string; they are in
                // range for CPython, so substitute U+FFFD rather than fail.
                v.to_u32()
                    .filter(|c| (0xd800..0xe000).contains(c))
                    .map(|_| '\u{fffd}')
            })
            .ok_or_else(|| overflow_error("%c arg not in range(0x110000)"))?;
        return Ok(layout(&s, "", "", &ch.to_string(), "", false));
    }
    let (radix, prefix) = match s.ty {
        Some('b') => (2, "0b"),
        Some('o') => (8, "0o"),
        Some('x') => (16, "0x"),
        Some('X') => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.abs().to_str_radix(radix);
    if s.ty == Some('X') {
        digits.make_ascii_uppercase();
    }
    let sign = sign_str(v.is_negative(), s.sign);
    let prefix = if s.alternate { prefix } else { "" };
    Ok(layout(&s, sign, prefix, &digits, "", true))
}

/// `format(x, spec)` for a float.
pub fn format_float(x: f64, spec: &str) -> PyResult<String> {
    let s = parse_spec(spec, "float", '>')?;
    check_width(&s)?;
    match s.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' | 'n') => render_float(x, &s),
        Some(t) => Err(unknown_code(t, "float")),
    }
}

/// One part of a complex number: `x` with presentation `s` (a float type
/// or none, no width).
pub fn format_float_part(x: f64, s: &FormatSpec) -> PyResult<String> {
    render_float(x, s)
}

/// `x` with presentation `s` (the type is one of the float types or none).
fn render_float(x: f64, s: &FormatSpec) -> PyResult<String> {
    if s.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(value_error("precision too big"));
    }
    let mut ty = s.ty.unwrap_or('r');
    let mut add_dot_0 = false;
    let mut precision = s.precision;
    if s.ty.is_none() {
        add_dot_0 = true;
        if precision.is_some() {
            ty = 'g';
        }
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = x;
    let mut pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        pct = true;
    }
    let upper = ty.is_ascii_uppercase();
    let ty = ty.to_ascii_lowercase();
    let prec = precision.get_or_insert(6);
    let mut neg = val.is_sign_negative() && !val.is_nan();
    let body = if val.is_nan() {
        "nan".to_string()
    } else if val.is_infinite() {
        "inf".to_string()
    } else {
        let a = val.abs();
        match ty {
            'f' => {
                let mut t = format!("{a:.*}", *prec);
                if s.alternate && *prec == 0 {
                    t.push('.');
                }
                t
            }
            'e' => {
                let t = format!("{a:.*e}", *prec);
                let (m, e) = t.split_once('e').unwrap_or((&t, "0"));
                let dot = if s.alternate && *prec == 0 { "." } else { "" };
                format!("{m}{dot}e{}", exponent(e.parse().unwrap_or(0)))
            }
            'g' => {
                let p = (*prec).max(1);
                let t = format!("{a:.*e}", p - 1);
                let (m, e) = t.split_once('e').unwrap_or((&t, "0"));
                let mut digits: String = m.chars().filter(char::is_ascii_digit).collect();
                let decpt = e.parse::<i64>().unwrap_or(0) + 1;
                if s.alternate {
                    while digits.len() < p {
                        digits.push('0');
                    }
                } else {
                    trim_zeros(&mut digits);
                }
                let limit = if add_dot_0 { p as i64 - 1 } else { p as i64 };
                let use_exp = decpt <= -4 || decpt > limit;
                place_digits(&digits, decpt, use_exp, s.alternate, add_dot_0)
            }
            _ => {
                // 'r': shortest round-trip digits, repr's exponent rule.
                let t = format!("{a:e}");
                let (m, e) = t.split_once('e').unwrap_or((&t, "0"));
                let mut digits: String = m.chars().filter(char::is_ascii_digit).collect();
                trim_zeros(&mut digits);
                let decpt = e.parse::<i64>().unwrap_or(0) + 1;
                let use_exp = decpt <= -4 || decpt > 16;
                place_digits(&digits, decpt, use_exp, s.alternate, add_dot_0)
            }
        }
    };
    if s.no_neg_0 && neg && val.is_finite() && !body.contains(|c: char| ('1'..='9').contains(&c)) {
        neg = false;
    }
    let mut body = body;
    if upper {
        body.make_ascii_uppercase();
    }
    // Split into the integer digits (grouped, zero-padded) and the rest.
    let split = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let (int_part, rest) = body.split_at(split);
    let (int_part, rest) = if int_part.is_empty() {
        // inf and nan: no digits to group.
        (rest, "")
    } else {
        (int_part, rest)
    };
    let rest = if pct {
        format!("{rest}%")
    } else {
        rest.to_string()
    };
    let sign = sign_str(neg, s.sign);
    let groupable = int_part.bytes().all(|b| b.is_ascii_digit());
    Ok(layout(s, sign, "", int_part, &rest, groupable))
}

/// Digits `0.d1d2... * 10**decpt` laid out in fixed or exponent notation.
fn place_digits(digits: &str, decpt: i64, use_exp: bool, alt: bool, add_dot_0: bool) -> String {
    let digits = if digits.is_empty() { "0" } else { digits };
    let mut out = String::new();
    if use_exp {
        out.push_str(&digits[..1]);
        if digits.len() > 1 || alt {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push_str(&exponent(decpt - 1));
        return out;
    }
    if decpt <= 0 {
        out.push_str("0.");
        out.push_str(&"0".repeat((-decpt) as usize));
        out.push_str(digits);
    } else if decpt as usize >= digits.len() {
        out.push_str(digits);
        out.push_str(&"0".repeat(decpt as usize - digits.len()));
        if add_dot_0 {
            out.push_str(".0");
        } else if alt {
            out.push('.');
        }
    } else {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    }
    out
}

fn trim_zeros(digits: &mut String) {
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
}

/// `+05`, `-300`: a sign and at least two digits.
fn exponent(e: i64) -> String {
    format!("{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
}

fn sign_str(negative: bool, sign: Option<char>) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// Pads and aligns `sign prefix digits rest`, grouping `digits` when asked
/// (and when they are digits). With fill `0` and `=` alignment the padding
/// is made of grouped zeros, as CPython does.
fn layout(
    s: &FormatSpec,
    sign: &str,
    prefix: &str,
    digits: &str,
    rest: &str,
    group: bool,
) -> String {
    let align = s.align.unwrap_or('>');
    let width = s.width.unwrap_or(0);
    let fixed = sign.chars().count() + prefix.len() + rest.chars().count();
    let body = match s.grouping.filter(|_| group) {
        Some(sep) => {
            let size = if sep == '_' && prefix_radix(s.ty) {
                4
            } else {
                3
            };
            let min = if s.fill == '0' && align == '=' {
                width.saturating_sub(fixed)
            } else {
                0
            };
            insert_grouping(digits, sep, size, min)
        }
        None => digits.to_string(),
    };
    let total = fixed + body.chars().count();
    let pad = width.saturating_sub(total);
    let fill = |n: usize| std::iter::repeat_n(s.fill, n).collect::<String>();
    match align {
        '<' => format!("{sign}{prefix}{body}{rest}{}", fill(pad)),
        '^' => format!(
            "{}{sign}{prefix}{body}{rest}{}",
            fill(pad / 2),
            fill(pad - pad / 2)
        ),
        '=' => format!("{sign}{prefix}{}{body}{rest}", fill(pad)),
        _ => format!("{}{sign}{prefix}{body}{rest}", fill(pad)),
    }
}

fn prefix_radix(ty: Option<char>) -> bool {
    matches!(ty, Some('b' | 'o' | 'x' | 'X'))
}

/// Inserts `sep` every `size` digits from the right, padding with zeros on
/// the left until the result is at least `min_width` long (never starting
/// with a separator).
fn insert_grouping(digits: &str, sep: char, size: usize, min_width: usize) -> String {
    let d = digits.as_bytes();
    let mut rev: Vec<u8> = Vec::with_capacity(d.len() * 2);
    let mut count = 0;
    let mut len = 0;
    let mut i = d.len();
    while i > 0 || len < min_width {
        if count > 0 && count % size == 0 {
            rev.push(sep as u8);
            len += 1;
        }
        if i > 0 {
            i -= 1;
            rev.push(d[i]);
        } else {
            rev.push(b'0');
        }
        len += 1;
        count += 1;
    }
    rev.reverse();
    String::from_utf8(rev).unwrap_or_default()
}

fn read_number(c: &[char], pos: &mut usize) -> PyResult<Option<usize>> {
    let start = *pos;
    let mut n: usize = 0;
    while *pos < c.len() && c[*pos].is_ascii_digit() {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(c[*pos] as usize - '0' as usize))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
        *pos += 1;
    }
    Ok((*pos > start).then_some(n))
}

fn quoted_code(t: char) -> String {
    if (t as u32) > 32 && (t as u32) < 128 {
        format!("'{t}'")
    } else {
        format!("'\\x{:x}'", t as u32)
    }
}

fn unknown_code(t: char, type_name: &str) -> PyErr {
    value_error(format!(
        "Unknown format code {} for object of type '{type_name}'",
        quoted_code(t)
    ))
}

/// A MemoryError for widths no string could hold.
pub fn check_width(s: &FormatSpec) -> PyResult<()> {
    if s.width.is_some_and(|w| w > (1 << 40)) {
        return Err(PyErr::new(rt::Exc::MemoryError, ""));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_pads_with_grouped_zeros() {
        assert_eq!(insert_grouping("1234", ',', 3, 8), "0,001,234");
        assert_eq!(insert_grouping("1234", ',', 3, 0), "1,234");
        assert_eq!(insert_grouping("0", ',', 3, 0), "0");
    }
}
