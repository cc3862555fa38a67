//! `slice` objects and the index arithmetic of slicing.

use crate::error::{PyResult, value_error};
use crate::object::Obj;
use crate::rt;
use crate::types::int;
use num_bigint::BigInt;

/// The payload of a slice.
pub struct SliceData {
    /// `start`.
    pub start: Obj,
    /// `stop`.
    pub stop: Obj,
    /// `step`.
    pub step: Obj,
}

thread_local! {
    static SLICE_TYPE: Obj = {
        let t = crate::types::typeobj::TypeData::new::<SliceData>("slice").final_type();
        t.slots.repr.set(Some(|o| {
            let Some(s) = o.downcast::<SliceData>() else { return Ok(crate::types::str::new_str("slice")) };
            Ok(crate::types::str::new_str(&format!(
                "slice({}, {}, {})",
                crate::protocol::repr_string(&s.start)?,
                crate::protocol::repr_string(&s.stop)?,
                crate::protocol::repr_string(&s.step)?
            )))
        }));
        t.slots.getattr.set(Some(|o, name| {
            let Some(s) = o.downcast::<SliceData>() else { return Ok(None) };
            Ok(match crate::types::str::as_str(name) {
                Some("start") => Some(s.start.clone()),
                Some("stop") => Some(s.stop.clone()),
                Some("step") => Some(s.step.clone()),
                _ => crate::types::object::generic_getattr(o, name)?,
            })
        }));
        t.unhashable.set(true);
        t.slots.new.set(Some(slice_new));
        t.slots.compare.set(Some(compare));
        let t = t.with_methods(|ty| {
            crate::types::function::add_method(ty, "indices", |a, k| {
                let (me, n) = crate::args::one_arg("slice.indices", a, k)?;
                let len = crate::types::sequence::index_big(n)?.ok_or_else(|| crate::types::int::expected_int(n))?;
                if len.sign() == num_bigint::Sign::Minus {
                    return Err(value_error("length should not be negative"));
                }
                let (a, b, c) = indices_big(me, &len)?.ok_or_else(|| crate::error::type_error("expected a slice"))?;
                Ok(crate::types::tuple::new_tuple(vec![int::from_big(a), int::from_big(b), int::from_big(c)]))
            });
        });
        let ty = crate::types::class::new_builtin_type(t);
        ty.make_immortal();
        ty
    };
}

/// The `slice` type.
pub fn slice_type() -> Obj {
    SLICE_TYPE.with(Obj::clone)
}

thread_local! {
    /// The slice type, its layout checked once: a loop that slices makes
    /// one per step.
    static SLICE: crate::object::TypeFor<SliceData> = crate::object::TypeFor::new(slice_type());
}

/// A new slice object.
pub fn new_slice(start: Obj, stop: Obj, step: Obj) -> Obj {
    SLICE.with(|t| t.alloc(SliceData { start, stop, step }))
}

/// Whether `o` is a slice.
#[inline]
pub fn is_slice(o: &Obj) -> bool {
    o.downcast::<SliceData>().is_some()
}

/// A slice bound: an int (or `__index__`) clamped to the i64 range, or
/// `None`.
#[inline(always)]
fn bound(o: &Obj) -> PyResult<Option<i64>> {
    if let Some(i) = o.as_small() {
        return Ok(Some(i));
    }
    if rt::is_none(o) {
        return Ok(None);
    }
    match crate::types::sequence::index_big(o)? {
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
}

/// If `k` is a slice, its `(start, stop, step)` clamped for a sequence of
/// length `len` (CPython's `PySlice_AdjustIndices`).
pub fn indices(k: &Obj, len: usize) -> PyResult<Option<(i64, i64, i64)>> {
    let Some(s) = k.downcast::<SliceData>() else {
        return Ok(None);
    };
    let step = bound(&s.step)?;
    if step == Some(0) {
        return Err(value_error("slice step cannot be zero"));
    }
    let start = bound(&s.start)?;
    Ok(Some(clamp(start, bound(&s.stop)?, step, len)))
}

/// The parts of a slice, from their words (`Obj::id`: native code's),
/// when each is None or a small int (which run no `__index__`), or None;
/// a step of 0 (an error) is not one.
#[inline]
pub fn small_parts(words: [usize; 3]) -> Option<[Option<i64>; 3]> {
    let none = rt::none_id();
    let part = |w: usize| match crate::object::small_of_word(w) {
        Some(i) => Some(Some(i)),
        None => (w == none).then_some(None),
    };
    let parts = [part(words[0])?, part(words[1])?, part(words[2])?];
    (parts[2] != Some(0)).then_some(parts)
}

/// A slice's `(start, stop, step)` clamped for a sequence of length
/// `len` (CPython's `PySlice_AdjustIndices`), from its parts as ints or
/// None (the step not 0).
pub fn clamp(
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
    len: usize,
) -> (i64, i64, i64) {
    let len = len as i64;
    let step = step.unwrap_or(1);
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
    if step > 0 {
        (clamp(start, 0), clamp(stop, len), step)
    } else {
        (clamp(start, len - 1), clamp(stop, -1), step)
    }
}

/// The positions a clamped slice selects.
pub fn positions(start: i64, stop: i64, step: i64) -> Positions {
    Positions {
        next: start,
        stop,
        step,
    }
}

/// The iterator `positions` makes, which knows how many are left.
pub struct Positions {
    next: i64,
    stop: i64,
    step: i64,
}

impl Iterator for Positions {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        let (i, step) = (self.next, self.step);
        if (step > 0 && i < self.stop) || (step < 0 && i > self.stop) {
            self.next = i + step;
            Some(i as usize)
        } else {
            None
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        // Clamped bounds lie in [-1, len] and a step's magnitude is below
        // 2**62 (`indices`), so none of this overflows.
        let (i, stop, step) = (self.next, self.stop, self.step);
        let n = if step > 0 && i < stop {
            (stop - i - 1) / step + 1
        } else if step < 0 && i > stop {
            (i - stop - 1) / -step + 1
        } else {
            0
        };
        (n as usize, Some(n as usize))
    }
}

impl ExactSizeIterator for Positions {}

fn slice_new(_cls: &Obj, args: &[Obj], kwnames: &[Obj]) -> PyResult<Obj> {
    if !kwnames.is_empty() {
        return Err(crate::error::type_error(
            "slice() takes no keyword arguments",
        ));
    }
    let none = rt::none;
    Ok(match args {
        [stop] => new_slice(none(), stop.clone(), none()),
        [start, stop] => new_slice(start.clone(), stop.clone(), none()),
        [start, stop, step] => new_slice(start.clone(), stop.clone(), step.clone()),
        [] => {
            return Err(crate::error::type_error(
                "slice expected at least 1 argument, got 0",
            ));
        }
        _ => {
            return Err(crate::error::type_error(format!(
                "slice expected at most 3 arguments, got {}",
                args.len()
            )));
        }
    })
}

/// Slices compare like the tuples `(start, stop, step)`.
fn compare(a: &Obj, b: &Obj, op: crate::types::typeobj::CompareOp) -> PyResult<Obj> {
    let (Some(x), Some(y)) = (a.downcast::<SliceData>(), b.downcast::<SliceData>()) else {
        return Ok(rt::not_implemented());
    };
    let t = |s: &SliceData| {
        crate::types::tuple::new_tuple(vec![s.start.clone(), s.stop.clone(), s.step.clone()])
    };
    crate::protocol::rich_compare(&t(x), &t(y), op)
}

/// If `k` is a slice, its `(start, stop, step)` for a sequence of length
/// `len`, in big integers (CPython's `_PySlice_GetLongIndices`).
pub fn indices_big(k: &Obj, len: &BigInt) -> PyResult<Option<(BigInt, BigInt, BigInt)>> {
    let Some(s) = k.downcast::<SliceData>() else {
        return Ok(None);
    };
    let get = |o: &Obj| -> PyResult<Option<BigInt>> {
        if rt::is_none(o) {
            return Ok(None);
        }
        match crate::types::sequence::index_big(o)? {
            Some(v) => Ok(Some(v)),
            None => Err(crate::error::type_error(
                "slice indices must be integers or None or have an __index__ method",
            )),
        }
    };
    let step = get(&s.step)?.unwrap_or_else(|| BigInt::from(1));
    if step.sign() == num_bigint::Sign::NoSign {
        return Err(value_error("slice step cannot be zero"));
    }
    let neg = step.sign() == num_bigint::Sign::Minus;
    let (lower, upper) = if neg {
        (BigInt::from(-1), len - 1)
    } else {
        (BigInt::from(0), len.clone())
    };
    let clamp = |v: Option<BigInt>, default: &BigInt| -> BigInt {
        match v {
            None => default.clone(),
            Some(v) => {
                let v = if v.sign() == num_bigint::Sign::Minus {
                    v + len
                } else {
                    v
                };
                if v < lower {
                    lower.clone()
                } else if v > upper {
                    upper.clone()
                } else {
                    v
                }
            }
        }
    };
    let start = clamp(get(&s.start)?, if neg { &upper } else { &lower });
    let stop = clamp(get(&s.stop)?, if neg { &lower } else { &upper });
    Ok(Some((start, stop, step)))
}
