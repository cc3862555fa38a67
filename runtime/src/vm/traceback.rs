//! Printing an uncaught exception exactly as CPython 3.11 does: the
//! chain of causes and contexts, each traceback with its source lines and
//! `^` markers, and the `Type: message` line.

use std::cell::RefCell;
use std::collections::HashMap;

use crate::object::Obj;
use crate::protocol;
use crate::rt;
use crate::types::exception::{self, TbEntry};
use crate::types::str::as_str;

thread_local! {
    static LINES: RefCell<HashMap<String, Option<Vec<String>>>> = RefCell::new(HashMap::new());
}

/// Line `n` (1-based) of file `path`, if readable.
pub fn source_line(path: &str, n: u32) -> Option<String> {
    LINES.with(|cache| {
        let mut cache = cache.borrow_mut();
        let lines = cache.entry(path.to_string()).or_insert_with(|| {
            let bytes = std::fs::read(path).ok()?;
            let text = compiler::encoding::decode_source(path, bytes).ok()?;
            Some(text.split_inclusive('\n').map(str::to_string).collect())
        });
        lines.as_ref()?.get((n as usize).checked_sub(1)?).cloned()
    })
}

/// The whole report for an uncaught exception, chain included.
pub fn format_exception(exc: &Obj) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    format_chain(exc, &mut out, &mut seen);
    out
}

fn format_chain(exc: &Obj, out: &mut String, seen: &mut Vec<usize>) {
    seen.push(exc.id());
    if let Some(d) = exception::data(exc) {
        let cause = d.cause.borrow().clone();
        let context = d.context.borrow().clone();
        if let Some(c) = cause.filter(|c| !seen.contains(&c.id())) {
            format_chain(&c, out, seen);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        } else if let Some(c) =
            context.filter(|c| !d.suppress_context.get() && !seen.contains(&c.id()))
        {
            format_chain(&c, out, seen);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
    }
    format_one(exc, out);
}

fn format_one(exc: &Obj, out: &mut String) {
    let entries: Vec<TbEntry> = exception::data(exc)
        .map(|d| d.traceback.borrow().iter().rev().cloned().collect())
        .unwrap_or_default();
    if !entries.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        let mut last: Option<(String, u32, String)> = None;
        let mut repeats = 0;
        for e in &entries {
            let key = (e.filename.clone(), e.loc.0, e.name.clone());
            if last.as_ref() == Some(&key) {
                repeats += 1;
                if repeats >= 3 {
                    continue;
                }
            } else {
                flush_repeats(out, repeats);
                repeats = 0;
                last = Some(key);
            }
            format_entry(e, out);
        }
        flush_repeats(out, repeats);
    }
    out.push_str(&exception_line(exc));
}

fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= 3 {
        let n = repeats - 2;
        out.push_str(&format!(
            "  [Previous line repeated {n} more time{}]\n",
            if n == 1 { "" } else { "s" }
        ));
    }
}

fn format_entry(e: &TbEntry, out: &mut String) {
    let (line, col, end_line, end_col) = e.loc;
    out.push_str(&format!(
        "  File \"{}\", line {line}, in {}\n",
        e.filename, e.name
    ));
    let Some(original) = source_line(&e.filename, line) else {
        return;
    };
    let stripped = original.trim();
    if stripped.is_empty() {
        return;
    }
    out.push_str(&format!("    {stripped}\n"));
    let char_at = |byte: u32| -> usize {
        let b = (byte as usize).min(original.len());
        original.get(..b).map_or(b, |s| s.chars().count())
    };
    let start = char_at(col);
    let end = if end_line == line {
        char_at(end_col)
    } else {
        original.trim_end().chars().count()
    };
    let leading = original.chars().count() - original.trim_start().chars().count();
    if end > start && end - start < stripped.chars().count() {
        out.push_str("    ");
        out.push_str(&" ".repeat(start.saturating_sub(leading)));
        out.push_str(&"^".repeat(end - start));
        out.push('\n');
    }
}

/// `Type: message` (qualified by module unless builtins or __main__).
pub fn exception_line(exc: &Obj) -> String {
    let ty = exc.ty();
    let qual = crate::types::typeobj_ops::with_data(&ty, |d| d.qualname.borrow().clone());
    let module = protocol::getattr_str(&ty, "__module__")
        .ok()
        .and_then(|m| as_str(&m).map(str::to_string))
        .unwrap_or_else(|| "builtins".into());
    let name = if module == "builtins" || module == "__main__" {
        qual
    } else {
        format!("{module}.{qual}")
    };
    let msg = match protocol::str_string(exc) {
        Ok(m) => m,
        Err(_) => "<exception str() failed>".to_string(),
    };
    if msg.is_empty() {
        format!("{name}\n")
    } else {
        format!("{name}: {msg}\n")
    }
}

/// Whether `exc` is a SystemExit (handled by the caller, not printed).
pub fn is_system_exit(exc: &Obj) -> bool {
    crate::types::typeobj_ops::is_subtype(&exc.ty(), &rt::exc(rt::Exc::SystemExit))
}
