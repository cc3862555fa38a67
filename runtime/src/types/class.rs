//! Classes defined in Python: creating heap types (`class` statements,
//! `type(name, bases, ns)`), instantiating them, and the slot wrappers
//! that route the protocols to dunder methods defined in Python.

use crate::error::{PyResult, type_error};
use crate::object::{Obj, alloc};
use crate::protocol;
use crate::rt;
use crate::types::str::{as_str, new_str};
use crate::types::typeobj::{BinOp, CompareOp, TypeData};
use crate::types::typeobj_ops::{c3, is_subtype, lookup, type_dict, with_data};

/// Registers a builtin type created after bootstrap (base `object`).
pub fn new_builtin_type(data: TypeData) -> Obj {
    let t = alloc(rt::ty(|t| &t.type_), data);
    crate::types::typeobj_ops::set_bases(&t, vec![rt::ty(|t| &t.object)]);
    t
}

/// The base whose builtin ancestry gives instances of a class with these
/// (non-empty) bases their layout: the first one not laid out as a plain
/// object, or the first; the bases' layouts must agree.
pub fn solid_base(bases: &[Obj]) -> PyResult<Obj> {
    let object_layout = with_data(&rt::ty(|t| &t.object), |d| d.layout);
    let Some(mut solid) = bases.first().cloned() else {
        return Ok(rt::ty(|t| &t.object));
    };
    for b in bases {
        let (lb, ls) = (with_data(b, |d| d.layout), with_data(&solid, |d| d.layout));
        if lb != ls {
            if ls == object_layout {
                solid = b.clone();
            } else if lb != object_layout {
                return Err(type_error("multiple bases have instance lay-out conflict"));
            }
        }
    }
    Ok(solid)
}

/// `type.__new__(meta, name, bases, ns, **kw)`: a new heap type. The
/// keywords go to the new class's `__init_subclass__`.
pub fn new_class(
    meta: &Obj,
    name: &Obj,
    bases: &Obj,
    ns: &Obj,
    kwnames: &[Obj],
    kwvalues: &[Obj],
) -> PyResult<Obj> {
    let name_s = as_str(name)
        .ok_or_else(|| {
            type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                protocol::type_name(name)
            ))
        })?
        .to_string();
    if !crate::types::tuple::is_tuple(bases) {
        return Err(type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            protocol::type_name(bases)
        )));
    }
    if !crate::types::dict::is_dict(ns) {
        return Err(type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            protocol::type_name(ns)
        )));
    }
    let mut bases_v = protocol::collect(bases)?;
    if bases_v.is_empty() {
        bases_v.push(rt::ty(|t| &t.object));
    }
    for b in &bases_v {
        if !crate::types::typeobj_ops::is_type(b) {
            return Err(type_error("bases must be types"));
        }
        if !with_data(b, |d| d.is_base) {
            return Err(type_error(format!(
                "type '{}' is not an acceptable base type",
                with_data(b, |d| d.name())
            )));
        }
    }
    for (i, b) in bases_v.iter().enumerate() {
        if bases_v[..i].iter().any(|x| x.is(b)) {
            return Err(type_error(format!(
                "duplicate base class {}",
                with_data(b, |d| d.name())
            )));
        }
    }
    let solid = solid_base(&bases_v)?;
    let mut data = TypeData::new::<()>(&name_s);
    with_data(&solid, |d| {
        data.layout = d.layout;
        data.dealloc = d.dealloc;
    });
    data.is_heap = true;
    data.instance_dict = true;
    let slot_plan = crate::types::class_slots::plan(&mut data, &bases_v, ns)?;
    let qualname = match crate::types::dict::get_str(ns, "__qualname__")? {
        Some(q) => match as_str(&q) {
            Some(q) => q.to_string(),
            None => {
                return Err(type_error(format!(
                    "type __qualname__ must be a str, not {}",
                    protocol::type_name(&q)
                )));
            }
        },
        None => name_s.clone(),
    };
    *data.qualname.borrow_mut() = qualname;
    let t = alloc(meta.clone(), data);
    let mro = c3(&t, &bases_v).map_err(|heads| mro_error(&heads))?;
    with_data(&t, |d| {
        *d.bases.borrow_mut() = bases_v.clone();
        *d.mro.borrow_mut() = mro;
    });
    let dict = type_dict(&t);
    for (k, v) in crate::types::dict::items(ns) {
        if as_str(&k) == Some("__qualname__") {
            continue;
        }
        crate::types::dict::set_item(&dict, k, v)?;
    }
    if crate::types::dict::get_str(&dict, "__doc__")?.is_none() {
        crate::types::dict::set_str(&dict, "__doc__", rt::none())?;
    }
    // Implicit static and class methods, as CPython's type_new does.
    let is_function = |o: &Obj| o.ty().is(&crate::vm::function::function_type());
    if let Some(f) = crate::types::dict::get_str(&dict, "__new__")?
        && is_function(&f)
    {
        crate::types::dict::set_str(
            &dict,
            "__new__",
            crate::builtins::descriptors::staticmethod_of(f),
        )?;
    }
    for name in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = crate::types::dict::get_str(&dict, name)?
            && is_function(&f)
        {
            crate::types::dict::set_str(
                &dict,
                name,
                crate::builtins::descriptors::classmethod_of(f),
            )?;
        }
    }
    // Defining `__eq__` without `__hash__` makes instances unhashable.
    if crate::types::dict::get_str(&dict, "__eq__")?.is_some()
        && crate::types::dict::get_str(&dict, "__hash__")?.is_none()
    {
        crate::types::dict::set_str(&dict, "__hash__", rt::none())?;
    }
    if let Some(plan) = &slot_plan {
        crate::types::class_slots::install(&t, &dict, plan)?;
    }
    refresh_slots(&t);
    mark_subclassed_bases(&t);
    // `__set_name__` on every attribute that has one, in definition order.
    for (k, v) in crate::types::dict::items(&dict) {
        if let Some(m) = crate::types::typeobj_ops::lookup_special(&v, "__set_name__")? {
            let bound = match m.with_type(|d| d.slots.descr_get.get()) {
                Some(get) => get(&m, Some(&v), &v.ty())?,
                None => m,
            };
            protocol::call(&bound, &[t.clone(), k.clone()], &[])?;
        }
    }
    // `super(t, t).__init_subclass__(**kw)`.
    let sup = crate::builtins::descriptors::new_super(&t, &t)?;
    let init_subclass = protocol::getattr_str(&sup, "__init_subclass__")?;
    let mut args = kwvalues.to_vec();
    args.shrink_to_fit();
    protocol::call(&init_subclass, &args, kwnames)?;
    Ok(t)
}

/// CPython's error for bases without a consistent MRO, naming the
/// classes the merge was stuck on.
pub(crate) fn mro_error(heads: &[Obj]) -> crate::error::PyErr {
    let names: Vec<String> = heads.iter().map(|b| with_data(b, |d| d.name())).collect();
    type_error(format!(
        "Cannot create a consistent method resolution\norder (MRO) for bases {}",
        names.join(", ")
    ))
}

/// Calling a class: `__new__`, then `__init__` if the result is an
/// instance of the class.
pub fn instantiate(cls: &Obj, args: &[Obj], kwnames: &[Obj]) -> PyResult<Obj> {
    let new = with_data(cls, |d| d.slots.new.get());
    let Some(new) = new else {
        return Err(type_error(format!(
            "cannot create '{}' instances",
            with_data(cls, |d| d.name())
        )));
    };
    let obj = new(cls, args, kwnames)?;
    if is_subtype(&obj.ty(), cls)
        && let Some(init) = obj.with_type(|d| d.slots.init.get())
    {
        init(&obj, args, kwnames)?;
    }
    Ok(obj)
}

/// `refresh_slots` for `t` and, after a dunder was assigned on it, for
/// every class that has it in its MRO: their slots may come from it.
pub fn refresh_slots_and_subclasses(t: &Obj) {
    refresh_slots(t);
    for o in subclasses(t) {
        refresh_slots(&o);
    }
}

/// Marks the classes after `t` in its MRO as subclassed (`subclasses`).
pub fn mark_subclassed_bases(t: &Obj) {
    for base in with_data(t, |d| d.mro.borrow().clone()).iter().skip(1) {
        with_data(base, |d| d.subclassed.set(true));
    }
}

/// The classes other than `t` with `t` in their MRO. Classes keep no
/// list of their subclasses: a class that was ever named as a base
/// (`TypeData::subclassed`) finds them among the collector's tracked
/// objects, every class being one; for the rest there are none to find.
pub fn subclasses(t: &Obj) -> Vec<Obj> {
    if !with_data(t, |d| d.subclassed.get()) {
        return Vec::new();
    }
    crate::object::tracking::all()
        .into_iter()
        .filter(|o| {
            !o.is(t)
                && o.downcast::<crate::types::typeobj::TypeData>()
                    .is_some_and(|d| d.mro.borrow().iter().any(|m| m.is(t)))
        })
        .collect()
}

/// Recomputes the slots of heap type `t` from the dunders defined in the
/// heap classes of its MRO; builtin behaviour is inherited from the first
/// builtin type in the MRO.
pub fn refresh_slots(t: &Obj) {
    let mro = with_data(t, |d| d.mro.borrow().clone());
    let builtin = mro
        .iter()
        .find(|k| !with_data(k, |d| d.is_heap))
        .cloned()
        .unwrap_or_else(|| rt::ty(|t| &t.object));
    // A dunder counts when the first class along the whole MRO that
    // defines it is a heap class: `class IntFlag(int, ReprEnum, Flag)`
    // gets Flag's `__iter__`, which int does not define.
    let defines = |name: &str| -> bool {
        let key = new_str(name);
        mro.iter()
            .find(|k| {
                matches!(
                    crate::types::dict::get_item(&type_dict(k), &key),
                    Ok(Some(_))
                )
            })
            .is_some_and(|k| with_data(k, |d| d.is_heap))
    };
    // The first `__hash__` along the MRO decides: None makes instances
    // unhashable (set by a class body, or implied by `__eq__` alone).
    let hash_none = lookup(t, &new_str("__hash__"))
        .ok()
        .flatten()
        .is_some_and(|h| rt::is_none(&h));
    with_data(&builtin, |b| {
        with_data(t, |d| {
            let s = &d.slots;
            let bs = &b.slots;
            for op in BinOp::ALL {
                let i = op as usize;
                s.binary[i].set(if defines(op.dunder()) || defines(op.rdunder()) {
                    Some(BINARY_WRAPPERS[i])
                } else {
                    bs.binary[i].get()
                });
                s.inplace[i].set(match op.idunder() {
                    Some(n) if defines(n) => Some(INPLACE_WRAPPERS[i]),
                    _ => bs.inplace[i].get(),
                });
            }
            macro_rules! unary {
                ($slot:ident, $name:literal) => {
                    s.$slot.set(if defines($name) {
                        Some(|o| call_dunder(o, $name, &[]))
                    } else {
                        bs.$slot.get()
                    });
                };
            }
            unary!(neg, "__neg__");
            unary!(pos, "__pos__");
            unary!(invert, "__invert__");
            unary!(abs, "__abs__");
            unary!(int, "__int__");
            unary!(float, "__float__");
            unary!(index, "__index__");
            unary!(repr, "__repr__");
            unary!(str, "__str__");
            unary!(iter, "__iter__");
            s.bool.set(if defines("__bool__") {
                Some(|o| {
                    let r = call_dunder(o, "__bool__", &[])?;
                    if r.ty().is(&rt::ty(|t| &t.bool)) {
                        protocol::truth(&r)
                    } else {
                        Err(type_error(format!(
                            "__bool__ should return bool, returned {}",
                            protocol::type_name(&r)
                        )))
                    }
                })
            } else if defines("__len__") {
                None
            } else {
                bs.bool.get()
            });
            s.len.set(if defines("__len__") {
                Some(|o| {
                    let r = call_dunder(o, "__len__", &[])?;
                    match crate::types::int::to_index(&r)? {
                        Some(n) if n >= 0 => Ok(n as usize),
                        Some(_) => Err(crate::error::value_error("__len__() should return >= 0")),
                        None => Err(type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            protocol::type_name(&r)
                        ))),
                    }
                })
            } else {
                bs.len.get()
            });
            // `__next__`'s StopIteration goes on as raised: its value is
            // what `yield from` returns and `next()` re-raises it, while
            // loops clear it (`protocol::next`).
            s.next.set(if defines("__next__") {
                Some(|o| call_dunder(o, "__next__", &[]).map(Some))
            } else {
                bs.next.get()
            });
            s.compare.set(
                if ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]
                    .iter()
                    .any(|n| defines(n))
                {
                    Some(compare_wrapper)
                } else {
                    bs.compare.get()
                },
            );
            s.hash.set(if defines("__hash__") && !hash_none {
                Some(|o| {
                    let r = call_dunder(o, "__hash__", &[])?;
                    match crate::types::int::value(&r) {
                        // As CPython's `slot_tp_hash`: a value that fits
                        // in 64 bits is the hash itself, a bigger one is
                        // hashed as an int.
                        Some(v) => {
                            let h = num_traits::ToPrimitive::to_i64(&v)
                                .unwrap_or_else(|| crate::types::int::hash(&v));
                            Ok(if h == -1 { -2 } else { h })
                        }
                        None => Err(type_error("__hash__ method should return an integer")),
                    }
                })
            } else {
                bs.hash.get()
            });
            d.unhashable.set(hash_none);
            s.call.set(if defines("__call__") {
                Some(|o, args, kw| call_dunder_kw(o, "__call__", args, kw))
            } else {
                bs.call.get()
            });
            s.getitem.set(if defines("__getitem__") {
                Some(|o, k| call_dunder(o, "__getitem__", std::slice::from_ref(k)))
            } else {
                bs.getitem.get()
            });
            s.setitem
                .set(if defines("__setitem__") || defines("__delitem__") {
                    Some(|o, k, v| {
                        match v {
                            Some(v) => call_dunder(o, "__setitem__", &[k.clone(), v.clone()])?,
                            None => call_dunder(o, "__delitem__", std::slice::from_ref(k))?,
                        };
                        Ok(())
                    })
                } else {
                    bs.setitem.get()
                });
            s.contains.set(if defines("__contains__") {
                Some(|o, k| {
                    protocol::truth(&call_dunder(o, "__contains__", std::slice::from_ref(k))?)
                })
            } else {
                bs.contains.get()
            });
            s.getattr
                .set(if defines("__getattribute__") || defines("__getattr__") {
                    Some(getattr_wrapper)
                } else {
                    bs.getattr.get()
                });
            s.setattr
                .set(if defines("__setattr__") || defines("__delattr__") {
                    Some(|o, n, v| {
                        match v {
                            Some(v) => call_dunder(o, "__setattr__", &[n.clone(), v.clone()])?,
                            None => call_dunder(o, "__delattr__", std::slice::from_ref(n))?,
                        };
                        Ok(())
                    })
                } else {
                    // Instances of a subclass of a builtin without
                    // settable attributes (int, str, ...) still have a
                    // `__dict__`, so they get the generic assignment.
                    bs.setattr
                        .get()
                        .or(Some(crate::types::object::generic_setattr))
                });
            s.descr_get.set(if defines("__get__") {
                Some(|d, inst, owner| {
                    let inst = inst.cloned().unwrap_or_else(rt::none);
                    call_dunder(d, "__get__", &[inst, owner.clone()])
                })
            } else {
                bs.descr_get.get()
            });
            s.descr_set
                .set(if defines("__set__") || defines("__delete__") {
                    Some(|d, inst, v| {
                        match v {
                            Some(v) => call_dunder(d, "__set__", &[inst.clone(), v.clone()])?,
                            None => call_dunder(d, "__delete__", std::slice::from_ref(inst))?,
                        };
                        Ok(())
                    })
                } else {
                    bs.descr_set.get()
                });
            s.new.set(if defines("__new__") {
                Some(|cls, args, kw| {
                    // `__new__` is a static method: called with the class first.
                    let new = lookup(cls, &new_str("__new__"))?.unwrap_or_else(rt::none);
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(cls.clone());
                    all.extend_from_slice(args);
                    protocol::call(&new, &all, kw)
                })
            } else {
                bs.new.get()
            });
            s.init.set(if defines("__init__") {
                Some(|o, args, kw| {
                    let r = call_dunder_kw(o, "__init__", args, kw)?;
                    if !rt::is_none(&r) {
                        return Err(type_error(format!(
                            "__init__() should return None, not '{}'",
                            protocol::type_name(&r)
                        )));
                    }
                    Ok(())
                })
            } else {
                bs.init.get()
            });
        })
    });
}

/// Calls dunder `name` of `o`'s type with `o` bound.
fn call_dunder(o: &Obj, name: &str, args: &[Obj]) -> PyResult<Obj> {
    call_dunder_kw(o, name, args, &[])
}

fn call_dunder_kw(o: &Obj, name: &str, args: &[Obj], kw: &[Obj]) -> PyResult<Obj> {
    let Some(m) = crate::types::typeobj_ops::lookup_special(o, name)? else {
        return Err(crate::error::attribute_error(format!(
            "'{}' object has no attribute '{name}'",
            protocol::type_name(o)
        )));
    };
    let bound = match m.with_type(|d| d.slots.descr_get.get()) {
        Some(get) => get(&m, Some(o), &o.ty())?,
        None => m,
    };
    protocol::call(&bound, args, kw)
}

/// Calls dunder `name` if `o`'s type defines it; NotImplemented otherwise.
fn call_if_defined(o: &Obj, name: &str, args: &[Obj]) -> PyResult<Obj> {
    match crate::types::typeobj_ops::lookup_special(o, name)? {
        Some(m) if !rt::is_none(&m) => {
            let bound = match m.with_type(|d| d.slots.descr_get.get()) {
                Some(get) => get(&m, Some(o), &o.ty())?,
                None => m,
            };
            protocol::call(&bound, args, &[])
        }
        _ => Ok(rt::not_implemented()),
    }
}

/// CPython's `SLOT1BINFULL`: the binary slot of a class with Python
/// dunders, called with an instance of it on either side. A subclass on
/// the right that overrides the reflected method goes first.
fn binary_wrapper<const OP: usize>(a: &Obj, b: &Obj) -> PyResult<Obj> {
    let op = BinOp::ALL[OP];
    let mine = |o: &Obj| {
        o.with_type(|d| d.slots.binary[OP].get())
            .is_some_and(|f| f as usize == BINARY_WRAPPERS[OP] as usize)
    };
    let (ta, tb) = (a.ty(), b.ty());
    let same = ta.is(&tb);
    let mut do_other = !same && mine(b);
    if mine(a) {
        if do_other && is_subtype(&tb, &ta) && overrides(&ta, &tb, op.rdunder())? {
            let r = call_if_defined(b, op.rdunder(), std::slice::from_ref(a))?;
            if !rt::is_not_implemented(&r) {
                return Ok(r);
            }
            do_other = false;
        }
        let r = call_if_defined(a, op.dunder(), std::slice::from_ref(b))?;
        if !rt::is_not_implemented(&r) || same {
            return Ok(r);
        }
    }
    if do_other {
        return call_if_defined(b, op.rdunder(), std::slice::from_ref(a));
    }
    Ok(rt::not_implemented())
}

/// Whether `sub` finds a different `name` than `base` does.
fn overrides(base: &Obj, sub: &Obj, name: &str) -> PyResult<bool> {
    let key = new_str(name);
    Ok(match (lookup(sub, &key)?, lookup(base, &key)?) {
        (Some(x), Some(y)) => !x.is(&y),
        (Some(_), None) => true,
        _ => false,
    })
}

fn inplace_wrapper<const OP: usize>(a: &Obj, b: &Obj) -> PyResult<Obj> {
    match BinOp::ALL[OP].idunder() {
        Some(name) => call_if_defined(a, name, std::slice::from_ref(b)),
        None => Ok(rt::not_implemented()),
    }
}

macro_rules! wrappers {
    ($f:ident) => {
        [
            $f::<0>, $f::<1>, $f::<2>, $f::<3>, $f::<4>, $f::<5>, $f::<6>, $f::<7>, $f::<8>,
            $f::<9>, $f::<10>, $f::<11>, $f::<12>, $f::<13>,
        ]
    };
}

const BINARY_WRAPPERS: [crate::types::typeobj::BinaryFn; 14] = wrappers!(binary_wrapper);
const INPLACE_WRAPPERS: [crate::types::typeobj::BinaryFn; 14] = wrappers!(inplace_wrapper);

fn compare_wrapper(a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    let r = call_if_defined(a, op.dunder(), std::slice::from_ref(b))?;
    if !rt::is_not_implemented(&r) {
        return Ok(r);
    }
    Ok(rt::not_implemented())
}

fn getattr_wrapper(o: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    let custom = crate::types::typeobj_ops::lookup_special(o, "__getattribute__")?
        .filter(|m| !crate::types::slot_wrapper::is_slot_wrapper(m));
    let first = match custom {
        Some(_) => match call_dunder(o, "__getattribute__", std::slice::from_ref(name)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.matches(rt::Exc::AttributeError) => Err(e),
            Err(e) => return Err(e),
        },
        None => crate::types::object::generic_getattr(o, name),
    };
    match first {
        Ok(Some(v)) => Ok(Some(v)),
        Ok(None) | Err(_)
            if crate::types::typeobj_ops::lookup_special(o, "__getattr__")?.is_some() =>
        {
            call_dunder(o, "__getattr__", std::slice::from_ref(name)).map(Some)
        }
        Ok(None) => Ok(None),
        Err(e) => Err(e),
    }
}

/// The type of instances created by a class statement (heap types keep
/// the metaclass `type` unless one is given).
pub fn is_heap_type(t: &Obj) -> bool {
    with_data(t, |d| d.is_heap)
}
