//! Cells: the boxes that closures share.

use std::cell::RefCell;

use crate::object::{Obj, alloc};
use crate::types::typeobj::TypeData;

/// The payload of a cell: empty until assigned.
pub struct CellData(pub RefCell<Option<Obj>>);

thread_local! {
    static CELL_TYPE: Obj = {
        let t = TypeData::new::<CellData>("cell").final_type();
        t.slots.traverse.set(Some(|o, f| {
            if let Some(c) = o.downcast::<CellData>()
                && let Ok(v) = c.0.try_borrow()
                && let Some(v) = v.as_ref()
            {
                f(v);
            }
        }));
        t.slots.clear.set(Some(|o| set(o, None)));
        t.slots.repr.set(Some(|o| {
            let text = match o.downcast::<CellData>().and_then(|c| c.0.borrow().clone()) {
                Some(v) => format!(
                    "<cell at {:#x}: {} object at {:#x}>",
                    o.id(),
                    crate::protocol::type_name(&v),
                    v.id()
                ),
                None => format!("<cell at {:#x}: empty>", o.id()),
            };
            Ok(crate::types::str::new_str(&text))
        }));
        t.slots.getattr.set(Some(|o, name| {
            if crate::types::str::as_str(name) == Some("cell_contents") {
                return match get(o) {
                    Some(v) => Ok(Some(v)),
                    None => Err(crate::error::value_error("Cell is empty")),
                };
            }
            crate::types::object::generic_getattr(o, name)
        }));
        let ty = crate::types::class::new_builtin_type(t);
        ty.make_immortal();
        ty
    };
}

/// The cell type (immortal).
pub fn cell_type() -> Obj {
    CELL_TYPE.with(Obj::clone)
}

/// A new cell holding `value`.
pub fn new_cell(value: Option<Obj>) -> Obj {
    alloc(CELL_TYPE.with(Obj::clone), CellData(RefCell::new(value)))
}

/// The contents of a cell.
pub fn get(cell: &Obj) -> Option<Obj> {
    cell.downcast::<CellData>()
        .and_then(|c| c.0.borrow().clone())
}

/// Sets (or empties) a cell.
pub fn set(cell: &Obj, value: Option<Obj>) {
    if let Some(c) = cell.downcast::<CellData>() {
        let old = c.0.replace(value);
        drop(old);
    }
}
