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
    BUILTIN
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, make)| make(name))
}

/// Whether `import name` finds a module of the runtime's own (Rust or
/// embedded Python, or `sys`) when the program has no file of that name:
/// what `pyrite build` need not look for among the program's files.
pub fn is_library(name: &str) -> bool {
    name == "sys" || BUILTIN.iter().any(|(n, _)| *n == name) || frozen(name).is_some()
}

/// Makes a builtin module (given the name it is imported as).
type MakeModule = fn(&str) -> Obj;

/// The modules written in Rust, by name, with their constructors.
const BUILTIN: &[(&str, MakeModule)] = &[
    ("builtins", |_| {
        let m = crate::types::module::new_module("builtins");
        m.set_dict(Some(crate::builtins::builtins_dict()));
        m
    }),
    ("_collections", |_| collections_deque::new_module()),
    ("gc", |_| gc::new_module()),
    ("math", |_| math::new_module()),
    ("cmath", |_| cmath::new_module()),
    ("_json", |_| json::new_module()),
    ("_struct", |_| pystruct::new_module()),
    ("time", |_| time::new_module()),
    ("io", io::new_module),
    ("_io", io::new_module),
    ("os", |_| os::new_module()),
    ("posixpath", |_| os_path::module()),
    ("importlib", |_| importlib::new_module()),
    ("itertools", |_| itertools::new_module()),
    ("random", |_| random::new_module()),
];

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
