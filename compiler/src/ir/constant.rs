//! Compile-time constants: the operands of `const`.

use std::fmt;

use super::types::Type;

/// A constant Python value.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    /// `None`.
    None,
    /// `True` or `False`.
    Bool(bool),
    /// An `int` that fits in an `i64`.
    Int(i64),
    /// An `int` too big for an `i64`, as its decimal digits (with sign).
    BigInt(String),
    /// A `float`.
    Float(f64),
    /// A pure imaginary `complex` (`2j`); the real part is always 0.
    Imag(f64),
    /// A `str`.
    Str(String),
    /// A `bytes`.
    Bytes(Vec<u8>),
    /// `...`.
    Ellipsis,
    /// A tuple of constants.
    Tuple(Vec<Const>),
}

impl Const {
    /// The IR type of the constant.
    pub fn ty(&self) -> Type {
        match self {
            Const::None => Type::None,
            Const::Bool(_) => Type::Bool,
            Const::Int(_) | Const::BigInt(_) => Type::Int,
            Const::Float(_) => Type::Float,
            Const::Imag(_) | Const::Ellipsis => Type::Object,
            Const::Str(_) => Type::Str,
            Const::Bytes(_) => Type::Bytes,
            Const::Tuple(_) => Type::Tuple,
        }
    }
}

/// Writes a float so that it reads back bit for bit.
pub fn write_float(f: &mut fmt::Formatter<'_>, x: f64) -> fmt::Result {
    if x.is_nan() {
        f.write_str("nan")
    } else if x.is_infinite() {
        f.write_str(if x > 0.0 { "inf" } else { "-inf" })
    } else {
        // `{:?}` is the shortest representation that round-trips and
        // always has a '.' or an exponent, so it never reads as an int.
        write!(f, "{x:?}")
    }
}

/// Writes `s` as a double-quoted string literal with Rust-style escapes.
pub fn write_str_literal(f: &mut fmt::Formatter<'_>, s: &str) -> fmt::Result {
    f.write_str("\"")?;
    for c in s.chars() {
        match c {
            '"' => f.write_str("\\\"")?,
            '\\' => f.write_str("\\\\")?,
            '\n' => f.write_str("\\n")?,
            '\r' => f.write_str("\\r")?,
            '\t' => f.write_str("\\t")?,
            c if c.is_control() || (0xD800..=0xDFFF).contains(&(c as u32)) => {
                write!(f, "\\u{{{:x}}}", c as u32)?
            }
            c => write!(f, "{c}")?,
        }
    }
    f.write_str("\"")
}

impl fmt::Display for Const {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Const::None => f.write_str("None"),
            Const::Bool(true) => f.write_str("True"),
            Const::Bool(false) => f.write_str("False"),
            Const::Int(i) => write!(f, "{i}"),
            Const::BigInt(s) => f.write_str(s),
            Const::Float(x) => write_float(f, *x),
            Const::Imag(x) => {
                write_float(f, *x)?;
                f.write_str("j")
            }
            Const::Str(s) => write_str_literal(f, s),
            Const::Bytes(b) => {
                f.write_str("b\"")?;
                for &byte in b {
                    match byte {
                        b'"' => f.write_str("\\\"")?,
                        b'\\' => f.write_str("\\\\")?,
                        0x20..=0x7e => write!(f, "{}", byte as char)?,
                        _ => write!(f, "\\x{byte:02x}")?,
                    }
                }
                f.write_str("\"")
            }
            Const::Ellipsis => f.write_str("..."),
            Const::Tuple(items) => {
                f.write_str("(")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    item.fmt(f)?;
                }
                if items.len() == 1 {
                    f.write_str(",")?;
                }
                f.write_str(")")
            }
        }
    }
}
