//! Raising and catching: `raise` with classes and causes, `except`
//! matching, `with`'s special method lookup, and exception groups.

use crate::error::{PyErr, PyResult, type_error};
use crate::object::Obj;
use crate::protocol;
use crate::rt::{self, Exc};
use crate::types::exception::{self, is_exception_class};
use crate::types::str::as_str;
use crate::types::typeobj_ops::{is_subtype, is_type};

/// The exception that `raise exc from cause` raises.
pub fn raise(exc: Option<Obj>, cause: Option<Obj>) -> PyErr {
    let Some(exc) = exc else {
        let top = rt::with(|rt| rt.handled.borrow().last().cloned());
        return match top {
            Some(e) => PyErr::reraise(e),
            None => PyErr::new(Exc::RuntimeError, "No active exception to reraise"),
        };
    };
    let inst = match instance_of(&exc) {
        Ok(i) => i,
        Err(e) => return e,
    };
    if let Some(cause) = cause {
        let c = if rt::is_none(&cause) {
            None
        } else {
            match instance_of(&cause) {
                Ok(c) => Some(c),
                Err(_) => return type_error("exception causes must derive from BaseException"),
            }
        };
        if let Some(d) = exception::data(&inst) {
            *d.cause.borrow_mut() = c;
            d.suppress_context.set(true);
        }
    }
    PyErr::from_instance(inst)
}

/// An exception instance from a class (instantiated with no arguments) or
/// an instance.
fn instance_of(o: &Obj) -> Result<Obj, PyErr> {
    if exception::is_exception(o) {
        return Ok(o.clone());
    }
    if is_exception_class(o) {
        let inst = protocol::call(o, &[], &[])?;
        if !exception::is_exception(&inst) {
            return Err(type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                protocol::repr_string(o)?,
                protocol::type_name(&inst)
            )));
        }
        return Ok(inst);
    }
    Err(type_error("exceptions must derive from BaseException"))
}

/// Whether exception `e` matches an `except` clause's type (a class or a
/// tuple of classes).
pub fn matches(e: &Obj, t: &Obj) -> PyResult<bool> {
    let classes = if crate::types::tuple::is_tuple(t) {
        crate::types::tuple::items(t)
    } else {
        std::slice::from_ref(t)
    };
    if !classes.iter().all(is_exception_class) {
        return Err(type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        ));
    }
    let et = e.ty();
    Ok(classes.iter().any(|c| is_subtype(&et, c)))
}

/// `e.__traceback__` (None until traceback objects exist in Python).
pub fn traceback_obj(_e: &Obj) -> Obj {
    rt::none()
}

/// `__enter__`/`__exit__`/`__aenter__`/`__aexit__` looked up on the type
/// and bound, with CPython's TypeError.
pub fn special_lookup(o: &Obj, name: &Obj) -> PyResult<Obj> {
    let n = as_str(name).unwrap_or("");
    match crate::types::typeobj_ops::lookup(&o.ty(), name)? {
        Some(m) => match m.with_type(|d| d.slots.descr_get.get()) {
            Some(get) => get(&m, Some(o), &o.ty()),
            None => Ok(m),
        },
        None => {
            let t = protocol::type_name(o);
            let (proto, missed) = match n {
                "__enter__" => ("the context manager protocol", ""),
                "__exit__" => ("the context manager protocol", " (missed __exit__ method)"),
                "__aenter__" => ("the asynchronous context manager protocol", ""),
                _ => (
                    "the asynchronous context manager protocol",
                    " (missed __aexit__ method)",
                ),
            };
            Err(type_error(format!(
                "'{t}' object does not support {proto}{missed}"
            )))
        }
    }
}

/// `except*` split: a tuple (matching part or None, rest or None).
pub fn group_split(e: &Obj, t: &Obj) -> PyResult<Obj> {
    crate::types::exception_group::except_star_split(e, t)
}

/// `except*` re-raise: what the statement raises at its end, or None.
pub fn group_reraise(orig: &Obj, raised: &Obj) -> PyResult<Obj> {
    crate::types::exception_group::prep_reraise_star(orig, &crate::types::list::snapshot(raised))
}

/// Whether `o` is a type (re-exported for builtins).
pub fn is_class(o: &Obj) -> bool {
    is_type(o)
}
