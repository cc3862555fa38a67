//! Container support the VM needs: set displays, dict merging
//! for `{**m}` and `f(**m)`, and sequence unpacking.

use crate::error::{PyErr, PyResult, type_error, value_error};
use crate::object::Obj;
use crate::protocol;
use crate::rt::{self, Exc, is_exact};
use crate::types::{dict, list, tuple};

/// The `set` type.
pub fn set_type() -> Obj {
    crate::types::set::set_type()
}

/// A new set of `items`.
pub fn new_set(items: Vec<Obj>) -> PyResult<Obj> {
    crate::types::set::new_set(items)
}

/// Adds an item to a set.
pub fn set_add(s: &Obj, item: Obj) -> PyResult<()> {
    crate::types::set::add(s, item)
}

/// Merges mapping `m` into dict `d`. With `callee` (a call's `**m`), a
/// repeated key is CPython's "got multiple values" TypeError and a
/// non-mapping is "argument after ** must be a mapping".
pub fn dict_update(d: &Obj, m: &Obj, callee: Option<&Obj>) -> PyResult<()> {
    let pairs: Vec<(Obj, Obj)> = if dict::is_dict(m) {
        dict::items(m)
    } else {
        let keys_fn = protocol::getattr_opt(m, &crate::types::str::new_str("keys"))?;
        let Some(keys_fn) = keys_fn else {
            return Err(type_error(match callee {
                Some(c) => format!(
                    "{} argument after ** must be a mapping, not {}",
                    super::callable_name(c),
                    protocol::type_name(m)
                ),
                None => format!("'{}' object is not a mapping", protocol::type_name(m)),
            }));
        };
        let ks = protocol::collect(&protocol::call(&keys_fn, &[], &[])?)?;
        ks.into_iter()
            .map(|k| Ok((k.clone(), protocol::getitem(m, &k)?)))
            .collect::<PyResult<_>>()?
    };
    for (k, v) in pairs {
        if let Some(c) = callee {
            if !crate::types::str::is_str(&k) {
                return Err(type_error("keywords must be strings"));
            }
            if dict::get_item(d, &k)?.is_some() {
                return Err(type_error(format!(
                    "{} got multiple values for keyword argument '{}'",
                    function_str(c),
                    crate::types::str::as_str(&k).unwrap_or("?")
                )));
            }
        }
        dict::set_item(d, k, v)?;
    }
    Ok(())
}

/// CPython's `_PyObject_FunctionStr`: `module.qualname()`, without the
/// module for builtins.
fn function_str(f: &Obj) -> String {
    let get = |name: &str| {
        protocol::getattr_str(f, name)
            .ok()
            .and_then(|v| crate::types::str::as_str(&v).map(str::to_string))
    };
    match (get("__qualname__"), get("__module__")) {
        (Some(q), Some(m)) if m != "builtins" => format!("{m}.{q}()"),
        (Some(q), _) => format!("{q}()"),
        (None, _) => super::callable_name(f),
    }
}

/// Unpacks an iterable into exactly `before` items, or around a starred
/// target (`after` items after it, the middle as a list).
pub fn unpack(src: &Obj, before: usize, after: Option<usize>) -> PyResult<Obj> {
    // An exact tuple (itself) or list (its items) of the right length: no
    // iterator, since neither type's `__iter__` can be overridden.
    if after.is_none() {
        if is_exact(src, |t| &t.tuple) && tuple::items(src).len() == before {
            return Ok(src.clone());
        }
        if is_exact(src, |t| &t.list) && list::len(src) == before {
            return Ok(tuple::new_tuple(list::snapshot(src)));
        }
    }
    let it = protocol::iter(src).map_err(|e| {
        if e.matches(Exc::TypeError) {
            type_error(format!(
                "cannot unpack non-iterable {} object",
                protocol::type_name(src)
            ))
        } else {
            e
        }
    })?;
    let mut items = Vec::new();
    match after {
        None => {
            while let Some(x) = protocol::next(&it)? {
                if items.len() == before {
                    return Err(value_error(format!(
                        "too many values to unpack (expected {before})"
                    )));
                }
                items.push(x);
            }
            if items.len() < before {
                return Err(value_error(format!(
                    "not enough values to unpack (expected {before}, got {})",
                    items.len()
                )));
            }
            Ok(tuple::new_tuple(items))
        }
        Some(after) => {
            while let Some(x) = protocol::next(&it)? {
                items.push(x);
            }
            if items.len() < before + after {
                return Err(value_error(format!(
                    "not enough values to unpack (expected at least {}, got {})",
                    before + after,
                    items.len()
                )));
            }
            let tail = items.split_off(items.len() - after);
            let middle = items.split_off(before);
            items.push(list::new_list(middle));
            items.extend(tail);
            Ok(tuple::new_tuple(items))
        }
    }
}

/// `unpack(src, count, None)` for an exact list of `count` items into
/// `dst`, a tuple of `count` items that nothing else references (the one
/// the same instruction made last time): its items are replaced in place,
/// so a loop that unpacks lists allocates nothing. No program can tell,
/// as nothing else sees that tuple. Whether it did.
pub fn unpack_list_into(dst: &mut Obj, src: &Obj, count: usize) -> bool {
    if !(rt::is_exact_list(src) && rt::is_exact_tuple(dst)) {
        return false;
    }
    let Some(t) = dst.unique_mut::<tuple::TupleData>() else {
        return false;
    };
    let items = list::data(src).0.borrow();
    if items.len() != count || t.0.len() != count {
        return false;
    }
    // The old items go only once the list is no longer borrowed: freeing
    // one may run code that uses the list.
    let old: smallvec::SmallVec<[Obj; 8]> =
        t.0.iter_mut()
            .zip(items.iter())
            .map(|(slot, x)| std::mem::replace(slot, x.clone()))
            .collect();
    drop(items);
    drop(old);
    true
}

/// A StopIteration error with no value (for builtin iterators).
pub fn stop() -> PyErr {
    PyErr::with_args(Exc::StopIteration, vec![])
}
