//! The process's standard streams as CPython buffers them: stdout is
//! line-buffered on a terminal and block-buffered otherwise; stderr is
//! unbuffered in effect (flushed after each write).

use std::cell::RefCell;
use std::io::{IsTerminal, Write};

use crate::error::{PyErr, PyResult};

thread_local! {
    static STDOUT: RefCell<Buffered> = RefCell::new(Buffered {
        buf: Vec::with_capacity(8192),
        line_buffered: std::io::stdout().is_terminal(),
        unbuffered: false,
    });
}

struct Buffered {
    buf: Vec<u8>,
    line_buffered: bool,
    unbuffered: bool,
}

/// `-u`: stdout is written through at once from now on.
pub fn set_unbuffered() {
    STDOUT.with(|b| b.borrow_mut().unbuffered = true);
}

/// Writes text to stdout through the buffer.
pub fn write_stdout(s: &str) -> PyResult<()> {
    STDOUT.with(|b| {
        let mut b = b.borrow_mut();
        b.buf.extend_from_slice(s.as_bytes());
        if b.unbuffered || b.buf.len() >= 8192 || (b.line_buffered && s.contains('\n')) {
            flush_buffer(&mut b)
        } else {
            Ok(())
        }
    })
}

/// Writes text to stderr (after flushing nothing: CPython's stderr is
/// independent of stdout's buffer).
pub fn write_stderr(s: &str) -> PyResult<()> {
    let mut e = std::io::stderr();
    e.write_all(s.as_bytes())
        .and_then(|_| e.flush())
        .map_err(os_error)
}

/// Flushes stdout.
pub fn flush_stdout() -> PyResult<()> {
    STDOUT.with(|b| flush_buffer(&mut b.borrow_mut()))
}

fn flush_buffer(b: &mut Buffered) -> PyResult<()> {
    if b.buf.is_empty() {
        return Ok(());
    }
    let mut out = std::io::stdout().lock();
    let r = out.write_all(&b.buf).and_then(|_| out.flush());
    b.buf.clear();
    r.map_err(os_error)
}

/// An OSError for an I/O failure (its subclass for the errno).
pub fn os_error(e: std::io::Error) -> PyErr {
    crate::types::oserror::from_io(&e, None, None)
}
