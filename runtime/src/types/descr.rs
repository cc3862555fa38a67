//! Descriptors for builtin types: read-only attributes computed by a Rust
//! getter (`getset_descriptor`, as `int.real`) and class methods
//! implemented in Rust (`classmethod_descriptor`, as `int.from_bytes`).
//!
//! A class method's function receives the class as `args[0]`, whether it
//! is looked up on the class (`int.from_bytes`) or on an instance
//! (`(5).from_bytes`, bound to `type(5)`): `__get__` binds the owner.

use std::cell::OnceCell;

use crate::error::{PyResult, attribute_error};
use crate::object::{Obj, alloc};
use crate::rt;
use crate::types::function::{BuiltinFn, NativeFn};
use crate::types::typeobj::TypeData;
use crate::types::typeobj_ops::{set_type_attr, with_data};

/// A getter: the attribute's value for an instance.
pub type GetterFn = fn(&Obj) -> PyResult<Obj>;

/// The payload of a `getset_descriptor`.
pub struct GetSetDescr {
    /// The attribute name.
    pub name: &'static str,
    /// The owning type's name (for error messages).
    pub owner: String,
    /// Computes the value.
    pub get: GetterFn,
}

/// The payload of a `classmethod_descriptor`.
pub struct ClassMethodDescr {
    /// `__name__`.
    pub name: &'static str,
    /// The implementation; `args[0]` is the class.
    pub f: NativeFn,
}

thread_local! {
    static GETSET_TYPE: OnceCell<Obj> = const { OnceCell::new() };
    static CLASSMETHOD_TYPE: OnceCell<Obj> = const { OnceCell::new() };
}

fn getset_type() -> Obj {
    GETSET_TYPE.with(|c| {
        c.get_or_init(|| {
            let t = TypeData::new::<GetSetDescr>("getset_descriptor").final_type();
            t.slots.descr_get.set(Some(getset_get));
            t.slots.descr_set.set(Some(|d, o, _| {
                let (name, owner) = d
                    .downcast::<GetSetDescr>()
                    .map(|g| (g.name, g.owner.clone()))
                    .unwrap_or_default();
                let _ = o;
                Err(attribute_error(format!(
                    "attribute '{name}' of '{owner}' objects is not writable"
                )))
            }));
            t.slots.repr.set(Some(|d| {
                let (name, owner) = d
                    .downcast::<GetSetDescr>()
                    .map(|g| (g.name, g.owner.clone()))
                    .unwrap_or_default();
                Ok(crate::types::str::new_str(&format!(
                    "<attribute '{name}' of '{owner}' objects>"
                )))
            }));
            let t = crate::types::class::new_builtin_type(t);
            t.make_immortal();
            t
        })
        .clone()
    })
}

fn classmethod_type() -> Obj {
    CLASSMETHOD_TYPE.with(|c| {
        c.get_or_init(|| {
            let t = TypeData::new::<ClassMethodDescr>("classmethod_descriptor").final_type();
            t.slots.descr_get.set(Some(classmethod_get));
            let t = crate::types::class::new_builtin_type(t);
            t.make_immortal();
            t
        })
        .clone()
    })
}

/// Adds a read-only attribute computed by `get` to type `t`.
pub fn add_getter(t: &Obj, name: &'static str, get: GetterFn) {
    let owner = with_data(t, |d| d.name());
    let d = alloc(getset_type(), GetSetDescr { name, owner, get });
    set_type_attr(t, name, d);
}

/// Adds a class method implemented by `f` (which receives the class as
/// `args[0]`) to type `t`.
pub fn add_classmethod(t: &Obj, name: &'static str, f: NativeFn) {
    let d = alloc(classmethod_type(), ClassMethodDescr { name, f });
    set_type_attr(t, name, d);
}

fn getset_get(d: &Obj, instance: Option<&Obj>, _owner: &Obj) -> PyResult<Obj> {
    match (instance, d.downcast::<GetSetDescr>()) {
        (Some(o), Some(g)) => (g.get)(o),
        _ => Ok(d.clone()),
    }
}

fn classmethod_get(d: &Obj, instance: Option<&Obj>, owner: &Obj) -> PyResult<Obj> {
    let Some(c) = d.downcast::<ClassMethodDescr>() else {
        return Ok(d.clone());
    };
    let cls = match instance {
        Some(o) if !crate::types::typeobj_ops::is_type(owner) => o.ty(),
        _ => owner.clone(),
    };
    Ok(alloc(
        rt::ty(|t| &t.builtin_function),
        BuiltinFn {
            name: c.name,
            f: c.f,
            bound: Some(cls),
            is_method: false,
        },
    ))
}
