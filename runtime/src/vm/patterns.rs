//! `match` support: sequence and mapping tests, class patterns with
//! `__match_args__`, key lookups.

use crate::error::{PyResult, type_error};
use crate::object::Obj;
use crate::protocol;
use crate::rt;
use crate::types::str::{as_str, new_str};
use crate::types::{dict, list, tuple};

/// Whether a subject matches sequence patterns (not str/bytes/bytearray).
pub fn is_sequence(o: &Obj) -> bool {
    list::is_list(o)
        || tuple::is_tuple(o)
        || crate::types::typeobj_ops::is_subtype(&o.ty(), &crate::types::range::range_type())
        || crate::types::typeobj_ops::is_subtype(&o.ty(), &crate::types::memoryview::ty())
        || (o.with_type(|t| t.slots.getitem.get().is_some() && t.slots.len.get().is_some())
            && !crate::types::str::is_str(o)
            && !dict::is_dict(o)
            && crate::types::class::is_heap_type(&o.ty())
            && protocol::getattr_opt(o, &new_str("keys"))
                .ok()
                .flatten()
                .is_none())
}

/// Whether a subject matches mapping patterns.
pub fn is_mapping(o: &Obj) -> bool {
    dict::is_dict(o)
}

/// The values for `keys` in mapping `o`, as a tuple, or None if one is
/// missing.
pub fn match_keys(o: &Obj, keys: &Obj) -> PyResult<Obj> {
    let mut out = Vec::new();
    for k in tuple::items(keys) {
        // CPython calls `o.get(key, sentinel)` (so a defaultdict's
        // `__missing__` never runs, and a None value is present).
        let v = if o.ty().is(&rt::ty(|t| &t.dict)) {
            dict::get_item(o, k)?
        } else {
            let sentinel = protocol::call(&rt::ty(|t| &t.object), &[], &[])?;
            let v = protocol::call_method(o, "get", &[k.clone(), sentinel.clone()])?;
            (!v.is(&sentinel)).then_some(v)
        };
        match v {
            Some(v) => out.push(v),
            None => return Ok(rt::none()),
        }
    }
    Ok(tuple::new_tuple(out))
}

/// A dict copy of `o` without `keys`.
pub fn dict_without(o: &Obj, keys: &Obj) -> PyResult<Obj> {
    let d = dict::new_dict();
    for (k, v) in dict::items(o) {
        dict::set_item(&d, k, v)?;
    }
    for k in tuple::items(keys) {
        dict::del_item(&d, k)?;
    }
    Ok(d)
}

/// A class pattern: isinstance check, then the positional attributes named
/// by `__match_args__` and the keyword attributes; a tuple, or None.
pub fn match_class(subject: &Obj, cls: &Obj, positional: usize, kwnames: &[Obj]) -> PyResult<Obj> {
    if !crate::types::typeobj_ops::is_type(cls) {
        return Err(type_error("called match pattern must be a class"));
    }
    if !crate::types::typeobj_ops::is_instance(subject, cls) {
        return Ok(rt::none());
    }
    let mut out = Vec::new();
    if positional > 0 {
        let self_match = [
            rt::ty(|t| &t.int),
            rt::ty(|t| &t.str),
            rt::ty(|t| &t.float),
            rt::ty(|t| &t.tuple),
            rt::ty(|t| &t.list),
            rt::ty(|t| &t.dict),
            rt::ty(|t| &t.bool),
        ]
        .iter()
        .any(|t| {
            t.is(cls)
                || crate::types::typeobj_ops::is_subtype(cls, t)
                    && !crate::types::class::is_heap_type(cls)
        });
        if self_match {
            if positional > 1 {
                return Err(type_error(format!(
                    "{}() accepts 1 positional sub-pattern ({positional} given)",
                    crate::types::typeobj_ops::with_data(cls, |d| d.name())
                )));
            }
            out.push(subject.clone());
        } else {
            let args = protocol::getattr_opt(cls, &new_str("__match_args__"))?;
            let names = match args {
                Some(a) if tuple::is_tuple(&a) => tuple::items(&a).to_vec(),
                Some(_) => {
                    return Err(type_error(format!(
                        "{}.__match_args__ must be a tuple",
                        crate::types::typeobj_ops::with_data(cls, |d| d.name())
                    )));
                }
                None => Vec::new(),
            };
            if positional > names.len() {
                return Err(type_error(format!(
                    "{}() accepts {} positional sub-pattern{} ({positional} given)",
                    crate::types::typeobj_ops::with_data(cls, |d| d.name()),
                    names.len(),
                    if names.len() == 1 { "" } else { "s" }
                )));
            }
            for n in &names[..positional] {
                match protocol::getattr_opt(subject, n)? {
                    Some(v) => out.push(v),
                    None => return Ok(rt::none()),
                }
            }
        }
    }
    for k in kwnames {
        let _ = as_str(k);
        match protocol::getattr_opt(subject, k)? {
            Some(v) => out.push(v),
            None => return Ok(rt::none()),
        }
    }
    Ok(tuple::new_tuple(out))
}
