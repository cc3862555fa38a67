//! `import`: `sys.modules`, relative names, the program's own modules and
//! packages found on `sys.path`, and the builtin modules.

use std::path::{Path, PathBuf};

use crate::error::{PyErr, PyResult};
use crate::object::Obj;
use crate::protocol;
use crate::rt::{self, Exc};
use crate::types::str::{as_str, new_str};
use crate::types::{dict, list, tuple};

thread_local! {
    /// The modules whose code is running (CPython's
    /// `__spec__._initializing`), innermost last.
    static INITIALIZING: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Whether module `name` is still executing its body (a circular import
/// sees it partially initialized).
pub fn is_initializing(name: &str) -> bool {
    INITIALIZING.with(|i| i.borrow().iter().any(|n| n == name))
}

/// `sys.modules`.
pub fn modules() -> Obj {
    if let Some(m) = rt::with(|rt| rt.modules.borrow().clone()) {
        return m;
    }
    let d = dict::new_dict();
    rt::with(|rt| *rt.modules.borrow_mut() = Some(d.clone()));
    d
}

/// IMPORT_NAME: `__import__(name, globals, None, fromlist, level)`.
pub fn import_name(globals: &Obj, name: &Obj, fromlist: &Obj, level: u32) -> PyResult<Obj> {
    let name = as_str(name).unwrap_or("").to_string();
    let abs = resolve(globals, &name, level)?;
    let module = import_module(&abs)?;
    let has_fromlist = !rt::is_none(fromlist) && !tuple::items(fromlist).is_empty();
    if !has_fromlist {
        if level == 0 || name.is_empty() {
            let top = abs.split('.').next().unwrap_or(&abs).to_string();
            return lookup(&top).map(|m| m.unwrap_or(module));
        }
        // `import .a.b` can't be written; relative imports always have a
        // fromlist, but keep CPython's behaviour for __import__ callers.
        return Ok(module);
    }
    // A fromlist may name submodules that must be imported.
    if is_package(&module) {
        for item in tuple::items(fromlist) {
            let Some(n) = as_str(item) else { continue };
            if n == "*" || protocol::getattr_opt(&module, item)?.is_some() {
                continue;
            }
            match import_module(&format!("{abs}.{n}")) {
                Ok(_) => {}
                Err(e) if e.matches(Exc::ModuleNotFoundError) => {}
                Err(e) => return Err(e),
            }
        }
    }
    Ok(module)
}

/// The absolute module name of an import at `level`.
fn resolve(globals: &Obj, name: &str, level: u32) -> PyResult<String> {
    if level == 0 {
        return Ok(name.to_string());
    }
    let package = match dict::get_str(globals, "__package__")? {
        Some(p) if !rt::is_none(&p) => as_str(&p).unwrap_or("").to_string(),
        _ => {
            let modname = dict::get_str(globals, "__name__")?
                .and_then(|n| as_str(&n).map(str::to_string))
                .unwrap_or_default();
            if dict::get_str(globals, "__path__")?.is_some() {
                modname
            } else {
                modname
                    .rsplit_once('.')
                    .map(|(p, _)| p.to_string())
                    .unwrap_or_default()
            }
        }
    };
    if package.is_empty() {
        return Err(PyErr::new(
            Exc::ImportError,
            "attempted relative import with no known parent package",
        ));
    }
    let parts: Vec<&str> = package.split('.').collect();
    if (level as usize) > parts.len() {
        return Err(PyErr::new(
            Exc::ImportError,
            "attempted relative import beyond top-level package",
        ));
    }
    let base = parts[..parts.len() - (level as usize - 1)].join(".");
    Ok(if name.is_empty() {
        base
    } else {
        format!("{base}.{name}")
    })
}

fn lookup(name: &str) -> PyResult<Option<Obj>> {
    dict::get_str(&modules(), name)
}

fn is_package(m: &Obj) -> bool {
    m.dict()
        .is_some_and(|d| matches!(dict::get_str(&d, "__path__"), Ok(Some(_))))
}

/// Imports a module by absolute dotted name (parents first).
pub fn import_module(name: &str) -> PyResult<Obj> {
    if let Some(m) = lookup(name)? {
        return Ok(m);
    }
    let (parent, search) = match name.rsplit_once('.') {
        Some((p, _)) => {
            let pm = import_module(p)?;
            if let Some(m) = lookup(name)? {
                return Ok(m);
            }
            let path = pm
                .dict()
                .and_then(|d| dict::get_str(&d, "__path__").ok().flatten());
            match path {
                Some(p) => (Some(pm), protocol::collect(&p)?),
                None => {
                    return Err(not_found(
                        &format!("No module named '{name}'; '{p}' is not a package"),
                        name,
                    ));
                }
            }
        }
        None => {
            if let Some(m) = crate::modules::builtin_module(name) {
                dict::set_str(&modules(), name, m.clone())?;
                return Ok(m);
            }
            let path = dict::get_str(&sys_dict(), "path")?
                .map(|p| list::snapshot(&p))
                .unwrap_or_default();
            (None, path)
        }
    };
    let leaf = name.rsplit('.').next().unwrap_or(name);
    match search_dirs(&search, leaf) {
        Some(Found::Package(dir)) => {
            let init = dir.join("__init__.py");
            return load_source(name, &init, Some(dir), parent.as_ref());
        }
        Some(Found::Module(file)) => return load_source(name, &file, None, parent.as_ref()),
        None => {}
    }
    // The library modules we write in Python come after sys.path, as the
    // stdlib's own files would: a program's own `copy.py` shadows ours.
    if let Some(frozen) = crate::modules::frozen(name) {
        return load_frozen(name, frozen, parent.as_ref());
    }
    Err(not_found(&format!("No module named '{name}'"), name))
}

/// A source module found on a search path.
#[derive(Clone, Debug)]
pub enum Found {
    /// A module file `NAME.py`.
    Module(PathBuf),
    /// A package: the folder holding `__init__.py`.
    Package(PathBuf),
}

/// The first `LEAF/__init__.py` or `LEAF.py` in the folders of `search`.
fn search_dirs(search: &[Obj], leaf: &str) -> Option<Found> {
    for dir in search {
        let Some(dir) = as_str(dir) else { continue };
        let base = Path::new(if dir.is_empty() { "." } else { dir });
        if crate::native::image::is_file(&base.join(leaf).join("__init__.py")) {
            return Some(Found::Package(base.join(leaf)));
        }
        let file = base.join(format!("{leaf}.py"));
        if crate::native::image::is_file(&file) {
            return Some(Found::Module(file));
        }
    }
    None
}

/// Finds a source module for `-m` without running it: its parent packages
/// are imported (as runpy does), then the module is searched on the
/// parent's `__path__` or on sys.path. `None` when there is none.
pub fn find_module(name: &str) -> PyResult<Option<Found>> {
    let search = match name.rsplit_once('.') {
        Some((p, _)) => {
            let pm = import_module(p)?;
            let path = pm
                .dict()
                .and_then(|d| dict::get_str(&d, "__path__").ok().flatten());
            match path {
                Some(p) => protocol::collect(&p)?,
                None => {
                    return Err(not_found(
                        &format!("No module named '{name}'; '{p}' is not a package"),
                        name,
                    ));
                }
            }
        }
        None => dict::get_str(&sys_dict(), "path")?
            .map(|p| list::snapshot(&p))
            .unwrap_or_default(),
    };
    let leaf = name.rsplit('.').next().unwrap_or(name);
    Ok(search_dirs(&search, leaf))
}

fn not_found(msg: &str, name: &str) -> PyErr {
    let e = PyErr::new(Exc::ModuleNotFoundError, msg);
    let _ = protocol::setattr(&e.exc, &new_str("name"), Some(&new_str(name)));
    e
}

/// The `sys` module's namespace.
pub fn sys_dict() -> Obj {
    lookup("sys")
        .ok()
        .flatten()
        .and_then(|m| m.dict())
        .unwrap_or_else(dict::new_dict)
}

fn load_source(
    name: &str,
    file: &Path,
    package_dir: Option<PathBuf>,
    parent: Option<&Obj>,
) -> PyResult<Obj> {
    let path = file.display().to_string();
    let module = crate::types::module::new_module(name);
    let Some(ns) = module.dict() else {
        return Ok(module);
    };
    dict::set_str(&ns, "__file__", new_str(&path))?;
    let package = match &package_dir {
        Some(dir) => {
            dict::set_str(
                &ns,
                "__path__",
                list::new_list(vec![new_str(&dir.display().to_string())]),
            )?;
            name.to_string()
        }
        None => name
            .rsplit_once('.')
            .map(|(p, _)| p.to_string())
            .unwrap_or_default(),
    };
    dict::set_str(&ns, "__package__", new_str(&package))?;
    dict::set_str(&ns, "__builtins__", crate::builtins::builtins_dict())?;
    dict::set_str(&modules(), name, module.clone())?;
    INITIALIZING.with(|i| i.borrow_mut().push(name.to_string()));
    let result = crate::run::exec_file(&path, name, &ns);
    INITIALIZING.with(|i| {
        let mut i = i.borrow_mut();
        if let Some(p) = i.iter().rposition(|n| n == name) {
            i.remove(p);
        }
    });
    if let Err(e) = result {
        let _ = dict::del_item(&modules(), &new_str(name));
        return Err(e);
    }
    // The finished module is what sys.modules holds (it may have replaced
    // itself), and it becomes an attribute of its parent package.
    let module = lookup(name)?.unwrap_or(module);
    if let Some(p) = parent {
        let leaf = name.rsplit('.').next().unwrap_or(name);
        protocol::setattr(p, &new_str(leaf), Some(&module))?;
    }
    Ok(module)
}

/// Compiles and executes a module written in Python that the runtime
/// embeds (`runtime/pylib/`), with the file name `<frozen NAME>`.
fn load_frozen(name: &str, frozen: &crate::modules::Frozen, parent: Option<&Obj>) -> PyResult<Obj> {
    let module = crate::types::module::new_module(name);
    let Some(ns) = module.dict() else {
        return Ok(module);
    };
    let package = if frozen.is_package {
        dict::set_str(&ns, "__path__", list::new_list(Vec::new()))?;
        name.to_string()
    } else {
        name.rsplit_once('.')
            .map(|(p, _)| p.to_string())
            .unwrap_or_default()
    };
    dict::set_str(&ns, "__package__", new_str(&package))?;
    dict::set_str(&ns, "__builtins__", crate::builtins::builtins_dict())?;
    dict::set_str(&modules(), name, module.clone())?;
    let filename = format!("<frozen {name}>");
    let src = compiler::source::SourceFile::new(&filename, frozen.source.to_string());
    let result = crate::run::compile(&src, name)
        .map_err(crate::run::compile_error)
        .and_then(|code| crate::run::exec_module(code, &ns));
    if let Err(e) = result {
        let _ = dict::del_item(&modules(), &new_str(name));
        return Err(e);
    }
    let module = lookup(name)?.unwrap_or(module);
    if let Some(p) = parent {
        let leaf = name.rsplit('.').next().unwrap_or(name);
        protocol::setattr(p, &new_str(leaf), Some(&module))?;
    }
    Ok(module)
}

/// IMPORT_FROM: `from module import name`.
pub fn import_from(module: &Obj, name: &Obj) -> PyResult<Obj> {
    if let Some(v) = protocol::getattr_opt(module, name)? {
        return Ok(v);
    }
    let modname = module
        .dict()
        .and_then(|d| dict::get_str(&d, "__name__").ok().flatten())
        .and_then(|n| as_str(&n).map(str::to_string))
        .unwrap_or_else(|| "?".into());
    let n = as_str(name).unwrap_or("?");
    if let Some(m) = lookup(&format!("{modname}.{n}"))? {
        return Ok(m);
    }
    let file = module
        .dict()
        .and_then(|d| dict::get_str(&d, "__file__").ok().flatten())
        .and_then(|f| as_str(&f).map(str::to_string));
    let location = match file {
        Some(f) => format!(" ({f})"),
        None => " (unknown location)".to_string(),
    };
    let e = PyErr::new(
        Exc::ImportError,
        if is_initializing(&modname) {
            format!(
                "cannot import name '{n}' from partially initialized module '{modname}' (most likely due to a circular import){location}"
            )
        } else {
            format!("cannot import name '{n}' from '{modname}'{location}")
        },
    );
    let _ = protocol::setattr(&e.exc, &new_str("name"), Some(&new_str(&modname)));
    Err(e)
}

/// `from module import *` into namespace `ns`.
pub fn import_star(module: &Obj, ns: &Obj) -> PyResult<()> {
    let md = module.dict().unwrap_or_else(dict::new_dict);
    let names: Vec<Obj> = match dict::get_str(&md, "__all__")? {
        Some(all) => protocol::collect(&all)?,
        None => dict::keys(&md)
            .into_iter()
            .filter(|k| as_str(k).is_some_and(|s| !s.starts_with('_')))
            .collect(),
    };
    for n in names {
        let v = protocol::getattr(module, &n)?;
        crate::vm::names::mapping_set(ns, n, Some(v))?;
    }
    Ok(())
}
