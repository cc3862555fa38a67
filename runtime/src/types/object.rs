//! `object`: the base of every class, with the generic attribute protocol
//! (`PyObject_GenericGetAttr`), identity hashing and equality, and the
//! default repr.

use crate::error::{PyResult, attribute_error, type_error};
use crate::object::{Obj, alloc};
use crate::protocol;
use crate::rt;
use crate::types::str::{as_str, new_str};
use crate::types::typeobj::{CompareOp, InitFn, NewFn, TypeData};
use crate::types::typeobj_ops::{lookup, with_data};

/// The payload of a plain `object()` or an instance of a class without a
/// builtin base.
pub struct ObjectData;

/// The `object` type's data.
pub fn type_data() -> TypeData {
    let t = TypeData::new::<ObjectData>("object").with_methods(object_methods);
    t.slots.getattr.set(Some(generic_getattr));
    t.slots.setattr.set(Some(generic_setattr));
    t.slots.repr.set(Some(default_repr));
    t.slots.str.set(Some(protocol::repr));
    t.slots.hash.set(Some(|o| Ok((o.id() >> 4) as i64)));
    t.slots.compare.set(Some(identity_compare));
    t.slots.new.set(Some(object_new));
    t.slots.init.set(Some(object_init));
    t
}

/// `object.__new__`: CPython's `object_new`, which rejects arguments
/// unless the class overrides `__init__` (and not `__new__`).
fn object_new(cls: &Obj, args: &[Obj], _kw: &[Obj]) -> PyResult<Obj> {
    if !args.is_empty() {
        let (new, init) = with_data(cls, |d| (d.slots.new.get(), d.slots.init.get()));
        if new.map(|f| f as usize) != Some(object_new as NewFn as usize) {
            return Err(type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if init.map(|f| f as usize) == Some(object_init as InitFn as usize) {
            return Err(crate::types::typeobj_ops::takes_no_arguments(cls));
        }
    }
    let layout = with_data(cls, |d| d.layout);
    if layout != std::any::TypeId::of::<ObjectData>()
        && layout != std::any::TypeId::of::<crate::types::class_slots::SlotsData>()
    {
        return Err(type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            with_data(cls, |d| d.name()),
            with_data(cls, |d| d.name())
        )));
    }
    check_abstract(cls)?;
    Ok(new_object(cls))
}

/// CPython's `Py_TPFLAGS_IS_ABSTRACT` check: a class whose own
/// `__abstractmethods__` (set by `abc.ABCMeta`) is non-empty cannot be
/// instantiated.
fn check_abstract(cls: &Obj) -> PyResult<()> {
    let d = crate::types::typeobj_ops::type_dict(cls);
    let Some(names) = crate::types::dict::get_str(&d, "__abstractmethods__")? else {
        return Ok(());
    };
    let mut names = protocol::collect(&names)?
        .iter()
        .map(protocol::str_string)
        .collect::<PyResult<Vec<String>>>()?;
    if names.is_empty() {
        return Ok(());
    }
    names.sort();
    Err(type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        with_data(cls, |d| d.name()),
        if names.len() == 1 { "" } else { "s" },
        names.join(", ")
    )))
}

/// `object.__init__`: CPython's `object_init`.
fn object_init(o: &Obj, args: &[Obj], _kw: &[Obj]) -> PyResult<()> {
    if !args.is_empty() {
        let ty = o.ty();
        let (new, init) = with_data(&ty, |d| (d.slots.new.get(), d.slots.init.get()));
        // A builtin type without an init slot (int, str, ...) inherits
        // object's, as CPython's slot inheritance would.
        if init.is_some_and(|f| f as usize != object_init as InitFn as usize) {
            return Err(type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if new.map(|f| f as usize) == Some(object_new as NewFn as usize) {
            return Err(crate::types::typeobj_ops::takes_no_arguments(&ty));
        }
    }
    Ok(())
}

/// `object.__reduce_ex__(protocol)`: an overriding `__reduce__` if the
/// class has one, else copyreg's reductions (`__newobj__` from protocol 2).
fn reduce_ex(a: &[Obj], _k: &[Obj]) -> PyResult<Obj> {
    let [o, proto] = a else {
        return Err(type_error(format!(
            "__reduce_ex__() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        )));
    };
    let proto = crate::args::to_bigint(proto)?;
    let name = new_str("__reduce__");
    let mine = crate::types::typeobj_ops::lookup(&o.ty(), &name)?;
    let base = crate::types::typeobj_ops::lookup(&rt::ty(|t| &t.object), &name)?;
    if let (Some(m), Some(b)) = (&mine, &base)
        && !m.is(b)
    {
        return protocol::call_method(o, "__reduce__", &[]);
    }
    if proto >= 2.into() {
        call_copyreg("_reduce_newobj", std::slice::from_ref(o))
    } else {
        call_copyreg(
            "_reduce_ex",
            &[o.clone(), crate::types::int::from_big(proto)],
        )
    }
}

fn call_copyreg(name: &str, args: &[Obj]) -> PyResult<Obj> {
    let copyreg = crate::import::import_module("copyreg")?;
    let f = protocol::getattr_str(&copyreg, name)?;
    protocol::call(&f, args, &[])
}

/// The methods of `object` that are not slots.
fn object_methods(t: &Obj) {
    use crate::types::function::{add_method, new_builtin};
    let init_subclass = new_builtin("__init_subclass__", |a, k| {
        if !k.is_empty() || a.len() > 1 {
            let name = a
                .first()
                .map(|c| with_data(c, |d| d.name()))
                .unwrap_or_default();
            return Err(type_error(format!(
                "{name}.__init_subclass__() takes no keyword arguments"
            )));
        }
        Ok(rt::none())
    });
    let cm = crate::builtins::descriptors::classmethod_of(init_subclass);
    crate::types::typeobj_ops::set_type_attr(t, "__init_subclass__", cm);
    let hook = new_builtin("__subclasshook__", |_, _| Ok(rt::not_implemented()));
    let hook = crate::builtins::descriptors::classmethod_of(hook);
    crate::types::typeobj_ops::set_type_attr(t, "__subclasshook__", hook);
    add_method(t, "__reduce_ex__", reduce_ex);
    add_method(t, "__reduce__", |a, _| match a {
        [o] => call_copyreg("_reduce_ex", &[o.clone(), Obj::small(0)]),
        _ => Err(type_error("__reduce__() takes no arguments")),
    });
    add_method(t, "__getstate__", |a, _| match a {
        [o] => Ok(o
            .dict()
            .filter(|d| crate::types::dict::len(d) > 0)
            .unwrap_or_else(rt::none)),
        _ => Err(type_error("__getstate__() takes no arguments")),
    });
    add_method(t, "__format__", |a, k| {
        let [o, spec] = a else {
            return Err(type_error(format!(
                "__format__() takes exactly one argument ({} given)",
                a.len().saturating_sub(1)
            )));
        };
        let _ = k;
        object_format(o, spec)
    });
    add_method(t, "__dir__", |a, _| match a {
        [o] => crate::builtins::dir_of(o),
        _ => Err(type_error("__dir__() takes no arguments")),
    });
}

/// `object.__format__(o, spec)`: `str(o)` for an empty spec.
pub fn object_format(o: &Obj, spec: &Obj) -> PyResult<Obj> {
    let Some(s) = as_str(spec) else {
        return Err(type_error(format!(
            "__format__() argument must be str, not {}",
            protocol::type_name(spec)
        )));
    };
    if !s.is_empty() {
        return Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            protocol::type_name(o)
        )));
    }
    protocol::str(o)
}

/// A new instance of `cls` with the object layout.
pub fn new_object(cls: &Obj) -> Obj {
    let slotted = with_data(cls, |d| {
        d.layout == std::any::TypeId::of::<crate::types::class_slots::SlotsData>()
    });
    let o = if slotted {
        crate::types::class_slots::new_instance(cls)
    } else {
        alloc(cls.clone(), ObjectData)
    };
    if with_data(cls, |d| d.instance_dict) {
        o.set_dict(Some(crate::types::dict::new_dict()));
    }
    o
}

/// `object.__eq__`/`__ne__`: identity, NotImplemented for ordering.
pub fn identity_compare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    Ok(match op {
        CompareOp::Eq => {
            if a.is(b) {
                rt::bool_obj(true)
            } else {
                rt::not_implemented()
            }
        }
        CompareOp::Ne => {
            // `__ne__` inverts `__eq__` unless that is NotImplemented.
            let eq = protocol::rich_compare_slot(a, b, CompareOp::Eq)?;
            if rt::is_not_implemented(&eq) {
                eq
            } else {
                rt::bool_obj(!protocol::truth(&eq)?)
            }
        }
        _ => rt::not_implemented(),
    })
}

/// `<module.Class object at 0x...>`.
pub fn default_repr(o: &Obj) -> PyResult<Obj> {
    let ty = o.ty();
    let name = with_data(&ty, |d| d.qualname.borrow().clone());
    let module =
        crate::types::dict::get_str(&crate::types::typeobj_ops::type_dict(&ty), "__module__")?
            .and_then(|m| as_str(&m).map(str::to_string));
    let text = match module {
        Some(m) if m != "builtins" => format!("<{m}.{name} object at {:#x}>", o.id()),
        _ => format!("<{name} object at {:#x}>", o.id()),
    };
    Ok(new_str(&text))
}

/// The generic attribute lookup: data descriptors on the type, then the
/// instance dict, then other class attributes (bound through `__get__`).
/// `Ok(None)` means "no such attribute".
pub fn generic_getattr(o: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    let ty = o.ty();
    let attr = lookup(&ty, name)?;
    if let Some(a) = &attr {
        let (get, set) = a.with_type(|d| (d.slots.descr_get.get(), d.slots.descr_set.get()));
        if let (Some(get), Some(_)) = (get, set) {
            return get(a, Some(o), &ty).map(Some);
        }
    }
    if let Some(d) = o.dict()
        && let Some(v) = crate::types::dict::get_item(&d, name)?
    {
        return Ok(Some(v));
    }
    if let Some(a) = attr {
        if let Some(get) = a.with_type(|d| d.slots.descr_get.get()) {
            return get(&a, Some(o), &ty).map(Some);
        }
        return Ok(Some(a));
    }
    match as_str(name) {
        Some("__class__") => Ok(Some(ty)),
        Some("__dict__") => Ok(o.dict()),
        _ => Ok(None),
    }
}

/// The generic attribute assignment: a data descriptor on the type, else
/// the instance dict.
pub fn generic_setattr(o: &Obj, name: &Obj, value: Option<&Obj>) -> PyResult<()> {
    let ty = o.ty();
    if let Some(a) = lookup(&ty, name)?
        && let Some(set) = a.with_type(|d| d.slots.descr_set.get())
    {
        return set(&a, o, value);
    }
    let Some(d) = o.dict() else {
        let tname = protocol::type_name(o);
        let n = as_str(name).unwrap_or("?");
        return Err(match lookup(&ty, name)? {
            Some(_) => attribute_error(format!("'{tname}' object attribute '{n}' is read-only")),
            None => attribute_error(format!("'{tname}' object has no attribute '{n}'")),
        });
    };
    match value {
        Some(v) => crate::types::dict::set_item(&d, name.clone(), v.clone()),
        None => {
            if crate::types::dict::del_item(&d, name)? {
                Ok(())
            } else {
                Err(attribute_error(format!(
                    "'{}' object has no attribute '{}'",
                    protocol::type_name(o),
                    as_str(name).unwrap_or("?")
                )))
            }
        }
    }
}

/// Attributes every type has without storing them: `__name__`,
/// `__qualname__`, `__mro__`, `__bases__`, `__base__`, `__dict__`,
/// `__module__` of builtins.
pub fn special_type_attr(t: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    let Some(n) = as_str(name) else {
        return Ok(None);
    };
    Ok(match n {
        "__name__" => Some(new_str(&with_data(t, |d| d.name()))),
        "__qualname__" => Some(new_str(&with_data(t, |d| d.qualname.borrow().clone()))),
        "__mro__" => Some(crate::types::tuple::new_tuple(with_data(t, |d| {
            d.mro.borrow().clone()
        }))),
        "__bases__" => Some(crate::types::tuple::new_tuple(with_data(t, |d| {
            d.bases.borrow().clone()
        }))),
        "__base__" => {
            Some(with_data(t, |d| d.bases.borrow().first().cloned()).unwrap_or_else(rt::none))
        }
        "__dict__" => Some(crate::types::mappingproxy::new_mappingproxy(
            crate::types::typeobj_ops::type_dict(t),
        )),
        "__module__" => Some(new_str("builtins")),
        "__doc__" => Some(rt::none()),
        "__class__" => Some(t.ty()),
        _ => None,
    })
}
