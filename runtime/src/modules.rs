//! The modules written in Rust, by name (one file per module under
//! `modules/`).

use crate::object::Obj;
use crate::types::function::{NativeFn, new_builtin};

pub mod cmath;
pub mod collections_deque;
pub mod gc;
pub mod importlib;
pub mod io;
pub mod itertools;
pub mod json;
pub mod math;
pub mod os;
pub mod os_path;
pub mod pystruct;
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
        "_collections" => Some(collections_deque::new_module()),
        "gc" => Some(gc::new_module()),
        "math" => Some(math::new_module()),
        "cmath" => Some(cmath::new_module()),
        "_json" => Some(json::new_module()),
        "_struct" => Some(pystruct::new_module()),
        "time" => Some(time::new_module()),
        "io" | "_io" => Some(io::new_module(name)),
        "os" => Some(os::new_module()),
        "posixpath" => Some(os_path::module()),
        "importlib" => Some(importlib::new_module()),
        "itertools" => Some(itertools::new_module()),
        "random" => Some(random::new_module()),
        _ => None,
    }
}

/// A module written in Python and embedded in the runtime (compiled on
/// first import, like a user module, under the name `<frozen NAME>`).
pub struct Frozen {
    /// The module's source text.
    pub source: &'static str,
    /// Whether the module is a package (gets an empty `__path__`).
    pub is_package: bool,
}

macro_rules! frozen_table {
    ($($name:literal => $file:literal $(, $pkg:ident)?;)*) => {
        /// The embedded Python module `name`, if there is one.
        pub fn frozen(name: &str) -> Option<&'static Frozen> {
            match name {
                $($name => {
                    static F: Frozen = Frozen {
                        source: include_str!(concat!("../pylib/", $file)),
                        is_package: frozen_table!(@pkg $($pkg)?),
                    };
                    Some(&F)
                })*
                _ => None,
            }
        }
    };
    (@pkg package) => { true };
    (@pkg) => { false };
}

frozen_table! {
    "bisect" => "bisect.py";
    "collections" => "collections/__init__.py", package;
    "collections.abc" => "collections/abc.py";
    "copy" => "copy.py";
    "copyreg" => "copyreg.py";
    "fractions" => "fractions.py";
    "functools" => "functools.py";
    "heapq" => "heapq.py";
    "inspect" => "inspect.py";
    "json" => "json/__init__.py", package;
    "json.decoder" => "json/decoder.py";
    "json.encoder" => "json/encoder.py";
    "abc" => "abc.py";
    "dataclasses" => "dataclasses.py";
    "enum" => "enum.py";
    "operator" => "operator.py";
    "statistics" => "statistics.py";
    "string" => "string.py";
    "struct" => "struct.py";
    "types" => "types.py";
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

/// `cls[item]` for a type without `__class_getitem__`: the builtin
/// generic types (`list[int]`) give a `types.GenericAlias`, others raise
/// CPython's TypeError.
pub fn class_getitem(cls: &Obj, item: &Obj) -> crate::error::PyResult<Obj> {
    let name = crate::types::typeobj_ops::with_data(cls, |d| d.name());
    let generic = !crate::types::class::is_heap_type(cls)
        && matches!(
            name.as_str(),
            "list"
                | "dict"
                | "tuple"
                | "set"
                | "frozenset"
                | "type"
                | "enumerate"
                | "zip"
                | "map"
                | "filter"
                | "reversed"
        );
    if !generic {
        return Err(crate::error::type_error(format!(
            "type '{name}' is not subscriptable"
        )));
    }
    let types = crate::import::import_module("types")?;
    let alias = crate::protocol::getattr_str(&types, "GenericAlias")?;
    crate::protocol::call(&alias, &[cls.clone(), item.clone()], &[])
}
