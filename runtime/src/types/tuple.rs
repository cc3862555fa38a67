//! `tuple`.

use crate::error::{PyResult, index_error, type_error};
use crate::object::{Obj, alloc};
use crate::protocol;
use crate::rt;
use crate::types::typeobj::{BinOp, CompareOp, TypeData};

/// The payload of a tuple.
pub struct TupleData(pub Box<[Obj]>);

/// The `tuple` type's data.
pub fn type_data() -> TypeData {
    let t = TypeData::new::<TupleData>("tuple");
    t.slots.len.set(Some(|o| Ok(items(o).len())));
    t.slots.bool.set(Some(|o| Ok(!items(o).is_empty())));
    t.slots.getitem.set(Some(getitem));
    t.slots.repr.set(Some(repr));
    t.slots.hash.set(Some(hash));
    t.slots.compare.set(Some(|a, b, op| {
        protocol::compare_sequences(a, b, op, |o| {
            o.downcast::<TupleData>().map(|d| d.0.to_vec())
        })
    }));
    t.slots.contains.set(Some(|o, k| {
        for x in items(o).iter() {
            if x.is(k) || protocol::eq(x, k)? {
                return Ok(true);
            }
        }
        Ok(false)
    }));
    t.slots
        .iter
        .set(Some(|o| Ok(crate::types::iter::seq_iter(o.clone()))));
    t.slots.binary[BinOp::Add as usize].set(Some(|a, b| {
        match (a.downcast::<TupleData>(), b.downcast::<TupleData>()) {
            (Some(x), Some(y)) => Ok(new_tuple(x.0.iter().chain(y.0.iter()).cloned().collect())),
            (Some(_), None) => Err(type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                protocol::type_name(b)
            ))),
            _ => Ok(rt::not_implemented()),
        }
    }));
    let _ = CompareOp::Eq;
    t
}

/// A new tuple.
pub fn new_tuple(items: Vec<Obj>) -> Obj {
    if items.is_empty() {
        return rt::with(|rt| rt.singletons.empty_tuple.clone());
    }
    alloc(rt::ty(|t| &t.tuple), TupleData(items.into_boxed_slice()))
}

/// The empty tuple (bootstrap).
pub fn new_empty(tuple_type: &Obj) -> Obj {
    let o = alloc(tuple_type.clone(), TupleData(Box::new([])));
    o.make_immortal();
    o
}

/// The items of a tuple (empty for a non-tuple).
pub fn items(o: &Obj) -> &[Obj] {
    o.downcast::<TupleData>().map_or(&[], |d| &d.0)
}

/// Whether `o` is a tuple (or subclass).
pub fn is_tuple(o: &Obj) -> bool {
    o.downcast::<TupleData>().is_some()
}

fn getitem(o: &Obj, k: &Obj) -> PyResult<Obj> {
    let v = items(o);
    if let Some(i) = crate::types::int::to_index(k)? {
        let n = v.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(index_error("tuple index out of range"));
        }
        return Ok(v[j as usize].clone());
    }
    if let Some((a, b, c)) = crate::types::slice::indices(k, v.len())? {
        return Ok(new_tuple(
            crate::types::slice::positions(a, b, c)
                .map(|i| v[i].clone())
                .collect(),
        ));
    }
    Err(type_error(format!(
        "tuple indices must be integers or slices, not {}",
        protocol::type_name(k)
    )))
}

fn repr(o: &Obj) -> PyResult<Obj> {
    let v = items(o);
    let Some(_guard) = protocol::ReprGuard::enter(o) else {
        return Ok(crate::types::str::new_str("(...)"));
    };
    let mut s = String::from("(");
    for (i, x) in v.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&protocol::repr_string(x)?);
    }
    if v.len() == 1 {
        s.push(',');
    }
    s.push(')');
    Ok(crate::types::str::new_str(&s))
}

fn hash(o: &Obj) -> PyResult<i64> {
    // CPython's xxHash-based tuple hash.
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let v = items(o);
    let mut acc: u64 = P5;
    for x in v.iter() {
        let lane = protocol::hash(x)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((v.len() as u64) ^ (P5 ^ 3527539));
    let h = acc as i64;
    Ok(if h == -1 { 1546275796 } else { h })
}
