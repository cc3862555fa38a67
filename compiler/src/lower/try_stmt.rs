//! `try`/`except`/`else`/`finally` and `with`/`async with`.
//!
//! A handler block receives the exception as its parameter. Entering it
//! pushes the exception as the one being handled (`sys.exc_info()`);
//! every way out of the handler pops it, including an exception escaping
//! from the handler body, which goes through a cleanup block that pops and
//! re-raises. `finally` bodies are inlined on each way out: normal
//! completion, the exceptional path, and each `return`/`break`/`continue`
//! leaving the `try` (through `Exit::Finally`).

use ruff_python_ast::{self as ast, Stmt};

use super::{Exit, FnLowerer, LResult};
use crate::ir::{Const, Imm, Loc, Opcode, Unwind, Value};

impl<'a> FnLowerer<'_, 'a> {
    pub(super) fn lower_try(&mut self, s: &'a ast::StmtTry) -> LResult<()> {
        if s.finalbody.is_empty() {
            return self.lower_try_except(s);
        }
        let loc = self.loc(s.range);
        let outer = self.unwind;
        let (handler, exc) = self.new_block_with_param();
        self.exits.push(Exit::Finally {
            body: &s.finalbody,
            outer,
        });
        self.with_unwind(Unwind::Handler(handler), |f| f.lower_try_except(s))?;
        self.exits.pop();
        // Normal completion.
        self.lower_body(&s.finalbody)?;
        let after = self.new_block();
        self.jump_if_live(after, loc);
        // The exceptional path: the finally body runs with the exception
        // being handled, then re-raises it.
        self.switch_to(handler);
        self.emit(Opcode::ExcPush, Imm::None, vec![exc], loc);
        let cleanup = self.pop_and_reraise_block(outer, loc);
        self.with_unwind(Unwind::Handler(cleanup), |f| f.lower_body(&s.finalbody))?;
        if !self.is_dead() {
            self.emit(Opcode::ExcPop, Imm::None, vec![], loc);
            self.reraise(exc, outer, loc);
        }
        self.switch_to(after);
        Ok(())
    }

    /// A block that leaves a handler by popping the handled exception and
    /// re-raising what reached it.
    fn pop_and_reraise_block(&mut self, outer: Unwind, loc: Loc) -> crate::ir::Block {
        let saved = self.current;
        let (b, e) = self.new_block_with_param();
        self.switch_to(b);
        self.emit(Opcode::ExcPop, Imm::None, vec![], loc);
        self.reraise(e, outer, loc);
        self.current = saved;
        b
    }

    /// `try`/`except`/`else` (a `finally` is handled by the caller).
    fn lower_try_except(&mut self, s: &'a ast::StmtTry) -> LResult<()> {
        if s.handlers.is_empty() {
            return self.lower_body(&s.body);
        }
        if s.is_star {
            return self.lower_try_star(s);
        }
        let loc = self.loc(s.range);
        let outer = self.unwind;
        let (handler, exc) = self.new_block_with_param();
        let after = self.new_block();
        self.with_unwind(Unwind::Handler(handler), |f| f.lower_body(&s.body))?;
        self.lower_body(&s.orelse)?;
        self.jump_if_live(after, loc);

        self.switch_to(handler);
        self.emit(Opcode::ExcPush, Imm::None, vec![exc], loc);
        let cleanup = self.pop_and_reraise_block(outer, loc);
        self.unwind = Unwind::Handler(cleanup);
        for h in &s.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let hloc = self.loc(h.range);
            let body_b = self.new_block();
            let next = self.new_block();
            match &h.type_ {
                Some(t) => {
                    let ty = self.with_unwind(Unwind::Handler(cleanup), |f| f.lower_expr(t))?;
                    let m = self.with_unwind(Unwind::Handler(cleanup), |f| {
                        f.value(Opcode::ExcMatch, Imm::None, vec![exc, ty], hloc)
                    });
                    self.branch(m, body_b, next, hloc);
                }
                None => self.jump(body_b, vec![], hloc),
            }
            self.switch_to(body_b);
            self.lower_handler_body(h, exc, outer, after)?;
            self.switch_to(next);
        }
        // No clause matched: leave the handler and re-raise.
        if !self.is_dead() {
            self.emit(Opcode::ExcPop, Imm::None, vec![], loc);
            self.reraise(exc, outer, loc);
        }
        self.unwind = outer;
        self.switch_to(after);
        Ok(())
    }

    /// One `except` clause's body, with its `as` name bound, then the jump
    /// to `after`.
    fn lower_handler_body(
        &mut self,
        h: &'a ast::ExceptHandlerExceptHandler,
        exc: Value,
        outer: Unwind,
        after: crate::ir::Block,
    ) -> LResult<()> {
        let hloc = self.loc(h.range);
        let name = h.name.as_ref().map(|n| n.to_string());
        if let Some(n) = &name {
            self.store_name(n, exc, hloc);
        }
        // An exception escaping the body unbinds the name, leaves the
        // handler, and propagates.
        let saved = self.current;
        let (escape, e2) = self.new_block_with_param();
        self.switch_to(escape);
        self.with_unwind(outer, |f| f.leave_handler(name.as_deref(), hloc));
        self.reraise(e2, outer, hloc);
        self.current = saved;

        self.exits.push(Exit::Handler {
            name: name.clone(),
            outer,
        });
        self.with_unwind(Unwind::Handler(escape), |f| f.lower_body(&h.body))?;
        self.exits.pop();
        if !self.is_dead() {
            self.with_unwind(outer, |f| f.leave_handler(name.as_deref(), hloc));
            self.jump(after, vec![], hloc);
        }
        Ok(())
    }

    /// `try`/`except*`: each clause takes the part of the exception group
    /// that matches its type; what the clauses raise or leave unhandled is
    /// combined and re-raised.
    fn lower_try_star(&mut self, s: &'a ast::StmtTry) -> LResult<()> {
        let loc = self.loc(s.range);
        let outer = self.unwind;
        let (handler, exc) = self.new_block_with_param();
        let after = self.new_block();
        self.with_unwind(Unwind::Handler(handler), |f| f.lower_body(&s.body))?;
        self.lower_body(&s.orelse)?;
        self.jump_if_live(after, loc);

        self.switch_to(handler);
        self.emit(Opcode::ExcPush, Imm::None, vec![exc], loc);
        let cleanup = self.pop_and_reraise_block(outer, loc);
        self.unwind = Unwind::Handler(cleanup);
        let raised = self.value(Opcode::ListBuild, Imm::None, vec![], loc);
        let (rest_b, mut rest) = self.new_block_with_param();
        self.jump(rest_b, vec![exc], loc);
        self.switch_to(rest_b);
        for h in &s.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let hloc = self.loc(h.range);
            let Some(t) = &h.type_ else {
                return Err(self.internal(h.range, "except* without a type"));
            };
            let (next, next_rest) = self.new_block_with_param();
            let (body_b, matched) = self.new_block_with_param();
            // Split what is left: the matching part runs the body, the
            // rest goes on to the next clause.
            let ty = self.with_unwind(Unwind::Handler(cleanup), |f| f.lower_expr(t))?;
            let parts = self.with_unwind(Unwind::Handler(cleanup), |f| {
                f.value(Opcode::ExcGroupSplit, Imm::None, vec![rest, ty], hloc)
            });
            let m = self.value(Opcode::TupleItem, Imm::Count(0), vec![parts], hloc);
            let r = self.value(Opcode::TupleItem, Imm::Count(1), vec![parts], hloc);
            let none = self.none(hloc);
            let is_none = self.value(Opcode::Is, Imm::None, vec![m, none], hloc);
            let skip = self.new_block();
            let run = self.new_block();
            self.branch(is_none, skip, run, hloc);
            self.switch_to(skip);
            self.jump(next, vec![r], hloc);
            self.switch_to(run);
            self.jump(body_b, vec![m], hloc);
            self.switch_to(body_b);
            let name = h.name.as_ref().map(|n| n.to_string());
            if let Some(n) = &name {
                self.store_name(n, matched, hloc);
            }
            // What the body raises is collected, not propagated.
            let (caught, e2) = self.new_block_with_param();
            let done = self.new_block();
            self.exits.push(Exit::Handler {
                name: name.clone(),
                outer,
            });
            self.with_unwind(Unwind::Handler(caught), |f| f.lower_body(&h.body))?;
            self.exits.pop();
            self.jump_if_live(done, hloc);
            self.switch_to(caught);
            self.emit(Opcode::ListAppend, Imm::None, vec![raised, e2], hloc);
            self.jump(done, vec![], hloc);
            self.switch_to(done);
            if let Some(n) = &name {
                let none = self.none(hloc);
                self.store_name(n, none, hloc);
                self.delete_name(n, hloc);
            }
            self.jump(next, vec![r], hloc);
            self.switch_to(next);
            rest = next_rest;
        }
        // Unhandled rest joins what the handlers raised.
        self.emit(Opcode::ListAppend, Imm::None, vec![raised, rest], loc);
        let to_raise = self.with_unwind(Unwind::Handler(cleanup), |f| {
            f.value(Opcode::ExcGroupReraise, Imm::None, vec![exc, raised], loc)
        });
        self.emit(Opcode::ExcPop, Imm::None, vec![], loc);
        let none = self.none(loc);
        let nothing = self.value(Opcode::Is, Imm::None, vec![to_raise, none], loc);
        let raise_b = self.new_block();
        self.branch(nothing, after, raise_b, loc);
        self.switch_to(raise_b);
        self.reraise(to_raise, outer, loc);
        self.unwind = outer;
        self.switch_to(after);
        Ok(())
    }

    pub(super) fn lower_with(&mut self, s: &'a ast::StmtWith) -> LResult<()> {
        self.lower_with_items(&s.items, &s.body, s.is_async)
    }

    fn lower_with_items(
        &mut self,
        items: &'a [ast::WithItem],
        body: &'a [Stmt],
        is_async: bool,
    ) -> LResult<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.lower_body(body);
        };
        let loc = self.loc(item.range);
        let outer = self.unwind;
        let mgr = self.lower_expr(&item.context_expr)?;
        let (enter_name, exit_name) = if is_async {
            ("__aenter__", "__aexit__")
        } else {
            ("__enter__", "__exit__")
        };
        let enter = self.value(
            Opcode::SpecialLookup,
            Imm::Name(enter_name.into()),
            vec![mgr],
            loc,
        );
        let exit = self.value(
            Opcode::SpecialLookup,
            Imm::Name(exit_name.into()),
            vec![mgr],
            loc,
        );
        let mut entered = self.call(enter, vec![], loc);
        if is_async {
            entered = self.lower_await(entered, loc)?;
        }
        let (handler, exc) = self.new_block_with_param();
        let after = self.new_block();
        // The handler uses `exit`: start the protected region in a block of
        // its own so that `exit` dominates every edge into the handler.
        let body_b = self.new_block();
        self.jump(body_b, vec![], loc);
        self.switch_to(body_b);
        self.exits.push(Exit::With {
            exit,
            is_async,
            loc,
            outer,
        });
        self.with_unwind(Unwind::Handler(handler), |f| -> LResult<()> {
            if let Some(target) = &item.optional_vars {
                f.assign(target, entered)?;
            }
            f.lower_with_items(rest, body, is_async)
        })?;
        self.exits.pop();
        if !self.is_dead() {
            self.call_exit_none(exit, is_async, loc);
            self.jump_if_live(after, loc);
        }
        // An exception: `__exit__(type, value, traceback)` decides whether
        // it is suppressed.
        self.switch_to(handler);
        self.emit(Opcode::ExcPush, Imm::None, vec![exc], loc);
        let cleanup = self.pop_and_reraise_block(outer, loc);
        let suppress = self.with_unwind(Unwind::Handler(cleanup), |f| -> LResult<Value> {
            let ty = f.value(Opcode::ExcType, Imm::None, vec![exc], loc);
            let tb = f.value(Opcode::ExcTraceback, Imm::None, vec![exc], loc);
            let mut r = f.call(exit, vec![ty, exc, tb], loc);
            if is_async {
                r = f.lower_await(r, loc)?;
            }
            Ok(f.truth(r, loc))
        })?;
        let swallow = self.new_block();
        let propagate = self.new_block();
        self.branch(suppress, swallow, propagate, loc);
        self.switch_to(swallow);
        self.emit(Opcode::ExcPop, Imm::None, vec![], loc);
        self.jump(after, vec![], loc);
        self.switch_to(propagate);
        self.emit(Opcode::ExcPop, Imm::None, vec![], loc);
        self.reraise(exc, outer, loc);
        self.switch_to(after);
        Ok(())
    }

    /// `__exit__(None, None, None)`, awaited for `async with`.
    pub(super) fn call_exit_none(&mut self, exit: Value, is_async: bool, loc: Loc) {
        let none = self.constant(Const::None, loc);
        let r = self.call(exit, vec![none, none, none], loc);
        if is_async {
            // An await on the way out cannot fail to lower: its operand is
            // already a value.
            let _ = self.lower_await(r, loc);
        }
    }
}
