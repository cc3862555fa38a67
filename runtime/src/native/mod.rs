//! The runtime's side of the native backend (docs/dev/native.md): the
//! C ABI that generated code calls (`abi.rs`), the program image that a
//! built executable carries (`image.rs`), the executable's entry
//! point (`entry.rs`), and the layout of lists and tuples native code
//! indexes inline (`layout.rs`).
//!
//! Native code runs on the VM's frames: a compiled code object gets a
//! native entry, which `vm::eval::run` calls instead of interpreting, so
//! native and VM functions call each other through the one calling
//! convention the VM already has.

pub mod abi;
pub mod direct;
pub mod entry;
pub mod image;
pub mod layout;

/// A code object compiled to native code: runs a frame from its pc
/// (`abi::Ctx::pc`) to its end or, in a generator, to its next `yield`
/// (`abi::pyrt_yield`). Returns the owned word of the value returned or
/// yielded, or 0 with the exception left for `abi::take_pending`.
///
/// Called by the VM with a frame, two null pointers and the thread's
/// context (`abi::thread_ctx`); called directly by other native code
/// (`direct.rs`) with a null frame, the call site's cache (which says what
/// the callee's context takes from the function), its positional argument
/// words (borrowed) and the thread's context. Native code reads the
/// per-thread fields from the latter, always the same context.
///
/// # Safety
/// The function must be the one the native backend generated for the
/// frame's code object; the frame must be live and not otherwise borrowed.
pub type NativeFn = unsafe extern "C" fn(
    *mut crate::vm::frame::Frame,
    *const direct::DirectSite,
    *const usize,
    *const abi::Ctx,
) -> usize;
