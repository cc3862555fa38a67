//! The first pass of the symbol table: walk the module in CPython's symtable
//! order, record every name's definition flags per block, and raise the
//! errors CPython's `symtable.c` raises while visiting.
//!
//! The visiting order matters twice: it decides which error is reported
//! first, and the order of `children` (which the analysis pass follows).

use std::collections::HashMap;

use ruff_python_ast as ast;
use ruff_text_size::{Ranged, TextRange};

use super::mangle_with;
use crate::diagnostics::SyntaxError;
use crate::parse::error_at;
use crate::source::SourceFile;

pub(super) const DEF_GLOBAL: u32 = 1;
pub(super) const DEF_LOCAL: u32 = 2;
pub(super) const DEF_PARAM: u32 = 4;
pub(super) const DEF_NONLOCAL: u32 = 8;
pub(super) const USE: u32 = 16;
pub(super) const DEF_FREE_CLASS: u32 = 64;
pub(super) const DEF_IMPORT: u32 = 128;
pub(super) const DEF_ANNOT: u32 = 256;
pub(super) const DEF_COMP_ITER: u32 = 512;
pub(super) const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// The scope a name resolves to, as CPython's analysis decides it (0 means
/// "not resolved": the name is not a symbol of the block).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub(super) enum Resolution {
    #[default]
    Unknown,
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

/// Which comprehension a comprehension block is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

/// A block of the symbol table before publication.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum BlockKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension(CompKind),
    /// A `from __future__ import annotations` annotation: visited for its
    /// errors only, never analyzed or compiled.
    Annotation,
}

impl BlockKind {
    pub(super) fn is_function_like(self) -> bool {
        matches!(
            self,
            BlockKind::Function | BlockKind::Lambda | BlockKind::Comprehension(_)
        )
    }
}

/// The symbols of one block, in insertion order (CPython's dict order).
#[derive(Default)]
pub(super) struct Symbols {
    pub names: Vec<String>,
    pub flags: Vec<u32>,
    pub resolution: Vec<Resolution>,
    index: HashMap<String, usize>,
}

impl Symbols {
    pub(super) fn get(&self, name: &str) -> u32 {
        self.index.get(name).map_or(0, |&i| self.flags[i])
    }

    pub(super) fn contains(&self, name: &str) -> bool {
        self.index.contains_key(name)
    }

    pub(super) fn resolution(&self, name: &str) -> Resolution {
        self.index
            .get(name)
            .map_or(Resolution::Unknown, |&i| self.resolution[i])
    }

    pub(super) fn set(&mut self, name: &str, flags: u32) {
        match self.index.get(name) {
            Some(&i) => self.flags[i] = flags,
            None => {
                self.index.insert(name.to_string(), self.names.len());
                self.names.push(name.to_string());
                self.flags.push(flags);
                self.resolution.push(Resolution::Unknown);
            }
        }
    }

    pub(super) fn set_resolution(&mut self, name: &str, r: Resolution) {
        if let Some(&i) = self.index.get(name) {
            self.resolution[i] = r;
        }
    }
}

/// One block (CPython's `PySTEntryObject`).
pub(super) struct Entry {
    pub kind: BlockKind,
    pub name: String,
    pub range: TextRange,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    pub symbols: Symbols,
    /// Parameters in declaration order (CPython's `ste_varnames`).
    pub params: Vec<String>,
    /// `global` / `nonlocal` directives: name and where to report errors.
    pub directives: Vec<(String, TextRange)>,
    pub comp_iter_target: bool,
    pub comp_iter_expr: u32,
    pub generator: bool,
    pub coroutine: bool,
    pub needs_class_closure: bool,
    /// The class name private names are mangled with (nearest class,
    /// including this block itself when it is a class).
    pub private: Option<String>,
}

type VisitResult = Result<(), SyntaxError>;

/// The first pass: builds the blocks and their raw flags.
pub(super) struct Builder<'s> {
    src: &'s SourceFile,
    pub entries: Vec<Entry>,
    stack: Vec<usize>,
    private: Option<String>,
    future_annotations: bool,
}

impl<'s> Builder<'s> {
    pub(super) fn new(src: &'s SourceFile, future_annotations: bool) -> Self {
        Builder {
            src,
            entries: Vec::new(),
            stack: Vec::new(),
            private: None,
            future_annotations,
        }
    }

    pub(super) fn visit_module(&mut self, module: &ast::ModModule) -> VisitResult {
        self.enter_block(BlockKind::Module, "<module>", module.range);
        self.visit_body(&module.body)?;
        self.exit_block();
        Ok(())
    }

    fn cur(&self) -> usize {
        *self
            .stack
            .last()
            .expect("a block is always open while visiting")
    }

    fn cur_entry(&mut self) -> &mut Entry {
        let cur = self.cur();
        &mut self.entries[cur]
    }

    fn error(&self, msg: impl Into<String>, range: TextRange) -> SyntaxError {
        error_at(self.src, msg, range)
    }

    fn enter_block(&mut self, kind: BlockKind, name: &str, range: TextRange) {
        let parent = self.stack.last().copied();
        let comp_iter_expr = parent.map_or(0, |p| self.entries[p].comp_iter_expr);
        let private = if kind == BlockKind::Class {
            Some(name.to_string())
        } else {
            self.private.clone()
        };
        let id = self.entries.len();
        self.entries.push(Entry {
            kind,
            name: name.to_string(),
            range,
            parent,
            children: Vec::new(),
            symbols: Symbols::default(),
            params: Vec::new(),
            directives: Vec::new(),
            comp_iter_target: false,
            comp_iter_expr,
            generator: false,
            coroutine: false,
            needs_class_closure: false,
            private,
        });
        if let Some(p) = parent
            && kind != BlockKind::Annotation
        {
            self.entries[p].children.push(id);
        }
        self.stack.push(id);
    }

    fn exit_block(&mut self) {
        self.stack.pop();
    }

    fn add_def(&mut self, name: &str, flag: u32, range: TextRange) -> VisitResult {
        let cur = self.cur();
        self.add_def_in(cur, name, flag, range)
    }

    /// CPython's `symtable_add_def_helper`: note that the iteration-target
    /// check looks at the *current* block even when defining elsewhere.
    fn add_def_in(&mut self, block: usize, name: &str, flag: u32, range: TextRange) -> VisitResult {
        let mangled = mangle_with(self.private.as_deref(), name).into_owned();
        let old = self.entries[block].symbols.get(&mangled);
        let exists = self.entries[block].symbols.contains(&mangled);
        if exists && flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
            return Err(self.error(
                format!("duplicate argument '{name}' in function definition"),
                range,
            ));
        }
        let mut val = if exists { old | flag } else { flag };
        if self.cur_entry().comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(self.error(
                    format!("comprehension inner loop cannot rebind assignment expression target '{name}'"),
                    range,
                ));
            }
            val |= DEF_COMP_ITER;
        }
        self.entries[block].symbols.set(&mangled, val);
        if flag & DEF_PARAM != 0 {
            self.entries[block].params.push(mangled);
        } else if flag & DEF_GLOBAL != 0 {
            // The module's symbols double as CPython's `st_global`.
            let module = &mut self.entries[0].symbols;
            let g = module.get(&mangled);
            module.set(&mangled, flag | g);
        }
        Ok(())
    }

    fn lookup(&self, name: &str) -> u32 {
        let mangled = mangle_with(self.private.as_deref(), name);
        self.entries[self.cur()].symbols.get(&mangled)
    }

    fn visit_body(&mut self, body: &[ast::Stmt]) -> VisitResult {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    fn visit_exprs<'e>(&mut self, exprs: impl IntoIterator<Item = &'e ast::Expr>) -> VisitResult {
        exprs.into_iter().try_for_each(|e| self.visit_expr(e))
    }

    fn visit_stmt(&mut self, stmt: &ast::Stmt) -> VisitResult {
        use ast::Stmt;
        match stmt {
            Stmt::FunctionDef(f) => {
                self.add_def(&f.name, DEF_LOCAL, f.range)?;
                let p = &f.parameters;
                let defaults = p
                    .posonlyargs
                    .iter()
                    .chain(&p.args)
                    .filter_map(|a| a.default.as_deref());
                self.visit_exprs(defaults)?;
                self.visit_exprs(p.kwonlyargs.iter().filter_map(|a| a.default.as_deref()))?;
                self.visit_annotations(p, f.returns.as_deref(), f.range)?;
                self.visit_exprs(f.decorator_list.iter().map(|d| &d.expression))?;
                self.enter_block(BlockKind::Function, &f.name, f.range);
                if f.is_async {
                    self.cur_entry().coroutine = true;
                }
                self.visit_params(p)?;
                self.visit_body(&f.body)?;
                self.exit_block();
            }
            Stmt::ClassDef(c) => {
                self.add_def(&c.name, DEF_LOCAL, c.range)?;
                if let Some(args) = &c.arguments {
                    self.visit_exprs(args.args.iter())?;
                    self.visit_exprs(args.keywords.iter().map(|k| &k.value))?;
                }
                self.visit_exprs(c.decorator_list.iter().map(|d| &d.expression))?;
                self.enter_block(BlockKind::Class, &c.name, c.range);
                let saved = self.private.replace(c.name.to_string());
                let r = self.visit_body(&c.body);
                self.private = saved;
                r?;
                self.exit_block();
            }
            Stmt::Return(r) => self.visit_exprs(r.value.as_deref())?,
            Stmt::Delete(d) => self.visit_exprs(&d.targets)?,
            Stmt::Assign(a) => {
                self.visit_exprs(&a.targets)?;
                self.visit_expr(&a.value)?;
            }
            Stmt::AugAssign(a) => {
                self.visit_expr(&a.target)?;
                self.visit_expr(&a.value)?;
            }
            Stmt::AnnAssign(a) => {
                if let ast::Expr::Name(n) = &*a.target {
                    let cur = self.lookup(&n.id);
                    let at_module = self.cur() == 0;
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && !at_module && a.simple {
                        let which = if cur & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(self.error(
                            format!("annotated name '{}' can't be {which}", n.id),
                            a.range,
                        ));
                    }
                    if a.simple {
                        self.add_def(&n.id, DEF_ANNOT | DEF_LOCAL, n.range)?;
                    } else if a.value.is_some() {
                        self.add_def(&n.id, DEF_LOCAL, n.range)?;
                    }
                } else {
                    self.visit_expr(&a.target)?;
                }
                self.visit_annotation(&a.annotation)?;
                self.visit_exprs(a.value.as_deref())?;
            }
            Stmt::TypeAlias(t) => {
                // Not Python 3.11 (the parser rejects it); visit for safety.
                self.visit_expr(&t.name)?;
                self.visit_expr(&t.value)?;
            }
            Stmt::For(f) => {
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.visit_body(&f.body)?;
                self.visit_body(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test)?;
                self.visit_body(&w.body)?;
                self.visit_body(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_body(&i.body)?;
                for clause in &i.elif_else_clauses {
                    self.visit_exprs(clause.test.as_ref())?;
                    self.visit_body(&clause.body)?;
                }
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.visit_expr(&item.context_expr)?;
                    self.visit_exprs(item.optional_vars.as_deref())?;
                }
                self.visit_body(&w.body)?;
            }
            Stmt::Match(m) => {
                self.visit_expr(&m.subject)?;
                for case in &m.cases {
                    self.visit_pattern(&case.pattern)?;
                    self.visit_exprs(case.guard.as_deref())?;
                    self.visit_body(&case.body)?;
                }
            }
            Stmt::Raise(r) => {
                self.visit_exprs(r.exc.as_deref())?;
                self.visit_exprs(r.cause.as_deref())?;
            }
            Stmt::Try(t) => {
                self.visit_body(&t.body)?;
                self.visit_body(&t.orelse)?;
                for ast::ExceptHandler::ExceptHandler(h) in &t.handlers {
                    self.visit_exprs(h.type_.as_deref())?;
                    if let Some(name) = &h.name {
                        self.add_def(name, DEF_LOCAL, h.range)?;
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.visit_expr(&a.test)?;
                self.visit_exprs(a.msg.as_deref())?;
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    self.visit_alias(alias)?;
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    self.visit_alias(alias)?;
                }
            }
            Stmt::Global(g) => {
                for name in &g.names {
                    self.declare(name, g.range, true)?;
                }
            }
            Stmt::Nonlocal(n) => {
                for name in &n.names {
                    self.declare(name, n.range, false)?;
                }
            }
            Stmt::Expr(e) => self.visit_expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) | Stmt::IpyEscapeCommand(_) => {}
        }
        Ok(())
    }

    /// A `global` (or `nonlocal`) declaration of one name.
    fn declare(&mut self, name: &str, range: TextRange, global: bool) -> VisitResult {
        let cur = self.lookup(name);
        if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
            let kw = if global { "global" } else { "nonlocal" };
            let msg = if cur & DEF_PARAM != 0 {
                format!("name '{name}' is parameter and {kw}")
            } else if cur & USE != 0 {
                format!("name '{name}' is used prior to {kw} declaration")
            } else if cur & DEF_ANNOT != 0 {
                format!("annotated name '{name}' can't be {kw}")
            } else {
                format!("name '{name}' is assigned to before {kw} declaration")
            };
            return Err(self.error(msg, range));
        }
        let flag = if global { DEF_GLOBAL } else { DEF_NONLOCAL };
        self.add_def(name, flag, range)?;
        let mangled = mangle_with(self.private.as_deref(), name).into_owned();
        self.cur_entry().directives.push((mangled, range));
        Ok(())
    }

    fn visit_alias(&mut self, alias: &ast::Alias) -> VisitResult {
        let name = alias.asname.as_ref().unwrap_or(&alias.name);
        if name.as_str() == "*" {
            if self.entries[self.cur()].kind != BlockKind::Module {
                return Err(self.error("import * only allowed at module level", alias.range));
            }
            return Ok(());
        }
        let store = name.split('.').next().unwrap_or(name);
        self.add_def(store, DEF_IMPORT, alias.range)
    }

    fn visit_params(&mut self, p: &ast::Parameters) -> VisitResult {
        for a in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            self.add_def(&a.parameter.name, DEF_PARAM, a.parameter.range)?;
        }
        if let Some(v) = &p.vararg {
            self.add_def(&v.name, DEF_PARAM, v.range)?;
        }
        if let Some(k) = &p.kwarg {
            self.add_def(&k.name, DEF_PARAM, k.range)?;
        }
        Ok(())
    }

    fn visit_annotations(
        &mut self,
        p: &ast::Parameters,
        returns: Option<&ast::Expr>,
        range: TextRange,
    ) -> VisitResult {
        if self.future_annotations {
            self.enter_block(BlockKind::Annotation, "_annotation", range);
        }
        let positional = p.posonlyargs.iter().chain(&p.args);
        self.visit_exprs(positional.filter_map(|a| a.parameter.annotation.as_deref()))?;
        for v in p.vararg.iter().chain(&p.kwarg) {
            self.visit_exprs(v.annotation.as_deref())?;
        }
        self.visit_exprs(
            p.kwonlyargs
                .iter()
                .filter_map(|a| a.parameter.annotation.as_deref()),
        )?;
        if self.future_annotations {
            self.exit_block();
        }
        if let Some(r) = returns {
            self.visit_annotation(r)?;
        }
        Ok(())
    }

    fn visit_annotation(&mut self, e: &ast::Expr) -> VisitResult {
        if self.future_annotations {
            self.enter_block(BlockKind::Annotation, "_annotation", e.range());
        }
        self.visit_expr(e)?;
        if self.future_annotations {
            self.exit_block();
        }
        Ok(())
    }

    fn raise_if_annotation(&self, what: &str, range: TextRange) -> VisitResult {
        if self.entries[self.cur()].kind == BlockKind::Annotation {
            return Err(self.error(
                format!("'{what}' can not be used within an annotation"),
                range,
            ));
        }
        Ok(())
    }

    fn visit_yield(&mut self, value: Option<&ast::Expr>, range: TextRange) -> VisitResult {
        self.raise_if_annotation("yield expression", range)?;
        self.visit_exprs(value)?;
        self.cur_entry().generator = true;
        if let BlockKind::Comprehension(kind) = self.entries[self.cur()].kind {
            let what = match kind {
                CompKind::List => "list comprehension",
                CompKind::Set => "set comprehension",
                CompKind::Dict => "dict comprehension",
                CompKind::Generator => "generator expression",
            };
            return Err(self.error(format!("'yield' inside {what}"), range));
        }
        Ok(())
    }

    fn visit_expr(&mut self, expr: &ast::Expr) -> VisitResult {
        use ast::Expr;
        match expr {
            Expr::BoolOp(b) => self.visit_exprs(&b.values)?,
            Expr::Named(n) => {
                self.raise_if_annotation("named expression", n.range)?;
                if self.entries[self.cur()].comp_iter_expr > 0 {
                    return Err(self.error(
                        "assignment expression cannot be used in a comprehension iterable expression",
                        n.range,
                    ));
                }
                if matches!(self.entries[self.cur()].kind, BlockKind::Comprehension(_))
                    && let Expr::Name(target) = &*n.target
                {
                    self.extend_namedexpr_scope(target)?;
                }
                self.visit_expr(&n.value)?;
                self.visit_expr(&n.target)?;
            }
            Expr::BinOp(b) => {
                // Long operator chains nest to the left: walk the spine
                // iteratively so that deep chains cannot exhaust the stack.
                let mut rights = vec![&*b.right];
                let mut left = &*b.left;
                while let Expr::BinOp(inner) = left {
                    rights.push(&inner.right);
                    left = &inner.left;
                }
                self.visit_expr(left)?;
                self.visit_exprs(rights.into_iter().rev())?;
            }
            Expr::UnaryOp(u) => self.visit_expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    let defaults = p
                        .posonlyargs
                        .iter()
                        .chain(&p.args)
                        .filter_map(|a| a.default.as_deref());
                    self.visit_exprs(defaults)?;
                    self.visit_exprs(p.kwonlyargs.iter().filter_map(|a| a.default.as_deref()))?;
                }
                self.enter_block(BlockKind::Lambda, "<lambda>", l.range);
                if let Some(p) = &l.parameters {
                    self.visit_params(p)?;
                }
                self.visit_expr(&l.body)?;
                self.exit_block();
            }
            Expr::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_expr(&i.body)?;
                self.visit_expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                self.visit_exprs(d.items.iter().filter_map(|i| i.key.as_ref()))?;
                self.visit_exprs(d.items.iter().map(|i| &i.value))?;
            }
            Expr::Set(s) => self.visit_exprs(&s.elts)?,
            Expr::ListComp(c) => {
                self.visit_comprehension(expr, CompKind::List, &c.generators, &c.elt, None)?
            }
            Expr::SetComp(c) => {
                self.visit_comprehension(expr, CompKind::Set, &c.generators, &c.elt, None)?
            }
            Expr::DictComp(c) => self.visit_comprehension(
                expr,
                CompKind::Dict,
                &c.generators,
                &c.key,
                Some(&c.value),
            )?,
            Expr::Generator(c) => {
                self.visit_comprehension(expr, CompKind::Generator, &c.generators, &c.elt, None)?
            }
            Expr::Await(a) => {
                self.raise_if_annotation("await expression", a.range)?;
                self.visit_expr(&a.value)?;
                self.cur_entry().coroutine = true;
            }
            Expr::Yield(y) => self.visit_yield(y.value.as_deref(), y.range)?,
            Expr::YieldFrom(y) => self.visit_yield(Some(&y.value), y.range)?,
            Expr::Compare(c) => {
                self.visit_expr(&c.left)?;
                self.visit_exprs(c.comparators.iter())?;
            }
            Expr::Call(c) => {
                self.visit_expr(&c.func)?;
                self.visit_exprs(c.arguments.args.iter())?;
                self.visit_exprs(c.arguments.keywords.iter().map(|k| &k.value))?;
            }
            Expr::FString(f) => {
                for element in f.value.elements() {
                    self.visit_interpolated(element)?;
                }
            }
            Expr::TString(t) => {
                for element in t.value.elements() {
                    self.visit_interpolated(element)?;
                }
            }
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::IpyEscapeCommand(_) => {}
            Expr::Attribute(a) => self.visit_expr(&a.value)?,
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
            }
            Expr::Starred(s) => self.visit_expr(&s.value)?,
            Expr::Name(n) => {
                let load = n.ctx == ast::ExprContext::Load;
                self.add_def(&n.id, if load { USE } else { DEF_LOCAL }, n.range)?;
                // A zero-argument `super()` needs the `__class__` cell.
                if load
                    && n.id.as_str() == "super"
                    && self.entries[self.cur()].kind.is_function_like()
                {
                    self.add_def("__class__", USE, n.range)?;
                }
            }
            Expr::List(l) => self.visit_exprs(&l.elts)?,
            Expr::Tuple(t) => self.visit_exprs(&t.elts)?,
            Expr::Slice(s) => {
                self.visit_exprs(s.lower.as_deref())?;
                self.visit_exprs(s.upper.as_deref())?;
                self.visit_exprs(s.step.as_deref())?;
            }
        }
        Ok(())
    }

    fn visit_interpolated(&mut self, element: &ast::InterpolatedStringElement) -> VisitResult {
        if let ast::InterpolatedStringElement::Interpolation(i) = element {
            self.visit_expr(&i.expression)?;
            if let Some(spec) = &i.format_spec {
                for inner in spec.elements.iter() {
                    self.visit_interpolated(inner)?;
                }
            }
        }
        Ok(())
    }

    fn visit_comprehension(
        &mut self,
        expr: &ast::Expr,
        kind: CompKind,
        generators: &[ast::Comprehension],
        elt: &ast::Expr,
        value: Option<&ast::Expr>,
    ) -> VisitResult {
        let Some(outermost) = generators.first() else {
            return Ok(());
        };
        self.cur_entry().comp_iter_expr += 1;
        let r = self.visit_expr(&outermost.iter);
        self.cur_entry().comp_iter_expr -= 1;
        r?;
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Generator => "<genexpr>",
        };
        self.enter_block(BlockKind::Comprehension(kind), name, expr.range());
        if outermost.is_async {
            self.cur_entry().coroutine = true;
        }
        self.add_def(".0", DEF_PARAM, expr.range())?;
        self.cur_entry().comp_iter_target = true;
        let r = self.visit_expr(&outermost.target);
        self.cur_entry().comp_iter_target = false;
        r?;
        self.visit_exprs(&outermost.ifs)?;
        for g in &generators[1..] {
            self.cur_entry().comp_iter_target = true;
            let r = self.visit_expr(&g.target);
            self.cur_entry().comp_iter_target = false;
            r?;
            self.cur_entry().comp_iter_expr += 1;
            let r = self.visit_expr(&g.iter);
            self.cur_entry().comp_iter_expr -= 1;
            r?;
            self.visit_exprs(&g.ifs)?;
            if g.is_async {
                self.cur_entry().coroutine = true;
            }
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        let is_generator = kind == CompKind::Generator;
        let entry = self.cur_entry();
        entry.generator = is_generator;
        let is_async = entry.coroutine && !is_generator;
        self.exit_block();
        if is_async {
            self.cur_entry().coroutine = true;
        }
        Ok(())
    }

    /// Binds a walrus target inside a comprehension in the nearest enclosing
    /// function or module (CPython's `symtable_extend_namedexpr_scope`).
    fn extend_namedexpr_scope(&mut self, target: &ast::ExprName) -> VisitResult {
        let name = target.id.as_str();
        let range = target.range;
        for i in (0..self.stack.len()).rev() {
            let block = self.stack[i];
            // CPython looks the unmangled name up here.
            let flags = self.entries[block].symbols.get(name);
            match self.entries[block].kind {
                BlockKind::Comprehension(_) => {
                    if flags & DEF_COMP_ITER != 0 {
                        return Err(self.error(
                            format!("assignment expression cannot rebind comprehension iteration variable '{name}'"),
                            range,
                        ));
                    }
                }
                BlockKind::Function | BlockKind::Lambda => {
                    let flag = if flags & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(name, flag, range)?;
                    let mangled = mangle_with(self.private.as_deref(), name).into_owned();
                    self.cur_entry().directives.push((mangled, range));
                    return self.add_def_in(block, name, DEF_LOCAL, range);
                }
                BlockKind::Module => {
                    self.add_def(name, DEF_GLOBAL, range)?;
                    let mangled = mangle_with(self.private.as_deref(), name).into_owned();
                    self.cur_entry().directives.push((mangled, range));
                    return self.add_def_in(block, name, DEF_GLOBAL, range);
                }
                BlockKind::Class => {
                    return Err(self.error(
                        "assignment expression within a comprehension cannot be used in a class body",
                        range,
                    ));
                }
                BlockKind::Annotation => {}
            }
        }
        Ok(())
    }

    fn visit_pattern(&mut self, pattern: &ast::Pattern) -> VisitResult {
        use ast::Pattern;
        match pattern {
            Pattern::MatchValue(v) => self.visit_expr(&v.value)?,
            Pattern::MatchSingleton(_) => {}
            Pattern::MatchSequence(s) => {
                for p in &s.patterns {
                    self.visit_pattern(p)?;
                }
            }
            Pattern::MatchStar(s) => {
                if let Some(name) = &s.name {
                    self.add_def(name, DEF_LOCAL, s.range)?;
                }
            }
            Pattern::MatchMapping(m) => {
                self.visit_exprs(&m.keys)?;
                for p in &m.patterns {
                    self.visit_pattern(p)?;
                }
                if let Some(rest) = &m.rest {
                    self.add_def(rest, DEF_LOCAL, m.range)?;
                }
            }
            Pattern::MatchClass(c) => {
                self.visit_expr(&c.cls)?;
                for p in &c.arguments.patterns {
                    self.visit_pattern(p)?;
                }
                for k in &c.arguments.keywords {
                    self.visit_pattern(&k.pattern)?;
                }
            }
            Pattern::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.visit_pattern(p)?;
                }
                if let Some(name) = &a.name {
                    self.add_def(name, DEF_LOCAL, a.range)?;
                }
            }
            Pattern::MatchOr(o) => {
                for p in &o.patterns {
                    self.visit_pattern(p)?;
                }
            }
        }
        Ok(())
    }
}
