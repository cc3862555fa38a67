//! Builtin functions and methods implemented in Rust.
//!
//! A `BuiltinFn` stored in a type's namespace is a method descriptor:
//! looking it up on an instance binds the instance as `self`, which the
//! call then passes first.

use crate::error::PyResult;
use crate::object::{Obj, alloc};
use crate::rt;
use crate::types::typeobj::TypeData;

/// A Rust function callable from Python: positional arguments then the
/// keyword values named by `kwnames` (one `str` per keyword).
pub type NativeFn = fn(args: &[Obj], kwnames: &[Obj]) -> PyResult<Obj>;

/// The payload of a builtin function or method.
pub struct BuiltinFn {
    /// `__name__`.
    pub name: &'static str,
    /// The implementation.
    pub f: NativeFn,
    /// The bound `self`, for a bound method.
    pub bound: Option<Obj>,
    /// Whether lookup through an instance binds it.
    pub is_method: bool,
}

/// The data of `builtin_function_or_method`.
pub fn builtin_type_data() -> TypeData {
    let t = TypeData::new::<BuiltinFn>("builtin_function_or_method").final_type();
    t.slots.call.set(Some(call));
    t.slots.descr_get.set(Some(descr_get));
    t.slots.repr.set(Some(|o| {
        let b = o.downcast::<BuiltinFn>().map(|b| (b.name, b.bound.clone()));
        let text = match b {
            Some((name, Some(s))) if !rt::is_none(&s) => format!(
                "<built-in method {name} of {} object at {:#x}>",
                crate::protocol::type_name(&s),
                s.id()
            ),
            Some((name, _)) => format!("<built-in function {name}>"),
            None => "<built-in function>".into(),
        };
        Ok(crate::types::str::new_str(&text))
    }));
    t
}

/// A builtin function (not a method).
pub fn new_builtin(name: &'static str, f: NativeFn) -> Obj {
    alloc(
        rt::ty(|t| &t.builtin_function),
        BuiltinFn {
            name,
            f,
            bound: None,
            is_method: false,
        },
    )
}

/// Adds a method implemented by `f` (which receives `self` first) to type
/// `t`.
pub fn add_method(t: &Obj, name: &'static str, f: NativeFn) {
    let m = alloc(
        rt::ty(|t| &t.builtin_function),
        BuiltinFn {
            name,
            f,
            bound: None,
            is_method: true,
        },
    );
    crate::types::typeobj_ops::set_type_attr(t, name, m);
}

fn call(o: &Obj, args: &[Obj], kwnames: &[Obj]) -> PyResult<Obj> {
    let Some(b) = o.downcast::<BuiltinFn>() else {
        return Err(crate::error::type_error("not a builtin function"));
    };
    match &b.bound {
        Some(s) => {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(s.clone());
            all.extend_from_slice(args);
            (b.f)(&all, kwnames)
        }
        None => (b.f)(args, kwnames),
    }
}

/// The implementation of `f` when it is a builtin function or an unbound
/// builtin method: callers with positional arguments call it directly,
/// without the slot dispatch of `protocol::call`.
#[inline]
pub fn unbound_builtin(f: &Obj) -> Option<NativeFn> {
    f.downcast::<BuiltinFn>()
        .filter(|b| b.bound.is_none())
        .map(|b| b.f)
}

fn descr_get(o: &Obj, instance: Option<&Obj>, _owner: &Obj) -> PyResult<Obj> {
    let Some(b) = o.downcast::<BuiltinFn>() else {
        return Ok(o.clone());
    };
    match instance {
        Some(inst) if b.is_method && b.bound.is_none() => Ok(alloc(
            rt::ty(|t| &t.builtin_function),
            BuiltinFn {
                name: b.name,
                f: b.f,
                bound: Some(inst.clone()),
                is_method: false,
            },
        )),
        _ => Ok(o.clone()),
    }
}
