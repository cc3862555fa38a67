//! The types of IR values.
//!
//! Lowering gives every value the type `object` except literals and the few
//! ops whose result type is fixed by Python's semantics (`truth` is a
//! `bool`, `tuple.build` a `tuple`, ...). Later passes refine types; a
//! refinement is always a subset of `object`, so a pass may forget a type
//! (widen to `object`) but never invent one.

use std::fmt;

/// The type of an IR value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    /// Any Python object.
    Object,
    /// A Python `int` (small or big).
    Int,
    /// A machine integer whose range is proven or checked.
    I64,
    /// A machine double (an unboxed `float`).
    F64,
    /// A Python `float` (boxed).
    Float,
    /// A Python `bool`.
    Bool,
    /// `None`.
    None,
    /// A `str`.
    Str,
    /// A `bytes`.
    Bytes,
    /// A `list`.
    List,
    /// A `tuple`.
    Tuple,
    /// A `dict`.
    Dict,
    /// A `set`.
    Set,
    /// A `range`.
    Range,
    /// The iterator of a `range`.
    RangeIter,
}

impl Type {
    /// Every type, in the order of their textual names' declaration.
    pub const ALL: [Type; 15] = [
        Type::Object,
        Type::Int,
        Type::I64,
        Type::F64,
        Type::Float,
        Type::Bool,
        Type::None,
        Type::Str,
        Type::Bytes,
        Type::List,
        Type::Tuple,
        Type::Dict,
        Type::Set,
        Type::Range,
        Type::RangeIter,
    ];

    /// The textual name.
    pub fn name(self) -> &'static str {
        match self {
            Type::Object => "object",
            Type::Int => "int",
            Type::I64 => "i64",
            Type::F64 => "f64",
            Type::Float => "float",
            Type::Bool => "bool",
            Type::None => "none",
            Type::Str => "str",
            Type::Bytes => "bytes",
            Type::List => "list",
            Type::Tuple => "tuple",
            Type::Dict => "dict",
            Type::Set => "set",
            Type::Range => "range",
            Type::RangeIter => "range_iterator",
        }
    }

    /// Parses a textual name.
    pub fn from_name(name: &str) -> Option<Type> {
        Type::ALL.into_iter().find(|t| t.name() == name)
    }

    /// Whether the value is a machine word rather than a Python object.
    pub fn is_unboxed(self) -> bool {
        matches!(self, Type::I64 | Type::F64)
    }

    /// Whether a value of type `self` may flow where `to` is expected
    /// without a conversion op: unboxed values never flow into objects.
    pub fn fits(self, to: Type) -> bool {
        self == to || (to == Type::Object && !self.is_unboxed())
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
