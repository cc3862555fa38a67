//! `mappingproxy` (`types.MappingProxyType`): a read-only view of a
//! mapping, what `type.__dict__` returns. Reads go to the mapping;
//! there is no way to write through it.

use crate::error::{PyResult, type_error};
use crate::object::{Obj, alloc};
use crate::protocol;
use crate::rt;
use crate::types::function::add_method;
use crate::types::typeobj::{BinOp, TypeData};

/// The payload of a mappingproxy: the mapping it shows.
pub struct MappingProxyData(pub Obj);

thread_local! {
    static MAPPINGPROXY_TYPE: Obj = {
        let t = TypeData::new::<MappingProxyData>("mappingproxy")
            .final_type()
            .with_methods(init);
        t.unhashable.set(true);
        t.slots.new.set(Some(|_cls, args, kw| {
            let (pos, kws) = crate::args::split(args, kw);
            let mapping = match (pos, kws.as_slice()) {
                ([m], []) => m.clone(),
                ([], [(k, m)]) if *k == "mapping" => Obj::clone(m),
                ([], []) => {
                    return Err(type_error(
                        "mappingproxy() missing required argument 'mapping' (pos 1)",
                    ));
                }
                _ => {
                    return Err(type_error(format!(
                        "mappingproxy() takes at most 1 argument ({} given)",
                        args.len()
                    )));
                }
            };
            let is_sequence = crate::types::list::is_list(&mapping)
                || crate::types::tuple::is_tuple(&mapping);
            if is_sequence || mapping.with_type(|t| t.slots.getitem.get()).is_none() {
                return Err(type_error(format!(
                    "mappingproxy() argument must be a mapping, not {}",
                    protocol::type_name(&mapping)
                )));
            }
            Ok(new_mappingproxy(mapping))
        }));
        t.slots.getitem.set(Some(|o, k| protocol::getitem(&inner(o), k)));
        t.slots.contains.set(Some(|o, k| protocol::contains(&inner(o), k)));
        t.slots.len.set(Some(|o| protocol::len(&inner(o))));
        t.slots.iter.set(Some(|o| protocol::iter(&inner(o))));
        t.slots.compare.set(Some(|a, b, op| {
            protocol::rich_compare(&inner(a), b, op)
        }));
        t.slots.binary[BinOp::Or as usize].set(Some(|a, b| {
            let unwrap = |o: &Obj| match o.downcast::<MappingProxyData>() {
                Some(d) => d.0.clone(),
                None => o.clone(),
            };
            protocol::binary_op(&unwrap(a), &unwrap(b), BinOp::Or)
        }));
        t.slots.repr.set(Some(|o| {
            let r = protocol::repr_string(&inner(o))?;
            Ok(crate::types::str::new_str(&format!("mappingproxy({r})")))
        }));
        t.slots.str.set(Some(|o| protocol::str(&inner(o))));
        let ty = crate::types::class::new_builtin_type(t);
        ty.make_immortal();
        ty
    };
}

/// The `mappingproxy` type.
pub fn ty() -> Obj {
    MAPPINGPROXY_TYPE.with(Obj::clone)
}

/// A read-only proxy of `mapping`.
pub fn new_mappingproxy(mapping: Obj) -> Obj {
    alloc(ty(), MappingProxyData(mapping))
}

fn inner(o: &Obj) -> Obj {
    o.downcast::<MappingProxyData>()
        .map(|d| d.0.clone())
        .unwrap_or_else(rt::none)
}

fn init(t: &Obj) {
    add_method(t, "keys", |a, _| forward(a, "keys"));
    add_method(t, "values", |a, _| forward(a, "values"));
    add_method(t, "items", |a, _| forward(a, "items"));
    add_method(t, "copy", |a, _| forward(a, "copy"));
    add_method(t, "__reversed__", |a, _| {
        protocol::call_method(&inner(&a[0]), "__reversed__", &[])
    });
    add_method(t, "get", |a, k| {
        if !k.is_empty() {
            return Err(type_error("get() takes no keyword arguments"));
        }
        let m = inner(&a[0]);
        protocol::call_method(&m, "get", &a[1..])
    });
}

fn forward(a: &[Obj], name: &str) -> PyResult<Obj> {
    if a.len() != 1 {
        return Err(type_error(format!(
            "mappingproxy.{name}() takes no arguments ({} given)",
            a.len().saturating_sub(1)
        )));
    }
    protocol::call_method(&inner(&a[0]), name, &[])
}
