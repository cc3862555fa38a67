//! Python exceptions as Rust errors: every fallible runtime function
//! returns `PyResult<T>`; the error holds the exception instance.

use crate::object::Obj;
use crate::rt;

/// A raised Python exception (always an instance, never a class).
#[derive(Clone, Debug)]
pub struct PyErr {
    /// The exception instance.
    pub exc: Obj,
}

/// The result of anything that can raise.
pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    /// Raises an exception instance: like CPython's `_PyErr_SetObject`, its
    /// `__context__` becomes the exception being handled, if any.
    pub fn from_instance(exc: Obj) -> PyErr {
        chain_context(&exc);
        PyErr { exc }
    }

    /// Re-raises an exception unchanged (no new context).
    pub fn reraise(exc: Obj) -> PyErr {
        PyErr { exc }
    }

    /// An exception of builtin class `kind` with one message argument.
    pub fn new(kind: rt::Exc, msg: impl Into<String>) -> PyErr {
        let class = rt::exc(kind);
        let msg = crate::types::str::new_str(&msg.into());
        PyErr::from_instance(crate::types::exception::instantiate(&class, vec![msg]))
    }

    /// An exception of builtin class `kind` with the given args.
    pub fn with_args(kind: rt::Exc, args: Vec<Obj>) -> PyErr {
        PyErr::from_instance(crate::types::exception::instantiate(&rt::exc(kind), args))
    }

    /// Whether the exception is an instance of builtin class `kind`.
    pub fn matches(&self, kind: rt::Exc) -> bool {
        crate::types::typeobj_ops::is_subtype(&self.exc.ty(), &rt::exc(kind))
    }
}

/// Sets `exc.__context__` to the exception being handled, breaking any
/// cycle that would create (as CPython does).
fn chain_context(exc: &Obj) {
    let Some(handled) = rt::with(|rt| rt.handled.borrow().last().cloned()) else {
        return;
    };
    if handled.is(exc) {
        return;
    }
    let mut o = handled.clone();
    // A chain that cycles without reaching `exc` must not hang us.
    for _ in 0..100_000 {
        let next = crate::types::exception::data(&o).and_then(|d| d.context.borrow().clone());
        match next {
            Some(c) if c.is(exc) => {
                if let Some(d) = crate::types::exception::data(&o) {
                    *d.context.borrow_mut() = None;
                }
                break;
            }
            Some(c) => o = c,
            None => break,
        }
    }
    if let Some(d) = crate::types::exception::data(exc) {
        *d.context.borrow_mut() = Some(handled);
    }
}

/// `TypeError(msg)`.
pub fn type_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(rt::Exc::TypeError, msg)
}

/// `ValueError(msg)`.
pub fn value_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(rt::Exc::ValueError, msg)
}

/// `IndexError(msg)`.
pub fn index_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(rt::Exc::IndexError, msg)
}

/// `OverflowError(msg)`.
pub fn overflow_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(rt::Exc::OverflowError, msg)
}

/// `ZeroDivisionError(msg)`.
pub fn zero_division(msg: impl Into<String>) -> PyErr {
    PyErr::new(rt::Exc::ZeroDivisionError, msg)
}

/// `AttributeError(msg)`.
pub fn attribute_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(rt::Exc::AttributeError, msg)
}

/// `RuntimeError(msg)`.
pub fn runtime_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(rt::Exc::RuntimeError, msg)
}

/// `KeyError(key)`.
pub fn key_error(key: Obj) -> PyErr {
    PyErr::with_args(rt::Exc::KeyError, vec![key])
}
