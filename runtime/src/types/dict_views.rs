//! `dict_keys`, `dict_values`, `dict_items` (live views of a dict, with
//! the set operations CPython gives keys and items views) and the dict
//! iterators, which raise "dictionary changed size during iteration".

use std::cell::{Cell, RefCell};

use crate::error::{PyResult, runtime_error, type_error};
use crate::object::{Obj, alloc};
use crate::protocol;
use crate::rt;
use crate::types::dict;
use crate::types::set;
use crate::types::str::new_str;
use crate::types::tuple::{self, new_tuple};
use crate::types::typeobj::{BinOp, CompareOp, TypeData};

/// What a view or iterator yields.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    /// The keys.
    Keys,
    /// The values.
    Values,
    /// `(key, value)` tuples.
    Items,
}

/// The payload of a view.
pub struct DictView {
    dict: Obj,
    kind: ViewKind,
}

/// The payload of a dict iterator.
pub struct DictIter {
    dict: RefCell<Option<Obj>>,
    kind: ViewKind,
    reversed: bool,
    /// The next position in the entry vector (counting down when
    /// reversed, as `pos + 1`).
    pos: Cell<usize>,
    /// The dict's size when iteration started (`None` once the size
    /// changed: the error is sticky).
    used: Cell<Option<usize>>,
}

fn view_type_data(name: &str, kind: ViewKind) -> TypeData {
    let t = TypeData::new::<DictView>(name)
        .final_type()
        .with_methods(view_methods);
    t.slots.len.set(Some(|o| Ok(dict::len(&view(o)?.dict))));
    t.slots.iter.set(Some(|o| {
        let v = view(o)?;
        Ok(dict_iter(&v.dict, v.kind, false))
    }));
    t.slots.repr.set(Some(view_repr));
    t.slots.contains.set(Some(view_contains));
    if kind != ViewKind::Values {
        t.slots.compare.set(Some(view_compare));
        for (op, f) in [
            (BinOp::And, view_and as fn(&Obj, &Obj) -> PyResult<Obj>),
            (BinOp::Or, view_or),
            (BinOp::Sub, view_sub),
            (BinOp::Xor, view_xor),
        ] {
            t.slots.binary[op as usize].set(Some(f));
        }
        t.unhashable.set(true);
    }
    t
}

fn iter_type_data(name: &str) -> TypeData {
    let t = TypeData::new::<DictIter>(name).final_type();
    t.slots.iter.set(Some(|o| Ok(o.clone())));
    t.slots.next.set(Some(iter_next));
    t
}

fn builtin(t: TypeData) -> Obj {
    let ty = crate::types::class::new_builtin_type(t);
    ty.make_immortal();
    ty
}

thread_local! {
    static KEYS: Obj = builtin(view_type_data("dict_keys", ViewKind::Keys));
    static VALUES: Obj = builtin(view_type_data("dict_values", ViewKind::Values));
    static ITEMS: Obj = builtin(view_type_data("dict_items", ViewKind::Items));
    static ITERS: [Obj; 6] = [
        builtin(iter_type_data("dict_keyiterator")),
        builtin(iter_type_data("dict_valueiterator")),
        builtin(iter_type_data("dict_itemiterator")),
        builtin(iter_type_data("dict_reversekeyiterator")),
        builtin(iter_type_data("dict_reversevalueiterator")),
        builtin(iter_type_data("dict_reverseitemiterator")),
    ];
}

/// A view of `d`.
pub fn new_view(d: &Obj, kind: ViewKind) -> Obj {
    let ty = match kind {
        ViewKind::Keys => KEYS.with(Obj::clone),
        ViewKind::Values => VALUES.with(Obj::clone),
        ViewKind::Items => ITEMS.with(Obj::clone),
    };
    alloc(
        ty,
        DictView {
            dict: d.clone(),
            kind,
        },
    )
}

/// An iterator over `d`.
pub fn dict_iter(d: &Obj, kind: ViewKind, reversed: bool) -> Obj {
    let i = kind as usize + if reversed { 3 } else { 0 };
    let ty = ITERS.with(|t| t[i].clone());
    alloc(
        ty,
        DictIter {
            dict: RefCell::new(Some(d.clone())),
            kind,
            reversed,
            pos: Cell::new(if reversed { dict::entries_len(d) } else { 0 }),
            used: Cell::new(Some(dict::len(d))),
        },
    )
}

fn view(o: &Obj) -> PyResult<&DictView> {
    o.downcast::<DictView>()
        .ok_or_else(|| type_error("expected a dict view"))
}

fn iter_next(o: &Obj) -> PyResult<Option<Obj>> {
    let Some(it) = o.downcast::<DictIter>() else {
        return Ok(None);
    };
    let Some(d) = it.dict.borrow().clone() else {
        return Ok(None);
    };
    if it.used.get() != Some(dict::len(&d)) {
        it.used.set(None);
        return Err(runtime_error("dictionary changed size during iteration"));
    }
    loop {
        let pos = it.pos.get();
        let entry = if it.reversed {
            if pos == 0 {
                None
            } else {
                it.pos.set(pos - 1);
                Some(dict::entry_at(&d, pos - 1))
            }
        } else if pos < dict::entries_len(&d) {
            it.pos.set(pos + 1);
            Some(dict::entry_at(&d, pos))
        } else {
            None
        };
        match entry {
            None => {
                *it.dict.borrow_mut() = None;
                return Ok(None);
            }
            Some(None) => continue,
            Some(Some((k, v))) => {
                return Ok(Some(match it.kind {
                    ViewKind::Keys => k,
                    ViewKind::Values => v,
                    ViewKind::Items => new_tuple(vec![k, v]),
                }));
            }
        }
    }
}

fn view_methods(t: &Obj) {
    use crate::args::{no_args, one_arg};
    use crate::types::function::add_method;
    add_method(t, "__reversed__", |a, k| {
        let me = no_args("__reversed__", a, k)?;
        let v = view(me)?;
        Ok(dict_iter(&v.dict, v.kind, true))
    });
    add_method(t, "isdisjoint", |a, k| {
        let (me, other) = one_arg("isdisjoint", a, k)?;
        let it = protocol::iter(other)?;
        while let Some(x) = protocol::next(&it)? {
            if view_contains(me, &x)? {
                return Ok(rt::bool_obj(false));
            }
        }
        Ok(rt::bool_obj(true))
    });
    add_method(t, "__len__", |a, k| {
        let me = no_args("__len__", a, k)?;
        Ok(crate::types::int::from_i64(
            dict::len(&view(me)?.dict) as i64
        ))
    });
}

fn view_repr(o: &Obj) -> PyResult<Obj> {
    let name = protocol::type_name(o);
    let Some(_guard) = protocol::ReprGuard::enter(o) else {
        return Ok(new_str("..."));
    };
    let items = protocol::collect(o)?;
    let parts = items
        .iter()
        .map(protocol::repr_string)
        .collect::<PyResult<Vec<_>>>()?;
    Ok(new_str(&format!("{name}([{}])", parts.join(", "))))
}

fn view_contains(o: &Obj, x: &Obj) -> PyResult<bool> {
    let v = view(o)?;
    match v.kind {
        ViewKind::Keys => Ok(dict::get_item(&v.dict, x)?.is_some()),
        ViewKind::Items => {
            let t = tuple::items(x);
            if !tuple::is_tuple(x) || t.len() != 2 {
                return Ok(false);
            }
            match dict::get_item(&v.dict, &t[0])? {
                Some(found) => Ok(found.is(&t[1]) || protocol::eq(&found, &t[1])?),
                None => Ok(false),
            }
        }
        ViewKind::Values => {
            for (_, val) in dict::items(&v.dict) {
                if val.is(x) || protocol::eq(&val, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn is_set_like(o: &Obj) -> bool {
    set::is_any_set(o)
        || o.downcast::<DictView>()
            .is_some_and(|v| v.kind != ViewKind::Values)
}

/// Keys and items views compare like sets with sets and other views.
fn view_compare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    if !is_set_like(b) {
        return Ok(rt::not_implemented());
    }
    let (la, lb) = (protocol::len(a)?, protocol::len(b)?);
    let contained = |x: &Obj, y: &Obj| -> PyResult<bool> {
        let it = protocol::iter(x)?;
        while let Some(item) = protocol::next(&it)? {
            if !protocol::contains(y, &item)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    let r = match op {
        CompareOp::Eq | CompareOp::Ne => {
            let eq = la == lb && contained(a, b)?;
            eq == (op == CompareOp::Eq)
        }
        CompareOp::Lt => la < lb && contained(a, b)?,
        CompareOp::Le => la <= lb && contained(a, b)?,
        CompareOp::Gt => la > lb && contained(b, a)?,
        CompareOp::Ge => la >= lb && contained(b, a)?,
    };
    Ok(rt::bool_obj(r))
}

fn view_and(a: &Obj, b: &Obj) -> PyResult<Obj> {
    // CPython iterates the other operand and keeps what the view holds.
    let (me, other) = if a.downcast::<DictView>().is_some() {
        (a, b)
    } else {
        (b, a)
    };
    let out = set::new_set_from(None)?;
    let it = protocol::iter(other)?;
    while let Some(x) = protocol::next(&it)? {
        if view_contains(me, &x)? {
            set::add(&out, x)?;
        }
    }
    Ok(out)
}

fn view_or(a: &Obj, b: &Obj) -> PyResult<Obj> {
    let out = set::new_set_from(Some(a))?;
    set::update_internal(&out, b)?;
    Ok(out)
}

fn view_sub(a: &Obj, b: &Obj) -> PyResult<Obj> {
    let out = set::new_set_from(Some(a))?;
    set::difference_update_internal(&out, b)?;
    Ok(out)
}

fn view_xor(a: &Obj, b: &Obj) -> PyResult<Obj> {
    let out = set::new_set_from(Some(a))?;
    set::symmetric_difference_update(&out, b)?;
    Ok(out)
}
