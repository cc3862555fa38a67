//! Binding the arguments of builtin methods, with the error messages of
//! the three argument-parsing styles CPython's builtins use (Argument
//! Clinic with keywords, Clinic positional-only, and the old
//! `PyArg_ParseTuple` style of `find`/`count`/`startswith`), and the
//! conversions those parsers apply (`Py_ssize_t`, slice indices).

use num_traits::{Signed, ToPrimitive};

use crate::error::{PyErr, PyResult, overflow_error, type_error};
use crate::object::Obj;
use crate::rt;
use crate::types::str::as_str;

/// How a builtin parses its arguments (decides the error messages).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Clinic with keywords: `split() takes at most 2 arguments (3 given)`.
    Keywords,
    /// Clinic positional-only: `replace expected at least 2 arguments, got 1`.
    Positional,
    /// `PyArg_ParseTuple`: `find() takes at least 1 argument (0 given)`.
    Tuple,
}

/// A builtin method's signature (`self` excluded).
pub struct Sig {
    /// The method name, as messages show it.
    pub name: &'static str,
    /// The owning type's name (for `str.zfill() takes ...`).
    pub owner: &'static str,
    /// Parameter names.
    pub params: &'static [&'static str],
    /// How many are required.
    pub required: usize,
    /// The parsing style.
    pub style: Style,
}

/// Binds `args` and the keyword values named by `kwnames` (trailing in
/// `args`) to the signature's parameters.
pub fn bind(sig: &Sig, args: &[Obj], kwnames: &[Obj]) -> PyResult<Vec<Option<Obj>>> {
    let npos = args.len() - kwnames.len().min(args.len());
    let max = sig.params.len();
    let (name, owner) = (sig.name, sig.owner);
    if sig.style != Style::Keywords && !kwnames.is_empty() {
        return Err(type_error(format!(
            "{owner}.{name}() takes no keyword arguments"
        )));
    }
    let given = args.len();
    if sig.style == Style::Positional && max == 0 && given > 0 {
        return Err(type_error(format!(
            "{owner}.{name}() takes no arguments ({given} given)"
        )));
    }
    if sig.style == Style::Positional && max == 1 && sig.required == 1 && given != 1 {
        return Err(type_error(format!(
            "{owner}.{name}() takes exactly one argument ({given} given)"
        )));
    }
    let plural = |n: usize| if n == 1 { "argument" } else { "arguments" };
    if given > max {
        return Err(type_error(match sig.style {
            Style::Positional => {
                format!("{name} expected at most {max} {}, got {given}", plural(max))
            }
            Style::Keywords if npos <= max => format!(
                "{name}() takes at most {max} keyword {} ({given} given)",
                plural(max)
            ),
            _ => format!(
                "{name}() takes at most {max} {} ({given} given)",
                plural(max)
            ),
        }));
    }
    let mut out: Vec<Option<Obj>> = args[..npos].iter().cloned().map(Some).collect();
    out.resize(max, None);
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        let key = as_str(k).unwrap_or("");
        match sig.params.iter().position(|p| *p == key) {
            Some(i) if out[i].is_none() => out[i] = Some(v.clone()),
            Some(i) => {
                return Err(type_error(format!(
                    "argument for {name}() given by name ('{key}') and position ({})",
                    i + 1
                )));
            }
            None => {
                return Err(type_error(format!(
                    "'{key}' is an invalid keyword argument for {name}()"
                )));
            }
        }
    }
    if let Some(i) = out[..sig.required].iter().position(Option::is_none) {
        return Err(type_error(match sig.style {
            Style::Positional => format!(
                "{name} expected at least {} {}, got {npos}",
                sig.required,
                plural(sig.required)
            ),
            Style::Tuple => format!(
                "{name}() takes at least {} {} ({npos} given)",
                sig.required,
                plural(sig.required)
            ),
            Style::Keywords => format!(
                "{name}() missing required argument '{}' (pos {})",
                sig.params[i],
                i + 1
            ),
        }));
    }
    Ok(out)
}

/// A `Py_ssize_t` argument: TypeError for a non-integer, OverflowError
/// when it doesn't fit.
pub fn ssize(o: &Obj) -> PyResult<i64> {
    if let Some(i) = o.as_small() {
        return Ok(i);
    }
    match crate::types::int::value(o) {
        Some(v) => v
            .to_i64()
            .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t")),
        None => Err(crate::types::int::expected_int(o)),
    }
}

/// An optional `Py_ssize_t` argument with a default.
pub fn ssize_or(o: &Option<Obj>, default: i64) -> PyResult<i64> {
    match o {
        Some(o) => ssize(o),
        None => Ok(default),
    }
}

/// A slice index argument (`find(sub, start, end)`): None is absent,
/// huge ints clamp.
pub fn slice_index(o: &Option<Obj>) -> PyResult<Option<i64>> {
    let Some(o) = o else {
        return Ok(None);
    };
    if rt::is_none(o) {
        return Ok(None);
    }
    match crate::types::int::value(o) {
        Some(v) => Ok(Some(v.to_i64().unwrap_or(if v.is_negative() {
            i64::MIN
        } else {
            i64::MAX
        }))),
        None => Err(type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

/// Adjusts `start`/`end` slice indices for a sequence of `len` items
/// (CPython's `ADJUST_INDICES`): negative ones count from the end and
/// clamp at 0, `end` clamps at `len`, but `start` may stay beyond `len`
/// (`'ab'.find('', 5)` is -1). Callers treat `start > end` as empty.
pub fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let n = len as i64;
    let neg = |v: i64| v.saturating_add(n).max(0) as usize;
    let s = match start.unwrap_or(0) {
        v if v < 0 => neg(v),
        v => v as usize,
    };
    let e = match end.unwrap_or(n) {
        v if v < 0 => neg(v),
        v => v.min(n) as usize,
    };
    (s, e)
}

/// The TypeError `must be str, not int`.
pub fn must_be(what: &str, o: &Obj) -> PyErr {
    type_error(format!(
        "must be {what}, not {}",
        crate::protocol::type_name(o)
    ))
}
