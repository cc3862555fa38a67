//! The builtin types, one module each, plus the operations on type
//! objects and classes.

pub mod args;
pub mod class;
pub mod complex;
pub mod descr;
pub mod dict;
pub mod exception;
pub mod float;
pub mod float_methods;
pub mod function;
pub mod int;
pub mod int_methods;
pub mod iter;
pub mod list;
pub mod module;
pub mod none;
pub mod numconv;
pub mod numfmt;
pub mod object;
pub mod slice;
pub mod str;
pub mod tuple;
pub mod typeobj;
pub mod typeobj_ops;
