//! Per-instruction caches of attribute access (`attr.get`, `attr.set`,
//! `load_method`) on objects whose type uses the generic attribute
//! protocol, as CPython's specializing LOAD_ATTR/STORE_ATTR/LOAD_METHOD:
//! an entry remembers what the type lookup found for the name, valid while
//! the object's type is the same and no type namespace has changed (the
//! epoch of `typeobj_ops::lookup`'s cache), and at which entry position
//! the instance dict held the name last time, so a hit reads or replaces
//! that entry without hashing. Anything else takes the generic path and
//! refills the entry.

use std::cell::RefCell;

use crate::error::PyResult;
use crate::object::Obj;
use crate::protocol;
use crate::types::{dict, object, typeobj_ops};

/// One instruction's cache entry.
pub struct AttrCache {
    /// The type's address (`Obj::type_word`).
    ty: usize,
    /// The lookup epoch the entry was filled in.
    epoch: u64,
    /// What the type has under the name.
    kind: Kind,
    /// That attribute (`None` for `Kind::Missing`).
    attr: Option<Obj>,
    /// The instance dict entry position where the name was last found.
    hint: usize,
}

/// What the type lookup found, for the generic protocol.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Nothing: only the instance dict can have the name.
    Missing,
    /// A data descriptor (property, slot member...): it decides.
    DataDescr,
    /// A descriptor with `__set__` but no `__get__`: read as a plain
    /// attribute, but it decides assignments.
    Setter,
    /// A plain function or builtin method, which the instance dict
    /// shadows: a method call can pass the object itself.
    Method,
    /// Another attribute, which the instance dict shadows.
    Plain,
}

impl Kind {
    /// Whether the instance dict decides a read (only a data descriptor
    /// comes before it).
    #[inline]
    fn dict_reads(self) -> bool {
        self != Kind::DataDescr
    }

    /// Whether an assignment goes to the instance dict (no descriptor
    /// with `__set__` takes it).
    #[inline]
    fn dict_writes(self) -> bool {
        matches!(self, Kind::Missing | Kind::Method | Kind::Plain)
    }
}

/// The value of `name` in `o`'s instance dict if the entry at position
/// `hint` holds that very name: no hashing, no Python code.
#[inline]
pub fn get_at_hint(o: &Obj, name: &Obj, hint: usize) -> Option<Obj> {
    let d = o.dict_ref()?;
    dict::hinted_get(d.as_ref()?, name, hint)
}

/// Replaces the value of `name` in `o`'s instance dict if the entry at
/// position `hint` holds that very name; `false` when it does not
/// (nothing done).
#[inline]
pub fn set_at_hint(o: &Obj, name: &Obj, hint: usize, v: &Obj) -> bool {
    let replaced = match o.dict_ref() {
        Some(d) => match d.as_ref() {
            Some(d) => dict::hinted_replace(d, name, hint, v.clone()).ok(),
            None => None,
        },
        None => None,
    };
    // The old value is dropped once the instance dict is no longer
    // borrowed: its `__del__` may replace that dict.
    replaced.is_some()
}

/// The caches of one code object: per pc, entries for the last two types
/// seen there, the newer first (a method called on instances of a class
/// and of its subclass sees two types).
pub type Caches = RefCell<Vec<[Option<AttrCache>; 2]>>;

/// The entry of `ways` for type `ty` in lookup epoch `epoch`.
fn find(ways: &[Option<AttrCache>; 2], ty: usize, epoch: u64) -> Option<&AttrCache> {
    ways.iter()
        .flatten()
        .find(|e| e.ty == ty && e.epoch == epoch)
}

/// `o.name` (`attr.get` at `pc`).
pub fn get(caches: &Caches, pc: usize, o: &Obj, name: &Obj) -> PyResult<Obj> {
    if let Some((kind, hint)) = entry(caches, pc, o)
        && kind.dict_reads()
        && let Some(v) = get_at_hint(o, name, hint)
    {
        return Ok(v);
    }
    let Some((kind, mut hint)) = lookup(caches, pc, o, name, generic_get(o)) else {
        return protocol::getattr(o, name);
    };
    if kind.dict_reads()
        && let Some(d) = o.dict()
    {
        let old = hint;
        let v = dict::get_item_hinted(&d, name, &mut hint)?;
        if hint != old {
            set_hint(caches, pc, o, hint);
        }
        if let Some(v) = v {
            return Ok(v);
        }
    }
    // The dict lookup may have run Python code that refilled the entry:
    // `attr` checks it still describes `o`'s type.
    match (kind, attr(caches, pc, o)) {
        (Kind::Missing, _) | (_, None) => protocol::getattr(o, name),
        (_, Some(a)) => descr_get(&a, o),
    }
}

/// `o.name = v` (`attr.set` at `pc`).
pub fn set(caches: &Caches, pc: usize, o: &Obj, name: &Obj, v: &Obj) -> PyResult<()> {
    if let Some((kind, hint)) = entry(caches, pc, o)
        && kind.dict_writes()
        && set_at_hint(o, name, hint, v)
    {
        return Ok(());
    }
    let generic = o.with_type(|t| {
        t.slots
            .setattr
            .get()
            .is_some_and(|f| f as *const () == object::generic_setattr as *const ())
    });
    let cached = lookup(caches, pc, o, name, generic);
    let (Some((kind, mut hint)), Some(d)) = (cached, o.dict()) else {
        return protocol::setattr(o, name, Some(v));
    };
    if !kind.dict_writes() {
        return protocol::setattr(o, name, Some(v));
    }
    let old = hint;
    dict::set_item_hinted(&d, name.clone(), v.clone(), &mut hint)?;
    if hint != old {
        set_hint(caches, pc, o, hint);
    }
    Ok(())
}

/// For `load_method` at `pc`: the plain function (or builtin method) the
/// type has under `name` when nothing shadows it, so the call can pass
/// `o` itself; `None` sends the caller to the ordinary `getattr`.
pub fn method(caches: &Caches, pc: usize, o: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    let Some((Kind::Method, _)) = lookup(caches, pc, o, name, generic_get(o)) else {
        return Ok(None);
    };
    if let Some(d) = o.dict()
        && dict::len(&d) > 0
        && dict::get_item(&d, name)?.is_some()
    {
        return Ok(None);
    }
    Ok(attr(caches, pc, o))
}

/// New caches for a code object of `n` instructions.
pub fn new_caches(n: usize) -> Caches {
    RefCell::new((0..n).map(|_| [None, None]).collect())
}

/// Whether `o`'s type reads attributes with the generic protocol.
fn generic_get(o: &Obj) -> bool {
    o.with_type(|t| {
        // No slot means the generic lookup too (protocol::getattr_opt).
        t.slots
            .getattr
            .get()
            .is_none_or(|f| f as *const () == object::generic_getattr as *const ())
    })
}

/// What the type has for `name` and the dict hint, from the entry at `pc`
/// or, on a miss, from a type lookup that refills it; `None` when `o`
/// does not use the generic protocol (`generic` false) or is a small int.
fn lookup(caches: &Caches, pc: usize, o: &Obj, name: &Obj, generic: bool) -> Option<(Kind, usize)> {
    if !generic {
        return None;
    }
    let ty = o.type_word()?;
    let epoch = typeobj_ops::epoch();
    if let Some(ways) = caches.borrow().get(pc)
        && let Some(e) = find(ways, ty, epoch)
    {
        return Some((e.kind, e.hint));
    }
    // A failing lookup (a name that is not a str) is left to the generic
    // path.
    let attr = typeobj_ops::lookup(&o.ty(), name).ok()?;
    let kind = match &attr {
        None => Kind::Missing,
        Some(a) => match a.with_type(|d| (d.slots.descr_get.get(), d.slots.descr_set.get())) {
            (Some(_), Some(_)) => Kind::DataDescr,
            (None, Some(_)) => Kind::Setter,
            _ if is_method(a) => Kind::Method,
            _ => Kind::Plain,
        },
    };
    // Only a lookup that changed no namespace on the way is cached.
    if typeobj_ops::epoch() == epoch
        && let Some(ways) = caches.borrow_mut().get_mut(pc)
    {
        // The newer entry moves to the second way if it is still valid
        // and for another type; the older one goes.
        let previous = ways[0].take().filter(|e| e.epoch == epoch && e.ty != ty);
        let evicted = std::mem::replace(&mut ways[1], previous);
        ways[0] = Some(AttrCache {
            ty,
            epoch,
            kind,
            attr,
            hint: 0,
        });
        drop(evicted);
    }
    Some((kind, 0))
}

/// The kind and dict hint of the entry at `pc`, if it describes `o`'s
/// type in the current epoch: the fast path of `get` and `set`. An entry
/// exists only if the type used the generic protocol when it was filled
/// (`lookup`), and making it stop (assigning `__getattr__`...) changes a
/// type namespace and so the epoch.
#[inline]
fn entry(caches: &Caches, pc: usize, o: &Obj) -> Option<(Kind, usize)> {
    let ty = o.type_word()?;
    let caches = caches.borrow();
    let e = find(caches.get(pc)?, ty, typeobj_ops::epoch())?;
    Some((e.kind, e.hint))
}

/// The attribute the entry at `pc` holds, if the entry describes `o`'s
/// type in the current epoch.
fn attr(caches: &Caches, pc: usize, o: &Obj) -> Option<Obj> {
    let ty = o.type_word()?;
    let caches = caches.borrow();
    find(caches.get(pc)?, ty, typeobj_ops::epoch())?
        .attr
        .clone()
}

/// Whether a type attribute is a function a method call can call with the
/// object as its first argument.
pub(crate) fn is_method(a: &Obj) -> bool {
    a.downcast::<crate::vm::function::FunctionData>().is_some()
        || a.downcast::<crate::types::function::BuiltinFn>()
            .is_some_and(|b| b.is_method && b.bound.is_none())
}

/// Where `o`'s instance dict held the name at the last `get` (`set`
/// when `for_set`) at `pc`, if the entry for `o`'s type in the current
/// epoch lets the instance dict decide: the dict hint native code's site
/// caches keep.
pub fn dict_hint(caches: &Caches, pc: usize, o: &Obj, for_set: bool) -> Option<usize> {
    let (kind, hint) = entry(caches, pc, o)?;
    let dict_decides = if for_set {
        kind.dict_writes()
    } else {
        kind.dict_reads()
    };
    dict_decides.then_some(hint)
}

/// The class attribute the entry at `pc` found for `o`'s type when a
/// read of it is the attribute itself unless the instance dict shadows
/// it: a plain value (`Kind::Plain`) without `__get__`.
pub fn class_value(caches: &Caches, pc: usize, o: &Obj) -> Option<Obj> {
    let ty = o.type_word()?;
    let caches = caches.borrow();
    let e = find(caches.get(pc)?, ty, typeobj_ops::epoch())?;
    let a = e.attr.as_ref().filter(|_| e.kind == Kind::Plain)?;
    a.with_type(|t| t.slots.descr_get.get().is_none())
        .then(|| a.clone())
}

/// Records the dict hint in the entry at `pc` for `o`'s type.
fn set_hint(caches: &Caches, pc: usize, o: &Obj, hint: usize) {
    let (Some(ty), epoch) = (o.type_word(), typeobj_ops::epoch()) else {
        return;
    };
    if let Some(ways) = caches.borrow_mut().get_mut(pc)
        && let Some(e) = ways
            .iter_mut()
            .flatten()
            .find(|e| e.ty == ty && e.epoch == epoch)
    {
        e.hint = hint;
    }
}

/// A type attribute seen from instance `o`: bound through its
/// descriptor `__get__`, or itself.
fn descr_get(a: &Obj, o: &Obj) -> PyResult<Obj> {
    match a.with_type(|d| d.slots.descr_get.get()) {
        Some(get) => get(a, Some(o), &o.ty()),
        None => Ok(a.clone()),
    }
}
