//! `set` and `frozenset`: CPython's open-addressing set table
//! (setobject.c), reproduced slot for slot so that iteration order, and
//! so every printed set, matches CPython's.
//!
//! The table holds `Slot`s: empty, dummy (a deleted entry, hash -1 in
//! CPython) or full (hash and key). A probe looks at up to
//! `LINEAR_PROBES + 1` neighbouring slots before jumping with the
//! perturbed recurrence `i = i * 5 + 1 + perturb`. Equality may run
//! Python code, so the table is never borrowed across a call into Python:
//! a probe copies the candidate out and restarts if the table changed.
//! The methods and operators live in `set_methods.rs`.

use std::cell::{Cell, RefCell};

use crate::error::{PyResult, runtime_error, type_error};
use crate::object::{Obj, alloc};
use crate::protocol;
use crate::rt::{self, Exc};
use crate::types::typeobj::TypeData;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Full(i64, Obj),
}

/// Visits the elements (cycle collector); skips a table being changed.
pub(crate) fn traverse(s: &Obj, f: &mut dyn FnMut(&Obj)) {
    if let Some(d) = s.downcast::<SetData>()
        && let Ok(t) = d.table.try_borrow()
    {
        for slot in &t.slots {
            if let Slot::Full(_, k) = slot {
                f(k);
            }
        }
    }
}

/// Drops the elements (cycle collector).
pub(crate) fn clear_for_gc(s: &Obj) {
    if let Some(d) = s.downcast::<SetData>()
        && let Ok(mut t) = d.table.try_borrow_mut()
    {
        let old = std::mem::take(&mut *t);
        drop(t);
        drop(old);
    }
}

/// The hash table of a set.
#[derive(Clone)]
pub(crate) struct Table {
    slots: Vec<Slot>,
    /// Full plus dummy slots.
    fill: usize,
    /// Full slots.
    used: usize,
    /// Where `pop` starts looking.
    finger: usize,
}

impl Default for Table {
    fn default() -> Table {
        Table {
            slots: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }
}

/// The payload of a set or frozenset.
pub struct SetData {
    table: RefCell<Table>,
    /// Bumped on every change to the table (probes restart on a change).
    version: Cell<u64>,
    /// A frozenset's cached hash.
    hash: Cell<Option<i64>>,
}

impl SetData {
    fn new(t: Table) -> SetData {
        SetData {
            table: RefCell::new(t),
            version: Cell::new(0),
            hash: Cell::new(None),
        }
    }
}

fn builtin(t: TypeData) -> Obj {
    let ty = crate::types::class::new_builtin_type(t);
    ty.make_immortal();
    ty
}

thread_local! {
    static SET_TYPE: Obj = builtin(crate::types::set_methods::type_data("set", false));
    static FROZENSET_TYPE: Obj = builtin(crate::types::set_methods::type_data("frozenset", true));
    static ITER_TYPE: Obj = {
        let t = TypeData::new::<SetIter>("set_iterator").final_type();
        t.slots.iter.set(Some(|o| Ok(o.clone())));
        t.slots.next.set(Some(iter_next));
        builtin(t)
    };
}

/// The `set` type.
pub fn set_type() -> Obj {
    SET_TYPE.with(Obj::clone)
}

/// The `frozenset` type.
pub fn frozenset_type() -> Obj {
    FROZENSET_TYPE.with(Obj::clone)
}

/// Whether `o` is a set or frozenset (or a subclass instance).
pub fn is_any_set(o: &Obj) -> bool {
    o.downcast::<SetData>().is_some()
}

/// Whether `o` is a frozenset (or subclass instance).
pub fn is_frozen(o: &Obj) -> bool {
    is_any_set(o) && crate::types::typeobj_ops::is_subtype(&o.ty(), &frozenset_type())
}

pub(crate) fn data(o: &Obj) -> PyResult<&SetData> {
    o.downcast::<SetData>()
        .ok_or_else(|| type_error("descriptor requires a 'set' object"))
}

/// A new empty instance of `cls` (set, frozenset or a subclass).
pub fn alloc_empty(cls: &Obj) -> Obj {
    let o = alloc(cls.clone(), SetData::new(Table::default()));
    if crate::types::typeobj_ops::with_data(cls, |d| d.instance_dict) {
        o.set_dict(Some(crate::types::dict::new_dict()));
    }
    o
}

/// A new plain set of the items of `iterable` (empty for `None`).
pub fn new_set_from(iterable: Option<&Obj>) -> PyResult<Obj> {
    let s = alloc_empty(&set_type());
    if let Some(x) = iterable {
        update_internal(&s, x)?;
    }
    Ok(s)
}

/// A new instance of `cls` holding the items of `iterable`.
pub fn new_of_type(cls: &Obj, iterable: Option<&Obj>) -> PyResult<Obj> {
    let s = alloc_empty(cls);
    if let Some(x) = iterable {
        update_internal(&s, x)?;
    }
    Ok(s)
}

/// A new set (for the VM's set displays).
pub fn new_set(items: Vec<Obj>) -> PyResult<Obj> {
    let s = alloc_empty(&set_type());
    for x in items {
        add(&s, x)?;
    }
    Ok(s)
}

/// The number of items.
pub fn len(s: &Obj) -> usize {
    s.downcast::<SetData>().map_or(0, |d| d.table.borrow().used)
}

/// The items with their hashes, in table order.
pub(crate) fn entries(s: &Obj) -> Vec<(i64, Obj)> {
    s.downcast::<SetData>().map_or_else(Vec::new, |d| {
        d.table
            .borrow()
            .slots
            .iter()
            .filter_map(|e| match e {
                Slot::Full(h, k) => Some((*h, k.clone())),
                _ => None,
            })
            .collect()
    })
}

/// The items in table order.
pub fn items(s: &Obj) -> Vec<Obj> {
    entries(s).into_iter().map(|(_, k)| k).collect()
}

fn changed(d: &SetData) {
    d.version.set(d.version.get().wrapping_add(1));
    d.hash.set(None);
}

/// The hash of a key, with the set-to-frozenset retry that `in`,
/// `remove` and `discard` use for unhashable set keys.
pub(crate) fn key_hash(key: &Obj) -> PyResult<(Obj, i64)> {
    match protocol::hash(key) {
        Ok(h) => Ok((key.clone(), h)),
        Err(e) if e.matches(Exc::TypeError) && is_any_set(key) && !is_frozen(key) => {
            let f = new_of_type(&frozenset_type(), Some(key))?;
            let h = protocol::hash(&f)?;
            Ok((f, h))
        }
        Err(e) => Err(e),
    }
}

/// Where `key` is: `Ok(Some(slot))`, or `Ok(None)` if absent.
pub(crate) fn lookup(s: &Obj, key: &Obj, hash: i64) -> PyResult<Option<usize>> {
    let d = data(s)?;
    'restart: loop {
        let version = d.version.get();
        let mask = d.table.borrow().slots.len() - 1;
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let cand = match &d.table.borrow().slots[j] {
                    Slot::Empty => return Ok(None),
                    Slot::Dummy => None,
                    Slot::Full(h, k) => (*h == hash).then(|| k.clone()),
                };
                if let Some(k) = cand {
                    if k.is(key) || protocol::eq(&k, key)? {
                        return Ok(Some(j));
                    }
                    if d.version.get() != version {
                        continue 'restart;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb as usize) & mask;
        }
    }
}

/// Whether `key` is in the set (with the frozenset retry).
pub fn contains(s: &Obj, key: &Obj) -> PyResult<bool> {
    let (k, h) = key_hash(key)?;
    Ok(lookup(s, &k, h)?.is_some())
}

/// Adds `key` (CPython's `set_add_entry`).
pub fn add(s: &Obj, key: Obj) -> PyResult<()> {
    let h = protocol::hash(&key)?;
    add_entry(s, key, h)
}

/// Adds `key` with its known hash.
pub(crate) fn add_entry(s: &Obj, key: Obj, hash: i64) -> PyResult<()> {
    let d = data(s)?;
    'restart: loop {
        let version = d.version.get();
        let mask = d.table.borrow().slots.len() - 1;
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        let mut freeslot = None;
        let target = 'probe: loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let cand = match &d.table.borrow().slots[j] {
                    Slot::Empty => break 'probe j,
                    Slot::Dummy => {
                        freeslot = Some(j);
                        None
                    }
                    Slot::Full(h, k) => (*h == hash).then(|| k.clone()),
                };
                if let Some(k) = cand {
                    if k.is(&key) || protocol::eq(&k, &key)? {
                        return Ok(());
                    }
                    if d.version.get() != version {
                        continue 'restart;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb as usize) & mask;
        };
        changed(d);
        let mut t = d.table.borrow_mut();
        if let Some(f) = freeslot {
            t.used += 1;
            t.slots[f] = Slot::Full(hash, key);
            return Ok(());
        }
        t.fill += 1;
        t.used += 1;
        t.slots[target] = Slot::Full(hash, key);
        if t.fill * 5 < mask * 3 {
            return Ok(());
        }
        let minused = if t.used > 50000 {
            t.used * 2
        } else {
            t.used * 4
        };
        t.resize(minused);
        return Ok(());
    }
}

/// Removes `key` if present; whether it was.
pub fn discard(s: &Obj, key: &Obj) -> PyResult<bool> {
    let (k, h) = key_hash(key)?;
    discard_entry(s, &k, h)
}

pub(crate) fn discard_entry(s: &Obj, key: &Obj, hash: i64) -> PyResult<bool> {
    let Some(i) = lookup(s, key, hash)? else {
        return Ok(false);
    };
    let d = data(s)?;
    changed(d);
    let old = {
        let mut t = d.table.borrow_mut();
        t.used -= 1;
        std::mem::replace(&mut t.slots[i], Slot::Dummy)
    };
    drop(old);
    Ok(true)
}

/// Removes and returns an arbitrary item (CPython's finger walk).
pub fn pop(s: &Obj) -> PyResult<Option<Obj>> {
    let d = data(s)?;
    let old = {
        let mut t = d.table.borrow_mut();
        if t.used == 0 {
            return Ok(None);
        }
        let mask = t.slots.len() - 1;
        let mut i = t.finger & mask;
        while !matches!(t.slots[i], Slot::Full(..)) {
            i = if i >= mask { 0 } else { i + 1 };
        }
        t.used -= 1;
        t.finger = i + 1;
        std::mem::replace(&mut t.slots[i], Slot::Dummy)
    };
    changed(d);
    Ok(match old {
        Slot::Full(_, k) => Some(k),
        _ => None,
    })
}

/// Removes every item.
pub fn clear(s: &Obj) -> PyResult<()> {
    let d = data(s)?;
    changed(d);
    let old = std::mem::take(&mut *d.table.borrow_mut());
    drop(old);
    Ok(())
}

/// Replaces the contents of `s` with those of `other` (intersection
/// update's body swap).
pub(crate) fn swap_bodies(s: &Obj, other: &Obj) -> PyResult<()> {
    let (a, b) = (data(s)?, data(other)?);
    changed(a);
    changed(b);
    a.table.swap(&b.table);
    Ok(())
}

/// CPython's `set_update_internal`: merge another set table-wise, a dict
/// by its keys, anything else by iteration.
pub fn update_internal(s: &Obj, other: &Obj) -> PyResult<()> {
    if is_any_set(other) {
        return merge(s, other);
    }
    if other.ty().is(&rt::ty(|t| &t.dict)) {
        let n = crate::types::dict::len(other);
        let d = data(s)?;
        {
            let mut t = d.table.borrow_mut();
            let mask = t.slots.len() - 1;
            if (t.fill + n) * 5 >= mask * 3 {
                let minused = (t.used + n) * 2;
                t.resize(minused);
            }
        }
        for k in crate::types::dict::keys(other) {
            add(s, k)?;
        }
        return Ok(());
    }
    let it = protocol::iter(other)?;
    while let Some(x) = protocol::next(&it)? {
        add(s, x)?;
    }
    Ok(())
}

/// CPython's `set_merge`.
fn merge(s: &Obj, other: &Obj) -> PyResult<()> {
    if s.is(other) || len(other) == 0 {
        return Ok(());
    }
    let d = data(s)?;
    let o = data(other)?.table.borrow().clone();
    {
        let mut t = d.table.borrow_mut();
        let mask = t.slots.len() - 1;
        if (t.fill + o.used) * 5 >= mask * 3 {
            let minused = (t.used + o.used) * 2;
            t.resize(minused);
        }
        if t.fill == 0 && t.slots.len() == o.slots.len() && o.fill == o.used {
            *t = Table { finger: 0, ..o };
            drop(t);
            changed(d);
            return Ok(());
        }
        if t.fill == 0 {
            let newmask = t.slots.len() - 1;
            t.fill = o.used;
            t.used = o.used;
            for e in o.slots.iter() {
                if let Slot::Full(h, k) = e {
                    insert_clean(&mut t.slots, newmask, k.clone(), *h);
                }
            }
            drop(t);
            changed(d);
            return Ok(());
        }
    }
    for e in o.slots {
        if let Slot::Full(h, k) = e {
            add_entry(s, k, h)?;
        }
    }
    Ok(())
}

fn insert_clean(slots: &mut [Slot], mask: usize, key: Obj, hash: i64) {
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        if matches!(slots[i], Slot::Empty) {
            slots[i] = Slot::Full(hash, key);
            return;
        }
        if i + LINEAR_PROBES <= mask
            && let Some(slot) = slots[i + 1..=i + LINEAR_PROBES]
                .iter_mut()
                .find(|s| matches!(s, Slot::Empty))
        {
            *slot = Slot::Full(hash, key);
            return;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb as usize) & mask;
    }
}

impl Table {
    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; newsize]);
        self.fill = self.used;
        let mask = newsize - 1;
        for e in old {
            if let Slot::Full(h, k) = e {
                insert_clean(&mut self.slots, mask, k, h);
            }
        }
    }
}

/// `difference_update` with one argument.
pub fn difference_update_internal(s: &Obj, other: &Obj) -> PyResult<()> {
    if s.is(other) {
        return clear(s);
    }
    if is_any_set(other) {
        for (h, k) in entries(other) {
            discard_entry(s, &k, h)?;
        }
        return Ok(());
    }
    let it = protocol::iter(other)?;
    while let Some(x) = protocol::next(&it)? {
        discard(s, &x)?;
    }
    Ok(())
}

/// `symmetric_difference_update` with one argument.
pub fn symmetric_difference_update(s: &Obj, other: &Obj) -> PyResult<()> {
    if s.is(other) {
        return clear(s);
    }
    let other_entries = if other.ty().is(&rt::ty(|t| &t.dict)) {
        crate::types::dict::keys(other)
            .into_iter()
            .map(|k| Ok((protocol::hash(&k)?, k)))
            .collect::<PyResult<Vec<_>>>()?
    } else if is_any_set(other) {
        entries(other)
    } else {
        entries(&new_of_type(&s.ty(), Some(other))?)
    };
    for (h, k) in other_entries {
        if !discard_entry(s, &k, h)? {
            add_entry(s, k, h)?;
        }
    }
    Ok(())
}

/// A frozenset's hash (CPython's `frozenset_hash`).
pub fn frozen_hash(s: &Obj) -> PyResult<i64> {
    let d = data(s)?;
    if let Some(h) = d.hash.get() {
        return Ok(h);
    }
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let mut hash: u64 = 0;
    let n = {
        let t = d.table.borrow();
        for e in t.slots.iter() {
            if let Slot::Full(h, _) = e {
                hash ^= shuffle(*h as u64);
            }
        }
        t.used
    };
    hash ^= ((n as u64) + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    let mut h = hash as i64;
    if h == -1 {
        h = 590923713;
    }
    d.hash.set(Some(h));
    Ok(h)
}

/// The payload of a set iterator.
pub struct SetIter {
    set: RefCell<Option<Obj>>,
    pos: Cell<usize>,
    used: Cell<Option<usize>>,
}

/// `iter(set)`.
pub fn set_iter(s: &Obj) -> Obj {
    alloc(
        ITER_TYPE.with(Obj::clone),
        SetIter {
            set: RefCell::new(Some(s.clone())),
            pos: Cell::new(0),
            used: Cell::new(Some(len(s))),
        },
    )
}

fn iter_next(o: &Obj) -> PyResult<Option<Obj>> {
    let Some(it) = o.downcast::<SetIter>() else {
        return Ok(None);
    };
    let Some(s) = it.set.borrow().clone() else {
        return Ok(None);
    };
    if it.used.get() != Some(len(&s)) {
        it.used.set(None);
        return Err(runtime_error("Set changed size during iteration"));
    }
    let found = {
        let t = data(&s)?.table.borrow();
        let mut i = it.pos.get();
        let mut found = None;
        while i < t.slots.len() {
            if let Slot::Full(_, k) = &t.slots[i] {
                found = Some(k.clone());
                i += 1;
                break;
            }
            i += 1;
        }
        it.pos.set(i);
        found
    };
    if found.is_none() {
        *it.set.borrow_mut() = None;
    }
    Ok(found)
}
