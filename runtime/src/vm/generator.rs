//! Generators, coroutines and async generators: a suspended frame that
//! `next`/`send`/`throw`/`close` resume, and the delegation steps of
//! `yield from` and `await`.

use std::cell::{Cell, RefCell};

use compiler::ir::Suspension;

use crate::error::{PyErr, PyResult, type_error, value_error};
use crate::object::{Obj, alloc};
use crate::protocol;
use crate::rt::{self, Exc};
use crate::types::str::new_str;
use crate::types::typeobj::TypeData;
use crate::vm::eval::{DepthGuard, Exit, run};
use crate::vm::frame::Frame;

/// The payload of a generator, coroutine or async generator.
pub struct GeneratorData {
    frame: RefCell<Option<Box<Frame>>>,
    running: Cell<bool>,
    started: Cell<bool>,
    kind: Suspension,
    /// The code, kept for `gi_code` and the name once the frame is gone.
    code: crate::vm::code::CodeRef,
    /// Async generators: an `asend`/`athrow` awaitable is driving it
    /// (CPython's `ag_running_async`, what `ag_running` reports).
    pub(crate) running_async: Cell<bool>,
    /// Async generators: `aclose()` began or the generator ended
    /// (CPython's `ag_closed`).
    pub(crate) closed: Cell<bool>,
}

impl GeneratorData {
    /// Whether the frame has finished (returned, raised or was closed).
    pub fn is_finished(&self) -> bool {
        self.started.get() && self.frame.borrow().is_none()
    }
}

/// A generator dropped while suspended is closed first, as CPython's
/// `_PyGen_Finalize` does: GeneratorExit is thrown in at the `yield` so
/// its `finally` blocks run. The frame has been taken out of the dying
/// object and nothing can reach the object any more, so no Python code
/// sees it half-freed and nothing resurrects it.
impl Drop for GeneratorData {
    fn drop(&mut self) {
        let Some(mut frame) = self.frame.get_mut().take() else {
            return;
        };
        if !self.started.get() || self.running.get() || !rt::alive() {
            return;
        }
        let Some((dst, yield_pc)) = frame.resume else {
            return;
        };
        if let Some(slot) = frame.regs.get_mut(dst as usize) {
            *slot = Some(rt::none());
        }
        frame.pc = yield_pc;
        let exit = PyErr::with_args(Exc::GeneratorExit, vec![]);
        let err = match drive(&mut frame, Some(exit)) {
            Ok(Exit::Yield(_)) => Some(PyErr::new(
                Exc::RuntimeError,
                format!("{} ignored GeneratorExit", kind_name(self.kind)),
            )),
            Ok(Exit::Return(_)) => None,
            Err(e) if e.matches(Exc::GeneratorExit) || e.matches(Exc::StopIteration) => None,
            Err(e) => Some(e),
        };
        drop(frame);
        if let Some(e) = err {
            // CPython's "unraisable" report.
            let what = format!(
                "Exception ignored in: <{} object {}>\n",
                kind_name(self.kind),
                self.code.co().qualname
            );
            let text = crate::vm::traceback::format_exception(&e.exc);
            let _ = crate::io::write_stderr(&(what + &text));
        }
    }
}

fn kind_name(kind: Suspension) -> &'static str {
    match kind {
        Suspension::Coroutine => "coroutine",
        Suspension::AsyncGenerator => "async_generator",
        _ => "generator",
    }
}

/// Runs a generator's frame until it yields or ends, with the frame's
/// handled exceptions on the runtime's stack meanwhile.
fn drive(frame: &mut Frame, throw: Option<PyErr>) -> PyResult<Exit> {
    // Code without handlers has no `exc_push`: it never handles an
    // exception of its own, so there is nothing to move.
    if frame.code.co().handlers.is_empty() {
        return run_counted(frame, throw);
    }
    let depth = rt::with(|rt| {
        let mut h = rt.handled.borrow_mut();
        let d = h.len();
        h.append(&mut frame.handled);
        d
    });
    let result = run_counted(frame, throw);
    // Exceptions the frame is handling stay with it while suspended.
    rt::with(|rt| {
        let mut h = rt.handled.borrow_mut();
        if h.len() > depth {
            frame.handled = h.split_off(depth);
        }
    });
    result
}

/// Runs the frame one call level deeper (RecursionError past the limit).
#[inline(always)]
fn run_counted(frame: &mut Frame, throw: Option<PyErr>) -> PyResult<Exit> {
    match DepthGuard::enter() {
        Ok(_guard) => run(frame, throw),
        Err(e) => Err(e),
    }
}

fn make_type(name: &str, kind: Suspension) -> Obj {
    let t = TypeData::new::<GeneratorData>(name).final_type();
    t.slots.iter.set(Some(|o| Ok(o.clone())));
    // `__name__`/`__qualname__` of the instance (a getset on the type would
    // shadow the type's own `__name__`).
    t.slots.getattr.set(Some(|o, name| {
        if let Some(g) = o.downcast::<GeneratorData>() {
            match crate::types::str::as_str(name) {
                Some("__name__") => return Ok(Some(new_str(&g.code.co().name))),
                Some("__qualname__") => return Ok(Some(new_str(&g.code.co().qualname))),
                _ => {}
            }
        }
        crate::types::object::generic_getattr(o, name)
    }));
    t.slots.next.set(Some(|o| {
        next_result(next(o).unwrap_or_else(|| resume(o, rt::none(), None))?)
    }));
    t.slots.repr.set(Some(|o| {
        let q = qualname(o);
        let kind = o.with_type(|t| t.name());
        Ok(new_str(&format!("<{kind} object {q} at {:#x}>", o.id())))
    }));
    if kind == Suspension::AsyncGenerator {
        // Async generators are driven through their awaitables only.
        t.slots.iter.set(None);
        t.slots.next.set(None);
        let ty = crate::types::class::new_builtin_type(t);
        crate::vm::async_gen::add_methods(&ty);
        add_state_getters(&ty, kind);
        ty.make_immortal();
        return ty;
    }
    if kind == Suspension::Coroutine {
        // A coroutine is no iterator: `__await__` hands out one over it.
        t.slots.iter.set(None);
        t.slots.next.set(None);
    }
    let t = if kind == Suspension::Coroutine {
        t.with_methods(|ty| {
            add_resume_methods(ty, false);
            crate::types::function::add_method(ty, "__await__", |a, _| {
                let c = arg(a, 0)?;
                Ok(alloc(WRAPPER_TYPE.with(Obj::clone), CoroutineWrapper(c)))
            });
        })
    } else {
        t.with_methods(|ty| add_resume_methods(ty, true))
    };
    let ty = crate::types::class::new_builtin_type(t);
    add_state_getters(&ty, kind);
    ty.make_immortal();
    ty
}

/// `send`, `throw`, `close` and (with `next`) `__next__` of a generator,
/// a coroutine or a coroutine's wrapper, which resumes its coroutine.
fn add_resume_methods(ty: &Obj, next: bool) {
    use crate::types::function::add_method;
    add_method(ty, "send", |a, _| {
        let (g, v) = (target(&arg(a, 0)?), arg(a, 1)?);
        finish(resume(&g, v, None)?)
    });
    add_method(ty, "throw", |a, _| {
        let g = target(&arg(a, 0)?);
        let e = normalize_throw(&a[1..])?;
        finish(resume(&g, rt::none(), Some(e))?)
    });
    add_method(ty, "close", |a, _| {
        close(&target(&arg(a, 0)?))?;
        Ok(rt::none())
    });
    if next {
        add_method(ty, "__next__", |a, _| {
            let g = target(&arg(a, 0)?);
            finish(resume(&g, rt::none(), None)?)
        });
    }
}

/// What `coroutine.__await__()` returns: an iterator that resumes the
/// coroutine (CPython's `coroutine_wrapper`).
struct CoroutineWrapper(Obj);

fn make_wrapper_type() -> Obj {
    let t = TypeData::new::<CoroutineWrapper>("coroutine_wrapper").final_type();
    t.slots.iter.set(Some(|o| Ok(o.clone())));
    t.slots
        .next
        .set(Some(|o| next_result(resume(&target(o), rt::none(), None)?)));
    let ty =
        crate::types::class::new_builtin_type(t.with_methods(|ty| add_resume_methods(ty, true)));
    ty.make_immortal();
    ty
}

/// The generator or coroutine that `o` resumes: a wrapper's coroutine,
/// or `o` itself.
fn target(o: &Obj) -> Obj {
    match o.downcast::<CoroutineWrapper>() {
        Some(w) => w.0.clone(),
        None => o.clone(),
    }
}

thread_local! {
    static WRAPPER_TYPE: Obj = make_wrapper_type();
    static GENERATOR_TYPE: Obj = make_type("generator", Suspension::Generator);
    static COROUTINE_TYPE: Obj = make_type("coroutine", Suspension::Coroutine);
    static ASYNC_GENERATOR_TYPE: Obj = make_type("async_generator", Suspension::AsyncGenerator);
}

fn arg(a: &[Obj], i: usize) -> PyResult<Obj> {
    a.get(i)
        .cloned()
        .ok_or_else(|| type_error("missing argument"))
}

/// Turns a resume result into a `next` slot's: a yield is the value, a
/// return of None the end, another return StopIteration(value).
fn next_result(exit: Exit) -> PyResult<Option<Obj>> {
    match exit {
        Exit::Yield(v) => Ok(Some(v)),
        Exit::Return(v) if rt::is_none(&v) => Ok(None),
        Exit::Return(v) => Err(PyErr::with_args(Exc::StopIteration, vec![v])),
    }
}

/// Turns a resume result into a method result: a yield is the value; a
/// return is StopIteration(value).
fn finish(exit: Exit) -> PyResult<Obj> {
    match exit {
        Exit::Yield(v) => Ok(v),
        Exit::Return(v) => Err(if rt::is_none(&v) {
            PyErr::with_args(Exc::StopIteration, vec![])
        } else {
            PyErr::with_args(Exc::StopIteration, vec![v])
        }),
    }
}

/// A new generator (or coroutine) for a frame that has not started.
pub fn new_generator(frame: Box<Frame>, kind: Suspension) -> Obj {
    let ty = match kind {
        Suspension::Coroutine => COROUTINE_TYPE.with(Obj::clone),
        Suspension::AsyncGenerator => ASYNC_GENERATOR_TYPE.with(Obj::clone),
        _ => GENERATOR_TYPE.with(Obj::clone),
    };
    let code = frame.code.clone();
    alloc(
        ty,
        GeneratorData {
            code,
            frame: RefCell::new(Some(frame)),
            running: Cell::new(false),
            started: Cell::new(false),
            kind,
            running_async: Cell::new(false),
            closed: Cell::new(false),
        },
    )
}

/// Whether `o` is a generator or coroutine of ours.
pub fn is_generator(o: &Obj) -> bool {
    o.downcast::<GeneratorData>().is_some()
}

/// Whether `o` is a coroutine of ours.
pub fn is_coroutine(o: &Obj) -> bool {
    o.downcast::<GeneratorData>()
        .is_some_and(|g| g.kind == Suspension::Coroutine)
}

fn qualname(o: &Obj) -> String {
    o.downcast::<GeneratorData>()
        .map(|g| g.code.co().qualname.clone())
        .unwrap_or_else(|| "?".into())
}

/// `gi_*`/`cr_*`/`ag_*` attributes: running, frame, code, suspended.
fn add_state_getters(ty: &Obj, kind: Suspension) {
    use crate::types::descr::add_getter;
    fn data(o: &Obj) -> PyResult<&GeneratorData> {
        o.downcast::<GeneratorData>()
            .ok_or_else(|| type_error("descriptor needs a generator"))
    }
    let running: crate::types::descr::GetterFn = |o| {
        let g = data(o)?;
        Ok(rt::bool_obj(if g.kind == Suspension::AsyncGenerator {
            g.running_async.get()
        } else {
            g.running.get()
        }))
    };
    let frame: crate::types::descr::GetterFn = |o| {
        let g = data(o)?;
        Ok(match g.frame.borrow().as_ref() {
            Some(f) => crate::types::traceback_obj::frame_of(f),
            None => rt::none(),
        })
    };
    let code: crate::types::descr::GetterFn =
        |o| Ok(crate::vm::code::code_object(data(o)?.code.clone()));
    let suspended: crate::types::descr::GetterFn = |o| {
        let g = data(o)?;
        let s = g.started.get() && !g.running.get() && g.frame.borrow().is_some();
        Ok(rt::bool_obj(s))
    };
    let none: crate::types::descr::GetterFn = |_| Ok(rt::none());
    let names: [&'static str; 5] = match kind {
        Suspension::Coroutine => [
            "cr_running",
            "cr_frame",
            "cr_code",
            "cr_suspended",
            "cr_await",
        ],
        Suspension::AsyncGenerator => [
            "ag_running",
            "ag_frame",
            "ag_code",
            "ag_suspended",
            "ag_await",
        ],
        _ => [
            "gi_running",
            "gi_frame",
            "gi_code",
            "gi_suspended",
            "gi_yieldfrom",
        ],
    };
    add_getter(ty, names[0], running);
    add_getter(ty, names[1], frame);
    add_getter(ty, names[2], code);
    add_getter(ty, names[3], suspended);
    add_getter(ty, names[4], none);
}

/// Resumes a generator with a sent value, or an exception thrown in.
pub fn resume(g: &Obj, value: Obj, throw: Option<PyErr>) -> PyResult<Exit> {
    let Some(gd) = g.downcast::<GeneratorData>() else {
        return Err(type_error("not a generator"));
    };
    if gd.running.get() {
        return Err(value_error(match gd.kind {
            Suspension::Coroutine => "coroutine already executing",
            _ => "generator already executing",
        }));
    }
    let Some(mut frame) = gd.frame.borrow_mut().take() else {
        return match throw {
            Some(e) => Err(e),
            None if gd.kind == Suspension::Coroutine => Err(PyErr::new(
                Exc::RuntimeError,
                "cannot reuse already awaited coroutine",
            )),
            None => Ok(Exit::Return(rt::none())),
        };
    };
    if !gd.started.get() {
        if throw.is_none() && !rt::is_none(&value) {
            *gd.frame.borrow_mut() = Some(frame);
            return Err(type_error(match gd.kind {
                Suspension::Coroutine => "can't send non-None value to a just-started coroutine",
                Suspension::AsyncGenerator => {
                    "can't send non-None value to a just-started async generator"
                }
                _ => "can't send non-None value to a just-started generator",
            }));
        }
        if throw.is_some() {
            // Throwing into a generator that never ran finishes it.
            gd.started.set(true);
            return Err(throw.unwrap_or_else(|| PyErr::new(Exc::SystemError, "unreachable")));
        }
    } else if let Some((dst, yield_pc)) = frame.resume {
        if let Some(slot) = frame.regs.get_mut(dst as usize) {
            *slot = Some(value);
        }
        if throw.is_some() {
            frame.pc = yield_pc;
        }
    }
    gd.started.set(true);
    run_frame(gd, frame, throw)
}

/// `next(g)` when `g` is a generator (not a coroutine): how the generator
/// goes on (`None` for another object). The common case, a suspended
/// generator resumed with None, skips `resume`'s checks and the `next`
/// slot's dispatch.
#[inline]
pub fn next(g: &Obj) -> Option<PyResult<Exit>> {
    let gd = g.downcast::<GeneratorData>()?;
    if gd.kind != Suspension::Generator {
        return None;
    }
    if gd.running.get() || !gd.started.get() {
        return Some(resume(g, rt::none(), None));
    }
    let taken = {
        let mut held = gd.frame.borrow_mut();
        if held.as_ref().is_some_and(|f| f.resume.is_some()) {
            held.take()
        } else {
            None
        }
    };
    let Some(mut frame) = taken else {
        return Some(resume(g, rt::none(), None));
    };
    // The `yield`'s result is None; a `for` loop's generator mostly
    // holds the None of its last resume there already.
    if let Some((dst, _)) = frame.resume
        && let Some(slot) = frame.regs.get_mut(dst as usize)
        && slot.as_ref().map(Obj::id) != Some(rt::none_id())
    {
        *slot = Some(rt::none());
    }
    Some(run_frame(gd, frame, None))
}

/// Runs a started generator's frame until it yields (the frame goes back
/// into the generator) or ends.
#[inline(always)]
fn run_frame(gd: &GeneratorData, mut frame: Box<Frame>, throw: Option<PyErr>) -> PyResult<Exit> {
    gd.running.set(true);
    let result = drive(&mut frame, throw);
    gd.running.set(false);
    match result {
        Ok(Exit::Yield(v)) => {
            // The slot stayed empty while the frame ran (`running` turns
            // away every other taker), so there is nothing to drop: the
            // drop glue's call is left out of the resume path.
            let empty = gd.frame.borrow_mut().replace(frame);
            debug_assert!(empty.is_none());
            std::mem::forget(empty);
            Ok(Exit::Yield(v))
        }
        Ok(Exit::Return(v)) => Ok(Exit::Return(v)),
        Err(e) => Err(stop_iteration_escaped(gd, e)),
    }
}

/// PEP 479: StopIteration (or StopAsyncIteration out of an async
/// generator) escaping a generator becomes a RuntimeError; any other
/// exception passes.
#[cold]
fn stop_iteration_escaped(gd: &GeneratorData, e: PyErr) -> PyErr {
    match e {
        e if e.matches(Exc::StopIteration)
            || (gd.kind == Suspension::AsyncGenerator && e.matches(Exc::StopAsyncIteration)) =>
        {
            let what = match gd.kind {
                Suspension::Coroutine => "coroutine raised StopIteration",
                Suspension::AsyncGenerator if e.matches(Exc::StopAsyncIteration) => {
                    "async generator raised StopAsyncIteration"
                }
                Suspension::AsyncGenerator => "async generator raised StopIteration",
                _ => "generator raised StopIteration",
            };
            caused_runtime_error(what, e)
        }
        e => e,
    }
}

/// A RuntimeError `what`, raised from `e` (PEP 479's replacement of a
/// StopIteration that escapes a generator).
fn caused_runtime_error(what: &str, e: PyErr) -> PyErr {
    let err = PyErr::new(Exc::RuntimeError, what);
    if let Some(d) = crate::types::exception::data(&err.exc) {
        *d.cause.borrow_mut() = Some(e.exc.clone());
        *d.context.borrow_mut() = Some(e.exc);
        d.suppress_context.set(true);
    }
    err
}

/// The exception leaving generator expression `code` (a sibling of the
/// frame's code) whose loop ran inline in `frame`, caught at `pc`
/// (`genexpr.unwind`). The generator's frame would have been left first:
/// the last traceback entry, made where the expression raised, becomes
/// the generator's; a StopIteration becomes PEP 479's RuntimeError, which
/// starts its own traceback; then this frame's entry follows, at `pc`,
/// which has the consumer's call's location.
pub(crate) fn inline_unwind(frame: &Frame, pc: usize, code: u32, exc: Obj) -> Obj {
    if let Some(d) = crate::types::exception::data(&exc)
        && let Some(last) = d.traceback.borrow_mut().last_mut()
    {
        last.code = frame.code.sibling(code as usize);
    }
    let e = PyErr { exc };
    let e = if e.matches(Exc::StopIteration) {
        caused_runtime_error("generator raised StopIteration", e)
    } else {
        e
    };
    crate::vm::eval::record_entry(&frame.code, &frame.globals, pc, &e.exc);
    e.exc
}

/// `gen.close()`.
pub fn close(g: &Obj) -> PyResult<()> {
    let Some(gd) = g.downcast::<GeneratorData>() else {
        return Ok(());
    };
    if gd.frame.borrow().is_none() {
        return Ok(());
    }
    if !gd.started.get() {
        *gd.frame.borrow_mut() = None;
        return Ok(());
    }
    let exit = PyErr::with_args(Exc::GeneratorExit, vec![]);
    match resume(g, rt::none(), Some(exit)) {
        Ok(Exit::Yield(_)) => Err(PyErr::new(
            Exc::RuntimeError,
            format!("{} ignored GeneratorExit", kind_name(gd.kind)),
        )),
        Ok(Exit::Return(_)) => Ok(()),
        Err(e) if e.matches(Exc::GeneratorExit) || e.matches(Exc::StopIteration) => Ok(()),
        Err(e) => Err(e),
    }
}

/// The exception `throw(type[, value[, tb]])` raises.
pub(crate) fn normalize_throw(args: &[Obj]) -> PyResult<PyErr> {
    let Some(t) = args.first() else {
        return Err(type_error("throw expected at least 1 argument, got 0"));
    };
    if crate::types::exception::is_exception_class(t) {
        let inst = match args.get(1) {
            Some(v) if crate::types::exception::is_exception(v) => v.clone(),
            Some(v) if !rt::is_none(v) => protocol::call(t, std::slice::from_ref(v), &[])?,
            _ => protocol::call(t, &[], &[])?,
        };
        return Ok(PyErr::reraise(inst));
    }
    if crate::types::exception::is_exception(t) {
        return Ok(PyErr::reraise(t.clone()));
    }
    Err(type_error(
        "exceptions must be classes or instances deriving from BaseException, not ".to_string()
            + &protocol::type_name(t),
    ))
}

/// One step of `yield from`/`await`: send `v` into the delegate.
pub fn send_to(it: &Obj, v: Obj) -> PyResult<Exit> {
    if is_generator(it) {
        return resume(it, v, None);
    }
    if it.downcast::<CoroutineWrapper>().is_some() {
        return resume(&target(it), v, None);
    }
    let r = if rt::is_none(&v) {
        match it.with_type(|t| t.slots.next.get()) {
            Some(next) => match next(it) {
                Ok(Some(x)) => return Ok(Exit::Yield(x)),
                Ok(None) => return Ok(Exit::Return(rt::none())),
                Err(e) => Err(e),
            },
            None => protocol::call_method(it, "send", &[v]),
        }
    } else {
        protocol::call_method(it, "send", &[v])
    };
    match r {
        Ok(x) => Ok(Exit::Yield(x)),
        Err(e) if e.matches(Exc::StopIteration) => Ok(Exit::Return(stop_value(&e.exc))),
        Err(e) => Err(e),
    }
}

/// Throws into the delegate of `yield from`/`await`.
pub fn throw_to(it: &Obj, exc: Obj) -> PyResult<Exit> {
    let it = &target(it);
    let err = PyErr::reraise(exc.clone());
    if err.matches(Exc::GeneratorExit) {
        if is_generator(it) {
            close(it)?;
        } else if let Some(close) = protocol::getattr_opt(it, &new_str("close"))? {
            protocol::call(&close, &[], &[])?;
        }
        return Err(err);
    }
    if is_generator(it) {
        return resume(it, rt::none(), Some(err));
    }
    match protocol::getattr_opt(it, &new_str("throw"))? {
        Some(t) => match protocol::call(&t, &[exc], &[]) {
            Ok(x) => Ok(Exit::Yield(x)),
            Err(e) if e.matches(Exc::StopIteration) => Ok(Exit::Return(stop_value(&e.exc))),
            Err(e) => Err(e),
        },
        None => Err(err),
    }
}

fn stop_value(e: &Obj) -> Obj {
    protocol::getattr_str(e, "value").unwrap_or_else(|_| rt::none())
}

/// The iterator `yield from o` delegates to: a generator itself, or
/// `iter(o)`; a coroutine only in a coroutine, where `await` takes it.
pub fn yield_from_iter(o: Obj) -> PyResult<Obj> {
    if is_coroutine(&o) {
        return Err(type_error(
            "cannot 'yield from' a coroutine object in a non-coroutine generator",
        ));
    }
    if is_generator(&o) {
        return Ok(o);
    }
    protocol::iter(&o)
}

/// The iterator `await o` delegates to.
pub fn await_iter(o: &Obj) -> PyResult<Obj> {
    // A generator is awaited as CPython awaits one that `types.coroutine`
    // marked: our `types.coroutine` returns the function as it is.
    if let Some(g) = o.downcast::<GeneratorData>()
        && matches!(g.kind, Suspension::Coroutine | Suspension::Generator)
    {
        return Ok(o.clone());
    }
    match protocol::call_special(o, "__await__", &[])? {
        Some(it) if is_coroutine(&it) => Err(type_error("__await__() returned a coroutine")),
        Some(it) if it.with_type(|t| t.slots.next.get().is_none()) => Err(type_error(format!(
            "__await__() returned non-iterator of type '{}'",
            protocol::type_name(&it)
        ))),
        Some(it) => Ok(it),
        None => Err(type_error(format!(
            "object {} can't be used in 'await' expression",
            protocol::type_name(o)
        ))),
    }
}
