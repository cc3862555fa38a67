//! `complex.__format__`, CPython's `format_complex_internal`: each part
//! formatted as a float without padding, the imaginary part always signed
//! (unless the real part is left out), then the whole padded as one.

use crate::error::{PyResult, value_error};
use crate::types::numfmt::{FormatSpec, check_width, format_float_part, parse_spec};

/// `format(complex(re, im), spec)` for a non-empty spec.
pub fn format_complex(re: f64, im: f64, spec: &str) -> PyResult<String> {
    let s = parse_spec(spec, "complex", '>')?;
    check_width(&s)?;
    if s.fill == '0' {
        return Err(value_error(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if s.align == Some('=') {
        return Err(value_error(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let mut ty = s.ty;
    match ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(t) => return Err(crate::types::formatspec::unknown_code(t, "complex")),
    }
    // No type: like str(), the real part left out when it is +0.0, the
    // pair in parentheses otherwise; a precision makes it 'g'.
    let mut skip_re = false;
    let mut parens = false;
    let mut repr_parts = false;
    if ty.is_none() {
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            parens = true;
        }
        if s.precision.is_some() {
            ty = Some('g');
        } else {
            repr_parts = true;
        }
    }
    if ty == Some('n') {
        ty = Some('g');
    }
    let part = |x: f64, sign: Option<char>| -> PyResult<String> {
        let sub = FormatSpec {
            fill: ' ',
            align: None,
            sign,
            no_neg_0: s.no_neg_0,
            alternate: s.alternate,
            width: None,
            grouping: s.grouping,
            precision: s.precision,
            ty,
        };
        if repr_parts {
            let mut r = crate::types::float::repr(x);
            if let Some(t) = r.strip_suffix(".0") {
                r = t.to_string();
            }
            let finite = x.is_finite();
            if s.alternate && finite && !r.contains('.') {
                match r.find('e') {
                    Some(e) => r.insert(e, '.'),
                    None => r.push('.'),
                }
            }
            if let Some(sep) = s.grouping {
                r = group(&r, sep);
            }
            if s.no_neg_0 && r == "-0" {
                r = "0".to_string();
            }
            let negative = r.starts_with('-');
            return Ok(match sign {
                Some('+') if !negative => format!("+{r}"),
                Some(' ') if !negative => format!(" {r}"),
                _ => r,
            });
        }
        format_float_part(x, &sub)
    };
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&part(re, s.sign)?);
    }
    let im_sign = if skip_re { s.sign } else { Some('+') };
    body.push_str(&part(im, im_sign)?);
    body.push('j');
    if parens {
        body.push(')');
    }
    let width = s.width.unwrap_or(0);
    let n = body.chars().count();
    if n >= width {
        return Ok(body);
    }
    let pad = width - n;
    let fill = |k: usize| std::iter::repeat_n(s.fill, k).collect::<String>();
    Ok(match s.align.unwrap_or('>') {
        '<' => format!("{body}{}", fill(pad)),
        '^' => format!("{}{body}{}", fill(pad / 2), fill(pad - pad / 2)),
        _ => format!("{}{body}", fill(pad)),
    })
}

/// Inserts `sep` every three digits into the integer digits of `r`.
fn group(r: &str, sep: char) -> String {
    let (sign, body) = match r.strip_prefix('-') {
        Some(b) => ("-", b),
        None => ("", r),
    };
    let end = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let (digits, rest) = body.split_at(end);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    format!("{sign}{out}{rest}")
}
