//! The modules written in Rust, by name (one file per module under
//! `modules/`).

use crate::error::PyResult;
use crate::object::Obj;
use crate::types::function::{NativeFn, new_builtin};

pub mod args;
pub mod math;
pub mod pyargs;
pub mod random;
pub mod sha512;
pub mod structseq;
pub mod sys_info;
pub mod time;

/// A builtin (Rust) module, created on first import.
pub fn builtin_module(name: &str) -> Option<Obj> {
    match name {
        "builtins" => {
            let m = crate::types::module::new_module("builtins");
            m.set_dict(Some(crate::builtins::builtins_dict()));
            Some(m)
        }
        "math" => Some(math::new_module()),
        "time" => Some(time::new_module()),
        "random" => Some(random::new_module()),
        _ => None,
    }
}

/// Sets attribute `name` of module `m`.
pub fn set(m: &Obj, name: &str, v: Obj) {
    if let Some(d) = m.dict() {
        let _ = crate::types::dict::set_str(&d, name, v);
    }
}

/// Adds builtin function `name` to module `m`.
pub fn add(m: &Obj, name: &'static str, f: NativeFn) {
    set(m, name, new_builtin(name, f));
}

/// The source of the modules we write in Python (`runtime/pylib/NAME.py`,
/// our own code), compiled on first import.
pub fn embedded_source(name: &str) -> Option<&'static str> {
    match name {
        "abc" => Some(include_str!("../pylib/abc.py")),
        "dataclasses" => Some(include_str!("../pylib/dataclasses.py")),
        "enum" => Some(include_str!("../pylib/enum.py")),
        _ => None,
    }
}

/// Imports embedded module `name` (see [`embedded_source`]): registered in
/// `sys.modules` while its body runs, removed again if that raises.
pub fn embedded_module(name: &str) -> Option<PyResult<Obj>> {
    let text = embedded_source(name)?;
    Some((|| {
        use crate::types::{dict, str::new_str};
        let src = compiler::source::SourceFile::new(format!("<frozen {name}>"), text.to_string());
        let code = crate::run::compile(&src, name).map_err(crate::run::compile_error)?;
        let module = crate::types::module::new_module(name);
        let Some(ns) = module.dict() else {
            return Ok(module);
        };
        dict::set_str(&ns, "__builtins__", crate::builtins::builtins_dict())?;
        let modules = crate::import::modules();
        dict::set_str(&modules, name, module.clone())?;
        if let Err(e) = crate::run::exec_module(code, &ns) {
            let _ = dict::del_item(&modules, &new_str(name));
            return Err(e);
        }
        Ok(module)
    })())
}
