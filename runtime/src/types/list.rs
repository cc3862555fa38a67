//! `list`.

use std::cell::RefCell;

use crate::error::{PyResult, index_error, type_error};
use crate::object::{Obj, TypeFor, alloc};
use crate::protocol;
use crate::rt;
use crate::types::typeobj::{BinOp, TypeData};

/// The payload of a list.
#[derive(Default)]
pub struct ListData(pub RefCell<Vec<Obj>>);

/// The `list` type's data.
pub fn type_data() -> TypeData {
    let t = TypeData::new::<ListData>("list").with_methods(crate::types::list_methods::init);
    t.slots.traverse.set(Some(|o, f| {
        if let Some(d) = o.downcast::<ListData>()
            && let Ok(v) = d.0.try_borrow()
        {
            v.iter().for_each(&mut *f);
        }
    }));
    t.slots.clear.set(Some(|o| {
        if let Some(d) = o.downcast::<ListData>()
            && let Ok(mut v) = d.0.try_borrow_mut()
        {
            let old = std::mem::take(&mut *v);
            drop(v);
            drop(old);
        }
    }));
    t.slots.new.set(Some(|cls, _args, _kw| {
        let o = alloc(cls.clone(), ListData::default());
        if crate::types::typeobj_ops::with_data(cls, |d| d.instance_dict) {
            o.set_dict(Some(crate::types::dict::new_dict()));
        }
        Ok(o)
    }));
    t.slots
        .init
        .set(Some(crate::types::list_methods::list_init));
    t.slots.binary[BinOp::Mul as usize].set(Some(crate::types::list_methods::mul));
    t.slots.inplace[BinOp::Add as usize].set(Some(crate::types::list_methods::iadd));
    t.slots.inplace[BinOp::Mul as usize].set(Some(crate::types::list_methods::imul));
    t.slots.len.set(Some(|o| Ok(data(o).0.borrow().len())));
    t.slots
        .bool
        .set(Some(|o| Ok(!data(o).0.borrow().is_empty())));
    t.slots.getitem.set(Some(getitem_impl));
    t.slots.setitem.set(Some(setitem_impl));
    t.slots.repr.set(Some(repr));
    // Snapshots: comparing items may run code that changes either list.
    t.slots.compare.set(Some(|a, b, op| {
        match (a.downcast::<ListData>(), b.downcast::<ListData>()) {
            (Some(x), Some(y)) => {
                let (x, y) = (x.0.borrow().clone(), y.0.borrow().clone());
                protocol::compare_sequences(&x, &y, op)
            }
            _ => Ok(rt::not_implemented()),
        }
    }));
    t.slots.contains.set(Some(|o, k| {
        let v = snapshot(o);
        for x in v.iter() {
            if x.is(k) || protocol::eq(x, k)? {
                return Ok(true);
            }
        }
        Ok(false)
    }));
    t.slots
        .iter
        .set(Some(|o| Ok(crate::types::iter::seq_iter(o.clone()))));
    t.slots.binary[BinOp::Add as usize].set(Some(|a, b| {
        match (a.downcast::<ListData>(), b.downcast::<ListData>()) {
            (Some(x), Some(y)) => {
                let mut v = x.0.borrow().clone();
                v.extend(y.0.borrow().iter().cloned());
                Ok(new_list(v))
            }
            (Some(_), None) => Err(type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                protocol::type_name(b)
            ))),
            _ => Ok(rt::not_implemented()),
        }
    }));
    t.unhashable.set(true);
    t
}

/// A new list.
pub fn new_list(items: Vec<Obj>) -> Obj {
    LIST.with(|t| t.alloc(ListData(RefCell::new(items))))
}

thread_local! {
    /// The list type, checked once: slices, comprehensions and list
    /// displays make lists all the time.
    static LIST: TypeFor<ListData> = TypeFor::new(rt::ty(|t| &t.list));
}

pub(crate) fn data(o: &Obj) -> &ListData {
    o.downcast::<ListData>()
        .expect("list operation on a non-list")
}

/// Whether `o` is a list (or subclass).
pub fn is_list(o: &Obj) -> bool {
    o.downcast::<ListData>().is_some()
}

/// A copy of the items (safe to iterate while Python code runs).
pub fn snapshot(o: &Obj) -> Vec<Obj> {
    o.downcast::<ListData>()
        .map(|d| d.0.borrow().clone())
        .unwrap_or_default()
}

/// The item at `i`, if in range (for iterators).
pub fn get(o: &Obj, i: usize) -> Option<Obj> {
    o.downcast::<ListData>()
        .and_then(|d| d.0.borrow().get(i).cloned())
}

/// Appends an item.
pub fn append(o: &Obj, v: Obj) {
    data(o).0.borrow_mut().push(v);
}

/// The number of items.
pub fn len(o: &Obj) -> usize {
    data(o).0.borrow().len()
}

#[inline]
pub(crate) fn normalize(i: i64, n: usize) -> Option<usize> {
    let n = n as i64;
    let j = if i < 0 { i + n } else { i };
    (0..n).contains(&j).then_some(j as usize)
}

/// `list[k]`.
#[inline]
pub fn getitem_impl(o: &Obj, k: &Obj) -> PyResult<Obj> {
    if let Some(i) = k.as_small()
        && let Ok(v) = data(o).0.try_borrow()
        && let Some(j) = normalize(i, v.len())
    {
        return Ok(v[j].clone());
    }
    getitem_general(o, k)
}

/// `getitem_impl` for any key, and for the errors.
#[inline(never)]
fn getitem_general(o: &Obj, k: &Obj) -> PyResult<Obj> {
    if let Some(i) = crate::types::sequence::index_exact(k)? {
        let v = data(o).0.borrow();
        return match normalize(i, v.len()) {
            Some(j) => Ok(v[j].clone()),
            None => Err(index_error("list index out of range")),
        };
    }
    // The slice's `__index__` may run Python code: the items are read
    // after it, skipping positions a shrunk list no longer has.
    if let Some((a, b, c)) = crate::types::slice::indices(k, len(o))? {
        return Ok(get_slice(o, a, b, c));
    }
    Err(type_error(format!(
        "list indices must be integers or slices, not {}",
        protocol::type_name(k)
    )))
}

/// `list[a:b:c]` of a clamped slice (`slice::indices`): a new list.
pub fn get_slice(o: &Obj, a: i64, b: i64, c: i64) -> Obj {
    let v = data(o).0.borrow();
    let items = slice_vec(&v, (a, b, c));
    drop(v);
    new_list(items)
}

/// `o[start:stop:step]` of an exact list whose parts are small ints or
/// None (`slice::small_parts`): clamped for the length and copied under
/// one borrow of the items.
pub fn get_slice_small(o: &Obj, [start, stop, step]: [Option<i64>; 3]) -> Obj {
    let v = data(o).0.borrow();
    let items = slice_vec(&v, crate::types::slice::clamp(start, stop, step, v.len()));
    drop(v);
    new_list(items)
}

/// `o[start:stop:step]` of an exact list written into `into`, an exact
/// list other than `o` that nothing but a dying destination references
/// (`pyrt_getslice`): its items are replaced, its allocation kept. The
/// vector is taken out while its old items go, so a finalizer they run
/// sees no list borrowed (and cannot reach `into`); they go before the
/// new items are taken, where a new list's store would release them
/// after, which only a finalizer could tell. False when a list is
/// borrowed; `into` is then garbage anyway.
pub fn refill_slice_small(into: &Obj, o: &Obj, [start, stop, step]: [Option<i64>; 3]) -> bool {
    let mut items = match data(into).0.try_borrow_mut() {
        Ok(mut v) => std::mem::take(&mut *v),
        Err(_) => return false,
    };
    items.clear();
    let Ok(src) = data(o).0.try_borrow() else {
        return false;
    };
    slice_items(
        &src,
        crate::types::slice::clamp(start, stop, step, src.len()),
        &mut items,
    );
    drop(src);
    match data(into).0.try_borrow_mut() {
        Ok(mut v) => {
            *v = items;
            true
        }
        Err(_) => false,
    }
}

/// The items of `v` a clamped slice selects, in a vector of their number.
fn slice_vec(v: &[Obj], (a, b, c): (i64, i64, i64)) -> Vec<Obj> {
    let mut items = Vec::with_capacity(crate::types::slice::positions(a, b, c).len());
    slice_items(v, (a, b, c), &mut items);
    items
}

/// The items of `v` a clamped slice selects, into `items` (a `Vec` for a
/// new list, a stack vector for `move_slice_small`).
#[inline]
fn slice_items<C: Extend<Obj>>(v: &[Obj], (a, b, c): (i64, i64, i64), items: &mut C) {
    match c {
        1 => {
            let (a, b) = span(a, b, v.len());
            items.extend(v.get(a..b).unwrap_or_default().iter().cloned());
        }
        // From `a` down to just above `b` (-1 at the most).
        -1 if a > b => {
            let low = usize::try_from(b + 1).unwrap_or(0);
            let high = usize::try_from(a).unwrap_or(0);
            items.extend(v.get(low..=high).unwrap_or_default().iter().rev().cloned());
        }
        // Clamped bounds select positions within the items.
        _ => {
            items.extend(crate::types::slice::positions(a, b, c).filter_map(|i| v.get(i).cloned()))
        }
    }
}

/// `list[k] = v`, `del list[k]`.
#[inline]
pub fn setitem_impl(o: &Obj, k: &Obj, value: Option<&Obj>) -> PyResult<()> {
    if let (Some(i), Some(x)) = (k.as_small(), value)
        && let Ok(mut v) = data(o).0.try_borrow_mut()
        && let Some(j) = normalize(i, v.len())
    {
        let old = std::mem::replace(&mut v[j], x.clone());
        // The old item goes once the list is no longer borrowed.
        drop(v);
        drop(old);
        return Ok(());
    }
    setitem_general(o, k, value)
}

/// `setitem_impl` for any key or a deletion, and for the errors.
#[inline(never)]
fn setitem_general(o: &Obj, k: &Obj, value: Option<&Obj>) -> PyResult<()> {
    if let Some(i) = crate::types::sequence::index_exact(k)? {
        let old = {
            let mut v = data(o).0.borrow_mut();
            let Some(j) = normalize(i, v.len()) else {
                return Err(index_error(if value.is_some() {
                    "list assignment index out of range"
                } else {
                    "list index out of range"
                }));
            };
            match value {
                Some(x) => Some(std::mem::replace(&mut v[j], x.clone())),
                None => Some(v.remove(j)),
            }
        };
        drop(old);
        return Ok(());
    }
    if let Some((a, b, c)) = crate::types::slice::indices(k, len(o))? {
        return assign_slice(o, (a, b, c), value);
    }
    Err(type_error(format!(
        "list indices must be integers or slices, not {}",
        protocol::type_name(k)
    )))
}

/// `o[start:stop:step] = value` of an exact list whose parts are small
/// ints or None (`slice::small_parts`): a tuple's or another list's items
/// go straight into place (clamped for the length under the same borrow),
/// anything else as `assign_slice` takes it.
pub fn assign_slice_small(
    o: &Obj,
    [start, stop, step]: [Option<i64>; 3],
    value: &Obj,
) -> PyResult<()> {
    let bounds = |len| {
        let (a, b, _) = crate::types::slice::clamp(start, stop, step, len);
        (a, b)
    };
    if step.unwrap_or(1) == 1 && splice_from_sequence(o, bounds, value) {
        return Ok(());
    }
    let clamped = crate::types::slice::clamp(start, stop, step, len(o));
    assign_slice(o, clamped, Some(value))
}

/// `dst[to] = src[from]` of exact lists whose parts are small ints or
/// None (`slice::small_parts`), as `get_slice_small` then
/// `assign_slice_small` with the new list do it, without making the list
/// when the assignment replaces a span of as many items (a step of 1,
/// items nothing borrows): the new items are swapped into place and the
/// old ones released once the list is no longer borrowed.
pub fn move_slice_small(
    src: &Obj,
    [start, stop, step]: [Option<i64>; 3],
    dst: &Obj,
    to: [Option<i64>; 3],
) -> PyResult<()> {
    if src.is(dst) && step == Some(-1) && reverse_in_place(dst, [start, stop], to) {
        return Ok(());
    }
    // Short slices, the common case, stay on the stack.
    let mut items: smallvec::SmallVec<[Obj; 16]> = smallvec::SmallVec::new();
    {
        let v = data(src).0.borrow();
        let clamped = crate::types::slice::clamp(start, stop, step, v.len());
        slice_items(&v, clamped, &mut items);
    }
    if to[2].unwrap_or(1) == 1
        && let Ok(mut v) = data(dst).0.try_borrow_mut()
    {
        let (a, b, _) = crate::types::slice::clamp(to[0], to[1], to[2], v.len());
        let (a, b) = span(a, b, v.len());
        if let Some(span) = v.get_mut(a..b)
            && span.len() == items.len()
        {
            for (slot, x) in span.iter_mut().zip(items.iter_mut()) {
                std::mem::swap(slot, x);
            }
            drop(v);
            // The old items, after the list's borrow.
            drop(items);
            return Ok(());
        }
    }
    assign_slice_small(dst, to, &new_list(items.into_vec()))
}

/// `list[x:y] = list[b:a:-1]` where the source is the target span
/// reversed (`perm[:k + 1] = perm[k::-1]`): the items are reversed in
/// place, which moves no reference. False, having done nothing, for any
/// other spans or when the list is borrowed.
fn reverse_in_place(o: &Obj, [start, stop]: [Option<i64>; 2], to: [Option<i64>; 3]) -> bool {
    if to[2].unwrap_or(1) != 1 {
        return false;
    }
    let Ok(mut v) = data(o).0.try_borrow_mut() else {
        return false;
    };
    let len = v.len();
    let (a, b, _) = crate::types::slice::clamp(start, stop, Some(-1), len);
    let (x, y, _) = crate::types::slice::clamp(to[0], to[1], to[2], len);
    let (x, y) = span(x, y, len);
    // From `a` down to just above `b`: positions b + 1 ..= a.
    if a <= b || usize::try_from(b + 1) != Ok(x) || usize::try_from(a + 1) != Ok(y) {
        return false;
    }
    match v.get_mut(x..y) {
        Some(items) => {
            items.reverse();
            true
        }
        None => false,
    }
}

/// `list[a:b:c] = value` (`del` for None) of a slice clamped for the
/// list's length before `value` is collected (`slice::indices`).
pub fn assign_slice(o: &Obj, (a, b, c): (i64, i64, i64), value: Option<&Obj>) -> PyResult<()> {
    if c == 1
        && let Some(x) = value
        && splice_from_sequence(o, |_| (a, b), x)
    {
        return Ok(());
    }
    let new_items = match value {
        Some(x) => Some(protocol::collect(x).map_err(|e| {
            if e.matches(rt::Exc::TypeError)
                && x.with_type(|t| t.slots.iter.get().is_none() && t.slots.getitem.get().is_none())
            {
                type_error(if c == 1 {
                    "can only assign an iterable"
                } else {
                    "must assign iterable to extended slice"
                })
            } else {
                e
            }
        })?),
        None => None,
    };
    let removed;
    {
        let mut v = data(o).0.borrow_mut();
        if c == 1 {
            // Collecting the new items may have run code that shrank
            // the list: the bounds are clamped again, as CPython's
            // list_ass_slice does.
            let (a, b) = span(a, b, v.len());
            let mut items = new_items.unwrap_or_default();
            removed = if items.len() == b - a {
                // As many new items as old ones: swapped in place,
                // nothing moves, and the old ones leave in the new
                // ones' vector (no second one).
                for (slot, x) in v[a..b].iter_mut().zip(items.iter_mut()) {
                    std::mem::swap(slot, x);
                }
                items
            } else {
                v.splice(a..b, items).collect::<Vec<_>>()
            };
        } else {
            let pos: Vec<usize> = crate::types::slice::positions(a, b, c).collect();
            match new_items {
                // CPython reads out of bounds here (its items pointer
                // is stale); ours says what happened.
                Some(_) if pos.iter().any(|&p| p >= v.len()) => {
                    return Err(crate::error::value_error(
                        "list changed size during extended slice assignment",
                    ));
                }
                Some(mut items) => {
                    if items.len() != pos.len() {
                        return Err(crate::error::value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            items.len(),
                            pos.len()
                        )));
                    }
                    for (&p, x) in pos.iter().zip(items.iter_mut()) {
                        std::mem::swap(&mut v[p], x);
                    }
                    removed = items;
                }
                None => {
                    let mut sorted = pos;
                    sorted.sort_unstable_by(|x, y| y.cmp(x));
                    removed = sorted.into_iter().map(|p| v.remove(p)).collect();
                }
            }
        }
    }
    drop(removed);
    Ok(())
}

/// The items `a..b` of a step-1 slice clamped for a list of `len` items
/// (the list may have shrunk since the slice was clamped).
fn span(a: i64, b: i64, len: usize) -> (usize, usize) {
    let b = (b.max(a) as usize).min(len);
    ((a as usize).min(b), b)
}

/// `list[a:b] = x` when `x` is exactly a tuple, or a list other than
/// `o`, whose items `collect` would copy without running code: they are
/// cloned straight into place (CPython's `list_ass_slice` reads such a
/// sequence's items the same way), and the replaced ones leave once no
/// list is borrowed. False, having done nothing, for any other `x` or
/// when either list is borrowed.
fn splice_from_sequence(o: &Obj, bounds: impl FnOnce(usize) -> (i64, i64), x: &Obj) -> bool {
    let listed;
    let src: &[Obj] = if rt::is_exact_tuple(x)
        && let Some(t) = x.downcast::<crate::types::tuple::TupleData>()
    {
        &t.0
    } else if rt::is_exact_list(x) && !x.is(o) {
        match data(x).0.try_borrow() {
            Ok(items) => {
                listed = items;
                &listed
            }
            Err(_) => return false,
        }
    } else {
        return false;
    };
    splice_items(o, bounds, src)
}

/// `o[a:b] = src` for an exact list `o` (bounds clamped for its length
/// under the same borrow), or false when its items are borrowed.
fn splice_items(o: &Obj, bounds: impl FnOnce(usize) -> (i64, i64), src: &[Obj]) -> bool {
    let removed: smallvec::SmallVec<[Obj; 8]> = {
        let Ok(mut v) = data(o).0.try_borrow_mut() else {
            return false;
        };
        let (a, b) = bounds(v.len());
        let (a, b) = span(a, b, v.len());
        if src.len() == b - a {
            // A replaced item that others still reference is released
            // at once (no code runs): only the last references wait.
            v[a..b]
                .iter_mut()
                .zip(src)
                .filter_map(|(slot, x)| std::mem::replace(slot, x.clone()).drop_unless_last())
                .collect()
        } else {
            v.splice(a..b, src.iter().cloned()).collect()
        }
    };
    drop(removed);
    true
}

fn repr(o: &Obj) -> PyResult<Obj> {
    let Some(_guard) = protocol::ReprGuard::enter(o) else {
        return Ok(crate::types::str::new_str("[...]"));
    };
    let v = snapshot(o);
    let mut s = String::from("[");
    for (i, x) in v.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&protocol::repr_string(x)?);
    }
    s.push(']');
    Ok(crate::types::str::new_str(&s))
}
