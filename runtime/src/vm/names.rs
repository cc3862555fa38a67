//! Name resolution at run time: namespaces that may be any mapping (a
//! class body's `__prepare__` result), globals, builtins, and CPython's
//! NameError.

use crate::error::{PyErr, PyResult};
use crate::object::Obj;
use crate::protocol;
use crate::rt::Exc;
use crate::types::dict;
use crate::vm::frame::Frame;

/// `ns[key]` for a namespace, `None` when missing.
pub fn mapping_get(ns: &Obj, key: &Obj) -> PyResult<Option<Obj>> {
    if dict::is_dict(ns) && ns.ty().is(&crate::rt::ty(|t| &t.dict)) {
        return dict::get_item(ns, key);
    }
    match protocol::getitem(ns, key) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(Exc::KeyError) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `ns[key] = value` (`None`: delete).
pub fn mapping_set(ns: &Obj, key: Obj, value: Option<Obj>) -> PyResult<()> {
    if dict::is_dict(ns) && ns.ty().is(&crate::rt::ty(|t| &t.dict)) {
        return match value {
            Some(v) => dict::set_item(ns, key, v),
            None => dict::del_item(ns, &key).map(|_| ()),
        };
    }
    protocol::setitem(ns, &key, value.as_ref())
}

/// `NameError: name 'x' is not defined`.
pub fn name_error(key: &Obj) -> PyErr {
    let n = crate::types::str::as_str(key).unwrap_or("?");
    let e = PyErr::new(Exc::NameError, format!("name '{n}' is not defined"));
    let _ = protocol::setattr(&e.exc, &crate::types::str::new_str("name"), Some(key));
    e
}

/// LOAD_GLOBAL: globals, then builtins.
pub fn load_global(frame: &Frame, key: &Obj) -> PyResult<Obj> {
    lookup_global(&frame.globals, &frame.builtins, key)
}

/// A global name in `globals`, then in `builtins`.
pub fn lookup_global(globals: &Obj, builtins: &Obj, key: &Obj) -> PyResult<Obj> {
    if let Some(v) = dict::get_item(globals, key)? {
        return Ok(v);
    }
    match mapping_get(builtins, key)? {
        Some(v) => Ok(v),
        None => Err(name_error(key)),
    }
}

/// LOAD_NAME: the local namespace, then globals, then builtins.
pub fn load_name(frame: &Frame, key: &Obj) -> PyResult<Obj> {
    if let Some(l) = &frame.locals
        && let Some(v) = mapping_get(l, key)?
    {
        return Ok(v);
    }
    load_global(frame, key)
}
