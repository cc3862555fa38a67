//! Helpers shared by the builtin sequence and container types: argument
//! checking for builtin methods, `__index__` conversion, sequence repeat
//! counts, and CPython's argument-count messages.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::error::{PyResult, overflow_error, type_error};
use crate::object::Obj;
use crate::protocol;
use crate::rt;
use crate::types::int;
use crate::types::typeobj::BinOp;

/// `operator.index(o)` as a big integer: ints directly, other objects
/// through their `__index__` slot; `None` when `o` has no `__index__`.
pub fn index_big(o: &Obj) -> PyResult<Option<BigInt>> {
    if let Some(v) = int::value(o) {
        return Ok(Some(v));
    }
    match o.with_type(|t| t.slots.index.get()) {
        Some(f) => {
            let r = f(o)?;
            match int::value(&r) {
                Some(v) => Ok(Some(v)),
                None => Err(type_error(format!(
                    "__index__ returned non-int (type {})",
                    protocol::type_name(&r)
                ))),
            }
        }
        None => Ok(None),
    }
}

/// An index argument as an `i64`, clamped like CPython's
/// `_PyEval_SliceIndex` would not: out-of-range values saturate, which
/// every caller treats as "past the end".
pub fn index_clamped(o: &Obj) -> PyResult<Option<i64>> {
    if let Some(i) = o.as_small() {
        return Ok(Some(i));
    }
    Ok(index_big(o)?.map(|v| {
        v.to_i64()
            .unwrap_or(if v.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            })
    }))
}

/// An index argument that must fit in an `i64` (`IndexError: cannot fit
/// 'int' into an index-sized integer` otherwise); `None` if not an index.
pub fn index_exact(o: &Obj) -> PyResult<Option<i64>> {
    if let Some(i) = o.as_small() {
        return Ok(Some(i));
    }
    // The other common subscript, which has no `__index__` (slice is
    // final): no lookup for it.
    if crate::types::slice::is_slice(o) {
        return Ok(None);
    }
    match index_big(o)? {
        None => Ok(None),
        Some(v) => match v.to_i64() {
            Some(i) => Ok(Some(i)),
            None => Err(crate::error::PyErr::new(
                rt::Exc::IndexError,
                format!(
                    "cannot fit '{}' into an index-sized integer",
                    protocol::type_name(o)
                ),
            )),
        },
    }
}

/// The repeat count of `seq * n` given the operands of a `*` slot, where
/// `is_seq` tells which operand is the sequence. `Ok(Err(result))` means
/// the other operand handled the operation itself (its own `*` slot
/// returned something other than NotImplemented).
pub fn repeat_count(
    a: &Obj,
    b: &Obj,
    is_seq: impl Fn(&Obj) -> bool,
) -> PyResult<Result<(Obj, i64), Obj>> {
    let (seq, n) = if is_seq(a) { (a, b) } else { (b, a) };
    match index_big(n)? {
        Some(v) => {
            let count = match v.to_i64() {
                Some(c) => c,
                None if v.sign() == num_bigint::Sign::Minus => 0,
                None => {
                    return Err(overflow_error(format!(
                        "cannot fit '{}' into an index-sized integer",
                        protocol::type_name(n)
                    )));
                }
            };
            Ok(Ok((seq.clone(), count.max(0))))
        }
        None => {
            // Give the other operand's own `*` a chance first, as
            // CPython's binary_op1 does before falling back to sq_repeat.
            let mine = seq.with_type(|t| t.slots.binary[BinOp::Mul as usize].get());
            let theirs = n.with_type(|t| t.slots.binary[BinOp::Mul as usize].get());
            if let Some(f) = theirs
                && mine.is_none_or(|m| m as usize != f as usize)
                && !is_builtin_repeat(f as usize)
            {
                let r = f(a, b)?;
                if !rt::is_not_implemented(&r) {
                    return Ok(Err(r));
                }
            }
            Err(type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                protocol::type_name(n)
            )))
        }
    }
}

/// Whether a `*` slot is a builtin sequence's repeat: CPython keeps those
/// in `sq_repeat`, which it never tries for the right operand, so `[1] *
/// 'a'` blames the str.
fn is_builtin_repeat(f: usize) -> bool {
    let types = [
        rt::ty(|t| &t.str),
        rt::ty(|t| &t.list),
        rt::ty(|t| &t.tuple),
        crate::types::bytes::ty(),
        crate::types::bytearray::ty(),
    ];
    types.iter().any(|t| {
        t.with_type_data(|d| d.slots.binary[BinOp::Mul as usize].get())
            .is_some_and(|g| g as usize == f)
    })
}

/// Checks a repeated sequence's size against memory limits.
pub fn check_repeat_size(len: usize, count: i64) -> PyResult<usize> {
    let total = (len as u128) * (count as u128);
    if total > (isize::MAX as u128) / 8 {
        return Err(crate::error::PyErr::new(rt::Exc::MemoryError, ""));
    }
    Ok(total as usize)
}

/// The `start`/`stop` arguments of `index()` methods, normalized against
/// `len` as CPython's `_PyEval_SliceIndexNotNone` plus clamping does.
pub fn start_stop(rest: &[Obj], len: usize) -> PyResult<(usize, usize)> {
    let n = len as i64;
    let conv = |o: Option<&Obj>, default: i64| -> PyResult<i64> {
        match o {
            None => Ok(default),
            Some(o) => {
                let v = index_clamped(o)?.ok_or_else(|| {
                    type_error("slice indices must be integers or have an __index__ method")
                })?;
                Ok(if v < 0 {
                    (v.saturating_add(n)).max(0)
                } else {
                    v.min(n)
                })
            }
        }
    };
    let start = conv(rest.first(), 0)?;
    let stop = conv(rest.get(1), n)?;
    Ok((start as usize, stop as usize))
}
