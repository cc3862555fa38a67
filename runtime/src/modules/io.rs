//! The `io` module (and `_io`): `open()` with CPython's mode and argument
//! checks, the file types of `types/file.rs`, `StringIO`/`BytesIO` of
//! `types/stringio.rs`, and `UnsupportedOperation`.

use std::fs::OpenOptions;
use std::io::{Seek, SeekFrom};

use crate::args::Sig;
use crate::error::{PyResult, type_error, value_error};
use crate::object::Obj;
use crate::protocol;
use crate::rt::{self, Exc};
use crate::types::file::{OpenConfig, new_file};
use crate::types::str::{as_str, new_str};
use crate::types::{bytes, int};

thread_local! {
    static UNSUPPORTED: Obj = {
        let bases = crate::types::tuple::new_tuple(vec![rt::exc(Exc::OSError), rt::exc(Exc::ValueError)]);
        let ns = crate::types::dict::new_dict();
        let _ = crate::types::dict::set_str(&ns, "__module__", new_str("io"));
        let meta = rt::ty(|t| &t.type_);
        let cls = crate::types::class::new_class(&meta, &new_str("UnsupportedOperation"), &bases, &ns, &[], &[])
            .unwrap_or_else(|_| rt::exc(Exc::OSError));
        cls.make_immortal();
        cls
    };
}

/// `io.UnsupportedOperation` (a subclass of OSError and ValueError).
pub fn unsupported_operation() -> Obj {
    UNSUPPORTED.with(Obj::clone)
}

/// Creates the module (`io` or `_io`).
pub fn new_module(name: &str) -> Obj {
    let m = crate::types::module::new_module(name);
    super::add(&m, "open", open);
    super::set(&m, "UnsupportedOperation", unsupported_operation());
    super::set(&m, "StringIO", crate::types::stringio::stringio_type());
    super::set(&m, "BytesIO", crate::types::stringio::bytesio_type());
    for t in [
        "TextIOWrapper",
        "BufferedReader",
        "BufferedWriter",
        "BufferedRandom",
        "FileIO",
    ] {
        if let Some(ty) = crate::types::file::file_type(t) {
            super::set(&m, t, ty);
        }
    }
    super::set(&m, "DEFAULT_BUFFER_SIZE", int::from_i64(8192));
    super::set(&m, "SEEK_SET", int::from_i64(0));
    super::set(&m, "SEEK_CUR", int::from_i64(1));
    super::set(&m, "SEEK_END", int::from_i64(2));
    m
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None, closefd=True, opener=None)`.
pub fn open(args: &[Obj], kwnames: &[Obj]) -> PyResult<Obj> {
    const SIG: Sig = Sig::clinic(
        "open",
        &[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
        1,
    );
    let a = SIG.bind(args, kwnames)?;
    let file = a[0].clone().unwrap_or_else(rt::none);
    let mode = match &a[1] {
        None => "r".to_string(),
        Some(m) => str_arg(m, "mode", false)?.unwrap_or_default(),
    };
    let buffering = match &a[2] {
        None => -1,
        Some(b) => int::as_i64(b).ok_or_else(|| int::expected_int(b))?,
    };
    let encoding = a[3]
        .as_ref()
        .map(|o| str_arg(o, "encoding", true))
        .transpose()?
        .flatten();
    let errors = a[4]
        .as_ref()
        .map(|o| str_arg(o, "errors", true))
        .transpose()?
        .flatten();
    let newline = a[5]
        .as_ref()
        .map(|o| str_arg(o, "newline", true))
        .transpose()?
        .flatten();

    // The checks of _io_open_impl, in its order.
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwxabt+".contains(c) || seen.contains(c) {
            return Err(value_error(format!("invalid mode: '{mode}'")));
        }
        seen.push(c);
    }
    let has = |c| mode.contains(c);
    let (creating, reading, writing, appending, updating) =
        (has('x'), has('r'), has('w'), has('a'), has('+'));
    let (text, binary) = (has('t'), has('b'));
    if text && binary {
        return Err(value_error("can't have text and binary mode at once"));
    }
    let kinds = [creating, reading, writing, appending]
        .iter()
        .filter(|b| **b)
        .count();
    if kinds > 1 {
        return Err(value_error(
            "must have exactly one of create/read/write/append mode",
        ));
    }
    if kinds == 0 {
        return Err(value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    if binary && encoding.is_some() {
        return Err(value_error("binary mode doesn't take an encoding argument"));
    }
    if binary && errors.is_some() {
        return Err(value_error("binary mode doesn't take an errors argument"));
    }
    if binary && newline.is_some() {
        return Err(value_error("binary mode doesn't take a newline argument"));
    }
    if !binary && buffering == 0 {
        return Err(value_error("can't have unbuffered text I/O"));
    }
    if let Some(nl) = &newline
        && !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n")
    {
        return Err(value_error(format!("illegal newline value: {nl}")));
    }
    let encoding = encoding.unwrap_or_else(|| "UTF-8".to_string());
    let errors = errors.unwrap_or_else(|| "strict".to_string());
    if !binary {
        crate::types::codecs::encode("", &encoding, "strict")?;
    }

    let path = fs_path(&file)?;
    let mut opts = OpenOptions::new();
    opts.read(reading || updating);
    opts.write(writing || appending || creating || updating);
    if writing {
        opts.create(true).truncate(true);
    }
    if appending {
        opts.append(true).create(true);
    }
    if creating {
        opts.create_new(true);
    }
    let mut f = opts
        .open(&path)
        .map_err(|e| crate::types::oserror::from_io(&e, Some(&file), None))?;
    if f.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(crate::types::oserror::from_errno(21, Some(&file), None));
    }
    if appending {
        let _ = f.seek(SeekFrom::End(0));
    }
    let raw_mode = if creating {
        "xb"
    } else if appending {
        "ab"
    } else if reading && !updating {
        "rb"
    } else if reading || updating {
        "rb+"
    } else {
        "wb"
    };
    let raw_mode = if updating && (creating || appending) {
        format!("{raw_mode}+")
    } else {
        raw_mode.to_string()
    };
    let cfg = OpenConfig {
        text: !binary,
        readable: reading || updating,
        writable: writing || appending || creating || updating,
        append: appending,
        unbuffered: binary && buffering == 0,
        encoding,
        errors,
        newline,
        mode: if binary { raw_mode } else { mode.clone() },
    };
    Ok(new_file(f, file, cfg))
}

/// A str argument of open() (`None` allowed when `nullable`).
fn str_arg(o: &Obj, what: &str, nullable: bool) -> PyResult<Option<String>> {
    if nullable && rt::is_none(o) {
        return Ok(None);
    }
    match as_str(o) {
        Some(s) => Ok(Some(s.to_string())),
        None => Err(type_error(format!(
            "open() argument '{what}' must be str{}, not {}",
            if nullable { " or None" } else { "" },
            protocol::type_name(o)
        ))),
    }
}

/// The file system path of a str, bytes or os.PathLike argument (an int
/// is a file descriptor, opened through /proc/self/fd).
pub fn fs_path(o: &Obj) -> PyResult<std::path::PathBuf> {
    use std::os::unix::ffi::OsStrExt;
    if let Some(s) = as_str(o) {
        if s.contains('\0') {
            return Err(value_error("embedded null byte"));
        }
        return Ok(s.into());
    }
    if let Some(b) = bytes::as_bytes(o) {
        return Ok(std::ffi::OsStr::from_bytes(b).into());
    }
    if int::is_int(o) && !o.ty().is(&rt::ty(|t| &t.bool)) {
        let fd = int::as_i64(o).unwrap_or(-1);
        return Ok(format!("/proc/self/fd/{fd}").into());
    }
    if let Some(r) = protocol::call_special(o, "__fspath__", &[])? {
        if let Some(s) = as_str(&r) {
            return Ok(s.into());
        }
        if let Some(b) = bytes::as_bytes(&r) {
            return Ok(std::ffi::OsStr::from_bytes(b).into());
        }
        return Err(type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            protocol::type_name(o),
            protocol::type_name(&r)
        )));
    }
    Err(type_error(format!(
        "expected str, bytes or os.PathLike object, not {}",
        protocol::type_name(o)
    )))
}
