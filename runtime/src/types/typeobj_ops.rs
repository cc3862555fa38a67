//! Operations on type objects: MRO (C3), subtype tests, attribute lookup
//! along the MRO, and the `type` type's own slots.

use std::cell::Cell;

use crate::error::{PyErr, PyResult, type_error};
use crate::object::Obj;
use crate::rt;
use crate::types::typeobj::TypeData;

/// The data of the `type` type.
pub fn type_type_data() -> TypeData {
    let t = TypeData::new::<TypeData>("type").with_methods(type_methods);
    t.slots.new.set(Some(type_new));
    t.slots.init.set(Some(type_init));
    t.slots.getattr.set(Some(type_getattr));
    t.slots.setattr.set(Some(type_setattr));
    t.slots.call.set(Some(type_call));
    t.slots.repr.set(Some(type_repr));
    // Classes hash by identity, as object's instances do (`{int, str}`).
    t.slots.hash.set(Some(|o| Ok((o.id() >> 4) as i64)));
    // Classes take part in cycles (their methods' globals hold them).
    t.slots.traverse.set(Some(|o, f| {
        let Some(d) = o.downcast::<TypeData>() else {
            return;
        };
        if let Ok(dict) = d.dict.try_borrow()
            && let Some(dict) = dict.as_ref()
        {
            f(dict);
        }
        for list in [&d.bases, &d.mro] {
            if let Ok(v) = list.try_borrow() {
                v.iter().for_each(&mut *f);
            }
        }
    }));
    t.slots.clear.set(Some(|o| {
        // Only classes made by Python code are ever garbage (builtin types
        // are immortal); emptying the namespace breaks their cycles.
        let Some(d) = o.downcast::<TypeData>() else {
            return;
        };
        if !d.is_heap {
            return;
        }
        let dict = d.dict.try_borrow().ok().and_then(|v| v.clone());
        if let Some(dict) = dict {
            crate::types::dict::clear(&dict);
        }
        // The MRO starts with the class itself: a cycle of its own.
        for list in [&d.bases, &d.mro] {
            if let Ok(mut v) = list.try_borrow_mut() {
                let old = std::mem::take(&mut *v);
                drop(v);
                drop(old);
            }
        }
    }));
    t
}

/// Runs `f` on a type object's data; `t` must be a type.
pub fn with_data<R>(t: &Obj, f: impl FnOnce(&TypeData) -> R) -> R {
    match t.downcast::<TypeData>() {
        Some(d) => f(d),
        None => t.with_type(f),
    }
}

/// Whether `o` is a type object.
pub fn is_type(o: &Obj) -> bool {
    o.downcast::<TypeData>().is_some()
}

/// Sets `__bases__` and recomputes `__mro__` (C3 linearization).
pub fn set_bases(t: &Obj, bases: Vec<Obj>) -> Option<()> {
    let mro = c3(t, &bases).ok()?;
    let d = t.downcast::<TypeData>()?;
    *d.bases.borrow_mut() = bases;
    *d.mro.borrow_mut() = mro;
    Some(())
}

/// C3 linearization of `t` with `bases`; when inconsistent, the distinct
/// heads of the sequences left to merge (for the error message).
pub fn c3(t: &Obj, bases: &[Obj]) -> Result<Vec<Obj>, Vec<Obj>> {
    let mut seqs: Vec<Vec<Obj>> = bases
        .iter()
        .map(|b| {
            b.downcast::<TypeData>()
                .map(|d| d.mro.borrow().clone())
                .unwrap_or_default()
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out = vec![t.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let head = seqs.iter().find_map(|s| {
            let cand = &s[0];
            let in_tail = seqs.iter().any(|o| o[1..].iter().any(|x| x.is(cand)));
            (!in_tail).then(|| cand.clone())
        });
        let Some(head) = head else {
            let mut heads: Vec<Obj> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| h.is(&s[0])) {
                    heads.push(s[0].clone());
                }
            }
            return Err(heads);
        };
        for s in seqs.iter_mut() {
            if s[0].is(&head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}

/// Whether `a` is `b` or a subclass of it.
pub fn is_subtype(a: &Obj, b: &Obj) -> bool {
    if a.is(b) {
        return true;
    }
    a.downcast::<TypeData>()
        .is_some_and(|d| d.mro.borrow().iter().any(|m| m.is(b)))
}

/// Whether `o` is an instance of `t` (no `__instancecheck__`).
pub fn is_instance(o: &Obj, t: &Obj) -> bool {
    is_subtype(&o.ty(), t)
}

/// The namespace dict of a type, created on first use.
pub fn type_dict(t: &Obj) -> Obj {
    let Some(d) = t.downcast::<TypeData>() else {
        // Only types have namespaces; callers pass types.
        return crate::types::dict::new_dict();
    };
    if let Some(dict) = d.dict.borrow().clone() {
        return dict;
    }
    let dict = crate::types::dict::new_dict();
    crate::types::dict::mark_type_namespace(&dict);
    invalidate_caches();
    *d.dict.borrow_mut() = Some(dict.clone());
    if let Some(init) = d.init_dict.take() {
        init(t);
    }
    if !d.is_heap {
        crate::types::slot_wrapper::add_slot_wrappers(t);
    }
    dict
}

/// Looks `name` up along the MRO of type `t` (no descriptors applied).
pub fn lookup(t: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    lookup_after(t, None, name)
}

/// Looks `name` up along the MRO of type `t` after class `after` (none
/// when `after` is not on it), as `super(after, obj)` does for an `obj`
/// of type `t`; the whole MRO for `None`. Cached as `lookup` is.
pub fn lookup_after(t: &Obj, after: Option<&Obj>, name: &Obj) -> PyResult<Option<Obj>> {
    let after_id = after.map_or(0, Obj::id);
    let hash = crate::types::str::is_str(name).then(|| crate::types::str::hash(name));
    let slot = hash.map(|h| ((t.id() >> 4) ^ (after_id >> 3) ^ h as usize) & (CACHE_SIZE - 1));
    let epoch = EPOCH.with(Cell::get);
    if let (Some(h), Some(i)) = (hash, slot) {
        let hit = CACHE.with(|c| {
            let c = c.borrow();
            let e = c.get(i)?.as_ref()?;
            (e.ty == t.id()
                && e.after == after_id
                && e.epoch == epoch
                && e.hash == h
                && (e.name.is(name) || crate::types::str::str_eq(&e.name, name) == Some(true)))
            .then(|| e.value.clone())
        });
        if let Some(v) = hit {
            return Ok(v);
        }
    }
    let mro = with_data(t, |d| d.mro.borrow().clone());
    let start = match after {
        Some(a) => mro
            .iter()
            .position(|k| k.is(a))
            .map_or(mro.len(), |i| i + 1),
        None => 0,
    };
    let mut found = None;
    for k in &mro[start..] {
        let dict = type_dict(k);
        if let Some(v) = crate::types::dict::get_item(&dict, name)? {
            found = Some(v);
            break;
        }
    }
    // Only a lookup that changed no namespace on the way may be cached.
    if let (Some(h), Some(i)) = (hash, slot)
        && EPOCH.with(Cell::get) == epoch
    {
        CACHE.with(|c| {
            let mut c = c.borrow_mut();
            if c.is_empty() {
                c.resize_with(CACHE_SIZE, || None);
            }
            c[i] = Some(CacheEntry {
                ty: t.id(),
                after: after_id,
                hash: h,
                name: name.clone(),
                epoch,
                value: found.clone(),
            });
        });
    }
    Ok(found)
}

const CACHE_SIZE: usize = 4096;

/// One entry of the attribute cache: the result of looking `name` up on
/// the type at address `ty` (after the class at address `after`, or 0),
/// valid while no type namespace changed.
struct CacheEntry {
    ty: usize,
    after: usize,
    hash: i64,
    name: Obj,
    epoch: u64,
    value: Option<Obj>,
}

thread_local! {
    /// Bumped whenever any type's namespace changes.
    static EPOCH: Cell<u64> = const { Cell::new(0) };
    /// The per-thread attribute cache, direct-mapped by type and name.
    static CACHE: std::cell::RefCell<Vec<Option<CacheEntry>>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The current lookup epoch: a cached lookup made in an earlier epoch may
/// be stale.
#[inline]
pub fn epoch() -> u64 {
    EPOCH.with(Cell::get)
}

/// Where the thread's epoch is, for native code's caches (valid while the
/// thread runs).
pub fn epoch_ptr() -> *const u64 {
    EPOCH.with(Cell::as_ptr)
}

/// Invalidates every cached type attribute lookup (a type's namespace
/// changed, or one was created).
pub fn invalidate_caches() {
    EPOCH.with(|e| e.set(e.get() + 1));
}

/// Looks up a special method by its Rust-side name on the type of `o`.
pub fn lookup_special(o: &Obj, name: &str) -> PyResult<Option<Obj>> {
    lookup(&o.ty(), &crate::types::str::intern(name))
}

/// Sets an attribute in a type's namespace (for builtin type setup).
pub fn set_type_attr(t: &Obj, name: &str, value: Obj) {
    let dict = type_dict(t);
    let key = crate::types::str::new_str(name);
    // A fresh dict keyed by str cannot fail to insert.
    let _ = crate::types::dict::set_item(&dict, key, value);
}

/// `type.__getattribute__`: metatype data descriptors, then the MRO of the
/// type itself (descriptors bound with instance None), then other metatype
/// attributes.
fn type_getattr(t: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    let meta = t.ty();
    let meta_attr = lookup(&meta, name)?;
    if let Some(ma) = &meta_attr
        && ma.with_type(|d| d.slots.descr_set.get().is_some())
        && let Some(get) = ma.with_type(|d| d.slots.descr_get.get())
    {
        return get(ma, Some(t), &meta).map(Some);
    }
    if let Some(attr) = lookup(t, name)? {
        if let Some(get) = attr.with_type(|d| d.slots.descr_get.get()) {
            return get(&attr, None, t).map(Some);
        }
        return Ok(Some(attr));
    }
    if let Some(ma) = meta_attr {
        if let Some(get) = ma.with_type(|d| d.slots.descr_get.get()) {
            return get(&ma, Some(t), &meta).map(Some);
        }
        return Ok(Some(ma));
    }
    crate::types::object::special_type_attr(t, name)
}

fn type_setattr(t: &Obj, name: &Obj, value: Option<&Obj>) -> PyResult<()> {
    let heap = with_data(t, |d| d.is_heap);
    if !heap {
        let tname = with_data(t, |d| d.name());
        return Err(type_error(format!(
            "cannot set '{}' attribute of immutable type '{tname}'",
            crate::types::str::as_str(name).unwrap_or("?")
        )));
    }
    match crate::types::str::as_str(name) {
        Some(n @ ("__name__" | "__qualname__")) => return set_name(t, n, value),
        Some("__bases__") => return set_bases_attr(t, value),
        _ => {}
    }
    let dict = type_dict(t);
    match value {
        Some(v) => crate::types::dict::set_item(&dict, name.clone(), v.clone())?,
        None => {
            if !crate::types::dict::del_item(&dict, name)? {
                let tname = with_data(t, |d| d.name());
                return Err(crate::error::attribute_error(format!(
                    "type object '{tname}' has no attribute '{}'",
                    crate::types::str::as_str(name).unwrap_or("?")
                )));
            }
        }
    }
    crate::types::class::refresh_slots_and_subclasses(t);
    Ok(())
}

/// The TypeError for deleting one of a class's own attributes.
fn cannot_delete(t: &Obj, name: &str) -> PyErr {
    type_error(format!(
        "cannot delete '{name}' attribute of immutable type '{}'",
        with_data(t, |d| d.name())
    ))
}

/// `C.__name__ = v` and `C.__qualname__ = v` on a heap type.
fn set_name(t: &Obj, name: &str, value: Option<&Obj>) -> PyResult<()> {
    let v = value.ok_or_else(|| cannot_delete(t, name))?;
    let Some(s) = crate::types::str::as_str(v) else {
        return Err(type_error(format!(
            "can only assign string to {}.{name}, not '{}'",
            with_data(t, |d| d.name()),
            crate::protocol::type_name(v)
        )));
    };
    if name == "__name__" && s.contains('\0') {
        return Err(crate::error::value_error(
            "type name must not contain null characters",
        ));
    }
    with_data(t, |d| {
        let field = if name == "__name__" {
            &d.name
        } else {
            &d.qualname
        };
        *field.borrow_mut() = s.to_string();
    });
    Ok(())
}

/// `C.__bases__ = bases` on a heap type, as CPython's `type_set_bases`:
/// the same instance layout, no cycle, and a consistent MRO for the class
/// and every class below it (all recomputed, or none when one fails).
fn set_bases_attr(t: &Obj, value: Option<&Obj>) -> PyResult<()> {
    let v = value.ok_or_else(|| cannot_delete(t, "__bases__"))?;
    let tname = with_data(t, |d| d.name());
    if !crate::types::tuple::is_tuple(v) {
        return Err(type_error(format!(
            "can only assign tuple to {tname}.__bases__, not {}",
            crate::protocol::type_name(v)
        )));
    }
    let bases = crate::types::tuple::items(v).to_vec();
    if bases.is_empty() {
        return Err(type_error(format!(
            "can only assign non-empty tuple to {tname}.__bases__, not ()"
        )));
    }
    for b in &bases {
        if !is_type(b) {
            return Err(type_error(format!(
                "{tname}.__bases__ must be tuple of classes, not '{}'",
                crate::protocol::type_name(b)
            )));
        }
        if is_subtype(b, t) {
            return Err(type_error("a __bases__ item causes an inheritance cycle"));
        }
    }
    let old = with_data(t, |d| d.bases.borrow().clone());
    let (new_solid, old_solid) = (
        crate::types::class::solid_base(&bases)?,
        crate::types::class::solid_base(&old)?,
    );
    let shape = |b: &Obj| with_data(b, |d| (d.layout, d.nslots));
    if shape(&new_solid) != shape(&old_solid) {
        return Err(type_error(format!(
            "__bases__ assignment: '{}' object layout differs from '{}'",
            with_data(&new_solid, |d| d.name()),
            with_data(&old_solid, |d| d.name())
        )));
    }
    // The class, then the classes below it, each after its bases (a
    // base's MRO is shorter than its subclass's).
    let mut below = crate::types::class::subclasses(t);
    below.sort_by_key(|o| with_data(o, |d| d.mro.borrow().len()));
    let saved: Vec<(Obj, Vec<Obj>, Vec<Obj>)> = std::iter::once(t)
        .chain(&below)
        .map(|k| {
            with_data(k, |d| {
                (k.clone(), d.bases.borrow().clone(), d.mro.borrow().clone())
            })
        })
        .collect();
    with_data(t, |d| *d.bases.borrow_mut() = bases);
    for k in std::iter::once(t).chain(&below) {
        let kb = with_data(k, |d| d.bases.borrow().clone());
        match c3(k, &kb) {
            Ok(mro) => with_data(k, |d| *d.mro.borrow_mut() = mro),
            Err(heads) => {
                for (k, b, m) in saved {
                    with_data(&k, |d| {
                        *d.bases.borrow_mut() = b;
                        *d.mro.borrow_mut() = m;
                    });
                }
                return Err(crate::types::class::mro_error(&heads));
            }
        }
    }
    // The new bases have subclasses now (and their dunders must reach them).
    crate::types::class::mark_subclassed_bases(t);
    invalidate_caches();
    for k in std::iter::once(t).chain(&below) {
        crate::types::class::refresh_slots(k);
    }
    Ok(())
}

fn type_repr(t: &Obj) -> PyResult<Obj> {
    let name = with_data(t, |d| d.qualname.borrow().clone());
    // Builtin types defined by a module (`_io.TextIOWrapper`) carry
    // `__module__` in their dict too.
    let module = {
        match crate::types::dict::get_item(
            &type_dict(t),
            &crate::types::str::new_str("__module__"),
        )? {
            Some(m) => crate::types::str::as_str(&m).map(str::to_string),
            None => None,
        }
    };
    let text = match module {
        Some(m) if m != "builtins" => format!("<class '{m}.{name}'>"),
        _ => format!("<class '{name}'>"),
    };
    Ok(crate::types::str::new_str(&text))
}

/// `type(x)`, `type(name, bases, dict)`, and calling a class.
fn type_call(t: &Obj, args: &[Obj], kwnames: &[Obj]) -> PyResult<Obj> {
    if let [o] = args
        && kwnames.is_empty()
    {
        // `type(x)` and `str(x)`, the most common class calls with one
        // argument (CPython 3.11 specializes both): no instantiation
        // protocol.
        let (is_type, is_str) = rt::with(|rt| (t.is(&rt.types.type_), t.is(&rt.types.str)));
        if is_type {
            return Ok(o.ty());
        }
        if is_str {
            return crate::protocol::str(o);
        }
    }
    crate::types::class::instantiate(t, args, kwnames)
}

/// `type.__new__(meta, name, bases, ns, **kw)`.
fn type_new(meta: &Obj, args: &[Obj], kwnames: &[Obj]) -> PyResult<Obj> {
    let npos = args.len() - kwnames.len();
    let is_type_itself = meta.is(&rt::ty(|t| &t.type_));
    match &args[..npos] {
        [o] if is_type_itself && kwnames.is_empty() => Ok(o.ty()),
        [name, bases, ns] => {
            crate::types::class::new_class(meta, name, bases, ns, kwnames, &args[npos..])
        }
        _ if is_type_itself => Err(type_error("type() takes 1 or 3 arguments")),
        _ => Err(type_error(format!(
            "type.__new__() takes exactly 3 arguments ({npos} given)"
        ))),
    }
}

/// `type.__init__`: only checks the argument count.
fn type_init(_t: &Obj, args: &[Obj], kwnames: &[Obj]) -> PyResult<()> {
    let npos = args.len() - kwnames.len();
    if npos == 1 && !kwnames.is_empty() {
        return Err(type_error("type.__init__() takes no keyword arguments"));
    }
    if npos != 1 && npos != 3 {
        return Err(type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(())
}

/// The methods of `type` that are not slots.
fn type_methods(t: &Obj) {
    crate::types::function::add_method(t, "mro", |a, _| match a {
        [cls] if is_type(cls) => Ok(crate::types::list::new_list(with_data(cls, |d| {
            d.mro.borrow().clone()
        }))),
        _ => Err(type_error("mro() takes no arguments")),
    });
    crate::types::function::add_method(t, "__instancecheck__", |a, _| match a {
        [cls, o] => Ok(rt::bool_obj(is_instance(o, cls))),
        _ => Err(type_error("__instancecheck__() takes exactly one argument")),
    });
    crate::types::function::add_method(t, "__subclasscheck__", |a, _| match a {
        [cls, c] if is_type(c) => Ok(rt::bool_obj(is_subtype(c, cls))),
        [_, _] => Err(type_error("issubclass() arg 1 must be a class")),
        _ => Err(type_error("__subclasscheck__() takes exactly one argument")),
    });
    // `type.__prepare__(name, bases, **kw)`: a fresh namespace. Not a
    // method: looked up on a metaclass it is called without binding.
    set_type_attr(
        t,
        "__prepare__",
        crate::types::function::new_builtin("__prepare__", |_, _| {
            Ok(crate::types::dict::new_dict())
        }),
    );
}

/// A TypeError for a call that passed arguments the type doesn't take.
pub fn takes_no_arguments(t: &Obj) -> PyErr {
    let name = with_data(t, |d| d.name());
    type_error(format!("{name}() takes no arguments"))
}
