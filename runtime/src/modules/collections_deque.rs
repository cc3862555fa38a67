//! `collections.deque` in Rust (the `_collections` module, imported by our
//! pylib `collections`): a ring buffer (`VecDeque`) so both ends are O(1).
//!
//! Every mutation bumps the deque's `state` counter, as CPython's does;
//! iterators and the searching methods compare it to detect a deque
//! mutated under them ("deque mutated during iteration").

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use crate::args::{exactly, no_args, one_arg, range_args, ssize};
use crate::error::{PyErr, PyResult, index_error, runtime_error, type_error, value_error};
use crate::object::{Obj, alloc};
use crate::protocol;
use crate::rt;
use crate::types::function::add_method;
use crate::types::str::new_str;
use crate::types::typeobj::{BinOp, CompareOp, TypeData};
use crate::types::{int, list};

/// The payload of a deque.
pub struct DequeData {
    items: RefCell<VecDeque<Obj>>,
    maxlen: Cell<Option<usize>>,
    state: Cell<u64>,
}

/// The payload of a deque iterator (forward or reversed).
struct DequeIter {
    deque: Obj,
    /// Items already produced.
    pos: Cell<usize>,
    state: u64,
    reversed: bool,
}

thread_local! {
    static DEQUE: Obj = deque_type();
    static ITER: Obj = iter_type("_collections._deque_iterator");
    static REVITER: Obj = iter_type("_collections._deque_reverse_iterator");
}

/// Creates the `_collections` module.
pub fn new_module() -> Obj {
    let m = crate::types::module::new_module("_collections");
    super::set(&m, "deque", DEQUE.with(Obj::clone));
    m
}

fn deque_type() -> Obj {
    let t = TypeData::new::<DequeData>("deque").with_methods(methods);
    t.unhashable.set(true);
    t.slots.new.set(Some(|cls, _a, _k| {
        let o = alloc(
            cls.clone(),
            DequeData {
                items: RefCell::new(VecDeque::new()),
                maxlen: Cell::new(None),
                state: Cell::new(0),
            },
        );
        if crate::types::typeobj_ops::with_data(cls, |d| d.instance_dict) {
            o.set_dict(Some(crate::types::dict::new_dict()));
        }
        Ok(o)
    }));
    t.slots.init.set(Some(init));
    t.slots.traverse.set(Some(|o, f| {
        if let Some(d) = o.downcast::<DequeData>()
            && let Ok(v) = d.items.try_borrow()
        {
            v.iter().for_each(&mut *f);
        }
    }));
    t.slots.clear.set(Some(|o| {
        if let Some(d) = o.downcast::<DequeData>()
            && let Ok(mut v) = d.items.try_borrow_mut()
        {
            let old = std::mem::take(&mut *v);
            drop(v);
            drop(old);
        }
    }));
    t.slots.len.set(Some(|o| Ok(data(o)?.items.borrow().len())));
    t.slots.iter.set(Some(|o| new_iter(o, false)));
    t.slots.repr.set(Some(repr));
    t.slots.compare.set(Some(compare));
    t.slots
        .contains
        .set(Some(|o, x| Ok(find(o, x, 0, usize::MAX)?.is_some())));
    t.slots.getitem.set(Some(getitem));
    t.slots.setitem.set(Some(setitem));
    t.slots.binary[BinOp::Add as usize].set(Some(concat));
    t.slots.binary[BinOp::Mul as usize].set(Some(|a, b| {
        let (d, n) = if data(a).is_ok() { (a, b) } else { (b, a) };
        let Some(n) = crate::types::sequence::index_exact(n)? else {
            return Ok(rt::not_implemented());
        };
        let copy = copy(d)?;
        repeat(&copy, n)?;
        Ok(copy)
    }));
    t.slots.inplace[BinOp::Add as usize].set(Some(|a, b| {
        extend(a, b)?;
        Ok(a.clone())
    }));
    t.slots.inplace[BinOp::Mul as usize].set(Some(|a, b| {
        let Some(n) = crate::types::sequence::index_exact(b)? else {
            return Ok(rt::not_implemented());
        };
        repeat(a, n)?;
        Ok(a.clone())
    }));
    let ty = crate::types::class::new_builtin_type(t);
    ty.make_immortal();
    crate::types::typeobj_ops::set_type_attr(&ty, "__module__", new_str("collections"));
    crate::types::descr::add_getter(&ty, "maxlen", |o| {
        Ok(match data(o)?.maxlen.get() {
            Some(m) => int::from_i64(m as i64),
            None => rt::none(),
        })
    });
    crate::types::descr::add_classmethod(&ty, "__class_getitem__", |a, k| {
        let a = exactly("__class_getitem__", a, k, 2)?;
        let types = crate::import::import_module("types")?;
        let alias = protocol::getattr_str(&types, "GenericAlias")?;
        protocol::call(&alias, &[a[0].clone(), a[1].clone()], &[])
    });
    ty
}

fn methods(t: &Obj) {
    add_method(t, "append", |a, k| {
        let (me, x) = one_arg("deque.append", a, k)?;
        push(me, x.clone(), false)?;
        Ok(rt::none())
    });
    add_method(t, "appendleft", |a, k| {
        let (me, x) = one_arg("deque.appendleft", a, k)?;
        push(me, x.clone(), true)?;
        Ok(rt::none())
    });
    add_method(t, "extend", |a, k| {
        let (me, x) = one_arg("deque.extend", a, k)?;
        extend(me, x)?;
        Ok(rt::none())
    });
    add_method(t, "extendleft", |a, k| {
        let (me, x) = one_arg("deque.extendleft", a, k)?;
        for v in items_of(me, x)? {
            push(me, v, true)?;
        }
        Ok(rt::none())
    });
    add_method(t, "pop", |a, k| pop(no_args("deque.pop", a, k)?, false));
    add_method(t, "popleft", |a, k| {
        pop(no_args("deque.popleft", a, k)?, true)
    });
    add_method(t, "clear", |a, k| {
        let me = no_args("deque.clear", a, k)?;
        let d = data(me)?;
        let old = std::mem::take(&mut *d.items.borrow_mut());
        bump(d);
        drop(old);
        Ok(rt::none())
    });
    add_method(t, "copy", |a, k| copy(no_args("deque.copy", a, k)?));
    add_method(t, "__copy__", |a, k| copy(no_args("deque.__copy__", a, k)?));
    add_method(t, "count", |a, k| {
        let (me, x) = one_arg("deque.count", a, k)?;
        let d = data(me)?;
        let (state, snapshot) = (d.state.get(), snapshot(me)?);
        let mut n = 0;
        for v in &snapshot {
            if protocol::eq(v, x)? {
                n += 1;
            }
            if d.state.get() != state {
                return Err(mutated());
            }
        }
        Ok(int::from_i64(n))
    });
    add_method(t, "index", |a, k| {
        let (me, rest) = range_args("deque.index", "index", a, k, 1, 3)?;
        let len = data(me)?.items.borrow().len();
        let (start, stop) = crate::types::sequence::start_stop(&rest[1..], len)?;
        match find(me, &rest[0], start, stop)? {
            Some(i) => Ok(int::from_i64(i as i64)),
            None => Err(value_error(format!(
                "{} is not in deque",
                protocol::repr_string(&rest[0])?
            ))),
        }
    });
    add_method(t, "insert", |a, k| {
        let (me, rest) = range_args("deque.insert", "insert", a, k, 2, 2)?;
        let d = data(me)?;
        let len = d.items.borrow().len();
        if d.maxlen.get().is_some_and(|m| len >= m) {
            return Err(index_error("deque already at its maximum size"));
        }
        let i = ssize(&rest[0])?;
        let i = if i < 0 {
            (i + len as i64).max(0) as usize
        } else {
            (i as usize).min(len)
        };
        d.items.borrow_mut().insert(i, rest[1].clone());
        bump(d);
        Ok(rt::none())
    });
    add_method(t, "remove", |a, k| {
        let (me, x) = one_arg("deque.remove", a, k)?;
        match find(me, x, 0, usize::MAX)? {
            Some(i) => {
                let d = data(me)?;
                let old = d.items.borrow_mut().remove(i);
                bump(d);
                drop(old);
                Ok(rt::none())
            }
            None => Err(value_error(format!(
                "{} is not in deque",
                protocol::repr_string(x)?
            ))),
        }
    });
    add_method(t, "reverse", |a, k| {
        let d = data(no_args("deque.reverse", a, k)?)?;
        d.items.borrow_mut().make_contiguous().reverse();
        bump(d);
        Ok(rt::none())
    });
    add_method(t, "rotate", |a, k| {
        let (me, rest) = range_args("deque.rotate", "deque.rotate", a, k, 0, 1)?;
        let n = match rest.first() {
            Some(n) => ssize(n)?,
            None => 1,
        };
        let d = data(me)?;
        let mut v = d.items.borrow_mut();
        let len = v.len() as i64;
        if len > 1 {
            let n = n.rem_euclid(len) as usize;
            v.rotate_right(n);
        }
        drop(v);
        bump(d);
        Ok(rt::none())
    });
    add_method(t, "__reversed__", |a, k| {
        new_iter(no_args("deque.__reversed__", a, k)?, true)
    });
    add_method(t, "__reduce__", |a, k| {
        // CPython's: (type, (), state, iterator) or (type, ((), maxlen), ...).
        use crate::types::tuple::new_tuple;
        let me = no_args("deque.__reduce__", a, k)?;
        let args = match data(me)?.maxlen.get() {
            Some(m) => new_tuple(vec![new_tuple(vec![]), int::from_i64(m as i64)]),
            None => new_tuple(vec![]),
        };
        let state = me.dict().unwrap_or_else(rt::none);
        Ok(new_tuple(vec![me.ty(), args, state, new_iter(me, false)?]))
    });
}

fn data(o: &Obj) -> PyResult<&DequeData> {
    o.downcast::<DequeData>().ok_or_else(|| {
        type_error(format!(
            "descriptor requires a 'collections.deque' object but received a '{}'",
            protocol::type_name(o)
        ))
    })
}

fn bump(d: &DequeData) {
    d.state.set(d.state.get().wrapping_add(1));
}

fn mutated() -> PyErr {
    runtime_error("deque mutated during iteration")
}

fn snapshot(o: &Obj) -> PyResult<Vec<Obj>> {
    Ok(data(o)?.items.borrow().iter().cloned().collect())
}

/// `deque(iterable=(), maxlen=None)`: clears the deque, then extends it.
fn init(o: &Obj, args: &[Obj], kwnames: &[Obj]) -> PyResult<()> {
    const SIG: crate::args::Sig = crate::args::Sig::clinic("deque", &["iterable", "maxlen"], 0);
    let a = SIG.bind(args, kwnames)?;
    let maxlen = match &a[1] {
        Some(m) if !rt::is_none(m) => {
            let Some(v) = int::value(m) else {
                return Err(type_error("an integer is required"));
            };
            let v = num_traits::ToPrimitive::to_i64(&v).ok_or_else(|| {
                crate::error::overflow_error("Python int too large to convert to C ssize_t")
            })?;
            if v < 0 {
                return Err(value_error("maxlen must be non-negative"));
            }
            Some(v as usize)
        }
        _ => None,
    };
    let d = data(o)?;
    d.maxlen.set(maxlen);
    if !d.items.borrow().is_empty() {
        let old = std::mem::take(&mut *d.items.borrow_mut());
        bump(d);
        drop(old);
    }
    if let Some(it) = &a[0] {
        extend(o, it)?;
    }
    Ok(())
}

/// The items of `x`, read fully first when `x` is the deque itself.
fn items_of(me: &Obj, x: &Obj) -> PyResult<Vec<Obj>> {
    if me.is(x) {
        return snapshot(me);
    }
    let it = protocol::iter(x)?;
    let mut out = Vec::new();
    while let Some(v) = protocol::next(&it)? {
        out.push(v);
    }
    Ok(out)
}

fn extend(me: &Obj, x: &Obj) -> PyResult<()> {
    if me.is(x) {
        for v in snapshot(me)? {
            push(me, v, false)?;
        }
        return Ok(());
    }
    let it = protocol::iter(x)?;
    while let Some(v) = protocol::next(&it)? {
        push(me, v, false)?;
    }
    Ok(())
}

/// Appends at one end, dropping from the other beyond `maxlen`.
fn push(me: &Obj, v: Obj, left: bool) -> PyResult<()> {
    let d = data(me)?;
    let dropped = {
        let mut items = d.items.borrow_mut();
        if d.maxlen.get() == Some(0) {
            Some(v)
        } else {
            if left {
                items.push_front(v);
            } else {
                items.push_back(v);
            }
            match d.maxlen.get() {
                Some(m) if items.len() > m => {
                    if left {
                        items.pop_back()
                    } else {
                        items.pop_front()
                    }
                }
                _ => None,
            }
        }
    };
    bump(d);
    drop(dropped);
    Ok(())
}

fn pop(me: &Obj, left: bool) -> PyResult<Obj> {
    let d = data(me)?;
    let v = {
        let mut items = d.items.borrow_mut();
        if left {
            items.pop_front()
        } else {
            items.pop_back()
        }
    };
    bump(d);
    v.ok_or_else(|| index_error("pop from an empty deque"))
}

/// The index of the first item equal to `x` in `start..stop`.
fn find(me: &Obj, x: &Obj, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let d = data(me)?;
    let state = d.state.get();
    let mut i = start;
    loop {
        let item = {
            let items = d.items.borrow();
            if i >= stop.min(items.len()) {
                return Ok(None);
            }
            items[i].clone()
        };
        let equal = protocol::eq(&item, x)?;
        if d.state.get() != state {
            return Err(mutated());
        }
        if equal {
            return Ok(Some(i));
        }
        i += 1;
    }
}

/// A new deque of the same type and maxlen (CPython's `deque_copy`).
fn copy(me: &Obj) -> PyResult<Obj> {
    let d = data(me)?;
    let ty = me.ty();
    let maxlen = match d.maxlen.get() {
        Some(m) => int::from_i64(m as i64),
        None => rt::none(),
    };
    if ty.is(&DEQUE.with(Obj::clone)) {
        let items = list::new_list(snapshot(me)?);
        return protocol::call(&ty, &[items, maxlen], &[]);
    }
    let args = match d.maxlen.get() {
        Some(_) => vec![me.clone(), maxlen],
        None => vec![me.clone()],
    };
    protocol::call(&ty, &args, &[])
}

fn repeat(me: &Obj, n: i64) -> PyResult<()> {
    let d = data(me)?;
    let items = snapshot(me)?;
    if n <= 0 || items.is_empty() {
        let old = std::mem::take(&mut *d.items.borrow_mut());
        bump(d);
        drop(old);
        return Ok(());
    }
    let total = crate::types::sequence::check_repeat_size(items.len(), n)?;
    let keep = d.maxlen.get().map_or(total, |m| m.min(total));
    // The last `keep` items of the repetition.
    let mut out = VecDeque::with_capacity(keep);
    for i in total - keep..total {
        out.push_back(items[i % items.len()].clone());
    }
    let old = std::mem::replace(&mut *d.items.borrow_mut(), out);
    bump(d);
    drop(old);
    Ok(())
}

fn concat(a: &Obj, b: &Obj) -> PyResult<Obj> {
    if data(a).is_err() {
        return Ok(rt::not_implemented());
    }
    if data(b).is_err() {
        return Err(type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            protocol::type_name(b)
        )));
    }
    let out = copy(a)?;
    extend(&out, b)?;
    Ok(out)
}

fn repr(o: &Obj) -> PyResult<Obj> {
    let Some(_guard) = protocol::ReprGuard::enter(o) else {
        return Ok(new_str("[...]"));
    };
    let items = list::new_list(snapshot(o)?);
    let items = protocol::repr_string(&items)?;
    let name = protocol::type_name(o);
    Ok(new_str(&match data(o)?.maxlen.get() {
        Some(m) => format!("{name}({items}, maxlen={m})"),
        None => format!("{name}({items})"),
    }))
}

/// Comparisons are those of the items as lists.
fn compare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    if data(a).is_err() || data(b).is_err() {
        return Ok(rt::not_implemented());
    }
    let (x, y) = (list::new_list(snapshot(a)?), list::new_list(snapshot(b)?));
    protocol::rich_compare(&x, &y, op)
}

/// The index of `k` in a deque of `len` items.
fn index(k: &Obj, len: usize) -> PyResult<usize> {
    let Some(i) = crate::types::sequence::index_exact(k)? else {
        return Err(type_error(format!(
            "sequence index must be integer, not '{}'",
            protocol::type_name(k)
        )));
    };
    let i = if i < 0 { i + len as i64 } else { i };
    if i < 0 || i >= len as i64 {
        return Err(index_error("deque index out of range"));
    }
    Ok(i as usize)
}

fn getitem(o: &Obj, k: &Obj) -> PyResult<Obj> {
    let d = data(o)?;
    let len = d.items.borrow().len();
    let i = index(k, len)?;
    Ok(d.items.borrow()[i].clone())
}

fn setitem(o: &Obj, k: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let d = data(o)?;
    let len = d.items.borrow().len();
    let i = index(k, len)?;
    let old = match v {
        Some(v) => std::mem::replace(&mut d.items.borrow_mut()[i], v.clone()),
        None => {
            let old = d.items.borrow_mut().remove(i);
            bump(d);
            match old {
                Some(o) => o,
                None => return Ok(()),
            }
        }
    };
    drop(old);
    Ok(())
}

fn iter_type(name: &str) -> Obj {
    let t = TypeData::new::<DequeIter>(name).final_type();
    t.slots.iter.set(Some(|o| Ok(o.clone())));
    t.slots.next.set(Some(iter_next));
    t.slots.traverse.set(Some(|o, f| {
        if let Some(it) = o.downcast::<DequeIter>() {
            f(&it.deque);
        }
    }));
    let ty = crate::types::class::new_builtin_type(t);
    ty.make_immortal();
    ty
}

fn new_iter(o: &Obj, reversed: bool) -> PyResult<Obj> {
    let d = data(o)?;
    let ty = if reversed {
        REVITER.with(Obj::clone)
    } else {
        ITER.with(Obj::clone)
    };
    Ok(alloc(
        ty,
        DequeIter {
            deque: o.clone(),
            pos: Cell::new(0),
            state: d.state.get(),
            reversed,
        },
    ))
}

fn iter_next(o: &Obj) -> PyResult<Option<Obj>> {
    let Some(it) = o.downcast::<DequeIter>() else {
        return Ok(None);
    };
    let d = data(&it.deque)?;
    if d.state.get() != it.state {
        return Err(mutated());
    }
    let items = d.items.borrow();
    let pos = it.pos.get();
    if pos >= items.len() {
        return Ok(None);
    }
    it.pos.set(pos + 1);
    let i = if it.reversed {
        items.len() - 1 - pos
    } else {
        pos
    };
    Ok(Some(items[i].clone()))
}
