//! Ctrl-C: the flag a SIGINT handler sets, and the VM's cheap check of it
//! (at backward jumps, calls and returns) that raises KeyboardInterrupt.
//!
//! The runtime installs no handler itself: the cli registers the flag for
//! SIGINT (only the cli knows about the process's signals).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, LazyLock};

use crate::error::{PyErr, PyResult};
use crate::rt::Exc;

static FLAG: LazyLock<Arc<AtomicBool>> = LazyLock::new(|| Arc::new(AtomicBool::new(false)));

/// The flag to set when SIGINT arrives.
pub fn flag() -> Arc<AtomicBool> {
    Arc::clone(&FLAG)
}

/// The flag itself, for native code's inline check (it lives as long as
/// the process).
pub fn flag_ptr() -> *const AtomicBool {
    Arc::as_ptr(&FLAG)
}

/// Raises KeyboardInterrupt if SIGINT arrived since the last check.
#[inline]
pub fn check() -> PyResult<()> {
    if FLAG.load(Ordering::Relaxed) {
        return raise();
    }
    Ok(())
}

#[cold]
fn raise() -> PyResult<()> {
    FLAG.store(false, Ordering::Relaxed);
    Err(PyErr::with_args(Exc::KeyboardInterrupt, vec![]))
}
