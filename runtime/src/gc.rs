//! The cycle collector: reference counting frees everything except
//! garbage that refers to itself; this finds such cycles and breaks them.
//!
//! Objects whose type can hold references (a `traverse` slot, or instances
//! with a `__dict__`) are tracked from allocation to deallocation, on a
//! list whose links precede their header (`object::tracking`). A
//! collection is CPython's algorithm: start every tracked object's count
//! at its refcount, subtract the references tracked objects hold on each
//! other (`traverse`), so what remains positive is referenced from outside
//! (the stack, untracked objects, the runtime); everything reachable from
//! those survives. The rest is garbage: it is kept alive while its
//! references are dropped (`clear`, and the instance dict), which brings
//! the refcounts to zero and frees it the ordinary way.
//!
//! Safety does not depend on completeness: a type without `traverse` is
//! simply treated as referenced from outside, which can only keep objects
//! alive, never free a live one. No Python code runs during a collection.

use std::cell::Cell;

use crate::object::Obj;
use crate::types::typeobj::TypeData;

/// A collection's index of the tracked objects by address.
type Index = rustc_hash::FxHashMap<usize, usize>;

thread_local! {
    /// How many objects are tracked.
    static TRACKED: Cell<usize> = const { Cell::new(0) };
    static SINCE_LAST: Cell<usize> = const { Cell::new(0) };
    static THRESHOLD: Cell<usize> = const { Cell::new(10_000) };
    static ENABLED: Cell<bool> = const { Cell::new(true) };
    static COLLECTING: Cell<bool> = const { Cell::new(false) };
}

/// Whether objects of a type are tracked.
pub fn is_collectable(t: &TypeData) -> bool {
    t.slots.traverse.get().is_some() || t.instance_dict
}

/// Counts a new tracked object (`object::tracking` linked it); may run a
/// collection.
pub fn count_tracked() {
    TRACKED.with(|t| t.set(t.get() + 1));
    let n = SINCE_LAST.with(|c| {
        let n = c.get() + 1;
        c.set(n);
        n
    });
    if n > THRESHOLD.with(Cell::get) && ENABLED.with(Cell::get) && !COLLECTING.with(Cell::get) {
        collect();
    }
}

/// Counts a tracked object freed (`object::tracking` unlinked it).
pub fn count_untracked() {
    TRACKED.with(|t| t.set(t.get().saturating_sub(1)));
}

/// Enables or disables automatic collection (`gc.enable()`/`disable()`).
pub fn set_enabled(on: bool) {
    ENABLED.with(|e| e.set(on));
}

/// Whether automatic collection is enabled.
pub fn is_enabled() -> bool {
    ENABLED.with(Cell::get)
}

/// The number of tracked objects allocated since the last collection.
pub fn count() -> usize {
    SINCE_LAST.with(Cell::get)
}

/// Visits the references `o` owns: its payload's and its `__dict__`.
fn visit(o: &Obj, f: &mut dyn FnMut(&Obj)) {
    // Every object owns a reference to its type.
    f(&o.ty());
    if let Some(d) = o.dict() {
        f(&d);
    }
    if let Some(traverse) = o.with_type(|t| t.slots.traverse.get()) {
        traverse(o, f);
    }
}

/// Runs a full collection; returns the number of objects found unreachable.
pub fn collect() -> usize {
    if COLLECTING.with(|c| c.replace(true)) {
        return 0;
    }
    SINCE_LAST.with(|c| c.set(0));
    // Take references to every tracked object so none is freed while we
    // look at it; their refcounts are then one higher than normal.
    let objects = crate::object::tracking::all();
    let index: Index = objects
        .iter()
        .enumerate()
        .map(|(i, o)| (o.id(), i))
        .collect();
    // Refcount minus our own reference, minus references from tracked
    // objects.
    let mut refs: Vec<isize> = objects.iter().map(|o| o.refcount() as isize - 1).collect();
    for o in &objects {
        visit(o, &mut |child| {
            if let Some(&j) = index.get(&child.id()) {
                refs[j] -= 1;
            }
        });
    }
    // Everything reachable from an externally referenced object survives.
    let mut reachable = vec![false; objects.len()];
    let mut work: Vec<usize> = (0..objects.len()).filter(|&i| refs[i] > 0).collect();
    for &i in &work {
        reachable[i] = true;
    }
    while let Some(i) = work.pop() {
        visit(&objects[i], &mut |child| {
            if let Some(&j) = index.get(&child.id())
                && !reachable[j]
            {
                reachable[j] = true;
                work.push(j);
            }
        });
    }
    let garbage: Vec<Obj> = objects
        .iter()
        .zip(&reachable)
        .filter(|(_, r)| !**r)
        .map(|(o, _)| o.clone())
        .collect();
    drop(objects);
    let found = garbage.len();
    for o in &garbage {
        o.set_dict(None);
        if let Some(clear) = o.with_type(|t| t.slots.clear.get()) {
            clear(o);
        }
    }
    drop(garbage);
    let survivors = TRACKED.with(Cell::get);
    THRESHOLD.with(|t| t.set((survivors * 2).max(10_000)));
    COLLECTING.with(|c| c.set(false));
    found
}
