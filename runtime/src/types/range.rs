//! `range` with arbitrary-precision bounds (as CPython's, `range(10**20)`
//! works; only `len()` of a huge one overflows), and its iterators.

use std::cell::{Cell, RefCell};

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::error::{PyResult, index_error, overflow_error, type_error, value_error};
use crate::object::{Obj, alloc};
use crate::protocol;
use crate::rt;
use crate::types::int;
use crate::types::sequence::index_big;
use crate::types::str::new_str;
use crate::types::typeobj::{CompareOp, TypeData};

/// The payload of a `range`.
pub struct RangeData {
    start: BigInt,
    stop: BigInt,
    step: BigInt,
    len: BigInt,
}

/// The payload of a range iterator: the next value and how many remain.
/// Native code steps the small form inline (`native::abi::Ctx`), so the
/// layout is fixed: `small` first.
#[repr(C)]
pub struct RangeIter {
    /// The iteration when every value fits an `i64`.
    pub small: SmallRange,
    next: RefCell<BigInt>,
    step: BigInt,
    left: RefCell<BigInt>,
}

/// A range iteration over `i64`s (`repr(C)`: native code reads and
/// writes these three words).
#[repr(C)]
pub struct SmallRange {
    /// The next value.
    pub next: Cell<i64>,
    /// The step.
    pub step: Cell<i64>,
    /// How many values remain; negative when the values need the big form.
    pub left: Cell<i64>,
}

/// The type of range iterators.
pub fn iter_type() -> Obj {
    ITER_TYPE.with(Obj::clone)
}

fn builtin(t: TypeData) -> Obj {
    let ty = crate::types::class::new_builtin_type(t);
    ty.make_immortal();
    ty
}

thread_local! {
    static RANGE_TYPE: Obj = {
        let t = TypeData::new::<RangeData>("range").final_type().with_methods(methods);
        t.slots.new.set(Some(range_new));
        t.slots.len.set(Some(|o| {
            let r = data(o)?;
            r.len.to_isize().map(|n| n as usize).ok_or_else(|| {
                overflow_error("Python int too large to convert to C ssize_t")
            })
        }));
        t.slots.bool.set(Some(|o| Ok(!data(o)?.len.is_zero())));
        t.slots.iter.set(Some(|o| {
            let r = data(o)?;
            Ok(new_iter(r.start.clone(), r.step.clone(), r.len.clone(), false))
        }));
        t.slots.contains.set(Some(contains));
        t.slots.getitem.set(Some(getitem));
        t.slots.repr.set(Some(|o| {
            let r = data(o)?;
            Ok(new_str(&if r.step.is_one() {
                format!("range({}, {})", r.start, r.stop)
            } else {
                format!("range({}, {}, {})", r.start, r.stop, r.step)
            }))
        }));
        t.slots.compare.set(Some(compare));
        t.slots.hash.set(Some(hash));
        t.slots.getattr.set(Some(|o, name| {
            let r = data(o)?;
            Ok(match crate::types::str::as_str(name) {
                Some("start") => Some(int::from_big(r.start.clone())),
                Some("stop") => Some(int::from_big(r.stop.clone())),
                Some("step") => Some(int::from_big(r.step.clone())),
                _ => crate::types::object::generic_getattr(o, name)?,
            })
        }));
        builtin(t)
    };
    static ITER_TYPE: Obj = {
        let t = TypeData::new::<RangeIter>("range_iterator").final_type();
        t.slots.iter.set(Some(|o| Ok(o.clone())));
        t.slots.next.set(Some(iter_next));
        builtin(t)
    };
}

/// The `range` type.
pub fn range_type() -> Obj {
    RANGE_TYPE.with(Obj::clone)
}

fn data(o: &Obj) -> PyResult<&RangeData> {
    o.downcast::<RangeData>()
        .ok_or_else(|| type_error("descriptor requires a 'range' object"))
}

fn compute_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let n = if step.is_positive() {
        (stop - start + step - BigInt::one()).div_floor(step)
    } else {
        (start - stop - step - BigInt::one()).div_floor(&-step)
    };
    if n.is_negative() { BigInt::zero() } else { n }
}

fn make(start: BigInt, stop: BigInt, step: BigInt) -> Obj {
    let len = compute_len(&start, &stop, &step);
    alloc(
        range_type(),
        RangeData {
            start,
            stop,
            step,
            len,
        },
    )
}

fn range_new(_cls: &Obj, args: &[Obj], kwnames: &[Obj]) -> PyResult<Obj> {
    if !kwnames.is_empty() {
        return Err(type_error("range() takes no keyword arguments"));
    }
    let get = |o: &Obj| index_big(o)?.ok_or_else(|| int::expected_int(o));
    let (start, stop, step) = match args {
        [stop] => (BigInt::zero(), get(stop)?, BigInt::one()),
        [start, stop] => (get(start)?, get(stop)?, BigInt::one()),
        [start, stop, step] => (get(start)?, get(stop)?, get(step)?),
        [] => return Err(type_error("range expected at least 1 argument, got 0")),
        _ => {
            return Err(type_error(format!(
                "range expected at most 3 arguments, got {}",
                args.len()
            )));
        }
    };
    if step.is_zero() {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(make(start, stop, step))
}

fn new_iter(start: BigInt, step: BigInt, len: BigInt, _rev: bool) -> Obj {
    let (a, s, n) = match (start.to_i64(), step.to_i64(), len.to_i64()) {
        (Some(a), Some(s), Some(n))
            if (a as i128 + s as i128 * n as i128).abs() < i64::MAX as i128 / 2 =>
        {
            (a, s, n)
        }
        _ => (0, 0, -1),
    };
    alloc(
        ITER_TYPE.with(Obj::clone),
        RangeIter {
            small: SmallRange {
                next: Cell::new(a),
                step: Cell::new(s),
                left: Cell::new(n),
            },
            next: RefCell::new(start),
            step,
            left: RefCell::new(len),
        },
    )
}

fn iter_next(o: &Obj) -> PyResult<Option<Obj>> {
    let Some(it) = o.downcast::<RangeIter>() else {
        return Ok(None);
    };
    let small = &it.small;
    let n = small.left.get();
    if n == 0 {
        return Ok(None);
    }
    if n > 0 {
        let a = small.next.get();
        small.next.set(a + small.step.get());
        small.left.set(n - 1);
        return Ok(Some(int::from_i64(a)));
    }
    if it.left.borrow().is_positive() {
        *it.left.borrow_mut() -= 1;
        let v = it.next.borrow().clone();
        *it.next.borrow_mut() += &it.step;
        return Ok(Some(int::from_big(v)));
    }
    Ok(None)
}

/// The value at `i` (already in `0..len`).
fn at(r: &RangeData, i: &BigInt) -> BigInt {
    &r.start + i * &r.step
}

/// The position of int `v` in the range, if it is there.
fn position(r: &RangeData, v: &BigInt) -> Option<BigInt> {
    let off = v - &r.start;
    let (q, m) = off.div_mod_floor(&r.step);
    (m.is_zero() && !q.is_negative() && q < r.len).then_some(q)
}

fn is_exact_int(o: &Obj) -> bool {
    int::is_int(o)
        && (o.as_small().is_some() || o.ty().is(&rt::int_type()) || o.ty().is(&rt::ty(|t| &t.bool)))
}

fn contains(o: &Obj, x: &Obj) -> PyResult<bool> {
    let r = data(o)?;
    if is_exact_int(x)
        && let Some(v) = int::value(x)
    {
        return Ok(position(r, &v).is_some());
    }
    let it = protocol::iter(o)?;
    while let Some(y) = protocol::next(&it)? {
        if y.is(x) || protocol::eq(&y, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn getitem(o: &Obj, k: &Obj) -> PyResult<Obj> {
    let r = data(o)?;
    if let Some(i) = index_big(k)? {
        let j = if i.is_negative() { i + &r.len } else { i };
        if j.is_negative() || j >= r.len {
            return Err(index_error("range object index out of range"));
        }
        return Ok(int::from_big(at(r, &j)));
    }
    if let Some((a, b, c)) = crate::types::slice::indices_big(k, &r.len)? {
        // range.c's compute_slice: the new bounds are the items at the
        // slice's indices, so `range(10)[::-3]` is `range(9, -1, -3)`.
        let start = at(r, &a);
        let stop = at(r, &b);
        let step = &r.step * &c;
        return Ok(make(start, stop, step));
    }
    Err(type_error(format!(
        "range indices must be integers or slices, not {}",
        protocol::type_name(k)
    )))
}

fn compare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    let (Some(x), Some(y)) = (a.downcast::<RangeData>(), b.downcast::<RangeData>()) else {
        return Ok(rt::not_implemented());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(rt::not_implemented());
    }
    let eq = a.is(b)
        || (x.len == y.len
            && (x.len.is_zero() || (x.start == y.start && (x.len.is_one() || x.step == y.step))));
    Ok(rt::bool_obj(eq == (op == CompareOp::Eq)))
}

fn hash(o: &Obj) -> PyResult<i64> {
    let r = data(o)?;
    let none = rt::none();
    let t = if r.len.is_zero() {
        vec![int::from_i64(0), none.clone(), none]
    } else if r.len.is_one() {
        vec![int::from_i64(1), int::from_big(r.start.clone()), none]
    } else {
        vec![
            int::from_big(r.len.clone()),
            int::from_big(r.start.clone()),
            int::from_big(r.step.clone()),
        ]
    };
    protocol::hash(&crate::types::tuple::new_tuple(t))
}

fn methods(t: &Obj) {
    use crate::args::{no_args, one_arg};
    use crate::types::function::add_method;
    add_method(t, "index", |a, k| {
        let (me, x) = one_arg("range.index", a, k)?;
        let r = data(me)?;
        if is_exact_int(x) {
            if let Some(p) = int::value(x).and_then(|v| position(r, &v)) {
                return Ok(int::from_big(p));
            }
        } else {
            let it = protocol::iter(me)?;
            let mut i = 0i64;
            while let Some(y) = protocol::next(&it)? {
                if y.is(x) || protocol::eq(&y, x)? {
                    return Ok(int::from_i64(i));
                }
                i += 1;
            }
        }
        Err(value_error(format!(
            "{} is not in range",
            protocol::repr_string(x)?
        )))
    });
    add_method(t, "count", |a, k| {
        let (me, x) = one_arg("range.count", a, k)?;
        let r = data(me)?;
        if is_exact_int(x) {
            let found = int::value(x).and_then(|v| position(r, &v)).is_some();
            return Ok(int::from_i64(found as i64));
        }
        let it = protocol::iter(me)?;
        let mut n = 0i64;
        while let Some(y) = protocol::next(&it)? {
            if y.is(x) || protocol::eq(&y, x)? {
                n += 1;
            }
        }
        Ok(int::from_i64(n))
    });
    add_method(t, "__reversed__", |a, k| {
        let me = no_args("range.__reversed__", a, k)?;
        let r = data(me)?;
        let last = &r.start + (&r.len - 1) * &r.step;
        Ok(new_iter(last, -r.step.clone(), r.len.clone(), true))
    });
    add_method(t, "__len__", |a, k| {
        let me = no_args("range.__len__", a, k)?;
        let n = protocol::len(me)?;
        Ok(int::from_i64(n as i64))
    });
}
