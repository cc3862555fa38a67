//! `sum()`, with CPython 3.11's loop: while the total is an exact int that
//! fits 64 bits, exact ints and bools are added as machine integers;
//! while it is an exact float, exact floats and ints that fit 64 bits are
//! added as doubles (plain addition, as 3.11 does: 3.12's compensated sum
//! gives other results). Anything else goes through `+` for the rest of
//! the items. The results are what `+` on the objects would give.

use crate::error::{PyResult, type_error};
use crate::object::Obj;
use crate::protocol;
use crate::rt;
use crate::types::float;
use crate::types::int;
use crate::types::typeobj::BinOp;

/// `sum(iterable, start)`.
pub(super) fn sum(iterable: &Obj, start: Obj) -> PyResult<Obj> {
    let it = protocol::iter(iterable)?;
    refuse_text(&start)?;
    let mut total = start;
    if let Some(mut acc) = exact_int(&total) {
        loop {
            let Some(x) = protocol::next(&it)? else {
                return Ok(int::from_i64(acc));
            };
            if let Some(sum) = exact_int(&x)
                .or_else(|| rt::as_bool(&x).map(i64::from))
                .and_then(|v| acc.checked_add(v))
            {
                acc = sum;
                continue;
            }
            total = protocol::binary_op(&int::from_i64(acc), &x, BinOp::Add)?;
            break;
        }
    }
    if rt::is_exact_float(&total)
        && let Some(mut acc) = float::value(&total)
    {
        loop {
            let Some(x) = protocol::next(&it)? else {
                return Ok(float::new_float(acc));
            };
            if rt::is_exact_float(&x)
                && let Some(v) = float::value(&x)
            {
                acc += v;
                continue;
            }
            // Any int (bools and subclasses too) converts exactly as
            // float's `+` converts it.
            if let Some(v) = int::as_i64(&x) {
                acc += v as f64;
                continue;
            }
            total = protocol::binary_op(&float::new_float(acc), &x, BinOp::Add)?;
            break;
        }
    }
    while let Some(x) = protocol::next(&it)? {
        total = protocol::binary_op(&total, &x, BinOp::Add)?;
    }
    Ok(total)
}

/// An exact int's value, when it fits 64 bits.
fn exact_int(o: &Obj) -> Option<i64> {
    match o.as_small() {
        Some(i) => Some(i),
        None if rt::is_exact(o, |t| &t.int) => int::as_i64(o),
        None => None,
    }
}

/// CPython's TypeErrors for a start that is text or bytes.
fn refuse_text(start: &Obj) -> PyResult<()> {
    let what = if crate::types::str::is_str(start) {
        "strings [use ''.join(seq) instead]"
    } else if crate::types::bytes::is_bytes(start) {
        "bytes [use b''.join(seq) instead]"
    } else if start
        .downcast::<crate::types::bytearray::ByteArrayData>()
        .is_some()
    {
        "bytearray [use b''.join(seq) instead]"
    } else {
        return Ok(());
    };
    Err(type_error(format!("sum() can't sum {what}")))
}
