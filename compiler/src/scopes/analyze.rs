//! The second pass: resolve every symbol of every block to local, global
//! (explicit or implicit), free or cell, exactly as CPython's
//! `analyze_block` does, and raise the errors that need the whole tree
//! (`nonlocal` without a binding, and friends).

use std::collections::HashSet;

use super::builder::{
    BlockKind, Builder, DEF_BOUND, DEF_FREE_CLASS, DEF_GLOBAL, DEF_NONLOCAL, Resolution,
};
use crate::diagnostics::SyntaxError;
use crate::parse::error_at;
use crate::source::SourceFile;

type Names = HashSet<String>;

/// Analyzes the whole table, starting at the module (block 0).
pub(super) fn analyze(src: &SourceFile, b: &mut Builder<'_>) -> Result<(), SyntaxError> {
    let mut free = Names::new();
    analyze_block(src, b, 0, None, &mut free, Names::new())
}

fn analyze_block(
    src: &SourceFile,
    b: &mut Builder<'_>,
    id: usize,
    mut bound: Option<Names>,
    free: &mut Names,
    mut global: Names,
) -> Result<(), SyntaxError> {
    let kind = b.entries[id].kind;
    let mut local = Names::new();
    let mut newglobal = Names::new();
    let mut newfree = Names::new();
    let mut newbound = Names::new();
    // Class bindings are invisible to nested functions, so what children see
    // is fixed before the class's own names are analyzed.
    if kind == BlockKind::Class {
        newglobal.extend(global.iter().cloned());
        if let Some(bound) = &bound {
            newbound.extend(bound.iter().cloned());
        }
    }
    let names: Vec<(String, u32)> = {
        let s = &b.entries[id].symbols;
        s.names
            .iter()
            .cloned()
            .zip(s.flags.iter().copied())
            .collect()
    };
    for (name, flags) in names {
        let r = analyze_name(
            src,
            b,
            id,
            &name,
            flags,
            &mut bound,
            &mut local,
            free,
            &mut global,
        )?;
        b.entries[id].symbols.set_resolution(&name, r);
    }
    if kind == BlockKind::Class {
        newbound.insert("__class__".to_string());
    } else {
        if kind.is_function_like() {
            newbound.extend(local.iter().cloned());
        }
        if let Some(bound) = &bound {
            newbound.extend(bound.iter().cloned());
        }
        newglobal.extend(global.iter().cloned());
    }
    let mut allfree = Names::new();
    for child in b.entries[id].children.clone() {
        let mut child_free = newfree.clone();
        analyze_block(
            src,
            b,
            child,
            Some(newbound.clone()),
            &mut child_free,
            newglobal.clone(),
        )?;
        allfree.extend(child_free);
    }
    newfree.extend(allfree);
    let entry = &mut b.entries[id];
    if kind.is_function_like() {
        // Locals that children capture become cells.
        for i in 0..entry.symbols.names.len() {
            if entry.symbols.resolution[i] == Resolution::Local
                && newfree.remove(&entry.symbols.names[i])
            {
                entry.symbols.resolution[i] = Resolution::Cell;
            }
        }
    } else if kind == BlockKind::Class && newfree.remove("__class__") {
        entry.needs_class_closure = true;
    }
    // Record free variables passing through this block.
    let mut passing: Vec<&String> = newfree.iter().collect();
    passing.sort();
    for name in passing {
        if entry.symbols.contains(name) {
            let flags = entry.symbols.get(name);
            if kind == BlockKind::Class && flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                entry.symbols.set(name, flags | DEF_FREE_CLASS);
            }
            continue;
        }
        if bound.as_ref().is_some_and(|b| !b.contains(name)) {
            continue;
        }
        entry.symbols.set(name, 0);
        entry.symbols.set_resolution(name, Resolution::Free);
    }
    free.extend(newfree);
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn analyze_name(
    src: &SourceFile,
    b: &Builder<'_>,
    id: usize,
    name: &str,
    flags: u32,
    bound: &mut Option<Names>,
    local: &mut Names,
    free: &mut Names,
    global: &mut Names,
) -> Result<Resolution, SyntaxError> {
    let directive_error = |msg: String| {
        let entry = &b.entries[id];
        let range = entry
            .directives
            .iter()
            .find(|(n, _)| n == name)
            .map_or(entry.range, |(_, r)| *r);
        error_at(src, msg, range)
    };
    if flags & DEF_GLOBAL != 0 {
        if flags & DEF_NONLOCAL != 0 {
            return Err(directive_error(format!(
                "name '{name}' is nonlocal and global"
            )));
        }
        global.insert(name.to_string());
        if let Some(bound) = bound {
            bound.remove(name);
        }
        return Ok(Resolution::GlobalExplicit);
    }
    if flags & DEF_NONLOCAL != 0 {
        let Some(bound) = bound else {
            return Err(directive_error(
                "nonlocal declaration not allowed at module level".to_string(),
            ));
        };
        if !bound.contains(name) {
            return Err(directive_error(format!(
                "no binding for nonlocal '{name}' found"
            )));
        }
        free.insert(name.to_string());
        return Ok(Resolution::Free);
    }
    if flags & DEF_BOUND != 0 {
        local.insert(name.to_string());
        global.remove(name);
        return Ok(Resolution::Local);
    }
    if bound.as_ref().is_some_and(|b| b.contains(name)) {
        free.insert(name.to_string());
        return Ok(Resolution::Free);
    }
    Ok(Resolution::GlobalImplicit)
}
