//! `tuple`.

use crate::error::{PyResult, index_error, type_error};
use crate::object::{Obj, TypeFor, alloc};
use crate::protocol;
use crate::rt;
use crate::types::typeobj::{BinOp, TypeData};

/// The payload of a tuple.
pub struct TupleData(pub Box<[Obj]>);

/// The `tuple` type's data.
pub fn type_data() -> TypeData {
    let t = TypeData::new::<TupleData>("tuple").with_methods(init_methods);
    t.slots.new.set(Some(tuple_new));
    t.slots.binary[BinOp::Mul as usize].set(Some(
        |a, b| match crate::types::sequence::repeat_count(a, b, is_tuple)? {
            Ok((seq, n)) => {
                let v = items(&seq);
                if n == 1 && seq.ty().is(&rt::ty(|t| &t.tuple)) {
                    return Ok(seq.clone());
                }
                crate::types::sequence::check_repeat_size(v.len(), n)?;
                let mut out = Vec::with_capacity(v.len() * n as usize);
                for _ in 0..n {
                    out.extend(v.iter().cloned());
                }
                Ok(new_tuple(out))
            }
            Err(r) => Ok(r),
        },
    ));
    t.slots.len.set(Some(|o| Ok(items(o).len())));
    t.slots.bool.set(Some(|o| Ok(!items(o).is_empty())));
    t.slots.getitem.set(Some(getitem));
    t.slots.repr.set(Some(repr));
    t.slots.hash.set(Some(hash));
    // A tuple's items never change, so they are compared in place.
    t.slots.compare.set(Some(|a, b, op| {
        match (a.downcast::<TupleData>(), b.downcast::<TupleData>()) {
            (Some(x), Some(y)) => protocol::compare_sequences(&x.0, &y.0, op),
            _ => Ok(rt::not_implemented()),
        }
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
    t
}

fn tuple_new(cls: &Obj, args: &[Obj], kwnames: &[Obj]) -> PyResult<Obj> {
    let exact = cls.is(&rt::ty(|t| &t.tuple));
    if !kwnames.is_empty() && exact {
        return Err(type_error("tuple() takes no keyword arguments"));
    }
    let npos = args.len() - kwnames.len();
    if npos > 1 {
        return Err(type_error(format!(
            "tuple expected at most 1 argument, got {npos}"
        )));
    }
    let v = match args.first().filter(|_| npos == 1) {
        Some(x) => {
            if exact && x.ty().is(&rt::ty(|t| &t.tuple)) {
                return Ok(x.clone());
            }
            protocol::collect(x)?
        }
        None => Vec::new(),
    };
    if exact {
        return Ok(new_tuple(v));
    }
    let o = alloc(cls.clone(), TupleData(v.into_boxed_slice()));
    if crate::types::typeobj_ops::with_data(cls, |d| d.instance_dict) {
        o.set_dict(Some(crate::types::dict::new_dict()));
    }
    Ok(o)
}

fn init_methods(t: &Obj) {
    use crate::args::{one_arg, range_args};
    use crate::types::function::add_method;
    add_method(t, "count", |a, k| {
        let (me, x) = one_arg("tuple.count", a, k)?;
        let mut n = 0;
        for y in items(me) {
            if y.is(x) || protocol::eq(y, x)? {
                n += 1;
            }
        }
        Ok(crate::types::int::from_i64(n))
    });
    add_method(t, "index", |a, k| {
        let (me, rest) = range_args("tuple.index", "index", a, k, 1, 3)?;
        let v = items(me);
        let (start, stop) = crate::types::sequence::start_stop(&rest[1..], v.len())?;
        for (i, y) in v.iter().enumerate().take(stop).skip(start) {
            if y.is(&rest[0]) || protocol::eq(y, &rest[0])? {
                return Ok(crate::types::int::from_i64(i as i64));
            }
        }
        Err(crate::error::value_error("tuple.index(x): x not in tuple"))
    });
    add_method(t, "__getitem__", |a, k| {
        let (me, x) = one_arg("tuple.__getitem__", a, k)?;
        getitem(me, x)
    });
    add_method(t, "__len__", |a, k| {
        let me = crate::args::no_args("tuple.__len__", a, k)?;
        Ok(crate::types::int::from_i64(items(me).len() as i64))
    });
    add_method(t, "__getnewargs__", |a, k| {
        let me = crate::args::no_args("tuple.__getnewargs__", a, k)?;
        Ok(new_tuple(vec![new_tuple(items(me).to_vec())]))
    });
}

/// A new tuple.
pub fn new_tuple(items: Vec<Obj>) -> Obj {
    if items.is_empty() {
        return rt::with(|rt| rt.singletons.empty_tuple.clone());
    }
    TUPLE.with(|t| t.alloc(TupleData(items.into_boxed_slice())))
}

thread_local! {
    /// The tuple type, checked once: calls, returns and unpacking make
    /// tuples all the time.
    static TUPLE: TypeFor<TupleData> = TypeFor::new(rt::ty(|t| &t.tuple));
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
    if let Some(i) = crate::types::sequence::index_exact(k)? {
        let n = v.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(index_error("tuple index out of range"));
        }
        return Ok(v[j as usize].clone());
    }
    if let Some((a, b, c)) = crate::types::slice::indices(k, v.len())? {
        if a == 0 && c == 1 && b >= v.len() as i64 && o.ty().is(&rt::ty(|t| &t.tuple)) {
            return Ok(o.clone());
        }
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
