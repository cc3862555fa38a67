//! The `sys` module and the standard text streams.

use crate::error::{PyErr, type_error, value_error};
use crate::object::{Obj, alloc};
use crate::protocol;
use crate::rt::{self, Exc};
use crate::types::function::{add_method, new_builtin};
use crate::types::str::new_str;
use crate::types::typeobj::TypeData;
use crate::types::{dict, int, list, tuple};

/// Which standard stream a stream object writes to.
pub struct StreamData {
    fd: u8,
}

thread_local! {
    static STREAM_TYPE: Obj = {
        let t = TypeData::new::<StreamData>("TextIOWrapper").with_methods(|ty| {
            add_method(ty, "write", |a, _| {
                let (Some(s), Some(text)) = (a.first(), a.get(1)) else {
                    return Err(type_error("write() takes exactly one argument"));
                };
                let Some(t) = crate::types::str::as_str(text) else {
                    return Err(type_error(format!(
                        "write() argument must be str, not {}",
                        protocol::type_name(text)
                    )));
                };
                match s.downcast::<StreamData>().map(|d| d.fd) {
                    Some(2) => crate::io::write_stderr(t)?,
                    _ => crate::io::write_stdout(t)?,
                }
                Ok(int::from_i64(t.chars().count() as i64))
            });
            add_method(ty, "flush", |a, _| {
                if a.first().and_then(|s| s.downcast::<StreamData>()).map(|d| d.fd) == Some(1) {
                    crate::io::flush_stdout()?;
                }
                Ok(rt::none())
            });
            add_method(ty, "isatty", |a, _| {
                use std::io::IsTerminal;
                let fd = a.first().and_then(|s| s.downcast::<StreamData>()).map_or(1, |d| d.fd);
                Ok(rt::bool_obj(match fd {
                    0 => std::io::stdin().is_terminal(),
                    2 => std::io::stderr().is_terminal(),
                    _ => std::io::stdout().is_terminal(),
                }))
            });
        });
        let ty = crate::types::class::new_builtin_type(t);
        ty.make_immortal();
        ty
    };
}

fn stream(fd: u8) -> Obj {
    let s = alloc(STREAM_TYPE.with(Obj::clone), StreamData { fd });
    s.set_dict(Some(dict::new_dict()));
    s
}

/// Creates the `sys` module for a program run as `argv[0]` with `path`.
pub fn new_sys_module(argv: &[String], path: &[String]) -> Obj {
    let m = crate::types::module::new_module("sys");
    let Some(d) = m.dict() else { return m };
    let set = |k: &str, v: Obj| {
        let _ = dict::set_str(&d, k, v);
    };
    set(
        "argv",
        list::new_list(argv.iter().map(|a| new_str(a)).collect()),
    );
    set(
        "path",
        list::new_list(path.iter().map(|p| new_str(p)).collect()),
    );
    set(
        "modules",
        rt::with(|rt| rt.modules.borrow().clone()).unwrap_or_else(dict::new_dict),
    );
    set("maxsize", int::from_i64(i64::MAX));
    set("platform", new_str("linux"));
    set(
        "byteorder",
        new_str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    set(
        "version_info",
        tuple::new_tuple(vec![
            int::from_i64(3),
            int::from_i64(11),
            int::from_i64(7),
            new_str("final"),
            int::from_i64(0),
        ]),
    );
    set("version", new_str("3.11.7 (Pyrite)"));
    set("hexversion", int::from_i64(0x030b07f0));
    set(
        "executable",
        new_str(
            &std::env::current_exe()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
        ),
    );
    let implementation = crate::types::module::new_module("implementation");
    if let Some(id) = implementation.dict() {
        let _ = dict::set_str(&id, "name", new_str("pyrite"));
        let _ = dict::set_str(&id, "cache_tag", rt::none());
    }
    set("implementation", implementation);
    set("stdin", stream(0));
    set("stdout", stream(1));
    set("stderr", stream(2));
    set("__stdout__", stream(1));
    set("__stderr__", stream(2));
    set(
        "exit",
        new_builtin("exit", |a, _| {
            // PyErr_SetObject: a tuple value is the args themselves.
            let args = match a.first() {
                Some(t) if tuple::is_tuple(t) => tuple::items(t).to_vec(),
                other => other.cloned().into_iter().collect(),
            };
            Err(PyErr::with_args(Exc::SystemExit, args))
        }),
    );
    set(
        "getrecursionlimit",
        new_builtin("getrecursionlimit", |_, _| {
            Ok(int::from_i64(rt::with(|rt| rt.recursion_limit.get()) as i64))
        }),
    );
    set(
        "setrecursionlimit",
        new_builtin("setrecursionlimit", |a, _| {
            let n = a
                .first()
                .and_then(int::as_i64)
                .ok_or_else(|| type_error("an integer is required"))?;
            if n < 1 {
                return Err(value_error(
                    "recursion limit must be greater or equal than 1",
                ));
            }
            rt::with(|rt| rt.recursion_limit.set(n.min(u32::MAX as i64) as u32));
            Ok(rt::none())
        }),
    );
    set(
        "exc_info",
        new_builtin("exc_info", |_, _| {
            let e = rt::with(|rt| rt.handled.borrow().last().cloned());
            Ok(match e {
                Some(e) => {
                    let tb = crate::protocol::getattr_str(&e, "__traceback__")?;
                    tuple::new_tuple(vec![e.ty(), e.clone(), tb])
                }
                None => tuple::new_tuple(vec![rt::none(), rt::none(), rt::none()]),
            })
        }),
    );
    set(
        "exception",
        new_builtin("exception", |_, _| {
            Ok(rt::with(|rt| rt.handled.borrow().last().cloned()).unwrap_or_else(rt::none))
        }),
    );
    set(
        "getrefcount",
        new_builtin("getrefcount", |a, _| {
            Ok(int::from_i64(a.first().map_or(0, |o| o.refcount()) as i64))
        }),
    );
    set(
        "intern",
        new_builtin("intern", |a, _| {
            a.first()
                .cloned()
                .ok_or_else(|| type_error("intern() takes exactly one argument"))
        }),
    );
    m
}
