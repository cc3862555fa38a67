//! A minimal `importlib`: `import_module` (absolute and relative names)
//! and `invalidate_caches`.

use crate::args::Sig;
use crate::error::{PyErr, PyResult, type_error};
use crate::object::Obj;
use crate::rt::{self, Exc};
use crate::types::str::as_str;

/// Creates the module.
pub fn new_module() -> Obj {
    let m = crate::types::module::new_module("importlib");
    super::add(&m, "import_module", import_module);
    super::add(&m, "invalidate_caches", |_, _| Ok(rt::none()));
    m
}

/// `importlib.import_module(name, package=None)`.
fn import_module(args: &[Obj], kwnames: &[Obj]) -> PyResult<Obj> {
    const SIG: Sig = Sig::clinic("import_module", &["name", "package"], 1);
    let a = SIG.bind(args, kwnames)?;
    let name_obj = a[0].clone().unwrap_or_else(rt::none);
    let Some(name) = as_str(&name_obj) else {
        return Err(type_error(format!(
            "module name must be str, not {}",
            crate::protocol::type_name(&name_obj)
        )));
    };
    let package = a[1]
        .as_ref()
        .filter(|p| !rt::is_none(p))
        .and_then(|p| as_str(p).map(str::to_string));
    let level = name.chars().take_while(|c| *c == '.').count();
    if level == 0 {
        return crate::import::import_module(name);
    }
    let Some(package) = package else {
        return Err(type_error(format!(
            "the 'package' argument is required to perform a relative import for {}",
            crate::types::str::repr(name)
        )));
    };
    let parts: Vec<&str> = package.split('.').collect();
    if level > parts.len() {
        return Err(PyErr::new(
            Exc::ImportError,
            "attempted relative import beyond top-level package",
        ));
    }
    let base = parts[..parts.len() + 1 - level].join(".");
    let rest = &name[level..];
    let full = if rest.is_empty() {
        base
    } else {
        format!("{base}.{rest}")
    };
    crate::import::import_module(&full)
}
