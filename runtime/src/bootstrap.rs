//! Builds the runtime state: `type` and `object` first (each refers to the
//! other), then every builtin type, the singletons and the exception
//! classes. Nothing here may call `rt::with`: the runtime does not exist
//! until this returns.

use std::cell::{Cell, RefCell};

use crate::object::{Obj, alloc, alloc_type_of_types};
use crate::rt::{Exc, Runtime, Singletons, Types};
use crate::types::typeobj::TypeData;
use crate::types::{
    dict, exception, function, int, list, module, none, object, str, tuple, typeobj_ops,
};

/// Creates the runtime state for this thread.
pub fn build() -> Runtime {
    let type_ = alloc_type_of_types(typeobj_ops::type_type_data());
    let object = alloc(type_.clone(), object::type_data());
    object.make_immortal();
    let mk = |data: TypeData| {
        let t = alloc(type_.clone(), data);
        t.make_immortal();
        t
    };
    let types = Types {
        int: mk(int::int_type_data()),
        bool: mk(int::bool_type_data()),
        float: mk(crate::types::float::type_data()),
        str: mk(str::type_data()),
        tuple: mk(tuple::type_data()),
        list: mk(list::type_data()),
        dict: mk(dict::type_data()),
        none: mk(none::none_type_data()),
        not_implemented: mk(none::not_implemented_type_data()),
        ellipsis: mk(none::ellipsis_type_data()),
        builtin_function: mk(function::builtin_type_data()),
        module: mk(module::type_data()),
        type_: type_.clone(),
        object,
    };
    let singletons = Singletons {
        none: none::singleton(&types.none),
        true_: int::new_bool(&types.bool, true),
        false_: int::new_bool(&types.bool, false),
        not_implemented: none::singleton(&types.not_implemented),
        ellipsis: none::singleton(&types.ellipsis),
        empty_tuple: tuple::new_empty(&types.tuple),
    };
    crate::rt::set_singleton_words(&singletons.true_, &singletons.false_, &singletons.none);
    crate::rt::set_type_words(&types);
    let mut exceptions: Vec<Obj> = Vec::new();
    // Each MRO is computed from its bases' MROs: object's first, then
    // BaseException's, then the table in parent-before-child order.
    typeobj_ops::set_bases(&types.object, vec![]);
    let base = mk(exception::base_type_data("BaseException"));
    typeobj_ops::set_bases(&base, vec![types.object.clone()]);
    exceptions.push(base);
    for (kind, name, parent) in Exc::TABLE {
        debug_assert_eq!(*kind as usize, exceptions.len());
        let t = mk(exception::derived_type_data(name));
        typeobj_ops::set_bases(&t, vec![exceptions[*parent as usize].clone()]);
        exceptions.push(t);
    }
    // ExceptionGroup is also an Exception.
    typeobj_ops::set_bases(
        &exceptions[Exc::ExceptionGroup as usize],
        vec![
            exceptions[Exc::BaseExceptionGroup as usize].clone(),
            exceptions[Exc::Exception as usize].clone(),
        ],
    );
    let rt = Runtime {
        types,
        singletons,
        exceptions,
        modules: RefCell::new(None),
        builtins: RefCell::new(None),
        handled: RefCell::new(Vec::new()),
        optimize: Cell::new(0),
        inspect: Cell::new(false),
    };
    let t = &rt.types;
    for builtin in [
        &t.int,
        &t.float,
        &t.str,
        &t.tuple,
        &t.list,
        &t.dict,
        &t.none,
        &t.not_implemented,
        &t.ellipsis,
        &t.builtin_function,
        &t.module,
        &t.type_,
    ] {
        typeobj_ops::set_bases(builtin, vec![t.object.clone()]);
    }
    typeobj_ops::set_bases(&t.bool, vec![t.int.clone()]);
    typeobj_ops::set_bases(&t.object, vec![]);
    rt
}
