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
            let key = (e.filename().to_string(), e.loc.0, e.name().to_string());
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
    match syntax_error_block(exc) {
        Some((block, msg)) => {
            out.push_str(&block);
            out.push_str(&exception_line_with(exc, msg));
        }
        None => out.push_str(&exception_line(exc)),
    }
}

/// A SyntaxError's location block (`  File ..., line N`, the text and its
/// carets), rebuilt from the exception's attributes and printed by the
/// compiler's own `SyntaxError` Display, and the message CPython prints
/// after it (the `msg` attribute, not `str()`).
fn syntax_error_block(exc: &Obj) -> Option<(String, String)> {
    use compiler::diagnostics::{ErrorClass, SyntaxError};
    use rt::Exc;
    let is = |k: Exc| crate::types::typeobj_ops::is_subtype(&exc.ty(), &rt::exc(k));
    if !is(Exc::SyntaxError) {
        return None;
    }
    // The attributes, or what `SyntaxError(msg, (filename, lineno,
    // offset, text, end_lineno, end_offset))` was given.
    let args = protocol::getattr_str(exc, "args")
        .ok()
        .and_then(|a| protocol::collect(&a).ok())
        .unwrap_or_default();
    let details = args
        .get(1)
        .map(|d| crate::types::tuple::items(d).to_vec())
        .unwrap_or_default();
    let from_args = |name: &str| -> Option<Obj> {
        const NAMES: [&str; 6] = [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ];
        match name {
            "msg" => args.first().cloned(),
            _ => details.get(NAMES.iter().position(|n| *n == name)?).cloned(),
        }
    };
    let attr = |name: &str| {
        protocol::getattr_opt(exc, &crate::types::str::new_str(name))
            .ok()
            .flatten()
            .or_else(|| from_args(name))
            .filter(|v| !rt::is_none(v))
    };
    let int = |name: &str| {
        attr(name)
            .and_then(|v| crate::types::int::as_i64(&v))
            .and_then(|v| u32::try_from(v).ok())
    };
    let msg = protocol::str_string(&attr("msg")?).ok()?;
    let lineno = int("lineno")?;
    let filename = match attr("filename") {
        Some(f) => protocol::str_string(&f).ok()?,
        None => "<string>".to_string(),
    };
    let text = attr("text").and_then(|t| as_str(&t).map(str::to_string));
    let class = if is(Exc::TabError) {
        ErrorClass::TabError
    } else if is(Exc::IndentationError) {
        ErrorClass::IndentationError
    } else {
        ErrorClass::SyntaxError
    };
    let e = SyntaxError {
        class,
        msg: msg.clone(),
        filename,
        lineno,
        offset: int("offset").unwrap_or(0),
        end_lineno: int("end_lineno").unwrap_or(lineno),
        end_offset: int("end_offset").unwrap_or(0),
        text,
    };
    let shown = e.to_string();
    let tail = format!("{}: {}", class.name(), msg);
    let block = shown.strip_suffix(&tail)?.to_string();
    Some((block, msg))
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
        e.filename(),
        e.name()
    ));
    let Some(original) = source_line(e.filename(), line) else {
        return;
    };
    let original = original.trim_end_matches(['\n', '\r']);
    let text = original.trim_start_matches([' ', '\t', '\x0c']);
    if text.trim().is_empty() {
        return;
    }
    out.push_str(&format!("    {text}\n"));
    if line == 0 {
        return;
    }
    out.push_str(&carets(original, (col, end_col), line == end_line));
}

/// The marker line under a source line (empty when CPython shows none):
/// `tb_displayline` in CPython 3.11.7. `cols` are UTF-8 byte offsets into
/// `original`, the line without its newline; positions are counted in
/// characters and drawn in display columns (wide characters take two).
fn carets(original: &str, cols: (u32, u32), single_line: bool) -> String {
    let chars: Vec<char> = original.chars().collect();
    let char_at = |byte: u32| -> usize {
        let b = (byte as usize).min(original.len());
        let mut b2 = b;
        while !original.is_char_boundary(b2) {
            b2 -= 1;
        }
        original[..b2].chars().count()
    };
    let indent = chars
        .iter()
        .take_while(|c| matches!(c, ' ' | '\t' | '\x0c'))
        .count();
    let start = char_at(cols.0);
    let mut end = char_at(cols.1);
    let mut anchors = None;
    if single_line {
        if start < end {
            let segment: String = chars[start..end].iter().collect();
            if let Some((l, r)) = compiler::caret_anchors::caret_anchors(&segment) {
                let to_char = |b: usize| segment.get(..b).map_or(0, |s| s.chars().count());
                anchors = Some((to_char(l) + start, to_char(r) + start));
            }
        }
    } else {
        end = chars
            .iter()
            .rposition(|c| !matches!(c, ' ' | '\t' | '\x0c'))
            .map_or(0, |i| i + 1);
    }
    if end.saturating_sub(start) == chars.len() - indent && anchors.is_none() {
        return String::new();
    }
    let width = |upto: usize| -> usize {
        chars[..upto.min(chars.len())]
            .iter()
            .map(|&c| if is_wide(c) { 2 } else { 1 })
            .sum()
    };
    let mut s = String::from("    ");
    let (w_start, w_end) = (width(start), width(end.max(start)));
    s.push_str(&" ".repeat(w_start.saturating_sub(indent)));
    match anchors {
        Some((l, r)) => {
            let (wl, wr) = (width(l.max(start)), width(r.max(l).max(start)));
            let wl = wl.min(w_end);
            let wr = wr.min(w_end);
            s.push_str(&"~".repeat(wl - w_start));
            s.push_str(&"^".repeat(wr - wl));
            s.push_str(&"~".repeat(w_end - wr));
        }
        None => s.push_str(&"^".repeat(w_end - w_start)),
    }
    s.push('\n');
    s
}

/// Whether `c` takes two columns on a terminal (East Asian Width W or F).
fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x231A..=0x231B | 0x2329..=0x232A | 0x23E9..=0x23EC
        | 0x23F0 | 0x23F3 | 0x25FD..=0x25FE | 0x2614..=0x2615 | 0x2648..=0x2653
        | 0x267F | 0x2693 | 0x26A1 | 0x26AA..=0x26AB | 0x26BD..=0x26BE
        | 0x26C4..=0x26C5 | 0x26CE | 0x26D4 | 0x26EA | 0x26F2..=0x26F3 | 0x26F5
        | 0x26FA | 0x26FD | 0x2705 | 0x270A..=0x270B | 0x2728 | 0x274C | 0x274E
        | 0x2753..=0x2755 | 0x2757 | 0x2795..=0x2797 | 0x27B0 | 0x27BF
        | 0x2B1B..=0x2B1C | 0x2B50 | 0x2B55 | 0x2E80..=0x303E | 0x3041..=0x33FF
        | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xA000..=0xA4CF | 0xA960..=0xA97F
        | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE10..=0xFE19 | 0xFE30..=0xFE6F
        | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x16FE0..=0x1B2FF | 0x1F004 | 0x1F0CF
        | 0x1F18E | 0x1F191..=0x1F19A | 0x1F200..=0x1F251 | 0x1F300..=0x1F320
        | 0x1F32D..=0x1F335 | 0x1F337..=0x1F37C | 0x1F37E..=0x1F393
        | 0x1F3A0..=0x1F3CA | 0x1F3CF..=0x1F3D3 | 0x1F3E0..=0x1F3F0 | 0x1F3F4
        | 0x1F3F8..=0x1F43E | 0x1F440 | 0x1F442..=0x1F4FC | 0x1F4FF..=0x1F53D
        | 0x1F54B..=0x1F54E | 0x1F550..=0x1F567 | 0x1F57A | 0x1F595..=0x1F596
        | 0x1F5A4 | 0x1F5FB..=0x1F64F | 0x1F680..=0x1F6C5 | 0x1F6CC
        | 0x1F6D0..=0x1F6D2 | 0x1F6D5..=0x1F6D7 | 0x1F6EB..=0x1F6EC
        | 0x1F6F4..=0x1F6FC | 0x1F7E0..=0x1F7EB | 0x1F90C..=0x1F93A
        | 0x1F93C..=0x1F945 | 0x1F947..=0x1F9FF | 0x1FA70..=0x1FAFF
        | 0x20000..=0x2FFFD | 0x30000..=0x3FFFD)
}

/// `Type: message` (qualified by module unless builtins or __main__).
pub fn exception_line(exc: &Obj) -> String {
    let msg = match protocol::str_string(exc) {
        Ok(m) => m,
        Err(_) => "<exception str() failed>".to_string(),
    };
    exception_line_with(exc, msg)
}

/// `Type: message` with the given message.
fn exception_line_with(exc: &Obj, msg: String) -> String {
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
    let mut msg = msg;
    if let Some(s) = crate::types::exception_methods::suggestion(exc) {
        msg.push_str(&format!(". Did you mean: '{s}'?"));
    }
    let line = if msg.is_empty() {
        format!("{name}\n")
    } else {
        format!("{name}: {msg}\n")
    };
    line + &crate::types::exception_methods::notes_text(exc)
}

/// Whether `exc` is a SystemExit (handled by the caller, not printed).
pub fn is_system_exit(exc: &Obj) -> bool {
    crate::types::typeobj_ops::is_subtype(&exc.ty(), &rt::exc(rt::Exc::SystemExit))
}
