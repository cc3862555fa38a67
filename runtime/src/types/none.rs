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
    t
}

/// `NotImplementedType`.
pub fn not_implemented_type_data() -> TypeData {
    singleton_type("NotImplementedType", |_| {
        Ok(crate::types::str::new_str("NotImplemented"))
    })
}

/// `ellipsis`.
pub fn ellipsis_type_data() -> TypeData {
    singleton_type("ellipsis", |_| Ok(crate::types::str::new_str("Ellipsis")))
}

/// The one instance of a singleton type (immortal).
pub fn singleton(ty: &Obj) -> Obj {
    let o = alloc(ty.clone(), Singleton);
    o.make_immortal();
    o
}
