//! The builtin types, one module each, plus the operations on type
//! objects and classes.

pub mod class;
pub mod dict;
pub mod dict_methods;
pub mod dict_views;
pub mod exception;
pub mod float;
pub mod function;
pub mod int;
pub mod iter;
pub mod list;
pub mod list_methods;
pub mod module;
pub mod none;
pub mod object;
pub mod range;
pub mod sequence;
pub mod set;
pub mod set_methods;
pub mod slice;
pub mod str;
pub mod tuple;
pub mod typeobj;
pub mod typeobj_ops;
