//! `io.StringIO` and `io.BytesIO`: in-memory streams with a position
//! (characters for StringIO, bytes for BytesIO), CPython's methods and
//! messages.

use std::cell::RefCell;

use crate::args::Sig;
use crate::error::{PyErr, PyResult, type_error, value_error};
use crate::object::{Obj, alloc};
use crate::protocol;
use crate::rt;
use crate::types::function::add_method;
use crate::types::str::{as_str, new_str};
use crate::types::typeobj::TypeData;
use crate::types::{bytes, int, list};

/// The payload of a StringIO (items are chars) or BytesIO (items are
/// bytes, stored as chars below 256).
pub struct MemData {
    st: RefCell<Mem>,
}

struct Mem {
    buf: Vec<u32>,
    pos: usize,
    closed: bool,
    text: bool,
}

thread_local! {
    static STRINGIO: Obj = make_type("StringIO", true);
    static BYTESIO: Obj = make_type("BytesIO", false);
}

/// `io.StringIO`.
pub fn stringio_type() -> Obj {
    STRINGIO.with(Obj::clone)
}

/// `io.BytesIO`.
pub fn bytesio_type() -> Obj {
    BYTESIO.with(Obj::clone)
}

/// The text written to a StringIO so far, if `o` is one (for `print`).
pub fn is_mem(o: &Obj) -> bool {
    o.downcast::<MemData>().is_some()
}

fn make_type(name: &str, text: bool) -> Obj {
    let t = TypeData::new::<MemData>(name).with_methods(if text {
        install_text
    } else {
        install_bytes
    });
    t.slots
        .new
        .set(Some(if text { new_stringio } else { new_bytesio }));
    t.slots.init.set(Some(|_, _, _| Ok(())));
    t.slots.iter.set(Some(|o| {
        with(o, |m| if m.text { m.check_dot() } else { Ok(()) })?;
        Ok(o.clone())
    }));
    t.slots.next.set(Some(|o| {
        let line = with(o, |m| {
            m.check()?;
            Ok(m.readline(None))
        })?;
        if line.is_empty() {
            return Ok(None);
        }
        Ok(Some(with(o, |m| Ok(m.make(&line)))?))
    }));
    let ty = crate::types::class::new_builtin_type(t);
    crate::types::typeobj_ops::set_type_attr(&ty, "__module__", new_str("_io"));
    ty.make_immortal();
    ty
}

fn new_stringio(cls: &Obj, args: &[Obj], kwnames: &[Obj]) -> PyResult<Obj> {
    const SIG: Sig = Sig::clinic("StringIO", &["initial_value", "newline"], 0);
    let a = SIG.bind(args, kwnames)?;
    let buf: Vec<u32> = match &a[0] {
        None => Vec::new(),
        Some(v) if rt::is_none(v) => Vec::new(),
        Some(v) => match as_str(v) {
            Some(s) => s.chars().map(|c| c as u32).collect(),
            None => {
                return Err(type_error(format!(
                    "initial_value must be str or None, not {}",
                    protocol::type_name(v)
                )));
            }
        },
    };
    Ok(alloc(
        cls.clone(),
        MemData {
            st: RefCell::new(Mem {
                buf,
                pos: 0,
                closed: false,
                text: true,
            }),
        },
    ))
}

fn new_bytesio(cls: &Obj, args: &[Obj], kwnames: &[Obj]) -> PyResult<Obj> {
    const SIG: Sig = Sig::clinic("BytesIO", &["initial_bytes"], 0);
    let a = SIG.bind(args, kwnames)?;
    let buf: Vec<u32> = match &a[0] {
        None => Vec::new(),
        Some(v) if rt::is_none(v) => Vec::new(),
        Some(v) => bytes_arg(v)?.into_iter().map(u32::from).collect(),
    };
    Ok(alloc(
        cls.clone(),
        MemData {
            st: RefCell::new(Mem {
                buf,
                pos: 0,
                closed: false,
                text: false,
            }),
        },
    ))
}

fn bytes_arg(v: &Obj) -> PyResult<Vec<u8>> {
    bytes::bytes_like(v).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            protocol::type_name(v)
        ))
    })
}

fn with<T>(o: &Obj, f: impl FnOnce(&mut Mem) -> PyResult<T>) -> PyResult<T> {
    let Some(d) = o.downcast::<MemData>() else {
        return Err(type_error(format!(
            "descriptor requires an '_io' stream but received a '{}'",
            protocol::type_name(o)
        )));
    };
    let Ok(mut m) = d.st.try_borrow_mut() else {
        return Err(crate::error::runtime_error("reentrant call"));
    };
    f(&mut m)
}

fn size(a: &[Obj]) -> PyResult<Option<usize>> {
    match a.get(1) {
        None => Ok(None),
        Some(v) if rt::is_none(v) => Ok(None),
        Some(v) => {
            let n = int::to_index(v)?.ok_or_else(|| {
                type_error(format!(
                    "argument should be integer or None, not '{}'",
                    protocol::type_name(v)
                ))
            })?;
            Ok(usize::try_from(n).ok())
        }
    }
}

fn install_common(t: &Obj) {
    use crate::types::descr::add_getter;
    add_getter(t, "closed", |o| with(o, |m| Ok(rt::bool_obj(m.closed))));
    add_method(t, "getvalue", |a, _| {
        with(&a[0], |m| {
            m.check()?;
            Ok(m.make(&m.buf.clone()))
        })
    });
    add_method(t, "read", |a, _| {
        let n = size(a)?;
        with(&a[0], |m| {
            m.check()?;
            let end = n.map_or(m.buf.len(), |n| (m.pos + n).min(m.buf.len()));
            let start = m.pos.min(end);
            let out = m.buf[start..end].to_vec();
            m.pos = m.pos.max(end);
            Ok(m.make(&out))
        })
    });
    add_method(t, "readline", |a, _| {
        let n = size(a)?;
        with(&a[0], |m| {
            m.check()?;
            let line = m.readline(n);
            Ok(m.make(&line))
        })
    });
    add_method(t, "readlines", |a, _| {
        let hint = size(a)?;
        with(&a[0], |m| {
            m.check_dot()?;
            let mut out = Vec::new();
            let mut total = 0;
            loop {
                let line = m.readline(None);
                if line.is_empty() {
                    break;
                }
                total += line.len();
                out.push(m.make(&line));
                if hint.is_some_and(|h| h > 0 && total >= h) {
                    break;
                }
            }
            Ok(list::new_list(out))
        })
    });
    add_method(t, "write", |a, _| {
        let Some(data) = a.get(1) else {
            return Err(type_error("write() takes exactly one argument (0 given)"));
        };
        write(&a[0], data)
    });
    add_method(t, "writelines", |a, _| {
        let Some(lines) = a.get(1) else {
            return Err(type_error(
                "writelines() takes exactly one argument (0 given)",
            ));
        };
        with(&a[0], |m| m.check())?;
        let it = protocol::iter(lines)?;
        while let Some(line) = protocol::next(&it)? {
            write(&a[0], &line)?;
        }
        Ok(rt::none())
    });
    add_method(t, "tell", |a, _| {
        with(&a[0], |m| {
            m.check()?;
            Ok(int::from_i64(m.pos as i64))
        })
    });
    add_method(t, "seek", |a, _| {
        let Some(p) = a.get(1) else {
            return Err(type_error("seek expected at least 1 argument, got 0"));
        };
        let pos = int::as_i64(p).ok_or_else(|| int::expected_int(p))?;
        let whence = match a.get(2) {
            Some(w) => int::as_i64(w).ok_or_else(|| int::expected_int(w))?,
            None => 0,
        };
        with(&a[0], |m| m.seek(pos, whence))
    });
    add_method(t, "truncate", |a, _| {
        let n = size(a)?;
        with(&a[0], |m| {
            m.check()?;
            let n = n.unwrap_or(m.pos);
            m.buf.truncate(n);
            Ok(int::from_i64(n as i64))
        })
    });
    add_method(t, "close", |a, _| {
        with(&a[0], |m| {
            m.closed = true;
            Ok(rt::none())
        })
    });
    add_method(t, "flush", |a, _| {
        with(&a[0], |m| {
            if !m.text {
                m.check()?;
            }
            Ok(rt::none())
        })
    });
    for name in ["readable", "writable", "seekable"] {
        add_method(t, name, |a, _| {
            with(&a[0], |m| m.check().map(|_| rt::bool_obj(true)))
        });
    }
    add_method(t, "isatty", |a, _| {
        with(&a[0], |m| m.check_dot().map(|_| rt::bool_obj(false)))
    });
    add_method(t, "__enter__", |a, _| {
        with(&a[0], |m| m.check_dot())?;
        Ok(a[0].clone())
    });
    add_method(t, "__exit__", |a, _| {
        with(&a[0], |m| {
            m.closed = true;
            Ok(rt::none())
        })
    });
}

fn install_text(t: &Obj) {
    install_common(t);
    crate::types::descr::add_getter(t, "line_buffering", |_| Ok(rt::bool_obj(false)));
    crate::types::descr::add_getter(t, "newlines", |_| Ok(rt::none()));
}

fn install_bytes(t: &Obj) {
    install_common(t);
    add_method(t, "read1", |a, _| {
        let n = size(a)?;
        with(&a[0], |m| {
            m.check()?;
            let end = n.map_or(m.buf.len(), |n| (m.pos + n).min(m.buf.len()));
            let start = m.pos.min(end);
            let out = m.buf[start..end].to_vec();
            m.pos = m.pos.max(end);
            Ok(m.make(&out))
        })
    });
}

fn write(o: &Obj, data: &Obj) -> PyResult<Obj> {
    let text = with(o, |m| {
        m.check()?;
        Ok(m.text)
    })?;
    let items: Vec<u32> = if text {
        match as_str(data) {
            Some(s) => s.chars().map(|c| c as u32).collect(),
            None => {
                return Err(type_error(format!(
                    "string argument expected, got '{}'",
                    protocol::type_name(data)
                )));
            }
        }
    } else {
        bytes_arg(data)?.into_iter().map(u32::from).collect()
    };
    with(o, |m| {
        let n = items.len();
        if m.pos > m.buf.len() {
            m.buf.resize(m.pos, 0);
        }
        let end = m.pos + n;
        if end > m.buf.len() {
            m.buf.resize(end, 0);
        }
        m.buf[m.pos..end].copy_from_slice(&items);
        m.pos = end;
        Ok(int::from_i64(n as i64))
    })
}

impl Mem {
    /// StringIO's own checks say "file", the inherited ones (and all of
    /// BytesIO's) "file.".
    fn check(&self) -> PyResult<()> {
        if self.closed {
            return Err(value_error(if self.text {
                "I/O operation on closed file"
            } else {
                "I/O operation on closed file."
            }));
        }
        Ok(())
    }

    fn check_dot(&self) -> PyResult<()> {
        if self.closed {
            return Err(value_error("I/O operation on closed file."));
        }
        Ok(())
    }

    fn make(&self, items: &[u32]) -> Obj {
        if self.text {
            let s: String = items.iter().filter_map(|&c| char::from_u32(c)).collect();
            new_str(&s)
        } else {
            bytes::new_bytes(items.iter().map(|&b| b as u8).collect())
        }
    }

    fn readline(&mut self, limit: Option<usize>) -> Vec<u32> {
        let start = self.pos.min(self.buf.len());
        let mut end = self.buf[start..]
            .iter()
            .position(|&c| c == u32::from('\n'))
            .map_or(self.buf.len(), |i| start + i + 1);
        if let Some(l) = limit {
            end = end.min(start + l);
        }
        self.pos = end.max(self.pos);
        self.buf[start..end].to_vec()
    }

    fn seek(&mut self, pos: i64, whence: i64) -> PyResult<Obj> {
        self.check()?;
        let err = |m: &str| PyErr::new(rt::Exc::OSError, m);
        let new = match whence {
            0 => {
                if pos < 0 {
                    return Err(value_error(format!("negative seek value {pos}")));
                }
                pos as usize
            }
            1 | 2 if self.text && pos != 0 => {
                return Err(err(if whence == 1 {
                    "Can't do nonzero cur-relative seeks"
                } else {
                    "Can't do nonzero end-relative seeks"
                }));
            }
            1 => (self.pos as i64 + pos).max(0) as usize,
            2 => (self.buf.len() as i64 + pos).max(0) as usize,
            _ => {
                return Err(value_error(format!(
                    "invalid whence ({whence}, should be 0, 1 or 2)"
                )));
            }
        };
        self.pos = new;
        Ok(int::from_i64(new as i64))
    }
}
