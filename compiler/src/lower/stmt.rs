//! Statements: simple ones, `if`/`while`/`for`, assignments, imports.

use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::Ranged;

use super::{Exit, FnLowerer, LResult};
use crate::ir::{BlockCall, Const, Imm, Opcode, Terminator, Unwind};

impl<'a> FnLowerer<'_, 'a> {
    /// A module body: docstring, annotations namespace, statements,
    /// `return None`.
    pub(super) fn lower_module_body(&mut self, body: &'a [Stmt]) -> LResult<()> {
        let start = self.loc(body.first().map_or_else(Default::default, |s| s.range()));
        if let Some(doc) = self.docstring_of(body) {
            let v = self.constant(Const::Str(doc.clone()), start);
            self.store_name("__doc__", v, start);
        }
        if needs_annotations(body) {
            self.emit(Opcode::SetupAnnotations, Imm::None, vec![], start);
        }
        if self.cx.eval_mode
            && let [Stmt::Expr(e)] = body
        {
            let v = self.lower_expr(&e.value)?;
            let loc = self.loc(e.range());
            self.terminate(Terminator::Return(v), loc);
            return Ok(());
        }
        self.lower_body(body)?;
        let end = self.end_loc(body);
        if !self.is_dead() {
            let none = self.none(end);
            self.terminate(Terminator::Return(none), end);
        }
        Ok(())
    }

    /// The location CPython gives an implicit `return None`: the last
    /// statement's.
    pub(super) fn end_loc(&self, body: &[Stmt]) -> crate::ir::Loc {
        body.last().map_or_else(
            || crate::ir::Loc {
                line: 1,
                col: 0,
                end_line: 1,
                end_col: 0,
            },
            |s| self.loc(s.range()),
        )
    }

    /// A sequence of statements; stops at dead code.
    pub(super) fn lower_body(&mut self, body: &'a [Stmt]) -> LResult<()> {
        for stmt in body {
            if self.is_dead() {
                break;
            }
            self.lower_stmt(stmt)?;
        }
        Ok(())
    }

    fn lower_stmt(&mut self, stmt: &'a Stmt) -> LResult<()> {
        let loc = self.loc(stmt.range());
        match stmt {
            Stmt::Expr(s) => {
                let v = self.lower_expr(&s.value)?;
                if self.cx.interactive && self.scope_kind() == crate::scopes::ScopeKind::Module {
                    self.emit(Opcode::PrintExpr, Imm::None, vec![v], loc);
                }
            }
            Stmt::Pass(_) | Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Assign(s) => {
                let parallel = match s.targets.as_slice() {
                    [target] => self.assign_parallel(target, &s.value)?,
                    _ => false,
                };
                if !parallel {
                    let v = self.lower_expr(&s.value)?;
                    for target in &s.targets {
                        self.assign(target, v)?;
                    }
                }
            }
            Stmt::AugAssign(s) => self.lower_aug_assign(s)?,
            Stmt::AnnAssign(s) => self.lower_ann_assign(s)?,
            Stmt::Delete(s) => {
                for target in &s.targets {
                    self.delete(target)?;
                }
            }
            Stmt::If(s) => self.lower_if(s)?,
            Stmt::While(s) => self.lower_while(s)?,
            Stmt::For(s) => self.lower_for(s)?,
            Stmt::Break(_) => match self.innermost_loop() {
                Some((depth, _, break_to)) => {
                    self.unwind_exits(depth + 1, loc)?;
                    self.jump_if_live(break_to, loc);
                }
                None => return Err(self.internal(stmt.range(), "'break' outside loop")),
            },
            Stmt::Continue(_) => match self.innermost_loop() {
                Some((depth, continue_to, _)) => {
                    self.unwind_exits(depth + 1, loc)?;
                    self.jump_if_live(continue_to, loc);
                }
                None => return Err(self.internal(stmt.range(), "'continue' not in loop")),
            },
            Stmt::Return(s) => {
                let v = match &s.value {
                    Some(e) => self.lower_expr(e)?,
                    None => self.none(loc),
                };
                self.emit_return(v, loc)?;
            }
            Stmt::Raise(s) => self.lower_raise(s)?,
            Stmt::Assert(s) => self.lower_assert(s)?,
            Stmt::Import(s) => self.lower_import(s)?,
            Stmt::ImportFrom(s) => self.lower_import_from(s)?,
            Stmt::FunctionDef(s) => self.lower_function_def(s)?,
            Stmt::ClassDef(s) => self.lower_class_def(s)?,
            Stmt::Try(s) => self.lower_try(s)?,
            Stmt::With(s) => self.lower_with(s)?,
            Stmt::Match(s) => self.lower_match(s)?,
            Stmt::TypeAlias(_) | Stmt::IpyEscapeCommand(_) => {
                return Err(self.internal(stmt.range(), "syntax not in Python 3.11"));
            }
        }
        Ok(())
    }

    fn lower_if(&mut self, s: &'a ast::StmtIf) -> LResult<()> {
        let after = self.new_block();
        let mut test = Some(&*s.test);
        let mut body = &s.body[..];
        let mut clauses = s.elif_else_clauses.iter();
        loop {
            match test {
                Some(t) => {
                    let then_b = self.new_block();
                    let else_b = self.new_block();
                    self.lower_condition(t, then_b, else_b)?;
                    self.switch_to(then_b);
                    self.lower_body(body)?;
                    self.jump_if_live(after, self.loc(t.range()));
                    self.switch_to(else_b);
                }
                None => {
                    self.lower_body(body)?;
                    break;
                }
            }
            match clauses.next() {
                Some(clause) => {
                    test = clause.test.as_ref();
                    body = &clause.body;
                }
                None => break,
            }
        }
        self.jump_if_live(after, self.loc(s.range));
        self.switch_to(after);
        Ok(())
    }

    fn lower_while(&mut self, s: &'a ast::StmtWhile) -> LResult<()> {
        let head = self.new_block();
        let body = self.new_block();
        let orelse = self.new_block();
        let after = self.new_block();
        let loc = self.loc(s.test.range());
        self.jump(head, vec![], loc);
        self.switch_to(head);
        self.lower_condition(&s.test, body, orelse)?;
        self.switch_to(body);
        self.exits.push(Exit::Loop {
            continue_to: head,
            break_to: after,
        });
        self.lower_body(&s.body)?;
        self.exits.pop();
        self.jump_if_live(head, loc);
        self.switch_to(orelse);
        self.lower_body(&s.orelse)?;
        self.jump_if_live(after, loc);
        self.switch_to(after);
        Ok(())
    }

    fn lower_for(&mut self, s: &'a ast::StmtFor) -> LResult<()> {
        // CPython 3.11 gives GET_ITER and FOR_ITER the statement's range.
        let iter_loc = self.loc(s.range);
        let iterable = self.lower_expr(&s.iter)?;
        let op = if s.is_async {
            Opcode::AIter
        } else {
            Opcode::Iter
        };
        let it = self.value(op, Imm::None, vec![iterable], iter_loc);
        let head = self.new_block();
        let (body, item) = self.new_block_with_param();
        let orelse = self.new_block();
        let after = self.new_block();
        self.jump(head, vec![], iter_loc);
        self.switch_to(head);
        if s.is_async {
            self.async_for_next(it, body, orelse, iter_loc)?;
        } else {
            self.terminate(
                Terminator::ForIter {
                    iter: it,
                    next: BlockCall {
                        block: body,
                        args: vec![],
                    },
                    done: BlockCall {
                        block: orelse,
                        args: vec![],
                    },
                    unwind: self.unwind,
                },
                iter_loc,
            );
        }
        self.switch_to(body);
        self.assign(&s.target, item)?;
        self.exits.push(Exit::Loop {
            continue_to: head,
            break_to: after,
        });
        self.lower_body(&s.body)?;
        self.exits.pop();
        self.jump_if_live(head, iter_loc);
        self.switch_to(orelse);
        self.lower_body(&s.orelse)?;
        self.jump_if_live(after, iter_loc);
        self.switch_to(after);
        Ok(())
    }

    fn lower_aug_assign(&mut self, s: &'a ast::StmtAugAssign) -> LResult<()> {
        let loc = self.loc(s.range);
        let op = super::expr::inplace_opcode(s.op);
        match &*s.target {
            ast::Expr::Name(n) => {
                let old = self.load_name(&n.id, self.loc(n.range));
                let rhs = self.lower_expr(&s.value)?;
                let new = self.value(op, Imm::None, vec![old, rhs], loc);
                self.store_name(&n.id, new, self.loc(n.range));
            }
            ast::Expr::Attribute(a) => {
                let obj = self.lower_expr(&a.value)?;
                let aloc = self.loc(a.range);
                let name = self.mangle(&a.attr);
                let old = self.value(Opcode::AttrGet, Imm::Name(name.clone()), vec![obj], aloc);
                let rhs = self.lower_expr(&s.value)?;
                let new = self.value(op, Imm::None, vec![old, rhs], loc);
                self.emit(Opcode::AttrSet, Imm::Name(name), vec![obj, new], aloc);
            }
            ast::Expr::Subscript(sub) => {
                let obj = self.lower_expr(&sub.value)?;
                let key = self.lower_subscript_key(&sub.slice)?;
                let sloc = self.loc(sub.range);
                let old = self.value(Opcode::ItemGet, Imm::None, vec![obj, key], sloc);
                let rhs = self.lower_expr(&s.value)?;
                let new = self.value(op, Imm::None, vec![old, rhs], loc);
                self.emit(Opcode::ItemSet, Imm::None, vec![obj, key, new], sloc);
            }
            other => {
                return Err(self.internal(other.range(), "invalid augmented assignment target"));
            }
        }
        Ok(())
    }

    fn lower_ann_assign(&mut self, s: &'a ast::StmtAnnAssign) -> LResult<()> {
        let loc = self.loc(s.range);
        if let Some(value) = &s.value {
            let v = self.lower_expr(value)?;
            self.assign(&s.target, v)?;
        }
        let in_function = !matches!(
            self.scope_kind(),
            crate::scopes::ScopeKind::Module | crate::scopes::ScopeKind::Class
        );
        if in_function {
            // Annotations of local variables are never evaluated.
            return Ok(());
        }
        match &*s.target {
            ast::Expr::Name(n) if s.simple => {
                let ann = self.lower_annotation(&s.annotation)?;
                let anns = self.load_name("__annotations__", loc);
                let key = self.constant(Const::Str(self.mangle(&n.id)), loc);
                self.emit(Opcode::ItemSet, Imm::None, vec![anns, key, ann], loc);
            }
            target => {
                // Only the target's subexpressions are checked, and the
                // annotation evaluated, as CPython does for complex targets.
                match target {
                    ast::Expr::Attribute(a) if s.value.is_none() => {
                        self.lower_expr(&a.value)?;
                    }
                    ast::Expr::Subscript(sub) if s.value.is_none() => {
                        self.lower_expr(&sub.value)?;
                        self.lower_subscript_key(&sub.slice)?;
                    }
                    _ => {}
                }
                if !self.future_annotations() {
                    self.lower_expr(&s.annotation)?;
                }
            }
        }
        Ok(())
    }

    /// Whether `from __future__ import annotations` is in effect.
    pub(super) fn future_annotations(&self) -> bool {
        let scopes = self.scopes();
        scopes.get(scopes.module()).has_future_annotations
    }

    /// An annotation's value: the expression, or its source text under
    /// `from __future__ import annotations`.
    pub(super) fn lower_annotation(&mut self, ann: &'a ast::Expr) -> LResult<crate::ir::Value> {
        if let (ast::Expr::Starred(star), false) = (ann, self.future_annotations()) {
            // `*args: *Ts` (PEP 646) annotates with the one item of `Ts`.
            let loc = self.loc(ann.range());
            let v = self.lower_expr(&star.value)?;
            let items = self.value(Opcode::UnpackSeq, Imm::Count(1), vec![v], loc);
            return Ok(self.value(Opcode::TupleItem, Imm::Count(0), vec![items], loc));
        }
        if self.future_annotations() {
            let text = self.src().text[ann.range()].to_string();
            Ok(self.constant(Const::Str(text), self.loc(ann.range())))
        } else {
            self.lower_expr(ann)
        }
    }

    fn lower_raise(&mut self, s: &'a ast::StmtRaise) -> LResult<()> {
        let loc = self.loc(s.range);
        let exc = s.exc.as_deref().map(|e| self.lower_expr(e)).transpose()?;
        let cause = s.cause.as_deref().map(|e| self.lower_expr(e)).transpose()?;
        self.terminate(
            Terminator::Raise {
                exc,
                cause,
                unwind: self.unwind,
            },
            loc,
        );
        Ok(())
    }

    fn lower_assert(&mut self, s: &'a ast::StmtAssert) -> LResult<()> {
        if self.cx.optimize > 0 {
            // `-O` compiles asserts away.
            return Ok(());
        }
        // CPython 3.11 raises at the test's range.
        let loc = self.loc(s.test.range());
        let fail = self.new_block();
        let ok = self.new_block();
        self.lower_condition(&s.test, ok, fail)?;
        self.switch_to(fail);
        let class = self.value(
            Opcode::LoadBuiltinExc,
            Imm::Name("AssertionError".into()),
            vec![],
            loc,
        );
        let exc = match &s.msg {
            Some(msg) => {
                let m = self.lower_expr(msg)?;
                self.call(class, vec![m], loc)
            }
            None => class,
        };
        self.terminate(
            Terminator::Raise {
                exc: Some(exc),
                cause: None,
                unwind: self.unwind,
            },
            loc,
        );
        self.switch_to(ok);
        Ok(())
    }

    fn lower_import(&mut self, s: &'a ast::StmtImport) -> LResult<()> {
        for alias in &s.names {
            let loc = self.loc(s.range);
            let none = self.none(loc);
            let module = self.value(
                Opcode::Import,
                Imm::Import {
                    name: alias.name.to_string(),
                    level: 0,
                },
                vec![none],
                loc,
            );
            match &alias.asname {
                Some(asname) => {
                    // `import a.b.c as d` binds the innermost module.
                    let mut m = module;
                    for part in alias.name.split('.').skip(1) {
                        m = self.value(
                            Opcode::ImportFrom,
                            Imm::Name(part.to_string()),
                            vec![m],
                            loc,
                        );
                    }
                    self.store_name(asname, m, loc);
                }
                None => {
                    let top = alias.name.split('.').next().unwrap_or(&alias.name);
                    self.store_name(top, module, loc);
                }
            }
        }
        Ok(())
    }

    fn lower_import_from(&mut self, s: &'a ast::StmtImportFrom) -> LResult<()> {
        let loc = self.loc(s.range);
        let names: Vec<Const> = s
            .names
            .iter()
            .map(|a| Const::Str(a.name.to_string()))
            .collect();
        let fromlist = self.constant(Const::Tuple(names), loc);
        let module = self.value(
            Opcode::Import,
            Imm::Import {
                name: s
                    .module
                    .as_ref()
                    .map_or_else(String::new, |m| m.to_string()),
                level: s.level,
            },
            vec![fromlist],
            loc,
        );
        for alias in &s.names {
            let aloc = self.loc(alias.range);
            if &*alias.name == "*" {
                self.emit(Opcode::ImportStar, Imm::None, vec![module], loc);
                continue;
            }
            let v = self.value(
                Opcode::ImportFrom,
                Imm::Name(alias.name.to_string()),
                vec![module],
                aloc,
            );
            let bound = alias.asname.as_ref().unwrap_or(&alias.name);
            self.store_name(bound, v, aloc);
        }
        Ok(())
    }

    /// Leaves an `except` handler: unbinds its name and restores the
    /// previously handled exception.
    pub(super) fn leave_handler(&mut self, name: Option<&str>, loc: crate::ir::Loc) {
        if let Some(name) = name {
            let none = self.none(loc);
            self.store_name(name, none, loc);
            self.delete_name(name, loc);
        }
        self.emit(Opcode::ExcPop, Imm::None, vec![], loc);
    }

    /// Re-raises `exc` to `unwind`.
    pub(super) fn reraise(&mut self, exc: crate::ir::Value, unwind: Unwind, loc: crate::ir::Loc) {
        self.terminate(Terminator::Reraise { exc, unwind }, loc);
    }
}

impl FnLowerer<'_, '_> {
    /// The docstring of a body, unless `-OO` removes docstrings.
    pub(super) fn docstring_of(&self, body: &[Stmt]) -> Option<String> {
        if self.cx.optimize >= 2 {
            return None;
        }
        docstring(body)
    }
}

/// The docstring of a body: its first statement, if a string literal.
pub(super) fn docstring(body: &[Stmt]) -> Option<String> {
    match body.first()? {
        Stmt::Expr(e) => match &*e.value {
            ast::Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a module or class body has annotated assignments at its top
/// level (not in nested functions or classes), so that CPython creates
/// `__annotations__`.
pub(super) fn needs_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::If(s) => {
            needs_annotations(&s.body)
                || s.elif_else_clauses
                    .iter()
                    .any(|c| needs_annotations(&c.body))
        }
        Stmt::While(s) => needs_annotations(&s.body) || needs_annotations(&s.orelse),
        Stmt::For(s) => needs_annotations(&s.body) || needs_annotations(&s.orelse),
        Stmt::With(s) => needs_annotations(&s.body),
        Stmt::Try(s) => {
            needs_annotations(&s.body)
                || needs_annotations(&s.orelse)
                || needs_annotations(&s.finalbody)
                || s.handlers.iter().any(|h| match h {
                    ast::ExceptHandler::ExceptHandler(h) => needs_annotations(&h.body),
                })
        }
        Stmt::Match(s) => s.cases.iter().any(|c| needs_annotations(&c.body)),
        _ => false,
    })
}
