//! Argument binding for every callable written in Rust, and the
//! conversions CPython's argument parsers apply.
//!
//! A native callable receives `args` (positional values, then the values
//! of the keyword arguments) and `kwnames` (the keywords' names, naming
//! the last `kwnames.len()` values). CPython's builtins parse arguments in
//! one of a few ways, and each way has its own error messages, which
//! programs can see; `Style` names them and `Sig::bind` reproduces each:
//!
//! - `Style::Clinic`: Argument Clinic with keywords
//!   (`_PyArg_UnpackKeywords`): "split() takes at most 2 arguments (3
//!   given)", "missing required argument 'x' (pos 1)".
//! - `Style::Positional`: Clinic's positional-only parsing
//!   (`_PyArg_CheckPositional`, `METH_O`, `METH_NOARGS`): "replace expected
//!   at most 3 arguments, got 4", "f() takes exactly one argument (2
//!   given)".
//! - `Style::Tuple`: the old `PyArg_ParseTuple`: "find() takes at least 1
//!   argument (0 given)".
//! - `Style::Python`: a method CPython writes in Python (`random.Random`):
//!   "f() missing 1 required positional argument: 'x'".
//!
//! Callables that only need counting or splitting use `positional`,
//! `exactly`, `no_kw` and `split`, which share the messages above.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::error::{PyErr, PyResult, overflow_error, type_error};
use crate::object::Obj;
use crate::protocol;
use crate::rt;
use crate::types::str::as_str;
use crate::types::{float, int};

/// How a builtin parses its arguments (decides the error messages).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Style {
    /// Argument Clinic with keywords.
    Clinic,
    /// Clinic positional-only (`_PyArg_CheckPositional`).
    Positional,
    /// `PyArg_ParseTuple`.
    Tuple,
    /// A method written in Python; `args[0]` is `self`.
    Python,
}

/// Bound arguments, one per parameter (`None`: omitted): inline for the
/// short signatures builtins have, so a call allocates nothing for them.
pub type Bound = smallvec::SmallVec<[Option<Obj>; 4]>;

/// A callable's parameters: names in order; the first `posonly` are
/// positional-only, those from `kwonly` on are keyword-only; the first
/// `required` have no default.
#[derive(Clone, Copy, Debug)]
pub struct Sig {
    /// The name as messages show it (a qualified name for `Style::Python`).
    pub name: &'static str,
    /// The owning type's name for a method (`str.zfill() takes ...`), or
    /// `""` for a function.
    pub owner: &'static str,
    /// Every parameter, in order (`self` excluded).
    pub params: &'static [&'static str],
    /// How many leading parameters are positional-only.
    pub posonly: usize,
    /// The index of the first keyword-only parameter (`params.len()` if none).
    pub kwonly: usize,
    /// How many leading parameters are required.
    pub required: usize,
    /// The parsing style.
    pub style: Style,
}

impl Sig {
    /// An Argument Clinic signature whose parameters are all
    /// positional-or-keyword.
    pub const fn clinic(
        name: &'static str,
        params: &'static [&'static str],
        required: usize,
    ) -> Sig {
        Sig {
            name,
            owner: "",
            params,
            posonly: 0,
            kwonly: params.len(),
            required,
            style: Style::Clinic,
        }
    }

    /// A signature of style `style` for the method `owner.name`.
    pub const fn method(
        owner: &'static str,
        name: &'static str,
        params: &'static [&'static str],
        required: usize,
        style: Style,
    ) -> Sig {
        Sig {
            name,
            owner,
            params,
            posonly: 0,
            kwonly: params.len(),
            required,
            style,
        }
    }

    /// A method written in Python, `qualname(self, params...)`: the first
    /// `positional` parameters may be passed by position.
    pub const fn python(
        qualname: &'static str,
        params: &'static [&'static str],
        positional: usize,
        required: usize,
    ) -> Sig {
        Sig {
            name: qualname,
            owner: "",
            params,
            posonly: 0,
            kwonly: positional,
            required,
            style: Style::Python,
        }
    }

    /// The same signature with the first `n` parameters positional-only.
    pub const fn posonly(self, n: usize) -> Sig {
        Sig { posonly: n, ..self }
    }

    /// The same signature with parameters from index `n` on keyword-only.
    pub const fn kwonly(self, n: usize) -> Sig {
        Sig { kwonly: n, ..self }
    }

    /// Binds `args` (positional values then keyword values named by
    /// `kwnames`) to the parameters; `None` for an omitted optional one.
    /// For `Style::Python`, `args[0]` is `self` and is not bound.
    pub fn bind(&self, args: &[Obj], kwnames: &[Obj]) -> PyResult<Bound> {
        let nkw = kwnames.len().min(args.len());
        let (pos, kwvalues) = args.split_at(args.len() - nkw);
        let pos = match self.style {
            Style::Python => pos.get(1..).unwrap_or(&[]),
            _ => pos,
        };
        self.check_counts(pos.len(), nkw)?;
        let mut out: Bound = pos.iter().cloned().map(Some).collect();
        out.resize(self.params.len(), None);
        for (k, v) in kwnames.iter().zip(kwvalues) {
            let key = as_str(k).unwrap_or("");
            let found = self.params.iter().position(|p| *p == key);
            match found {
                Some(i) if i >= self.posonly && out[i].is_none() => out[i] = Some(v.clone()),
                Some(i) if i >= self.posonly => return Err(self.duplicate(key, i)),
                _ => return Err(self.invalid_keyword(key)),
            }
        }
        self.check_required(&out, pos.len())?;
        Ok(out)
    }

    /// `owner.name` for a method, else `name`.
    fn qualname(&self) -> String {
        qualify(self.owner, self.name)
    }

    /// The checks on the number of arguments made before binding.
    fn check_counts(&self, npos: usize, nkw: usize) -> PyResult<()> {
        let name = self.name;
        let max = self.params.len();
        let given = npos + nkw;
        match self.style {
            Style::Clinic => {
                if given > max {
                    return Err(type_error(format!(
                        "{name}() takes at most {max} {}{} ({given} given)",
                        if npos == 0 { "keyword " } else { "" },
                        arguments(max)
                    )));
                }
                if npos > self.kwonly {
                    return Err(type_error(format!(
                        "{name}() takes at most {} positional {} ({npos} given)",
                        self.kwonly,
                        arguments(self.kwonly)
                    )));
                }
            }
            Style::Positional | Style::Tuple => {
                if nkw > 0 {
                    return Err(no_keywords(&self.qualname()));
                }
                if self.style == Style::Positional {
                    // The qualified name is only built for the error.
                    if !(self.required..=max).contains(&npos) {
                        check_arity(&self.qualname(), name, npos, self.required, max)?;
                    }
                } else if npos > max {
                    return Err(type_error(format!(
                        "{name}() takes at most {max} {} ({npos} given)",
                        arguments(max)
                    )));
                }
            }
            Style::Python => {
                if npos > self.kwonly {
                    let total = self.kwonly + 1;
                    let min = self.required.min(self.kwonly) + 1;
                    let takes = if min == total {
                        format!("{total} positional {}", arguments(total))
                    } else {
                        format!("from {min} to {total} positional arguments")
                    };
                    return Err(type_error(format!(
                        "{name}() takes {takes} but {} {} given",
                        npos + 1,
                        if npos == 0 { "was" } else { "were" }
                    )));
                }
            }
        }
        Ok(())
    }

    /// The error for a missing required parameter, if any.
    fn check_required(&self, out: &[Option<Obj>], npos: usize) -> PyResult<()> {
        let name = self.name;
        let Some(i) = out[..self.required].iter().position(Option::is_none) else {
            return Ok(());
        };
        let required = self.required;
        Err(type_error(match self.style {
            Style::Clinic => format!(
                "{name}() missing required argument '{}' (pos {})",
                self.params[i],
                i + 1
            ),
            Style::Positional => format!(
                "{name} expected at least {required} {}, got {npos}",
                arguments(required)
            ),
            Style::Tuple => format!(
                "{name}() takes at least {required} {} ({npos} given)",
                arguments(required)
            ),
            Style::Python => {
                let missing: Vec<String> = (0..required)
                    .filter(|&i| out[i].is_none())
                    .map(|i| format!("'{}'", self.params[i]))
                    .collect();
                let list = match missing.as_slice() {
                    [one] => one.clone(),
                    [init @ .., last] => format!("{} and {last}", init.join(", ")),
                    [] => String::new(),
                };
                format!(
                    "{name}() missing {} required positional {}: {list}",
                    missing.len(),
                    arguments(missing.len())
                )
            }
        }))
    }

    fn duplicate(&self, key: &str, i: usize) -> PyErr {
        let name = self.name;
        type_error(match self.style {
            Style::Python => format!("{name}() got multiple values for argument '{key}'"),
            _ => format!(
                "argument for {name}() given by name ('{key}') and position ({})",
                i + 1
            ),
        })
    }

    fn invalid_keyword(&self, key: &str) -> PyErr {
        let name = self.name;
        type_error(match self.style {
            Style::Python => format!("{name}() got an unexpected keyword argument '{key}'"),
            _ => format!("'{key}' is an invalid keyword argument for {name}()"),
        })
    }
}

/// Checks that the function `name` got no keywords and between `min` and
/// `max` positional arguments (`_PyArg_CheckPositional`: "NAME expected
/// at most 2 arguments, got 3").
pub fn positional<'a>(
    name: &str,
    args: &'a [Obj],
    kwnames: &[Obj],
    min: usize,
    max: usize,
) -> PyResult<&'a [Obj]> {
    no_kw(name, kwnames)?;
    check_positional(name, args.len(), min, max)?;
    Ok(args)
}

/// Checks that the function `name` got exactly `n` positional arguments
/// and no keywords; for `n == 1` with `METH_O`'s message "NAME() takes
/// exactly one argument (2 given)".
pub fn exactly<'a>(name: &str, args: &'a [Obj], kwnames: &[Obj], n: usize) -> PyResult<&'a [Obj]> {
    no_kw(name, kwnames)?;
    check_arity(name, name, args.len(), n, n)?;
    Ok(args)
}

/// Rejects keyword arguments: `NAME() takes no keyword arguments`.
pub fn no_kw(name: &str, kwnames: &[Obj]) -> PyResult<()> {
    if kwnames.is_empty() {
        Ok(())
    } else {
        Err(no_keywords(name))
    }
}

/// A method taking no arguments besides self (`METH_NOARGS`: "NAME()
/// takes no arguments (1 given)"); returns self.
pub fn no_args<'a>(name: &str, args: &'a [Obj], kwnames: &[Obj]) -> PyResult<&'a Obj> {
    let (me, _) = range_args(name, name, args, kwnames, 0, 0)?;
    Ok(me)
}

/// A method taking exactly one argument besides self (`METH_O`: "NAME()
/// takes exactly one argument (2 given)"); returns self and it.
pub fn one_arg<'a>(name: &str, args: &'a [Obj], kwnames: &[Obj]) -> PyResult<(&'a Obj, &'a Obj)> {
    let (me, rest) = range_args(name, name, args, kwnames, 1, 1)?;
    Ok((me, &rest[0]))
}

/// A method taking `min..=max` positional arguments besides self:
/// `METH_NOARGS`'s and `METH_O`'s messages name `name`, those of
/// `_PyArg_CheckPositional` (`NAME expected at least 1 argument, got 0`)
/// name `short`. Returns self and the other arguments.
pub fn range_args<'a>(
    name: &str,
    short: &str,
    args: &'a [Obj],
    kwnames: &[Obj],
    min: usize,
    max: usize,
) -> PyResult<(&'a Obj, &'a [Obj])> {
    no_kw(name, kwnames)?;
    let Some((me, rest)) = args.split_first() else {
        return Err(type_error(format!(
            "unbound method {name}() needs an argument"
        )));
    };
    check_arity(name, short, rest.len(), min, max)?;
    Ok((me, rest))
}

/// The positional arguments and `(keyword, value)` pairs of a call.
pub type Split<'a> = (&'a [Obj], Vec<(&'a str, &'a Obj)>);

/// Splits a call's arguments into positional ones and `(keyword, value)`
/// pairs.
pub fn split<'a>(args: &'a [Obj], kwnames: &'a [Obj]) -> Split<'a> {
    let n = args.len().saturating_sub(kwnames.len());
    let kws = kwnames
        .iter()
        .zip(&args[n..])
        .map(|(k, v)| (as_str(k).unwrap_or(""), v))
        .collect();
    (&args[..n], kws)
}

/// `split`, rejecting keywords not in `allowed` with "NAME() got an
/// unexpected keyword argument 'k'".
pub fn split_allowed<'a>(
    name: &str,
    args: &'a [Obj],
    kwnames: &'a [Obj],
    allowed: &[&str],
) -> PyResult<Split<'a>> {
    let (pos, kws) = split(args, kwnames);
    if let Some((k, _)) = kws.iter().find(|(k, _)| !allowed.contains(k)) {
        return Err(type_error(format!(
            "{name}() got an unexpected keyword argument '{k}'"
        )));
    }
    Ok((pos, kws))
}

/// The checks of `METH_NOARGS` and `METH_O` (messages naming
/// `qualname`), else `_PyArg_CheckPositional` (naming `name`).
fn check_arity(qualname: &str, name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if (min..=max).contains(&n) {
        return Ok(());
    }
    if max == 0 {
        return Err(type_error(format!(
            "{qualname}() takes no arguments ({n} given)"
        )));
    }
    if min == 1 && max == 1 {
        return Err(type_error(format!(
            "{qualname}() takes exactly one argument ({n} given)"
        )));
    }
    check_positional(name, n, min, max)
}

/// `_PyArg_CheckPositional`.
fn check_positional(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if (min..=max).contains(&n) {
        return Ok(());
    }
    let (bound, limit) = match (n < min, min == max) {
        (_, true) => ("", min),
        (true, false) => ("at least ", min),
        (false, false) => ("at most ", max),
    };
    Err(type_error(format!(
        "{name} expected {bound}{limit} {}, got {n}",
        arguments(limit)
    )))
}

fn no_keywords(qualname: &str) -> PyErr {
    type_error(format!("{qualname}() takes no keyword arguments"))
}

fn qualify(owner: &str, name: &str) -> String {
    if owner.is_empty() {
        name.to_string()
    } else {
        format!("{owner}.{name}")
    }
}

fn arguments(n: usize) -> &'static str {
    if n == 1 { "argument" } else { "arguments" }
}

// The conversions the argument parsers apply.

/// `PyFloat_AsDouble`: floats, ints, `__float__`, then `__index__`.
pub fn to_f64(o: &Obj) -> PyResult<f64> {
    if let Some(f) = float::value(o) {
        return Ok(f);
    }
    if let Some(v) = int::value(o) {
        return int::to_f64(&v);
    }
    if let Some(r) = protocol::call_special(o, "__float__", &[])? {
        return float::value(&r).ok_or_else(|| {
            type_error(format!(
                "{}.__float__ returned non-float (type {})",
                protocol::type_name(o),
                protocol::type_name(&r)
            ))
        });
    }
    if let Some(r) = protocol::call_special(o, "__index__", &[])?
        && let Some(v) = int::value(&r)
    {
        return int::to_f64(&v);
    }
    Err(type_error(format!(
        "must be real number, not {}",
        protocol::type_name(o)
    )))
}

/// `operator.index(o)` as a big integer.
pub fn to_bigint(o: &Obj) -> PyResult<BigInt> {
    if let Some(v) = int::value(o) {
        return Ok(v);
    }
    if let Some(r) = protocol::call_special(o, "__index__", &[])? {
        return int::value(&r).ok_or_else(|| {
            type_error(format!(
                "__index__ returned non-int (type {})",
                protocol::type_name(&r)
            ))
        });
    }
    Err(type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        protocol::type_name(o)
    )))
}

/// A `Py_ssize_t` argument: TypeError for a non-integer, OverflowError
/// when it doesn't fit.
pub fn ssize(o: &Obj) -> PyResult<i64> {
    if let Some(i) = o.as_small() {
        return Ok(i);
    }
    match int::value(o) {
        Some(v) => v
            .to_i64()
            .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t")),
        None => Err(int::expected_int(o)),
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
    match int::value(o) {
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
    type_error(format!("must be {what}, not {}", protocol::type_name(o)))
}
