//! The cycle collector's list of tracked objects (`crate::gc`): a doubly
//! linked list whose links sit in the two words just before a tracked
//! object's header, as CPython's `PyGC_Head` does. Tracking an object and
//! untracking it are a few loads and stores; a set of addresses cost a
//! hash table insertion and removal per object, a third of the time it
//! took to make and free a small list.
//!
//! Whether a type's instances are tracked is fixed by the first instance
//! made (`TypeData::tracked`), so every instance is freed the way it was
//! allocated, with or without the links.

use std::alloc::Layout;
use std::cell::Cell;
use std::ptr::NonNull;

use super::{Header, Obj};
use crate::types::typeobj::TypeData;

/// The links of a tracked object.
#[repr(C)]
struct Links {
    prev: Cell<*mut Links>,
    next: Cell<*mut Links>,
}

thread_local! {
    /// The links of the object tracked last (null: none is tracked).
    /// Constant-initialized and without a destructor: usable while the
    /// thread's other state is torn down.
    static HEAD: Cell<*mut Links> = const { Cell::new(std::ptr::null_mut()) };
}

/// Whether instances of `t` are tracked: decided from `gc::is_collectable`
/// when the first one is made, the same for every later one.
#[inline]
pub(super) fn tracks(t: &TypeData) -> bool {
    match t.tracked.get() {
        Some(b) => b,
        None => {
            let b = crate::gc::is_collectable(t);
            t.tracked.set(Some(b));
            b
        }
    }
}

/// Whether the instances of `t` that exist are tracked (the decision
/// `tracks` made when the first was allocated).
#[inline]
pub(super) fn tracked(t: &TypeData) -> bool {
    t.tracked.get() == Some(true)
}

/// The block of a tracked object whose own layout is `layout`: room for
/// the links before it (the object keeps its alignment), and the object's
/// offset in the block.
pub(super) fn block_layout(layout: Layout) -> (Layout, usize) {
    let links = Layout::new::<Links>();
    let offset = links.size().next_multiple_of(layout.align());
    let block = layout
        .size()
        .checked_add(offset)
        .and_then(|size| Layout::from_size_align(size, layout.align().max(links.align())).ok());
    match block {
        Some(block) => (block, offset),
        // Only a size near `isize::MAX`, which no object has.
        None => std::alloc::handle_alloc_error(layout),
    }
}

/// Where the links of the tracked object at `header` are.
fn links_of(header: NonNull<Header>) -> *mut Links {
    header
        .as_ptr()
        .cast::<u8>()
        .wrapping_sub(std::mem::size_of::<Links>())
        .cast()
}

/// Links a new tracked object in (its block has room for the links).
pub(super) fn link(header: NonNull<Header>) {
    let node = links_of(header);
    HEAD.with(|head| {
        let next = head.get();
        // SAFETY: `node` is the room for links in the new object's block
        // (`block_layout`), which nothing else uses; `next` is null or the
        // links of a live tracked object (an object is unlinked before it
        // is freed).
        unsafe {
            node.write(Links {
                prev: Cell::new(std::ptr::null_mut()),
                next: Cell::new(next),
            });
            if let Some(n) = next.as_ref() {
                n.prev.set(node);
            }
        }
        head.set(node);
    });
}

/// Unlinks a tracked object about to be freed.
pub(super) fn unlink(header: NonNull<Header>) {
    let node = links_of(header);
    // SAFETY: the object is tracked, so `node` holds its links, in the
    // list; its neighbours are null or live tracked objects' links.
    unsafe {
        let (prev, next) = ((*node).prev.get(), (*node).next.get());
        match prev.as_ref() {
            Some(p) => p.next.set(next),
            None => HEAD.with(|head| head.set(next)),
        }
        if let Some(n) = next.as_ref() {
            n.prev.set(prev);
        }
    }
}

/// A new reference to every tracked object, the last tracked first.
pub fn all() -> Vec<Obj> {
    let mut out = Vec::new();
    let mut node = HEAD.with(Cell::get);
    while !node.is_null() {
        let header = node
            .cast::<u8>()
            .wrapping_add(std::mem::size_of::<Links>())
            .cast::<Header>();
        if let Some(header) = NonNull::new(header) {
            let obj = Obj::from_header(header);
            // `from_header` made an `Obj` without a reference of its own:
            // cloning takes one, forgetting the first keeps the count.
            out.push(obj.clone());
            std::mem::forget(obj);
        }
        // SAFETY: `node` holds the links of a live tracked object (the
        // list holds exactly those).
        node = unsafe { (*node).next.get() };
    }
    out
}
