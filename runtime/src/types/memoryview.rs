//! `memoryview`, the basics: a read-only view of a bytes object's or a
//! snapshot of a bytearray's contents, with `len`, indexing, slicing,
//! `tobytes()` and `bytes(view)`. (Writes through a view and views that
//! track a resized bytearray are not supported yet.)

use crate::error::{PyResult, index_error, type_error};
use crate::object::{Obj, alloc};
use crate::protocol;
use crate::types::function::add_method;
use crate::types::typeobj::TypeData;

/// The payload of a memoryview.
pub struct MemoryViewData {
    /// The viewed bytes.
    pub b: Box<[u8]>,
    /// The object viewed (`obj`).
    pub obj: Obj,
}

thread_local! {
    static MEMORYVIEW_TYPE: Obj = {
        let t = TypeData::new::<MemoryViewData>("memoryview")
            .final_type()
            .with_methods(|t| {
                add_method(t, "tobytes", |a, _| {
                    let b = a.first().and_then(contents).unwrap_or_default();
                    Ok(crate::types::bytes::new_bytes(b))
                });
                add_method(t, "tolist", |a, _| {
                    let b = a.first().and_then(contents).unwrap_or_default();
                    Ok(crate::types::list::new_list(
                        b.iter().map(|&x| Obj::small(x as i64)).collect(),
                    ))
                });
                add_method(t, "hex", |a, _| {
                    let b = a.first().and_then(contents).unwrap_or_default();
                    let s: String = b.iter().map(|x| format!("{x:02x}")).collect();
                    Ok(crate::types::str::new_str(&s))
                });
            });
        t.slots.len.set(Some(|o| Ok(contents(o).map_or(0, |b| b.len()))));
        t.slots.getitem.set(Some(getitem));
        t.slots.new.set(Some(|_cls, args, kw| {
            if args.len() != 1 || !kw.is_empty() {
                return Err(type_error(format!(
                    "memoryview() takes exactly one argument ({} given)",
                    args.len()
                )));
            }
            new_memoryview(&args[0])
        }));
        t.slots.compare.set(Some(|a, b, op| {
            let (Some(x), Some(y)) = (contents(a), crate::types::bytes::bytes_like(b)) else {
                return Ok(crate::rt::not_implemented());
            };
            match op {
                crate::types::typeobj::CompareOp::Eq => Ok(crate::rt::bool_obj(x == y)),
                crate::types::typeobj::CompareOp::Ne => Ok(crate::rt::bool_obj(x != y)),
                _ => Ok(crate::rt::not_implemented()),
            }
        }));
        t.slots.repr.set(Some(|o| {
            Ok(crate::types::str::new_str(&format!("<memory at {:#x}>", o.id())))
        }));
        let ty = crate::types::class::new_builtin_type(t);
        ty.make_immortal();
        ty
    };
}

/// The `memoryview` type.
pub fn ty() -> Obj {
    MEMORYVIEW_TYPE.with(Obj::clone)
}

/// `memoryview(obj)`.
pub fn new_memoryview(obj: &Obj) -> PyResult<Obj> {
    let Some(b) = crate::types::bytes::bytes_like(obj) else {
        return Err(type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            protocol::type_name(obj)
        )));
    };
    Ok(alloc(
        ty(),
        MemoryViewData {
            b: b.into_boxed_slice(),
            obj: obj.clone(),
        },
    ))
}

/// A copy of the viewed bytes (`None` for anything else).
pub fn contents(o: &Obj) -> Option<Vec<u8>> {
    o.downcast::<MemoryViewData>().map(|d| d.b.to_vec())
}

fn getitem(o: &Obj, k: &Obj) -> PyResult<Obj> {
    let b = contents(o).unwrap_or_default();
    if let Some(i) = crate::types::int::to_index(k)? {
        let n = b.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(index_error("index out of bounds on dimension 1"));
        }
        return Ok(Obj::small(b[j as usize] as i64));
    }
    if let Some((start, stop, step)) = crate::types::slice::indices(k, b.len())? {
        let out: Vec<u8> = crate::types::slice::positions(start, stop, step)
            .map(|i| b[i])
            .collect();
        let obj = o
            .downcast::<MemoryViewData>()
            .map(|d| d.obj.clone())
            .unwrap_or_else(crate::rt::none);
        return Ok(alloc(
            ty(),
            MemoryViewData {
                b: out.into_boxed_slice(),
                obj,
            },
        ));
    }
    Err(type_error("memoryview: invalid slice key"))
}
