//! The builtin types, one module each, plus the operations on type
//! objects and classes.

pub mod args;
pub mod bytearray;
pub mod bytes;
pub mod bytes_methods;
pub mod class;
pub mod class_slots;
pub mod codecs;
pub mod complex;
pub mod descr;
pub mod dict;
pub mod dict_methods;
pub mod dict_views;
pub mod exception;
pub mod float;
pub mod float_methods;
pub mod formatspec;
pub mod function;
pub mod int;
pub mod int_methods;
pub mod iter;
pub mod list;
pub mod list_methods;
pub mod memoryview;
pub mod methodargs;
pub mod module;
pub mod none;
pub mod numconv;
pub mod numfmt;
pub mod object;
pub mod printf;
pub mod range;
pub mod sequence;
pub mod set;
pub mod set_methods;
pub mod slice;
pub mod slot_wrapper;
pub mod str;
pub mod str_format;
pub mod str_methods;
pub mod tuple;
pub mod typeobj;
pub mod typeobj_ops;
pub mod unicode;
#[rustfmt::skip]
pub mod unicode_tables;
