//! The format-spec mini-language shared by every `__format__`: the parser
//! (`[[fill]align][sign][z][#][0][width][grouping][.precision][type]`,
//! with CPython's error messages), padding, `format(value, spec)`, and
//! `str.__format__`.
//!
//! Number formatting (`format_int`, `format_float` in numfmt.rs) builds on
//! `parse` and `pad`; until it lands, `format_obj` formats numbers only
//! with an empty spec (and ints with `d`), see `format_number_hook`.

use crate::error::{PyErr, PyResult, type_error, value_error};
use crate::object::Obj;
use crate::protocol;
use crate::types::str::{as_str, new_str};

/// An alignment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: padding after the sign (and base prefix), numbers only.
    AfterSign,
}

impl Align {
    fn from_char(c: char) -> Option<Align> {
        Some(match c {
            '<' => Align::Left,
            '>' => Align::Right,
            '^' => Align::Center,
            '=' => Align::AfterSign,
            _ => return None,
        })
    }
}

/// A parsed format spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character, if one was given with an alignment.
    pub fill: Option<char>,
    /// The alignment, if given.
    pub align: Option<Align>,
    /// `+`, `-` or ` `, if given.
    pub sign: Option<char>,
    /// `z`: coerce negative zero to zero (floats).
    pub z: bool,
    /// `#`: the alternate form.
    pub alternate: bool,
    /// A `0` before the width without an explicit fill: zero padding.
    pub zero: bool,
    /// The minimum width in code points.
    pub width: Option<usize>,
    /// `,` or `_` (thousands separators), if given.
    pub grouping: Option<char>,
    /// The precision, if given.
    pub precision: Option<usize>,
    /// The presentation type; the caller's default when the spec has none.
    pub ty: char,
}

impl FormatSpec {
    /// The fill character in effect (`0` for zero padding, else space).
    pub fn fill_char(&self) -> char {
        self.fill.unwrap_or(if self.zero { '0' } else { ' ' })
    }

    /// The alignment in effect: the explicit one; else, with zero padding
    /// and a right-aligned default (numbers), `=`; else `default`.
    pub fn align_or(&self, default: Align) -> Align {
        match self.align {
            Some(a) => a,
            None if self.zero && self.fill.is_none() && default == Align::Right => Align::AfterSign,
            None => default,
        }
    }
}

/// Parses `spec` as CPython's `parse_internal_render_format_spec` does.
/// `type_name` names the formatted object's type in error messages;
/// `default_type` is the presentation type when the spec gives none
/// (`'s'` for str, `'d'` for int, `'\0'` for float's "no type").
pub fn parse(spec: &str, type_name: &str, default_type: char) -> PyResult<FormatSpec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut out = FormatSpec {
        fill: None,
        align: None,
        sign: None,
        z: false,
        alternate: false,
        zero: false,
        width: None,
        grouping: None,
        precision: None,
        ty: default_type,
    };
    let mut pos = 0;
    if chars.len() >= 2
        && let Some(a) = Align::from_char(chars[1])
    {
        out.fill = Some(chars[0]);
        out.align = Some(a);
        pos = 2;
    } else if let Some(a) = chars.first().and_then(|&c| Align::from_char(c)) {
        out.align = Some(a);
        pos = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(pos) {
        out.sign = Some(c);
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        out.z = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        out.alternate = true;
        pos += 1;
    }
    if out.fill.is_none() && chars.get(pos) == Some(&'0') {
        out.zero = true;
        pos += 1;
    }
    let (width, n) = parse_int(&chars[pos..])?;
    if n > 0 {
        out.width = Some(width);
        pos += n;
    }
    if chars.get(pos) == Some(&',') {
        out.grouping = Some(',');
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if out.grouping.is_some() {
            return Err(comma_and_underscore());
        }
        out.grouping = Some('_');
        pos += 1;
    }
    if chars.get(pos) == Some(&',') && out.grouping == Some('_') {
        return Err(comma_and_underscore());
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        let (p, n) = parse_int(&chars[pos..])?;
        if n == 0 {
            return Err(value_error("Format specifier missing precision"));
        }
        out.precision = Some(p);
        pos += n;
    }
    if chars.len() - pos > 1 {
        return Err(value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    if let Some(&t) = chars.get(pos) {
        out.ty = t;
    }
    if let Some(g) = out.grouping {
        let ok = match out.ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => true,
            'b' | 'o' | 'x' | 'X' => g == '_',
            _ => false,
        };
        if !ok {
            return Err(value_error(format!(
                "Cannot specify '{g}' with '{}'.",
                show_code(out.ty)
            )));
        }
    }
    Ok(out)
}

/// Pads `s` to the spec's width with its fill character; `default` is the
/// alignment when the spec gives none (`Left` for text, `Right` for
/// numbers). `AfterSign` puts the padding after a leading sign and a
/// `0x`/`0o`/`0b` prefix.
pub fn pad(s: &str, spec: &FormatSpec, default: Align) -> String {
    let n = s.chars().count();
    let width = spec.width.unwrap_or(0);
    if n >= width {
        return s.to_string();
    }
    let total = width - n;
    let fill = spec.fill_char();
    let fills = |k: usize| -> String { std::iter::repeat_n(fill, k).collect() };
    match spec.align_or(default) {
        Align::Left => format!("{s}{}", fills(total)),
        Align::Right => format!("{}{s}", fills(total)),
        Align::Center => {
            let left = total / 2;
            format!("{}{s}{}", fills(left), fills(total - left))
        }
        Align::AfterSign => {
            let mut split = usize::from(s.starts_with(['+', '-', ' ']));
            let rest = &s[split..];
            if rest.len() >= 2
                && rest.starts_with('0')
                && matches!(rest.as_bytes()[1], b'x' | b'X' | b'o' | b'O' | b'b' | b'B')
            {
                split += 2;
            }
            format!("{}{}{}", &s[..split], fills(total), &s[split..])
        }
    }
}

/// `format(value, spec)`: the type's `__format__`, with fast paths for
/// the builtin types.
pub fn format_obj(value: &Obj, spec: &str) -> PyResult<Obj> {
    let builtin = crate::types::typeobj_ops::lookup_special(value, "__format__")?
        .filter(|m| m.downcast::<crate::types::function::BuiltinFn>().is_none());
    if let Some(m) = builtin {
        let bound = match m.with_type(|d| d.slots.descr_get.get()) {
            Some(get) => get(&m, Some(value), &value.ty())?,
            None => m,
        };
        let r = protocol::call(&bound, &[new_str(spec)], &[])?;
        if !crate::types::str::is_str(&r) {
            return Err(type_error(format!(
                "__format__ must return a str, not {}",
                protocol::type_name(&r)
            )));
        }
        return Ok(r);
    }
    if let Some(s) = as_str(value) {
        return format_str(s, spec, &protocol::type_name(value)).map(|t| new_str(&t));
    }
    if crate::types::int::is_int(value) || crate::types::float::value(value).is_some() {
        return format_number(value, spec);
    }
    if let Some((re, im)) = crate::types::complex::value(value) {
        if spec.is_empty() {
            return protocol::str(value);
        }
        return crate::types::complex_format::format_complex(re, im, spec).map(|t| new_str(&t));
    }
    object_format(value, spec)
}

/// `object.__format__`: `str(self)` for an empty spec, else TypeError.
pub fn object_format(value: &Obj, spec: &str) -> PyResult<Obj> {
    if !spec.is_empty() {
        return Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            protocol::type_name(value)
        )));
    }
    protocol::str(value)
}

/// `str.__format__`: fill, align, width and precision (truncation).
pub fn format_str(s: &str, spec: &str, type_name: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let f = parse(spec, type_name, 's')?;
    if f.ty != 's' {
        return Err(unknown_code(f.ty, type_name));
    }
    if f.sign.is_some() {
        return Err(value_error("Sign not allowed in string format specifier"));
    }
    if f.z {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if f.alternate {
        return Err(value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if f.align == Some(Align::AfterSign) {
        return Err(value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let text: std::borrow::Cow<'_, str> = match f.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((i, _)) => s[..i].into(),
            None => s.into(),
        },
        None => s.into(),
    };
    Ok(pad(&text, &f, Align::Left))
}

/// The ValueError for a presentation type a type doesn't know.
pub fn unknown_code(code: char, type_name: &str) -> PyErr {
    value_error(format!(
        "Unknown format code '{}' for object of type '{type_name}'",
        show_code(code)
    ))
}

/// `int.__format__`/`float.__format__` through numfmt.rs; an empty spec
/// is `str(value)`.
pub fn format_number(value: &Obj, spec: &str) -> PyResult<Obj> {
    if spec.is_empty() {
        return protocol::str(value);
    }
    if let Some(x) = crate::types::float::value(value) {
        return crate::types::numfmt::format_float(x, spec).map(|s| new_str(&s));
    }
    match crate::types::int::value(value) {
        Some(v) => crate::types::numfmt::format_int_named(&v, spec, &protocol::type_name(value))
            .map(|s| new_str(&s)),
        None => object_format(value, spec),
    }
}

/// A presentation type as CPython's messages show it (`\x1` for controls).
fn show_code(c: char) -> String {
    let n = c as u32;
    if n > 32 && n < 128 {
        c.to_string()
    } else {
        format!("\\x{n:x}")
    }
}

fn comma_and_underscore() -> PyErr {
    value_error("Cannot specify both ',' and '_'.")
}

/// Parses leading decimal digits: the value and how many digits there
/// were. ASCII digits only, as CPython's `get_integer` (which accepts any
/// Unicode decimal; those are rare enough in specs to leave out).
fn parse_int(chars: &[char]) -> PyResult<(usize, usize)> {
    let mut v: usize = 0;
    let mut n = 0;
    for &c in chars {
        let Some(d) = c.to_digit(10).filter(|_| c.is_ascii_digit()) else {
            break;
        };
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
        n += 1;
    }
    Ok((v, n))
}
