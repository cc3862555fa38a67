//! File objects as `open()` returns them: `_io.TextIOWrapper` for text
//! modes and `_io.BufferedReader`/`BufferedWriter`/`BufferedRandom` (or
//! `FileIO` when unbuffered) for binary modes, with CPython's methods,
//! attributes and error messages.
//!
//! One payload, [`FileData`], serves all of them; the Python type only
//! decides the repr. Writes go straight to the OS (CPython buffers them;
//! nothing a program can observe through this file object differs).
//! Reads keep a read-ahead: raw bytes in `rbuf[rpos..]`, and for text the
//! decoded (not yet newline-translated) characters in `tbuf[tpos..]`, so
//! `tell()` is the OS position minus what was read ahead and not consumed.

use std::cell::RefCell;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};

use crate::error::{PyErr, PyResult, type_error, value_error};
use crate::object::{Obj, alloc};
use crate::protocol;
use crate::rt;
use crate::types::function::add_method;
use crate::types::str::{as_str, new_str};
use crate::types::typeobj::TypeData;
use crate::types::{bytes, codecs, int, list};

/// How a file was opened (from `open()`'s mode and arguments).
pub struct OpenConfig {
    /// Text (TextIOWrapper) or binary.
    pub text: bool,
    /// `r` or `+`.
    pub readable: bool,
    /// `w`, `a`, `x` or `+`.
    pub writable: bool,
    /// `a`.
    pub append: bool,
    /// `buffering=0` (binary only): a FileIO.
    pub unbuffered: bool,
    /// The encoding as given (`UTF-8` by default, as the C.UTF-8 locale).
    pub encoding: String,
    /// The error handler.
    pub errors: String,
    /// `newline=`: `None` for universal newlines with translation.
    pub newline: Option<String>,
    /// The `mode` attribute.
    pub mode: String,
}

/// The payload of a file object.
pub struct FileData {
    st: RefCell<FileState>,
}

struct FileState {
    file: Option<File>,
    cfg: OpenConfig,
    name: Obj,
    rbuf: Vec<u8>,
    rpos: usize,
    tbuf: String,
    tpos: usize,
}

thread_local! {
    static TYPES: [Obj; 5] = [
        make_type("TextIOWrapper"),
        make_type("BufferedReader"),
        make_type("BufferedWriter"),
        make_type("BufferedRandom"),
        make_type("FileIO"),
    ];
}

/// The file types by name (`TextIOWrapper`, `BufferedReader`,
/// `BufferedWriter`, `BufferedRandom`, `FileIO`), for the `io` module.
pub fn file_type(name: &str) -> Option<Obj> {
    let i = [
        "TextIOWrapper",
        "BufferedReader",
        "BufferedWriter",
        "BufferedRandom",
        "FileIO",
    ]
    .iter()
    .position(|n| *n == name)?;
    Some(TYPES.with(|t| t[i].clone()))
}

/// Wraps an open OS file as the file object `open()` returns.
pub fn new_file(file: File, name: Obj, cfg: OpenConfig) -> Obj {
    let ty = if cfg.text {
        "TextIOWrapper"
    } else if cfg.unbuffered {
        "FileIO"
    } else if cfg.readable && cfg.writable {
        "BufferedRandom"
    } else if cfg.readable {
        "BufferedReader"
    } else {
        "BufferedWriter"
    };
    let st = FileState {
        file: Some(file),
        cfg,
        name,
        rbuf: Vec::new(),
        rpos: 0,
        tbuf: String::new(),
        tpos: 0,
    };
    alloc(
        file_type(ty).unwrap_or_else(|| rt::ty(|t| &t.object)),
        FileData {
            st: RefCell::new(st),
        },
    )
}

fn make_type(name: &str) -> Obj {
    let t = TypeData::new::<FileData>(name).with_methods(install);
    t.slots.repr.set(Some(repr));
    t.slots.iter.set(Some(|o| {
        with(o, |s| s.check_open(Op::Iter).map(|_| ()))?;
        Ok(o.clone())
    }));
    t.slots.next.set(Some(|o| {
        let line = with(o, |s| {
            s.check_open(Op::Next)?;
            s.readline(None)
        })?;
        Ok(if protocol::truth(&line)? {
            Some(line)
        } else {
            None
        })
    }));
    let ty = crate::types::class::new_builtin_type(t);
    crate::types::typeobj_ops::set_type_attr(&ty, "__module__", new_str("_io"));
    ty.make_immortal();
    ty
}

fn install(t: &Obj) {
    use crate::types::descr::add_getter;
    add_getter(t, "closed", |o| {
        with(o, |s| Ok(rt::bool_obj(s.file.is_none())))
    });
    add_getter(t, "name", |o| with(o, |s| Ok(s.name.clone())));
    add_getter(t, "mode", |o| with(o, |s| Ok(new_str(&s.cfg.mode))));
    add_getter(t, "encoding", |o| {
        text_attr(o, |s| new_str(&s.cfg.encoding))
    });
    add_getter(t, "errors", |o| text_attr(o, |s| new_str(&s.cfg.errors)));
    add_getter(t, "newlines", |o| text_attr(o, |_| rt::none()));
    add_getter(t, "line_buffering", |o| {
        text_attr(o, |_| rt::bool_obj(false))
    });
    add_getter(t, "closefd", |_| Ok(rt::bool_obj(true)));
    add_method(t, "read", |a, k| {
        let n = size_arg("read", a, k)?;
        with(&a[0], |s| s.read(n))
    });
    add_method(t, "read1", |a, k| {
        let n = size_arg("read1", a, k)?;
        with(&a[0], |s| s.read(n))
    });
    add_method(t, "readline", |a, k| {
        let n = size_arg("readline", a, k)?;
        with(&a[0], |s| s.readline(n))
    });
    add_method(t, "readlines", |a, k| {
        let hint = size_arg("readlines", a, k)?;
        let mut out = Vec::new();
        let mut total = 0usize;
        loop {
            let line = with(&a[0], |s| {
                if out.is_empty() {
                    s.check_open(Op::Iter)?;
                }
                s.readline(None)
            })?;
            let n = protocol::len(&line)?;
            if n == 0 {
                break;
            }
            out.push(line);
            total += n;
            if hint.is_some_and(|h| total >= h) {
                break;
            }
        }
        Ok(list::new_list(out))
    });
    add_method(t, "write", |a, k| {
        let [_, data] = exact::<2>("write", a, k)?;
        with(&a[0], |s| s.write(&data))
    });
    add_method(t, "writelines", |a, k| {
        let [_, lines] = exact::<2>("writelines", a, k)?;
        with(&a[0], |s| s.check_open(Op::Write).map(|_| ()))?;
        let it = protocol::iter(&lines)?;
        while let Some(line) = protocol::next(&it)? {
            with(&a[0], |s| s.write(&line))?;
        }
        Ok(rt::none())
    });
    add_method(t, "seek", |a, k| {
        let (_, kw) = crate::args::split(a, k);
        if !kw.is_empty() || a.len() < 2 || a.len() > 3 {
            return Err(type_error(format!(
                "seek expected at most 2 arguments, got {}",
                a.len().saturating_sub(1)
            )));
        }
        let off = crate::args::to_bigint(&a[1])?;
        let off = num_traits::ToPrimitive::to_i64(&off).ok_or_else(|| {
            crate::error::overflow_error("Python int too large to convert to C long")
        })?;
        let whence = match a.get(2) {
            Some(w) => int::as_i64(w).ok_or_else(|| int::expected_int(w))?,
            None => 0,
        };
        with(&a[0], |s| s.seek(off, whence))
    });
    add_method(t, "tell", |a, _| {
        with(&a[0], |s| s.tell().map(|p| int::from_i64(p as i64)))
    });
    add_method(t, "truncate", |a, _| {
        let size = match a.get(1) {
            Some(v) if !rt::is_none(v) => Some(int::as_i64(v).ok_or_else(|| int::expected_int(v))?),
            _ => None,
        };
        with(&a[0], |s| s.truncate(size))
    });
    add_method(t, "flush", |a, _| {
        with(&a[0], |s| {
            s.check_open(Op::Flush)?;
            if let Some(f) = s.file.as_mut() {
                f.flush().map_err(crate::io::os_error)?;
            }
            Ok(rt::none())
        })
    });
    add_method(t, "close", |a, _| {
        with(&a[0], |s| {
            s.file = None;
            Ok(rt::none())
        })
    });
    add_method(t, "fileno", |a, _| {
        with(&a[0], |s| {
            use std::os::fd::AsRawFd;
            let f = s.check_open(Op::Query)?;
            Ok(int::from_i64(f.as_raw_fd() as i64))
        })
    });
    add_method(t, "isatty", |a, _| {
        with(&a[0], |s| {
            use std::io::IsTerminal;
            Ok(rt::bool_obj(s.check_open(Op::Query)?.is_terminal()))
        })
    });
    add_method(t, "readable", |a, _| {
        with(&a[0], |s| {
            s.check_open(Op::Query)?;
            Ok(rt::bool_obj(s.cfg.readable))
        })
    });
    add_method(t, "writable", |a, _| {
        with(&a[0], |s| {
            s.check_open(Op::Query)?;
            Ok(rt::bool_obj(s.cfg.writable))
        })
    });
    add_method(t, "seekable", |a, _| {
        with(&a[0], |s| {
            let f = s.check_open(Op::Query)?;
            Ok(rt::bool_obj(f.stream_position().is_ok()))
        })
    });
    add_method(t, "__enter__", |a, _| {
        with(&a[0], |s| s.check_open(Op::Iter).map(|_| ()))?;
        Ok(a[0].clone())
    });
    add_method(t, "__exit__", |a, _| {
        with(&a[0], |s| {
            s.file = None;
            Ok(rt::none())
        })
    });
}

/// What a closed-file check is for (binary files name the operation in
/// their messages).
#[derive(Clone, Copy, PartialEq)]
enum Op {
    Read,
    Readline,
    Write,
    Seek,
    Flush,
    Truncate,
    /// tell, fileno, isatty, readable...: no final period.
    Query,
    /// `__iter__`, `__enter__`, readlines: with the period.
    Iter,
    /// `__next__`.
    Next,
}

fn with<T>(o: &Obj, f: impl FnOnce(&mut FileState) -> PyResult<T>) -> PyResult<T> {
    let Some(d) = o.downcast::<FileData>() else {
        return Err(type_error(format!(
            "descriptor requires a '_io.TextIOWrapper' object but received a '{}'",
            protocol::type_name(o)
        )));
    };
    let Ok(mut st) = d.st.try_borrow_mut() else {
        return Err(crate::error::runtime_error(
            "reentrant call inside file object",
        ));
    };
    f(&mut st)
}

fn text_attr(o: &Obj, f: fn(&FileState) -> Obj) -> PyResult<Obj> {
    let Some(d) = o.downcast::<FileData>() else {
        return Ok(rt::none());
    };
    let st = d.st.borrow();
    if !st.cfg.text {
        return Err(crate::error::attribute_error(format!(
            "'{}' object has no attribute",
            protocol::type_name(o)
        )));
    }
    Ok(f(&st))
}

fn exact<const N: usize>(name: &str, a: &[Obj], k: &[Obj]) -> PyResult<[Obj; N]> {
    if !k.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    a.to_vec().try_into().map_err(|v: Vec<Obj>| {
        type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            v.len().saturating_sub(1)
        ))
    })
}

/// The optional `size` argument of read/readline/readlines (None or
/// negative: no limit).
fn size_arg(name: &str, a: &[Obj], k: &[Obj]) -> PyResult<Option<usize>> {
    if !k.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    if a.len() > 2 {
        return Err(type_error(format!(
            "{name} expected at most 1 argument, got {}",
            a.len() - 1
        )));
    }
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

fn unsupported(msg: &str) -> PyErr {
    let cls = crate::modules::io::unsupported_operation();
    let e = crate::types::exception::new_instance(&cls, vec![new_str(msg)]);
    PyErr::from_instance(e)
}

fn repr(o: &Obj) -> PyResult<Obj> {
    let tname = protocol::type_name(o);
    let Some(d) = o.downcast::<FileData>() else {
        return Ok(new_str(&format!("<_io.{tname}>")));
    };
    let (name, mode, enc, text, closed, unbuffered) = {
        let s = d.st.borrow();
        (
            s.name.clone(),
            s.cfg.mode.clone(),
            s.cfg.encoding.clone(),
            s.cfg.text,
            s.file.is_none(),
            s.cfg.unbuffered,
        )
    };
    let name = protocol::repr_string(&name)?;
    Ok(new_str(&if text {
        format!(
            "<_io.{tname} name={name} mode={} encoding={}>",
            crate::types::str::repr(&mode),
            crate::types::str::repr(&enc)
        )
    } else if unbuffered {
        if closed {
            "<_io.FileIO [closed]>".to_string()
        } else {
            format!(
                "<_io.FileIO name={name} mode={} closefd=True>",
                crate::types::str::repr(&mode)
            )
        }
    } else {
        format!("<_io.{tname} name={name}>")
    }))
}

impl FileState {
    fn check_open(&mut self, op: Op) -> PyResult<&mut File> {
        if self.file.is_none() {
            let text = self.cfg.text;
            let msg = match op {
                _ if text && op != Op::Query => "I/O operation on closed file.",
                Op::Read => "read of closed file",
                Op::Readline | Op::Next => "readline of closed file",
                Op::Write => "write to closed file",
                Op::Seek => "seek of closed file",
                Op::Flush => "flush of closed file",
                Op::Truncate => "truncate of closed file",
                Op::Query => "I/O operation on closed file",
                Op::Iter => "I/O operation on closed file.",
            };
            return Err(value_error(msg));
        }
        self.file
            .as_mut()
            .ok_or_else(|| value_error("I/O operation on closed file."))
    }

    fn check_readable(&mut self, op: Op) -> PyResult<()> {
        if self.cfg.text {
            self.check_open(op)?;
            if !self.cfg.readable {
                return Err(unsupported("not readable"));
            }
        } else {
            if !self.cfg.readable {
                return Err(unsupported("read"));
            }
            self.check_open(op)?;
        }
        Ok(())
    }

    /// Reads from the OS until `rbuf` holds `want` unread bytes (all of
    /// the file for `None`).
    fn fill(&mut self, want: Option<usize>) -> PyResult<()> {
        if self.rpos > 0 {
            self.rbuf.drain(..self.rpos);
            self.rpos = 0;
        }
        let Some(f) = self.file.as_mut() else {
            return Ok(());
        };
        let mut chunk = [0u8; 8192];
        while want.is_none_or(|w| self.rbuf.len() < w) {
            let n = f.read(&mut chunk).map_err(crate::io::os_error)?;
            if n == 0 {
                break;
            }
            self.rbuf.extend_from_slice(&chunk[..n]);
        }
        Ok(())
    }

    fn unread(&self) -> &[u8] {
        &self.rbuf[self.rpos..]
    }

    /// Decodes everything left in the file into `tbuf` (text mode).
    fn fill_text(&mut self) -> PyResult<()> {
        self.fill(None)?;
        if self.rbuf.is_empty() {
            return Ok(());
        }
        let raw = std::mem::take(&mut self.rbuf);
        self.rpos = 0;
        let text = decode(&raw, &self.cfg.encoding, &self.cfg.errors)?;
        if self.tpos > 0 {
            self.tbuf.drain(..self.tpos);
            self.tpos = 0;
        }
        self.tbuf.push_str(&text);
        Ok(())
    }

    fn read(&mut self, n: Option<usize>) -> PyResult<Obj> {
        self.check_readable(Op::Read)?;
        if !self.cfg.text {
            self.fill(n)?;
            let avail = self.unread().len();
            let take = n.map_or(avail, |n| n.min(avail));
            let out = self.rbuf[self.rpos..self.rpos + take].to_vec();
            self.rpos += take;
            return Ok(bytes::new_bytes(out));
        }
        self.fill_text()?;
        let mut out = String::new();
        let mut count = 0;
        let translate = self.cfg.newline.is_none();
        let rest = &self.tbuf[self.tpos..];
        let mut it = rest.char_indices().peekable();
        let mut end = rest.len();
        while let Some((i, c)) = it.next() {
            if n.is_some_and(|n| count >= n) {
                end = i;
                break;
            }
            if translate && c == '\r' {
                if let Some((_, '\n')) = it.peek() {
                    it.next();
                }
                out.push('\n');
            } else {
                out.push(c);
            }
            count += 1;
        }
        self.tpos += end;
        Ok(new_str(&out))
    }

    fn readline(&mut self, limit: Option<usize>) -> PyResult<Obj> {
        self.check_readable(Op::Readline)?;
        if !self.cfg.text {
            loop {
                let un = self.unread();
                let stop = un.iter().position(|&b| b == b'\n').map(|i| i + 1);
                let enough = limit.is_some_and(|l| un.len() >= l);
                if stop.is_some() || enough {
                    break;
                }
                let before = un.len();
                self.fill(Some(before + 8192))?;
                if self.unread().len() == before {
                    break;
                }
            }
            let un = self.unread();
            let mut take = un
                .iter()
                .position(|&b| b == b'\n')
                .map_or(un.len(), |i| i + 1);
            if let Some(l) = limit {
                take = take.min(l);
            }
            let out = un[..take].to_vec();
            self.rpos += take;
            return Ok(bytes::new_bytes(out));
        }
        self.fill_text()?;
        let nl = self.cfg.newline.clone();
        let rest = &self.tbuf[self.tpos..];
        let mut out = String::new();
        let mut count = 0;
        let mut end = rest.len();
        let mut it = rest.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if limit.is_some_and(|l| count >= l) {
                end = i;
                break;
            }
            count += 1;
            let next_is_lf = matches!(it.peek(), Some((_, '\n')));
            let done = match nl.as_deref() {
                None => {
                    if c == '\r' {
                        if next_is_lf {
                            it.next();
                        }
                        out.push('\n');
                        end = it.peek().map_or(rest.len(), |(j, _)| *j);
                        break;
                    }
                    c == '\n'
                }
                Some("") => {
                    if c == '\r' && next_is_lf && limit.is_none_or(|l| count < l) {
                        out.push('\r');
                        it.next();
                        out.push('\n');
                        end = it.peek().map_or(rest.len(), |(j, _)| *j);
                        break;
                    }
                    c == '\r' || c == '\n'
                }
                Some("\r") => c == '\r',
                Some("\r\n") => c == '\n' && out.ends_with('\r'),
                _ => c == '\n',
            };
            out.push(c);
            if done {
                end = i + c.len_utf8();
                break;
            }
        }
        self.tpos += end;
        Ok(new_str(&out))
    }

    /// Gives the read-ahead back to the OS position (before a write, seek
    /// or truncate).
    fn drop_read_ahead(&mut self) -> PyResult<()> {
        let mut back = self.unread().len() as i64;
        if self.tpos < self.tbuf.len() {
            back += encode(&self.tbuf[self.tpos..], &self.cfg.encoding, "surrogatepass")
                .map_or(0, |b| b.len() as i64);
        }
        self.rbuf.clear();
        self.rpos = 0;
        self.tbuf.clear();
        self.tpos = 0;
        if back > 0
            && let Some(f) = self.file.as_mut()
        {
            f.seek(SeekFrom::Current(-back))
                .map_err(crate::io::os_error)?;
        }
        Ok(())
    }

    fn write(&mut self, data: &Obj) -> PyResult<Obj> {
        let bytes_out;
        let count;
        if self.cfg.text {
            self.check_open(Op::Write)?;
            if !self.cfg.writable {
                return Err(unsupported("not writable"));
            }
            let Some(s) = as_str(data) else {
                return Err(type_error(format!(
                    "write() argument must be str, not {}",
                    protocol::type_name(data)
                )));
            };
            count = s.chars().count();
            let s = match self.cfg.newline.as_deref() {
                Some(nl @ ("\r" | "\r\n")) => s.replace('\n', nl),
                _ => s.to_string(),
            };
            bytes_out = encode(&s, &self.cfg.encoding, &self.cfg.errors)?;
        } else {
            if !self.cfg.writable {
                return Err(unsupported("write"));
            }
            self.check_open(Op::Write)?;
            let Some(b) = bytes::bytes_like(data) else {
                return Err(type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    protocol::type_name(data)
                )));
            };
            count = b.len();
            bytes_out = b;
        }
        self.drop_read_ahead()?;
        if let Some(f) = self.file.as_mut() {
            f.write_all(&bytes_out).map_err(crate::io::os_error)?;
        }
        Ok(int::from_i64(count as i64))
    }

    fn tell(&mut self) -> PyResult<u64> {
        let ahead = self.unread().len() as u64
            + if self.tpos < self.tbuf.len() {
                encode(&self.tbuf[self.tpos..], &self.cfg.encoding, "surrogatepass")
                    .map_or(0, |b| b.len() as u64)
            } else {
                0
            };
        let op = if self.cfg.text { Op::Iter } else { Op::Query };
        let f = self.check_open(op)?;
        let pos = f.stream_position().map_err(crate::io::os_error)?;
        Ok(pos.saturating_sub(ahead))
    }

    fn seek(&mut self, off: i64, whence: i64) -> PyResult<Obj> {
        self.check_open(Op::Seek)?;
        if self.cfg.text {
            if whence == 1 && off != 0 {
                return Err(unsupported("can't do nonzero cur-relative seeks"));
            }
            if whence == 2 && off != 0 {
                return Err(unsupported("can't do nonzero end-relative seeks"));
            }
            if whence == 0 && off < 0 {
                return Err(value_error(format!("negative seek position {off}")));
            }
        }
        let target = match whence {
            0 => {
                if off < 0 {
                    return Err(value_error(format!("negative seek value {off}")));
                }
                SeekFrom::Start(off as u64)
            }
            1 => {
                let here = self.tell()? as i64;
                SeekFrom::Start((here + off).max(0) as u64)
            }
            2 => SeekFrom::End(off),
            _ => {
                return Err(value_error(if self.cfg.text {
                    format!("invalid whence ({whence}, should be 0, 1 or 2)")
                } else {
                    format!("whence value {whence} unsupported")
                }));
            }
        };
        self.rbuf.clear();
        self.rpos = 0;
        self.tbuf.clear();
        self.tpos = 0;
        let f = self.check_open(Op::Seek)?;
        let pos = f.seek(target).map_err(crate::io::os_error)?;
        Ok(int::from_i64(pos as i64))
    }

    fn truncate(&mut self, size: Option<i64>) -> PyResult<Obj> {
        self.check_open(Op::Truncate)?;
        if !self.cfg.writable {
            return Err(unsupported(if self.cfg.text {
                "not writable"
            } else {
                "truncate"
            }));
        }
        let size = match size {
            Some(s) => s.max(0) as u64,
            None => self.tell()?,
        };
        self.drop_read_ahead()?;
        let f = self.check_open(Op::Truncate)?;
        f.set_len(size).map_err(crate::io::os_error)?;
        Ok(int::from_i64(size as i64))
    }
}

/// Decodes file bytes with the file's encoding (CPython's messages).
pub fn decode(raw: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    codecs::decode(raw, encoding, errors)
}

/// Encodes text with the file's encoding.
pub fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    codecs::encode(s, encoding, errors)
}
