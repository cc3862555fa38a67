//! `super`, `property`, `classmethod` and `staticmethod`.

use std::cell::RefCell;

use crate::error::{PyResult, attribute_error, type_error};
use crate::object::{Obj, alloc};
use crate::protocol;
use crate::rt;
use crate::types::str::{as_str, new_str};
use crate::types::typeobj::TypeData;
use crate::types::typeobj_ops::{is_subtype, is_type, lookup_after, with_data};

/// The payload of a `super` object.
pub struct SuperData {
    /// The class after which the MRO search starts.
    pub cls: Obj,
    /// The instance (or class) the lookup is bound to.
    pub obj: Obj,
    /// The type whose MRO is searched.
    pub obj_type: Obj,
}

/// The payload of classmethod/staticmethod: the wrapped callable.
pub struct WrapperData(pub RefCell<Obj>);

/// The payload of a property.
pub struct PropertyData {
    fget: Option<Obj>,
    fset: Option<Obj>,
    fdel: Option<Obj>,
    doc: Option<Obj>,
}

thread_local! {
    static SUPER_TYPE: Obj = {
        let t = TypeData::new::<SuperData>("super");
        t.slots.getattr.set(Some(super_getattr));
        t.slots.new.set(Some(|_cls, args, _kw| match args {
            [cls, obj] => new_super(cls, obj),
            _ => Err(crate::error::runtime_error("super(): no arguments")),
        }));
        t.slots.repr.set(Some(|o| {
            let Some(s) = o.downcast::<SuperData>() else { return Ok(new_str("<super>")) };
            Ok(new_str(&format!(
                "<super: <class '{}'>, <{} object>>",
                with_data(&s.cls, |d| d.name()),
                with_data(&s.obj_type, |d| d.name())
            )))
        }));
        builtin(t)
    };
    static CLASSMETHOD_TYPE: Obj = {
        let t = TypeData::new::<WrapperData>("classmethod");
        t.slots.new.set(Some(|cls, args, _| wrap(cls, args)));
        t.slots.descr_get.set(Some(|d, inst, owner| {
            let f = inner(d);
            let cls = match inst {
                Some(i) if !is_type(owner) => i.ty(),
                _ => owner.clone(),
            };
            // A builtin classmethod binds like CPython's METH_CLASS
            // functions: a builtin method whose `__self__` is the class.
            if let Some(b) = f.downcast::<crate::types::function::BuiltinFn>() {
                return Ok(alloc(
                    rt::ty(|t| &t.builtin_function),
                    crate::types::function::BuiltinFn {
                        name: b.name,
                        f: b.f,
                        bound: Some(cls),
                        is_method: false,
                    },
                ));
            }
            Ok(crate::vm::function::new_method(f, cls))
        }));
        t.slots.getattr.set(Some(wrapper_getattr));
        builtin(t)
    };
    static STATICMETHOD_TYPE: Obj = {
        let t = TypeData::new::<WrapperData>("staticmethod");
        t.slots.new.set(Some(|cls, args, _| wrap(cls, args)));
        t.slots.descr_get.set(Some(|d, _, _| Ok(inner(d))));
        t.slots.call.set(Some(|d, args, kw| protocol::call(&inner(d), args, kw)));
        t.slots.getattr.set(Some(wrapper_getattr));
        builtin(t)
    };
    static PROPERTY_TYPE: Obj = {
        let t = TypeData::new::<PropertyData>("property").with_methods(|ty| {
            crate::types::function::add_method(ty, "getter", |a, _| property_with(a, 0));
            crate::types::function::add_method(ty, "setter", |a, _| property_with(a, 1));
            crate::types::function::add_method(ty, "deleter", |a, _| property_with(a, 2));
        });
        t.slots.new.set(Some(new_property));
        t.slots.descr_get.set(Some(|p, inst, _| {
            let Some(inst) = inst else { return Ok(p.clone()) };
            let Some(d) = p.downcast::<PropertyData>() else { return Ok(p.clone()) };
            match &d.fget {
                Some(f) => protocol::call(f, std::slice::from_ref(inst), &[]),
                None => Err(attribute_error(format!(
                    "property {} of '{}' object has no getter",
                    property_name(d),
                    protocol::type_name(inst)
                ))),
            }
        }));
        t.slots.descr_set.set(Some(|p, inst, v| {
            let Some(d) = p.downcast::<PropertyData>() else { return Ok(()) };
            match v {
                Some(v) => match &d.fset {
                    Some(f) => protocol::call(f, &[inst.clone(), v.clone()], &[]).map(|_| ()),
                    None => Err(attribute_error(format!(
                        "property {} of '{}' object has no setter",
                        property_name(d),
                        protocol::type_name(inst)
                    ))),
                },
                None => match &d.fdel {
                    Some(f) => protocol::call(f, std::slice::from_ref(inst), &[]).map(|_| ()),
                    None => Err(attribute_error(format!(
                        "property {} of '{}' object has no deleter",
                        property_name(d),
                        protocol::type_name(inst)
                    ))),
                },
            }
        }));
        t.slots.getattr.set(Some(|p, name| {
            let Some(d) = p.downcast::<PropertyData>() else { return Ok(None) };
            let opt = |o: &Option<Obj>| o.clone().unwrap_or_else(rt::none);
            Ok(Some(match as_str(name) {
                Some("fget") => opt(&d.fget),
                Some("fset") => opt(&d.fset),
                Some("fdel") => opt(&d.fdel),
                Some("__doc__") => opt(&d.doc),
                Some("__isabstractmethod__") => {
                    let mut any = false;
                    for f in [&d.fget, &d.fset, &d.fdel].into_iter().flatten() {
                        any = any || is_abstract(f)?;
                    }
                    rt::bool_obj(any)
                }
                _ => return crate::types::object::generic_getattr(p, name),
            }))
        }));
        builtin(t)
    };
}

fn builtin(t: TypeData) -> Obj {
    let ty = crate::types::class::new_builtin_type(t);
    ty.make_immortal();
    ty
}

/// The `super` type.
pub fn super_type() -> Obj {
    SUPER_TYPE.with(Obj::clone)
}

/// The `classmethod` type.
pub fn classmethod_type() -> Obj {
    CLASSMETHOD_TYPE.with(Obj::clone)
}

/// The `staticmethod` type.
pub fn staticmethod_type() -> Obj {
    STATICMETHOD_TYPE.with(Obj::clone)
}

/// The `property` type.
pub fn property_type() -> Obj {
    PROPERTY_TYPE.with(Obj::clone)
}

/// `super()` in a method: `super(__class__, first argument)` from the
/// `__class__` cell, when `sup` is the builtin `super`; None when the
/// name `super` means something else, which the caller calls instead.
pub fn zero_arg_super(sup: &Obj, class_cell: &Obj, first: &Obj) -> Option<PyResult<Obj>> {
    if !SUPER_TYPE.with(|t| sup.is(t)) {
        return None;
    }
    Some(class_of_cell(class_cell).and_then(|cls| new_super(&cls, first)))
}

/// The class in `super()`'s `__class__` cell, or CPython's RuntimeError.
fn class_of_cell(class_cell: &Obj) -> PyResult<Obj> {
    let runtime_error = |m: String| crate::error::PyErr::new(crate::rt::Exc::RuntimeError, m);
    match crate::vm::cell::get(class_cell) {
        Some(cls) if is_type(&cls) => Ok(cls),
        Some(other) => Err(runtime_error(format!(
            "super(): __class__ is not a type ({})",
            crate::protocol::type_name(&other)
        ))),
        None => Err(runtime_error("super(): empty __class__ cell".into())),
    }
}

/// What `super().name` loaded for a call gave (`super_method`).
pub enum SuperLoad {
    /// The name `super` is not the builtin super.
    NotSuper,
    /// Making the super object raised (at `super()`).
    Unmade(crate::error::PyErr),
    /// The attribute: a method the call takes unbound with the receiver
    /// to pass first, or the attribute bound and no receiver; or what the
    /// lookup raised.
    Loaded(PyResult<(Obj, Option<Obj>)>),
}

/// `super().name` loaded for a call (CPython 3.12's `LOAD_SUPER_ATTR`):
/// the attribute of `super(__class__, first)` found without making the
/// super object, or a bound method: a function (or builtin method) found
/// on the MRO after `__class__`, for an instance, comes back unbound with
/// `first` as the receiver. Anything else is what the super object's
/// attribute would be.
pub fn super_method(sup: &Obj, class_cell: &Obj, first: &Obj, name: &Obj) -> SuperLoad {
    if !SUPER_TYPE.with(|t| sup.is(t)) {
        return SuperLoad::NotSuper;
    }
    let made = class_of_cell(class_cell).and_then(|cls| Ok((super_obj_type(&cls, first)?, cls)));
    let (obj_type, cls) = match made {
        Ok(m) => m,
        Err(e) => return SuperLoad::Unmade(e),
    };
    if as_str(name) != Some("__class__") {
        match lookup_after(&obj_type, Some(&cls), name) {
            Err(e) => return SuperLoad::Loaded(Err(e)),
            Ok(Some(v)) => {
                let instance = !first.is(&obj_type);
                if instance && crate::vm::attr_cache::is_method(&v) {
                    return SuperLoad::Loaded(Ok((v, Some(first.clone()))));
                }
                return SuperLoad::Loaded(bind(v, first, &obj_type).map(|v| (v, None)));
            }
            Ok(None) => {}
        }
    }
    // The super object's own attribute (or its AttributeError).
    let s = alloc(
        super_type(),
        SuperData {
            cls,
            obj: first.clone(),
            obj_type,
        },
    );
    SuperLoad::Loaded(protocol::getattr(&s, name).map(|v| (v, None)))
}

/// `super(cls, obj)`.
pub fn new_super(cls: &Obj, obj: &Obj) -> PyResult<Obj> {
    let obj_type = super_obj_type(cls, obj)?;
    Ok(alloc(
        super_type(),
        SuperData {
            cls: cls.clone(),
            obj: obj.clone(),
            obj_type,
        },
    ))
}

/// The type whose MRO `super(cls, obj)` searches, or CPython's TypeError.
fn super_obj_type(cls: &Obj, obj: &Obj) -> PyResult<Obj> {
    if !is_type(cls) {
        return Err(type_error(format!(
            "super() argument 1 must be a type, not {}",
            protocol::type_name(cls)
        )));
    }
    if is_type(obj) && is_subtype(obj, cls) {
        Ok(obj.clone())
    } else if is_subtype(&obj.ty(), cls) {
        Ok(obj.ty())
    } else {
        Err(type_error(
            "super(type, obj): obj must be an instance or subtype of type",
        ))
    }
}

/// Attribute `v` found by super, bound to `obj` (unless it is the type
/// searched itself) as super binds it.
fn bind(v: Obj, obj: &Obj, obj_type: &Obj) -> PyResult<Obj> {
    match v.with_type(|t| t.slots.descr_get.get()) {
        Some(get) => {
            let inst = if obj.is(obj_type) { None } else { Some(obj) };
            get(&v, inst, obj_type)
        }
        None => Ok(v),
    }
}

fn super_getattr(s: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    let Some(d) = s.downcast::<SuperData>() else {
        return Ok(None);
    };
    if as_str(name) != Some("__class__")
        && let Some(v) = lookup_after(&d.obj_type, Some(&d.cls), name)?
    {
        return bind(v, &d.obj, &d.obj_type).map(Some);
    }
    crate::types::object::generic_getattr(s, name)
}

/// `classmethod(f)`.
pub fn classmethod_of(f: Obj) -> Obj {
    let o = alloc(classmethod_type(), WrapperData(RefCell::new(f)));
    o.set_dict(Some(crate::types::dict::new_dict()));
    o
}

/// `staticmethod(f)`.
pub fn staticmethod_of(f: Obj) -> Obj {
    let o = alloc(staticmethod_type(), WrapperData(RefCell::new(f)));
    o.set_dict(Some(crate::types::dict::new_dict()));
    o
}

fn wrap(cls: &Obj, args: &[Obj]) -> PyResult<Obj> {
    let [f] = args else {
        return Err(type_error(format!(
            "{} expected 1 argument, got {}",
            with_data(cls, |d| d.name()),
            args.len()
        )));
    };
    let o = alloc(cls.clone(), WrapperData(RefCell::new(f.clone())));
    o.set_dict(Some(crate::types::dict::new_dict()));
    Ok(o)
}

fn inner(d: &Obj) -> Obj {
    d.downcast::<WrapperData>()
        .map(|w| w.0.borrow().clone())
        .unwrap_or_else(rt::none)
}

fn wrapper_getattr(d: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    match as_str(name) {
        Some("__func__" | "__wrapped__") => Ok(Some(inner(d))),
        Some("__isabstractmethod__") => Ok(Some(rt::bool_obj(is_abstract(&inner(d))?))),
        _ => match crate::types::object::generic_getattr(d, name)? {
            Some(v) => Ok(Some(v)),
            None => protocol::getattr_opt(&inner(d), name),
        },
    }
}

/// Whether `f.__isabstractmethod__` is true.
fn is_abstract(f: &Obj) -> PyResult<bool> {
    match protocol::getattr_opt(f, &new_str("__isabstractmethod__"))? {
        Some(v) => protocol::truth(&v),
        None => Ok(false),
    }
}

fn new_property(cls: &Obj, args: &[Obj], kwnames: &[Obj]) -> PyResult<Obj> {
    let npos = args.len() - kwnames.len();
    let mut slots: [Option<Obj>; 4] = [None, None, None, None];
    for (i, a) in args[..npos].iter().enumerate().take(4) {
        slots[i] = Some(a.clone());
    }
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        let i = match as_str(k) {
            Some("fget") => 0,
            Some("fset") => 1,
            Some("fdel") => 2,
            Some("doc") => 3,
            Some(other) => {
                return Err(type_error(format!(
                    "property() got an unexpected keyword argument '{other}'"
                )));
            }
            None => continue,
        };
        slots[i] = Some(v.clone());
    }
    let [fget, fset, fdel, doc] = slots.map(|s| s.filter(|x| !rt::is_none(x)));
    let doc = doc.or_else(|| {
        fget.as_ref()
            .and_then(|f| protocol::getattr_str(f, "__doc__").ok())
    });
    Ok(alloc(
        cls.clone(),
        PropertyData {
            fget,
            fset,
            fdel,
            doc,
        },
    ))
}

fn property_with(a: &[Obj], which: usize) -> PyResult<Obj> {
    let (Some(p), Some(f)) = (a.first(), a.get(1)) else {
        return Err(type_error("expected 1 argument"));
    };
    let Some(d) = p.downcast::<PropertyData>() else {
        return Err(type_error("not a property"));
    };
    let mut parts = [d.fget.clone(), d.fset.clone(), d.fdel.clone()];
    parts[which] = Some(f.clone());
    let [fget, fset, fdel] = parts;
    Ok(alloc(
        p.ty(),
        PropertyData {
            fget,
            fset,
            fdel,
            doc: d.doc.clone(),
        },
    ))
}

fn property_name(d: &PropertyData) -> String {
    d.fget
        .as_ref()
        .and_then(|f| protocol::getattr_str(f, "__name__").ok())
        .and_then(|n| as_str(&n).map(|s| format!("'{s}'")))
        .unwrap_or_else(|| "'?'".into())
}
