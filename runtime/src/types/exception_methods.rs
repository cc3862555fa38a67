//! The methods of BaseException (`__init__`, `with_traceback`,
//! `add_note`) and NameError's and AttributeError's suggestions
//! ("Did you mean: ...?", CPython's Python/suggestions.c).

use crate::error::{PyResult, type_error};
use crate::object::Obj;
use crate::protocol;
use crate::rt;
use crate::types::exception::{self, TbEntry};
use crate::types::str::{as_str, new_str};

/// Installs BaseException's methods on its type.
pub fn install(t: &Obj) {
    use crate::types::function::add_method;
    add_method(t, "__init__", init);
    add_method(t, "with_traceback", with_traceback);
    add_method(t, "add_note", add_note);
}

fn init(args: &[Obj], kwnames: &[Obj]) -> PyResult<Obj> {
    let Some(me) = args.first() else {
        return Err(type_error(
            "descriptor '__init__' of 'BaseException' object needs an argument",
        ));
    };
    if !kwnames.is_empty() {
        return Err(type_error(format!(
            "{}() takes no keyword arguments",
            protocol::type_name(me)
        )));
    }
    if let Some(d) = exception::data(me) {
        *d.args.borrow_mut() = crate::types::tuple::new_tuple(args[1..].to_vec());
    }
    Ok(rt::none())
}

fn with_traceback(args: &[Obj], _kw: &[Obj]) -> PyResult<Obj> {
    let [me, tb] = args else {
        return Err(type_error(format!(
            "BaseException.with_traceback() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    set_traceback(me, tb)?;
    Ok(me.clone())
}

/// `exc.__traceback__ = tb`.
pub fn set_traceback(exc: &Obj, tb: &Obj) -> PyResult<()> {
    let entries = crate::types::traceback_obj::entries_from_chain(tb)?;
    if let Some(d) = exception::data(exc) {
        *d.traceback.borrow_mut() = entries;
    }
    Ok(())
}

fn add_note(args: &[Obj], _kw: &[Obj]) -> PyResult<Obj> {
    let [me, note] = args else {
        return Err(type_error(format!(
            "BaseException.add_note() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    if as_str(note).is_none() {
        return Err(type_error(format!(
            "note must be a str, not '{}'",
            protocol::type_name(note)
        )));
    }
    let key = new_str("__notes__");
    let notes = match protocol::getattr(me, &key) {
        Ok(n) => n,
        Err(e) if e.matches(rt::Exc::AttributeError) => {
            let n = crate::types::list::new_list(Vec::new());
            protocol::setattr(me, &key, Some(&n))?;
            n
        }
        Err(e) => return Err(e),
    };
    if !crate::types::list::is_list(&notes) {
        return Err(type_error("Cannot add note: __notes__ is not a list"));
    }
    crate::types::list::append(&notes, note.clone());
    Ok(rt::none())
}

/// The lines `__notes__` adds after the exception line when printed.
pub fn notes_text(exc: &Obj) -> String {
    let Ok(notes) = protocol::getattr_str(exc, "__notes__") else {
        return String::new();
    };
    let mut out = String::new();
    if crate::types::str::is_str(&notes) || !is_sequence(&notes) {
        let r =
            protocol::repr_string(&notes).unwrap_or_else(|_| "<__notes__ repr() failed>".into());
        out.push_str(&r);
        out.push('\n');
        return out;
    }
    let Ok(items) = protocol::collect(&notes) else {
        return out;
    };
    for n in items {
        let text = match as_str(&n) {
            Some(s) => s.to_string(),
            None => protocol::str_string(&n).unwrap_or_else(|_| "<note str() failed>".into()),
        };
        out.push_str(&text);
        out.push('\n');
    }
    out
}

fn is_sequence(o: &Obj) -> bool {
    crate::types::list::is_list(o) || crate::types::tuple::is_tuple(o)
}

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's `levenshtein_distance` over UTF-8 bytes, giving up above
/// `max_cost`.
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let mut a = a;
    let mut b = b;
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest of `candidates` to `name`, as CPython picks it.
fn closest(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<&String> = None;
    let mut best_distance = usize::MAX;
    for item in candidates {
        if item == name {
            continue;
        }
        let max =
            ((name.len() + item.len() + 3) * MOVE_COST / 6).min(best_distance.saturating_sub(1));
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none() || d < best_distance {
            best = Some(item);
            best_distance = d;
        }
    }
    best.cloned()
}

fn keys(mapping: &Obj) -> Vec<String> {
    crate::types::dict::keys(mapping)
        .iter()
        .filter_map(|k| as_str(k).map(str::to_string))
        .collect()
}

/// The "Did you mean" suggestion CPython prints after a NameError's or an
/// AttributeError's message, if any.
pub fn suggestion(exc: &Obj) -> Option<String> {
    let ty = exc.ty();
    let is = |k: rt::Exc| crate::types::typeobj_ops::is_subtype(&ty, &rt::exc(k));
    let name = exception::data(exc)?;
    let attr = |n: &str| {
        protocol::getattr_str(exc, n)
            .ok()
            .filter(|v| !rt::is_none(v))
    };
    if is(rt::Exc::NameError) {
        let name_obj = attr("name")?;
        let n = as_str(&name_obj)?.to_string();
        let tb = name.traceback.borrow();
        let entry: &TbEntry = tb.first()?;
        let co = entry.code.co();
        let locals: Vec<String> = co
            .varnames
            .iter()
            .chain(&co.cellvars)
            .chain(&co.freevars)
            .cloned()
            .collect();
        return closest(&locals, &n)
            .or_else(|| closest(&keys(&entry.globals), &n))
            .or_else(|| closest(&keys(&crate::builtins::builtins_dict()), &n));
    }
    if is(rt::Exc::AttributeError) {
        let name_obj = attr("name")?;
        let obj = attr("obj")?;
        let n = as_str(&name_obj)?.to_string();
        return closest(&dir_names(&obj), &n);
    }
    None
}

/// The names `dir(obj)` would list: the instance dict, then the type's
/// MRO dicts (a module's dict for a module).
fn dir_names(obj: &Obj) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if let Some(d) = obj.dict() {
        out.extend(keys(&d));
    }
    let ty = if crate::types::typeobj_ops::is_type(obj) {
        obj.clone()
    } else {
        obj.ty()
    };
    let mro = crate::types::typeobj_ops::with_data(&ty, |t| t.mro.borrow().clone());
    for k in &mro {
        out.extend(keys(&crate::types::typeobj_ops::type_dict(k)));
    }
    out.sort();
    out.dedup();
    out
}
