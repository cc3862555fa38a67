//! Pyrite's runtime: the object model, the builtin types and functions,
//! and the bytecode VM.
//!
//! It links the frontend (for `eval`, `exec` and the prompt) and never LLVM.
//! `object.rs` describes the value representation; `types/` holds one
//! module per builtin type; `protocol.rs` dispatches the object protocols
//! through the types' slot tables.

// The object model manages memory by hand (tagged words, reference
// counts): every `unsafe` block says why it is sound.
#![allow(unsafe_code)]
#![warn(clippy::undocumented_unsafe_blocks)]

pub mod alloc;
pub mod args;
pub mod bootstrap;
pub mod builtins;
pub mod cache;
pub mod error;
pub mod gc;
pub mod import;
pub mod io;
pub mod modules;
pub mod native;
pub mod object;
pub mod process;
pub mod protocol;
pub mod rt;
pub mod run;
pub mod sys;
pub mod types;
pub mod vm;
