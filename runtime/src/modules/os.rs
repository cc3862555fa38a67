//! The `os` module: the working directory, directories and files, `stat`,
//! the environment (a dict snapshot), process facts, `urandom` and
//! `walk`. `os.path` is `posixpath` (`modules/os_path.rs`).

use std::cell::RefCell;
use std::os::unix::fs::MetadataExt;

use super::structseq::{self, Desc};
use crate::args::Sig;
use crate::args::{exactly, positional};
use crate::error::{PyResult, type_error, value_error};
use crate::object::{Obj, alloc};
use crate::protocol;
use crate::rt;
use crate::types::oserror::from_io;
use crate::types::str::{as_str, new_str};
use crate::types::typeobj::TypeData;
use crate::types::{bytes, dict, float, int, list, tuple};

const STAT_RESULT: Desc = Desc {
    repr_name: "os.stat_result",
    fields: &[
        "st_mode",
        "st_ino",
        "st_dev",
        "st_nlink",
        "st_uid",
        "st_gid",
        "st_size",
        "st_atime",
        "st_mtime",
        "st_ctime",
        "st_atime",
        "st_mtime",
        "st_ctime",
        "st_atime_ns",
        "st_mtime_ns",
        "st_ctime_ns",
        "st_blksize",
        "st_blocks",
        "st_rdev",
    ],
    n_seq: 10,
};

/// Creates the module (and registers `os.path` in `sys.modules`).
pub fn new_module() -> Obj {
    let m = crate::types::module::new_module("os");
    let path = super::os_path::module();
    super::set(&m, "path", path.clone());
    let modules = crate::import::modules();
    let _ = dict::set_str(&modules, "os.path", path);
    super::set(&m, "name", new_str("posix"));
    super::set(&m, "sep", new_str("/"));
    super::set(&m, "altsep", rt::none());
    super::set(&m, "extsep", new_str("."));
    super::set(&m, "pathsep", new_str(":"));
    super::set(&m, "linesep", new_str("\n"));
    super::set(&m, "curdir", new_str("."));
    super::set(&m, "pardir", new_str(".."));
    super::set(&m, "defpath", new_str("/bin:/usr/bin"));
    super::set(&m, "devnull", new_str("/dev/null"));
    super::set(&m, "error", rt::exc(rt::Exc::OSError));
    super::set(&m, "stat_result", structseq::type_for(STAT_RESULT));
    for (n, v) in [
        ("SEEK_SET", 0),
        ("SEEK_CUR", 1),
        ("SEEK_END", 2),
        ("F_OK", 0),
        ("R_OK", 4),
        ("W_OK", 2),
        ("X_OK", 1),
    ] {
        super::set(&m, n, int::from_i64(v));
    }
    let env = dict::new_dict();
    for (k, v) in std::env::vars_os() {
        let _ = dict::set_item(
            &env,
            new_str(&k.to_string_lossy()),
            new_str(&v.to_string_lossy()),
        );
    }
    super::set(&m, "environ", env);
    macro_rules! funcs {
        ($($name:literal => $f:expr,)*) => { $(super::add(&m, $name, $f);)* };
    }
    funcs! {
        "getcwd" => |a, k| {
            positional("getcwd", a, k, 0, 0)?;
            Ok(new_str(&cwd()?))
        },
        "chdir" => |a, k| {
            let a = exactly("chdir", a, k, 1)?;
            std::env::set_current_dir(path_arg(&a[0])?).map_err(|e| from_io(&e, Some(&a[0]), None))?;
            Ok(rt::none())
        },
        "listdir" => |a, k| {
            let a = positional("listdir", a, k, 0, 1)?;
            let p = a.first().cloned().unwrap_or_else(|| new_str("."));
            let p = if rt::is_none(&p) { new_str(".") } else { p };
            let want_bytes = bytes::is_bytes(&p);
            let rd = std::fs::read_dir(path_arg(&p)?).map_err(|e| from_io(&e, Some(&p), None))?;
            let mut out = Vec::new();
            for ent in rd {
                let ent = ent.map_err(|e| from_io(&e, Some(&p), None))?;
                let name = ent.file_name();
                out.push(if want_bytes {
                    use std::os::unix::ffi::OsStrExt;
                    bytes::new_bytes(name.as_bytes().to_vec())
                } else {
                    new_str(&name.to_string_lossy())
                });
            }
            Ok(list::new_list(out))
        },
        "mkdir" => |a, k| {
            const SIG: Sig = Sig::clinic("mkdir", &["path", "mode", "dir_fd"], 1).kwonly(2);
            let a = SIG.bind(a, k)?;
            let p = a[0].clone().unwrap_or_else(rt::none);
            std::fs::create_dir(path_arg(&p)?).map_err(|e| from_io(&e, Some(&p), None))?;
            Ok(rt::none())
        },
        "makedirs" => |a, k| {
            const SIG: Sig = Sig::clinic("makedirs", &["name", "mode", "exist_ok"], 1);
            let a = SIG.bind(a, k)?;
            let p = a[0].clone().unwrap_or_else(rt::none);
            let exist_ok = match &a[2] { Some(v) => protocol::truth(v)?, None => false };
            let path = path_arg(&p)?;
            if path.is_dir() {
                if exist_ok {
                    return Ok(rt::none());
                }
                return Err(crate::types::oserror::from_errno(17, Some(&p), None));
            }
            std::fs::create_dir_all(&path).map_err(|e| from_io(&e, Some(&p), None))?;
            Ok(rt::none())
        },
        "remove" => remove,
        "unlink" => remove,
        "rmdir" => |a, k| {
            let a = exactly("rmdir", a, k, 1)?;
            std::fs::remove_dir(path_arg(&a[0])?).map_err(|e| from_io(&e, Some(&a[0]), None))?;
            Ok(rt::none())
        },
        "rename" => rename,
        "replace" => rename,
        "stat" => |a, k| {
            let a = exactly("stat", a, k, 1)?;
            let md = std::fs::metadata(path_arg(&a[0])?).map_err(|e| from_io(&e, Some(&a[0]), None))?;
            Ok(stat_result(&md))
        },
        "lstat" => |a, k| {
            let a = exactly("lstat", a, k, 1)?;
            let md = std::fs::symlink_metadata(path_arg(&a[0])?).map_err(|e| from_io(&e, Some(&a[0]), None))?;
            Ok(stat_result(&md))
        },
        "getenv" => |a, k| {
            const SIG: Sig = Sig::clinic("getenv", &["key", "default"], 1);
            let a = SIG.bind(a, k)?;
            let key = a[0].clone().unwrap_or_else(rt::none);
            let Some(kname) = as_str(&key) else {
                return Err(type_error(format!("str expected, not {}", protocol::type_name(&key))));
            };
            let env = protocol::getattr_str(&crate::import::import_module("os")?, "environ")?;
            Ok(match dict::get_str(&env, kname)? {
                Some(v) => v,
                None => a[1].clone().unwrap_or_else(rt::none),
            })
        },
        "getpid" => |a, k| {
            positional("getpid", a, k, 0, 0)?;
            Ok(int::from_i64(std::process::id() as i64))
        },
        "cpu_count" => |a, k| {
            positional("cpu_count", a, k, 0, 0)?;
            Ok(std::thread::available_parallelism().map_or_else(|_| rt::none(), |n| int::from_i64(n.get() as i64)))
        },
        "urandom" => |a, k| {
            use std::io::Read;
            let a = exactly("urandom", a, k, 1)?;
            let n = int::as_i64(&a[0]).ok_or_else(|| int::expected_int(&a[0]))?;
            if n < 0 {
                return Err(value_error("negative argument not allowed"));
            }
            let mut buf = vec![0u8; n as usize];
            std::fs::File::open("/dev/urandom")
                .and_then(|mut f| f.read_exact(&mut buf))
                .map_err(crate::io::os_error)?;
            Ok(bytes::new_bytes(buf))
        },
        "fspath" => |a, k| {
            let a = exactly("fspath", a, k, 1)?;
            fspath(&a[0])
        },
        "strerror" => |a, k| {
            let a = exactly("strerror", a, k, 1)?;
            let n = int::as_i64(&a[0]).ok_or_else(|| int::expected_int(&a[0]))?;
            Ok(new_str(&crate::types::oserror::strerror(n as i32)))
        },
        "walk" => walk,
    };
    m
}

/// `os.fspath(p)`: str and bytes as they are, else `__fspath__()`.
pub fn fspath(p: &Obj) -> PyResult<Obj> {
    if crate::types::str::is_str(p) || bytes::is_bytes(p) {
        return Ok(p.clone());
    }
    if let Some(r) = protocol::call_special(p, "__fspath__", &[])? {
        if crate::types::str::is_str(&r) || bytes::is_bytes(&r) {
            return Ok(r);
        }
        return Err(type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            protocol::type_name(p),
            protocol::type_name(&r)
        )));
    }
    Err(type_error(format!(
        "expected str, bytes or os.PathLike object, not {}",
        protocol::type_name(p)
    )))
}

/// A path argument as a Rust path.
pub fn path_arg(p: &Obj) -> PyResult<std::path::PathBuf> {
    if int::is_int(p) {
        return Err(type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            protocol::type_name(p)
        )));
    }
    super::io::fs_path(p)
}

/// The current directory as a string.
pub fn cwd() -> PyResult<String> {
    std::env::current_dir()
        .map(|p| p.display().to_string())
        .map_err(crate::io::os_error)
}

fn remove(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let a = exactly("remove", a, k, 1)?;
    let p = path_arg(&a[0])?;
    if std::fs::symlink_metadata(&p).is_ok_and(|m| m.is_dir()) {
        return Err(crate::types::oserror::from_errno(21, Some(&a[0]), None));
    }
    std::fs::remove_file(p).map_err(|e| from_io(&e, Some(&a[0]), None))?;
    Ok(rt::none())
}

fn rename(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let a = positional("rename", a, k, 2, 2)?;
    std::fs::rename(path_arg(&a[0])?, path_arg(&a[1])?)
        .map_err(|e| from_io(&e, Some(&a[0]), Some(&a[1])))?;
    Ok(rt::none())
}

/// An `os.stat_result` for file metadata.
pub fn stat_result(md: &std::fs::Metadata) -> Obj {
    let i = |v: i64| int::from_i64(v);
    let t = |s: i64, ns: i64| float::new_float(s as f64 + ns as f64 * 1e-9);
    let ns = |s: i64, ns: i64| int::from_big(num_bigint::BigInt::from(s) * 1_000_000_000 + ns);
    structseq::new(
        STAT_RESULT,
        vec![
            i(md.mode() as i64),
            int::from_big(md.ino().into()),
            int::from_big(md.dev().into()),
            i(md.nlink() as i64),
            i(md.uid() as i64),
            i(md.gid() as i64),
            i(md.size() as i64),
            i(md.atime()),
            i(md.mtime()),
            i(md.ctime()),
            t(md.atime(), md.atime_nsec()),
            t(md.mtime(), md.mtime_nsec()),
            t(md.ctime(), md.ctime_nsec()),
            ns(md.atime(), md.atime_nsec()),
            ns(md.mtime(), md.mtime_nsec()),
            ns(md.ctime(), md.ctime_nsec()),
            i(md.blksize() as i64),
            i(md.blocks() as i64),
            int::from_big(md.rdev().into()),
        ],
    )
}

/// The state of an `os.walk` generator: directories still to visit, and
/// the `dirnames` list yielded last (the caller may prune it).
pub struct WalkData {
    st: RefCell<WalkState>,
}

struct WalkState {
    stack: Vec<String>,
    pending: Option<(String, Obj)>,
    topdown: bool,
    /// Bottom-up: the results in the order to yield them.
    post: Vec<Obj>,
}

thread_local! {
    static WALK_TYPE: Obj = {
        let t = TypeData::new::<WalkData>("generator").final_type();
        t.slots.iter.set(Some(|o| Ok(o.clone())));
        t.slots.next.set(Some(walk_next));
        let ty = crate::types::class::new_builtin_type(t);
        ty.make_immortal();
        ty
    };
}

fn walk(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    const SIG: Sig = Sig::clinic("walk", &["top", "topdown", "onerror", "followlinks"], 1);
    let a = SIG.bind(a, k)?;
    let top = fspath(&a[0].clone().unwrap_or_else(rt::none))?;
    let top = as_str(&top).unwrap_or("").to_string();
    let topdown = match &a[1] {
        Some(v) => protocol::truth(v)?,
        None => true,
    };
    let mut st = WalkState {
        stack: vec![top.clone()],
        pending: None,
        topdown,
        post: Vec::new(),
    };
    if !topdown {
        let mut out = Vec::new();
        walk_bottom_up(&top, &mut out);
        out.reverse();
        st.post = out;
        st.stack.clear();
    }
    Ok(alloc(
        WALK_TYPE.with(Obj::clone),
        WalkData {
            st: RefCell::new(st),
        },
    ))
}

fn scan(dir: &str) -> Option<(Vec<String>, Vec<String>)> {
    let rd = std::fs::read_dir(dir).ok()?;
    let (mut dirs, mut files) = (Vec::new(), Vec::new());
    for ent in rd.flatten() {
        let name = ent.file_name().to_string_lossy().into_owned();
        let is_dir = ent.file_type().is_ok_and(|t| t.is_dir())
            || (ent.file_type().is_ok_and(|t| t.is_symlink()) && ent.path().is_dir());
        if is_dir {
            dirs.push(name);
        } else {
            files.push(name);
        }
    }
    Some((dirs, files))
}

fn strs(v: &[String]) -> Obj {
    list::new_list(v.iter().map(|s| new_str(s)).collect())
}

fn walk_bottom_up(top: &str, out: &mut Vec<Obj>) {
    let Some((dirs, files)) = scan(top) else {
        return;
    };
    for d in &dirs {
        let p = super::os_path::join2(top, d);
        let is_link = std::fs::symlink_metadata(&p).is_ok_and(|m| m.is_symlink());
        if !is_link {
            walk_bottom_up(&p, out);
        }
    }
    out.push(tuple::new_tuple(vec![
        new_str(top),
        strs(&dirs),
        strs(&files),
    ]));
}

fn walk_next(o: &Obj) -> PyResult<Option<Obj>> {
    let Some(d) = o.downcast::<WalkData>() else {
        return Ok(None);
    };
    let mut st = d.st.borrow_mut();
    if !st.topdown {
        return Ok(st.post.pop());
    }
    if let Some((top, dirs)) = st.pending.take() {
        let names = list::snapshot(&dirs);
        for n in names.iter().rev() {
            if let Some(n) = as_str(n) {
                let p = super::os_path::join2(&top, n);
                let is_link = std::fs::symlink_metadata(&p).is_ok_and(|m| m.is_symlink());
                if !is_link {
                    st.stack.push(p);
                }
            }
        }
    }
    while let Some(top) = st.stack.pop() {
        let Some((dirs, files)) = scan(&top) else {
            continue;
        };
        let dirs = strs(&dirs);
        st.pending = Some((top.clone(), dirs.clone()));
        return Ok(Some(tuple::new_tuple(vec![
            new_str(&top),
            dirs,
            strs(&files),
        ])));
    }
    Ok(None)
}
