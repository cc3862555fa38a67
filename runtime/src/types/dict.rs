//! `dict`: insertion-ordered, with Python's hashing and equality.
//!
//! Entries live in a vector in insertion order (deleted ones become
//! `None`); an open-addressing index table maps hashes to entry
//! positions, as CPython's compact dict does. Hashing and equality may run
//! Python code, so the table is never borrowed across a call into Python:
//! lookups copy what they need out first and re-check afterwards.

use std::cell::{Cell, RefCell};

use crate::error::{PyResult, key_error};
use crate::object::{Obj, TypeFor, alloc};
use crate::protocol;
use crate::rt;
use crate::types::typeobj::TypeData;

/// The payload of a dict.
#[derive(Default)]
pub struct DictData {
    pub(crate) table: RefCell<Table>,
    /// Changes whenever the dict is modified (unique across all dicts), so
    /// caches of lookups can be validated in O(1).
    version: Cell<u64>,
    /// This dict is a type's namespace: modifying it invalidates the
    /// attribute caches of every type (`typeobj_ops::lookup`).
    is_type_namespace: Cell<bool>,
}

thread_local! {
    static NEXT_VERSION: Cell<u64> = const { Cell::new(1) };
}

fn bump(d: &DictData) {
    if d.is_type_namespace.get() {
        crate::types::typeobj_ops::invalidate_caches();
    }
    let v = NEXT_VERSION.with(|n| {
        let v = n.get();
        n.set(v + 1);
        v
    });
    d.version.set(v);
}

/// Marks a dict as a type's namespace (see `DictData::is_type_namespace`).
pub fn mark_type_namespace(d: &Obj) {
    if let Some(dd) = d.downcast::<DictData>() {
        dd.is_type_namespace.set(true);
    }
}

/// Where the thread's next dict version is, for native code (the cell
/// lives as long as the thread).
pub fn next_version_ptr() -> *mut u64 {
    NEXT_VERSION.with(Cell::as_ptr)
}

/// Where a dict object's "is a type's namespace" flag (a `bool`) sits,
/// for native code.
pub const NAMESPACE_OFFSET: usize =
    crate::object::payload_offset::<DictData>() + std::mem::offset_of!(DictData, is_type_namespace);

/// Where a dict object's version (a `u64`) sits, for native code.
pub const VERSION_OFFSET: usize =
    crate::object::payload_offset::<DictData>() + std::mem::offset_of!(DictData, version);

/// The dict's current version (see `DictData::version`).
pub fn version(d: &Obj) -> u64 {
    d.downcast::<DictData>().map_or(0, |d| d.version.get())
}

/// A dict's entries and index. `repr(C)` with the entries first: native
/// code reads an entry at a cached position (`native::layout`).
#[derive(Default)]
#[repr(C)]
pub(crate) struct Table {
    pub(crate) entries: Vec<Option<(i64, Obj, Obj)>>,
    /// Positions into `entries`, or EMPTY / DELETED.
    index: Vec<i64>,
    len: usize,
}

const EMPTY: i64 = -1;
const DELETED: i64 = -2;

/// The `dict` type's data.
pub fn type_data() -> TypeData {
    let t = TypeData::new::<DictData>("dict").with_methods(crate::types::dict_methods::init);
    t.slots.traverse.set(Some(|o, f| {
        if let Some(d) = o.downcast::<DictData>()
            && let Ok(t) = d.table.try_borrow()
        {
            for (_, k, v) in t.entries.iter().flatten() {
                f(k);
                f(v);
            }
        }
    }));
    t.slots.clear.set(Some(|o| {
        if let Some(d) = o.downcast::<DictData>()
            && let Ok(mut t) = d.table.try_borrow_mut()
        {
            let old = std::mem::take(&mut *t);
            drop(t);
            bump(d);
            drop(old);
        }
    }));
    t.slots.new.set(Some(|cls, _args, _kw| {
        let o = alloc(cls.clone(), DictData::default());
        if crate::types::typeobj_ops::with_data(cls, |d| d.instance_dict) {
            o.set_dict(Some(new_dict()));
        }
        Ok(o)
    }));
    t.slots
        .init
        .set(Some(crate::types::dict_methods::dict_init));
    t.slots
        .compare
        .set(Some(crate::types::dict_methods::compare));
    t.slots.binary[crate::types::typeobj::BinOp::Or as usize]
        .set(Some(crate::types::dict_methods::or));
    t.slots.inplace[crate::types::typeobj::BinOp::Or as usize]
        .set(Some(crate::types::dict_methods::ior));
    t.slots.len.set(Some(|o| Ok(len(o))));
    t.slots
        .getitem
        .set(Some(crate::types::dict_methods::subscript));
    t.slots.setitem.set(Some(|o, k, v| match v {
        Some(v) => set_item(o, k.clone(), v.clone()),
        None => {
            if del_item(o, k)? {
                Ok(())
            } else {
                Err(key_error(k.clone()))
            }
        }
    }));
    t.slots
        .contains
        .set(Some(|o, k| Ok(get_item(o, k)?.is_some())));
    t.slots.iter.set(Some(|o| {
        Ok(crate::types::dict_views::dict_iter(
            o,
            crate::types::dict_views::ViewKind::Keys,
            false,
        ))
    }));
    t.slots.bool.set(Some(|o| Ok(len(o) > 0)));
    t.slots.repr.set(Some(repr));
    t.unhashable.set(true);
    t
}

/// A new empty dict.
pub fn new_dict() -> Obj {
    DICT.with(|t| t.alloc(DictData::default()))
}

thread_local! {
    /// The dict type, checked once: every instance's namespace is one.
    static DICT: TypeFor<DictData> = TypeFor::new(rt::ty(|t| &t.dict));
}

fn data(d: &Obj) -> &DictData {
    // Every function here takes a dict (or dict subclass) object; the
    // callers check the type before.
    d.downcast::<DictData>()
        .expect("dict operation on a non-dict")
}

/// Whether `o` is a dict (or subclass).
pub fn is_dict(o: &Obj) -> bool {
    o.downcast::<DictData>().is_some()
}

/// The number of items.
pub fn len(d: &Obj) -> usize {
    data(d).table.borrow().len
}

/// The value for `key`, if present.
pub fn get_item(d: &Obj, key: &Obj) -> PyResult<Option<Obj>> {
    let hash = protocol::hash(key)?;
    Ok(find(d, key, hash)?.map(|(_, _, v)| v))
}

/// The value for `key`, looking first at entry position `*hint` (where a
/// cache saw it last: a key identical to `key` there is the entry) and
/// else searching, which updates `*hint` when the key is found.
pub fn get_item_hinted(d: &Obj, key: &Obj, hint: &mut usize) -> PyResult<Option<Obj>> {
    if let Some(v) = hinted_get(d, key, *hint) {
        return Ok(Some(v));
    }
    let hash = protocol::hash(key)?;
    Ok(find(d, key, hash)?.map(|(_, pos, v)| {
        *hint = pos;
        v
    }))
}

/// Sets `key` to `value` like `set_item`, replacing in place when entry
/// position `*hint` holds a key identical to `key`; else `*hint` becomes
/// the key's position.
pub fn set_item_hinted(d: &Obj, key: Obj, value: Obj, hint: &mut usize) -> PyResult<()> {
    match hinted_replace(d, &key, *hint, value) {
        Ok(old) => {
            drop(old);
            Ok(())
        }
        Err(value) => {
            let hash = protocol::hash(&key)?;
            set_item(d, key.clone(), value)?;
            if let Some((_, pos, _)) = find(d, &key, hash)? {
                *hint = pos;
            }
            Ok(())
        }
    }
}

/// The value at entry position `hint` if that entry's key is `key`
/// itself: no hashing, no Python code.
#[inline]
pub fn hinted_get(d: &Obj, key: &Obj, hint: usize) -> Option<Obj> {
    let t = d.downcast::<DictData>()?.table.borrow();
    match t.entries.get(hint) {
        Some(Some((_, k, v))) if k.is(key) => Some(v.clone()),
        _ => None,
    }
}

/// Replaces the value at entry position `hint` if that entry's key is
/// `key` itself, returning the old value (for the caller to drop once it
/// holds no borrow: dropping may run Python code); otherwise gives
/// `value` back. No hashing, no Python code.
#[inline]
pub fn hinted_replace(d: &Obj, key: &Obj, hint: usize, value: Obj) -> Result<Obj, Obj> {
    let Some(dd) = d.downcast::<DictData>() else {
        return Err(value);
    };
    let old = {
        let mut t = dd.table.borrow_mut();
        match t.entries.get_mut(hint) {
            Some(Some(e)) if e.1.is(key) => std::mem::replace(&mut e.2, value),
            _ => return Err(value),
        }
    };
    bump(dd);
    Ok(old)
}

/// One probe of `find`.
enum Probe {
    Hit(usize, Obj),
    Miss,
    Compare(usize, Obj, Obj),
}

/// Finds `key`: its index slot, its entry position and its value.
fn find(d: &Obj, key: &Obj, hash: i64) -> PyResult<Option<(usize, usize, Obj)>> {
    let dd = data(d);
    let mask = {
        let t = dd.table.borrow();
        if t.index.is_empty() {
            return Ok(None);
        }
        t.index.len() - 1
    };
    let mut i = (hash as u64 as usize) & mask;
    let mut perturb = hash as u64;
    loop {
        // Identity and str keys are decided under the borrow; any other key
        // is compared after it ends, since `__eq__` may run Python code
        // that touches this dict.
        let probe = {
            let t = dd.table.borrow();
            let slot = t.index[i];
            if slot == EMPTY {
                return Ok(None);
            }
            // A deleted entry's slot is negative: no entry, probe on.
            let entry = usize::try_from(slot).ok().and_then(|p| t.entries.get(p));
            match entry.and_then(Option::as_ref) {
                Some((h, k, v)) if *h == hash => {
                    if k.is(key) {
                        Probe::Hit(slot as usize, v.clone())
                    } else {
                        match crate::types::str::str_eq(k, key) {
                            Some(true) => Probe::Hit(slot as usize, v.clone()),
                            Some(false) => Probe::Miss,
                            None => Probe::Compare(slot as usize, k.clone(), v.clone()),
                        }
                    }
                }
                _ => Probe::Miss,
            }
        };
        match probe {
            Probe::Hit(slot, v) => return Ok(Some((i, slot, v))),
            Probe::Compare(slot, k, v) if protocol::eq(&k, key)? => {
                return Ok(Some((i, slot, v)));
            }
            _ => {}
        }
        perturb >>= 5;
        i = (i * 5 + 1 + perturb as usize) & mask;
    }
}

/// Whether `d` has the str `key` (whose hash is `hash`), decided without
/// running Python code:
/// `None` when a key of another type with the same hash would need its
/// `__eq__` (or `d` is not a dict, or is being changed).
pub fn has_str_key(d: &Obj, key: &Obj, hash: i64) -> Option<bool> {
    let t = d.downcast::<DictData>()?.table.try_borrow().ok()?;
    let Some(mask) = t.index.len().checked_sub(1) else {
        return Some(false);
    };
    let mut i = (hash as u64 as usize) & mask;
    let mut perturb = hash as u64;
    loop {
        let slot = *t.index.get(i)?;
        if slot == EMPTY {
            return Some(false);
        }
        let entry = usize::try_from(slot).ok().and_then(|p| t.entries.get(p));
        if let Some(Some((h, k, _))) = entry
            && *h == hash
            && (k.is(key) || crate::types::str::str_eq(k, key)?)
        {
            return Some(true);
        }
        perturb >>= 5;
        i = (i * 5 + 1 + perturb as usize) & mask;
    }
}

/// Sets `key` to `value`.
pub fn set_item(d: &Obj, key: Obj, value: Obj) -> PyResult<()> {
    let hash = protocol::hash(&key)?;
    if let Some((_, pos, _)) = find(d, &key, hash)? {
        let old = {
            let mut t = data(d).table.borrow_mut();
            match t.entries.get_mut(pos) {
                Some(Some(e)) => Some(std::mem::replace(&mut e.2, value)),
                _ => None,
            }
        };
        drop(old);
        bump(data(d));
        return Ok(());
    }
    bump(data(d));
    let mut t = data(d).table.borrow_mut();
    if (t.entries.len() + 1) * 3 >= t.index.len() * 2 {
        t.rebuild();
    }
    let pos = t.entries.len();
    t.entries.push(Some((hash, key, value)));
    t.len += 1;
    t.insert_index(hash, pos);
    Ok(())
}

/// Removes `key`; whether it was there.
pub fn del_item(d: &Obj, key: &Obj) -> PyResult<bool> {
    Ok(pop_item(d, key)?.is_some())
}

/// Removes `key` and returns its value.
pub fn pop_item(d: &Obj, key: &Obj) -> PyResult<Option<Obj>> {
    let hash = protocol::hash(key)?;
    let Some((slot, pos, _)) = find(d, key, hash)? else {
        return Ok(None);
    };
    let removed = {
        let mut t = data(d).table.borrow_mut();
        let removed = t.entries.get_mut(pos).and_then(Option::take);
        if removed.is_some() {
            t.len -= 1;
            bump(data(d));
            if t.index.get(slot) == Some(&(pos as i64)) {
                t.index[slot] = DELETED;
            }
        }
        removed
    };
    Ok(removed.map(|(_, _, v)| v))
}

/// The items in insertion order.
pub fn items(d: &Obj) -> Vec<(Obj, Obj)> {
    data(d)
        .table
        .borrow()
        .entries
        .iter()
        .flatten()
        .map(|(_, k, v)| (k.clone(), v.clone()))
        .collect()
}

/// The keys in insertion order.
pub fn keys(d: &Obj) -> Vec<Obj> {
    data(d)
        .table
        .borrow()
        .entries
        .iter()
        .flatten()
        .map(|(_, k, _)| k.clone())
        .collect()
}

/// The entry at position `pos` of the entry vector (`None` for a deleted
/// one), for iterators.
pub fn entry_at(d: &Obj, pos: usize) -> Option<(Obj, Obj)> {
    data(d)
        .table
        .borrow()
        .entries
        .get(pos)
        .and_then(|e| e.as_ref().map(|(_, k, v)| (k.clone(), v.clone())))
}

/// The length of the entry vector (live and deleted entries).
pub fn entries_len(d: &Obj) -> usize {
    data(d).table.borrow().entries.len()
}

/// Removes and returns the last inserted item.
pub fn pop_last(d: &Obj) -> Option<(Obj, Obj)> {
    let mut t = data(d).table.borrow_mut();
    while let Some(e) = t.entries.pop() {
        if let Some((h, k, v)) = e {
            t.len -= 1;
            let pos = t.entries.len() as i64;
            let mask = t.index.len().wrapping_sub(1);
            let mut i = (h as u64 as usize) & mask;
            let mut perturb = h as u64;
            for _ in 0..t.index.len() * 4 + 64 {
                if t.index[i] == pos {
                    t.index[i] = DELETED;
                    break;
                }
                perturb >>= 5;
                i = (i * 5 + 1 + perturb as usize) & mask;
            }
            return Some((k, v));
        }
    }
    None
}

/// Removes every item.
pub fn clear(d: &Obj) {
    let old = std::mem::take(&mut *data(d).table.borrow_mut());
    bump(data(d));
    drop(old);
}

/// A string-keyed lookup (namespaces).
pub fn get_str(d: &Obj, key: &str) -> PyResult<Option<Obj>> {
    get_item(d, &crate::types::str::new_str(key))
}

/// A string-keyed store (namespaces).
pub fn set_str(d: &Obj, key: &str, value: Obj) -> PyResult<()> {
    set_item(d, crate::types::str::new_str(key), value)
}

fn repr(d: &Obj) -> PyResult<Obj> {
    let Some(_guard) = crate::protocol::ReprGuard::enter(d) else {
        return Ok(crate::types::str::new_str("{...}"));
    };
    let mut out = String::from("{");
    for (i, (k, v)) in items(d).iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&protocol::repr_string(k)?);
        out.push_str(": ");
        out.push_str(&protocol::repr_string(v)?);
    }
    out.push('}');
    Ok(crate::types::str::new_str(&out))
}

impl Table {
    fn insert_index(&mut self, hash: i64, pos: usize) {
        let mask = self.index.len() - 1;
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        while self.index[i] >= 0 {
            perturb >>= 5;
            i = (i * 5 + 1 + perturb as usize) & mask;
        }
        self.index[i] = pos as i64;
    }

    /// Compacts the entries and rebuilds a larger index.
    fn rebuild(&mut self) {
        self.entries.retain(Option::is_some);
        let size = ((self.entries.len() + 1) * 3).next_power_of_two().max(8);
        self.index = vec![EMPTY; size];
        let hashes: Vec<i64> = self.entries.iter().flatten().map(|e| e.0).collect();
        for (pos, h) in hashes.into_iter().enumerate() {
            self.insert_index(h, pos);
        }
    }
}
