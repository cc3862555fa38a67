//! `OSError` and its subclasses as CPython's `OSError_new`/`OSError_init`
//! build them: `OSError(errno, strerror[, filename[, winerror[,
//! filename2]]])` picks the subclass for the errno (`OSError(2, 'x')` is a
//! FileNotFoundError), sets `errno`, `strerror`, `filename` and
//! `filename2`, and keeps only `(errno, strerror)` as `args` when a file
//! name is given; `str()` reads `[Errno 2] No such file or directory: 'x'`.
//!
//! The attributes live in the instance dict (CPython keeps them in C
//! fields behind member descriptors; reading and writing them looks the
//! same).

use crate::error::{PyErr, PyResult};
use crate::object::Obj;
use crate::protocol;
use crate::rt::{self, Exc};
use crate::types::str::new_str;
use crate::types::typeobj::TypeData;
use crate::types::{dict, exception, int, tuple};

/// The builtin classes that are OSError or derive from it.
pub const FAMILY: &[&str] = &[
    "OSError",
    "BlockingIOError",
    "ChildProcessError",
    "ConnectionError",
    "BrokenPipeError",
    "ConnectionAbortedError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "FileExistsError",
    "FileNotFoundError",
    "InterruptedError",
    "IsADirectoryError",
    "NotADirectoryError",
    "PermissionError",
    "ProcessLookupError",
    "TimeoutError",
];

/// The slots of the OSError family.
pub fn type_data(name: &str) -> TypeData {
    let t = exception::common_type_data(name);
    t.slots.new.set(Some(|cls, args, _kw| {
        let mut cls = cls.clone();
        if cls.is(&rt::exc(Exc::OSError))
            && args.len() >= 2
            && let Some(code) = args.first().and_then(int::as_i64)
            && let Some(kind) = subclass_for(code)
        {
            cls = rt::exc(kind);
        }
        let o = exception::new_instance(&cls, args.to_vec());
        parse_args(&o, args)?;
        Ok(o)
    }));
    t.slots.init.set(Some(|o, args, _kw| parse_args(o, args)));
    t.slots.str.set(Some(str));
    t
}

/// The OSError subclass CPython's `errmap` gives `errno` (Linux numbers).
pub fn subclass_for(errno: i64) -> Option<Exc> {
    Some(match errno {
        11 | 114 | 115 => Exc::BlockingIOError,
        10 => Exc::ChildProcessError,
        32 | 108 => Exc::BrokenPipeError,
        103 => Exc::ConnectionAbortedError,
        111 => Exc::ConnectionRefusedError,
        104 => Exc::ConnectionResetError,
        17 => Exc::FileExistsError,
        2 => Exc::FileNotFoundError,
        21 => Exc::IsADirectoryError,
        20 => Exc::NotADirectoryError,
        4 => Exc::InterruptedError,
        1 | 13 => Exc::PermissionError,
        3 => Exc::ProcessLookupError,
        110 => Exc::TimeoutError,
        _ => return None,
    })
}

/// The C library's message for `errno` ("No such file or directory").
pub fn strerror(errno: i32) -> String {
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    text.split(" (os error").next().unwrap_or(&text).to_string()
}

/// The exception for an I/O failure, with `filename` (and `filename2`)
/// when the failing call had them, as `PyErr_SetFromErrnoWithFilenameObjects`.
pub fn from_io(e: &std::io::Error, filename: Option<&Obj>, filename2: Option<&Obj>) -> PyErr {
    let Some(code) = e.raw_os_error() else {
        return PyErr::new(Exc::OSError, e.to_string());
    };
    from_errno(code, filename, filename2)
}

/// The exception for `errno` with optional file names.
pub fn from_errno(code: i32, filename: Option<&Obj>, filename2: Option<&Obj>) -> PyErr {
    let kind = subclass_for(code as i64).unwrap_or(Exc::OSError);
    let mut args = vec![int::from_i64(code as i64), new_str(&strerror(code))];
    if let Some(f) = filename {
        args.push(f.clone());
        if let Some(f2) = filename2 {
            args.push(rt::none());
            args.push(f2.clone());
        }
    }
    let o = exception::new_instance(&rt::exc(kind), args.clone());
    if let Err(e) = parse_args(&o, &args) {
        return e;
    }
    PyErr::from_instance(o)
}

/// Sets errno/strerror/filename/filename2 from the constructor's
/// arguments (oserror_parse_args and oserror_init).
fn parse_args(o: &Obj, args: &[Obj]) -> PyResult<()> {
    let Some(d) = o.dict() else { return Ok(()) };
    let none = rt::none;
    let (mut errno, mut strerror, mut filename, mut filename2) = (none(), none(), none(), none());
    if (2..=5).contains(&args.len()) {
        errno = args[0].clone();
        strerror = args[1].clone();
        if let Some(f) = args.get(2) {
            filename = f.clone();
            if let Some(f2) = args.get(4) {
                filename2 = f2.clone();
            }
        }
    }
    let has_filename = !rt::is_none(&filename);
    dict::set_str(&d, "errno", errno)?;
    dict::set_str(&d, "strerror", strerror)?;
    dict::set_str(&d, "filename", filename)?;
    dict::set_str(&d, "filename2", filename2)?;
    if has_filename && let Some(data) = exception::data(o) {
        *data.args.borrow_mut() = tuple::new_tuple(args[..2].to_vec());
    }
    Ok(())
}

/// `str(oserror)`.
fn str(o: &Obj) -> PyResult<Obj> {
    let get = |n: &str| {
        o.dict()
            .and_then(|d| dict::get_str(&d, n).ok().flatten())
            .unwrap_or_else(rt::none)
    };
    let (errno, strerror, filename, filename2) = (
        get("errno"),
        get("strerror"),
        get("filename"),
        get("filename2"),
    );
    let text = if !rt::is_none(&filename) {
        let head = format!(
            "[Errno {}] {}: {}",
            protocol::str_string(&errno)?,
            protocol::str_string(&strerror)?,
            protocol::repr_string(&filename)?
        );
        if rt::is_none(&filename2) {
            head
        } else {
            format!("{head} -> {}", protocol::repr_string(&filename2)?)
        }
    } else if !rt::is_none(&errno) && !rt::is_none(&strerror) {
        format!(
            "[Errno {}] {}",
            protocol::str_string(&errno)?,
            protocol::str_string(&strerror)?
        )
    } else {
        return exception::str(o);
    };
    Ok(new_str(&text))
}
