//! `str.format` and `str.format_map`: the replacement-field grammar
//! (`{name.attr[key]!conv:spec}`, nested fields in specs, `{{`/`}}`),
//! automatic and manual numbering, with CPython's parsing order and
//! error messages (Objects/stringlib/unicode_format.h).

use crate::error::{PyErr, PyResult, index_error, key_error, value_error};
use crate::object::Obj;
use crate::protocol;
use crate::types::str::{as_str, new_str};

/// Where field values come from.
enum Args<'a> {
    /// `format(*args, **kwargs)`.
    Call { pos: &'a [Obj], kw: Obj },
    /// `format_map(mapping)`: no positional fields.
    Map(&'a Obj),
}

/// Automatic vs manual field numbering state.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Unknown,
    Auto(usize),
    Manual,
}

struct Formatter<'a> {
    args: Args<'a>,
    numbering: Numbering,
}

/// `template.format(*pos, **kw)` (`kw` a dict).
pub fn format(template: &str, pos: &[Obj], kw: Obj) -> PyResult<String> {
    let mut f = Formatter {
        args: Args::Call { pos, kw },
        numbering: Numbering::Unknown,
    };
    f.render(template, 2)
}

/// `template.format_map(mapping)`.
pub fn format_map(template: &str, mapping: &Obj) -> PyResult<String> {
    let mut f = Formatter {
        args: Args::Map(mapping),
        numbering: Numbering::Unknown,
    };
    f.render(template, 2)
}

/// One parsed replacement field.
struct Field {
    name: String,
    conversion: Option<char>,
    spec: String,
    spec_needs_expanding: bool,
}

impl Formatter<'_> {
    fn render(&mut self, template: &str, depth: u32) -> PyResult<String> {
        if depth == 0 {
            return Err(value_error("Max string recursion exceeded"));
        }
        let chars: Vec<char> = template.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        while i < chars.len() {
            // Literal text up to a brace.
            let c = chars[i];
            i += 1;
            if c != '{' && c != '}' {
                out.push(c);
                continue;
            }
            let at_end = i >= chars.len();
            if c == '}' && (at_end || chars[i] != '}') {
                return Err(value_error("Single '}' encountered in format string"));
            }
            if at_end && c == '{' {
                return Err(value_error("Single '{' encountered in format string"));
            }
            if chars[i] == c {
                out.push(c);
                i += 1;
                continue;
            }
            let field = parse_field(&chars, &mut i)?;
            out.push_str(&self.render_field(&field, depth)?);
        }
        Ok(out)
    }

    fn render_field(&mut self, field: &Field, depth: u32) -> PyResult<String> {
        let obj = self.resolve(&field.name)?;
        let obj = match field.conversion {
            None => obj,
            Some('r') => protocol::repr(&obj)?,
            Some('s') => protocol::str(&obj)?,
            Some('a') => new_str(&crate::types::str::escape_non_ascii(
                &protocol::repr_string(&obj)?,
            )),
            Some(c) => {
                return Err(value_error(format!("Unknown conversion specifier {c}")));
            }
        };
        let spec = if field.spec_needs_expanding {
            self.render(&field.spec, depth - 1)?
        } else {
            field.spec.clone()
        };
        let r = crate::types::formatspec::format_obj(&obj, &spec)?;
        Ok(as_str(&r).unwrap_or_default().to_string())
    }

    /// Looks up `name` (`arg_name("." attr | "[" key "]")*`).
    fn resolve(&mut self, name: &str) -> PyResult<Obj> {
        let end = name.find(['.', '[']).unwrap_or(name.len());
        let (first, mut rest) = name.split_at(end);
        let mut obj = if first.is_empty() {
            let n = match self.numbering {
                Numbering::Manual => {
                    return Err(value_error(
                        "cannot switch from manual field specification to automatic field numbering",
                    ));
                }
                Numbering::Auto(n) => n,
                Numbering::Unknown => 0,
            };
            self.numbering = Numbering::Auto(n + 1);
            self.positional(n)?
        } else if let Some(n) = parse_index(first)? {
            if let Numbering::Auto(_) = self.numbering {
                return Err(value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            self.numbering = Numbering::Manual;
            self.positional(n)?
        } else {
            let key = new_str(first);
            match &self.args {
                Args::Call { kw, .. } => match crate::types::dict::get_item(kw, &key)? {
                    Some(v) => v,
                    None => return Err(key_error(key)),
                },
                Args::Map(m) => protocol::getitem(m, &key)?,
            }
        };
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('.') {
                let end = r.find(['.', '[']).unwrap_or(r.len());
                if end == 0 {
                    return Err(value_error("Empty attribute in format string"));
                }
                obj = protocol::getattr_str(&obj, &r[..end])?;
                rest = &r[end..];
            } else if let Some(r) = rest.strip_prefix('[') {
                let Some(close) = r.find(']') else {
                    return Err(value_error("Missing ']' in format string"));
                };
                if close == 0 {
                    return Err(value_error("Empty attribute in format string"));
                }
                let key_text = &r[..close];
                let key = match parse_index(key_text)? {
                    Some(n) => crate::types::int::from_i64(n as i64),
                    None => new_str(key_text),
                };
                obj = protocol::getitem(&obj, &key)?;
                rest = &r[close + 1..];
                if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                    return Err(value_error(
                        "Only '.' or '[' may follow ']' in format field specifier",
                    ));
                }
            } else {
                break;
            }
        }
        Ok(obj)
    }

    fn positional(&self, n: usize) -> PyResult<Obj> {
        match &self.args {
            Args::Call { pos, .. } => pos.get(n).cloned().ok_or_else(|| {
                index_error(format!(
                    "Replacement index {n} out of range for positional args tuple"
                ))
            }),
            Args::Map(_) => Err(value_error("Format string contains positional fields")),
        }
    }
}

/// A field name made only of ASCII digits is an index.
fn parse_index(s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    s.parse::<usize>()
        .ok()
        .filter(|&n| n <= isize::MAX as usize)
        .map(Some)
        .ok_or_else(|| value_error("Too many decimal digits in format string"))
}

/// Parses a replacement field after its `{`; `i` ends after the `}`.
fn parse_field(chars: &[char], i: &mut usize) -> PyResult<Field> {
    let start = *i;
    let mut c = '\0';
    while *i < chars.len() {
        c = chars[*i];
        *i += 1;
        match c {
            ':' | '!' | '}' => break,
            '{' => return Err(value_error("unexpected '{' in field name")),
            '[' => {
                while *i < chars.len() && chars[*i] != ']' {
                    *i += 1;
                }
            }
            _ => {}
        }
        c = '\0';
    }
    let name_end = if c == '\0' { *i } else { *i - 1 };
    let name: String = chars[start..name_end].iter().collect();
    let mut field = Field {
        name,
        conversion: None,
        spec: String::new(),
        spec_needs_expanding: false,
    };
    match c {
        '}' => return Ok(field),
        '!' | ':' => {}
        _ => return Err(value_error("expected '}' before end of string")),
    }
    if c == '!' {
        if *i >= chars.len() {
            return Err(value_error(
                "end of string while looking for conversion specifier",
            ));
        }
        field.conversion = Some(chars[*i]);
        *i += 1;
        if *i < chars.len() {
            let d = chars[*i];
            *i += 1;
            if d == '}' {
                return Ok(field);
            }
            if d != ':' {
                return Err(value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = *i;
    let mut count = 1;
    while *i < chars.len() {
        let d = chars[*i];
        *i += 1;
        match d {
            '{' => {
                field.spec_needs_expanding = true;
                count += 1;
            }
            '}' => {
                count -= 1;
                if count == 0 {
                    field.spec = chars[spec_start..*i - 1].iter().collect();
                    return Ok(field);
                }
            }
            _ => {}
        }
    }
    Err(unmatched())
}

fn unmatched() -> PyErr {
    value_error("unmatched '{' in format spec")
}
