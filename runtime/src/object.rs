//! The object representation.
//!
//! A Python value is one machine word, `Obj`:
//!
//! ```text
//!   ...............................1   small int: value << 1 | 1
//!   ..............................000  pointer to a heap object (8-aligned)
//! ```
//!
//! Small ints cover -2**61 .. 2**61-1, so the sum or difference of two of
//! them never overflows an `i64` and native code can add first and check
//! after. Every other value lives on the heap as a `PyBox<T>`:
//!
//! ```text
//!   PyBox<T> = { Header { refcnt, ty, dict }, data: T }   (#[repr(C)])
//! ```
//!
//! - `refcnt` counts owned references. `Obj` owns one: `Clone` increments,
//!   `Drop` decrements and frees at zero through the type's `dealloc`.
//!   Immortal objects (builtin types, None, True, ...) start at
//!   `IMMORTAL` (2^62) and are counted like any other:
//!   no program takes or drops enough references to bring them to 0, so
//!   they are never freed, and no count update tests for them.
//! - `ty` points at the object's type, itself a `PyBox<TypeData>`; the
//!   object owns a reference to it, released when the header is dropped.
//! - `dict` is the instance `__dict__` for objects that have one (user
//!   class instances, functions, modules, instances of subclasses of
//!   builtins); `None` otherwise.
//! - `data` is the payload; its Rust type is recorded in the type object
//!   (`TypeData::layout`, shared by subclasses), which is what makes
//!   `downcast` safe.
//!
//! An object whose payload ends in text (`str`) keeps the text in the same
//! block, right after the payload, so that it costs one allocation:
//!
//! ```text
//!   PyBox<WithText<T>> = { Header, WithText { data: T, len } } then len UTF-8 bytes
//! ```
//!
//! Its type's layout is `WithText<T>`; `alloc_text` makes one and
//! `Obj::downcast_text` reads it back.
//!
//! The runtime is single-threaded: `Obj` is neither `Send` nor `Sync`, and
//! refcounts are plain `Cell`s.

use std::alloc::Layout;
use std::any::TypeId;
use std::cell::{Cell, RefCell};
use std::fmt;
use std::marker::PhantomData;
use std::num::NonZeroUsize;
use std::ptr::NonNull;

use crate::types::typeobj::TypeData;

pub(crate) mod tracking;

/// The count of an immortal object (`Obj::make_immortal`). Counts are
/// updated with no test for immortality (a test on every `Clone` and
/// `Drop`, and in native code's inline counting, costs more than the
/// write it would save): starting at 2^62, an immortal's count stays
/// far from 0 and from `isize::MAX` (where the cycle collector's
/// arithmetic on counts would wrap) whatever a program does, as no
/// program holds or releases 2^61 references.
pub const IMMORTAL: usize = 1 << 62;

/// The smallest small int.
pub const SMALL_MIN: i64 = -(1 << 61);
/// The largest small int.
pub const SMALL_MAX: i64 = (1 << 61) - 1;

/// Where a heap object's type pointer sits: native code tests a type
/// without a call (`compiler/codegen` reads it from `native::abi::Ctx`).
pub const TYPE_OFFSET: usize = std::mem::offset_of!(Header, ty);

/// Where a heap object's instance dict sits: an `Option<Obj>`, so 0 when
/// the object has none (native code's method caches test it). The
/// `RefCell` around it has no fixed layout: measured on one.
pub fn dict_offset() -> usize {
    let cell: RefCell<Option<Obj>> = RefCell::new(None);
    let inner = cell.as_ptr() as usize - std::ptr::from_ref(&cell) as usize;
    std::mem::offset_of!(Header, dict) + inner
}

/// Where the payload of a heap object of Rust type `T` starts.
pub const fn payload_offset<T>() -> usize {
    std::mem::offset_of!(PyBox<T>, data)
}

/// The header every heap object starts with.
#[repr(C)]
pub struct Header {
    refcnt: Cell<usize>,
    ty: Cell<NonNull<Header>>,
    dict: RefCell<Option<Obj>>,
}

impl Drop for Header {
    fn drop(&mut self) {
        // Release the reference to the type that `alloc` took.
        drop(Obj::from_header(self.ty.get()));
    }
}

/// A heap object: header then payload.
#[repr(C)]
pub struct PyBox<T> {
    header: Header,
    data: T,
}

/// The payload of an object whose UTF-8 text follows it in the same block
/// (`alloc_text`): the fixed part `T`, then the text's length in bytes.
#[repr(C)]
pub struct WithText<T> {
    data: T,
    len: usize,
}

/// An owned reference to a Python object, or a small int.
#[repr(transparent)]
pub struct Obj {
    word: NonZeroUsize,
    /// Raw-pointer semantics: not `Send`, not `Sync`.
    _not_send: PhantomData<*const Header>,
}

impl Obj {
    /// A small int. `value` must be in `SMALL_MIN..=SMALL_MAX`.
    #[inline]
    pub fn small(value: i64) -> Obj {
        debug_assert!((SMALL_MIN..=SMALL_MAX).contains(&value));
        let word = ((value as usize) << 1) | 1;
        Obj {
            // A word with its low bit set is never zero.
            word: NonZeroUsize::new(word).unwrap_or(NonZeroUsize::MIN),
            _not_send: PhantomData,
        }
    }

    /// The value of a small int.
    #[inline]
    pub fn as_small(&self) -> Option<i64> {
        small_of_word(self.word.get())
    }

    /// Whether two references are the same object (`is`).
    #[inline]
    pub fn is(&self, other: &Obj) -> bool {
        self.word == other.word
    }

    /// The object's identity as an integer (`id()`).
    pub fn id(&self) -> usize {
        self.word.get()
    }

    #[inline]
    fn header_ptr(&self) -> Option<NonNull<Header>> {
        let w = self.word.get();
        if w & 1 == 1 {
            None
        } else {
            NonNull::new(w as *mut Header)
        }
    }

    #[inline]
    fn header(&self) -> Option<&Header> {
        // SAFETY: a pointer word always points at a live heap object's
        // header: this `Obj` owns a reference, so the object is not freed
        // while `self` is borrowed.
        self.header_ptr().map(|p| unsafe { p.as_ref() })
    }

    /// The word of the object's type (`None` for a small int): a type test
    /// by identity that touches no reference count.
    #[inline]
    pub fn type_word(&self) -> Option<usize> {
        self.header().map(|h| h.ty.get().as_ptr() as usize)
    }

    /// The object's type.
    #[inline]
    pub fn ty(&self) -> Obj {
        match self.header() {
            None => crate::rt::int_type(),
            Some(h) => {
                let t = Obj::from_header(h.ty.get());
                let out = t.clone();
                std::mem::forget(t);
                out
            }
        }
    }

    /// Runs `f` with the object's type borrowed, without touching refcounts.
    #[inline]
    pub fn with_type<R>(&self, f: impl FnOnce(&TypeData) -> R) -> R {
        match self.header() {
            None => crate::rt::with_int_type(f),
            Some(h) => f(type_data_of(h)),
        }
    }

    fn from_header(p: NonNull<Header>) -> Obj {
        Obj {
            word: NonZeroUsize::new(p.as_ptr() as usize).unwrap_or(NonZeroUsize::MIN),
            _not_send: PhantomData,
        }
    }

    /// For a type object: runs `f` on its data. (On a non-type, `f` sees
    /// the object's type instead; callers only pass types.)
    #[inline]
    pub fn with_type_data<R>(&self, f: impl FnOnce(&TypeData) -> R) -> R {
        match self.downcast::<TypeData>() {
            Some(d) => f(d),
            None => self.with_type(f),
        }
    }

    /// The payload as a `T`, if the object's layout is `T`.
    #[inline]
    pub fn downcast<T: 'static>(&self) -> Option<&T> {
        let header = self.header_ptr()?;
        if self.layout() != Some(TypeId::of::<T>()) {
            return None;
        }
        let boxed = header.as_ptr() as *const PyBox<T>;
        // SAFETY: the layout recorded in the type is `T`, and objects of a
        // type are always allocated as `PyBox<layout>` (see `alloc`); the
        // object lives as long as `self` is borrowed.
        Some(unsafe { &(*boxed).data })
    }

    /// The fixed payload and the inline text of an object made by
    /// `alloc_text::<T>`, if the object's layout is `WithText<T>`.
    #[inline]
    pub fn downcast_text<T: 'static>(&self) -> Option<(&T, &str)> {
        let header = self.header_ptr()?;
        if self.layout() != Some(TypeId::of::<WithText<T>>()) {
            return None;
        }
        let boxed = header.as_ptr() as *const PyBox<WithText<T>>;
        // SAFETY: the layout recorded in the type is `WithText<T>`, and such
        // objects are only allocated by `alloc_text`, which writes a
        // `PyBox<WithText<T>>` followed by `len` bytes copied from a `&str`
        // in the same block: the payload is valid, and the bytes are valid
        // UTF-8 inside the allocation (the pointer comes from the whole
        // block). Neither is written again while the object lives, which
        // is at least as long as `self` is borrowed.
        unsafe {
            let w = &(*boxed).data;
            let bytes = (boxed as *const u8).add(std::mem::size_of::<PyBox<WithText<T>>>());
            let text = std::slice::from_raw_parts(bytes, w.len);
            Some((&w.data, std::str::from_utf8_unchecked(text)))
        }
    }

    /// The payload of an object that this reference alone owns, mutably:
    /// `Some` when the layout is `T` and the count is exactly 1. Lets an
    /// operation whose result replaces this reference reuse the block
    /// instead of freeing it and allocating another.
    #[inline]
    pub fn unique_mut<T: 'static>(&mut self) -> Option<&mut T> {
        let header = self.header_ptr()?;
        if self.refcount() != 1 || self.layout() != Some(TypeId::of::<T>()) {
            return None;
        }
        let boxed = header.as_ptr() as *mut PyBox<T>;
        // SAFETY: the layout is `T` (see `downcast`). A count of 1 is this
        // reference, and every `Obj` in the runtime owns a counted
        // reference (the uncounted copies the native ABI makes borrow from
        // counted ones), so no other reference to the object exists, and
        // `&mut self` keeps this one from being used while the payload is
        // borrowed.
        Some(unsafe { &mut (*boxed).data })
    }

    /// The Rust type of the payload.
    #[inline]
    fn layout(&self) -> Option<TypeId> {
        Some(type_data_of(self.header()?).layout)
    }

    /// The instance `__dict__`, if the object has one.
    pub fn dict(&self) -> Option<Obj> {
        self.header()?.dict.borrow().clone()
    }

    /// The instance `__dict__`, borrowed without a count: only for work
    /// that runs no Python code (which could replace it). `None` also
    /// when it is being replaced.
    #[inline]
    pub fn dict_ref(&self) -> Option<std::cell::Ref<'_, Option<Obj>>> {
        self.header()?.dict.try_borrow().ok()
    }

    /// Sets the instance `__dict__`.
    pub fn set_dict(&self, dict: Option<Obj>) {
        if let Some(h) = self.header() {
            let old = h.dict.replace(dict);
            drop(old);
        }
    }

    /// The reference count (for tests and `sys.getrefcount`).
    pub fn refcount(&self) -> usize {
        self.header().map_or(IMMORTAL, |h| h.refcnt.get())
    }

    /// Appends `n` references to this object to `out`, counted at once
    /// (what `n` clones count one by one: `[x] * n`).
    pub fn push_repeated(&self, out: &mut Vec<Obj>, n: usize) {
        if let Some(h) = self.header() {
            // Saturated, the object would only stay alive for good.
            h.refcnt.set(h.refcnt.get().saturating_add(n));
        }
        out.extend(std::iter::repeat_n(self.word, n).map(|word| Obj {
            word,
            _not_send: PhantomData,
        }));
    }

    /// Makes the object immortal: never freed (`IMMORTAL`).
    pub fn make_immortal(&self) {
        if let Some(h) = self.header() {
            h.refcnt.set(IMMORTAL);
        }
    }

    /// The raw word (for the native ABI).
    pub fn into_raw(self) -> usize {
        let w = self.word.get();
        std::mem::forget(self);
        w
    }

    /// Takes back a word produced by `into_raw`.
    ///
    /// # Safety
    /// `word` must come from `into_raw` and be taken back once.
    pub unsafe fn from_raw(word: usize) -> Obj {
        Obj {
            word: NonZeroUsize::new(word).unwrap_or(NonZeroUsize::MIN),
            _not_send: PhantomData,
        }
    }
}

/// The value of the small int whose word (`Obj::id`, native code's) is
/// `w`, if it is one.
#[inline]
pub fn small_of_word(w: usize) -> Option<i64> {
    (w & 1 == 1).then_some((w as i64) >> 1)
}

/// Allocates a heap object of type `ty` with payload `data`. The type's
/// layout must be `T` (checked: a mismatch would make `downcast` unsound).
pub fn alloc<T: 'static>(ty: Obj, data: T) -> Obj {
    check_layout::<T>(&ty);
    alloc_checked(ty, data)
}

/// Panics unless `ty`'s instances hold payloads `T`.
fn check_layout<T: 'static>(ty: &Obj) {
    let layout = ty.downcast::<TypeData>().map(|t| t.layout);
    assert_eq!(
        layout,
        Some(TypeId::of::<T>()),
        "object allocated with a foreign layout"
    );
}

/// `alloc` once `ty`'s layout is known to be `T`.
#[inline]
fn alloc_checked<T: 'static>(ty: Obj, data: T) -> Obj {
    let header = ty.header_ptr().unwrap_or(NonNull::dangling());
    let tracked = ty_tracks(&ty);
    std::mem::forget(ty);
    // Two calls with constant flags: each path gets its own straight code.
    if tracked {
        let obj = alloc_raw(header, data, true);
        track(&obj);
        obj
    } else {
        alloc_raw(header, data, false)
    }
}

/// Whether instances of type `ty` are tracked (`tracking::tracks`).
#[inline]
fn ty_tracks(ty: &Obj) -> bool {
    match ty.header_ptr() {
        // SAFETY: `ty` is a type object (every allocation checked that its
        // layout is recorded in it, `check_layout`), so a
        // `PyBox<TypeData>`, alive while borrowed.
        Some(h) => tracking::tracks(unsafe { &(*h.as_ptr().cast::<PyBox<TypeData>>()).data }),
        None => false,
    }
}

/// Puts a new object of a tracked type on the cycle collector's list (its
/// block has room for the links); may run a collection.
fn track(obj: &Obj) {
    if let Some(header) = obj.header_ptr() {
        tracking::link(header);
        crate::gc::count_tracked();
    }
}

/// Takes a tracked object being freed off the cycle collector's list (out
/// of line: the untracked objects' path, floats above all, stays short).
#[inline(never)]
fn untrack(header: NonNull<Header>) {
    tracking::unlink(header);
    crate::gc::count_untracked();
}

/// A block for an object of `layout`, with room for the cycle collector's
/// links before it when `tracked`: the object's address.
#[inline]
fn alloc_object(layout: Layout, tracked: bool) -> *mut u8 {
    let (block_layout, offset) = if tracked {
        tracking::block_layout(layout)
    } else {
        (layout, 0)
    };
    let block = crate::alloc::alloc_block(block_layout);
    if block.is_null() {
        std::alloc::handle_alloc_error(block_layout);
    }
    // SAFETY: the block holds `offset` bytes, then the object.
    unsafe { block.add(offset) }
}

/// Frees the block of an object `alloc_object` made.
///
/// # Safety
/// `p` is what `alloc_object(layout, tracked)` returned, and nothing uses
/// the object any more.
#[inline]
unsafe fn free_object(p: *mut u8, layout: Layout, tracked: bool) {
    if tracked {
        let (block_layout, offset) = tracking::block_layout(layout);
        // SAFETY: by the contract, the block starts `offset` bytes before
        // the object and was allocated with `block_layout`.
        unsafe { crate::alloc::free_block(p.sub(offset), block_layout) };
    } else {
        // SAFETY: by the contract.
        unsafe { crate::alloc::free_block(p, layout) };
    }
}

/// A type whose layout was checked once, so that its instances are
/// allocated without checking it again: for the builtin types allocated
/// most (float).
pub struct TypeFor<T> {
    ty: Obj,
    /// Whether its instances are tracked: fixed for the builtin types
    /// this serves, so asked once.
    tracked: bool,
    _layout: PhantomData<fn() -> T>,
}

impl<T: 'static> TypeFor<T> {
    /// `ty` as a type for payloads `T`. Its layout must be `T` (checked
    /// as `alloc` checks it).
    pub fn new(ty: Obj) -> TypeFor<T> {
        check_layout::<T>(&ty);
        TypeFor {
            tracked: ty_tracks(&ty),
            ty,
            _layout: PhantomData,
        }
    }

    /// A new instance holding `data`, as `alloc` makes it.
    #[inline]
    pub fn alloc(&self, data: T) -> Obj {
        if self.tracked {
            return alloc_checked(self.ty.clone(), data);
        }
        let header = self.ty.header_ptr().unwrap_or(NonNull::dangling());
        // The instance's reference to its type, as `alloc_checked` takes.
        std::mem::forget(self.ty.clone());
        alloc_raw(header, data, false)
    }
}

impl<T: 'static> TypeFor<WithText<T>> {
    /// A new instance holding `data` and the concatenation of `parts`, as
    /// `alloc_text_parts` makes it.
    #[inline]
    pub fn alloc_text_parts(&self, data: T, parts: &[&str]) -> Obj {
        text_parts_checked(self.ty.clone(), data, parts, |_| {})
    }

    /// A new instance holding `data` and a copy of `text` that `map` then
    /// changes in place (`str::make_ascii_lowercase`, say: what `&mut str`
    /// allows keeps it UTF-8).
    #[inline]
    pub fn alloc_text_mapped(&self, data: T, text: &str, map: impl FnOnce(&mut str)) -> Obj {
        text_parts_checked(self.ty.clone(), data, &[text], map)
    }
}

/// The data of the type of the object whose header is `h`.
#[inline]
fn type_data_of(h: &Header) -> &TypeData {
    let boxed = h.ty.get().as_ptr() as *const PyBox<TypeData>;
    // SAFETY: an object's `ty` is a live type object (the object owns a
    // reference to it, and the object outlives the borrow of `h`), and type
    // objects are always `PyBox<TypeData>`.
    unsafe { &(*boxed).data }
}

/// Allocates a heap object of type `ty` whose payload is `data` followed
/// by a copy of `text`, in one block. The type's layout must be
/// `WithText<T>` (checked, as in `alloc`); its `dealloc` is
/// `dealloc_text_box::<T>` (`TypeData::new_text`).
pub fn alloc_text<T: 'static>(ty: Obj, data: T, text: &str) -> Obj {
    alloc_text_parts(ty, data, &[text])
}

/// `alloc_text` of the concatenation of `parts`, written straight into
/// the object (each part is UTF-8, so their concatenation is too).
pub fn alloc_text_parts<T: 'static>(ty: Obj, data: T, parts: &[&str]) -> Obj {
    check_layout::<WithText<T>>(&ty);
    text_parts_checked(ty, data, parts, |_| {})
}

/// `alloc_text_parts` once `ty`'s layout is known to be `WithText<T>`,
/// with `map` run on the copied text.
#[inline]
fn text_parts_checked<T: 'static>(
    ty: Obj,
    data: T,
    parts: &[&str],
    map: impl FnOnce(&mut str),
) -> Obj {
    let len = parts.iter().fold(0usize, |n, p| n.saturating_add(p.len()));
    let header = ty.header_ptr().unwrap_or(NonNull::dangling());
    let tracked = ty_tracks(&ty);
    std::mem::forget(ty);
    let value = PyBox {
        header: Header {
            refcnt: Cell::new(1),
            ty: Cell::new(header),
            dict: RefCell::new(None),
        },
        data: WithText { data, len },
    };
    let layout = text_layout::<T>(len);
    let block = alloc_object(layout, tracked);
    let p = block as *mut PyBox<WithText<T>>;
    // SAFETY: `block` is a fresh object of `layout`, which starts with a
    // `PyBox<WithText<T>>` (same alignment) and has `len` bytes after it,
    // the parts' lengths added up (a sum that saturated would have failed
    // `text_layout`); nothing else uses it.
    let text = unsafe {
        p.write(value);
        let start = block.add(std::mem::size_of::<PyBox<WithText<T>>>());
        let mut bytes = start;
        for part in parts {
            std::ptr::copy_nonoverlapping(part.as_ptr(), bytes, part.len());
            bytes = bytes.add(part.len());
        }
        // SAFETY: the `len` bytes at `start` were just written, nothing
        // else refers to them yet, and they are the concatenation of UTF-8
        // strings, so UTF-8.
        std::str::from_utf8_unchecked_mut(std::slice::from_raw_parts_mut(start, len))
    };
    map(text);
    let obj = Obj {
        // Non-null and 8-aligned, as in `alloc_raw`.
        word: NonZeroUsize::new(p as usize).unwrap_or(NonZeroUsize::MIN),
        _not_send: PhantomData,
    };
    if tracked {
        track(&obj);
    }
    obj
}

/// The block of a `PyBox<WithText<T>>` with `len` bytes of text, rounded
/// up to its alignment.
fn text_layout<T>(len: usize) -> Layout {
    let fixed = Layout::new::<PyBox<WithText<T>>>();
    match Layout::from_size_align(fixed.size().saturating_add(len), fixed.align()) {
        Ok(l) => l.pad_to_align(),
        // Only a length near `isize::MAX`, which no `&str` in memory
        // next to this program's own data can have.
        Err(_) => std::alloc::handle_alloc_error(fixed),
    }
}

/// Frees a `PyBox<WithText<T>>` and its text; installed as
/// `TypeData::dealloc` for layout `WithText<T>`.
///
/// # Safety
/// `header` must point at an object allocated by `alloc_text::<T>` whose
/// refcount just reached zero; `tracked` says whether it was tracked.
pub unsafe fn dealloc_text_box<T>(header: NonNull<Header>, tracked: bool) {
    let p = header.as_ptr() as *mut PyBox<WithText<T>>;
    // SAFETY: by the contract, `p` is a live `PyBox<WithText<T>>`.
    let layout = text_layout::<T>(unsafe { (*p).data.len });
    // SAFETY: nobody references the object any more: drop it in place
    // (the text bytes need no drop).
    unsafe { std::ptr::drop_in_place(p) };
    // SAFETY: `alloc_text` allocated the object with this same layout.
    unsafe { free_object(p as *mut u8, layout, tracked) };
}

/// Allocates the type object of `type` itself, whose type is itself.
/// It is not tracked (and immortal, so never freed, whatever its type
/// decides for the type objects made after it).
pub(crate) fn alloc_type_of_types(data: TypeData) -> Obj {
    let obj = alloc_raw(NonNull::dangling(), data, false);
    if let Some(h) = obj.header() {
        h.ty.set(obj.header_ptr().unwrap_or(NonNull::dangling()));
        h.refcnt.set(IMMORTAL);
    }
    obj
}

/// Allocates with an owned type reference already taken (with room for
/// the cycle collector's links before the object when `tracked`).
#[inline]
fn alloc_raw<T: 'static>(ty: NonNull<Header>, data: T, tracked: bool) -> Obj {
    let value = PyBox {
        header: Header {
            refcnt: Cell::new(1),
            ty: Cell::new(ty),
            dict: RefCell::new(None),
        },
        data,
    };
    let p = alloc_object(Layout::new::<PyBox<T>>(), tracked) as *mut PyBox<T>;
    // SAFETY: `p` is a fresh object for a `PyBox<T>` (its size and
    // alignment), used by nothing else.
    unsafe { p.write(value) };
    let ptr = p as usize;
    Obj {
        // Heap pointers are non-null and aligned to at least 8 bytes here
        // (the header holds usizes), so the low bit is clear.
        word: NonZeroUsize::new(ptr).unwrap_or(NonZeroUsize::MIN),
        _not_send: PhantomData,
    }
}

/// Frees an untracked `PyBox<T>` whose count reached 0, as its type's
/// `dealloc` would, without looking the type up: for the payloads that
/// die most (floats in arithmetic loops). Out of line, so that a caller
/// choosing between it and `Obj::free` stays two tail calls.
///
/// # Safety
/// `obj` is a `PyBox<T>` of an untracked type that nobody references any
/// more (its count just reached 0).
#[inline(never)]
pub unsafe fn free_untracked<T>(obj: std::mem::ManuallyDrop<Obj>) {
    debug_assert!(!obj.with_type(tracking::tracked));
    if let Some(header) = obj.header_ptr() {
        // SAFETY: by the contract.
        unsafe { dealloc_box::<T>(header, false) };
    }
}

/// Frees a `PyBox<T>`; installed as `TypeData::dealloc` for layout `T`.
///
/// # Safety
/// `header` must point at a `PyBox<T>` allocated by `alloc` whose refcount
/// just reached zero; `tracked` says whether it was tracked.
#[inline]
pub unsafe fn dealloc_box<T>(header: NonNull<Header>, tracked: bool) {
    let p = header.as_ptr() as *mut PyBox<T>;
    // SAFETY: by the contract, `p` is a live `PyBox<T>` that nobody
    // references any more: drop its contents in place.
    unsafe { std::ptr::drop_in_place(p) };
    let layout = Layout::new::<PyBox<T>>();
    // SAFETY: `alloc_raw` allocated the object for a `PyBox<T>` (constant
    // flags: each path gets its own straight code).
    unsafe {
        if tracked {
            free_object(p as *mut u8, layout, true);
        } else {
            free_object(p as *mut u8, layout, false);
        }
    }
}

impl Clone for Obj {
    #[inline]
    fn clone(&self) -> Obj {
        if let Some(h) = self.header() {
            h.refcnt.set(h.refcnt.get() + 1);
        }
        Obj {
            word: self.word,
            _not_send: PhantomData,
        }
    }
}

impl Drop for Obj {
    #[inline]
    fn drop(&mut self) {
        let Some(ptr) = self.header_ptr() else {
            return;
        };
        // SAFETY: see `header`: we still own our reference here.
        let h = unsafe { ptr.as_ref() };
        // An owned reference counts at least 1.
        let n = h.refcnt.get() - 1;
        h.refcnt.set(n);
        if n == 0 {
            // SAFETY: that was the last reference.
            unsafe { self.free() };
        }
    }
}

impl Obj {
    /// Drops this reference when it is not the object's last (no code can
    /// run then); the last one is handed back, for the caller to drop
    /// where freeing the object and whatever that runs is safe.
    #[inline]
    pub fn drop_unless_last(self) -> Option<Obj> {
        let ptr = self.header_ptr()?;
        // SAFETY: see `header`: we still own our reference here.
        let h = unsafe { ptr.as_ref() };
        if h.refcnt.get() == 1 {
            return Some(self);
        }
        // An owned reference counts at least 1, and this is not the last.
        h.refcnt.set(h.refcnt.get() - 1);
        std::mem::forget(self);
        None
    }

    /// Frees the heap object whose count just reached 0 (`Drop`, or
    /// native code's inline release through `pyrt_dealloc`).
    ///
    /// # Safety
    /// `self` is a heap object whose count is 0: no reference is left,
    /// and `self` is not dropped after.
    #[cold]
    pub(crate) unsafe fn free(&self) {
        let Some(ptr) = self.header_ptr() else {
            return;
        };
        let (tracked, dealloc) = self.with_type(|t| (tracking::tracked(t), t.dealloc));
        if tracked {
            untrack(ptr);
        }
        // SAFETY: the last reference is gone; `dealloc` is the function for
        // this object's layout (recorded with the layout in its type), which
        // drops the header and payload.
        unsafe { dealloc(ptr, tracked) };
    }
}

impl PartialEq for Obj {
    /// Identity, not Python equality.
    fn eq(&self, other: &Obj) -> bool {
        self.is(other)
    }
}

impl fmt::Debug for Obj {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.as_small() {
            Some(i) => write!(f, "{i}"),
            None => {
                let name = self.with_type(|t| t.name());
                write!(f, "<{name} object at {:#x}>", self.word.get())
            }
        }
    }
}
