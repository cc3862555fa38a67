//! The bytecode VM: code objects, frames, functions, the interpreter loop,
//! generators and the run-time support of exceptions, names and patterns.

pub mod async_gen;
pub mod attr_cache;
pub mod cell;
pub mod code;
pub mod eval;
pub mod exceptions;
pub mod frame;
pub mod function;
pub mod generator;
pub mod interrupt;
pub mod names;
pub mod patterns;
pub mod traceback;
