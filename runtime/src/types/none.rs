//! `None`, `NotImplemented` and `Ellipsis`: payload-less singletons.

use crate::object::{Obj, alloc};
use crate::types::typeobj::TypeData;

/// The payload of the singletons.
pub struct Singleton;

fn singleton_type(name: &str, repr: fn(&Obj) -> crate::error::PyResult<Obj>) -> TypeData {
    let t = TypeData::new::<Singleton>(name).final_type();
    t.slots.repr.set(Some(repr));
    // Identity hashing, as `object.__hash__`.
    t.slots.hash.set(Some(|o| Ok((o.id() >> 4) as i64)));
    t
}

/// `NoneType`.
pub fn none_type_data() -> TypeData {
    let t = singleton_type("NoneType", |_| Ok(crate::types::str::new_str("None")));
    t.slots.bool.set(Some(|_| Ok(false)));
    t.slots.new.set(Some(|cls, args, kw| {
        no_args(cls, args, kw)?;
        Ok(crate::rt::none())
    }));
    t
}

/// `NotImplementedType`.
pub fn not_implemented_type_data() -> TypeData {
    let t = singleton_type("NotImplementedType", |_| {
        Ok(crate::types::str::new_str("NotImplemented"))
    });
    t.slots.new.set(Some(|cls, args, kw| {
        no_args(cls, args, kw)?;
        Ok(crate::rt::not_implemented())
    }));
    t
}

/// `ellipsis`.
pub fn ellipsis_type_data() -> TypeData {
    let t = singleton_type("ellipsis", |_| Ok(crate::types::str::new_str("Ellipsis")));
    t.slots.new.set(Some(|cls, args, kw| {
        no_args(cls, args, kw)?;
        Ok(crate::rt::with(|rt| rt.singletons.ellipsis.clone()))
    }));
    t
}

/// The singletons' constructors take no arguments ("NoneType takes no
/// arguments").
fn no_args(cls: &Obj, args: &[Obj], kwnames: &[Obj]) -> crate::error::PyResult<()> {
    if args.is_empty() && kwnames.is_empty() {
        return Ok(());
    }
    let name = crate::types::typeobj_ops::with_data(cls, |d| d.name());
    Err(crate::error::type_error(format!(
        "{name} takes no arguments"
    )))
}

/// The one instance of a singleton type (immortal).
pub fn singleton(ty: &Obj) -> Obj {
    let o = alloc(ty.clone(), Singleton);
    o.make_immortal();
    o
}
