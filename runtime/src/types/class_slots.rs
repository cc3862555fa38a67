//! `__slots__`: classes whose instances store named values in a fixed
//! array (`SlotsData`) instead of, or besides, a `__dict__`.
//!
//! A class with nonempty `__slots__` over the object layout gets the
//! `SlotsData` layout; each slot is a `member_descriptor` in the class
//! namespace holding its index. Subclasses append their slots after their
//! base's (`TypeData::nslots`). Two bases that both add slots have
//! conflicting layouts, as in CPython.

use std::any::TypeId;
use std::cell::RefCell;

use crate::error::{PyErr, PyResult, type_error, value_error};
use crate::object::{Obj, alloc};
use crate::protocol;
use crate::rt;
use crate::types::str::{as_str, new_str};
use crate::types::typeobj::TypeData;
use crate::types::typeobj_ops::with_data;

/// The payload of an instance of a class with `__slots__`.
pub struct SlotsData(pub RefCell<Vec<Option<Obj>>>);

/// The payload of a `member_descriptor` (one slot).
pub struct MemberData {
    name: Obj,
    index: usize,
    owner: String,
}

/// What a class statement's `__slots__` asks for, computed before the
/// type object exists.
pub struct SlotPlan {
    /// The new slot names, in order (`__dict__` excluded).
    names: Vec<Obj>,
    /// The index of the first new slot.
    first: usize,
}

thread_local! {
    static MEMBER_TYPE: Obj = {
        let t = TypeData::new::<MemberData>("member_descriptor").final_type();
        t.slots.descr_get.set(Some(|d, inst, _| {
            let (Some(inst), Some(m)) = (inst, d.downcast::<MemberData>()) else {
                return Ok(d.clone());
            };
            check_instance(m, inst)?;
            let v = inst
                .downcast::<SlotsData>()
                .and_then(|s| s.0.borrow().get(m.index).cloned().flatten());
            v.ok_or_else(|| protocol::no_attribute(inst, &m.name))
        }));
        t.slots.descr_set.set(Some(|d, inst, v| {
            let Some(m) = d.downcast::<MemberData>() else { return Ok(()) };
            check_instance(m, inst)?;
            let Some(s) = inst.downcast::<SlotsData>() else {
                return Err(protocol::no_attribute(inst, &m.name));
            };
            let mut vals = s.0.borrow_mut();
            let Some(cell) = vals.get_mut(m.index) else {
                return Err(protocol::no_attribute(inst, &m.name));
            };
            if v.is_none() && cell.is_none() {
                return Err(PyErr::with_args(rt::Exc::AttributeError, vec![m.name.clone()]));
            }
            // Drop the old value after releasing the borrow: its
            // finalizer may touch this object again.
            let old = std::mem::replace(cell, v.cloned());
            drop(vals);
            drop(old);
            Ok(())
        }));
        t.slots.repr.set(Some(|d| {
            let Some(m) = d.downcast::<MemberData>() else { return Ok(new_str("<member>")) };
            Ok(new_str(&format!(
                "<member '{}' of '{}' objects>",
                as_str(&m.name).unwrap_or("?"),
                m.owner
            )))
        }));
        t.slots.getattr.set(Some(|d, name| {
            let Some(m) = d.downcast::<MemberData>() else { return Ok(None) };
            match as_str(name) {
                Some("__name__") => Ok(Some(m.name.clone())),
                _ => crate::types::object::generic_getattr(d, name),
            }
        }));
        let ty = crate::types::class::new_builtin_type(t);
        ty.make_immortal();
        ty
    };
}

fn check_instance(m: &MemberData, inst: &Obj) -> PyResult<()> {
    if inst.downcast::<SlotsData>().is_some() {
        return Ok(());
    }
    Err(type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        as_str(&m.name).unwrap_or("?"),
        m.owner,
        protocol::type_name(inst)
    )))
}

/// Reads `__slots__` from the class namespace and adjusts the new type's
/// layout, slot count and `__dict__` support. `None`: no `__slots__`.
pub fn plan(data: &mut TypeData, bases: &[Obj], ns: &Obj) -> PyResult<Option<SlotPlan>> {
    let base_slots: Vec<usize> = bases.iter().map(|b| with_data(b, |d| d.nslots)).collect();
    let slotted: Vec<&Obj> = bases
        .iter()
        .zip(&base_slots)
        .filter(|(_, n)| **n > 0)
        .map(|(b, _)| b)
        .collect();
    if slotted.len() > 1
        && slotted.iter().any(|a| {
            !slotted.iter().all(|b| {
                crate::types::typeobj_ops::is_subtype(a, b)
                    || crate::types::typeobj_ops::is_subtype(b, a)
            })
        })
    {
        return Err(type_error("multiple bases have instance lay-out conflict"));
    }
    let first = base_slots.iter().copied().max().unwrap_or(0);
    data.nslots = first;
    let Some(spec) = crate::types::dict::get_str(ns, "__slots__")? else {
        return Ok(None);
    };
    let items = if crate::types::str::is_str(&spec) {
        vec![spec]
    } else {
        protocol::collect(&spec)?
    };
    let mut names = Vec::new();
    let mut wants_dict = false;
    for item in items {
        let Some(s) = as_str(&item) else {
            return Err(type_error(format!(
                "__slots__ items must be strings, not '{}'",
                protocol::type_name(&item)
            )));
        };
        if !is_identifier(s) {
            return Err(type_error("__slots__ must be identifiers"));
        }
        if s == "__dict__" {
            if wants_dict || bases.iter().any(|b| with_data(b, |d| d.instance_dict)) {
                return Err(type_error("__dict__ slot disallowed: we already got one"));
            }
            wants_dict = true;
            continue;
        }
        if crate::types::dict::get_item(ns, &item)?.is_some() {
            return Err(value_error(format!(
                "'{s}' in __slots__ conflicts with class variable"
            )));
        }
        names.push(item);
    }
    data.instance_dict = wants_dict || bases.iter().any(|b| with_data(b, |d| d.instance_dict));
    if !names.is_empty() {
        let object_layout = TypeId::of::<crate::types::object::ObjectData>();
        if data.layout != object_layout && data.layout != TypeId::of::<SlotsData>() {
            let base = bases
                .iter()
                .find(|b| with_data(b, |d| d.layout) == data.layout)
                .map(|b| with_data(b, |d| d.name()))
                .unwrap_or_default();
            return Err(type_error(format!(
                "nonempty __slots__ not supported for subtype of '{base}'"
            )));
        }
        data.layout = TypeId::of::<SlotsData>();
        data.dealloc = crate::object::dealloc_box::<SlotsData>;
        data.nslots = first + names.len();
    }
    Ok(Some(SlotPlan { names, first }))
}

/// Adds the member descriptors of the new class `t`'s slots.
pub fn install(t: &Obj, dict: &Obj, plan: &SlotPlan) -> PyResult<()> {
    let owner = with_data(t, |d| d.name());
    for (i, name) in plan.names.iter().enumerate() {
        let m = alloc(
            MEMBER_TYPE.with(Obj::clone),
            MemberData {
                name: name.clone(),
                index: plan.first + i,
                owner: owner.clone(),
            },
        );
        crate::types::dict::set_item(dict, name.clone(), m)?;
    }
    Ok(())
}

/// A new instance of slotted class `cls`, every slot unset.
pub fn new_instance(cls: &Obj) -> Obj {
    let n = with_data(cls, |d| d.nslots);
    alloc(cls.clone(), SlotsData(RefCell::new(vec![None; n])))
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
        && chars.all(|c| c == '_' || c.is_alphanumeric())
}
