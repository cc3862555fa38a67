//! Binding the arguments of Rust methods that stand in for methods
//! CPython writes in Python (`random.Random.randint`, ...), with the
//! messages of a Python function's call: "missing 1 required positional
//! argument", "takes 3 positional arguments but 4 were given", ...

use crate::error::{PyResult, type_error};
use crate::object::Obj;
use crate::types::str::as_str;

/// A Python-level signature: `qualname(self, params...)`, the first
/// `positional` of which may be passed by position, the first `required`
/// of which must be passed.
pub struct PySig {
    /// The function's qualified name, as messages show it.
    pub qualname: &'static str,
    /// Parameter names after `self`.
    pub params: &'static [&'static str],
    /// How many parameters may be passed by position.
    pub positional: usize,
    /// How many parameters have no default.
    pub required: usize,
}

/// Binds `args` (with `self` first) and the keyword values named by
/// `kwnames` (trailing in `args`) to the parameters after `self`.
pub fn bind(sig: &PySig, args: &[Obj], kwnames: &[Obj]) -> PyResult<Vec<Option<Obj>>> {
    let npos = args.len().saturating_sub(kwnames.len()).saturating_sub(1);
    let name = sig.qualname;
    if npos > sig.positional {
        let total = sig.positional + 1;
        let min = sig.required.min(sig.positional) + 1;
        let takes = if min == total {
            format!(
                "{total} positional argument{}",
                if total == 1 { "" } else { "s" }
            )
        } else {
            format!("from {min} to {total} positional arguments")
        };
        return Err(type_error(format!(
            "{name}() takes {takes} but {} {} given",
            npos + 1,
            if npos == 0 { "was" } else { "were" }
        )));
    }
    let mut out: Vec<Option<Obj>> = args.iter().skip(1).take(npos).cloned().map(Some).collect();
    out.resize(sig.params.len(), None);
    let kwvalues = &args[args.len() - kwnames.len().min(args.len())..];
    for (k, v) in kwnames.iter().zip(kwvalues) {
        let key = as_str(k).unwrap_or("");
        match sig.params.iter().position(|p| *p == key) {
            Some(i) if out[i].is_none() => out[i] = Some(v.clone()),
            Some(_) => {
                return Err(type_error(format!(
                    "{name}() got multiple values for argument '{key}'"
                )));
            }
            None => {
                return Err(type_error(format!(
                    "{name}() got an unexpected keyword argument '{key}'"
                )));
            }
        }
    }
    let missing: Vec<&str> = (0..sig.required)
        .filter(|&i| out[i].is_none())
        .map(|i| sig.params[i])
        .collect();
    if !missing.is_empty() {
        let names: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
        let list = match names.len() {
            1 => names[0].clone(),
            n => format!("{} and {}", names[..n - 1].join(", "), names[n - 1]),
        };
        return Err(type_error(format!(
            "{name}() missing {} required positional argument{}: {list}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" }
        )));
    }
    Ok(out)
}
