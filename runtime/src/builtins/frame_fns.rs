//! The builtins that read the caller's frame: `globals`, `locals`,
//! `vars`, `dir`, `eval`, `exec`, plus `compile` and `__import__`.
//!
//! They are `frame_builtin` objects: the interpreter's CALL recognizes
//! them and passes its frame (`call`); called any other way (through
//! `map`, say) they see the `__main__` namespace.

use compiler::source::SourceFile;

use crate::error::{PyErr, PyResult, type_error};
use crate::object::{Obj, alloc};
use crate::protocol;
use crate::rt::{self, Exc};
use crate::types::str::{as_str, new_str};
use crate::types::typeobj::TypeData;
use crate::types::{dict, list};
use crate::vm::code::{CodeData, CodeRef};
use crate::vm::frame::Frame;

/// The payload of a frame builtin: its name.
pub struct FrameFn(pub &'static str);

thread_local! {
    static FRAME_FN_TYPE: Obj = {
        let t = TypeData::new::<FrameFn>("builtin_function_or_method").final_type();
        t.slots.call.set(Some(|f, a, k| {
            let main = crate::import::import_module("__main__")
                .ok()
                .and_then(|m| m.dict())
                .unwrap_or_else(dict::new_dict);
            dispatch(f, &main, None, a, k)
        }));
        t.slots.repr.set(Some(|f| {
            let n = f.downcast::<FrameFn>().map_or("?", |d| d.0);
            Ok(new_str(&format!("<built-in function {n}>")))
        }));
        let ty = crate::types::class::new_builtin_type(t);
        ty.make_immortal();
        ty
    };
}

/// Adds the frame builtins to the builtins namespace `d`.
pub fn populate(d: &Obj) {
    for n in ["globals", "locals", "vars", "dir", "eval", "exec"] {
        let f = alloc(FRAME_FN_TYPE.with(Obj::clone), FrameFn(n));
        let _ = dict::set_str(d, n, f);
    }
    let _ = dict::set_str(
        d,
        "compile",
        crate::types::function::new_builtin("compile", compile),
    );
    let _ = dict::set_str(
        d,
        "__import__",
        crate::types::function::new_builtin("__import__", dunder_import),
    );
}

/// Whether `f` is a frame builtin (checked by the interpreter's CALL).
#[inline]
pub fn is_frame_fn(f: &Obj) -> bool {
    f.downcast::<FrameFn>().is_some()
}

/// Calls frame builtin `f` from `frame`.
pub fn call(frame: &Frame, f: &Obj, args: &[Obj], kwnames: &[Obj]) -> PyResult<Obj> {
    dispatch(f, &frame.globals, Some(frame), args, kwnames)
}

/// `locals()` of `frame`: its namespace, or a snapshot of its fast
/// locals and cells.
fn frame_locals(frame: &Frame) -> PyResult<Obj> {
    if let Some(l) = &frame.locals {
        return Ok(l.clone());
    }
    let d = dict::new_dict();
    let co = frame.code.co();
    for (name, v) in co.varnames.iter().zip(frame.fast()) {
        if let Some(v) = v
            && !compiler::ir::is_hidden_local(name)
        {
            dict::set_str(&d, name, v.clone())?;
        }
    }
    for (name, cell) in co.cellvars.iter().chain(&co.freevars).zip(&frame.cells) {
        if let Some(v) = crate::vm::cell::get(cell) {
            dict::set_str(&d, name, v)?;
        }
    }
    Ok(d)
}

fn dispatch(
    f: &Obj,
    globals: &Obj,
    frame: Option<&Frame>,
    args: &[Obj],
    kwnames: &[Obj],
) -> PyResult<Obj> {
    let name = f.downcast::<FrameFn>().map_or("?", |d| d.0);
    let locals = || match frame {
        Some(fr) => frame_locals(fr),
        None => Ok(globals.clone()),
    };
    let (pos, kws) = crate::args::split(args, kwnames);
    match name {
        "globals" | "locals" => {
            if !args.is_empty() {
                return Err(type_error(format!(
                    "{name}() takes no arguments ({} given)",
                    args.len()
                )));
            }
            if name == "globals" {
                Ok(globals.clone())
            } else {
                locals()
            }
        }
        "vars" => match pos {
            [] => locals(),
            [o] => protocol::getattr_opt(o, &new_str("__dict__"))?
                .ok_or_else(|| type_error("vars() argument must have __dict__ attribute")),
            _ => Err(type_error(format!(
                "vars expected at most 1 argument, got {}",
                pos.len()
            ))),
        },
        "dir" => {
            let names = match pos {
                [] => dict::keys(&locals()?),
                [o] => match protocol::call_special(o, "__dir__", &[])? {
                    Some(r) => protocol::collect(&r)?,
                    None => default_dir(o)?,
                },
                _ => {
                    return Err(type_error(format!(
                        "dir expected at most 1 argument, got {}",
                        pos.len()
                    )));
                }
            };
            let mut names = names;
            crate::types::list_methods::sort(&mut names, None, false)?;
            Ok(list::new_list(names))
        }
        "eval" | "exec" => {
            let mut pos: Vec<Obj> = pos.to_vec();
            for (k, v) in kws {
                match k {
                    "globals" if pos.len() == 1 => pos.push(v.clone()),
                    "locals" if !pos.is_empty() => {
                        if pos.len() == 1 {
                            pos.push(rt::none());
                        }
                        pos.push(v.clone())
                    }
                    _ => {
                        return Err(type_error(format!("{name}() takes no keyword arguments")));
                    }
                }
            }
            if pos.is_empty() || pos.len() > 3 {
                return Err(type_error(format!(
                    "{name} expected at least 1 argument, got {}",
                    pos.len()
                )));
            }
            let g = pos.get(1).filter(|o| !rt::is_none(o)).cloned();
            let l = pos.get(2).filter(|o| !rt::is_none(o)).cloned();
            if let Some(g) = &g
                && !dict::is_dict(g)
            {
                return Err(type_error(format!(
                    "{name}() globals must be a dict, not {}",
                    protocol::type_name(g)
                )));
            }
            let (g, l) = match (g, l) {
                (None, None) => (globals.clone(), locals()?),
                (None, Some(l)) => (globals.clone(), l),
                (Some(g), None) => (g.clone(), g),
                (Some(g), Some(l)) => (g, l),
            };
            if dict::get_str(&g, "__builtins__")?.is_none() {
                dict::set_str(&g, "__builtins__", super::builtins_dict())?;
            }
            let code = match pos[0].downcast::<CodeData>() {
                Some(c) => c.0.clone(),
                None => {
                    let src = source_text(&pos[0], name)?;
                    let src = if name == "eval" {
                        src.trim_start_matches([' ', '\t']).to_string()
                    } else {
                        src
                    };
                    compile_text(&src, "<string>", name == "eval")?
                }
            };
            let v = run_code(code, &g, &l)?;
            Ok(if name == "eval" { v } else { rt::none() })
        }
        _ => Err(PyErr::new(Exc::SystemError, "unknown frame builtin")),
    }
}

fn default_dir(o: &Obj) -> PyResult<Vec<Obj>> {
    let mut names = Vec::new();
    if let Some(d) = o.dict() {
        names.extend(dict::keys(&d));
    }
    let ty = if crate::types::typeobj_ops::is_type(o) {
        o.clone()
    } else {
        o.ty()
    };
    let mro = crate::types::typeobj_ops::with_data(&ty, |d| d.mro.borrow().clone());
    for t in mro {
        names.extend(dict::keys(&crate::types::typeobj_ops::type_dict(&t)));
    }
    let mut seen = std::collections::HashSet::new();
    names.retain(|n| as_str(n).is_some_and(|s| seen.insert(s.to_string())));
    Ok(names)
}

fn source_text(o: &Obj, func: &str) -> PyResult<String> {
    if let Some(s) = as_str(o) {
        return Ok(s.to_string());
    }
    Err(type_error(format!(
        "{func}() arg 1 must be a string, bytes or code object"
    )))
}

fn compile_text(text: &str, filename: &str, eval_mode: bool) -> PyResult<CodeRef> {
    let src = SourceFile::new(filename, text.to_string());
    let ir = if eval_mode {
        compiler::driver::lower_eval_source(&src, "<module>", crate::rt::optimize())
    } else {
        compiler::driver::lower_source_optimized(&src, "<module>", crate::rt::optimize())
    }
    .map_err(crate::run::compile_error)?;
    let bc = compiler::bytecode::emit_module(&ir).map_err(|e| {
        PyErr::new(
            Exc::SystemError,
            format!("internal compiler error: {}", e.message),
        )
    })?;
    Ok(CodeRef {
        module: crate::vm::code::load(bc),
        index: 0,
    })
}

fn run_code(code: CodeRef, globals: &Obj, locals: &Obj) -> PyResult<Obj> {
    let mut frame = Frame::for_namespace(code, globals.clone(), locals.clone(), Vec::new());
    let _depth = crate::vm::eval::DepthGuard::enter()?;
    match crate::vm::eval::run(&mut frame, None)? {
        crate::vm::eval::Exit::Return(v) => Ok(v),
        crate::vm::eval::Exit::Yield(_) => Err(PyErr::new(Exc::SystemError, "code yielded")),
    }
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False,
/// optimize=-1)`.
fn compile(args: &[Obj], kwnames: &[Obj]) -> PyResult<Obj> {
    let (pos, kws) = crate::args::split(args, kwnames);
    let mut a: Vec<Option<Obj>> = pos.iter().cloned().map(Some).collect();
    a.resize(a.len().max(3), None);
    for (k, v) in kws {
        let i = match k {
            "source" => 0,
            "filename" => 1,
            "mode" => 2,
            "flags" | "dont_inherit" | "optimize" | "_feature_version" => continue,
            _ => {
                return Err(type_error(format!(
                    "compile() got an unexpected keyword argument '{k}'"
                )));
            }
        };
        a[i] = Some(v.clone());
    }
    let (Some(src), Some(filename), Some(mode)) = (&a[0], &a[1], &a[2]) else {
        return Err(type_error("compile() missing required argument"));
    };
    let text = source_text(src, "compile")?;
    let filename = protocol::str_string(filename)?;
    let mode = as_str(mode).unwrap_or("");
    let eval_mode = match mode {
        "exec" | "single" => false,
        "eval" => true,
        _ => {
            return Err(crate::error::value_error(
                "compile() mode must be 'exec', 'eval' or 'single'",
            ));
        }
    };
    let text = if eval_mode {
        text.trim_start_matches([' ', '\t']).to_string()
    } else {
        text
    };
    Ok(crate::vm::code::code_object(compile_text(
        &text, &filename, eval_mode,
    )?))
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
fn dunder_import(args: &[Obj], kwnames: &[Obj]) -> PyResult<Obj> {
    let (pos, kws) = crate::args::split(args, kwnames);
    let mut a: Vec<Option<Obj>> = pos.iter().cloned().map(Some).collect();
    a.resize(a.len().max(5), None);
    for (k, v) in kws {
        let i = match k {
            "name" => 0,
            "globals" => 1,
            "locals" => 2,
            "fromlist" => 3,
            "level" => 4,
            _ => {
                return Err(type_error(format!(
                    "__import__() got an unexpected keyword argument '{k}'"
                )));
            }
        };
        a[i] = Some(v.clone());
    }
    let Some(name) = a[0].clone() else {
        return Err(type_error(
            "__import__() missing required argument 'name' (pos 1)",
        ));
    };
    if as_str(&name).is_none() {
        return Err(type_error(format!(
            "__import__() argument 1 must be str, not {}",
            protocol::type_name(&name)
        )));
    }
    let globals = a[1]
        .clone()
        .filter(dict::is_dict)
        .unwrap_or_else(dict::new_dict);
    let fromlist = match &a[3] {
        Some(f) if !rt::is_none(f) => crate::types::tuple::new_tuple(protocol::collect(f)?),
        _ => rt::none(),
    };
    let level = match &a[4] {
        Some(l) => crate::types::int::as_i64(l).unwrap_or(0).max(0) as u32,
        None => 0,
    };
    crate::import::import_name(&globals, &name, &fromlist, level)
}
