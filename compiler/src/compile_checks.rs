//! The errors CPython's compiler (Python/compile.c) raises after the symbol
//! table: statements and expressions in the wrong kind of block, starred
//! targets, `except` ordering, pattern rules, `__future__` placement and
//! `__debug__` assignments.
//!
//! The walk follows compile.c's order, which decides which error of several
//! is reported: a function body is compiled when its `def` is reached, after
//! its decorators and defaults; the module body is compiled statement by
//! statement. Symbol-table errors (`nonlocal`, `global`, duplicate
//! arguments, ...) are not here: `scopes` reports them first.

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, ExprContext, Pattern, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::diagnostics::SyntaxError;
use crate::parse::error_at;
use crate::source::SourceFile;

/// Checks `module` (parsed from `src`) as CPython's compiler would.
pub fn check(src: &SourceFile, module: &ast::ModModule) -> Result<(), SyntaxError> {
    let mut c = Checker {
        src,
        error: None,
        frame: Frame::Module,
        loops: 0,
        in_except_star: false,
        is_async_gen: false,
    };
    // `from __future__` placement and features are checked with the
    // symbol table (`scopes`), as CPython's future.c runs before it.
    c.visit_body(&module.body);
    match c.error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Frame {
    Module,
    Class,
    Function { is_async: bool },
    Lambda,
}

struct Checker<'a> {
    src: &'a SourceFile,
    error: Option<SyntaxError>,
    frame: Frame,
    loops: u32,
    in_except_star: bool,
    is_async_gen: bool,
}

impl Checker<'_> {
    fn fail(&mut self, msg: impl Into<String>, range: TextRange) {
        if self.error.is_none() {
            self.error = Some(error_at(self.src, msg, range));
        }
    }

    fn in_function(&self) -> bool {
        matches!(self.frame, Frame::Function { .. } | Frame::Lambda)
    }

    fn in_async(&self) -> bool {
        matches!(self.frame, Frame::Function { is_async: true })
    }

    fn debug_name(&mut self, name: &str, del: bool, range: TextRange) {
        if name == "__debug__" {
            let msg = if del {
                "cannot delete __debug__"
            } else {
                "cannot assign to __debug__"
            };
            self.fail(msg, range);
        }
    }

    fn function(&mut self, f: &ast::StmtFunctionDef) {
        for d in &f.decorator_list {
            self.visit_expr(&d.expression);
        }
        let params = &f.parameters;
        for p in params.iter_non_variadic_params() {
            if let Some(d) = &p.default {
                self.visit_expr(d);
            }
        }
        for p in params.iter() {
            if let Some(a) = p.annotation() {
                self.visit_expr(a);
            }
        }
        if let Some(r) = &f.returns {
            self.visit_expr(r);
        }
        if params.iter().any(|p| p.name().as_str() == "__debug__") {
            self.fail("cannot assign to __debug__", f.range());
        }
        let is_gen = contains_yield(&f.body);
        self.body_in(
            Frame::Function {
                is_async: f.is_async,
            },
            f.is_async && is_gen,
            &f.body,
        );
    }

    fn body_in(&mut self, frame: Frame, is_async_gen: bool, body: &[Stmt]) {
        let saved = (
            self.frame,
            self.loops,
            self.in_except_star,
            self.is_async_gen,
        );
        self.frame = frame;
        self.loops = 0;
        self.in_except_star = false;
        self.is_async_gen = is_async_gen;
        self.visit_body(body);
        (
            self.frame,
            self.loops,
            self.in_except_star,
            self.is_async_gen,
        ) = saved;
    }

    fn loop_body(&mut self, body: &[Stmt]) {
        let saved = self.in_except_star;
        self.in_except_star = false;
        self.loops += 1;
        self.visit_body(body);
        self.loops -= 1;
        self.in_except_star = saved;
    }

    /// compile.c's `unpack_helper` and `assignment_helper`.
    fn store_target(&mut self, target: &Expr) {
        match target {
            Expr::Starred(s) => {
                self.fail(
                    "starred assignment target must be in a list or tuple",
                    s.range(),
                );
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let mut seen_star = false;
                for (i, e) in elts.iter().enumerate() {
                    if let Expr::Starred(s) = e {
                        if seen_star {
                            self.fail("multiple starred expressions in assignment", target.range());
                            return;
                        }
                        seen_star = true;
                        if i >= 256 || elts.len() - i > (i32::MAX >> 8) as usize {
                            self.fail(
                                "too many expressions in star-unpacking assignment",
                                target.range(),
                            );
                            return;
                        }
                        self.store_target(&s.value);
                    } else {
                        self.store_target(e);
                    }
                }
            }
            Expr::Name(n) => self.debug_name(n.id.as_str(), false, n.range()),
            Expr::Attribute(a) => {
                self.visit_expr(&a.value);
                if a.attr.as_str() == "__debug__" {
                    self.fail("cannot assign to __debug__", a.range());
                }
            }
            other => self.visit_expr(other),
        }
    }

    fn pattern(&mut self, p: &Pattern, names: &mut Vec<String>) {
        match p {
            Pattern::MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    self.pattern(inner, names);
                    if let Some(n) = a.name.as_ref().filter(|n| n.as_str() == "_") {
                        self.fail("cannot use '_' as a target", n.range());
                    }
                }
                if let Some(n) = &a.name {
                    self.bind(n.as_str(), n.range(), names);
                }
            }
            Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.bind(n.as_str(), n.range(), names);
                }
            }
            Pattern::MatchSequence(s) => {
                let stars = s
                    .patterns
                    .iter()
                    .filter(|p| matches!(p, Pattern::MatchStar(_)))
                    .count();
                if stars > 1 {
                    self.fail("multiple starred names in sequence pattern", p.range());
                    return;
                }
                for q in &s.patterns {
                    self.pattern(q, names);
                }
            }
            Pattern::MatchMapping(m) => {
                let mut seen: Vec<String> = Vec::new();
                for k in &m.keys {
                    let key = match k {
                        Expr::StringLiteral(s) => {
                            Some(format!("{:?}", s.value.to_str()).replace('"', "'"))
                        }
                        Expr::NumberLiteral(_)
                        | Expr::BytesLiteral(_)
                        | Expr::UnaryOp(_)
                        | Expr::BinOp(_) => Some(self.src.text[k.range()].to_string()),
                        Expr::Attribute(_) | Expr::NoneLiteral(_) | Expr::BooleanLiteral(_) => None,
                        _ => {
                            self.fail("mapping pattern keys may only match literals and attribute lookups", k.range());
                            return;
                        }
                    };
                    if let Some(key) = key {
                        if seen.contains(&key) {
                            self.fail(
                                format!("mapping pattern checks duplicate key ({key})"),
                                p.range(),
                            );
                            return;
                        }
                        seen.push(key);
                    }
                }
                for q in &m.patterns {
                    self.pattern(q, names);
                }
                if let Some(rest) = &m.rest {
                    self.bind(rest.as_str(), rest.range(), names);
                }
            }
            Pattern::MatchClass(c) => {
                let mut seen: Vec<&str> = Vec::new();
                for k in &c.arguments.keywords {
                    let name = k.attr.as_str();
                    if seen.contains(&name) {
                        self.fail(
                            format!("attribute name repeated in class pattern: {name}"),
                            k.attr.range(),
                        );
                        return;
                    }
                    seen.push(name);
                }
                for q in &c.arguments.patterns {
                    self.pattern(q, names);
                }
                for k in &c.arguments.keywords {
                    self.pattern(&k.pattern, names);
                }
            }
            Pattern::MatchOr(o) => {
                let mut first: Option<Vec<String>> = None;
                for (i, alt) in o.patterns.iter().enumerate() {
                    if i + 1 < o.patterns.len() && irrefutable(alt) {
                        self.irrefutable_error(alt);
                        return;
                    }
                    let mut alt_names = Vec::new();
                    self.pattern(alt, &mut alt_names);
                    match &first {
                        None => first = Some(alt_names),
                        Some(f) => {
                            let mut a = f.clone();
                            let mut b = alt_names.clone();
                            a.sort();
                            b.sort();
                            if a != b {
                                self.fail("alternative patterns bind different names", alt.range());
                                return;
                            }
                        }
                    }
                }
                for n in first.unwrap_or_default() {
                    if names.contains(&n) {
                        self.fail(
                            format!("multiple assignments to name '{n}' in pattern"),
                            p.range(),
                        );
                        return;
                    }
                    names.push(n);
                }
            }
            Pattern::MatchValue(v) => self.visit_expr(&v.value),
            Pattern::MatchSingleton(_) => {}
        }
    }

    fn bind(&mut self, name: &str, range: TextRange, names: &mut Vec<String>) {
        if names.iter().any(|n| n == name) {
            self.fail(
                format!("multiple assignments to name '{name}' in pattern"),
                range,
            );
            return;
        }
        names.push(name.to_string());
    }

    fn irrefutable_error(&mut self, p: &Pattern) {
        match p {
            Pattern::MatchAs(a) if a.pattern.is_none() => match &a.name {
                Some(n) => self.fail(
                    format!("name capture '{n}' makes remaining patterns unreachable"),
                    p.range(),
                ),
                None => self.fail("wildcard makes remaining patterns unreachable", p.range()),
            },
            Pattern::MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    self.irrefutable_error(inner);
                }
            }
            Pattern::MatchOr(o) => {
                if let Some(last) = o.patterns.last() {
                    self.irrefutable_error(last);
                }
            }
            _ => {}
        }
    }

    fn comprehension(
        &mut self,
        elt_is_async: bool,
        generators: &[ast::Comprehension],
        is_generator: bool,
        range: TextRange,
        elts: &[&Expr],
    ) {
        let has_async = generators.iter().any(|g| g.is_async) || elt_is_async;
        if has_async && !is_generator && !self.in_async() {
            self.fail(
                "asynchronous comprehension outside of an asynchronous function",
                range,
            );
            return;
        }
        let saved = self.frame;
        for (i, g) in generators.iter().enumerate() {
            if i == 0 {
                self.visit_expr(&g.iter);
            }
        }
        // A comprehension is its own scope, in which compile.c allows
        // `await` and nested asynchronous comprehensions.
        self.frame = Frame::Function { is_async: true };
        for (i, g) in generators.iter().enumerate() {
            self.store_target(&g.target);
            if i > 0 {
                self.visit_expr(&g.iter);
            }
            for cond in &g.ifs {
                self.visit_expr(cond);
            }
        }
        for e in elts {
            self.visit_expr(e);
        }
        self.frame = saved;
    }
}

impl<'a> Visitor<'a> for Checker<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if self.error.is_some() {
            return;
        }
        match stmt {
            Stmt::FunctionDef(f) => self.function(f),
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression);
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.visit_expr(a);
                    }
                    for k in args.keywords.iter() {
                        self.visit_expr(&k.value);
                    }
                }
                self.body_in(Frame::Class, false, &c.body);
            }
            Stmt::Return(r) => {
                if !self.in_function() {
                    self.fail("'return' outside function", stmt.range());
                } else if self.in_except_star {
                    self.fail(
                        "'break', 'continue' and 'return' cannot appear in an except* block",
                        stmt.range(),
                    );
                } else if r.value.is_some() && self.is_async_gen {
                    self.fail("'return' with value in async generator", stmt.range());
                } else if let Some(v) = &r.value {
                    self.visit_expr(v);
                }
            }
            Stmt::Break(_) | Stmt::Continue(_) => {
                let is_break = matches!(stmt, Stmt::Break(_));
                if self.in_except_star {
                    self.fail(
                        "'break', 'continue' and 'return' cannot appear in an except* block",
                        stmt.range(),
                    );
                } else if self.loops == 0 {
                    let msg = if is_break {
                        "'break' outside loop"
                    } else {
                        "'continue' not properly in loop"
                    };
                    self.fail(msg, stmt.range());
                }
            }
            Stmt::For(f) => {
                if f.is_async && !self.in_async() {
                    self.fail("'async for' outside async function", stmt.range());
                    return;
                }
                self.visit_expr(&f.iter);
                self.store_target(&f.target);
                self.loop_body(&f.body);
                self.visit_body(&f.orelse);
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test);
                self.loop_body(&w.body);
                self.visit_body(&w.orelse);
            }
            Stmt::With(w) => {
                if w.is_async && !self.in_async() {
                    self.fail("'async with' outside async function", stmt.range());
                    return;
                }
                for item in &w.items {
                    self.visit_expr(&item.context_expr);
                    if let Some(v) = &item.optional_vars {
                        self.store_target(v);
                    }
                }
                self.visit_body(&w.body);
            }
            Stmt::Try(t) => {
                self.visit_body(&t.body);
                let n = t.handlers.len();
                for (i, h) in t.handlers.iter().enumerate() {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if h.type_.is_none() && i + 1 < n && !t.is_star {
                        self.fail("default 'except:' must be last", h.range());
                        return;
                    }
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty);
                    }
                    if let Some(name) = &h.name {
                        self.debug_name(name.as_str(), false, h.range());
                    }
                    let saved = (self.in_except_star, self.loops);
                    if t.is_star {
                        self.in_except_star = true;
                    }
                    self.visit_body(&h.body);
                    (self.in_except_star, self.loops) = saved;
                }
                self.visit_body(&t.orelse);
                self.visit_body(&t.finalbody);
            }
            Stmt::Assign(a) => {
                self.visit_expr(&a.value);
                for t in &a.targets {
                    self.store_target(t);
                }
            }
            Stmt::AugAssign(a) => {
                self.visit_expr(&a.value);
                self.store_target(&a.target);
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.visit_expr(v);
                }
                self.store_target(&a.target);
                self.visit_expr(&a.annotation);
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    match t {
                        Expr::Name(n) => self.debug_name(n.id.as_str(), true, n.range()),
                        other => self.visit_expr(other),
                    }
                }
            }
            Stmt::Expr(e) => {
                if let Expr::Starred(s) = &*e.value {
                    self.fail("can't use starred expression here", s.range());
                    return;
                }
                self.visit_expr(&e.value);
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = a.asname.as_ref().map_or_else(
                        || a.name.as_str().split('.').next().unwrap_or(""),
                        |n| n.as_str(),
                    );
                    self.debug_name(bound, false, stmt.range());
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    let bound = a.asname.as_ref().map_or(a.name.as_str(), |n| n.as_str());
                    self.debug_name(bound, false, stmt.range());
                }
            }
            Stmt::Match(m) => {
                self.visit_expr(&m.subject);
                let n = m.cases.len();
                for (i, case) in m.cases.iter().enumerate() {
                    if i + 1 < n && case.guard.is_none() && irrefutable(&case.pattern) {
                        self.irrefutable_error(&case.pattern);
                        return;
                    }
                    let mut names = Vec::new();
                    self.pattern(&case.pattern, &mut names);
                    if let Some(g) = &case.guard {
                        self.visit_expr(g);
                    }
                    self.visit_body(&case.body);
                }
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.error.is_some() {
            return;
        }
        match expr {
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                if !self.in_function() {
                    self.fail("'yield' outside function", expr.range());
                    return;
                }
                if matches!(expr, Expr::YieldFrom(_)) && self.in_async() {
                    self.fail("'yield from' inside async function", expr.range());
                    return;
                }
                visitor::walk_expr(self, expr);
            }
            Expr::Await(_) => {
                if !self.in_function() {
                    self.fail("'await' outside function", expr.range());
                    return;
                }
                if !self.in_async() {
                    self.fail("'await' outside async function", expr.range());
                    return;
                }
                visitor::walk_expr(self, expr);
            }
            Expr::Lambda(l) => {
                if let Some(params) = &l.parameters {
                    for p in params.iter_non_variadic_params() {
                        if let Some(d) = &p.default {
                            self.visit_expr(d);
                        }
                    }
                }
                let saved = (
                    self.frame,
                    self.loops,
                    self.in_except_star,
                    self.is_async_gen,
                );
                self.frame = Frame::Lambda;
                self.loops = 0;
                self.in_except_star = false;
                self.visit_expr(&l.body);
                (
                    self.frame,
                    self.loops,
                    self.in_except_star,
                    self.is_async_gen,
                ) = saved;
            }
            Expr::ListComp(c) => {
                let a = contains_await(&c.elt)
                    || c.generators
                        .iter()
                        .any(|g| g.ifs.iter().any(contains_await));
                self.comprehension(a, &c.generators, false, expr.range(), &[&c.elt]);
            }
            Expr::SetComp(c) => {
                let a = contains_await(&c.elt)
                    || c.generators
                        .iter()
                        .any(|g| g.ifs.iter().any(contains_await));
                self.comprehension(a, &c.generators, false, expr.range(), &[&c.elt]);
            }
            Expr::DictComp(c) => {
                let a = contains_await(&c.key) || contains_await(&c.value);
                self.comprehension(a, &c.generators, false, expr.range(), &[&c.key, &c.value]);
            }
            Expr::Generator(c) => {
                self.comprehension(false, &c.generators, true, expr.range(), &[&c.elt]);
            }
            Expr::Starred(s) if s.ctx == ExprContext::Load => visitor::walk_expr(self, expr),
            Expr::Named(n) => {
                self.visit_expr(&n.value);
            }
            Expr::Call(c) => {
                self.visit_expr(&c.func);
                for a in c.arguments.args.iter() {
                    self.visit_expr(a);
                }
                for k in c.arguments.keywords.iter() {
                    if let Some(arg) = &k.arg
                        && arg.as_str() == "__debug__"
                    {
                        self.fail("cannot assign to __debug__", k.range());
                        return;
                    }
                    self.visit_expr(&k.value);
                }
            }
            _ => visitor::walk_expr(self, expr),
        }
    }
}

/// Whether a pattern always matches (a capture, a wildcard, or an `|`
/// whose last alternative does).
fn irrefutable(p: &Pattern) -> bool {
    match p {
        Pattern::MatchAs(a) => a.pattern.as_deref().is_none_or(irrefutable),
        Pattern::MatchOr(o) => o.patterns.last().is_some_and(irrefutable),
        _ => false,
    }
}

/// Whether `body` (not counting nested scopes) contains `yield`.
fn contains_yield(body: &[Stmt]) -> bool {
    #[derive(Default)]
    struct Find(bool);
    impl<'a> Visitor<'a> for Find {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if !matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
                visitor::walk_stmt(self, stmt);
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Yield(_) | Expr::YieldFrom(_) => self.0 = true,
                Expr::Lambda(_)
                | Expr::Generator(_)
                | Expr::ListComp(_)
                | Expr::SetComp(_)
                | Expr::DictComp(_) => {}
                _ => visitor::walk_expr(self, expr),
            }
        }
    }
    let mut f = Find::default();
    f.visit_body(body);
    f.0
}

/// Whether `expr` (not counting nested scopes) contains `await`.
fn contains_await(expr: &Expr) -> bool {
    #[derive(Default)]
    struct Find(bool);
    impl<'a> Visitor<'a> for Find {
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Await(_) => self.0 = true,
                Expr::Lambda(_) => {}
                _ => visitor::walk_expr(self, expr),
            }
        }
    }
    let mut f = Find::default();
    f.visit_expr(expr);
    f.0
}
