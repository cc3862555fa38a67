//! `bytearray`: a mutable byte string. Reading operations are shared with
//! bytes (`bytes::fill_common_slots`, `bytes_methods`); this module adds
//! the constructor and mutation.

use std::cell::RefCell;

use crate::error::{PyResult, index_error, type_error, value_error};
use crate::object::{Obj, alloc};
use crate::protocol;
use crate::rt;
use crate::types::bytes::{byte_value, bytes_like};
use crate::types::function::add_method;
use crate::types::typeobj::{BinOp, TypeData};

/// The payload of a bytearray.
#[derive(Default)]
pub struct ByteArrayData(pub RefCell<Vec<u8>>);

thread_local! {
    static BYTEARRAY_TYPE: Obj = {
        let t = TypeData::new::<ByteArrayData>("bytearray").with_methods(init);
        crate::types::bytes::fill_common_slots(&t);
        t.unhashable.set(true);
        t.slots.new.set(Some(|cls, _args, _kw| {
            let o = alloc(cls.clone(), ByteArrayData::default());
            if crate::types::typeobj_ops::with_data(cls, |d| d.instance_dict) {
                o.set_dict(Some(crate::types::dict::new_dict()));
            }
            Ok(o)
        }));
        t.slots.init.set(Some(|o, args, kw| {
            let b = crate::types::bytes::from_args(args, kw, true)?;
            if let Some(d) = o.downcast::<ByteArrayData>() {
                *d.0.borrow_mut() = b;
            }
            Ok(())
        }));
        t.slots.setitem.set(Some(setitem));
        t.slots.inplace[BinOp::Add as usize].set(Some(|a, b| {
            let Some(d) = a.downcast::<ByteArrayData>() else {
                return Ok(rt::not_implemented());
            };
            let Some(y) = bytes_like(b) else {
                return Err(type_error(format!(
                    "can't concat {} to bytearray",
                    protocol::type_name(b)
                )));
            };
            d.0.borrow_mut().extend_from_slice(&y);
            Ok(a.clone())
        }));
        let ty = crate::types::class::new_builtin_type(t);
        ty.make_immortal();
        ty
    };
}

/// The `bytearray` type.
pub fn ty() -> Obj {
    BYTEARRAY_TYPE.with(Obj::clone)
}

/// A new bytearray.
pub fn new_bytearray(b: Vec<u8>) -> Obj {
    alloc(ty(), ByteArrayData(RefCell::new(b)))
}

/// A copy of a bytearray's contents (`None` for anything else).
pub fn contents(o: &Obj) -> Option<Vec<u8>> {
    o.downcast::<ByteArrayData>().map(|d| d.0.borrow().clone())
}

fn data<'a>(a: &'a [Obj], name: &str) -> PyResult<&'a ByteArrayData> {
    a.first()
        .and_then(|o| o.downcast::<ByteArrayData>())
        .ok_or_else(|| {
            type_error(format!(
                "descriptor '{name}' for 'bytearray' objects doesn't apply to a '{}' object",
                a.first().map(protocol::type_name).unwrap_or_default()
            ))
        })
}

fn args_exactly<'a>(a: &'a [Obj], k: &[Obj], name: &str, n: usize) -> PyResult<&'a [Obj]> {
    if !k.is_empty() {
        return Err(type_error(format!(
            "bytearray.{name}() takes no keyword arguments"
        )));
    }
    let given = a.len() - 1;
    if given != n {
        return Err(type_error(match n {
            0 => format!("bytearray.{name}() takes no arguments ({given} given)"),
            _ => format!("bytearray.{name}() takes exactly one argument ({given} given)"),
        }));
    }
    Ok(&a[1..])
}

fn init(t: &Obj) {
    crate::types::bytes_methods::init(t);
    crate::types::typeobj_ops::set_type_attr(
        t,
        "fromhex",
        crate::types::function::new_builtin("fromhex", |a, _| {
            crate::types::bytes_methods::fromhex(a).map(new_bytearray)
        }),
    );
    add_method(t, "append", |a, k| {
        let d = data(a, "append")?;
        let x = args_exactly(a, k, "append", 1)?;
        let v = byte_value(&x[0], true)?;
        d.0.borrow_mut().push(v);
        Ok(rt::none())
    });
    add_method(t, "extend", |a, k| {
        let d = data(a, "extend")?;
        let x = args_exactly(a, k, "extend", 1)?;
        let items = match bytes_like(&x[0]) {
            Some(b) => b,
            None => {
                if crate::types::str::is_str(&x[0]) {
                    return Err(type_error("expected iterable of integers; got: 'str'"));
                }
                let v = protocol::collect(&x[0]).map_err(|_| {
                    type_error(format!(
                        "can't extend bytearray with {}",
                        protocol::type_name(&x[0])
                    ))
                })?;
                v.iter()
                    .map(|o| byte_value(o, true))
                    .collect::<PyResult<Vec<u8>>>()?
            }
        };
        d.0.borrow_mut().extend_from_slice(&items);
        Ok(rt::none())
    });
    add_method(t, "pop", |a, k| {
        let d = data(a, "pop")?;
        if !k.is_empty() || a.len() > 2 {
            return Err(type_error(format!(
                "pop expected at most 1 argument, got {}",
                a.len() - 1
            )));
        }
        let i = match a.get(1) {
            Some(o) => crate::args::ssize(o)?,
            None => -1,
        };
        let mut v = d.0.borrow_mut();
        if v.is_empty() {
            return Err(index_error("pop from empty bytearray"));
        }
        let n = v.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if !(0..n).contains(&j) {
            return Err(index_error("pop index out of range"));
        }
        Ok(Obj::small(v.remove(j as usize) as i64))
    });
    add_method(t, "insert", |a, k| {
        let d = data(a, "insert")?;
        if !k.is_empty() || a.len() != 3 {
            return Err(type_error(format!(
                "insert expected 2 arguments, got {}",
                a.len() - 1
            )));
        }
        let i = crate::args::ssize(&a[1])?;
        let x = byte_value(&a[2], true)?;
        let mut v = d.0.borrow_mut();
        let n = v.len() as i64;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        v.insert(j as usize, x);
        Ok(rt::none())
    });
    add_method(t, "remove", |a, k| {
        let d = data(a, "remove")?;
        let x = args_exactly(a, k, "remove", 1)?;
        let x = byte_value(&x[0], true)?;
        let mut v = d.0.borrow_mut();
        match v.iter().position(|&b| b == x) {
            Some(i) => {
                v.remove(i);
                Ok(rt::none())
            }
            None => Err(value_error("value not found in bytearray")),
        }
    });
    add_method(t, "clear", |a, k| {
        let d = data(a, "clear")?;
        args_exactly(a, k, "clear", 0)?;
        d.0.borrow_mut().clear();
        Ok(rt::none())
    });
    add_method(t, "reverse", |a, k| {
        let d = data(a, "reverse")?;
        args_exactly(a, k, "reverse", 0)?;
        d.0.borrow_mut().reverse();
        Ok(rt::none())
    });
    add_method(t, "copy", |a, k| {
        let d = data(a, "copy")?;
        args_exactly(a, k, "copy", 0)?;
        Ok(new_bytearray(d.0.borrow().clone()))
    });
}

fn setitem(o: &Obj, k: &Obj, value: Option<&Obj>) -> PyResult<()> {
    let Some(d) = o.downcast::<ByteArrayData>() else {
        return Err(type_error("bytearray expected"));
    };
    if let Some(i) = crate::types::int::to_index(k)? {
        let x = match value {
            Some(v) => Some(byte_value(v, true)?),
            None => None,
        };
        let mut v = d.0.borrow_mut();
        let n = v.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if !(0..n).contains(&j) {
            return Err(index_error("bytearray index out of range"));
        }
        match x {
            Some(x) => v[j as usize] = x,
            None => {
                v.remove(j as usize);
            }
        }
        return Ok(());
    }
    let len = d.0.borrow().len();
    if let Some((start, stop, step)) = crate::types::slice::indices(k, len)? {
        let new: Option<Vec<u8>> = match value {
            None => None,
            Some(v) => Some(match bytes_like(v) {
                Some(b) => b,
                None => {
                    if crate::types::int::is_int(v) || crate::types::str::is_str(v) {
                        return Err(type_error(
                            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                        ));
                    }
                    protocol::collect(v)?
                        .iter()
                        .map(|o| byte_value(o, true))
                        .collect::<PyResult<Vec<u8>>>()?
                }
            }),
        };
        let mut v = d.0.borrow_mut();
        if step == 1 {
            let (a, b) = (start as usize, stop.max(start) as usize);
            v.splice(a..b, new.unwrap_or_default());
            return Ok(());
        }
        let pos: Vec<usize> = crate::types::slice::positions(start, stop, step).collect();
        match new {
            Some(items) => {
                if items.len() != pos.len() {
                    return Err(value_error(format!(
                        "attempt to assign bytes of size {} to extended slice of size {}",
                        items.len(),
                        pos.len()
                    )));
                }
                for (p, x) in pos.into_iter().zip(items) {
                    v[p] = x;
                }
            }
            None => {
                let mut sorted = pos;
                sorted.sort_unstable_by(|x, y| y.cmp(x));
                for p in sorted {
                    v.remove(p);
                }
            }
        }
        return Ok(());
    }
    Err(type_error(format!(
        "bytearray indices must be integers or slices, not {}",
        protocol::type_name(k)
    )))
}
