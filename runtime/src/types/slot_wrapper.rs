//! Slot wrappers: the dunder methods of builtin types (`int.__add__`,
//! `object.__getattribute__`, `list.__getitem__`), generated from their
//! slot tables as CPython's `add_operators` does.
//!
//! A `wrapper_descriptor` remembers the type that owns the slot and which
//! slot it is; calling it calls that type's slot function, never the
//! instance's (so `object.__eq__(a, b)` inside an overriding `__eq__`
//! does not recurse). Looked up on an instance it binds as a
//! `method-wrapper`. `__new__` is the exception: it never binds and takes
//! the class first (CPython's `tp_new_wrapper`).

use crate::error::{PyResult, attribute_error, type_error};
use crate::object::{Obj, alloc};
use crate::protocol;
use crate::rt;
use crate::types::str::new_str;
use crate::types::typeobj::{BinOp, CompareOp, TypeData};
use crate::types::typeobj_ops::{is_subtype, is_type, set_type_attr, type_dict, with_data};

/// Which slot a wrapper calls.
#[derive(Clone, Copy)]
enum Kind {
    Binary(usize),
    RBinary(usize),
    Inplace(usize),
    Neg,
    Pos,
    Invert,
    Abs,
    Int,
    Float,
    Index,
    Bool,
    Compare(CompareOp),
    Hash,
    Repr,
    Str,
    GetAttribute,
    SetAttr,
    DelAttr,
    Call,
    Iter,
    Next,
    Len,
    GetItem,
    SetItem,
    DelItem,
    Contains,
    Get,
    Set,
    Delete,
    New,
    Init,
}

/// The payload of a `wrapper_descriptor` (unbound slot wrapper).
pub struct SlotWrapper {
    owner: Obj,
    name: &'static str,
    kind: Kind,
}

/// The payload of a `method-wrapper` (a slot wrapper bound to an object).
pub struct MethodWrapper {
    descr: Obj,
    self_: Obj,
}

thread_local! {
    static WRAPPER_TYPE: Obj = {
        let t = TypeData::new::<SlotWrapper>("wrapper_descriptor").final_type();
        t.slots.call.set(Some(|d, args, kw| {
            let Some(w) = d.downcast::<SlotWrapper>() else {
                return Err(type_error("not a slot wrapper"));
            };
            call_wrapper(w, args, kw)
        }));
        t.slots.descr_get.set(Some(|d, inst, _| match inst {
            Some(i) if !matches!(d.downcast::<SlotWrapper>().map(|w| w.kind), Some(Kind::New)) => {
                Ok(alloc(method_wrapper_type(), MethodWrapper { descr: d.clone(), self_: i.clone() }))
            }
            _ => Ok(d.clone()),
        }));
        t.slots.getattr.set(Some(wrapper_getattr));
        t.slots.repr.set(Some(|d| {
            let Some(w) = d.downcast::<SlotWrapper>() else { return Ok(new_str("<slot wrapper>")) };
            let owner = with_data(&w.owner, |t| t.name());
            Ok(new_str(&match w.kind {
                Kind::New => format!("<built-in method __new__ of type object at {:#x}>", w.owner.id()),
                _ => format!("<slot wrapper '{}' of '{owner}' objects>", w.name),
            }))
        }));
        let ty = crate::types::class::new_builtin_type(t);
        ty.make_immortal();
        ty
    };
    static METHOD_WRAPPER_TYPE: Obj = {
        let t = TypeData::new::<MethodWrapper>("method-wrapper").final_type();
        t.slots.call.set(Some(|m, args, kw| {
            let Some(mw) = m.downcast::<MethodWrapper>() else {
                return Err(type_error("not a method-wrapper"));
            };
            let Some(w) = mw.descr.downcast::<SlotWrapper>() else {
                return Err(type_error("not a slot wrapper"));
            };
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(mw.self_.clone());
            all.extend_from_slice(args);
            call_wrapper(w, &all, kw)
        }));
        t.slots.getattr.set(Some(|m, name| {
            let Some(mw) = m.downcast::<MethodWrapper>() else { return Ok(None) };
            match crate::types::str::as_str(name) {
                Some("__self__") => Ok(Some(mw.self_.clone())),
                _ => wrapper_getattr(&mw.descr, name),
            }
        }));
        t.slots.repr.set(Some(|m| {
            let Some(mw) = m.downcast::<MethodWrapper>() else { return Ok(new_str("<method-wrapper>")) };
            let name = mw.descr.downcast::<SlotWrapper>().map_or("?", |w| w.name);
            Ok(new_str(&format!(
                "<method-wrapper '{name}' of {} object at {:#x}>",
                protocol::type_name(&mw.self_),
                mw.self_.id()
            )))
        }));
        t.slots.compare.set(Some(|a, b, op| {
            match (a.downcast::<MethodWrapper>(), b.downcast::<MethodWrapper>(), op) {
                (Some(x), Some(y), CompareOp::Eq) => {
                    Ok(rt::bool_obj(x.descr.is(&y.descr) && x.self_.is(&y.self_)))
                }
                _ => Ok(rt::not_implemented()),
            }
        }));
        let ty = crate::types::class::new_builtin_type(t);
        ty.make_immortal();
        ty
    };
}

/// The `wrapper_descriptor` type.
pub fn wrapper_type() -> Obj {
    WRAPPER_TYPE.with(Obj::clone)
}

fn method_wrapper_type() -> Obj {
    METHOD_WRAPPER_TYPE.with(Obj::clone)
}

/// Whether `o` is a slot wrapper (a dunder implemented in Rust).
pub fn is_slot_wrapper(o: &Obj) -> bool {
    o.downcast::<SlotWrapper>().is_some()
}

/// Adds a wrapper to builtin type `t`'s namespace for every slot `t`
/// defines itself (not inherited unchanged from its base), unless the
/// namespace already has that name.
pub fn add_slot_wrappers(t: &Obj) {
    let base = with_data(t, |d| d.bases.borrow().first().cloned());
    let add = |name: &'static str, kind: Kind| {
        let dict = type_dict(t);
        if matches!(crate::types::dict::get_str(&dict, name), Ok(Some(_))) {
            return;
        }
        let w = alloc(
            wrapper_type(),
            SlotWrapper {
                owner: t.clone(),
                name,
                kind,
            },
        );
        set_type_attr(t, name, w);
    };
    // `own!(field)` is true when `t` sets the slot and its base doesn't
    // have the same function there.
    macro_rules! own {
        ($($f:tt)*) => {{
            let mine = with_data(t, |d| d.slots.$($f)*.get().map(|f| f as usize));
            let theirs = base
                .as_ref()
                .and_then(|b| with_data(b, |d| d.slots.$($f)*.get().map(|f| f as usize)));
            mine.is_some() && mine != theirs
        }};
    }
    for op in BinOp::ALL {
        let i = op as usize;
        if own!(binary[i]) {
            add(op.dunder(), Kind::Binary(i));
            add(op.rdunder(), Kind::RBinary(i));
        }
        if let Some(n) = op.idunder()
            && own!(inplace[i])
        {
            add(n, Kind::Inplace(i));
        }
    }
    let unary = [
        (own!(neg), "__neg__", Kind::Neg),
        (own!(pos), "__pos__", Kind::Pos),
        (own!(invert), "__invert__", Kind::Invert),
        (own!(abs), "__abs__", Kind::Abs),
        (own!(int), "__int__", Kind::Int),
        (own!(float), "__float__", Kind::Float),
        (own!(index), "__index__", Kind::Index),
        (own!(bool), "__bool__", Kind::Bool),
        (own!(repr), "__repr__", Kind::Repr),
        (own!(str), "__str__", Kind::Str),
        (own!(getattr), "__getattribute__", Kind::GetAttribute),
        (own!(setattr), "__setattr__", Kind::SetAttr),
        (own!(setattr), "__delattr__", Kind::DelAttr),
        (own!(call), "__call__", Kind::Call),
        (own!(iter), "__iter__", Kind::Iter),
        (own!(next), "__next__", Kind::Next),
        (own!(len), "__len__", Kind::Len),
        (own!(getitem), "__getitem__", Kind::GetItem),
        (own!(setitem), "__setitem__", Kind::SetItem),
        (own!(setitem), "__delitem__", Kind::DelItem),
        (own!(contains), "__contains__", Kind::Contains),
        (own!(descr_get), "__get__", Kind::Get),
        (own!(descr_set), "__set__", Kind::Set),
        (own!(descr_set), "__delete__", Kind::Delete),
        (own!(new), "__new__", Kind::New),
        (own!(init), "__init__", Kind::Init),
    ];
    for (own, name, kind) in unary {
        if own {
            add(name, kind);
        }
    }
    if own!(compare) {
        for op in [
            CompareOp::Lt,
            CompareOp::Le,
            CompareOp::Eq,
            CompareOp::Ne,
            CompareOp::Gt,
            CompareOp::Ge,
        ] {
            add(op.dunder(), Kind::Compare(op));
        }
    }
    if with_data(t, |d| d.unhashable.get()) {
        let dict = type_dict(t);
        if !matches!(crate::types::dict::get_str(&dict, "__hash__"), Ok(Some(_))) {
            set_type_attr(t, "__hash__", rt::none());
        }
    } else if own!(hash) {
        add("__hash__", Kind::Hash);
    }
}

fn wrapper_getattr(d: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    let Some(w) = d.downcast::<SlotWrapper>() else {
        return Ok(None);
    };
    Ok(Some(match crate::types::str::as_str(name) {
        Some("__name__") => new_str(w.name),
        Some("__qualname__") => {
            new_str(&format!("{}.{}", with_data(&w.owner, |t| t.name()), w.name))
        }
        Some("__objclass__") => w.owner.clone(),
        Some("__doc__") => rt::none(),
        _ => return crate::types::object::generic_getattr(d, name),
    }))
}

fn arity(_w: &SlotWrapper, args: &[Obj], n: usize) -> PyResult<()> {
    if args.len() == n {
        return Ok(());
    }
    Err(type_error(format!(
        "expected {n} argument{}, got {}",
        if n == 1 { "" } else { "s" },
        args.len()
    )))
}

fn no_kw(w: &SlotWrapper, kwnames: &[Obj]) -> PyResult<()> {
    if kwnames.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!(
            "wrapper {}() takes no keyword arguments",
            w.name
        )))
    }
}

fn missing_slot(w: &SlotWrapper) -> crate::error::PyErr {
    type_error(format!(
        "'{}' slot of '{}' is empty",
        w.name,
        with_data(&w.owner, |t| t.name())
    ))
}

fn call_wrapper(w: &SlotWrapper, args: &[Obj], kwnames: &[Obj]) -> PyResult<Obj> {
    let owner_name = || with_data(&w.owner, |t| t.name());
    if let Kind::New = w.kind {
        let Some(cls) = args.first() else {
            return Err(type_error(format!(
                "{}.__new__(): not enough arguments",
                owner_name()
            )));
        };
        if !is_type(cls) {
            return Err(type_error(format!(
                "{}.__new__(X): X is not a type object ({})",
                owner_name(),
                protocol::type_name(cls)
            )));
        }
        if !is_subtype(cls, &w.owner) {
            let cname = with_data(cls, |t| t.name());
            return Err(type_error(format!(
                "{}.__new__({cname}): {cname} is not a subtype of {}",
                owner_name(),
                owner_name()
            )));
        }
        let new = with_data(&w.owner, |d| d.slots.new.get()).ok_or_else(|| missing_slot(w))?;
        return new(cls, &args[1..], kwnames);
    }
    let Some(this) = args.first() else {
        return Err(type_error(format!(
            "descriptor '{}' of '{}' object needs an argument",
            w.name,
            owner_name()
        )));
    };
    if !is_subtype(&this.ty(), &w.owner) {
        return Err(type_error(format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            w.name,
            owner_name(),
            protocol::type_name(this)
        )));
    }
    let rest = &args[1..];
    macro_rules! slot {
        ($($f:tt)*) => {
            with_data(&w.owner, |d| d.slots.$($f)*.get()).ok_or_else(|| missing_slot(w))?
        };
    }
    if !matches!(w.kind, Kind::Call | Kind::Init) {
        no_kw(w, kwnames)?;
    }
    match w.kind {
        Kind::Binary(i) => {
            arity(w, rest, 1)?;
            slot!(binary[i])(this, &rest[0])
        }
        Kind::RBinary(i) => {
            arity(w, rest, 1)?;
            slot!(binary[i])(&rest[0], this)
        }
        Kind::Inplace(i) => {
            arity(w, rest, 1)?;
            slot!(inplace[i])(this, &rest[0])
        }
        Kind::Neg => slot!(neg)(this),
        Kind::Pos => slot!(pos)(this),
        Kind::Invert => slot!(invert)(this),
        Kind::Abs => slot!(abs)(this),
        Kind::Int => slot!(int)(this),
        Kind::Float => slot!(float)(this),
        Kind::Index => slot!(index)(this),
        Kind::Bool => Ok(rt::bool_obj(slot!(bool)(this)?)),
        Kind::Repr => slot!(repr)(this),
        Kind::Str => slot!(str)(this),
        Kind::Compare(op) => {
            arity(w, rest, 1)?;
            slot!(compare)(this, &rest[0], op)
        }
        Kind::Hash => Ok(crate::types::int::from_i64(slot!(hash)(this)?)),
        Kind::GetAttribute => {
            arity(w, rest, 1)?;
            let name = attr_name(&rest[0])?;
            match slot!(getattr)(this, name)? {
                Some(v) => Ok(v),
                None => Err(protocol::no_attribute(this, name)),
            }
        }
        Kind::SetAttr => {
            arity(w, rest, 2)?;
            slot!(setattr)(this, attr_name(&rest[0])?, Some(&rest[1]))?;
            Ok(rt::none())
        }
        Kind::DelAttr => {
            arity(w, rest, 1)?;
            slot!(setattr)(this, attr_name(&rest[0])?, None)?;
            Ok(rt::none())
        }
        Kind::Call => slot!(call)(this, rest, kwnames),
        Kind::Iter => slot!(iter)(this),
        Kind::Next => match slot!(next)(this)? {
            Some(v) => Ok(v),
            None => Err(crate::error::PyErr::new(rt::Exc::StopIteration, "")),
        },
        Kind::Len => Ok(crate::types::int::from_i64(slot!(len)(this)? as i64)),
        Kind::GetItem => {
            arity(w, rest, 1)?;
            slot!(getitem)(this, &rest[0])
        }
        Kind::SetItem => {
            arity(w, rest, 2)?;
            slot!(setitem)(this, &rest[0], Some(&rest[1]))?;
            Ok(rt::none())
        }
        Kind::DelItem => {
            arity(w, rest, 1)?;
            slot!(setitem)(this, &rest[0], None)?;
            Ok(rt::none())
        }
        Kind::Contains => {
            arity(w, rest, 1)?;
            Ok(rt::bool_obj(slot!(contains)(this, &rest[0])?))
        }
        Kind::Get => {
            if rest.is_empty() || rest.len() > 2 {
                return Err(type_error(format!(
                    "expected 1 or 2 arguments, got {}",
                    rest.len()
                )));
            }
            let inst = Some(&rest[0]).filter(|i| !rt::is_none(i));
            let owner = match rest.get(1) {
                Some(o) if !rt::is_none(o) => o.clone(),
                _ => match inst {
                    Some(i) => i.ty(),
                    None => {
                        return Err(type_error("__get__(None, None) is invalid"));
                    }
                },
            };
            slot!(descr_get)(this, inst, &owner)
        }
        Kind::Set => {
            arity(w, rest, 2)?;
            slot!(descr_set)(this, &rest[0], Some(&rest[1]))?;
            Ok(rt::none())
        }
        Kind::Delete => {
            arity(w, rest, 1)?;
            slot!(descr_set)(this, &rest[0], None)?;
            Ok(rt::none())
        }
        Kind::Init => {
            slot!(init)(this, rest, kwnames)?;
            Ok(rt::none())
        }
        Kind::New => Err(attribute_error("__new__ is not bound")),
    }
}

fn attr_name(n: &Obj) -> PyResult<&Obj> {
    if crate::types::str::is_str(n) {
        Ok(n)
    } else {
        Err(type_error(format!(
            "attribute name must be string, not '{}'",
            protocol::type_name(n)
        )))
    }
}
