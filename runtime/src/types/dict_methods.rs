//! The methods of `dict`, its constructor, `__missing__` lookup,
//! equality and the `|`/`|=` operators (the table itself is `dict.rs`,
//! the views and iterators `dict_views.rs`).

use crate::args::{no_args, one_arg, range_args};
use crate::error::{PyErr, PyResult, key_error, type_error, value_error};
use crate::object::Obj;
use crate::protocol;
use crate::rt::{self, Exc};
use crate::types::dict::{self, is_dict, new_dict};
use crate::types::dict_views::{ViewKind, dict_iter, new_view};
use crate::types::function::add_method;
use crate::types::str::new_str;
use crate::types::typeobj::CompareOp;

/// Fills the `dict` namespace.
pub fn init(t: &Obj) {
    add_method(t, "get", |a, k| {
        let (me, rest) = range_args("dict.get", "get", a, k, 1, 2)?;
        Ok(dict::get_item(me, &rest[0])?
            .unwrap_or_else(|| rest.get(1).cloned().unwrap_or_else(rt::none)))
    });
    add_method(t, "setdefault", |a, k| {
        let (me, rest) = range_args("dict.setdefault", "setdefault", a, k, 1, 2)?;
        if let Some(v) = dict::get_item(me, &rest[0])? {
            return Ok(v);
        }
        let v = rest.get(1).cloned().unwrap_or_else(rt::none);
        dict::set_item(me, rest[0].clone(), v.clone())?;
        Ok(v)
    });
    add_method(t, "pop", |a, k| {
        let (me, rest) = range_args("dict.pop", "pop", a, k, 1, 2)?;
        match dict::pop_item(me, &rest[0])? {
            Some(v) => Ok(v),
            None => match rest.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(key_error(rest[0].clone())),
            },
        }
    });
    add_method(t, "popitem", |a, k| {
        let me = no_args("dict.popitem", a, k)?;
        match dict::pop_last(me) {
            Some((k, v)) => Ok(crate::types::tuple::new_tuple(vec![k, v])),
            None => Err(PyErr::new(Exc::KeyError, "popitem(): dictionary is empty")),
        }
    });
    add_method(t, "keys", |a, k| {
        Ok(new_view(no_args("dict.keys", a, k)?, ViewKind::Keys))
    });
    add_method(t, "values", |a, k| {
        Ok(new_view(no_args("dict.values", a, k)?, ViewKind::Values))
    });
    add_method(t, "items", |a, k| {
        Ok(new_view(no_args("dict.items", a, k)?, ViewKind::Items))
    });
    add_method(t, "update", |a, k| {
        let Some((me, rest)) = a.split_first() else {
            return Err(type_error(
                "descriptor 'update' of 'dict' object needs an argument",
            ));
        };
        update_from_args(me, rest, k, "update")?;
        Ok(rt::none())
    });
    add_method(t, "copy", |a, k| {
        let me = no_args("dict.copy", a, k)?;
        copy(me)
    });
    add_method(t, "clear", |a, k| {
        dict::clear(no_args("dict.clear", a, k)?);
        Ok(rt::none())
    });
    add_method(t, "__contains__", |a, k| {
        let (me, x) = one_arg("dict.__contains__", a, k)?;
        Ok(rt::bool_obj(dict::get_item(me, x)?.is_some()))
    });
    add_method(t, "__getitem__", |a, k| {
        let (me, x) = one_arg("dict.__getitem__", a, k)?;
        subscript(me, x)
    });
    add_method(t, "__setitem__", |a, k| {
        let (me, rest) = range_args("dict.__setitem__", "__setitem__", a, k, 2, 2)?;
        dict::set_item(me, rest[0].clone(), rest[1].clone())?;
        Ok(rt::none())
    });
    add_method(t, "__delitem__", |a, k| {
        let (me, x) = one_arg("dict.__delitem__", a, k)?;
        if dict::del_item(me, x)? {
            Ok(rt::none())
        } else {
            Err(key_error(x.clone()))
        }
    });
    add_method(t, "__len__", |a, k| {
        let me = no_args("dict.__len__", a, k)?;
        Ok(crate::types::int::from_i64(dict::len(me) as i64))
    });
    add_method(t, "__iter__", |a, k| {
        let me = no_args("dict.__iter__", a, k)?;
        Ok(dict_iter(me, ViewKind::Keys, false))
    });
    add_method(t, "__reversed__", |a, k| {
        let me = no_args("dict.__reversed__", a, k)?;
        Ok(dict_iter(me, ViewKind::Keys, true))
    });
    add_method(t, "__init__", |a, k| {
        let Some((me, rest)) = a.split_first() else {
            return Err(type_error(
                "descriptor '__init__' of 'dict' object needs an argument",
            ));
        };
        dict_init(me, rest, k)?;
        Ok(rt::none())
    });
    let fromkeys = crate::types::function::new_builtin("fromkeys", fromkeys);
    let cm = crate::object::alloc(
        crate::builtins::descriptors::classmethod_type(),
        crate::builtins::descriptors::WrapperData(std::cell::RefCell::new(fromkeys)),
    );
    crate::types::typeobj_ops::set_type_attr(t, "fromkeys", cm);
}

/// `dict.__init__(self, [mapping_or_pairs], **kwargs)`.
pub fn dict_init(me: &Obj, args: &[Obj], kwnames: &[Obj]) -> PyResult<()> {
    update_from_args(me, args, kwnames, "dict")
}

/// The shared argument handling of `dict()` and `dict.update()`.
fn update_from_args(me: &Obj, args: &[Obj], kwnames: &[Obj], name: &str) -> PyResult<()> {
    let npos = args.len() - kwnames.len();
    if npos > 1 {
        return Err(type_error(format!(
            "{name} expected at most 1 argument, got {npos}"
        )));
    }
    if npos == 1 {
        update(me, &args[0])?;
    }
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        dict::set_item(me, k.clone(), v.clone())?;
    }
    Ok(())
}

/// `d.update(other)`: a mapping (anything with `keys`) or an iterable of
/// pairs, with CPython's errors for malformed pairs.
pub fn update(me: &Obj, other: &Obj) -> PyResult<()> {
    if is_dict(other) || protocol::getattr_opt(other, &new_str("keys"))?.is_some() {
        return crate::builtins::containers::dict_update(me, other, None);
    }
    let it = protocol::iter(other)?;
    let mut i = 0usize;
    while let Some(pair) = protocol::next(&it)? {
        let items = match protocol::iter(&pair) {
            Ok(pit) => {
                let mut v = Vec::new();
                while let Some(x) = protocol::next(&pit)? {
                    v.push(x);
                }
                v
            }
            Err(e) if e.matches(Exc::TypeError) => {
                return Err(type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                )));
            }
            Err(e) => return Err(e),
        };
        let [k, v] = <[Obj; 2]>::try_from(items).map_err(|items| {
            value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                items.len()
            ))
        })?;
        dict::set_item(me, k, v)?;
        i += 1;
    }
    Ok(())
}

/// A plain-dict copy of `d`.
pub fn copy(d: &Obj) -> PyResult<Obj> {
    let out = new_dict();
    for (k, v) in dict::items(d) {
        dict::set_item(&out, k, v)?;
    }
    Ok(out)
}

/// `d[k]`, with `__missing__` for subclasses that define it.
pub fn subscript(d: &Obj, k: &Obj) -> PyResult<Obj> {
    if let Some(v) = dict::get_item(d, k)? {
        return Ok(v);
    }
    if !d.ty().is(&rt::ty(|t| &t.dict))
        && let Some(r) = protocol::call_special(d, "__missing__", std::slice::from_ref(k))?
    {
        return Ok(r);
    }
    Err(key_error(k.clone()))
}

/// `dict.fromkeys(iterable, value=None)`, called with the class first.
fn fromkeys(args: &[Obj], kwnames: &[Obj]) -> PyResult<Obj> {
    let (cls, rest) = range_args("fromkeys", "fromkeys", args, kwnames, 1, 2)?;
    let value = rest.get(1).cloned().unwrap_or_else(rt::none);
    let d = protocol::call(cls, &[], &[])?;
    let exact = d.ty().is(&rt::ty(|t| &t.dict));
    for k in protocol::collect(&rest[0])? {
        if exact {
            dict::set_item(&d, k, value.clone())?;
        } else {
            protocol::setitem(&d, &k, Some(&value))?;
        }
    }
    Ok(d)
}

/// `==`/`!=` between dicts; NotImplemented otherwise.
pub fn compare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    if !is_dict(a) || !is_dict(b) || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(rt::not_implemented());
    }
    let eq = dicts_equal(a, b)?;
    Ok(rt::bool_obj(eq == (op == CompareOp::Eq)))
}

fn dicts_equal(a: &Obj, b: &Obj) -> PyResult<bool> {
    if dict::len(a) != dict::len(b) {
        return Ok(false);
    }
    for (k, v) in dict::items(a) {
        match dict::get_item(b, &k)? {
            Some(w) => {
                if !(v.is(&w) || protocol::eq(&v, &w)?) {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

/// `d | other`.
pub fn or(a: &Obj, b: &Obj) -> PyResult<Obj> {
    if !is_dict(a) || !is_dict(b) {
        return Ok(rt::not_implemented());
    }
    let out = copy(a)?;
    crate::builtins::containers::dict_update(&out, b, None)?;
    Ok(out)
}

/// `d |= other` (any mapping or iterable of pairs).
pub fn ior(a: &Obj, b: &Obj) -> PyResult<Obj> {
    if !is_dict(a) {
        return Ok(rt::not_implemented());
    }
    update(a, b)?;
    Ok(a.clone())
}
