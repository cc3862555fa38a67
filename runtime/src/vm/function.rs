//! Python functions and bound methods, and argument binding with
//! CPython's error messages.

use std::cell::RefCell;

use crate::error::{PyResult, type_error};
use crate::object::{Obj, alloc};
use crate::protocol;
use crate::rt;
use crate::types::str::{as_str, new_str};
use crate::types::typeobj::TypeData;
use crate::vm::code::CodeRef;

/// The payload of a function object.
pub struct FunctionData {
    /// The code.
    pub code: CodeRef,
    /// The module globals.
    pub globals: Obj,
    /// `__name__`.
    pub name: RefCell<Obj>,
    /// `__qualname__`.
    pub qualname: RefCell<Obj>,
    /// `__defaults__` (a tuple) or None.
    pub defaults: RefCell<Option<Obj>>,
    /// `__kwdefaults__` (a dict) or None.
    pub kwdefaults: RefCell<Option<Obj>>,
    /// `__annotations__` as given to MAKE_FUNCTION (a tuple of pairs).
    pub annotations: RefCell<Option<Obj>>,
    /// `__doc__` (set by `new_function`; `None` until then).
    pub doc: RefCell<Option<Obj>>,
    /// The closure's cells.
    pub closure: Vec<Obj>,
    /// What a call needs of the code object, read without reaching it.
    pub shape: CallShape,
}

thread_local! {
    /// How many functions this thread has freed. Native code's call-site
    /// caches remember a callee by its word, which a freed function's
    /// successor could reuse: an unchanged count means the word is still
    /// the same function (`native::direct::DirectSite`).
    static FREED: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

impl Drop for FunctionData {
    fn drop(&mut self) {
        FREED.with(|n| n.set(n.get() + 1));
    }
}

/// Where this thread's count of freed functions is (it lives as long as
/// the thread).
pub fn freed_count_ptr() -> *const u64 {
    FREED.with(|n| n.as_ptr().cast_const())
}

/// The frame shape of a function's code, kept in the function for calls.
pub struct CallShape {
    /// The number of positional arguments that fill the parameters with no
    /// binding logic; `None` with `*args`, `**kwargs` or keyword-only
    /// parameters.
    pub arity: Option<usize>,
    /// The code's registers.
    pub nregs: usize,
    /// The code's fast locals.
    pub nlocals: usize,
    /// Whether the frame has cells (cellvars or a closure).
    pub cells: bool,
}

impl CallShape {
    /// The shape of `code` called with `closure`.
    pub fn of(code: &CodeRef, closure: &[Obj]) -> CallShape {
        let co = code.co();
        let p = co.params;
        CallShape {
            arity: (!p.varargs && !p.varkw && p.kwonly == 0).then_some(p.positional as usize),
            nregs: co.nregs as usize,
            nlocals: co.varnames.len(),
            cells: !co.cellvars.is_empty() || !closure.is_empty(),
        }
    }
}

thread_local! {
    static FUNCTION_TYPE: Obj = {
        let mut t = TypeData::new::<FunctionData>("function").final_type();
        t.slots.traverse.set(Some(|o, f| {
            if let Some(d) = o.downcast::<FunctionData>() {
                f(&d.globals);
                d.closure.iter().for_each(&mut *f);
                for cell in [&d.defaults, &d.kwdefaults, &d.annotations] {
                    if let Ok(v) = cell.try_borrow()
                        && let Some(v) = v.as_ref()
                    {
                        f(v);
                    }
                }
            }
        }));
        t.slots.clear.set(Some(|o| {
            if let Some(d) = o.downcast::<FunctionData>() {
                for cell in [&d.defaults, &d.kwdefaults, &d.annotations] {
                    if let Ok(mut v) = cell.try_borrow_mut() {
                        let old = v.take();
                        drop(v);
                        drop(old);
                    }
                }
            }
        }));
        t.instance_dict = true;
        t.slots.call.set(Some(call_function));
        t.slots.descr_get.set(Some(|f, inst, _| match inst {
            Some(i) if !rt::is_none(i) => Ok(new_method(f.clone(), i.clone())),
            _ => Ok(f.clone()),
        }));
        t.slots.getattr.set(Some(getattr));
        t.slots.setattr.set(Some(setattr));
        t.slots.repr.set(Some(|f| {
            let q = f.downcast::<FunctionData>().map(|d| d.qualname.borrow().clone());
            let q = q.as_ref().and_then(as_str).unwrap_or("?").to_string();
            Ok(new_str(&format!("<function {q} at {:#x}>", f.id())))
        }));
        let ty = crate::types::class::new_builtin_type(t);
        ty.make_immortal();
        ty
    };
    static METHOD_TYPE: Obj = {
        let t = TypeData::new::<MethodData>("method").final_type();
        t.slots.traverse.set(Some(|o, f| {
            if let Some(d) = o.downcast::<MethodData>() {
                f(&d.func);
                f(&d.self_);
            }
        }));
        t.slots.call.set(Some(|m, args, kw| {
            let Some(d) = m.downcast::<MethodData>() else {
                return Err(type_error("not a method"));
            };
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(d.self_.clone());
            all.extend_from_slice(args);
            protocol::call(&d.func, &all, kw)
        }));
        t.slots.getattr.set(Some(|m, name| {
            let Some(d) = m.downcast::<MethodData>() else { return Ok(None) };
            match as_str(name) {
                Some("__self__") => Ok(Some(d.self_.clone())),
                Some("__func__") => Ok(Some(d.func.clone())),
                _ => match crate::types::object::generic_getattr(m, name)? {
                    Some(v) => Ok(Some(v)),
                    None => protocol::getattr_opt(&d.func, name),
                },
            }
        }));
        t.slots.repr.set(Some(|m| {
            let Some(d) = m.downcast::<MethodData>() else { return Ok(new_str("<method>")) };
            if let Some(b) = d.func.downcast::<crate::types::function::BuiltinFn>() {
                return Ok(new_str(&format!(
                    "<built-in method {} of {} object at {:#x}>",
                    b.name,
                    protocol::type_name(&d.self_),
                    d.self_.id()
                )));
            }
            let q = protocol::getattr_str(&d.func, "__qualname__").ok();
            let q = q.as_ref().and_then(as_str).unwrap_or("?").to_string();
            let s = protocol::repr_string(&d.self_)?;
            Ok(new_str(&format!("<bound method {q} of {s}>")))
        }));
        t.slots.compare.set(Some(|a, b, op| {
            match (a.downcast::<MethodData>(), b.downcast::<MethodData>(), op) {
                (Some(x), Some(y), crate::types::typeobj::CompareOp::Eq) => {
                    Ok(rt::bool_obj(x.func.is(&y.func) && x.self_.is(&y.self_)))
                }
                _ => Ok(rt::not_implemented()),
            }
        }));
        let ty = crate::types::class::new_builtin_type(t);
        ty.make_immortal();
        ty
    };
}

/// The `function` type.
pub fn function_type() -> Obj {
    FUNCTION_TYPE.with(Obj::clone)
}

/// The payload of a bound method.
pub struct MethodData {
    /// `__func__`.
    pub func: Obj,
    /// `__self__`.
    pub self_: Obj,
}

/// A bound method.
pub fn new_method(func: Obj, self_: Obj) -> Obj {
    alloc(METHOD_TYPE.with(Obj::clone), MethodData { func, self_ })
}

/// A new function object.
pub fn new_function(data: FunctionData, doc: Option<Obj>) -> Obj {
    *data.doc.borrow_mut() = doc;
    let f = alloc(function_type(), data);
    f.set_dict(Some(crate::types::dict::new_dict()));
    f
}

fn call_function(f: &Obj, args: &[Obj], kwnames: &[Obj]) -> PyResult<Obj> {
    let Some(d) = f.downcast::<FunctionData>() else {
        return Err(type_error("not a function"));
    };
    // Native code taking direct calls, whose parameters the arguments
    // fill exactly, runs without a frame (`__init__` from a class call, a
    // key function, a dunder method...).
    if kwnames.is_empty()
        && let Some(result) = crate::native::direct::call_positional(d, args)
    {
        return result;
    }
    let frame = crate::vm::frame::Frame::for_call(d, args, kwnames)?;
    crate::vm::eval::call_frame(frame)
}

fn getattr(f: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    let Some(d) = f.downcast::<FunctionData>() else {
        return Ok(None);
    };
    let opt = |o: &Option<Obj>| o.clone().unwrap_or_else(rt::none);
    Ok(Some(match as_str(name) {
        Some("__name__") => d.name.borrow().clone(),
        Some("__qualname__") => d.qualname.borrow().clone(),
        Some("__defaults__") => opt(&d.defaults.borrow()),
        Some("__kwdefaults__") => opt(&d.kwdefaults.borrow()),
        Some("__globals__") => d.globals.clone(),
        Some("__doc__") => opt(&d.doc.borrow()),
        Some("__builtins__") => crate::builtins::builtins_dict(),
        Some("__code__") => crate::vm::code::code_object(d.code.clone()),
        Some("__module__") => {
            crate::types::dict::get_str(&d.globals, "__name__")?.unwrap_or_else(rt::none)
        }
        Some("__closure__") => {
            if d.closure.is_empty() {
                rt::none()
            } else {
                crate::types::tuple::new_tuple(d.closure.clone())
            }
        }
        Some("__annotations__") => {
            // MAKE_FUNCTION gives a tuple of pairs; the first access turns
            // it into the dict that every later access returns.
            let current = d.annotations.borrow().clone();
            match current {
                Some(a) if crate::types::dict::is_dict(&a) => a,
                other => {
                    let dict = crate::types::dict::new_dict();
                    if let Some(a) = other {
                        for pair in crate::types::tuple::items(&a).chunks(2) {
                            if let [k, v] = pair {
                                crate::types::dict::set_item(&dict, k.clone(), v.clone())?;
                            }
                        }
                    }
                    *d.annotations.borrow_mut() = Some(dict.clone());
                    dict
                }
            }
        }
        _ => return crate::types::object::generic_getattr(f, name),
    }))
}

fn setattr(f: &Obj, name: &Obj, value: Option<&Obj>) -> PyResult<()> {
    let Some(d) = f.downcast::<FunctionData>() else {
        return Ok(());
    };
    let v = value.cloned();
    let must_be = |attr: &str, kind: &str, ok: bool| {
        if ok {
            Ok(())
        } else {
            Err(type_error(format!("{attr} must be set to a {kind} object")))
        }
    };
    let is_str = |v: &Option<Obj>| v.as_ref().is_some_and(crate::types::str::is_str);
    let none_or =
        |v: &Option<Obj>, f: fn(&Obj) -> bool| v.as_ref().is_none_or(|x| rt::is_none(x) || f(x));
    match as_str(name) {
        Some("__name__") => {
            must_be("__name__", "string", is_str(&v))?;
            *d.name.borrow_mut() = v.unwrap_or_else(rt::none);
        }
        Some("__qualname__") => {
            must_be("__qualname__", "string", is_str(&v))?;
            *d.qualname.borrow_mut() = v.unwrap_or_else(rt::none);
        }
        Some("__doc__") => *d.doc.borrow_mut() = v,
        Some("__defaults__") => {
            must_be(
                "__defaults__",
                "tuple",
                none_or(&v, crate::types::tuple::is_tuple),
            )?;
            *d.defaults.borrow_mut() = v.filter(|x| !rt::is_none(x));
        }
        Some("__kwdefaults__") => {
            must_be(
                "__kwdefaults__",
                "dict",
                none_or(&v, crate::types::dict::is_dict),
            )?;
            *d.kwdefaults.borrow_mut() = v.filter(|x| !rt::is_none(x));
        }
        Some("__annotations__") => {
            if !none_or(&v, crate::types::dict::is_dict) {
                return Err(type_error("__annotations__ must be set to a dict object"));
            }
            *d.annotations.borrow_mut() = v.filter(|x| !rt::is_none(x));
        }
        _ => return crate::types::object::generic_setattr(f, name, value),
    }
    Ok(())
}

/// Binds call arguments to a code object's parameter slots, as CPython's
/// `initialize_locals` does, with its error messages.
pub fn bind_args(d: &FunctionData, args: &[Obj], kwnames: &[Obj]) -> PyResult<Vec<Option<Obj>>> {
    let co = d.code.co();
    let p = co.params;
    let nslots = co.varnames.len();
    let mut slots: Vec<Option<Obj>> = vec![None; nslots];
    let npos = p.positional as usize;
    let nkwonly = p.kwonly as usize;
    let nargs = args.len() - kwnames.len();
    let qualname = as_str(&d.qualname.borrow()).unwrap_or("?").to_string();
    let varargs_slot = npos + nkwonly;
    let varkw_slot = npos + nkwonly + p.varargs as usize;
    for (i, a) in args[..nargs.min(npos)].iter().enumerate() {
        slots[i] = Some(a.clone());
    }
    if p.varargs {
        let extra = if nargs > npos {
            args[npos..nargs].to_vec()
        } else {
            Vec::new()
        };
        slots[varargs_slot] = Some(crate::types::tuple::new_tuple(extra));
    } else if nargs > npos {
        return Err(too_many_positional(&qualname, d, nargs, kwnames, args));
    }
    let kwdict = if p.varkw {
        let dict = crate::types::dict::new_dict();
        slots[varkw_slot] = Some(dict.clone());
        Some(dict)
    } else {
        None
    };
    let mut posonly_as_kw = Vec::new();
    for (name, value) in kwnames.iter().zip(&args[nargs..]) {
        let n = as_str(name).unwrap_or("");
        let found = co.varnames[..npos + nkwonly]
            .iter()
            .enumerate()
            .skip(p.posonly as usize)
            .find(|(_, v)| v.as_str() == n)
            .map(|(i, _)| i);
        match found {
            Some(i) => {
                if slots[i].is_some() {
                    return Err(type_error(format!(
                        "{qualname}() got multiple values for argument '{n}'"
                    )));
                }
                slots[i] = Some(value.clone());
            }
            None => match &kwdict {
                Some(kd) => crate::types::dict::set_item(kd, name.clone(), value.clone())?,
                None => {
                    if co.varnames[..p.posonly as usize].iter().any(|v| v == n) {
                        posonly_as_kw.push(n.to_string());
                        continue;
                    }
                    return Err(type_error(format!(
                        "{qualname}() got an unexpected keyword argument '{n}'"
                    )));
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(type_error(format!(
            "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
            posonly_as_kw.join(", ")
        )));
    }
    // Defaults for missing positional parameters.
    let defaults = d.defaults.borrow().clone();
    let defaults = defaults
        .as_ref()
        .map(crate::types::tuple::items)
        .unwrap_or(&[]);
    let first_default = npos - defaults.len().min(npos);
    let mut missing = Vec::new();
    for i in 0..npos {
        if slots[i].is_none() {
            if i >= first_default {
                slots[i] = Some(defaults[i - first_default].clone());
            } else {
                missing.push(co.varnames[i].clone());
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_error(&qualname, "positional", &missing));
    }
    let kwdefaults = d.kwdefaults.borrow().clone();
    let mut missing = Vec::new();
    #[allow(clippy::needless_range_loop)]
    for i in npos..npos + nkwonly {
        if slots[i].is_none() {
            let default = match &kwdefaults {
                Some(kd) => crate::types::dict::get_str(kd, &co.varnames[i])?,
                None => None,
            };
            match default {
                Some(v) => slots[i] = Some(v),
                None => missing.push(co.varnames[i].clone()),
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_error(&qualname, "keyword-only", &missing));
    }
    Ok(slots)
}

fn missing_error(qualname: &str, kind: &str, names: &[String]) -> crate::error::PyErr {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => format!(
            "{}, and {}",
            quoted[..quoted.len() - 1].join(", "),
            quoted[quoted.len() - 1]
        ),
    };
    let s = if names.len() == 1 { "" } else { "s" };
    type_error(format!(
        "{qualname}() missing {} required {kind} argument{s}: {list}",
        names.len()
    ))
}

fn too_many_positional(
    qualname: &str,
    d: &FunctionData,
    given: usize,
    kwnames: &[Obj],
    _args: &[Obj],
) -> crate::error::PyErr {
    let co = d.code.co();
    let npos = co.params.positional as usize;
    let ndefaults = d
        .defaults
        .borrow()
        .as_ref()
        .map_or(0, |t| crate::types::tuple::items(t).len());
    let takes = if ndefaults > 0 {
        format!("from {} to {npos}", npos - ndefaults.min(npos))
    } else {
        npos.to_string()
    };
    let s = if npos == 1 && ndefaults == 0 { "" } else { "s" };
    let kw_given = kwnames
        .iter()
        .filter(|k| {
            let n = as_str(k).unwrap_or("");
            co.varnames[npos..npos + co.params.kwonly as usize]
                .iter()
                .any(|v| v == n)
        })
        .count();
    let was = if given == 1 { "was" } else { "were" };
    if kw_given > 0 {
        let ks = if kw_given == 1 { "" } else { "s" };
        return type_error(format!(
            "{qualname}() takes {takes} positional argument{s} but {given} positional argument{} (and {kw_given} keyword-only argument{ks}) were given",
            if given == 1 { "" } else { "s" }
        ));
    }
    type_error(format!(
        "{qualname}() takes {takes} positional argument{s} but {given} {was} given"
    ))
}
