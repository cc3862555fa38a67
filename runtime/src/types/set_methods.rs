//! The slots and methods of `set` and `frozenset`, following
//! setobject.c's algorithms (which operand is iterated, which table is
//! copied) so results come out in CPython's order.

use crate::args::{no_args, one_arg};
use crate::error::{PyErr, PyResult, key_error, type_error};
use crate::object::Obj;
use crate::protocol;
use crate::rt::{self, Exc};
use crate::types::function::add_method;
use crate::types::set::{
    self, add, alloc_empty, contains, difference_update_internal, discard, entries, frozenset_type,
    is_any_set, is_frozen, len, new_of_type, set_type, symmetric_difference_update,
    update_internal,
};
use crate::types::str::new_str;
use crate::types::typeobj::{BinOp, CompareOp, TypeData};

/// The type data of `set` (`frozen` false) or `frozenset`.
pub fn type_data(name: &str, frozen: bool) -> TypeData {
    let t = TypeData::new::<set::SetData>(name).with_methods(if frozen {
        frozen_methods
    } else {
        set_methods
    });
    t.slots.traverse.set(Some(set::traverse));
    t.slots.clear.set(Some(set::clear_for_gc));
    if frozen {
        t.slots.new.set(Some(frozenset_new));
        t.slots.hash.set(Some(set::frozen_hash));
    } else {
        t.slots.new.set(Some(|cls, _a, _k| Ok(alloc_empty(cls))));
        t.slots.init.set(Some(set_init));
        t.unhashable.set(true);
        t.slots.inplace[BinOp::Or as usize].set(Some(ior));
        t.slots.inplace[BinOp::And as usize].set(Some(iand));
        t.slots.inplace[BinOp::Sub as usize].set(Some(isub));
        t.slots.inplace[BinOp::Xor as usize].set(Some(ixor));
    }
    t.slots.len.set(Some(|o| Ok(len(o))));
    t.slots.contains.set(Some(contains));
    t.slots.iter.set(Some(|o| Ok(set::set_iter(o))));
    t.slots.repr.set(Some(repr));
    t.slots.compare.set(Some(compare));
    t.slots.binary[BinOp::Or as usize].set(Some(|a, b| binop(a, b, union1)));
    t.slots.binary[BinOp::And as usize].set(Some(|a, b| binop(a, b, intersection)));
    t.slots.binary[BinOp::Sub as usize].set(Some(|a, b| binop(a, b, difference)));
    t.slots.binary[BinOp::Xor as usize].set(Some(|a, b| binop(a, b, symmetric_difference)));
    t
}

fn frozenset_new(cls: &Obj, args: &[Obj], kwnames: &[Obj]) -> PyResult<Obj> {
    let exact = cls.is(&frozenset_type());
    if exact && !kwnames.is_empty() {
        return Err(type_error("frozenset() takes no keyword arguments"));
    }
    let npos = args.len() - kwnames.len();
    if npos > 1 {
        return Err(type_error(format!(
            "frozenset expected at most 1 argument, got {npos}"
        )));
    }
    let arg = args.first().filter(|_| npos == 1);
    if exact
        && let Some(a) = arg
        && a.ty().is(&frozenset_type())
    {
        return Ok(a.clone());
    }
    new_of_type(cls, arg)
}

fn set_init(me: &Obj, args: &[Obj], kwnames: &[Obj]) -> PyResult<()> {
    if !kwnames.is_empty() {
        return Err(type_error("set() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return Err(type_error(format!(
            "set expected at most 1 argument, got {}",
            args.len()
        )));
    }
    set::clear(me)?;
    if let Some(x) = args.first() {
        update_internal(me, x)?;
    }
    Ok(())
}

/// The builtin base (set or frozenset) of `o`'s type.
fn base_type(o: &Obj) -> Obj {
    if is_frozen(o) {
        frozenset_type()
    } else {
        set_type()
    }
}

fn copy(o: &Obj) -> PyResult<Obj> {
    new_of_type(&base_type(o), Some(o))
}

fn binop(a: &Obj, b: &Obj, f: fn(&Obj, &Obj) -> PyResult<Obj>) -> PyResult<Obj> {
    if !is_any_set(a) || !is_any_set(b) {
        return Ok(rt::not_implemented());
    }
    f(a, b)
}

fn union1(a: &Obj, b: &Obj) -> PyResult<Obj> {
    let r = copy(a)?;
    if !a.is(b) {
        update_internal(&r, b)?;
    }
    Ok(r)
}

/// CPython's `set_intersection`.
fn intersection(a: &Obj, b: &Obj) -> PyResult<Obj> {
    if a.is(b) {
        return copy(a);
    }
    let result = alloc_empty(&base_type(a));
    if is_any_set(b) {
        let (big, small) = if len(b) > len(a) { (b, a) } else { (a, b) };
        for (h, k) in entries(small) {
            if set::lookup(big, &k, h)?.is_some() {
                set::add_entry(&result, k, h)?;
            }
        }
        return Ok(result);
    }
    let it = protocol::iter(b)?;
    while let Some(x) = protocol::next(&it)? {
        let h = protocol::hash(&x)?;
        if set::lookup(a, &x, h)?.is_some() {
            set::add_entry(&result, x, h)?;
        }
    }
    Ok(result)
}

/// CPython's `set_difference`.
fn difference(a: &Obj, b: &Obj) -> PyResult<Obj> {
    let other_size = if is_any_set(b) {
        Some(len(b))
    } else if b.ty().is(&rt::ty(|t| &t.dict)) {
        Some(crate::types::dict::len(b))
    } else {
        None
    };
    match other_size {
        Some(n) if (len(a) >> 2) <= n => {
            let result = alloc_empty(&base_type(a));
            for (h, k) in entries(a) {
                let present = if is_any_set(b) {
                    set::lookup(b, &k, h)?.is_some()
                } else {
                    crate::types::dict::get_item(b, &k)?.is_some()
                };
                if !present {
                    set::add_entry(&result, k, h)?;
                }
            }
            Ok(result)
        }
        _ => {
            let result = copy(a)?;
            difference_update_internal(&result, b)?;
            Ok(result)
        }
    }
}

fn symmetric_difference(a: &Obj, b: &Obj) -> PyResult<Obj> {
    let result = new_of_type(&base_type(a), Some(b))?;
    symmetric_difference_update(&result, a)?;
    Ok(result)
}

fn ior(a: &Obj, b: &Obj) -> PyResult<Obj> {
    if !is_any_set(b) {
        return Ok(rt::not_implemented());
    }
    update_internal(a, b)?;
    Ok(a.clone())
}

fn iand(a: &Obj, b: &Obj) -> PyResult<Obj> {
    if !is_any_set(b) {
        return Ok(rt::not_implemented());
    }
    let tmp = intersection(a, b)?;
    set::swap_bodies(a, &tmp)?;
    Ok(a.clone())
}

fn isub(a: &Obj, b: &Obj) -> PyResult<Obj> {
    if !is_any_set(b) {
        return Ok(rt::not_implemented());
    }
    difference_update_internal(a, b)?;
    Ok(a.clone())
}

fn ixor(a: &Obj, b: &Obj) -> PyResult<Obj> {
    if !is_any_set(b) {
        return Ok(rt::not_implemented());
    }
    symmetric_difference_update(a, b)?;
    Ok(a.clone())
}

fn issubset(a: &Obj, b: &Obj) -> PyResult<bool> {
    if !is_any_set(b) {
        let tmp = new_of_type(&set_type(), Some(b))?;
        return issubset(a, &tmp);
    }
    if len(a) > len(b) {
        return Ok(false);
    }
    for (h, k) in entries(a) {
        if set::lookup(b, &k, h)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

fn issuperset(a: &Obj, b: &Obj) -> PyResult<bool> {
    if is_any_set(b) {
        return issubset(b, a);
    }
    let it = protocol::iter(b)?;
    while let Some(x) = protocol::next(&it)? {
        if !contains(a, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn isdisjoint(a: &Obj, b: &Obj) -> PyResult<bool> {
    if a.is(b) {
        return Ok(len(a) == 0);
    }
    if is_any_set(b) {
        let (big, small) = if len(b) > len(a) { (b, a) } else { (a, b) };
        for (h, k) in entries(small) {
            if set::lookup(big, &k, h)?.is_some() {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = protocol::iter(b)?;
    while let Some(x) = protocol::next(&it)? {
        if contains(a, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn compare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    if !is_any_set(b) {
        return Ok(rt::not_implemented());
    }
    let (la, lb) = (len(a), len(b));
    let r = match op {
        CompareOp::Eq => la == lb && issubset(a, b)?,
        CompareOp::Ne => !(la == lb && issubset(a, b)?),
        CompareOp::Le => issubset(a, b)?,
        CompareOp::Ge => issuperset(a, b)?,
        CompareOp::Lt => la < lb && issubset(a, b)?,
        CompareOp::Gt => la > lb && issuperset(a, b)?,
    };
    Ok(rt::bool_obj(r))
}

fn repr(o: &Obj) -> PyResult<Obj> {
    let name = protocol::type_name(o);
    let items = set::items(o);
    if items.is_empty() {
        return Ok(new_str(&format!("{name}()")));
    }
    let Some(_guard) = protocol::ReprGuard::enter(o) else {
        return Ok(new_str(&format!("{name}(...)")));
    };
    let parts = items
        .iter()
        .map(protocol::repr_string)
        .collect::<PyResult<Vec<_>>>()?;
    let body = format!("{{{}}}", parts.join(", "));
    Ok(new_str(&if o.ty().is(&set_type()) {
        body
    } else {
        format!("{name}({body})")
    }))
}

fn others<'a>(name: &str, args: &'a [Obj], kwnames: &[Obj]) -> PyResult<(&'a Obj, &'a [Obj])> {
    crate::args::no_kw(name, kwnames)?;
    args.split_first()
        .ok_or_else(|| type_error(format!("descriptor '{name}' needs an argument")))
}

fn common_methods(t: &Obj) {
    add_method(t, "copy", |a, k| {
        let me = no_args("copy", a, k)?;
        if me.ty().is(&frozenset_type()) {
            return Ok(me.clone());
        }
        copy(me)
    });
    add_method(t, "union", |a, k| {
        let (me, rest) = others("union", a, k)?;
        let r = copy(me)?;
        for o in rest {
            update_internal(&r, o)?;
        }
        Ok(r)
    });
    add_method(t, "intersection", |a, k| {
        let (me, rest) = others("intersection", a, k)?;
        let mut r = copy(me)?;
        for o in rest {
            r = intersection(&r, o)?;
        }
        Ok(r)
    });
    add_method(t, "difference", |a, k| {
        let (me, rest) = others("difference", a, k)?;
        let Some((first, more)) = rest.split_first() else {
            return copy(me);
        };
        let r = difference(me, first)?;
        for o in more {
            difference_update_internal(&r, o)?;
        }
        Ok(r)
    });
    add_method(t, "symmetric_difference", |a, k| {
        let (me, o) = one_arg("symmetric_difference", a, k)?;
        symmetric_difference(me, o)
    });
    add_method(t, "issubset", |a, k| {
        let (me, o) = one_arg("issubset", a, k)?;
        Ok(rt::bool_obj(issubset(me, o)?))
    });
    add_method(t, "issuperset", |a, k| {
        let (me, o) = one_arg("issuperset", a, k)?;
        Ok(rt::bool_obj(issuperset(me, o)?))
    });
    add_method(t, "isdisjoint", |a, k| {
        let (me, o) = one_arg("isdisjoint", a, k)?;
        Ok(rt::bool_obj(isdisjoint(me, o)?))
    });
    add_method(t, "__contains__", |a, k| {
        let (me, o) = one_arg("__contains__", a, k)?;
        Ok(rt::bool_obj(contains(me, o)?))
    });
    add_method(t, "__len__", |a, k| {
        let me = no_args("__len__", a, k)?;
        Ok(crate::types::int::from_i64(len(me) as i64))
    });
    add_method(t, "__iter__", |a, k| {
        let me = no_args("__iter__", a, k)?;
        Ok(set::set_iter(me))
    });
}

fn frozen_methods(t: &Obj) {
    common_methods(t);
}

fn set_methods(t: &Obj) {
    common_methods(t);
    add_method(t, "add", |a, k| {
        let (me, x) = one_arg("set.add", a, k)?;
        add(me, x.clone())?;
        Ok(rt::none())
    });
    add_method(t, "discard", |a, k| {
        let (me, x) = one_arg("set.discard", a, k)?;
        discard(me, x)?;
        Ok(rt::none())
    });
    add_method(t, "remove", |a, k| {
        let (me, x) = one_arg("set.remove", a, k)?;
        if discard(me, x)? {
            Ok(rt::none())
        } else {
            Err(key_error(x.clone()))
        }
    });
    add_method(t, "pop", |a, k| {
        let me = no_args("set.pop", a, k)?;
        set::pop(me)?.ok_or_else(|| PyErr::new(Exc::KeyError, "pop from an empty set"))
    });
    add_method(t, "clear", |a, k| {
        set::clear(no_args("set.clear", a, k)?)?;
        Ok(rt::none())
    });
    add_method(t, "update", |a, k| {
        let (me, rest) = others("set.update", a, k)?;
        for o in rest {
            update_internal(me, o)?;
        }
        Ok(rt::none())
    });
    add_method(t, "intersection_update", |a, k| {
        let (me, rest) = others("intersection_update", a, k)?;
        let mut r = copy(me)?;
        for o in rest {
            r = intersection(&r, o)?;
        }
        set::swap_bodies(me, &r)?;
        Ok(rt::none())
    });
    add_method(t, "difference_update", |a, k| {
        let (me, rest) = others("difference_update", a, k)?;
        for o in rest {
            difference_update_internal(me, o)?;
        }
        Ok(rt::none())
    });
    add_method(t, "symmetric_difference_update", |a, k| {
        let (me, o) = one_arg("symmetric_difference_update", a, k)?;
        symmetric_difference_update(me, o)?;
        Ok(rt::none())
    });
    add_method(t, "__init__", |a, k| {
        let Some((me, rest)) = a.split_first() else {
            return Err(type_error(
                "descriptor '__init__' of 'set' object needs an argument",
            ));
        };
        set_init(me, rest, k)?;
        Ok(rt::none())
    });
}
