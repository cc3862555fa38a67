//! Async generators' protocol: `__anext__`/`asend`/`athrow`/`aclose` and
//! the awaitables they return (`async_generator_asend`,
//! `async_generator_athrow`), as CPython's genobject.c.
//!
//! An async generator's frame suspends for two reasons: its own `yield`
//! (the value arrives wrapped by the `async_gen.wrap` instruction) and an
//! `await` inside it passing a value up to the event loop (unwrapped). The
//! awaitables drive the frame: an unwrapped value is passed on to whoever
//! awaits them; a wrapped one finishes the awaitable, its value becoming
//! the `StopIteration` value, which is what `await gen.asend(v)` returns.

use std::cell::Cell;

use crate::error::{PyErr, PyResult, type_error};
use crate::object::{Obj, alloc};
use crate::rt::{self, Exc};
use crate::types::function::add_method;
use crate::types::typeobj::TypeData;
use crate::vm::eval::Exit;
use crate::vm::generator::{GeneratorData, resume};

/// A value yielded by an async generator's own `yield`.
pub struct WrappedValue(Obj);

/// Where an awaitable is in its life.
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Init,
    Iter,
    Closed,
}

/// `async_generator_asend`: one `__anext__()`/`asend(v)` step.
pub struct ASend {
    agen: Obj,
    value: Obj,
    state: Cell<State>,
}

/// `async_generator_athrow`: `athrow(...)`, or `aclose()` when `args` is
/// `None`.
pub struct AThrow {
    agen: Obj,
    args: Option<Vec<Obj>>,
    state: Cell<State>,
}

thread_local! {
    static WRAPPED_TYPE: Obj = {
        let t = crate::types::class::new_builtin_type(
            TypeData::new::<WrappedValue>("async_generator_wrapped_value").final_type(),
        );
        t.make_immortal();
        t
    };
    static ASEND_TYPE: Obj = {
        let t = TypeData::new::<ASend>("async_generator_asend").final_type();
        t.slots.iter.set(Some(|o| Ok(o.clone())));
        t.slots.next.set(Some(|o| next_result(asend_send(o, rt::none()))));
        let t = t.with_methods(|ty| {
            add_method(ty, "send", |a, _| asend_send(&arg(a, 0)?, arg(a, 1)?));
            add_method(ty, "throw", |a, _| {
                let e = throw_args(&a[1..])?;
                asend_throw(&arg(a, 0)?, e)
            });
            add_method(ty, "close", |a, _| {
                if let Some(s) = arg(a, 0)?.downcast::<ASend>() {
                    s.state.set(State::Closed);
                }
                Ok(rt::none())
            });
            add_method(ty, "__next__", |a, _| asend_send(&arg(a, 0)?, rt::none()));
            add_method(ty, "__await__", |a, _| arg(a, 0));
        });
        let t = crate::types::class::new_builtin_type(t);
        t.make_immortal();
        t
    };
    static ATHROW_TYPE: Obj = {
        let t = TypeData::new::<AThrow>("async_generator_athrow").final_type();
        t.slots.iter.set(Some(|o| Ok(o.clone())));
        t.slots.next.set(Some(|o| next_result(athrow_send(o, rt::none()))));
        let t = t.with_methods(|ty| {
            add_method(ty, "send", |a, _| athrow_send(&arg(a, 0)?, arg(a, 1)?));
            add_method(ty, "throw", |a, _| {
                let e = throw_args(&a[1..])?;
                athrow_throw(&arg(a, 0)?, e)
            });
            add_method(ty, "close", |a, _| {
                if let Some(s) = arg(a, 0)?.downcast::<AThrow>() {
                    s.state.set(State::Closed);
                }
                Ok(rt::none())
            });
            add_method(ty, "__next__", |a, _| athrow_send(&arg(a, 0)?, rt::none()));
            add_method(ty, "__await__", |a, _| arg(a, 0));
        });
        let t = crate::types::class::new_builtin_type(t);
        t.make_immortal();
        t
    };
}

/// What `async_gen.wrap v` produces.
pub fn wrap(v: Obj) -> Obj {
    alloc(WRAPPED_TYPE.with(Obj::clone), WrappedValue(v))
}

/// Adds the async generator methods to the `async_generator` type.
pub fn add_methods(ty: &Obj) {
    add_method(ty, "__aiter__", |a, _| arg(a, 0));
    add_method(ty, "__anext__", |a, _| {
        Ok(new_asend(arg(a, 0)?, rt::none()))
    });
    add_method(ty, "asend", |a, _| Ok(new_asend(arg(a, 0)?, arg(a, 1)?)));
    add_method(ty, "athrow", |a, _| {
        let g = arg(a, 0)?;
        if a.len() < 2 || a.len() > 4 {
            return Err(type_error(format!(
                "athrow expected at least 1 argument, got {}",
                a.len().saturating_sub(1)
            )));
        }
        Ok(new_athrow(g, Some(a[1..].to_vec())))
    });
    add_method(ty, "aclose", |a, _| Ok(new_athrow(arg(a, 0)?, None)));
}

fn new_asend(agen: Obj, value: Obj) -> Obj {
    alloc(
        ASEND_TYPE.with(Obj::clone),
        ASend {
            agen,
            value,
            state: Cell::new(State::Init),
        },
    )
}

fn new_athrow(agen: Obj, args: Option<Vec<Obj>>) -> Obj {
    alloc(
        ATHROW_TYPE.with(Obj::clone),
        AThrow {
            agen,
            args,
            state: Cell::new(State::Init),
        },
    )
}

fn arg(a: &[Obj], i: usize) -> PyResult<Obj> {
    a.get(i)
        .cloned()
        .ok_or_else(|| type_error("missing argument"))
}

fn gen_data(g: &Obj) -> PyResult<&GeneratorData> {
    g.downcast::<GeneratorData>()
        .ok_or_else(|| type_error("not an async generator"))
}

/// The `next` slot's convention: StopIteration's end becomes `None`.
fn next_result(r: PyResult<Obj>) -> PyResult<Option<Obj>> {
    r.map(Some)
}

/// The exception `throw(type[, value[, tb]])` raises.
fn throw_args(args: &[Obj]) -> PyResult<PyErr> {
    crate::vm::generator::normalize_throw(args)
}

fn stop_iteration(v: Obj) -> PyErr {
    PyErr::with_args(Exc::StopIteration, vec![v])
}

/// CPython's `async_gen_unwrap_value`: a wrapped value finishes the
/// awaitable (StopIteration); an unwrapped one passes through; the end of
/// the generator is StopAsyncIteration.
fn unwrap_value(g: &GeneratorData, r: PyResult<Exit>) -> PyResult<Obj> {
    match r {
        Ok(Exit::Yield(v)) => match v.downcast::<WrappedValue>() {
            Some(w) => {
                g.running_async.set(false);
                Err(stop_iteration(w.0.clone()))
            }
            None => Ok(v),
        },
        Ok(Exit::Return(_)) => {
            g.running_async.set(false);
            g.closed.set(true);
            Err(PyErr::with_args(Exc::StopAsyncIteration, vec![]))
        }
        Err(e) => {
            g.running_async.set(false);
            if e.matches(Exc::StopAsyncIteration) || e.matches(Exc::GeneratorExit) {
                g.closed.set(true);
            }
            Err(e)
        }
    }
}

fn asend_send(o: &Obj, v: Obj) -> PyResult<Obj> {
    let s = o
        .downcast::<ASend>()
        .ok_or_else(|| type_error("not an asend object"))?;
    let g = gen_data(&s.agen)?;
    let mut v = v;
    match s.state.get() {
        State::Closed => {
            return Err(PyErr::new(
                Exc::RuntimeError,
                "cannot reuse already awaited __anext__()/asend()",
            ));
        }
        State::Init => {
            if g.running_async.get() {
                s.state.set(State::Closed);
                return Err(PyErr::new(
                    Exc::RuntimeError,
                    "anext(): asynchronous generator is already running",
                ));
            }
            if rt::is_none(&v) {
                v = s.value.clone();
            }
            s.state.set(State::Iter);
        }
        State::Iter => {}
    }
    g.running_async.set(true);
    let r = unwrap_value(g, resume(&s.agen, v, None));
    if r.is_err() {
        s.state.set(State::Closed);
    }
    r
}

fn asend_throw(o: &Obj, e: PyErr) -> PyResult<Obj> {
    let s = o
        .downcast::<ASend>()
        .ok_or_else(|| type_error("not an asend object"))?;
    let g = gen_data(&s.agen)?;
    if s.state.get() == State::Closed {
        return Err(PyErr::new(
            Exc::RuntimeError,
            "cannot reuse already awaited __anext__()/asend()",
        ));
    }
    let r = unwrap_value(g, resume(&s.agen, rt::none(), Some(e)));
    if r.is_err() {
        s.state.set(State::Closed);
    }
    r
}

fn ignored_exit(g: &GeneratorData, s: &AThrow) -> PyErr {
    g.running_async.set(false);
    s.state.set(State::Closed);
    PyErr::new(Exc::RuntimeError, "async generator ignored GeneratorExit")
}

/// The end of an `athrow`/`aclose` step that raised: for `aclose`, the
/// generator ending (StopAsyncIteration, GeneratorExit) is success.
fn athrow_error(g: &GeneratorData, s: &AThrow, e: PyErr) -> PyErr {
    g.running_async.set(false);
    s.state.set(State::Closed);
    if s.args.is_none() && (e.matches(Exc::StopAsyncIteration) || e.matches(Exc::GeneratorExit)) {
        return PyErr::with_args(Exc::StopIteration, vec![]);
    }
    e
}

fn athrow_result(g: &GeneratorData, s: &AThrow, r: PyResult<Exit>) -> PyResult<Obj> {
    match r {
        Ok(Exit::Yield(v)) if s.args.is_none() => {
            if v.downcast::<WrappedValue>().is_some() {
                Err(ignored_exit(g, s))
            } else {
                Ok(v)
            }
        }
        r => match unwrap_value(g, r) {
            Ok(v) => Ok(v),
            Err(e) => Err(athrow_error(g, s, e)),
        },
    }
}

fn athrow_send(o: &Obj, v: Obj) -> PyResult<Obj> {
    let s = o
        .downcast::<AThrow>()
        .ok_or_else(|| type_error("not an athrow object"))?;
    let g = gen_data(&s.agen)?;
    match s.state.get() {
        State::Closed => Err(PyErr::new(
            Exc::RuntimeError,
            "cannot reuse already awaited aclose()/athrow()",
        )),
        _ if g.is_finished() => {
            s.state.set(State::Closed);
            Err(PyErr::with_args(Exc::StopIteration, vec![]))
        }
        State::Init => {
            if g.running_async.get() {
                s.state.set(State::Closed);
                return Err(PyErr::new(
                    Exc::RuntimeError,
                    if s.args.is_none() {
                        "aclose(): asynchronous generator is already running"
                    } else {
                        "athrow(): asynchronous generator is already running"
                    },
                ));
            }
            if g.closed.get() {
                s.state.set(State::Closed);
                return Err(PyErr::with_args(Exc::StopAsyncIteration, vec![]));
            }
            if !rt::is_none(&v) {
                return Err(PyErr::new(
                    Exc::RuntimeError,
                    "can't send non-None value to a just-started coroutine",
                ));
            }
            s.state.set(State::Iter);
            g.running_async.set(true);
            let exc = match &s.args {
                None => {
                    g.closed.set(true);
                    PyErr::with_args(Exc::GeneratorExit, vec![])
                }
                Some(args) => throw_args(args)?,
            };
            athrow_result(g, s, resume(&s.agen, rt::none(), Some(exc)))
        }
        State::Iter => athrow_result(g, s, resume(&s.agen, v, None)),
    }
}

fn athrow_throw(o: &Obj, e: PyErr) -> PyResult<Obj> {
    let s = o
        .downcast::<AThrow>()
        .ok_or_else(|| type_error("not an athrow object"))?;
    let g = gen_data(&s.agen)?;
    if s.state.get() == State::Closed {
        return Err(PyErr::new(
            Exc::RuntimeError,
            "cannot reuse already awaited aclose()/athrow()",
        ));
    }
    athrow_result(g, s, resume(&s.agen, rt::none(), Some(e)))
}

/// `anext(it, default)`'s awaitable: awaits `it.__anext__()` and turns its
/// StopAsyncIteration into the default value.
pub struct AnextAwaitable {
    awaitable: Obj,
    default: Obj,
    iter: std::cell::RefCell<Option<Obj>>,
}

thread_local! {
    static ANEXT_AWAITABLE_TYPE: Obj = {
        let t = TypeData::new::<AnextAwaitable>("anext_awaitable").final_type();
        t.slots.iter.set(Some(|o| Ok(o.clone())));
        t.slots.next.set(Some(|o| anext_step(o, |it| crate::vm::generator::send_to(it, rt::none())).map(Some)));
        let t = t.with_methods(|ty| {
            add_method(ty, "send", |a, _| {
                let v = arg(a, 1)?;
                anext_step(&arg(a, 0)?, |it| crate::vm::generator::send_to(it, v))
            });
            add_method(ty, "throw", |a, _| {
                let e = throw_args(&a[1..])?;
                anext_step(&arg(a, 0)?, |it| crate::vm::generator::throw_to(it, e.exc))
            });
            add_method(ty, "close", |a, _| {
                let o = arg(a, 0)?;
                if let Some(s) = o.downcast::<AnextAwaitable>()
                    && let Some(it) = s.iter.borrow().clone()
                {
                    crate::protocol::call_method(&it, "close", &[])?;
                }
                Ok(rt::none())
            });
            add_method(ty, "__next__", |a, _| {
                anext_step(&arg(a, 0)?, |it| crate::vm::generator::send_to(it, rt::none()))
            });
            add_method(ty, "__await__", |a, _| arg(a, 0));
        });
        let t = crate::types::class::new_builtin_type(t);
        t.make_immortal();
        t
    };
}

fn anext_step(o: &Obj, step: impl FnOnce(&Obj) -> PyResult<Exit>) -> PyResult<Obj> {
    let s = o
        .downcast::<AnextAwaitable>()
        .ok_or_else(|| type_error("not an anext_awaitable"))?;
    let cached = s.iter.borrow().clone();
    let it = match cached {
        Some(it) => it,
        None => {
            let it = crate::vm::generator::await_iter(&s.awaitable)?;
            *s.iter.borrow_mut() = Some(it.clone());
            it
        }
    };
    match step(&it) {
        Ok(Exit::Yield(v)) => Ok(v),
        Ok(Exit::Return(v)) => Err(stop_iteration(v)),
        Err(e) if e.matches(Exc::StopAsyncIteration) => Err(stop_iteration(s.default.clone())),
        Err(e) => Err(e),
    }
}

/// The builtin `aiter(it)`.
pub fn builtin_aiter(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    if !k.is_empty() {
        return Err(type_error("aiter() takes no keyword arguments"));
    }
    let [o] = a else {
        return Err(type_error(format!(
            "aiter() takes exactly one argument ({} given)",
            a.len()
        )));
    };
    let Some(it) = crate::protocol::call_special(o, "__aiter__", &[])? else {
        return Err(type_error(format!(
            "'{}' object is not an async iterable",
            crate::protocol::type_name(o)
        )));
    };
    if crate::types::typeobj_ops::lookup_special(&it, "__anext__")?.is_none() {
        return Err(type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            crate::protocol::type_name(&it)
        )));
    }
    Ok(it)
}

/// The builtin `anext(it[, default])`.
pub fn builtin_anext(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    if !k.is_empty() {
        return Err(type_error("anext() takes no keyword arguments"));
    }
    let (o, default) = match a {
        [o] => (o, None),
        [o, d] => (o, Some(d)),
        _ => {
            return Err(type_error(format!(
                "anext expected at least 1 argument, got {}",
                a.len()
            )));
        }
    };
    let Some(aw) = crate::protocol::call_special(o, "__anext__", &[])? else {
        return Err(type_error(format!(
            "'{}' object is not an async iterator",
            crate::protocol::type_name(o)
        )));
    };
    Ok(match default {
        None => aw,
        Some(d) => alloc(
            ANEXT_AWAITABLE_TYPE.with(Obj::clone),
            AnextAwaitable {
                awaitable: aw,
                default: d.clone(),
                iter: std::cell::RefCell::new(None),
            },
        ),
    })
}
