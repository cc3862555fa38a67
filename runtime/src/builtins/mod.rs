//! The `builtins` module: the functions and names every program sees.

pub mod containers;
pub mod descriptors;
pub mod frame_fns;
mod functions;
pub mod site;
mod sum;

pub use functions::is_original;

use crate::error::{PyResult, type_error};
use crate::object::Obj;
use crate::protocol;
use crate::rt;
use crate::types::dict;
use crate::types::str::{as_str, new_str};

/// The builtins namespace, created on first use.
pub fn builtins_dict() -> Obj {
    if let Some(d) = rt::with(|rt| rt.builtins.borrow().clone()) {
        return d;
    }
    let d = dict::new_dict();
    rt::with(|rt| *rt.builtins.borrow_mut() = Some(d.clone()));
    populate(&d);
    d
}

fn populate(d: &Obj) {
    let set = |name: &str, v: Obj| {
        let _ = dict::set_str(d, name, v);
    };
    set("__name__", new_str("builtins"));
    frame_fns::populate(d);
    set("None", rt::none());
    set("True", rt::bool_obj(true));
    set("False", rt::bool_obj(false));
    set("NotImplemented", rt::not_implemented());
    set("Ellipsis", rt::with(|rt| rt.singletons.ellipsis.clone()));
    rt::with(|rt| {
        let t = &rt.types;
        for (name, ty) in [
            ("type", &t.type_),
            ("object", &t.object),
            ("int", &t.int),
            ("bool", &t.bool),
            ("float", &t.float),
            ("str", &t.str),
            ("tuple", &t.tuple),
            ("list", &t.list),
            ("dict", &t.dict),
        ] {
            set(name, ty.clone());
        }
        set("BaseException", rt.exceptions[0].clone());
        for (kind, name, _) in rt::Exc::TABLE {
            set(name, rt.exceptions[*kind as usize].clone());
        }
    });
    set("EnvironmentError", rt::exc(rt::Exc::OSError));
    set("IOError", rt::exc(rt::Exc::OSError));
    set("set", containers::set_type());
    set("complex", crate::types::complex::ty());
    set("bytes", crate::types::bytes::ty());
    set("bytearray", crate::types::bytearray::ty());
    set("memoryview", crate::types::memoryview::ty());
    set("frozenset", crate::types::set::frozenset_type());
    set("slice", crate::types::slice::slice_type());
    set("super", descriptors::super_type());
    set("property", descriptors::property_type());
    set("classmethod", descriptors::classmethod_type());
    set("staticmethod", descriptors::staticmethod_type());
    functions::register(&set);
    // `vars` and `dir` read the caller's frame: frame_fns::populate.
    set(
        "open",
        crate::types::function::new_builtin("open", crate::modules::io::open),
    );
    site::register(&set);
}

/// The name a callable has in call-related TypeErrors (`f()`,
/// `A.m()`).
pub fn callable_name(f: &Obj) -> String {
    let q = protocol::getattr_str(f, "__qualname__")
        .ok()
        .and_then(|q| as_str(&q).map(str::to_string));
    match q {
        Some(q) => format!("{q}()"),
        None => format!("{} object", protocol::type_name(f)),
    }
}

/// `ascii(o)`: the repr with non-ASCII characters escaped.
pub fn ascii(o: &Obj) -> PyResult<Obj> {
    let r = protocol::repr_string(o)?;
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    Ok(new_str(&out))
}

/// `format(value, spec)`.
pub fn format_value(v: &Obj, spec: Option<&Obj>) -> PyResult<Obj> {
    let spec = match spec {
        Some(s) => match as_str(s) {
            Some(s) => s.to_string(),
            None => {
                return Err(type_error(format!(
                    "format() argument 2 must be str, not {}",
                    protocol::type_name(s)
                )));
            }
        },
        None => String::new(),
    };
    crate::types::formatspec::format_obj(v, &spec)
}

/// `dir(o)` / `object.__dir__(o)`: the sorted attribute names of `o`,
/// its class and the class's bases (for a type: its MRO's namespaces).
pub fn dir_of(o: &Obj) -> PyResult<Obj> {
    let mut names: Vec<Obj> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut add_keys = |d: &Obj, names: &mut Vec<Obj>| {
        for (k, _) in dict::items(d) {
            if let Some(s) = as_str(&k)
                && seen.insert(s.to_string())
            {
                names.push(k.clone());
            }
        }
    };
    let is_type = crate::types::typeobj_ops::is_type(o);
    if !is_type && let Some(d) = o.dict() {
        add_keys(&d, &mut names);
    }
    let classes = if is_type {
        crate::types::typeobj_ops::with_data(o, |d| d.mro.borrow().clone())
    } else {
        crate::types::typeobj_ops::with_data(&o.ty(), |d| d.mro.borrow().clone())
    };
    for k in classes {
        add_keys(&crate::types::typeobj_ops::type_dict(&k), &mut names);
    }
    // What CPython keeps as getset descriptors, which our types compute
    // instead of storing.
    let cls = if is_type { o.clone() } else { o.ty() };
    let mut extras = vec!["__class__", "__doc__"];
    if crate::types::typeobj_ops::with_data(&cls, |d| d.is_heap && d.instance_dict) {
        extras.extend(["__dict__", "__weakref__"]);
    }
    for extra in extras {
        if seen.insert(extra.to_string()) {
            names.push(new_str(extra));
        }
    }
    names.sort_by(|a, b| as_str(a).cmp(&as_str(b)));
    Ok(crate::types::list::new_list(names))
}

/// The interactive prompt's echo: `repr` of a non-None value, bound to
/// `builtins._`.
pub fn print_expr(v: &Obj) -> PyResult<()> {
    if rt::is_none(v) {
        return Ok(());
    }
    let text = protocol::repr_string(v)?;
    crate::io::write_stdout(&format!("{text}\n"))?;
    dict::set_str(&builtins_dict(), "_", v.clone())
}
