//! Module objects: a namespace dict (the instance `__dict__`) and a name.

use crate::error::PyResult;
use crate::object::{Obj, alloc};
use crate::rt;
use crate::types::typeobj::TypeData;

/// The payload of a module (its state is its `__dict__`).
pub struct ModuleData;

/// The `module` type's data.
pub fn type_data() -> TypeData {
    let t = TypeData::new::<ModuleData>("module");
    t.slots.getattr.set(Some(getattr));
    t.slots
        .setattr
        .set(Some(crate::types::object::generic_setattr));
    t.slots.repr.set(Some(|m| {
        let name = namespace(m)
            .and_then(|d| crate::types::dict::get_str(&d, "__name__").ok().flatten())
            .and_then(|n| crate::types::str::as_str(&n).map(str::to_string))
            .unwrap_or_else(|| "?".into());
        let file = namespace(m)
            .and_then(|d| crate::types::dict::get_str(&d, "__file__").ok().flatten())
            .and_then(|n| crate::types::str::as_str(&n).map(str::to_string));
        Ok(crate::types::str::new_str(&match file {
            Some(f) => format!("<module '{name}' from '{f}'>"),
            None => format!("<module '{name}' (built-in)>"),
        }))
    }));
    t
}

/// A new module named `name` with an empty namespace.
pub fn new_module(name: &str) -> Obj {
    let m = alloc(rt::ty(|t| &t.module), ModuleData);
    let dict = crate::types::dict::new_dict();
    let _ = crate::types::dict::set_str(&dict, "__name__", crate::types::str::new_str(name));
    for k in ["__doc__", "__package__", "__loader__", "__spec__"] {
        let _ = crate::types::dict::set_str(&dict, k, rt::none());
    }
    m.set_dict(Some(dict));
    m
}

/// The module's namespace.
pub fn namespace(m: &Obj) -> Option<Obj> {
    m.dict()
}

fn getattr(m: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    if let Some(d) = m.dict()
        && let Some(v) = crate::types::dict::get_item(&d, name)?
    {
        return Ok(Some(v));
    }
    if let Some(v) = crate::types::object::generic_getattr(m, name)? {
        return Ok(Some(v));
    }
    // PEP 562: a module-level `__getattr__`.
    if let Some(d) = m.dict()
        && let Some(f) = crate::types::dict::get_str(&d, "__getattr__")?
    {
        return crate::protocol::call(&f, std::slice::from_ref(name), &[]).map(Some);
    }
    Ok(None)
}
