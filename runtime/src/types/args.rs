//! Argument binding for builtin functions and methods, with the error
//! messages of CPython's Argument Clinic (`_PyArg_UnpackKeywords`).

use crate::error::{PyResult, type_error};
use crate::object::Obj;
use crate::types::str::as_str;

/// The parameters of a builtin: names in order; the first `posonly` are
/// positional-only, those from `kwonly` on are keyword-only; the first
/// `required` are required.
pub struct Signature {
    /// `name()` as error messages show it.
    pub name: &'static str,
    /// Every parameter, in order.
    pub params: &'static [&'static str],
    /// How many leading parameters are positional-only.
    pub posonly: usize,
    /// The index of the first keyword-only parameter (`params.len()` if none).
    pub kwonly: usize,
    /// How many leading parameters are required.
    pub required: usize,
}

impl Signature {
    /// Binds `args` (positional values then keyword values named by
    /// `kwnames`) to the parameters; `None` for an omitted optional one.
    pub fn bind(&self, args: &[Obj], kwnames: &[Obj]) -> PyResult<Vec<Option<Obj>>> {
        let npos = args.len() - kwnames.len();
        let name = self.name;
        let max = self.params.len();
        if args.len() > max {
            return Err(type_error(format!(
                "{name}() takes at most {max} argument{} ({} given)",
                plural(max),
                args.len()
            )));
        }
        if npos > self.kwonly {
            return Err(type_error(format!(
                "{name}() takes at most {} positional argument{} ({npos} given)",
                self.kwonly,
                plural(self.kwonly)
            )));
        }
        let mut out: Vec<Option<Obj>> = vec![None; max];
        for (slot, a) in out.iter_mut().zip(&args[..npos]) {
            *slot = Some(a.clone());
        }
        for (k, v) in kwnames.iter().zip(&args[npos..]) {
            let key = as_str(k).unwrap_or("");
            let idx = self.params.iter().position(|p| *p == key);
            match idx {
                Some(i) if i >= self.posonly => {
                    if out[i].is_some() {
                        return Err(type_error(format!(
                            "argument for {name}() given by name ('{key}') and position ({})",
                            i + 1
                        )));
                    }
                    out[i] = Some(v.clone());
                }
                _ => {
                    return Err(type_error(format!(
                        "'{key}' is an invalid keyword argument for {name}()"
                    )));
                }
            }
        }
        for (i, v) in out.iter().enumerate().take(self.required) {
            if v.is_none() {
                return Err(type_error(format!(
                    "{name}() missing required argument '{}' (pos {})",
                    self.params[i],
                    i + 1
                )));
            }
        }
        Ok(out)
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
