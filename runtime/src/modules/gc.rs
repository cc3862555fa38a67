//! The `gc` module: the cycle collector's controls.

use crate::object::Obj;
use crate::rt;
use crate::types::int;

/// Creates the `gc` module.
pub fn new_module() -> Obj {
    let m = crate::types::module::new_module("gc");
    super::add(&m, "collect", |_, _| {
        Ok(int::from_i64(crate::gc::collect() as i64))
    });
    super::add(&m, "enable", |_, _| {
        crate::gc::set_enabled(true);
        Ok(rt::none())
    });
    super::add(&m, "disable", |_, _| {
        crate::gc::set_enabled(false);
        Ok(rt::none())
    });
    super::add(&m, "isenabled", |_, _| {
        Ok(rt::bool_obj(crate::gc::is_enabled()))
    });
    super::add(&m, "get_count", |_, _| {
        Ok(crate::types::tuple::new_tuple(vec![
            int::from_i64(crate::gc::count() as i64),
            int::from_i64(0),
            int::from_i64(0),
        ]))
    });
    m
}
