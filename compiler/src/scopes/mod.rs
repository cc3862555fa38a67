//! The symbol table: which scopes a module has and how every name in each
//! of them is loaded, stored and deleted, with CPython 3.11's rules and its
//! symtable errors.
//!
//! Three passes, as in CPython: `builder` walks the tree in `symtable.c`'s
//! order recording definition flags (and raising the errors found while
//! visiting), `analyze` resolves each name to local / global / free / cell
//! (raising the errors that need the whole tree), and `varnames` replays
//! the compiler's evaluation order to get `co_varnames` right.
//!
//! Comprehensions and generator expressions are function scopes of their
//! own (3.11, not 3.12's inlining). With `from __future__ import
//! annotations`, annotations are visited in throwaway blocks that are
//! never published: they can raise errors but bind and use nothing.

mod analyze;
mod builder;
mod varnames;

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt::Write as _;

use ruff_python_ast as ast;
use ruff_text_size::{Ranged, TextRange};

use builder::{BlockKind, Builder, DEF_FREE_CLASS, Resolution};

use crate::diagnostics::SyntaxError;
use crate::parse::error_at;
use crate::source::SourceFile;

/// Builds the symbol table of `module`, or reports the first error CPython's
/// symtable (or its future-statement check, which runs just before) raises.
pub fn build(src: &SourceFile, module: &ast::ModModule) -> Result<ScopeTable, SyntaxError> {
    let (future_annotations, future_line) = future_features(src, module)?;
    let mut b = Builder::new(src, future_annotations);
    b.visit_module(module)?;
    analyze::analyze(src, &mut b)?;
    late_future_import(src, &module.body, future_line)?;
    Ok(publish(b, module, future_annotations))
}

/// Identifies a scope in a [`ScopeTable`]; the module is `ScopeId(0)` and
/// ids follow the scopes' depth-first order.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct ScopeId(pub u32);

/// The symbol table of one module.
pub struct ScopeTable {
    scopes: Vec<Scope>,
    by_range: HashMap<TextRange, ScopeId>,
}

/// How a name is loaded, stored or deleted: the opcode family CPython's
/// `compiler_nameop` picks.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum NameOp {
    /// A function-local slot (`LOAD_FAST`).
    Fast,
    /// A cell or free variable (`LOAD_DEREF`).
    Deref,
    /// A free variable read in a class body (`LOAD_CLASSDEREF`); stores and
    /// deletes treat it as `Deref`.
    ClassDeref,
    /// `LOAD_GLOBAL`: an explicit global anywhere, or an implicit global in
    /// a function-like scope.
    Global,
    /// `LOAD_NAME`: module and class bodies, and names unknown there.
    Name,
}

/// What kind of code a scope becomes.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum ScopeKind {
    /// The module body.
    Module,
    /// A class body.
    Class,
    /// A `def` or `async def`.
    Function,
    /// A `lambda`.
    Lambda,
    /// A list, set or dict comprehension or a generator expression.
    Comprehension,
}

impl ScopeKind {
    /// Whether names live in fast slots (CPython's `FunctionBlock`).
    pub fn is_function_like(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// One scope: what CPython's code object for it would hold.
#[derive(Clone, Debug)]
pub struct Scope {
    /// The kind of code.
    pub kind: ScopeKind,
    /// `co_name`: "<module>", the function or class name, "<lambda>",
    /// "<listcomp>", "<setcomp>", "<dictcomp>" or "<genexpr>".
    pub name: String,
    /// `co_qualname` / `__qualname__`.
    pub qualname: String,
    /// The enclosing scope (`None` for the module).
    pub parent: Option<ScopeId>,
    /// The range of the node that creates the scope.
    pub range: TextRange,
    /// Parameter names in `co_varnames` order: positional-only and normal,
    /// keyword-only, `*args`, `**kwargs`; comprehensions have ".0".
    pub params: Vec<String>,
    /// `co_varnames`: parameters, then other fast locals in the order the
    /// compiler first uses them (function-like scopes only).
    pub locals: Vec<String>,
    /// `co_cellvars`: cell parameters in parameter order, then the other
    /// cells sorted; a class with `needs_class_cell` has just `__class__`.
    pub cellvars: Vec<String>,
    /// `co_freevars`, sorted.
    pub freevars: Vec<String>,
    /// Contains `yield` / `yield from`, or is a generator expression.
    pub is_generator: bool,
    /// `async def`, or a comprehension that awaits (or iterates with
    /// `async for`).
    pub is_coroutine: bool,
    /// Class scope: a method uses `super` or `__class__`, so the body
    /// creates the `__class__` cell.
    pub needs_class_cell: bool,
    /// Module: `from __future__ import annotations` is in effect.
    pub has_future_annotations: bool,
    /// Nested scopes in symbol-table order.
    pub children: Vec<ScopeId>,
    /// The class name private names are mangled with, if any.
    private: Option<String>,
    /// Every symbol of the scope and its operation family.
    symbols: HashMap<String, NameOp>,
}

impl Scope {
    /// The scope's symbols (mangled names) with their operation families,
    /// sorted by name.
    pub fn symbols(&self) -> Vec<(&str, NameOp)> {
        let mut v: Vec<(&str, NameOp)> = self
            .symbols
            .iter()
            .map(|(n, op)| (n.as_str(), *op))
            .collect();
        v.sort_by(|a, b| a.0.cmp(b.0));
        v
    }
}

impl ScopeTable {
    /// The module scope.
    pub fn module(&self) -> ScopeId {
        ScopeId(0)
    }

    /// The scope created by the def, lambda, class or comprehension node
    /// whose full `range()` is `node`.
    ///
    /// # Panics
    /// If no such node was seen: a caller bug (annotations stringified by
    /// `from __future__ import annotations` have no scopes).
    pub fn scope_of(&self, node: TextRange) -> ScopeId {
        self.try_scope_of(node)
            .unwrap_or_else(|| panic!("no scope is created by the node at {node:?}"))
    }

    /// Like [`ScopeTable::scope_of`], but `None` for an unknown node.
    pub fn try_scope_of(&self, node: TextRange) -> Option<ScopeId> {
        self.by_range.get(&node).copied()
    }

    /// The scope `id`.
    pub fn get(&self, id: ScopeId) -> &Scope {
        &self.scopes[id.0 as usize]
    }

    /// All scopes, module first, depth-first.
    pub fn scopes(&self) -> impl Iterator<Item = (ScopeId, &Scope)> {
        self.scopes
            .iter()
            .enumerate()
            .map(|(i, s)| (ScopeId(i as u32), s))
    }

    /// How to load/store/delete `name` (already mangled) in `scope`.
    pub fn name_op(&self, scope: ScopeId, name: &str) -> NameOp {
        let s = self.get(scope);
        match s.symbols.get(name) {
            Some(op) => *op,
            None => NameOp::Name,
        }
    }

    /// Mangles a private name (`__x` in class `C` becomes `_C__x`) for the
    /// nearest class enclosing `scope` (or `scope` itself).
    pub fn mangle<'a>(&self, scope: ScopeId, name: &'a str) -> Cow<'a, str> {
        mangle_with(self.get(scope).private.as_deref(), name)
    }

    /// A canonical text dump, the format `tests/scopes/regen.py` prints
    /// from CPython.
    pub fn dump(&self) -> String {
        let mut out = String::new();
        for s in &self.scopes {
            let flags: Vec<&str> = [
                (s.is_generator, "generator"),
                (s.is_coroutine, "coroutine"),
                (s.needs_class_cell, "class_cell"),
                (s.has_future_annotations, "future_annotations"),
            ]
            .iter()
            .filter(|(on, _)| *on)
            .map(|(_, f)| *f)
            .collect();
            let ops: Vec<String> = s
                .symbols()
                .iter()
                .map(|(n, op)| format!("{n}={op:?}"))
                .collect();
            let _ = writeln!(out, "scope {:?} {}", s.kind, s.name);
            let _ = writeln!(out, "  qualname: {}", s.qualname);
            let _ = writeln!(out, "  params: {}", s.params.join(" "));
            let _ = writeln!(out, "  locals: {}", s.locals.join(" "));
            let _ = writeln!(out, "  cellvars: {}", s.cellvars.join(" "));
            let _ = writeln!(out, "  freevars: {}", s.freevars.join(" "));
            let _ = writeln!(out, "  flags: {}", flags.join(" "));
            let _ = writeln!(out, "  ops: {}", ops.join(" "));
        }
        out
    }
}

/// CPython's `_Py_Mangle` with the class name `private`.
pub(crate) fn mangle_with<'a>(private: Option<&str>, name: &'a str) -> Cow<'a, str> {
    let Some(private) = private else {
        return Cow::Borrowed(name);
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let stripped = private.trim_start_matches('_');
    if stripped.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{stripped}{name}"))
}

/// The check CPython's compiler makes (after the symbol table) on every
/// `from __future__ import` that future.c did not accept: it must not come
/// after the last valid one.
fn late_future_import(
    src: &SourceFile,
    body: &[ast::Stmt],
    future_line: u32,
) -> Result<(), SyntaxError> {
    for stmt in body {
        match stmt {
            ast::Stmt::ImportFrom(i)
                if i.level == 0
                    && i.module
                        .as_ref()
                        .is_some_and(|m| m.as_str() == "__future__")
                    && src.pos(i.range.start()).line > future_line =>
            {
                return Err(error_at(
                    src,
                    "from __future__ imports must occur at the beginning of the file",
                    i.range,
                ));
            }
            ast::Stmt::FunctionDef(f) => late_future_import(src, &f.body, future_line)?,
            ast::Stmt::ClassDef(c) => late_future_import(src, &c.body, future_line)?,
            ast::Stmt::For(f) => {
                late_future_import(src, &f.body, future_line)?;
                late_future_import(src, &f.orelse, future_line)?;
            }
            ast::Stmt::While(w) => {
                late_future_import(src, &w.body, future_line)?;
                late_future_import(src, &w.orelse, future_line)?;
            }
            ast::Stmt::If(i) => {
                late_future_import(src, &i.body, future_line)?;
                for clause in &i.elif_else_clauses {
                    late_future_import(src, &clause.body, future_line)?;
                }
            }
            ast::Stmt::With(w) => late_future_import(src, &w.body, future_line)?,
            ast::Stmt::Match(m) => {
                for case in &m.cases {
                    late_future_import(src, &case.body, future_line)?;
                }
            }
            ast::Stmt::Try(t) => {
                late_future_import(src, &t.body, future_line)?;
                for ast::ExceptHandler::ExceptHandler(h) in &t.handlers {
                    late_future_import(src, &h.body, future_line)?;
                }
                late_future_import(src, &t.orelse, future_line)?;
                late_future_import(src, &t.finalbody, future_line)?;
            }
            _ => {}
        }
    }
    Ok(())
}

/// Checks the leading `from __future__ import` statements as CPython's
/// future.c does; says whether `annotations` is among them and the line of
/// the last one (0 if none).
fn future_features(src: &SourceFile, module: &ast::ModModule) -> Result<(bool, u32), SyntaxError> {
    const KNOWN: &[&str] = &[
        "nested_scopes",
        "generators",
        "division",
        "absolute_import",
        "with_statement",
        "print_function",
        "unicode_literals",
        "barry_as_FLUFL",
        "generator_stop",
        "annotations",
    ];
    let mut annotations = false;
    let mut future_line = 0;
    let mut done = false;
    let mut prev_line = 0;
    // Only a docstring in first position may precede future imports.
    let skip = match module.body.first() {
        Some(ast::Stmt::Expr(e)) if matches!(&*e.value, ast::Expr::StringLiteral(_)) => 1,
        _ => 0,
    };
    for stmt in &module.body[skip..] {
        let line = src.pos(stmt.range().start()).line;
        if done && line > prev_line {
            break;
        }
        prev_line = line;
        match stmt {
            ast::Stmt::ImportFrom(i)
                if i.level == 0
                    && i.module
                        .as_ref()
                        .is_some_and(|m| m.as_str() == "__future__") =>
            {
                if done {
                    return Err(error_at(
                        src,
                        "from __future__ imports must occur at the beginning of the file",
                        i.range,
                    ));
                }
                future_line = line;
                for alias in &i.names {
                    match alias.name.as_str() {
                        "annotations" => annotations = true,
                        "braces" => return Err(future_error(src, "not a chance".into(), i.range)),
                        name if KNOWN.contains(&name) => {}
                        name => {
                            return Err(future_error(
                                src,
                                format!("future feature {name} is not defined"),
                                i.range,
                            ));
                        }
                    }
                }
            }
            _ => done = true,
        }
    }
    Ok((annotations, future_line))
}

/// A future.c error: CPython gives it a start but no end, so it prints a
/// single caret.
fn future_error(src: &SourceFile, msg: String, range: TextRange) -> SyntaxError {
    let mut e = error_at(src, msg, range);
    e.end_offset = 0;
    e
}

/// Turns the analyzed blocks into the public table: drops annotation
/// blocks, numbers scopes depth-first, and computes what the compiler
/// derives (qualnames, varnames, cells, free variables).
fn publish(b: Builder<'_>, module: &ast::ModModule, future_annotations: bool) -> ScopeTable {
    // Depth-first order of published blocks.
    let mut order = Vec::new();
    let mut todo = vec![0usize];
    while let Some(id) = todo.pop() {
        order.push(id);
        todo.extend(b.entries[id].children.iter().rev());
    }
    let mut new_id = vec![u32::MAX; b.entries.len()];
    for (i, &old) in order.iter().enumerate() {
        new_id[old] = i as u32;
    }
    let index: HashMap<TextRange, usize> =
        order.iter().map(|&id| (b.entries[id].range, id)).collect();
    let locals = varnames::fast_locals(&b, &index, module, future_annotations);

    let mut scopes: Vec<Scope> = Vec::with_capacity(order.len());
    for &id in &order {
        let e = &b.entries[id];
        let kind = match e.kind {
            BlockKind::Module => ScopeKind::Module,
            BlockKind::Class => ScopeKind::Class,
            BlockKind::Function => ScopeKind::Function,
            BlockKind::Lambda => ScopeKind::Lambda,
            BlockKind::Comprehension(_) | BlockKind::Annotation => ScopeKind::Comprehension,
        };
        let function_like = kind.is_function_like();
        let mut symbols = HashMap::new();
        let mut cells = Vec::new();
        let mut freevars = Vec::new();
        for (i, name) in e.symbols.names.iter().enumerate() {
            let r = e.symbols.resolution[i];
            let op = match r {
                Resolution::Free if kind == ScopeKind::Class => NameOp::ClassDeref,
                Resolution::Free | Resolution::Cell => NameOp::Deref,
                Resolution::Local | Resolution::GlobalImplicit if function_like => {
                    if r == Resolution::Local {
                        NameOp::Fast
                    } else {
                        NameOp::Global
                    }
                }
                Resolution::GlobalExplicit => NameOp::Global,
                _ => NameOp::Name,
            };
            symbols.insert(name.clone(), op);
            if r == Resolution::Cell {
                cells.push(name.clone());
            }
            if r == Resolution::Free || e.symbols.flags[i] & DEF_FREE_CLASS != 0 {
                freevars.push(name.clone());
            }
        }
        freevars.sort();
        cells.sort();
        let mut cellvars: Vec<String> = e
            .params
            .iter()
            .filter(|p| cells.contains(p))
            .cloned()
            .collect();
        let mut seen = std::collections::HashSet::new();
        cellvars.retain(|c| seen.insert(c.clone()));
        cellvars.extend(cells.into_iter().filter(|c| !e.params.contains(c)));
        if e.needs_class_closure {
            cellvars.push("__class__".to_string());
        }
        let parent = e.parent.map(|p| ScopeId(new_id[p]));
        let qualname = match parent {
            Some(p) if p.0 != 0 => {
                let ps = &scopes[p.0 as usize];
                let force_global = matches!(kind, ScopeKind::Function | ScopeKind::Class)
                    && b.entries[e.parent.unwrap_or(0)]
                        .symbols
                        .resolution(&mangle_with(ps.private.as_deref(), &e.name))
                        == Resolution::GlobalExplicit;
                if force_global {
                    e.name.clone()
                } else if matches!(ps.kind, ScopeKind::Function | ScopeKind::Lambda) {
                    format!("{}.<locals>.{}", ps.qualname, e.name)
                } else {
                    format!("{}.{}", ps.qualname, e.name)
                }
            }
            _ => e.name.clone(),
        };
        scopes.push(Scope {
            kind,
            name: e.name.clone(),
            qualname,
            parent,
            range: e.range,
            params: e.params.clone(),
            locals: if function_like {
                locals[id].clone()
            } else {
                Vec::new()
            },
            cellvars,
            freevars,
            is_generator: function_like && e.generator,
            is_coroutine: function_like && e.coroutine,
            needs_class_cell: e.needs_class_closure,
            has_future_annotations: kind == ScopeKind::Module && future_annotations,
            children: e.children.iter().map(|&c| ScopeId(new_id[c])).collect(),
            private: e.private.clone(),
            symbols,
        });
    }
    let by_range = order
        .iter()
        .enumerate()
        .map(|(i, &id)| (b.entries[id].range, ScopeId(i as u32)))
        .collect();
    ScopeTable { scopes, by_range }
}

#[cfg(test)]
mod tests;
