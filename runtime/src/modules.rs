//! The modules written in Rust, by name (one file per module under
//! `modules/`).

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
