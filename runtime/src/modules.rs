//! The modules written in Rust, by name (one file per module under
//! `modules/`).

use crate::object::Obj;
use crate::types::function::{NativeFn, new_builtin};

pub mod args;
pub mod frozen;
pub mod gc;
pub mod importlib;
pub mod io;
pub mod math;
pub mod os;
pub mod os_path;
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
        "gc" => Some(gc::new_module()),
        "math" => Some(math::new_module()),
        "time" => Some(time::new_module()),
        "io" | "_io" => Some(io::new_module(name)),
        "os" => Some(os::new_module()),
        "posixpath" => Some(os_path::module()),
        "importlib" => Some(importlib::new_module()),
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
