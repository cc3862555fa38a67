//! `traceback` and `frame` objects as Python sees them through
//! `exc.__traceback__`: built on demand from an exception's traceback
//! entries (which stay the source of truth), and turned back into entries
//! when assigned with `with_traceback` or `__traceback__ = tb`.

use std::cell::RefCell;

use crate::error::{PyResult, type_error};
use crate::object::{Obj, alloc};
use crate::rt;
use crate::types::exception::TbEntry;
use crate::types::int::from_i64;
use crate::types::str::as_str;
use crate::types::typeobj::TypeData;

/// A traceback object: one entry and the next (inner) traceback.
pub struct TracebackData {
    entry: TbEntry,
    next: RefCell<Option<Obj>>,
}

/// A frame object: what a traceback entry knows of its frame.
pub struct FrameData {
    entry: TbEntry,
}

thread_local! {
    static TRACEBACK_TYPE: Obj = {
        let t = TypeData::new::<TracebackData>("traceback").final_type();
        t.slots.getattr.set(Some(tb_getattr));
        t.slots.setattr.set(Some(tb_setattr));
        let ty = crate::types::class::new_builtin_type(t);
        ty.make_immortal();
        ty
    };
    static FRAME_TYPE: Obj = {
        let t = TypeData::new::<FrameData>("frame").final_type();
        t.slots.getattr.set(Some(frame_getattr));
        t.slots.repr.set(Some(|o| {
            let text = match o.downcast::<FrameData>() {
                Some(f) => format!(
                    "<frame at {:#x}, file '{}', line {}, code {}>",
                    o.id(),
                    f.entry.filename(),
                    f.entry.loc.0,
                    f.entry.name()
                ),
                None => "<frame>".into(),
            };
            Ok(crate::types::str::new_str(&text))
        }));
        let ty = crate::types::class::new_builtin_type(t);
        ty.make_immortal();
        ty
    };
}

/// The traceback object chain for `entries` (innermost first), outermost
/// first as `__traceback__` shows it; None when empty.
pub fn chain_from_entries(entries: &[TbEntry]) -> Obj {
    let mut next: Option<Obj> = None;
    for e in entries {
        let tb = alloc(
            TRACEBACK_TYPE.with(Obj::clone),
            TracebackData {
                entry: e.clone(),
                next: RefCell::new(next.take()),
            },
        );
        next = Some(tb);
    }
    next.unwrap_or_else(rt::none)
}

/// The entries (innermost first) of traceback `tb`, or None for None;
/// a TypeError for anything else.
pub fn entries_from_chain(tb: &Obj) -> PyResult<Vec<TbEntry>> {
    if rt::is_none(tb) {
        return Ok(Vec::new());
    }
    if tb.downcast::<TracebackData>().is_none() {
        return Err(type_error("__traceback__ must be a traceback or None"));
    }
    let mut out = Vec::new();
    let mut cur = Some(tb.clone());
    while let Some(t) = cur {
        let Some(d) = t.downcast::<TracebackData>() else {
            break;
        };
        out.push(d.entry.clone());
        cur = d.next.borrow().clone();
        if out.len() > 1_000_000 {
            break;
        }
    }
    out.reverse();
    Ok(out)
}

/// A frame object for a live (suspended) frame: `gen.gi_frame`.
pub fn frame_of(frame: &crate::vm::frame::Frame) -> Obj {
    let pc = frame.resume.map_or(frame.pc, |(_, p)| p);
    let l = frame.code.co().locs.get(pc).copied().unwrap_or_default();
    frame_object(&TbEntry {
        code: frame.code.clone(),
        globals: frame.globals.clone(),
        lasti: pc as u32,
        loc: (l.line, l.col, l.end_line, l.end_col),
    })
}

fn frame_object(entry: &TbEntry) -> Obj {
    alloc(
        FRAME_TYPE.with(Obj::clone),
        FrameData {
            entry: entry.clone(),
        },
    )
}

fn tb_getattr(o: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    if let (Some(d), Some(n)) = (o.downcast::<TracebackData>(), as_str(name)) {
        match n {
            "tb_next" => return Ok(Some(d.next.borrow().clone().unwrap_or_else(rt::none))),
            "tb_lineno" => return Ok(Some(from_i64(d.entry.loc.0 as i64))),
            "tb_lasti" => return Ok(Some(from_i64(d.entry.lasti as i64 * 2))),
            "tb_frame" => return Ok(Some(frame_object(&d.entry))),
            _ => {}
        }
    }
    crate::types::object::generic_getattr(o, name)
}

fn tb_setattr(o: &Obj, name: &Obj, value: Option<&Obj>) -> PyResult<()> {
    if let (Some(d), Some("tb_next")) = (o.downcast::<TracebackData>(), as_str(name)) {
        let v = value.filter(|v| !rt::is_none(v)).cloned();
        if let Some(v) = &v {
            if v.downcast::<TracebackData>().is_none() {
                return Err(type_error(format!(
                    "expected traceback object or None, got '{}'",
                    crate::protocol::type_name(v)
                )));
            }
            let mut cur = Some(v.clone());
            while let Some(t) = cur {
                if t.is(o) {
                    return Err(crate::error::value_error("traceback loop detected"));
                }
                cur = t
                    .downcast::<TracebackData>()
                    .and_then(|x| x.next.borrow().clone());
            }
        }
        *d.next.borrow_mut() = v;
        return Ok(());
    }
    crate::types::object::generic_setattr(o, name, value)
}

fn frame_getattr(o: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    if let (Some(d), Some(n)) = (o.downcast::<FrameData>(), as_str(name)) {
        match n {
            "f_code" => return Ok(Some(crate::vm::code::code_object(d.entry.code.clone()))),
            "f_lineno" => return Ok(Some(from_i64(d.entry.loc.0 as i64))),
            "f_lasti" => return Ok(Some(from_i64(d.entry.lasti as i64 * 2))),
            "f_globals" => return Ok(Some(d.entry.globals.clone())),
            "f_builtins" => return Ok(Some(crate::builtins::builtins_dict())),
            "f_back" => return Ok(Some(rt::none())),
            _ => {}
        }
    }
    crate::types::object::generic_getattr(o, name)
}
