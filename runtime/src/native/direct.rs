//! Direct calls between native functions: the C ABI for a call of a
//! Python function whose native code takes direct calls (a plain
//! function, not a generator, whose only cells are free variables, on
//! the register cache).
//!
//! Each call site caches what its callee was (`DirectSite`, filled by
//! `pyrt_direct_callee`) and calls the native code with the argument
//! words and no frame. The callee runs on its register cache and the
//! runtime makes its frame only when something needs one
//! (`abi::frame_of`: an instruction run by the VM, an exception's
//! traceback, a builtin that reads the caller's frame), so a call that
//! stays on the fast paths costs no frame at all. The recursion depth is
//! counted as for any call.

use super::NativeFn;
use super::abi::Ctx;
use crate::object::Obj;
use crate::vm::code::CodeRef;
use crate::vm::function::FunctionData;

/// Native code's cache of one call site: the callee and argument count
/// last seen there, and, when a direct call can run it, its data and
/// native code (null otherwise, so a site calling a builtin goes the
/// generic way after one comparison). The callee's word is only compared,
/// never used: the cache owns no reference, so it keeps nothing alive
/// longer than CPython would (a bound method's `self`, a closure's
/// cells). A word could be reused by a new object once its function is
/// freed, so an entry holds only while the thread's count of freed
/// functions (`functions_freed`) is what it was when the entry was made;
/// a function's code and shape never change.
#[repr(C)]
pub struct DirectSite {
    /// The callee's word (not owned), or 0.
    pub callee: usize,
    /// The argument count.
    pub nargs: u64,
    /// The count of freed functions when the entry was made.
    pub functions_freed: u64,
    /// The function's data, or null when the call is not direct.
    pub data: *const FunctionData,
    /// Its native code, or null.
    pub code: Option<NativeFn>,
    /// What the callee's context takes from the function (`abi::Ctx`):
    /// its code object's constants, the code object, the globals' word.
    pub consts: *const usize,
    /// See `consts`.
    pub code_ref: *const CodeRef,
    /// See `consts`.
    pub globals: usize,
}

/// Fills `site` for callee word `f` called with `nargs` positional
/// arguments (no keywords), and returns the function's data when a direct
/// call can run it: `f` is a Python function whose native code takes
/// direct calls and whose parameters `nargs` arguments fill exactly.
///
/// # Safety
/// `f` is the word of a live object; `site` points at the call site's
/// cache.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyrt_direct_callee(
    f: usize,
    nargs: u32,
    site: *mut DirectSite,
) -> *const FunctionData {
    // SAFETY: by the contract, `f` is a live object's word; ManuallyDrop
    // keeps this copy from releasing it.
    let obj = std::mem::ManuallyDrop::new(unsafe { Obj::from_raw(f) });
    let callable = obj.downcast::<FunctionData>().and_then(|d| {
        let code = d.code.direct_native()?;
        crate::vm::frame::takes_positional(d, nargs as usize).then_some((d, code))
    });
    // SAFETY: the count's cell lives as long as the thread.
    let functions_freed = unsafe { *crate::vm::function::freed_count_ptr() };
    let entry = match callable {
        Some((d, code)) => DirectSite {
            callee: f,
            nargs: u64::from(nargs),
            functions_freed,
            data: d,
            code: Some(code),
            consts: d.code.consts().as_ptr().cast(),
            code_ref: &d.code,
            globals: d.globals.id(),
        },
        None => DirectSite {
            callee: f,
            nargs: u64::from(nargs),
            functions_freed,
            data: std::ptr::null(),
            code: None,
            consts: std::ptr::null(),
            code_ref: std::ptr::null(),
            globals: 0,
        },
    };
    let data = entry.data;
    // SAFETY: by the contract, `site` is valid for writes.
    unsafe { *site = entry };
    data
}

/// Calls `d`'s native code `code` as a direct call, with no frame, from
/// the runtime (`pyrt_call`: a bound method, a callee its site does not
/// cache; `vm::function`: any call of a Python function): the arguments
/// `self_` then `args`. The owned result (a float the callee returned as
/// a double, `abi::FLOAT_RETURNED`, boxed), or the exception the callee
/// raised.
///
/// # Safety
/// `code` is `d`'s native code taking direct calls
/// (`CodeRef::direct_native`), whose parameters the arguments fill
/// exactly.
pub(super) unsafe fn call(
    code: NativeFn,
    d: &FunctionData,
    self_: Option<&Obj>,
    args: &[Obj],
) -> crate::error::PyResult<Obj> {
    let site = DirectSite {
        callee: 0,
        nargs: 0,
        functions_freed: 0,
        data: d,
        code: Some(code),
        consts: d.code.consts().as_ptr().cast(),
        code_ref: &d.code,
        globals: d.globals.id(),
    };
    // The argument words, borrowed (the callee takes its own references).
    let words: smallvec::SmallVec<[usize; 8]> =
        self_.into_iter().chain(args).map(Obj::id).collect();
    // SAFETY: by the contract; the site, the words and the thread's
    // context outlive the call.
    let w = unsafe {
        code(
            std::ptr::null_mut(),
            &site,
            words.as_ptr(),
            super::abi::thread_ctx(),
        )
    };
    if w == 0 {
        return Err(super::abi::take_pending());
    }
    if w == super::abi::FLOAT_RETURNED {
        // SAFETY: the thread's context is live; the callee left its
        // result there.
        let v = unsafe { (*super::abi::thread_ctx()).float_return };
        return Ok(crate::types::float::new_float(v));
    }
    // SAFETY: a nonzero result is an owned reference the callee made.
    Ok(unsafe { Obj::from_raw(w) })
}

/// A call of Python function `d` with the positional arguments `args`,
/// made directly when its native code takes direct calls and the
/// arguments fill its parameters exactly; None otherwise (the caller
/// makes a frame).
pub fn call_positional(d: &FunctionData, args: &[Obj]) -> Option<crate::error::PyResult<Obj>> {
    let code = d.code.direct_native()?;
    if !crate::vm::frame::takes_positional(d, args.len()) {
        return None;
    }
    // SAFETY: `direct_native` is the code taking direct calls, which the
    // arguments fill.
    Some(unsafe { call(code, d, None, args) })
}

/// Raises RecursionError for a direct call refused at the recursion
/// limit (native code checks the depth itself and counts the call in).
#[unsafe(no_mangle)]
pub extern "C" fn pyrt_recursion_error() {
    super::abi::set_pending(crate::vm::eval::recursion_error());
}

/// Leaves a direct call (native code has released what its register
/// cache held and counts the call out): releases the frame if one was
/// made (`abi::frame_of`), whose slots are stale copies.
///
/// # Safety
/// `ctx` is the context of the direct call that is leaving.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyrt_leave_direct(ctx: *mut Ctx) {
    // SAFETY: by the contract.
    let ctx = unsafe { &mut *ctx };
    if ctx.frame.is_null() {
        return;
    }
    // SAFETY: `frame_of` made the frame with `Box::into_raw`, and nothing
    // else refers to it once the call leaves.
    let mut frame =
        unsafe { Box::from_raw(std::mem::replace(&mut ctx.frame, std::ptr::null_mut())) };
    // Its slots are stale copies: forgotten, not released.
    for slot in &mut frame.regs {
        std::mem::forget(slot.take());
    }
    crate::vm::frame::release(frame);
}

/// Leaves a direct call whose rest the VM ran on its frame (a typed
/// body's failed check, after which the frame owns what its slots hold):
/// releases the frame.
///
/// # Safety
/// `ctx` is the context of the direct call that is leaving, whose frame
/// `frame_of` made.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyrt_drop_frame(ctx: *mut Ctx) {
    // SAFETY: by the contract.
    let ctx = unsafe { &mut *ctx };
    if ctx.frame.is_null() {
        return;
    }
    // SAFETY: as in `pyrt_leave_direct`.
    let frame = unsafe { Box::from_raw(std::mem::replace(&mut ctx.frame, std::ptr::null_mut())) };
    crate::vm::frame::release(frame);
}
