//! The sequence iterator: walks anything indexable by position (list,
//! tuple, str snapshots), re-reading the length each step as CPython does.

use std::cell::{Cell, RefCell};

use crate::object::{Obj, alloc};
use crate::types::typeobj::TypeData;

/// The payload of a sequence iterator. `repr(C)` because native code
/// steps it inline over a list or tuple (`codegen`'s `function/item.rs`,
/// through `native::abi::Ctx`): the sequence's word (`Cell<Option<Obj>>`
/// is one word, 0 once exhausted), then the index.
#[repr(C)]
pub struct SeqIter {
    /// The sequence, or None once exhausted.
    pub seq: Cell<Option<Obj>>,
    /// The next position.
    pub index: Cell<usize>,
}

thread_local! {
    static SEQ_ITER_TYPE: Obj = {
        let t = TypeData::new::<SeqIter>("iterator").final_type();
        t.slots.iter.set(Some(|o| Ok(o.clone())));
        t.slots.next.set(Some(next));
        let ty = crate::types::class::new_builtin_type(t);
        ty.make_immortal();
        ty
    };
}

/// The sequence iterator's type.
pub fn seq_iter_type() -> Obj {
    SEQ_ITER_TYPE.with(Obj::clone)
}

/// An iterator over a list or tuple.
pub fn seq_iter(seq: Obj) -> Obj {
    let ty = SEQ_ITER_TYPE.with(Obj::clone);
    alloc(
        ty,
        SeqIter {
            seq: Cell::new(Some(seq)),
            index: Cell::new(0),
        },
    )
}

fn next(o: &Obj) -> crate::error::PyResult<Option<Obj>> {
    let Some(it) = o.downcast::<SeqIter>() else {
        return Ok(None);
    };
    // Taken out while stepping and put back (a list's item access runs
    // no Python code, so nothing sees the iterator meanwhile).
    let Some(seq) = it.seq.take() else {
        return Ok(None);
    };
    let i = it.index.get();
    let item = if let Some(v) = crate::types::list::get(&seq, i) {
        Some(v)
    } else if let Some(t) = seq.downcast::<crate::types::tuple::TupleData>() {
        t.0.get(i).cloned()
    } else {
        None
    };
    match item {
        Some(v) => {
            it.index.set(i + 1);
            it.seq.set(Some(seq));
            Ok(Some(v))
        }
        None => Ok(None),
    }
}

/// The payload of an iterator over an object with only `__getitem__`.
pub struct GetItemIter {
    seq: RefCell<Option<Obj>>,
    index: Cell<i64>,
}

thread_local! {
    static GETITEM_ITER_TYPE: Obj = {
        let t = TypeData::new::<GetItemIter>("iterator").final_type();
        t.slots.iter.set(Some(|o| Ok(o.clone())));
        t.slots.next.set(Some(getitem_next));
        let ty = crate::types::class::new_builtin_type(t);
        ty.make_immortal();
        ty
    };
}

/// The old-style iterator: `seq[0]`, `seq[1]`, ... until IndexError.
pub fn getitem_iter(seq: Obj) -> Obj {
    alloc(
        GETITEM_ITER_TYPE.with(Obj::clone),
        GetItemIter {
            seq: RefCell::new(Some(seq)),
            index: Cell::new(0),
        },
    )
}

fn getitem_next(o: &Obj) -> crate::error::PyResult<Option<Obj>> {
    let Some(it) = o.downcast::<GetItemIter>() else {
        return Ok(None);
    };
    let Some(seq) = it.seq.borrow().clone() else {
        return Ok(None);
    };
    let i = it.index.get();
    match crate::protocol::getitem(&seq, &crate::types::int::from_i64(i)) {
        Ok(v) => {
            it.index.set(i + 1);
            Ok(Some(v))
        }
        Err(e)
            if e.matches(crate::rt::Exc::IndexError)
                || e.matches(crate::rt::Exc::StopIteration) =>
        {
            *it.seq.borrow_mut() = None;
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// The payload of `reversed(list)`: walks down from the end, stopping if
/// the list shrinks below the position.
pub struct ReversedSeqIter {
    seq: RefCell<Option<Obj>>,
    index: Cell<isize>,
}

thread_local! {
    static REVERSED_ITER_TYPE: Obj = {
        let t = TypeData::new::<ReversedSeqIter>("list_reverseiterator").final_type();
        t.slots.iter.set(Some(|o| Ok(o.clone())));
        t.slots.next.set(Some(reversed_next));
        let ty = crate::types::class::new_builtin_type(t);
        ty.make_immortal();
        ty
    };
}

/// `reversed(list)`.
pub fn reversed_seq_iter(seq: Obj) -> Obj {
    let n = crate::types::list::len(&seq) as isize;
    alloc(
        REVERSED_ITER_TYPE.with(Obj::clone),
        ReversedSeqIter {
            seq: RefCell::new(Some(seq)),
            index: Cell::new(n - 1),
        },
    )
}

fn reversed_next(o: &Obj) -> crate::error::PyResult<Option<Obj>> {
    let Some(it) = o.downcast::<ReversedSeqIter>() else {
        return Ok(None);
    };
    let Some(seq) = it.seq.borrow().clone() else {
        return Ok(None);
    };
    let i = it.index.get();
    let item = if i >= 0 {
        crate::types::list::get(&seq, i as usize)
    } else {
        None
    };
    match item {
        Some(v) => {
            it.index.set(i - 1);
            Ok(Some(v))
        }
        None => {
            *it.seq.borrow_mut() = None;
            Ok(None)
        }
    }
}

/// The payload of `iter(callable, sentinel)`.
pub struct CallableIter {
    state: RefCell<Option<(Obj, Obj)>>,
}

thread_local! {
    static CALLABLE_ITER_TYPE: Obj = {
        let t = TypeData::new::<CallableIter>("callable_iterator").final_type();
        t.slots.iter.set(Some(|o| Ok(o.clone())));
        t.slots.next.set(Some(callable_next));
        let ty = crate::types::class::new_builtin_type(t);
        ty.make_immortal();
        ty
    };
}

/// `iter(callable, sentinel)`: calls until the result equals `sentinel`.
pub fn callable_iter(f: Obj, sentinel: Obj) -> Obj {
    alloc(
        CALLABLE_ITER_TYPE.with(Obj::clone),
        CallableIter {
            state: RefCell::new(Some((f, sentinel))),
        },
    )
}

fn callable_next(o: &Obj) -> crate::error::PyResult<Option<Obj>> {
    let Some(it) = o.downcast::<CallableIter>() else {
        return Ok(None);
    };
    let Some((f, sentinel)) = it.state.borrow().clone() else {
        return Ok(None);
    };
    let v = match crate::protocol::call(&f, &[], &[]) {
        Ok(v) => v,
        Err(e) if e.matches(crate::rt::Exc::StopIteration) => {
            *it.state.borrow_mut() = None;
            return Ok(None);
        }
        Err(e) => return Err(e),
    };
    if v.is(&sentinel) || crate::protocol::eq(&v, &sentinel)? {
        *it.state.borrow_mut() = None;
        return Ok(None);
    }
    Ok(Some(v))
}
