//! `os.path` (`posixpath`): CPython's pure-string algorithms (join,
//! split, splitext, normpath, relpath...) and the file system queries.

use crate::args::{exactly, positional};
use crate::error::{PyResult, type_error};
use crate::object::Obj;
use crate::protocol;
use crate::rt;
use crate::types::str::{as_str, new_str};
use crate::types::{bytes, float, int, tuple};

thread_local! {
    static MODULE: Obj = build();
}

/// The module (one object, also `sys.modules['posixpath']` and
/// `sys.modules['os.path']`).
pub fn module() -> Obj {
    MODULE.with(Obj::clone)
}

/// `posixpath.join(a, b)` for Rust strings.
pub fn join2(a: &str, b: &str) -> String {
    if b.starts_with('/') {
        b.to_string()
    } else if a.is_empty() || a.ends_with('/') {
        format!("{a}{b}")
    } else {
        format!("{a}/{b}")
    }
}

fn build() -> Obj {
    let m = crate::types::module::new_module("posixpath");
    m.make_immortal();
    let _ = crate::types::dict::set_str(&crate::import::modules(), "posixpath", m.clone());
    super::set(&m, "sep", new_str("/"));
    super::set(&m, "curdir", new_str("."));
    super::set(&m, "pardir", new_str(".."));
    super::set(&m, "extsep", new_str("."));
    super::set(&m, "pathsep", new_str(":"));
    super::set(&m, "altsep", rt::none());
    super::set(&m, "devnull", new_str("/dev/null"));
    macro_rules! funcs {
        ($($name:literal => $f:expr,)*) => { $(super::add(&m, $name, $f);)* };
    }
    funcs! {
        "join" => |a, k| {
            if !k.is_empty() {
                return Err(type_error("join() takes no keyword arguments"));
            }
            let Some(first) = a.first() else {
                return Err(type_error("join() missing 1 required positional argument: 'a'"));
            };
            let mut path = text("join", first)?;
            for p in &a[1..] {
                path = join2(&path, &text("join", p)?);
            }
            Ok(new_str(&path))
        },
        "split" => |a, k| {
            let a = exactly("split", a, k, 1)?;
            let (h, t) = split(&text("split", &a[0])?);
            Ok(tuple::new_tuple(vec![new_str(&h), new_str(&t)]))
        },
        "basename" => |a, k| {
            let a = exactly("basename", a, k, 1)?;
            let p = text("basename", &a[0])?;
            Ok(new_str(&p[p.rfind('/').map_or(0, |i| i + 1)..]))
        },
        "dirname" => |a, k| {
            let a = exactly("dirname", a, k, 1)?;
            Ok(new_str(&split(&text("dirname", &a[0])?).0))
        },
        "splitext" => |a, k| {
            let a = exactly("splitext", a, k, 1)?;
            let (r, e) = splitext(&text("splitext", &a[0])?);
            Ok(tuple::new_tuple(vec![new_str(&r), new_str(&e)]))
        },
        "normpath" => |a, k| {
            let a = exactly("normpath", a, k, 1)?;
            Ok(new_str(&normpath(&text("normpath", &a[0])?)))
        },
        "abspath" => |a, k| {
            let a = exactly("abspath", a, k, 1)?;
            Ok(new_str(&abspath(&text("abspath", &a[0])?)?))
        },
        "realpath" => |a, k| {
            let a = exactly("realpath", a, k, 1)?;
            let p = abspath(&text("realpath", &a[0])?)?;
            Ok(new_str(&realpath(&p)))
        },
        "isabs" => |a, k| {
            let a = exactly("isabs", a, k, 1)?;
            Ok(rt::bool_obj(text("isabs", &a[0])?.starts_with('/')))
        },
        "exists" => |a, k| {
            let a = exactly("exists", a, k, 1)?;
            Ok(rt::bool_obj(meta(&a[0], true).is_some()))
        },
        "lexists" => |a, k| {
            let a = exactly("lexists", a, k, 1)?;
            Ok(rt::bool_obj(meta(&a[0], false).is_some()))
        },
        "isfile" => |a, k| {
            let a = exactly("isfile", a, k, 1)?;
            Ok(rt::bool_obj(meta(&a[0], true).is_some_and(|m| m.is_file())))
        },
        "isdir" => |a, k| {
            let a = exactly("isdir", a, k, 1)?;
            Ok(rt::bool_obj(meta(&a[0], true).is_some_and(|m| m.is_dir())))
        },
        "islink" => |a, k| {
            let a = exactly("islink", a, k, 1)?;
            Ok(rt::bool_obj(meta(&a[0], false).is_some_and(|m| m.is_symlink())))
        },
        "getsize" => |a, k| {
            let a = exactly("getsize", a, k, 1)?;
            let md = stat(&a[0])?;
            Ok(int::from_i64(std::os::unix::fs::MetadataExt::size(&md) as i64))
        },
        "getmtime" => |a, k| {
            use std::os::unix::fs::MetadataExt;
            let a = exactly("getmtime", a, k, 1)?;
            let md = stat(&a[0])?;
            Ok(float::new_float(md.mtime() as f64 + md.mtime_nsec() as f64 * 1e-9))
        },
        "expanduser" => |a, k| {
            let a = exactly("expanduser", a, k, 1)?;
            Ok(new_str(&expanduser(&text("expanduser", &a[0])?)))
        },
        "relpath" => |a, k| {
            let a = positional("relpath", a, k, 1, 2)?;
            let p = text("relpath", &a[0])?;
            if p.is_empty() {
                return Err(crate::error::value_error("no path specified"));
            }
            let start = match a.get(1) {
                Some(s) if !rt::is_none(s) => text("relpath", s)?,
                _ => ".".to_string(),
            };
            Ok(new_str(&relpath(&p, &start)?))
        },
        "commonprefix" => |a, k| {
            let a = exactly("commonprefix", a, k, 1)?;
            let items = protocol::collect(&a[0])?;
            let strs: Vec<String> = items.iter().map(|i| text("commonprefix", i)).collect::<PyResult<_>>()?;
            let Some(first) = strs.iter().min() else { return Ok(new_str("")) };
            let last = strs.iter().max().unwrap_or(first);
            let n = first.chars().zip(last.chars()).take_while(|(a, b)| a == b).count();
            Ok(new_str(&first.chars().take(n).collect::<String>()))
        },
    };
    m
}

fn text(func: &str, o: &Obj) -> PyResult<String> {
    let p = super::os::fspath(o).map_err(|e| {
        if e.matches(rt::Exc::TypeError) && !bytes::is_bytes(o) {
            type_error(format!(
                "{func}() argument must be str, bytes, or os.PathLike object, not '{}'",
                protocol::type_name(o)
            ))
        } else {
            e
        }
    })?;
    match as_str(&p) {
        Some(s) => Ok(s.to_string()),
        None => Ok(String::from_utf8_lossy(bytes::as_bytes(&p).unwrap_or(&[])).into_owned()),
    }
}

fn meta(o: &Obj, follow: bool) -> Option<std::fs::Metadata> {
    let p = super::os::path_arg(o).ok()?;
    if follow {
        std::fs::metadata(p).ok()
    } else {
        std::fs::symlink_metadata(p).ok()
    }
}

fn stat(o: &Obj) -> PyResult<std::fs::Metadata> {
    std::fs::metadata(super::os::path_arg(o)?)
        .map_err(|e| crate::types::oserror::from_io(&e, Some(o), None))
}

fn split(p: &str) -> (String, String) {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    let (head, tail) = (&p[..i], &p[i..]);
    let head = if !head.is_empty() && head.chars().any(|c| c != '/') {
        head.trim_end_matches('/')
    } else {
        head
    };
    (head.to_string(), tail.to_string())
}

fn splitext(p: &str) -> (String, String) {
    let sep = p.rfind('/').map_or(-1, |i| i as i64);
    if let Some(dot) = p.rfind('.')
        && dot as i64 > sep
    {
        let start = (sep + 1) as usize;
        if p[start..dot].chars().any(|c| c != '.') {
            return (p[..dot].to_string(), p[dot..].to_string());
        }
    }
    (p.to_string(), String::new())
}

/// `posixpath.normpath`.
pub fn normpath(path: &str) -> String {
    if path.is_empty() {
        return ".".to_string();
    }
    let mut initial = usize::from(path.starts_with('/'));
    if path.starts_with("//") && !path.starts_with("///") {
        initial = 2;
    }
    let mut comps: Vec<&str> = Vec::new();
    for comp in path.split('/') {
        if comp.is_empty() || comp == "." {
            continue;
        }
        if comp != ".." || (initial == 0 && comps.is_empty()) || comps.last() == Some(&"..") {
            comps.push(comp);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let out = format!("{}{}", "/".repeat(initial), comps.join("/"));
    if out.is_empty() { ".".to_string() } else { out }
}

fn abspath(p: &str) -> PyResult<String> {
    if p.starts_with('/') {
        return Ok(normpath(p));
    }
    Ok(normpath(&join2(&super::os::cwd()?, p)))
}

/// Resolves symlinks as far as the path exists (non-strict realpath).
fn realpath(p: &str) -> String {
    if let Ok(c) = std::fs::canonicalize(p) {
        return c.display().to_string();
    }
    let (head, tail) = split(p);
    if head.is_empty() || head == p {
        return p.to_string();
    }
    normpath(&join2(&realpath(&head), &tail))
}

fn expanduser(p: &str) -> String {
    if !p.starts_with('~') {
        return p.to_string();
    }
    let i = p[1..].find('/').map_or(p.len(), |i| i + 1);
    // $HOME, else the password database (pwd.getpwuid / getpwnam).
    let home = if i == 1 {
        std::env::var("HOME").ok().or_else(|| {
            use std::os::unix::fs::MetadataExt;
            let uid = std::fs::metadata("/proc/self").ok()?.uid().to_string();
            passwd_home(|fields| fields.get(2) == Some(&uid.as_str()))
        })
    } else {
        let user = &p[1..i];
        passwd_home(|fields| fields.first() == Some(&user))
    };
    let Some(home) = home else {
        return p.to_string();
    };
    let home = home.trim_end_matches('/');
    let out = format!("{home}{}", &p[i..]);
    if out.is_empty() { "/".to_string() } else { out }
}

/// The home directory of the first /etc/passwd entry `pick` accepts.
fn passwd_home(pick: impl Fn(&[&str]) -> bool) -> Option<String> {
    let text = std::fs::read_to_string("/etc/passwd").ok()?;
    text.lines()
        .map(|l| l.split(':').collect::<Vec<_>>())
        .find(|f| f.len() >= 6 && pick(f))
        .map(|f| f[5].to_string())
}

fn relpath(p: &str, start: &str) -> PyResult<String> {
    let a = abspath(start)?;
    let b = abspath(p)?;
    let sl: Vec<&str> = a.split('/').filter(|s| !s.is_empty()).collect();
    let pl: Vec<&str> = b.split('/').filter(|s| !s.is_empty()).collect();
    let common = sl.iter().zip(&pl).take_while(|(x, y)| x == y).count();
    let mut parts: Vec<&str> = vec![".."; sl.len() - common];
    parts.extend(&pl[common..]);
    Ok(if parts.is_empty() {
        ".".to_string()
    } else {
        parts.join("/")
    })
}
