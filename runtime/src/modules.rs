//! The modules written in Rust, by name.

use crate::object::Obj;

/// A builtin (Rust) module, created on first import.
pub fn builtin_module(name: &str) -> Option<Obj> {
    match name {
        "builtins" => {
            let m = crate::types::module::new_module("builtins");
            m.set_dict(Some(crate::builtins::builtins_dict()));
            Some(m)
        }
        _ => None,
    }
}
