//! `co_varnames` beyond the parameters: CPython appends a fast local the
//! first time the compiler emits a `*_FAST` op for it, so this walks the
//! tree in *compilation* order (values before targets, decorators before
//! bodies, `else` before `except` handlers, ...) and records first uses.
//!
//! Each block's list depends only on the order of its own ops, so nested
//! blocks are simply walked when met.

use std::collections::HashMap;

use ruff_python_ast as ast;
use ruff_text_size::{Ranged, TextRange};

use super::builder::{BlockKind, Builder, Resolution};
use super::mangle_with;

/// Computes the `co_varnames` of every block (params first).
pub(super) fn fast_locals<'a>(
    b: &'a Builder<'_>,
    index: &'a HashMap<TextRange, usize>,
    module: &'a ast::ModModule,
    future_annotations: bool,
) -> Vec<Vec<String>> {
    let mut w = Walker {
        b,
        index,
        locals: b.entries.iter().map(|e| e.params.clone()).collect(),
        cur: 0,
        future_annotations,
        unwind: Vec::new(),
    };
    w.body(&module.body);
    w.locals
}

struct Walker<'a, 'b> {
    b: &'a Builder<'b>,
    index: &'a HashMap<TextRange, usize>,
    locals: Vec<Vec<String>>,
    cur: usize,
    future_annotations: bool,
    /// Enclosing loops (`None`) and `finally` bodies of the current block:
    /// `return`, `break` and `continue` compile the `finally` bodies they
    /// leave right where they are.
    unwind: Vec<Option<&'a [ast::Stmt]>>,
}

impl<'a> Walker<'a, '_> {
    fn name(&mut self, name: &str) {
        let entry = &self.b.entries[self.cur];
        if !entry.kind.is_function_like() {
            return;
        }
        let mangled = mangle_with(entry.private.as_deref(), name);
        if entry.symbols.resolution(&mangled) == Resolution::Local {
            let locals = &mut self.locals[self.cur];
            if !locals.iter().any(|l| *l == mangled) {
                locals.push(mangled.into_owned());
            }
        }
    }

    /// Runs `f` inside the block created by the node at `range`, if any.
    fn in_block(&mut self, range: TextRange, f: impl FnOnce(&mut Self)) {
        if let Some(&id) = self.index.get(&range) {
            let saved = std::mem::replace(&mut self.cur, id);
            let unwind = std::mem::take(&mut self.unwind);
            f(self);
            self.unwind = unwind;
            self.cur = saved;
        }
    }

    /// Compiles the `finally` bodies left by a jump, innermost first, up to
    /// the innermost loop for `break` / `continue` (`to_loop`).
    fn unwind(&mut self, to_loop: bool) {
        let mut depth = self.unwind.len();
        while depth > 0 {
            depth -= 1;
            match self.unwind[depth] {
                None if to_loop => break,
                None => {}
                Some(body) => {
                    let saved = self.unwind.split_off(depth);
                    self.body(body);
                    self.unwind.extend(saved);
                }
            }
        }
    }

    fn in_loop(&mut self, body: &'a [ast::Stmt]) {
        self.unwind.push(None);
        self.body(body);
        self.unwind.pop();
    }

    fn body(&mut self, body: &'a [ast::Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn exprs<'e>(&mut self, exprs: impl IntoIterator<Item = &'e ast::Expr>) {
        for e in exprs {
            self.expr(e);
        }
    }

    fn evaluates_annotations(&self) -> bool {
        !self.future_annotations
    }

    fn stmt(&mut self, stmt: &'a ast::Stmt) {
        use ast::Stmt;
        match stmt {
            Stmt::FunctionDef(f) => {
                self.exprs(f.decorator_list.iter().map(|d| &d.expression));
                self.defaults(&f.parameters);
                if self.evaluates_annotations() {
                    let p = &f.parameters;
                    let ann = p
                        .args
                        .iter()
                        .chain(&p.posonlyargs)
                        .filter_map(|a| a.parameter.annotation.as_deref());
                    self.exprs(ann);
                    self.exprs(p.vararg.iter().filter_map(|a| a.annotation.as_deref()));
                    let kwonly = p
                        .kwonlyargs
                        .iter()
                        .filter_map(|a| a.parameter.annotation.as_deref());
                    self.exprs(kwonly);
                    self.exprs(p.kwarg.iter().filter_map(|a| a.annotation.as_deref()));
                    self.exprs(f.returns.as_deref());
                }
                self.in_block(f.range, |w| w.body(&f.body));
                self.name(&f.name);
            }
            Stmt::ClassDef(c) => {
                self.exprs(c.decorator_list.iter().map(|d| &d.expression));
                self.in_block(c.range, |w| w.body(&c.body));
                if let Some(args) = &c.arguments {
                    self.exprs(args.args.iter());
                    self.exprs(args.keywords.iter().map(|k| &k.value));
                }
                self.name(&c.name);
            }
            Stmt::Return(r) => {
                self.exprs(r.value.as_deref());
                self.unwind(false);
            }
            Stmt::Break(_) | Stmt::Continue(_) => self.unwind(true),
            Stmt::Delete(d) => self.exprs(&d.targets),
            Stmt::Assign(a) => {
                self.expr(&a.value);
                self.exprs(&a.targets);
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.target);
                self.expr(&a.value);
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v);
                    self.expr(&a.target);
                } else {
                    match &*a.target {
                        ast::Expr::Attribute(t) => self.expr(&t.value),
                        ast::Expr::Subscript(t) => {
                            self.expr(&t.value);
                            self.expr(&t.slice);
                        }
                        _ => {}
                    }
                }
                let kind = self.b.entries[self.cur].kind;
                let class_or_module = matches!(kind, BlockKind::Module | BlockKind::Class);
                if class_or_module && self.evaluates_annotations() {
                    self.expr(&a.annotation);
                }
            }
            Stmt::TypeAlias(t) => {
                self.expr(&t.value);
                self.expr(&t.name);
            }
            Stmt::For(f) => {
                self.expr(&f.iter);
                self.expr(&f.target);
                self.in_loop(&f.body);
                self.body(&f.orelse);
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.in_loop(&w.body);
                self.body(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.body(&i.body);
                for clause in &i.elif_else_clauses {
                    self.exprs(clause.test.as_ref());
                    self.body(&clause.body);
                }
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr);
                    self.exprs(item.optional_vars.as_deref());
                }
                self.body(&w.body);
            }
            Stmt::Match(m) => {
                self.expr(&m.subject);
                for case in &m.cases {
                    let mut stores = Vec::new();
                    self.pattern(&case.pattern, &mut stores, true);
                    for s in stores {
                        self.name(&s);
                    }
                    self.exprs(case.guard.as_deref());
                    self.body(&case.body);
                }
            }
            Stmt::Raise(r) => {
                self.exprs(r.exc.as_deref());
                self.exprs(r.cause.as_deref());
            }
            Stmt::Try(t) => {
                let finally = !t.finalbody.is_empty();
                if finally {
                    self.unwind.push(Some(&t.finalbody));
                }
                self.body(&t.body);
                self.body(&t.orelse);
                for ast::ExceptHandler::ExceptHandler(h) in &t.handlers {
                    self.exprs(h.type_.as_deref());
                    if let Some(name) = &h.name {
                        self.name(name);
                    }
                    self.body(&h.body);
                }
                if finally {
                    self.unwind.pop();
                }
                self.body(&t.finalbody);
            }
            Stmt::Assert(a) => {
                self.expr(&a.test);
                self.exprs(a.msg.as_deref());
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    self.alias(alias);
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    self.alias(alias);
                }
            }
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) | Stmt::IpyEscapeCommand(_) => {}
        }
    }

    fn alias(&mut self, alias: &ast::Alias) {
        let name = alias.asname.as_ref().unwrap_or(&alias.name);
        if name.as_str() != "*" {
            self.name(name.split('.').next().unwrap_or(name));
        }
    }

    fn defaults(&mut self, p: &ast::Parameters) {
        self.exprs(
            p.posonlyargs
                .iter()
                .chain(&p.args)
                .filter_map(|a| a.default.as_deref()),
        );
        self.exprs(p.kwonlyargs.iter().filter_map(|a| a.default.as_deref()));
    }

    fn expr(&mut self, expr: &ast::Expr) {
        use ast::Expr;
        match expr {
            Expr::BoolOp(b) => self.exprs(&b.values),
            Expr::Named(n) => {
                self.expr(&n.value);
                self.expr(&n.target);
            }
            Expr::BinOp(b) => {
                // Iterative on the left spine, as in the builder.
                let mut rights = vec![&*b.right];
                let mut left = &*b.left;
                while let Expr::BinOp(inner) = left {
                    rights.push(&inner.right);
                    left = &inner.left;
                }
                self.expr(left);
                self.exprs(rights.into_iter().rev());
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.defaults(p);
                }
                self.in_block(l.range, |w| w.expr(&l.body));
            }
            Expr::If(i) => {
                self.expr(&i.test);
                self.expr(&i.body);
                self.expr(&i.orelse);
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    self.exprs(item.key.as_ref());
                    self.expr(&item.value);
                }
            }
            Expr::Set(s) => self.exprs(&s.elts),
            Expr::ListComp(c) => self.comprehension(expr, &c.generators, &c.elt, None),
            Expr::SetComp(c) => self.comprehension(expr, &c.generators, &c.elt, None),
            Expr::DictComp(c) => self.comprehension(expr, &c.generators, &c.key, Some(&c.value)),
            Expr::Generator(c) => self.comprehension(expr, &c.generators, &c.elt, None),
            Expr::Await(a) => self.expr(&a.value),
            Expr::Yield(y) => self.exprs(y.value.as_deref()),
            Expr::YieldFrom(y) => self.expr(&y.value),
            Expr::Compare(c) => {
                self.expr(&c.left);
                self.exprs(c.comparators.iter());
            }
            Expr::Call(c) => {
                self.expr(&c.func);
                self.exprs(c.arguments.args.iter());
                self.exprs(c.arguments.keywords.iter().map(|k| &k.value));
            }
            Expr::FString(f) => {
                for element in f.value.elements() {
                    self.interpolated(element);
                }
            }
            Expr::TString(t) => {
                for element in t.value.elements() {
                    self.interpolated(element);
                }
            }
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::IpyEscapeCommand(_) => {}
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            Expr::Starred(s) => self.expr(&s.value),
            Expr::Name(n) => self.name(&n.id),
            Expr::List(l) => self.exprs(&l.elts),
            Expr::Tuple(t) => self.exprs(&t.elts),
            Expr::Slice(s) => {
                self.exprs(s.lower.as_deref());
                self.exprs(s.upper.as_deref());
                self.exprs(s.step.as_deref());
            }
        }
    }

    fn interpolated(&mut self, element: &ast::InterpolatedStringElement) {
        if let ast::InterpolatedStringElement::Interpolation(i) = element {
            self.expr(&i.expression);
            if let Some(spec) = &i.format_spec {
                for inner in spec.elements.iter() {
                    self.interpolated(inner);
                }
            }
        }
    }

    fn comprehension(
        &mut self,
        expr: &ast::Expr,
        generators: &[ast::Comprehension],
        elt: &ast::Expr,
        value: Option<&ast::Expr>,
    ) {
        let Some(outermost) = generators.first() else {
            return;
        };
        self.in_block(expr.range(), |w| {
            for (i, g) in generators.iter().enumerate() {
                if i > 0 {
                    w.expr(&g.iter);
                }
                w.expr(&g.target);
                w.exprs(&g.ifs);
            }
            w.expr(elt);
            w.exprs(value);
        });
        self.expr(&outermost.iter);
    }

    /// Visits a pattern's expressions now and collects its capture names,
    /// which CPython stores only after the whole pattern matched.
    fn pattern(&mut self, pattern: &ast::Pattern, stores: &mut Vec<String>, collect: bool) {
        use ast::Pattern;
        let store = |stores: &mut Vec<String>, name: &ast::Identifier| {
            if collect {
                stores.push(name.to_string());
            }
        };
        match pattern {
            Pattern::MatchValue(v) => self.expr(&v.value),
            Pattern::MatchSingleton(_) => {}
            Pattern::MatchSequence(s) => {
                for p in &s.patterns {
                    self.pattern(p, stores, collect);
                }
            }
            Pattern::MatchStar(s) => {
                if let Some(name) = &s.name {
                    store(stores, name);
                }
            }
            Pattern::MatchMapping(m) => {
                self.exprs(&m.keys);
                for p in &m.patterns {
                    self.pattern(p, stores, collect);
                }
                if let Some(rest) = &m.rest {
                    store(stores, rest);
                }
            }
            Pattern::MatchClass(c) => {
                self.expr(&c.cls);
                for p in &c.arguments.patterns {
                    self.pattern(p, stores, collect);
                }
                for k in &c.arguments.keywords {
                    self.pattern(&k.pattern, stores, collect);
                }
            }
            Pattern::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p, stores, collect);
                }
                if let Some(name) = &a.name {
                    store(stores, name);
                }
            }
            Pattern::MatchOr(o) => {
                for (i, p) in o.patterns.iter().enumerate() {
                    self.pattern(p, stores, collect && i == 0);
                }
            }
        }
    }
}
