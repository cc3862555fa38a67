//! The builtin types, one module each, plus the operations on type
//! objects and classes.

pub mod class;
pub mod dict;
pub mod exception;
pub mod exception_group;
pub mod exception_methods;
pub mod float;
pub mod function;
pub mod int;
pub mod iter;
pub mod list;
pub mod module;
pub mod none;
pub mod object;
pub mod slice;
pub mod str;
pub mod traceback_obj;
pub mod tuple;
pub mod typeobj;
pub mod typeobj_ops;
