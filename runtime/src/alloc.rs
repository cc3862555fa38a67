//! The allocator of every program that links the runtime: small blocks
//! from per-thread free lists, the rest from the system's malloc.
//!
//! Python programs allocate and free small blocks all the time: objects,
//! but also the item arrays of tuples and lists, dict tables, argument
//! vectors. glibc's malloc and free cost about a hundred instructions a
//! pair; a free list costs a few loads and stores, as CPython's pymalloc.
//! Each list is intrusive (a free block's first word points at the next
//! one), per size class of 8 bytes up to 256 (pymalloc's limit 512; an
//! exception object is 160 bytes, which malloc served for a tenth of the
//! cost of making one). A block freed on another
//! thread than the one that allocated it simply joins that thread's list:
//! every block of a class has the same size and alignment.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// The allocator: see the module documentation.
pub struct Pooled;

#[global_allocator]
static GLOBAL: Pooled = Pooled;

/// The largest block served from the free lists.
const MAX_SIZE: usize = 256;
/// Size classes: class `i` holds blocks of `(i + 1) * 8` bytes.
const CLASSES: usize = MAX_SIZE / 8;
/// The most blocks one class keeps per thread (16 MB of the largest);
/// beyond it blocks go back to malloc, so that a burst of frees does not
/// pin memory for ever.
const MAX_BLOCKS: usize = 1 << 16;

struct FreeList {
    head: Cell<*mut u8>,
    blocks: Cell<usize>,
}

thread_local! {
    // Constant-initialized and without a destructor: usable from the
    // allocator itself, at any point of a thread's life.
    static FREE: [FreeList; CLASSES] = const {
        [const {
            FreeList {
                head: Cell::new(std::ptr::null_mut()),
                blocks: Cell::new(0),
            }
        }; CLASSES]
    };
}

/// The size class of `layout`, if the free lists serve it.
#[inline]
fn class(layout: Layout) -> Option<usize> {
    (layout.align() <= 8 && layout.size() <= MAX_SIZE).then(|| layout.size().max(1).div_ceil(8) - 1)
}

/// The layout malloc sees for every block of class `c`.
#[inline]
fn class_layout(c: usize) -> Layout {
    // A multiple of 8 up to MAX_SIZE with alignment 8 is always valid.
    Layout::from_size_align((c + 1) * 8, 8).unwrap_or(Layout::new::<u64>())
}

/// A block for `layout` (which must have a nonzero size): from its class's
/// free list, else from malloc; null when malloc fails. The allocator's
/// own entry, and inlined where objects are made (they are most blocks).
#[inline]
pub fn alloc_block(layout: Layout) -> *mut u8 {
    let Some(c) = class(layout) else {
        // SAFETY: the caller's layout has a nonzero size.
        return unsafe { System.alloc(layout) };
    };
    let pooled = FREE.with(|free| {
        let list = &free[c];
        let block = list.head.get();
        if !block.is_null() {
            // SAFETY: `block` is on this class's list: a free block of at
            // least one word, 8-aligned, whose first word `free_block` set
            // to the next free block.
            list.head.set(unsafe { block.cast::<*mut u8>().read() });
            list.blocks.set(list.blocks.get() - 1);
        }
        block
    });
    if pooled.is_null() {
        // SAFETY: a class layout has a nonzero size.
        unsafe { System.alloc(class_layout(c)) }
    } else {
        pooled
    }
}

/// Frees a block `alloc_block` gave for `layout`.
///
/// # Safety
/// `ptr` came from `alloc_block` (or this allocator) with `layout`, and
/// nothing uses it any more.
#[inline]
pub unsafe fn free_block(ptr: *mut u8, layout: Layout) {
    let Some(c) = class(layout) else {
        // SAFETY: by the contract, `ptr` came from malloc with `layout`.
        return unsafe { System.dealloc(ptr, layout) };
    };
    let kept = FREE.with(|free| {
        let list = &free[c];
        if list.blocks.get() >= MAX_BLOCKS {
            return false;
        }
        // SAFETY: the caller gives up `ptr`, a block of this class (at
        // least one word, 8-aligned); its first word becomes the link.
        unsafe { ptr.cast::<*mut u8>().write(list.head.get()) };
        list.head.set(ptr);
        list.blocks.set(list.blocks.get() + 1);
        true
    });
    if !kept {
        // SAFETY: every block of class `c` was malloc'ed with its class
        // layout.
        unsafe { System.dealloc(ptr, class_layout(c)) };
    }
}

// SAFETY: blocks handed out are either malloc's, of at least the requested
// size and alignment (a class's size rounds the request up, its alignment
// 8 covers any alignment up to 8), or blocks of the same class taken back
// from a free list, which no one else uses; `dealloc` and `realloc` find
// the class again from the layout the block was allocated with.
//
// Not inlined: every `Box`, `Vec` and `String` of the runtime allocates
// through these, and a copy at each site would grow executables by a
// quarter of a megabyte.
unsafe impl GlobalAlloc for Pooled {
    #[inline(never)]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        alloc_block(layout)
    }

    #[inline(never)]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract is `free_block`'s.
        unsafe { free_block(ptr, layout) }
    }

    #[inline(never)]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let Ok(new) = Layout::from_size_align(new_size, layout.align()) else {
            return std::ptr::null_mut();
        };
        match (class(layout), class(new)) {
            // SAFETY: a malloc'ed block, resized by malloc.
            (None, None) => unsafe { System.realloc(ptr, layout, new_size) },
            (Some(a), Some(b)) if a == b => ptr,
            _ => {
                // SAFETY: `new` has a nonzero size (the caller's contract).
                let moved = unsafe { self.alloc(new) };
                if !moved.is_null() {
                    // SAFETY: both blocks hold at least the smaller size and
                    // are distinct; the old one is given up after the copy.
                    unsafe {
                        std::ptr::copy_nonoverlapping(ptr, moved, layout.size().min(new_size));
                        self.dealloc(ptr, layout);
                    }
                }
                moved
            }
        }
    }
}
