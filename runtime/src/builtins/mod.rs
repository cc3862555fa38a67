//! The `builtins` module: the functions and names every program sees.

pub mod containers;
pub mod descriptors;
pub mod frame_fns;
mod functions;

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
    set("super", descriptors::super_type());
    set("property", descriptors::property_type());
    set("classmethod", descriptors::classmethod_type());
    set("staticmethod", descriptors::staticmethod_type());
    functions::register(&set);
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
    let spec_s = match spec {
        Some(s) => as_str(s)
            .ok_or_else(|| type_error("format spec must be a str"))?
            .to_string(),
        None => String::new(),
    };
    if let Some(f) = crate::types::typeobj_ops::lookup_special(v, "__format__")? {
        let bound = match f.with_type(|d| d.slots.descr_get.get()) {
            Some(get) => get(&f, Some(v), &v.ty())?,
            None => f,
        };
        let r = protocol::call(&bound, &[new_str(&spec_s)], &[])?;
        if !crate::types::str::is_str(&r) {
            return Err(type_error(format!(
                "__format__ must return a str, not {}",
                protocol::type_name(&r)
            )));
        }
        return Ok(r);
    }
    if spec_s.is_empty() {
        return protocol::str(v);
    }
    Err(type_error(format!(
        "unsupported format string passed to {}.__format__",
        protocol::type_name(v)
    )))
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
