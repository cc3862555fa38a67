//! The `sys` module and the standard text streams.

use crate::error::{PyErr, PyResult, type_error, value_error};
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
            add_method(ty, "read", |a, _| {
                use std::io::Read;
                let n = a.get(1).filter(|o| !rt::is_none(o)).map(int::as_i64);
                let mut text = String::new();
                match n {
                    Some(Some(n)) if n >= 0 => {
                        while text.chars().count() < n as usize {
                            let mut line = String::new();
                            if read_line(&mut line)? == 0 {
                                break;
                            }
                            text.push_str(&line);
                        }
                        let cut: String = text.chars().take(n as usize).collect();
                        if cut.len() < text.len() {
                            PUSHBACK.with(|p| p.borrow_mut().insert_str(0, &text[cut.len()..]));
                        }
                        text = cut;
                    }
                    _ => {
                        PUSHBACK.with(|p| text.push_str(&std::mem::take(&mut *p.borrow_mut())));
                        let mut bytes = Vec::new();
                        std::io::stdin().lock().read_to_end(&mut bytes).map_err(crate::io::os_error)?;
                        text.push_str(&String::from_utf8_lossy(&bytes));
                    }
                }
                Ok(new_str(&text.replace("\r\n", "\n")))
            });
            add_method(ty, "readline", |_, _| {
                let mut line = String::new();
                read_line(&mut line)?;
                Ok(new_str(&line))
            });
            add_method(ty, "readlines", |_, _| {
                let mut lines = Vec::new();
                loop {
                    let mut line = String::new();
                    if read_line(&mut line)? == 0 {
                        break;
                    }
                    lines.push(new_str(&line));
                }
                Ok(list::new_list(lines))
            });
            add_method(ty, "fileno", |a, _| {
                Ok(int::from_i64(a.first().and_then(|s| s.downcast::<StreamData>()).map_or(1, |d| d.fd) as i64))
            });
            add_method(ty, "readable", |a, _| {
                Ok(rt::bool_obj(a.first().and_then(|s| s.downcast::<StreamData>()).is_some_and(|d| d.fd == 0)))
            });
            add_method(ty, "writable", |a, _| {
                Ok(rt::bool_obj(a.first().and_then(|s| s.downcast::<StreamData>()).is_some_and(|d| d.fd != 0)))
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
        t.slots.iter.set(Some(|o| Ok(o.clone())));
        t.slots.next.set(Some(|_| {
            let mut line = String::new();
            if read_line(&mut line)? == 0 {
                return Ok(None);
            }
            Ok(Some(new_str(&line)))
        }));
        let ty = crate::types::class::new_builtin_type(t);
        ty.make_immortal();
        ty
    };
    static PUSHBACK: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    static STREAMS: [Obj; 3] = [stream(0), stream(1), stream(2)];
}

/// Reads one line of stdin (with its newline; empty at EOF).
pub fn read_line(line: &mut String) -> PyResult<usize> {
    let pending = PUSHBACK.with(|p| std::mem::take(&mut *p.borrow_mut()));
    if !pending.is_empty() {
        match pending.find('\n') {
            Some(i) => {
                line.push_str(&pending[..=i]);
                PUSHBACK.with(|p| *p.borrow_mut() = pending[i + 1..].to_string());
                return Ok(i + 1);
            }
            None => line.push_str(&pending),
        }
    }
    crate::io::flush_stdout()?;
    let mut raw = Vec::new();
    use std::io::BufRead;
    std::io::stdin()
        .lock()
        .read_until(b'\n', &mut raw)
        .map_err(crate::io::os_error)?;
    let text = String::from_utf8_lossy(&raw);
    let text = match text.strip_suffix("\r\n") {
        Some(t) => format!("{t}\n"),
        None => text.into_owned(),
    };
    line.push_str(&text);
    Ok(line.len())
}

/// The original standard stream object for `fd` (0, 1 or 2).
pub fn std_stream(fd: usize) -> Obj {
    STREAMS.with(|s| s[fd.min(2)].clone())
}

/// Whether `o` is the original stream for `fd`.
pub fn is_std_stream(o: &Obj, fd: u8) -> bool {
    o.downcast::<StreamData>().is_some_and(|d| d.fd == fd)
}

fn stream(fd: u8) -> Obj {
    let s = alloc(STREAM_TYPE.with(Obj::clone), StreamData { fd });
    let d = dict::new_dict();
    let _ = dict::set_str(&d, "encoding", new_str("utf-8"));
    let _ = dict::set_str(
        &d,
        "errors",
        new_str(if fd == 2 {
            "backslashreplace"
        } else {
            "strict"
        }),
    );
    let _ = dict::set_str(
        &d,
        "name",
        new_str(["<stdin>", "<stdout>", "<stderr>"][fd as usize % 3]),
    );
    let _ = dict::set_str(&d, "mode", new_str(if fd == 0 { "r" } else { "w" }));
    let _ = dict::set_str(&d, "closed", rt::bool_obj(false));
    let _ = dict::set_str(&d, "line_buffering", rt::bool_obj(fd == 2));
    s.set_dict(Some(d));
    s.make_immortal();
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
    for (i, n) in ["stdin", "stdout", "stderr"].iter().enumerate() {
        set(n, std_stream(i));
        set(&format!("__{n}__"), std_stream(i));
    }
    crate::modules::sys_info::add_info(&d);
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
            Ok(int::from_i64(crate::vm::eval::recursion_limit() as i64))
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
            crate::vm::eval::set_recursion_limit(n.min(u32::MAX as i64) as u32);
            Ok(rt::none())
        }),
    );
    set(
        "exc_info",
        new_builtin("exc_info", |_, _| {
            let e = rt::with(|rt| rt.handled.borrow().last().cloned());
            Ok(match e {
                Some(e) => {
                    let tb = protocol::getattr_opt(&e, &new_str("__traceback__"))
                        .ok()
                        .flatten()
                        .unwrap_or_else(rt::none);
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
