//! `slice` objects and the index arithmetic of slicing.

use crate::error::{PyResult, value_error};
use crate::object::Obj;
use crate::rt;
use crate::types::int;

/// The payload of a slice.
pub struct SliceData {
    /// `start`.
    pub start: Obj,
    /// `stop`.
    pub stop: Obj,
    /// `step`.
    pub step: Obj,
}

/// If `k` is a slice, its `(start, stop, step)` clamped for a sequence of
/// length `len` (CPython's `PySlice_AdjustIndices`).
pub fn indices(k: &Obj, len: usize) -> PyResult<Option<(i64, i64, i64)>> {
    let Some(s) = k.downcast::<SliceData>() else {
        return Ok(None);
    };
    let len = len as i64;
    let get = |o: &Obj| -> PyResult<Option<i64>> {
        if rt::is_none(o) {
            return Ok(None);
        }
        match int::value(o) {
            Some(v) => Ok(Some(num_traits::ToPrimitive::to_i64(&v).unwrap_or(
                if v.sign() == num_bigint::Sign::Minus {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                },
            ))),
            None => Err(crate::error::type_error(
                "slice indices must be integers or None or have an __index__ method",
            )),
        }
    };
    let step = get(&s.step)?.unwrap_or(1);
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(v) if v < 0 => {
                let v = v + len;
                if v < 0 {
                    if step < 0 { -1 } else { 0 }
                } else {
                    v
                }
            }
            Some(v) if v >= len => {
                if step < 0 {
                    len - 1
                } else {
                    len
                }
            }
            Some(v) => v,
        }
    };
    let (start, stop) = if step > 0 {
        (clamp(get(&s.start)?, 0), clamp(get(&s.stop)?, len))
    } else {
        (clamp(get(&s.start)?, len - 1), clamp(get(&s.stop)?, -1))
    };
    Ok(Some((start, stop, step)))
}

/// The positions a clamped slice selects.
pub fn positions(start: i64, stop: i64, step: i64) -> impl Iterator<Item = usize> {
    let mut i = start;
    std::iter::from_fn(move || {
        if (step > 0 && i < stop) || (step < 0 && i > stop) {
            let out = i as usize;
            i += step;
            Some(out)
        } else {
            None
        }
    })
}

thread_local! {
    static SLICE_TYPE: Obj = {
        let t = crate::types::typeobj::TypeData::new::<SliceData>("slice").final_type();
        t.unhashable.set(true);
        let ty = crate::types::class::new_builtin_type(t);
        ty.make_immortal();
        ty
    };
}

/// `slice(start, stop, step)` (None for an absent part).
pub fn new_slice(start: Obj, stop: Obj, step: Obj) -> Obj {
    crate::object::alloc(SLICE_TYPE.with(Obj::clone), SliceData { start, stop, step })
}
