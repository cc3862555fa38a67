//! The C ABI that native code calls (`pyrt_*`), and the call into native
//! code (`enter`).
//!
//! Native code works on the VM's frame: it reads and writes the frame's
//! registers and fast locals in place (word arrays whose 0 means unset:
//! `Option<Obj>` is one word with `None` as 0), inlines the common cases
//! of the hot instructions, and hands every other instruction to
//! `pyrt_step`, which runs it with the VM's own code. An instruction that
//! raises leaves its exception here (`PENDING`) until `pyrt_unwind` moves
//! it to the handler's register or the frame returns 0 to `enter`.
//!
//! Every function here is called only by code the native backend
//! generated, with the frame pointer `enter` passed in.

use std::cell::{Cell, RefCell};
use std::mem::ManuallyDrop;
use std::sync::OnceLock;
use std::sync::atomic::AtomicBool;

use super::NativeFn;
use super::layout::{CellLayout, DictLayout, SeqLayout};
use crate::error::{PyErr, PyResult};
use crate::object::Obj;
use crate::rt::{self, Exc};
use crate::types::float::FloatData;
use crate::types::range::RangeIter;
use crate::vm::code::CodeRef;
use crate::vm::eval::Exit;
use crate::vm::frame::Frame;

thread_local! {
    /// The exception of the instruction that failed last, until unwound.
    static PENDING: RefCell<Option<PyErr>> = const { RefCell::new(None) };
}

pub(super) fn set_pending(e: PyErr) {
    PENDING.with(|p| *p.borrow_mut() = Some(e));
}

pub(super) fn take_pending() -> PyErr {
    PENDING
        .with(|p| p.borrow_mut().take())
        .unwrap_or_else(|| PyErr::new(Exc::SystemError, "native code failed without an exception"))
}

/// Runs a frame through its native code from the frame's pc: 0 for a
/// fresh frame; a generator's resume point or the handler a thrown
/// exception was unwound to.
#[inline]
pub fn enter(f: NativeFn, frame: &mut Frame) -> PyResult<Exit> {
    // A generator's suspension is recorded here (`pyrt_yield`, or the
    // VM's `yield` after `pyrt_resume`); a frame that returns leaves it
    // unset.
    frame.resume = None;
    // SAFETY: `f` is the native code of this frame's code object (the
    // image pairs them), the frame is live and the only access to it while
    // `f` runs goes through the pointer we pass; the thread's context
    // lives as long as the thread.
    let word = unsafe { f(frame, std::ptr::null(), std::ptr::null(), thread_ctx()) };
    if word == 0 {
        return Err(take_pending());
    }
    // SAFETY: a nonzero result is an owned reference native code produced
    // with `into_raw` semantics (it incremented the count it hands over).
    let v = unsafe { Obj::from_raw(word) };
    Ok(match frame.resume {
        Some(_) => Exit::Yield(v),
        None => Exit::Return(v),
    })
}

/// What native code needs of its frame, filled once on entry.
#[repr(C)]
pub struct Ctx {
    /// The registers: one word each, 0 when unset.
    pub regs: *mut usize,
    /// The fast locals (in the same array, after the registers): one word
    /// each, 0 when unbound.
    pub fast: *mut usize,
    /// The code object's constants: one word each, 0 when unavailable.
    /// Unset, like `pc`, `code`, `globals` and `builtins`, in a direct
    /// call's context (`ctx_code`).
    pub consts: *const usize,
    /// The word of `True`.
    pub true_word: usize,
    /// The word of `False`.
    pub false_word: usize,
    /// The Ctrl-C flag (a byte, nonzero when set).
    pub interrupt: *const AtomicBool,
    /// The word of `None`.
    pub none_word: usize,
    /// The word of the `float` type.
    pub float_type: usize,
    /// Where a heap object's type pointer sits.
    pub type_offset: usize,
    /// Where a float's `f64` sits.
    pub float_offset: usize,
    /// The word of the range iterator type.
    pub range_iter_type: usize,
    /// Where a range iterator's `SmallRange` (three `i64`s: next, step,
    /// left) sits.
    pub range_iter_offset: usize,
    /// The pc to start at: 0, or where a generator resumes.
    pub pc: usize,
    /// The code object being run (the frame's): its names, constants and
    /// caches.
    pub code: *const CodeRef,
    /// The word of the globals dict (borrowed from the frame).
    pub globals: usize,
    /// The word of the builtins dict.
    pub builtins: usize,
    /// The thread's call depth, which direct calls count themselves in
    /// and out of in place (read from the thread's context: a direct
    /// call's own context leaves it unset).
    pub depth: *mut u32,
    /// Where a dict's version sits (`dict::version`): native code's
    /// caches of global lookups compare it.
    pub dict_version_offset: usize,
    /// The word of the `list` type, or 0 when `layout` could not measure
    /// a list (no object's type is 0, so native code then never indexes a
    /// list inline).
    pub list_type: usize,
    /// Where a list's borrow flag sits (`native::layout`): inline
    /// indexing requires 0, nothing in Rust borrowing the items.
    pub list_borrow_offset: usize,
    /// Where a list's pointer to its first item sits.
    pub list_items_offset: usize,
    /// Where a list's length sits.
    pub list_len_offset: usize,
    /// The word of the `tuple` type, or 0 as for `list_type`.
    pub tuple_type: usize,
    /// Where a tuple's pointer to its first item sits.
    pub tuple_items_offset: usize,
    /// Where a tuple's length sits.
    pub tuple_len_offset: usize,
    /// The thread's count of freed functions (`vm::function::FREED`),
    /// which validates the call-site caches of direct calls (read from
    /// the thread's context, as `depth`).
    pub functions_freed: *const u64,
    /// The recursion limit (`sys.setrecursionlimit`), which direct calls
    /// check against `depth` themselves.
    pub limit: *const u32,
    /// The word of the sequence iterator type (`types::iter::SeqIter`).
    pub seq_iter_type: usize,
    /// Where a sequence iterator's `SeqIter` sits.
    pub seq_iter_offset: usize,
    /// The frame: the VM's, or for a direct call the one made on first
    /// need (`frame_of`), null until then.
    pub frame: *mut Frame,
    /// A direct call's function (null when the VM called), whose frame
    /// `frame_of` makes.
    pub fdata: *const crate::vm::function::FunctionData,
    /// The thread's type lookup epoch (`typeobj_ops::epoch`), which
    /// validates the call-site caches of `load_method`.
    pub epoch: *const u64,
    /// Where a heap object's instance dict sits (`Option<Obj>`, 0 for
    /// none): `load_method`'s cache holds only for objects without one.
    pub dict_offset: usize,
    /// The thread's context (`thread_ctx`), whose per-thread fields
    /// native code reads instead of copying them (see `direct`).
    pub thread: *const Ctx,
    /// Where a dict's entries are (`layout::DictLayout`): the borrow flag,
    /// the pointer to the first entry, their number, an entry's size (0:
    /// no inline read) and its key's and value's offsets.
    pub dict_table_flag: usize,
    /// See `dict_table_flag`.
    pub dict_entries: usize,
    /// See `dict_table_flag`.
    pub dict_entries_len: usize,
    /// See `dict_table_flag`.
    pub dict_entry_size: usize,
    /// See `dict_table_flag`.
    pub dict_entry_key: usize,
    /// See `dict_table_flag`.
    pub dict_entry_value: usize,
    /// Where a dict's "is a type's namespace" flag (a byte) sits: native
    /// code replaces an entry in place only in other dicts.
    pub dict_namespace_offset: usize,
    /// The thread's next dict version (`dict::next_version_ptr`), which a
    /// dict takes when native code modifies it.
    pub next_dict_version: *mut u64,
    /// The word of `list.append` (the method the list type has), which a
    /// `call_method` of a list with room for one more item runs inline.
    pub list_append: usize,
    /// Where a list's capacity sits (`layout::SeqLayout`).
    pub list_cap_offset: usize,
    /// The word of the builtin `len` (made immortal, so the word never
    /// names another object), which native code runs inline on a list or
    /// a tuple.
    pub len_fn: usize,
    /// The word of the cell type, or 0 when `layout` could not measure a
    /// cell (native code then reads no cell inline).
    pub cell_type: usize,
    /// Where a frame's pointer to its first cell sits
    /// (`layout::CellLayout`).
    pub frame_cells_offset: usize,
    /// Where a frame's number of cells sits.
    pub frame_cells_len_offset: usize,
    /// Where a function's pointer to its first closure cell sits, from
    /// the payload `fdata` points at.
    pub closure_offset: usize,
    /// Where a function's number of closure cells sits.
    pub closure_len_offset: usize,
    /// Where a cell's value word (0 when empty) sits.
    pub cell_value_offset: usize,
    /// In the thread's context: the result of a direct call that returned
    /// `FLOAT_RETURNED`, a double its caller takes before anything else
    /// runs (a typed callee's float, never boxed).
    pub float_return: f64,
}

/// What a direct call returns when its result is the double in the
/// thread's context (`Ctx::float_return`): no object's word (not aligned),
/// no small int's (even) and none of the other special words (0,
/// `READS_FRAME`).
pub const FLOAT_RETURNED: usize = 2;

/// A `load_method` site's cache in native code: the method its type has
/// under the name in lookup epoch `epoch`, for objects of type `ty` whose
/// instance dict, if any, does not shadow it (`pyrt_method_unshadowed`).
/// It owns nothing: the method is the type's (removing it changes the
/// epoch), an object of type `ty` keeps the type alive, and the name is
/// the code object's.
#[repr(C)]
pub struct MethodSite {
    /// The type's word; 0 (no type) until filled.
    pub ty: usize,
    /// The epoch the lookup was made in.
    pub epoch: u64,
    /// The method's word (borrowed).
    pub method: usize,
    /// The name's word.
    pub name: usize,
    /// The name's hash.
    pub hash: i64,
}

/// For a `load_method` site whose type and epoch hold for `obj`, which
/// has an instance dict: 1 when the dict surely does not hold the name
/// (the cached method is the answer), else 0 (the full lookup decides).
///
/// # Safety
/// `site` points at a filled `MethodSite`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyrt_method_unshadowed(obj: usize, site: *const MethodSite) -> usize {
    // SAFETY: by the contract.
    let (name, hash) = unsafe { (borrow((*site).name), (*site).hash) };
    usize::from(unshadowed(&borrow(obj), &name, hash))
}

/// The context of a frame's native code, kept with the frame (a frame
/// from the pool usually runs the same code again, and a generator's is
/// entered at every resume), so that entering fills it only when the
/// frame's code, globals or slot arrays changed (`Frame::acquire` says
/// so: `invalidate`). Owned through a raw pointer, not a `Box`: native
/// code holds the pointer while Rust code borrows the frame mutably.
pub struct CtxBox {
    ctx: Option<std::ptr::NonNull<Ctx>>,
    /// Whether the context was filled for the frame as it is.
    current: bool,
}

impl CtxBox {
    /// None allocated yet (a frame the VM runs never needs one).
    pub const fn empty() -> CtxBox {
        CtxBox {
            ctx: None,
            current: false,
        }
    }

    /// The frame's code, globals or slot arrays changed: the context is
    /// filled again before native code next runs on it.
    #[inline]
    pub fn invalidate(&mut self) {
        self.current = false;
    }

    /// The context, allocated zeroed on first use (a zeroed context
    /// matches no frame, so it is filled before native code reads it).
    fn get(&mut self) -> *mut Ctx {
        self.ctx
            .get_or_insert_with(|| {
                // SAFETY: every field of `Ctx` is an integer or a raw
                // pointer, for which all zero bits are a valid value.
                let zeroed: Ctx = unsafe { std::mem::zeroed() };
                std::ptr::NonNull::from(Box::leak(Box::new(zeroed)))
            })
            .as_ptr()
    }
}

impl Drop for CtxBox {
    fn drop(&mut self) {
        if let Some(p) = self.ctx.take() {
            // SAFETY: `p` came from `Box::leak` in `get` and is freed once;
            // native code no longer runs on a frame being dropped.
            drop(unsafe { Box::from_raw(p.as_ptr()) });
        }
    }
}

/// Fills `ctx` for `frame` (native code that also takes direct calls
/// keeps its context on its stack, where LLVM sees a direct call's
/// stores into it).
///
/// # Safety
/// `frame` is the live frame native code was entered with; `ctx` points
/// at writable memory for a `Ctx`, apart from the frame.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyrt_enter(frame: *mut Frame, ctx: *mut Ctx) {
    // SAFETY: by the contract, both pointers are valid and unaliased.
    let (frame, c) = unsafe { (&mut *frame, &mut *ctx) };
    let thread = thread_ctx();
    // SAFETY: the thread's context is filled and alive, and apart from
    // `ctx` (a native call's own); `Ctx` holds only integers and raw
    // pointers, so the copy duplicates no ownership.
    *c = unsafe { thread.read() };
    set_arrays(c, frame);
    fill_call(c, &frame.code, &frame.globals);
    c.frame = frame;
    c.fdata = std::ptr::null();
    c.pc = frame.pc;
}

/// The context of native code the VM entered on `frame` (code that takes
/// no direct calls, such as a generator's, entered at every resume): the
/// frame's own (`CtxBox`), filled again only when its slot arrays,
/// constants or globals changed since (`CtxBox::invalidate`; the frame
/// itself stays where it is, boxed, and the code object gives nothing
/// else: the context's `code` points at the frame's field).
///
/// # Safety
/// `frame` is the live frame native code was entered with.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyrt_frame_ctx(frame: *mut Frame) -> *mut Ctx {
    // SAFETY: by the contract; the context is a separate allocation.
    let frame = unsafe { &mut *frame };
    let ctx = frame.native_ctx.get();
    if frame.native_ctx.current {
        // SAFETY: `get` gives a valid context, filled for this frame.
        unsafe { (*ctx).pc = frame.pc };
    } else {
        // SAFETY: as above.
        unsafe { pyrt_enter(frame, ctx) };
        frame.native_ctx.current = true;
    }
    ctx
}

/// The frame of the call `ctx` belongs to. A direct call has none until
/// this first needs it: it is then taken from the pool for the function,
/// given what native code copied into the context's scratch arrays
/// (words of slots native code synced for the VM, the others stale, as a
/// frame's copies between syncs always are), and the context pointed at
/// its arrays.
///
/// # Safety
/// `ctx` is the context of a running native call: `frame` set, or
/// `fdata` the live function and `regs` pointing at its scratch arrays of
/// as many words as the function's frame has slots.
#[inline]
pub(super) unsafe fn frame_of<'a>(ctx: *mut Ctx) -> &'a mut Frame {
    // SAFETY: by the contract.
    let c = unsafe { &mut *ctx };
    if c.frame.is_null() {
        // SAFETY: by the contract.
        unsafe { make_frame(c) };
    }
    // SAFETY: `frame` is the VM's live frame or the one made above, which
    // stays alive until the call leaves.
    unsafe { &mut *c.frame }
}

/// `frame_of`'s first need of a direct call's frame.
///
/// # Safety
/// As `frame_of`'s, with no frame yet.
#[cold]
#[inline(never)]
unsafe fn make_frame(c: &mut Ctx) {
    // SAFETY: by the contract, `fdata` is the live function.
    let mut frame = Frame::acquire(unsafe { &*c.fdata });
    for (i, slot) in frame.regs.iter_mut().enumerate() {
        // SAFETY: the scratch array has a word per slot; every bit
        // pattern is an `Option<Obj>` (a word, 0 for None), and these
        // copies, like every frame copy of a native slot, are only
        // read by the VM where native code synced them and are never
        // released through the frame (`pyrt_leave_direct` forgets
        // them; a typed fallback syncs every slot first).
        *slot = unsafe { std::mem::transmute::<usize, Option<Obj>>(*c.regs.add(i)) };
    }
    set_arrays(c, &mut frame);
    c.frame = Box::into_raw(frame);
}

/// Points `ctx` at `frame`'s slot arrays.
pub(super) fn set_arrays(ctx: &mut Ctx, frame: &mut Frame) {
    // `Option<Obj>` has `Obj`'s size with `None` as 0 (Obj wraps a
    // NonZeroUsize), so the vector is a word array. It is not resized
    // while the frame runs, so the pointers stay valid.
    ctx.regs = frame.regs.as_mut_ptr().cast();
    // The fast locals follow the registers in the same array.
    ctx.fast = ctx.regs.wrapping_add(frame.nregs);
}

/// Fills the call's part of `ctx` that the code object and globals give.
fn fill_call(ctx: &mut Ctx, code: &CodeRef, globals: &Obj) {
    ctx.consts = code.consts().as_ptr().cast();
    ctx.code = code;
    ctx.globals = globals.id();
}

/// Fills the per-thread fields of `ctx`: the words of the runtime's
/// immortal objects native code compares with, the layouts it reads, the
/// thread's cells.
fn fill_thread(ctx: &mut Ctx) {
    let (seq, _, cells) = measured();
    // 0 (no inline indexing) when the layout could not be measured.
    let type_word = |t: Obj| if seq.is_some() { t.id() } else { 0 };
    fill_layout(ctx);
    ctx.true_word = word_of(&rt::bool_obj(true));
    ctx.false_word = word_of(&rt::bool_obj(false));
    ctx.interrupt = crate::vm::interrupt::flag_ptr();
    ctx.none_word = word_of(&rt::none());
    ctx.float_type = rt::ty(|t| &t.float).id();
    ctx.range_iter_type = crate::types::range::iter_type().id();
    // The builtins dict lives as long as the thread's runtime.
    ctx.builtins = crate::builtins::builtins_dict().id();
    ctx.depth = crate::vm::eval::depth_ptr();
    ctx.list_type = type_word(rt::ty(|t| &t.list));
    ctx.tuple_type = type_word(rt::ty(|t| &t.tuple));
    ctx.functions_freed = crate::vm::function::freed_count_ptr();
    ctx.limit = crate::vm::eval::limit_ptr();
    ctx.seq_iter_type = crate::types::iter::seq_iter_type().id();
    // Immortal, so its word stays its own; 0 (no inline read) unmeasured.
    ctx.cell_type = cells.map_or(0, |_| crate::vm::cell::cell_type().id());
    ctx.epoch = crate::types::typeobj_ops::epoch_ptr();
    ctx.next_dict_version = crate::types::dict::next_version_ptr();
    // The list type's namespace, which keeps the method, cannot change.
    ctx.list_append = crate::types::typeobj_ops::lookup(
        &rt::ty(|t| &t.list),
        &crate::types::str::new_str("append"),
    )
    .ok()
    .flatten()
    .map_or(0, type_word);
    // The builtins dict may lose it (`del builtins.len`): immortal, its
    // word stays its own.
    ctx.len_fn = crate::types::dict::get_str(&crate::builtins::builtins_dict(), "len")
        .ok()
        .flatten()
        .map_or(0, |f| {
            f.make_immortal();
            type_word(f)
        });
}

/// The list, tuple, dict and cell layouts (`native::layout`), measured
/// once per process: every thread's context and `layout_words` take them
/// from here. The sequence and cell layouts are `None` when they could
/// not be measured.
fn measured() -> &'static (Option<SeqLayout>, DictLayout, Option<CellLayout>) {
    static MEASURED: OnceLock<(Option<SeqLayout>, DictLayout, Option<CellLayout>)> =
        OnceLock::new();
    MEASURED.get_or_init(|| {
        // The dict's all 0 (no inline read) when it could not be measured.
        let dict = super::layout::measure_dict().unwrap_or_default();
        (
            super::layout::measure(),
            dict,
            super::layout::measure_cells(),
        )
    })
}

/// Fills the fields of `ctx` that say where objects keep what native
/// code reads (offsets from an object's address): the same in every
/// process of one build of the runtime, and measured without it running.
fn fill_layout(ctx: &mut Ctx) {
    let (seq, d, cells) = measured();
    let seq_layout = seq.unwrap_or_default();
    let cells = cells.unwrap_or_default();
    ctx.type_offset = crate::object::TYPE_OFFSET;
    ctx.float_offset = crate::object::payload_offset::<FloatData>();
    ctx.range_iter_offset =
        crate::object::payload_offset::<RangeIter>() + std::mem::offset_of!(RangeIter, small);
    ctx.dict_version_offset = crate::types::dict::VERSION_OFFSET;
    ctx.list_borrow_offset = seq_layout.list_borrow;
    ctx.list_items_offset = seq_layout.list_items;
    ctx.list_len_offset = seq_layout.list_len;
    ctx.list_cap_offset = seq_layout.list_cap;
    ctx.tuple_items_offset = seq_layout.tuple_items;
    ctx.tuple_len_offset = seq_layout.tuple_len;
    ctx.seq_iter_offset = crate::object::payload_offset::<crate::types::iter::SeqIter>();
    ctx.dict_offset = crate::object::dict_offset();
    ctx.dict_table_flag = d.table_flag;
    ctx.dict_entries = d.entries;
    ctx.dict_entries_len = d.entries_len;
    ctx.dict_entry_size = d.entry_size;
    ctx.dict_entry_key = d.entry_key;
    ctx.dict_entry_value = d.entry_value;
    ctx.dict_namespace_offset = crate::types::dict::NAMESPACE_OFFSET;
    ctx.frame_cells_offset = cells.frame_cells;
    ctx.frame_cells_len_offset = cells.frame_cells_len;
    ctx.closure_offset = cells.closure;
    ctx.closure_len_offset = cells.closure_len;
    ctx.cell_value_offset = cells.value;
}

/// The layout words of the context (`fill_layout`) as (index of the
/// word in `Ctx`, value). The compiler, which links this runtime, builds
/// them into native code as constants (no load, no register to keep
/// them in), and the executable, which links its own copy, checks them
/// on start (`check_layout`): Rust leaves the order of std's fields
/// unspecified, and only a check tells that two builds agree.
pub fn layout_words() -> &'static [(u32, u64)] {
    static WORDS: OnceLock<Vec<(u32, u64)>> = OnceLock::new();
    WORDS.get_or_init(|| {
        // SAFETY: every field of `Ctx` is an integer or a raw pointer,
        // for which all zero bits are a valid value.
        let mut c: Ctx = unsafe { std::mem::zeroed() };
        fill_layout(&mut c);
        let word = |offset: usize, value: usize| {
            // A context has some fifty fields: their word indexes fit.
            ((offset / std::mem::size_of::<usize>()) as u32, value as u64)
        };
        use std::mem::offset_of;
        vec![
            word(offset_of!(Ctx, type_offset), c.type_offset),
            word(offset_of!(Ctx, float_offset), c.float_offset),
            word(offset_of!(Ctx, range_iter_offset), c.range_iter_offset),
            word(offset_of!(Ctx, dict_version_offset), c.dict_version_offset),
            word(offset_of!(Ctx, list_borrow_offset), c.list_borrow_offset),
            word(offset_of!(Ctx, list_items_offset), c.list_items_offset),
            word(offset_of!(Ctx, list_len_offset), c.list_len_offset),
            word(offset_of!(Ctx, list_cap_offset), c.list_cap_offset),
            word(offset_of!(Ctx, tuple_items_offset), c.tuple_items_offset),
            word(offset_of!(Ctx, tuple_len_offset), c.tuple_len_offset),
            word(offset_of!(Ctx, seq_iter_offset), c.seq_iter_offset),
            word(offset_of!(Ctx, dict_offset), c.dict_offset),
            word(offset_of!(Ctx, dict_table_flag), c.dict_table_flag),
            word(offset_of!(Ctx, dict_entries), c.dict_entries),
            word(offset_of!(Ctx, dict_entries_len), c.dict_entries_len),
            word(offset_of!(Ctx, dict_entry_size), c.dict_entry_size),
            word(offset_of!(Ctx, dict_entry_key), c.dict_entry_key),
            word(offset_of!(Ctx, dict_entry_value), c.dict_entry_value),
            word(
                offset_of!(Ctx, dict_namespace_offset),
                c.dict_namespace_offset,
            ),
            word(offset_of!(Ctx, frame_cells_offset), c.frame_cells_offset),
            word(
                offset_of!(Ctx, frame_cells_len_offset),
                c.frame_cells_len_offset,
            ),
            word(offset_of!(Ctx, closure_offset), c.closure_offset),
            word(offset_of!(Ctx, closure_len_offset), c.closure_len_offset),
            word(offset_of!(Ctx, cell_value_offset), c.cell_value_offset),
        ]
    })
}

/// Whether `built` (an executable's `layout_words` from build time, as
/// its image lists them: word index, value) is this runtime's: an error
/// naming the first word that differs.
pub fn check_layout(built: &[[u64; 2]]) -> Result<(), String> {
    let ours = layout_words();
    for &[index, value] in built {
        match ours.iter().find(|&&(i, _)| u64::from(i) == index) {
            Some(&(_, v)) if v == value => {}
            found => {
                return Err(format!(
                    "the native code was built for another runtime: context word {index} \
                     is {value} in it, {} in this runtime",
                    found.map_or_else(|| "absent".to_string(), |&(_, v)| v.to_string())
                ));
            }
        }
    }
    Ok(())
}

thread_local! {
    static THREAD_CTX: Cell<*mut Ctx> = const { Cell::new(std::ptr::null_mut()) };
}

/// The thread's context: its per-thread fields filled once
/// (`fill_thread`), its call part empty, `thread` pointing at itself.
/// Every native call's `Ctx::thread` points here, and these fields never
/// change afterwards, so generated code loads them as invariant (kept
/// across calls and stores, hoisted out of loops). It lives as long as
/// the thread.
#[inline]
pub(super) fn thread_ctx() -> *mut Ctx {
    let p = THREAD_CTX.with(Cell::get);
    if p.is_null() { new_thread_ctx() } else { p }
}

/// Makes the thread's context (`thread_ctx`) on the thread's first native
/// call.
#[cold]
#[inline(never)]
fn new_thread_ctx() -> *mut Ctx {
    // SAFETY: every field of `Ctx` is an integer or a raw pointer, for
    // which all zero bits are a valid value.
    let mut c: Ctx = unsafe { std::mem::zeroed() };
    fill_thread(&mut c);
    let p = Box::into_raw(Box::new(c));
    // SAFETY: `p` is the live allocation just made.
    unsafe { (*p).thread = p };
    THREAD_CTX.with(|t| t.set(p));
    p
}

/// The word of an immortal object (True, False, None, builtin types): it
/// stays valid after this reference is gone.
fn word_of(o: &Obj) -> usize {
    o.id()
}

/// Runs the instruction at `pc` on the VM: -2 to go on, -1 when it raised
/// (the exception is pending), else the pc to jump to.
///
/// # Safety
/// `ctx` is the context of the running native call (see `frame_of`).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyrt_step(ctx: *mut Ctx, pc: u32) -> i64 {
    // SAFETY: by the contract.
    let frame = unsafe { frame_of(ctx) };
    match crate::vm::eval::step_at(frame, pc as usize) {
        Ok(None) => -2,
        Ok(Some(t)) => t as i64,
        Err(e) => {
            set_pending(e);
            -1
        }
    }
}

/// Runs the rest of the call on the VM from `pc` (native code's fallback
/// when a type check fails; the frame's arrays are up to date), or of a
/// generator's run up to its next `yield`: the owned word of the result
/// (or of the value yielded), or 0 with the exception pending.
///
/// # Safety
/// `ctx` is the context of the running native call (see `frame_of`).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyrt_resume(ctx: *mut Ctx, pc: u32) -> usize {
    // SAFETY: by the contract.
    let frame = unsafe { frame_of(ctx) };
    frame.pc = pc as usize;
    // A generator's `yield` on the VM suspends the frame (`Frame::resume`)
    // as `pyrt_yield` does, so its value goes back the same way.
    match crate::vm::eval::interpret(frame, None) {
        Ok(Exit::Return(v) | Exit::Yield(v)) => v.into_raw(),
        Err(e) => {
            set_pending(e);
            0
        }
    }
}

/// Suspends the frame at the `yield` at `pc`, as the VM's `yield` does:
/// the value sent in will go to register `dst` and the frame resumes at
/// pc `resume` (a thrown exception is raised at `pc`). Native code then
/// returns the yielded value.
///
/// # Safety
/// `ctx` is the context of the running native call (a generator's, which
/// the VM entered with its frame).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyrt_yield(ctx: *mut Ctx, pc: u32, dst: u32, resume: u32) {
    // SAFETY: by the contract.
    let frame = unsafe { frame_of(ctx) };
    frame.resume = Some((dst, pc as usize));
    frame.pc = resume as usize;
}

/// Borrows a word as an object without touching its count.
fn borrow(word: usize) -> ManuallyDrop<Obj> {
    // SAFETY: native code passes only words of live objects it holds a
    // reference to; ManuallyDrop keeps this copy from releasing it.
    ManuallyDrop::new(unsafe { Obj::from_raw(word) })
}

/// `unpack_seq` of `count` items, as the VM does it: the owned tuple of
/// the items, or 0 with the exception pending.
#[unsafe(no_mangle)]
pub extern "C" fn pyrt_unpack(src: usize, count: u32) -> usize {
    word_or_pending(crate::builtins::containers::unpack(
        &borrow(src),
        count as usize,
        None,
    ))
}

/// Cell `cell` of the call `ctx` runs: its frame's, or for a direct call
/// without a frame yet (a function whose cells are all free variables,
/// `takes_direct_calls`) the function's closure, which the frame would
/// copy.
///
/// # Safety
/// `ctx` is the context native code filled on entry.
unsafe fn cell_of<'a>(ctx: *const Ctx, cell: u32) -> Option<&'a Obj> {
    // SAFETY: by the contract.
    let c = unsafe { &*ctx };
    // SAFETY: a non-null frame is the live frame native code runs on, and
    // a null one comes with the live function (`Ctx::fdata`).
    let cells = match unsafe { c.frame.as_ref() } {
        Some(frame) => &frame.cells,
        // SAFETY: as above.
        None => &unsafe { c.fdata.as_ref() }?.closure,
    };
    cells.get(cell as usize)
}

/// `load.deref`: a new reference to what cell `cell` holds, or 0 when it
/// is empty (the VM's step then raises NameError).
///
/// # Safety
/// `ctx` is the context native code filled on entry.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyrt_load_deref(ctx: *const Ctx, cell: u32) -> usize {
    // SAFETY: by the contract.
    unsafe { cell_of(ctx, cell) }
        .and_then(crate::vm::cell::get)
        .map_or(0, Obj::into_raw)
}

/// `store.deref`: cell `cell` takes a new reference to `value`.
///
/// # Safety
/// As `pyrt_load_deref`; `value` is a live word.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyrt_store_deref(ctx: *const Ctx, cell: u32, value: usize) {
    // SAFETY: by the contract.
    if let Some(c) = unsafe { cell_of(ctx, cell) } {
        crate::vm::cell::set(c, Some(Obj::clone(&borrow(value))));
    }
}

/// `load.closure`: a new reference to cell `cell` itself, or 0 (the
/// VM's step then raises its SystemError).
///
/// # Safety
/// As `pyrt_load_deref`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyrt_load_closure(ctx: *const Ctx, cell: u32) -> usize {
    // SAFETY: by the contract.
    unsafe { cell_of(ctx, cell) }.map_or(0, |c| c.clone().into_raw())
}

/// `super.zero`: `super()` in a method (three live words: the value of
/// the name `super`, the `__class__` cell, the first argument): 1 with
/// the owned super object in `*out`, -1 when it raised, 0 when `super`
/// names something else (the VM's step calls it, with the frame a
/// callable may read).
///
/// # Safety
/// `out` points at a writable word.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyrt_super_zero(
    sup: usize,
    cell: usize,
    first: usize,
    out: *mut usize,
) -> i32 {
    match crate::builtins::descriptors::zero_arg_super(&borrow(sup), &borrow(cell), &borrow(first))
    {
        None => 0,
        Some(Ok(v)) => {
            // SAFETY: by the contract.
            unsafe { *out = v.into_raw() };
            1
        }
        Some(Err(e)) => {
            set_pending(e);
            -1
        }
    }
}

/// `super.zero` then `load_method` of its result, when nothing else reads
/// the super object (CPython 3.12's `LOAD_SUPER_ATTR`, `descriptors::
/// super_method`): the attribute `name` (of the code object) of
/// `super(__class__, first)` without making the super object. 1: the
/// owned method in `*out` and the owned receiver or 0 in `*self_out`, as
/// `pyrt_load_method` gives them; 0: the name `super` is not the builtin
/// super (nothing done); -1: making the super object raised, -2: the
/// lookup raised (the exception pending).
///
/// # Safety
/// `ctx` is the context native code filled on entry; `sup`, `cell` and
/// `first` are live words; `out` and `self_out` point at writable words.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyrt_super_method(
    ctx: *const Ctx,
    operands: *const usize,
    name: u32,
    out: *mut usize,
    self_out: *mut usize,
) -> i32 {
    use crate::builtins::descriptors::{SuperLoad, super_method};
    // SAFETY: by the contract.
    let (code, _, _) = unsafe { ctx_code(ctx) };
    // SAFETY: by the contract, three live words.
    let [sup, cell, first] = unsafe { [0, 1, 2].map(|i| borrow(*operands.add(i))) };
    let loaded = match crate::vm::eval::code_name(code, name) {
        Ok(key) => super_method(&sup, &cell, &first, key),
        Err(e) => SuperLoad::Loaded(Err(e)),
    };
    match loaded {
        SuperLoad::NotSuper => 0,
        SuperLoad::Unmade(e) => {
            set_pending(e);
            -1
        }
        SuperLoad::Loaded(Err(e)) => {
            set_pending(e);
            -2
        }
        SuperLoad::Loaded(Ok((f, receiver))) => {
            // SAFETY: by the contract.
            unsafe {
                *out = f.into_raw();
                *self_out = receiver.map_or(0, Obj::into_raw);
            }
            1
        }
    }
}

/// `exc.push`: `exc` (a live word) joins the exceptions being handled.
#[unsafe(no_mangle)]
pub extern "C" fn pyrt_exc_push(exc: usize) {
    let e = Obj::clone(&borrow(exc));
    crate::rt::with(|rt| rt.handled.borrow_mut().push(e));
}

/// `exc.pop`: the innermost exception being handled is done.
#[unsafe(no_mangle)]
pub extern "C" fn pyrt_exc_pop() {
    let old = crate::rt::with(|rt| rt.handled.borrow_mut().pop());
    drop(old);
}

/// `raise exc from cause` (0 for an absent operand, else a live word):
/// the exception to raise is left pending, always.
#[unsafe(no_mangle)]
pub extern "C" fn pyrt_raise(exc: usize, cause: usize) {
    let operand = |w: usize| (w != 0).then(|| (*borrow(w)).clone());
    set_pending(crate::vm::exceptions::raise(operand(exc), operand(cause)));
}

/// `exc.match`: whether exception `exc` matches `ty` (a class or a tuple
/// of them; two live words), as `except ty:` decides: 1 or 0, or -1
/// when `ty` is not a class (TypeError pending).
#[unsafe(no_mangle)]
pub extern "C" fn pyrt_exc_match(exc: usize, ty: usize) -> i32 {
    match crate::vm::exceptions::matches(&borrow(exc), &borrow(ty)) {
        Ok(m) => i32::from(m),
        Err(e) => {
            set_pending(e);
            -1
        }
    }
}

/// `tuple.build` (`list` 0) or `list.build` (1) of `n` live words at
/// `items` (borrowed): the owned new sequence.
///
/// # Safety
/// `items` points at `n` words of live objects.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyrt_build_seq(items: *const usize, n: u32, list: u32) -> usize {
    // SAFETY: by the contract; `Obj` is a transparent nonzero word, so
    // the words are borrowed `Obj`s, cloned here, never dropped through
    // the slice.
    let items: &[Obj] = unsafe { std::slice::from_raw_parts(items.cast::<Obj>(), n as usize) };
    let items = items.to_vec();
    if list != 0 {
        crate::types::list::new_list(items).into_raw()
    } else {
        crate::types::tuple::new_tuple(items).into_raw()
    }
}

/// `-a` (`op` 0), `+a` (1) or `~a` (2) of a live word: the owned
/// result, or 0 with the exception pending.
#[unsafe(no_mangle)]
pub extern "C" fn pyrt_unary(a: usize, op: u32) -> usize {
    use crate::protocol::UnaryOp;
    let op = match op {
        0 => UnaryOp::Neg,
        1 => UnaryOp::Pos,
        _ => UnaryOp::Invert,
    };
    word_or_pending(crate::protocol::unary_op(&borrow(a), op))
}

/// The binary instruction at `pc` (`a op b` or `a op= b`) on two live
/// words, as the VM computes it: the owned result, or 0 with the
/// exception pending. Native code calls this where its inline forms do
/// not apply (not small ints or floats).
///
/// # Safety
/// `ctx` is the context of the running native call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyrt_binary(ctx: *const Ctx, pc: u32, a: usize, b: usize) -> usize {
    // SAFETY: by the contract.
    let (code, _, _) = unsafe { ctx_code(ctx) };
    let (x, y) = (borrow(a), borrow(b));
    let r = match code
        .co()
        .code
        .get(pc as usize)
        .and_then(crate::vm::eval::binary_operator)
    {
        Some((op, false)) => crate::protocol::binary_op(&x, &y, op),
        Some((op, true)) => crate::protocol::inplace_op(&x, &y, op),
        None => Err(PyErr::new(Exc::SystemError, "not a binary operation")),
    };
    word_or_pending(r)
}

/// `slice.build` of three live words: the owned new slice.
#[unsafe(no_mangle)]
pub extern "C" fn pyrt_slice(start: usize, stop: usize, step: usize) -> usize {
    let part = |w: usize| Obj::clone(&borrow(w));
    crate::types::slice::new_slice(part(start), part(stop), part(step)).into_raw()
}

/// `bool(x)` of a live word: 1 or 0, or -1 when `__bool__` raised.
#[unsafe(no_mangle)]
pub extern "C" fn pyrt_truth(word: usize) -> i32 {
    match crate::protocol::truth(&borrow(word)) {
        Ok(t) => t as i32,
        Err(e) => {
            set_pending(e);
            -1
        }
    }
}

/// Frees a heap object whose count native code brought to 0 (it
/// decrements counts inline).
#[unsafe(no_mangle)]
pub extern "C" fn pyrt_dealloc(word: usize) {
    // SAFETY: native code released the last reference to this heap
    // object, whose count it brought to 0; nothing drops it again.
    let o = std::mem::ManuallyDrop::new(unsafe { Obj::from_raw(word) });
    if crate::rt::is_exact_float(&o) {
        // SAFETY: as above; an exact float is an untracked
        // `PyBox<FloatData>`.
        unsafe { crate::object::free_untracked::<crate::types::float::FloatData>(o) };
        return;
    }
    // SAFETY: as above.
    unsafe { o.free() };
}

/// Raises KeyboardInterrupt if Ctrl-C was pressed: 0, or -1 with the
/// exception pending.
#[unsafe(no_mangle)]
pub extern "C" fn pyrt_check_interrupt() -> i32 {
    status(crate::vm::interrupt::check())
}

/// Handles the pending exception raised at `pc` as the VM's loop does:
/// adds the traceback entry (not for a re-raise) and, when `pc` has a
/// handler, puts the exception in the handler's register; otherwise it
/// stays pending for the caller.
///
/// # Safety
/// `ctx` is the context of the running native call (see `frame_of`).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyrt_unwind(ctx: *mut Ctx, pc: u32) {
    let e = take_pending();
    // A direct call needs no frame for this: the entry takes the code and
    // globals the context has, the handler's register is in its arrays.
    // SAFETY: by the contract.
    let (code, globals, _) = unsafe { ctx_code(ctx) };
    let co = code.co();
    let pc = pc as usize;
    if crate::vm::eval::records_entry(co.code.get(pc), &e.exc) {
        crate::vm::eval::record_entry(code, &globals, pc, &e.exc);
    }
    match co.handler_at(pc) {
        // SAFETY: `regs` has a word per register of this code object,
        // each an owned reference or 0 (as the frame's `Option<Obj>`s,
        // which it may be); native code synced this one out and reloads
        // it after.
        Some(h) => unsafe {
            let slot = (*ctx).regs.add(h.exc as usize);
            let old = std::mem::replace(&mut *slot, e.exc.into_raw());
            if old != 0 {
                drop(Obj::from_raw(old));
            }
        },
        None => set_pending(e),
    }
}

/// A new float (native code's arithmetic result): its owned word.
#[unsafe(no_mangle)]
pub extern "C" fn pyrt_float_new(value: f64) -> usize {
    crate::types::float::new_float(value).into_raw()
}

/// `load.global` at `pc` through the VM's per-instruction cache: the owned
/// word, or 0 with the NameError pending.
///
/// # Safety
/// `ctx` is the context native code filled on entry.
unsafe fn load_global(ctx: *const Ctx, pc: u32, name: u32) -> usize {
    // SAFETY: by the contract.
    let (code, globals, builtins) = unsafe { ctx_code(ctx) };
    word_or_pending(crate::vm::eval::load_global_at(
        code,
        &globals,
        &builtins,
        pc as usize,
        name,
    ))
}

/// Native code's cache of one `load.global`: the value found when the
/// globals and builtins dicts had these versions. Versions are unique
/// across dicts and change with every modification, so equal versions
/// mean the same dicts in the same state, which still hold the value (the
/// cache borrows it). A version of `u64::MAX` (the initial state) is
/// never a dict's.
#[repr(C)]
pub struct GlobalSite {
    /// The globals dict's version when the value was found.
    pub globals_version: u64,
    /// The builtins dict's version then.
    pub builtins_version: u64,
    /// The value's word (borrowed: the dicts hold it).
    pub value: usize,
}

/// `load.global` at `pc` (name `name`) through the VM's per-instruction
/// cache, filling native code's `site` with the result when both dicts
/// have a version (a dict never modified has 0, which other dicts share):
/// the owned word, or 0 with the NameError pending.
///
/// # Safety
/// `ctx` is the context native code filled on entry; `site` points at
/// the instruction's cache.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyrt_load_global_fill(
    ctx: *const Ctx,
    pc: u32,
    name: u32,
    site: *mut GlobalSite,
) -> usize {
    // SAFETY: by the contract.
    let w = unsafe { load_global(ctx, pc, name) };
    // SAFETY: by the contract.
    let (_, globals, builtins) = unsafe { ctx_code(ctx) };
    let versions = (
        crate::types::dict::version(&globals),
        crate::types::dict::version(&builtins),
    );
    if w != 0 && versions.0 != 0 && versions.1 != 0 {
        // SAFETY: by the contract, `site` is valid for writes.
        unsafe {
            *site = GlobalSite {
                globals_version: versions.0,
                builtins_version: versions.1,
                value: w,
            }
        };
    }
    w
}

/// The code object, globals and builtins of a context native code filled:
/// a direct call's are its function's and its thread's (its entry leaves
/// them unset: most calls never need them).
///
/// # Safety
/// `ctx` is a context `pyrt_enter` filled, or a direct call's (`fdata`
/// and `thread` set), for a call still running (which keeps the code and
/// both dicts alive).
unsafe fn ctx_code<'a>(ctx: *const Ctx) -> (&'a CodeRef, ManuallyDrop<Obj>, ManuallyDrop<Obj>) {
    // SAFETY: by the contract, a direct call's `fdata` is its live
    // function and `thread` the thread's filled context; otherwise
    // `ctx.code` points at the running frame's code reference, and the
    // two words are of live dicts.
    unsafe {
        let ctx = &*ctx;
        match ctx.fdata.as_ref() {
            Some(d) => (
                &d.code,
                borrow(d.globals.id()),
                borrow((*ctx.thread).builtins),
            ),
            None => (&*ctx.code, borrow(ctx.globals), borrow(ctx.builtins)),
        }
    }
}

/// `pyrt_call`'s result when the callee is a builtin that reads the
/// caller's frame (`locals()`, `eval`...): native code does not keep the
/// frame's fast locals current across calls, so it brings the frame up to
/// date and has the VM make the call (and run the rest of the function).
/// Even and below any object's address, so no result word.
pub const READS_FRAME: usize = 4;

/// `call` with the callee and `nargs` argument words (borrowed; all
/// nonzero), keyword names in constant `kwnames` (or -1): the owned word
/// of the result, 0 with the exception pending, or `READS_FRAME`.
///
/// # Safety
/// `ctx` is the context of the running native call (see `frame_of`);
/// `args` points at `nargs` words of live objects.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyrt_call(
    ctx: *mut Ctx,
    callee: usize,
    args: *const usize,
    nargs: u32,
    kwnames: i64,
) -> usize {
    // SAFETY: by the contract, `args` holds `nargs` nonzero words of live
    // objects; `Obj` is a transparent nonzero word, so the slice is a
    // slice of borrowed `Obj`s, never dropped through it.
    let args: &[Obj] = unsafe { std::slice::from_raw_parts(args.cast::<Obj>(), nargs as usize) };
    let kwnames = u32::try_from(kwnames).ok();
    let f = borrow(callee);
    if crate::builtins::frame_fns::is_frame_fn(&f) {
        return READS_FRAME;
    }
    // The most common callee after Python functions (which direct calls
    // take): a builtin function or unbound method, positional arguments.
    if kwnames.is_none()
        && let Some(call) = crate::types::function::unbound_builtin(&f)
    {
        return word_or_pending(crate::vm::interrupt::check().and_then(|()| call(args, &[])));
    }
    word_or_pending(crate::vm::interrupt::check().and_then(|()| {
        match crate::vm::eval::python_callee(&f, kwnames, args.len(), true) {
            // A Python function the arguments fill exactly: its frame is
            // filled in place, as the VM's direct calls do.
            Some((d, self_)) => {
                if let Some(code) = d.code.direct_native() {
                    // SAFETY: `direct_native` is the code taking direct
                    // calls, which the arguments fill.
                    return unsafe { super::direct::call(code, d, self_, args) };
                }
                let mut callee = Frame::acquire(d);
                let all = self_.into_iter().chain(args);
                for (slot, a) in callee.params().iter_mut().zip(all) {
                    *slot = Some(a.clone());
                }
                crate::vm::eval::call_frame(callee)
            }
            None => {
                // SAFETY: by the contract.
                let (code, _, _) = unsafe { ctx_code(ctx) };
                let kw = match kwnames {
                    Some(k) => match code.konst(k) {
                        Some(t) => crate::types::tuple::items(t).to_vec(),
                        None => return Err(PyErr::new(Exc::SystemError, "bad constant index")),
                    },
                    None => Vec::new(),
                };
                crate::protocol::call(&f, args, &kw)
            }
        }
    }))
}

/// Turns a result into an owned word, or 0 with the exception pending.
fn word_or_pending(r: PyResult<Obj>) -> usize {
    match r {
        Ok(v) => v.into_raw(),
        Err(e) => {
            set_pending(e);
            0
        }
    }
}

/// Turns a result into 0, or -1 with the exception pending.
fn status(r: PyResult<()>) -> i32 {
    match r {
        Ok(()) => 0,
        Err(e) => {
            set_pending(e);
            -1
        }
    }
}

/// `obj[key]` of two live words.
#[unsafe(no_mangle)]
pub extern "C" fn pyrt_getitem(obj: usize, key: usize) -> usize {
    word_or_pending(crate::protocol::getitem(&borrow(obj), &borrow(key)))
}

/// `obj[key] = value` of three live words: 0, or -1 when it raised.
#[unsafe(no_mangle)]
pub extern "C" fn pyrt_setitem(obj: usize, key: usize, value: usize) -> i32 {
    status(crate::protocol::setitem(
        &borrow(obj),
        &borrow(key),
        Some(&borrow(value)),
    ))
}

/// `obj[start:stop:step]` of four live words, as `slice` then `item.get`
/// would do it, without the slice object when `obj` is exactly a list
/// and the parts are None or small ints: the owned result, or 0 when it
/// raised. `old` is what the destination holds (0 for nothing or for a
/// destination that is not a plain slot): when that is an exact list
/// other than `obj` that nothing else references, which the destination's
/// write is about to free, the slice is written into it instead of a new
/// list (its word comes back with one more reference, the one the write
/// releases).
#[unsafe(no_mangle)]
pub extern "C" fn pyrt_getslice(
    obj: usize,
    start: usize,
    stop: usize,
    step: usize,
    old: usize,
) -> usize {
    let o = borrow(obj);
    if crate::rt::is_exact_list(&o)
        && let Some(small) = crate::types::slice::small_parts([start, stop, step])
    {
        if old != obj && old != 0 && old & 1 == 0 {
            let into = borrow(old);
            if crate::rt::is_exact_list(&into)
                && into.refcount() == 1
                && crate::types::list::refill_slice_small(&into, &o, small)
            {
                return Obj::clone(&into).into_raw();
            }
        }
        return crate::types::list::get_slice_small(&o, small).into_raw();
    }
    let [a, b, c] = [start, stop, step].map(|p| Obj::clone(&borrow(p)));
    let k = crate::types::slice::new_slice(a, b, c);
    word_or_pending(crate::protocol::getitem(&o, &k))
}

/// `obj[start:stop:step] = value` of five live words, as `slice` then
/// `item.set` would do it, without the slice object when `obj` is
/// exactly a list and the parts are None or small ints: 0, or -1 when
/// it raised.
#[unsafe(no_mangle)]
pub extern "C" fn pyrt_setslice(
    obj: usize,
    start: usize,
    stop: usize,
    step: usize,
    value: usize,
) -> i32 {
    let (o, v) = (borrow(obj), borrow(value));
    if crate::rt::is_exact_list(&o)
        && let Some(small) = crate::types::slice::small_parts([start, stop, step])
    {
        return status(crate::types::list::assign_slice_small(&o, small, &v));
    }
    let [a, b, c] = [start, stop, step].map(|p| Obj::clone(&borrow(p)));
    let k = crate::types::slice::new_slice(a, b, c);
    status(crate::protocol::setitem(&o, &k, Some(&v)))
}

/// `dst[d:e:f] = src[a:b:c]` of eight live words, as `pyrt_getslice`
/// then `pyrt_setslice` with the list it made would do it (native code
/// fuses the pair when nothing that runs between them can run code or
/// raise), without that list when both are exactly lists and every part
/// None or a small int: 0, -1 when the read raised, -2 when the
/// assignment did.
#[unsafe(no_mangle)]
#[allow(clippy::too_many_arguments)]
pub extern "C" fn pyrt_slice_move(
    src: usize,
    start: usize,
    stop: usize,
    step: usize,
    dst: usize,
    to_start: usize,
    to_stop: usize,
    to_step: usize,
) -> i32 {
    let (s, t) = (borrow(src), borrow(dst));
    if crate::rt::is_exact_list(&s)
        && crate::rt::is_exact_list(&t)
        && let Some(from) = crate::types::slice::small_parts([start, stop, step])
        && let Some(to) = crate::types::slice::small_parts([to_start, to_stop, to_step])
    {
        return match crate::types::list::move_slice_small(&s, from, &t, to) {
            Ok(()) => 0,
            Err(e) => {
                set_pending(e);
                -2
            }
        };
    }
    let w = pyrt_getslice(src, start, stop, step, 0);
    if w == 0 {
        return -1;
    }
    let r = pyrt_setslice(dst, to_start, to_stop, to_step, w);
    // SAFETY: `w` is the owned word `pyrt_getslice` made; this releases it.
    drop(unsafe { Obj::from_raw(w) });
    if r == 0 { 0 } else { -2 }
}

/// An `attr.get` or `attr.set` site's cache in native code: objects of
/// type `ty` in lookup epoch `epoch` read (or replace) the name from their
/// instance dict, where the entry at position `hint` held it last time.
/// It owns nothing: `name` is the code object's, which outlives its code.
///
/// A read site may hold a class attribute instead (`hint` is
/// `CLASS_VALUE`): a plain value without `__get__` that objects of the
/// type read unless their instance dict shadows it, borrowed (the type's
/// namespace owns it, and changing that moves the epoch).
#[repr(C)]
pub struct AttrSite {
    /// The type's word; 0 (no type) until filled.
    pub ty: usize,
    /// The epoch the type lookup was made in.
    pub epoch: u64,
    /// The instance dict's entry position, or `CLASS_VALUE`.
    pub hint: usize,
    /// The name's word.
    pub name: usize,
    /// The class attribute's word, for `CLASS_VALUE`.
    pub value: usize,
    /// The name's hash, for `CLASS_VALUE`.
    pub hash: i64,
}

/// `AttrSite::hint` of a site holding a class attribute.
const CLASS_VALUE: usize = usize::MAX;

/// Fills `site` after an attribute access of `obj` at `pc` when the VM's
/// cache says the instance dict decides and holds `name` at its hint.
///
/// # Safety
/// `site` points at the site's `AttrSite`.
unsafe fn fill_attr_site(
    site: *mut AttrSite,
    (caches, pc): (&crate::vm::attr_cache::Caches, u32),
    obj: &Obj,
    name: &Obj,
    for_set: bool,
) {
    // A site that holds for another type keeps it until the epoch moves:
    // a site seeing two types (a method of a base class called on
    // instances of a subclass) would refill at every access otherwise.
    let epoch = crate::types::typeobj_ops::epoch();
    // SAFETY: by the contract.
    if unsafe { (*site).ty != 0 && (*site).epoch == epoch } {
        return;
    }
    let Some(ty) = obj.type_word() else {
        return;
    };
    let Some(hint) = crate::vm::attr_cache::dict_hint(caches, pc as usize, obj, for_set) else {
        return;
    };
    if crate::vm::attr_cache::get_at_hint(obj, name, hint).is_some() {
        // SAFETY: by the contract.
        unsafe {
            *site = AttrSite {
                ty,
                epoch,
                hint,
                name: name.id(),
                value: 0,
                hash: 0,
            }
        };
    } else if !for_set
        && let Some(value) = crate::vm::attr_cache::class_value(caches, pc as usize, obj)
        && crate::types::str::is_str(name)
    {
        let hash = crate::types::str::hash(name);
        if unshadowed(obj, name, hash) {
            // SAFETY: by the contract.
            unsafe {
                *site = AttrSite {
                    ty,
                    epoch,
                    hint: CLASS_VALUE,
                    name: name.id(),
                    value: value.id(),
                    hash,
                }
            };
        }
    }
}

/// Whether `obj` has no instance dict or one that surely lacks str
/// `name` (whose hash is `hash`), decided without running Python code.
#[inline]
fn unshadowed(obj: &Obj, name: &Obj, hash: i64) -> bool {
    match obj.dict_ref() {
        // Borrowed without a count: `has_str_key` runs no Python code.
        Some(d) => d
            .as_ref()
            .is_none_or(|d| crate::types::dict::has_str_key(d, name, hash) == Some(false)),
        // A small int has no dict; a dict being replaced is unknown.
        None => obj.as_small().is_some(),
    }
}

/// `obj.NAME` (name `name` of the running code object) at `pc`, through
/// the VM's attribute cache of that instruction; fills the site's cache
/// (`AttrSite`) when the value came from the instance dict.
///
/// # Safety
/// `ctx` is the context native code filled on entry; `site` points at the
/// site's `AttrSite`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyrt_getattr(
    ctx: *const Ctx,
    pc: u32,
    obj: usize,
    name: u32,
    site: *mut AttrSite,
) -> usize {
    // SAFETY: by the contract.
    let (code, _, _) = unsafe { ctx_code(ctx) };
    let caches = &code.module.attr_cache[code.index];
    let obj = borrow(obj);
    word_or_pending(crate::vm::eval::code_name(code, name).and_then(|n| {
        let v = crate::vm::attr_cache::get(caches, pc as usize, &obj, n)?;
        // SAFETY: by the contract.
        unsafe { fill_attr_site(site, (caches, pc), &obj, n, false) };
        Ok(v)
    }))
}

/// The value of the site's name in `obj`'s instance dict at the site's
/// hint (owned), or 0 when the dict holds something else there: the
/// caller checked the type and epoch, and then takes the full path.
///
/// # Safety
/// `site` points at a filled `AttrSite`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyrt_get_hinted(obj: usize, site: *const AttrSite) -> usize {
    // SAFETY: by the contract.
    let site = unsafe { &*site };
    if site.hint == CLASS_VALUE {
        return class_value(obj, site);
    }
    crate::vm::attr_cache::get_at_hint(&borrow(obj), &borrow(site.name), site.hint)
        .map_or(0, Obj::into_raw)
}

/// `pyrt_get_hinted` of a site holding a class attribute: the owned
/// value, or 0 when `obj`'s instance dict may shadow it. Out of line, so
/// that the instance dict's case stays small.
#[inline(never)]
fn class_value(obj: usize, site: &AttrSite) -> usize {
    if unshadowed(&borrow(obj), &borrow(site.name), site.hash) {
        Obj::clone(&borrow(site.value)).into_raw()
    } else {
        0
    }
}

/// Replaces the value of the site's name in `obj`'s instance dict at the
/// site's hint: 1, or 0 (nothing done) when the dict holds something else
/// there.
///
/// # Safety
/// `site` points at a filled `AttrSite`; `value` is a live word.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyrt_set_hinted(obj: usize, site: *const AttrSite, value: usize) -> usize {
    // SAFETY: by the contract.
    let site = unsafe { &*site };
    usize::from(crate::vm::attr_cache::set_at_hint(
        &borrow(obj),
        &borrow(site.name),
        site.hint,
        &borrow(value),
    ))
}

/// `obj.NAME = value` at `pc`, through the VM's attribute cache: 0, or -1
/// when it raised; fills the site's cache (`AttrSite`) when the value went
/// into the instance dict.
///
/// # Safety
/// `ctx` is the context native code filled on entry; `site` points at the
/// site's `AttrSite`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyrt_setattr(
    ctx: *const Ctx,
    pc: u32,
    obj: usize,
    name: u32,
    value: usize,
    site: *mut AttrSite,
) -> i32 {
    // SAFETY: by the contract.
    let (code, _, _) = unsafe { ctx_code(ctx) };
    let caches = &code.module.attr_cache[code.index];
    let obj = borrow(obj);
    status(crate::vm::eval::code_name(code, name).and_then(|n| {
        crate::vm::attr_cache::set(caches, pc as usize, &obj, n, &borrow(value))?;
        // SAFETY: by the contract.
        unsafe { fill_attr_site(site, (caches, pc), &obj, n, true) };
        Ok(())
    }))
}

/// `load_method` at `pc`: for `obj.NAME(...)`, the function and, in
/// `*self_out`, `obj` (owned) when the attribute is a method the call can
/// take unbound (through the VM's cache of that instruction); otherwise
/// the attribute and 0. Returns the owned word, or 0 with the exception
/// pending. A method found for an object without an instance dict is
/// recorded in `site`, which native code checks first.
///
/// # Safety
/// `ctx` is the context native code filled on entry; `obj` is a live
/// word; `self_out` points at a writable word; `site` at the site's
/// `MethodSite`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyrt_load_method(
    ctx: *const Ctx,
    pc: u32,
    obj: usize,
    name: u32,
    self_out: *mut usize,
    site: *mut MethodSite,
) -> usize {
    // SAFETY: by the contract.
    let (code, _, _) = unsafe { ctx_code(ctx) };
    let caches = &code.module.attr_cache[code.index];
    let obj = borrow(obj);
    let epoch = crate::types::typeobj_ops::epoch();
    let found =
        crate::vm::eval::code_name(code, name).and_then(|key| match crate::vm::attr_cache::method(
            caches,
            pc as usize,
            &obj,
            key,
        )? {
            Some(f) => {
                // No namespace changed during the lookup: the answer holds
                // for every object of this type whose instance dict does
                // not shadow the name, until the epoch moves.
                if let Some(ty) = obj.type_word()
                    && crate::types::typeobj_ops::epoch() == epoch
                {
                    // SAFETY: by the contract, `site` is this site's cache.
                    unsafe {
                        *site = MethodSite {
                            ty,
                            epoch,
                            method: f.id(),
                            name: key.id(),
                            hash: crate::types::str::hash(key),
                        }
                    };
                }
                Ok((f, Some((*obj).clone())))
            }
            None => Ok((crate::protocol::getattr(&obj, key)?, None)),
        });
    match found {
        Ok((f, self_)) => {
            // SAFETY: by the contract.
            unsafe { *self_out = self_.map_or(0, Obj::into_raw) };
            f.into_raw()
        }
        Err(e) => {
            set_pending(e);
            0
        }
    }
}

/// `next(iter)` for a `for` loop: 1 with the item's owned word in `*item`,
/// 0 when the iterator is exhausted, -1 when it raised.
///
/// # Safety
/// `item` points at a writable word.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyrt_next(iter: usize, item: *mut usize) -> i32 {
    match crate::protocol::next(&borrow(iter)) {
        Ok(Some(v)) => {
            // SAFETY: by the contract.
            unsafe { *item = v.into_raw() };
            1
        }
        Ok(None) => 0,
        Err(e) => {
            set_pending(e);
            -1
        }
    }
}

/// One `yield from`/`await` step (`send`): sends `value` into `iter` (two
/// live words): 1 with the yielded value's owned word in `*out`, 0 with
/// the returned value's, -1 when it raised.
///
/// # Safety
/// `out` points at a writable word.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyrt_send(iter: usize, value: usize, out: *mut usize) -> i32 {
    let (r, word) = match crate::vm::generator::send_to(&borrow(iter), (*borrow(value)).clone()) {
        Ok(Exit::Yield(v)) => (1, v.into_raw()),
        Ok(Exit::Return(v)) => (0, v.into_raw()),
        Err(e) => {
            set_pending(e);
            return -1;
        }
    };
    // SAFETY: by the contract.
    unsafe { *out = word };
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_words_are_the_thread_contexts() {
        let ctx = thread_ctx();
        // SAFETY: the thread's context is a live `Ctx` of word-sized
        // fields; each index comes from `offset_of!` on it.
        let word = |i: u32| unsafe { *ctx.cast::<u64>().add(i as usize) };
        let words = layout_words();
        assert_eq!(words.len(), 24);
        for &(i, v) in words {
            assert_eq!(word(i), v, "context word {i}");
        }
        let list_items = (std::mem::offset_of!(Ctx, list_items_offset) / 8) as u32;
        assert!(words.iter().any(|&(i, v)| i == list_items && v != 0));
        let cell_value = (std::mem::offset_of!(Ctx, cell_value_offset) / 8) as u32;
        assert!(words.iter().any(|&(i, v)| i == cell_value && v != 0));
        // SAFETY: as above.
        assert_ne!(unsafe { (*ctx).cell_type }, 0);
    }

    #[test]
    fn check_layout_names_the_word_that_differs() {
        let words = layout_words();
        let image: Vec<[u64; 2]> = words.iter().map(|&(i, v)| [u64::from(i), v]).collect();
        assert_eq!(check_layout(&image), Ok(()));
        assert_eq!(check_layout(&[]), Ok(()));
        let (i, v) = words[3];
        let err = check_layout(&[[u64::from(i), v + 8]]).expect_err("a changed offset");
        assert!(
            err.contains(&format!("context word {i} is {}", v + 8)),
            "{err}"
        );
        assert!(err.contains(&format!("{v} in this runtime")), "{err}");
        let err = check_layout(&[[999, 1]]).expect_err("an unknown word");
        assert!(err.contains("absent"), "{err}");
    }
}
