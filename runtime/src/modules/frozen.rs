//! Modules written in Python and compiled into the runtime (CPython's
//! frozen modules): small stand-ins for stdlib modules whose behaviour
//! programs observe, kept as source in `modules/py/`.

use crate::error::PyResult;
use crate::object::Obj;
use crate::types::dict;
use crate::types::str::new_str;

/// The source of frozen module `name`.
fn source(name: &str) -> Option<&'static str> {
    match name {
        "types" => Some(include_str!("py/types.py")),
        "inspect" => Some(include_str!("py/inspect.py")),
        _ => None,
    }
}

/// Creates and runs frozen module `name`, registering it in `sys.modules`
/// first (as an import does); None when there is no such module.
pub fn import(name: &str) -> Option<PyResult<Obj>> {
    let text = source(name)?;
    Some(load(name, text))
}

fn load(name: &str, text: &str) -> PyResult<Obj> {
    let module = crate::types::module::new_module(name);
    let Some(ns) = module.dict() else {
        return Ok(module);
    };
    let filename = format!("<frozen {name}>");
    dict::set_str(&ns, "__package__", new_str(""))?;
    dict::set_str(&ns, "__builtins__", crate::builtins::builtins_dict())?;
    let modules = crate::import::modules();
    dict::set_str(&modules, name, module.clone())?;
    let src = compiler::source::SourceFile::new(&filename, text.to_string());
    let result = crate::run::compile(&src, name)
        .map_err(crate::run::compile_error)
        .and_then(|code| crate::run::exec_module(code, &ns));
    if let Err(e) = result {
        let _ = dict::del_item(&modules, &new_str(name));
        return Err(e);
    }
    Ok(dict::get_str(&modules, name)?.unwrap_or(module))
}
