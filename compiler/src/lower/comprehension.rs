//! Comprehensions and generator expressions: each is a function of its own
//! (CPython 3.11), called with the iterator of its outermost iterable,
//! which is evaluated in the enclosing scope.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::TextRange;

use super::{FnLowerer, LResult};
use crate::ir::{BlockCall, FunctionKind, Imm, Loc, Opcode, Params, Terminator, Value};

/// What a comprehension produces.
enum Produce<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Generator(&'a Expr),
}

impl<'a> FnLowerer<'_, 'a> {
    pub(super) fn lower_list_comp(&mut self, c: &'a ast::ExprListComp) -> LResult<Value> {
        self.lower_comprehension(c.range, c.range, &c.generators, Produce::List(&c.elt))
    }

    pub(super) fn lower_set_comp(&mut self, c: &'a ast::ExprSetComp) -> LResult<Value> {
        self.lower_comprehension(c.range, c.range, &c.generators, Produce::Set(&c.elt))
    }

    pub(super) fn lower_dict_comp(&mut self, c: &'a ast::ExprDictComp) -> LResult<Value> {
        let produce = Produce::Dict(&c.key, &c.value);
        self.lower_comprehension(c.range, c.range, &c.generators, produce)
    }

    pub(super) fn lower_generator_exp(&mut self, g: &'a ast::ExprGenerator) -> LResult<Value> {
        self.lower_generator_exp_at(g, g.range)
    }

    /// A generator expression located at `at`: CPython's location of the
    /// sole argument of a call, `f(x for x in y)`, takes in the call's
    /// parentheses.
    pub(super) fn lower_generator_exp_at(
        &mut self,
        g: &'a ast::ExprGenerator,
        at: TextRange,
    ) -> LResult<Value> {
        self.lower_comprehension(g.range, at, &g.generators, Produce::Generator(&g.elt))
    }

    /// The comprehension whose scope is the one at `range`, located at
    /// `at`.
    fn lower_comprehension(
        &mut self,
        range: TextRange,
        at: TextRange,
        generators: &'a [ast::Comprehension],
        produce: Produce<'a>,
    ) -> LResult<Value> {
        let loc = self.loc(at);
        let first = generators
            .first()
            .ok_or_else(|| self.internal(range, "comprehension without a loop"))?;
        let scope = self.child_scope(range)?;
        let iterable = self.lower_expr(&first.iter)?;
        let iter_op = if first.is_async {
            Opcode::AIter
        } else {
            Opcode::Iter
        };
        let it = self.value(
            iter_op,
            Imm::None,
            vec![iterable],
            // CPython 3.11 puts `GET_ITER` at the comprehension.
            loc,
        );
        let id = self.lower_code(scope, FunctionKind::Comprehension, loc.line, |f| {
            f.func.params = Params {
                positional: 1,
                ..Params::default()
            };
            let acc = match produce {
                Produce::List(_) => Some(f.value(Opcode::ListBuild, Imm::None, vec![], loc)),
                Produce::Set(_) => Some(f.value(Opcode::SetBuild, Imm::None, vec![], loc)),
                Produce::Dict(..) => Some(f.value(Opcode::DictBuild, Imm::None, vec![], loc)),
                Produce::Generator(_) => None,
            };
            f.comprehension_loop(generators, 0, &|f: &mut FnLowerer<'_, 'a>| {
                match (&produce, acc) {
                    (Produce::List(e), Some(acc)) => {
                        let v = f.lower_expr(e)?;
                        f.emit(Opcode::ListAppend, Imm::None, vec![acc, v], loc);
                    }
                    (Produce::Set(e), Some(acc)) => {
                        let v = f.lower_expr(e)?;
                        f.emit(Opcode::SetAdd, Imm::None, vec![acc, v], loc);
                    }
                    (Produce::Dict(k, v), Some(acc)) => {
                        let k = f.lower_expr(k)?;
                        let v = f.lower_expr(v)?;
                        f.emit(Opcode::DictSet, Imm::None, vec![acc, k, v], loc);
                    }
                    (Produce::Generator(e), _) => {
                        let v = f.lower_expr(e)?;
                        f.lower_yield(v, loc);
                    }
                    _ => {}
                }
                Ok(())
            })?;
            let result = match acc {
                Some(acc) => acc,
                None => f.none(loc),
            };
            f.terminate(Terminator::Return(result), loc);
            Ok(())
        })?;
        let none = self.none(loc);
        let func = self.make_function(id, scope, [none, none, none], loc);
        let result = self.call(func, vec![it], loc);
        let is_async_comp = self.scopes().get(scope).is_coroutine;
        if is_async_comp && !matches!(produce, Produce::Generator(_)) {
            return self.lower_await(result, loc);
        }
        Ok(result)
    }

    /// The `for`/`if` clauses from `index` on, running `body` innermost.
    fn comprehension_loop(
        &mut self,
        generators: &'a [ast::Comprehension],
        index: usize,
        body: &dyn Fn(&mut FnLowerer<'_, 'a>) -> LResult<()>,
    ) -> LResult<()> {
        let Some(g) = generators.get(index) else {
            return body(self);
        };
        let loc: Loc = self.loc(g.range);
        let it = if index == 0 {
            self.value(Opcode::LoadFast, Imm::Name(".0".into()), vec![], loc)
        } else {
            let iterable = self.lower_expr(&g.iter)?;
            let op = if g.is_async {
                Opcode::AIter
            } else {
                Opcode::Iter
            };
            self.value(op, Imm::None, vec![iterable], loc)
        };
        let head = self.new_block();
        let (item_b, item) = self.new_block_with_param();
        let done = self.new_block();
        self.jump(head, vec![], loc);
        self.switch_to(head);
        if g.is_async {
            self.async_for_next(it, item_b, done, loc)?;
        } else {
            self.terminate(
                Terminator::ForIter {
                    iter: it,
                    next: BlockCall {
                        block: item_b,
                        args: vec![],
                    },
                    done: BlockCall {
                        block: done,
                        args: vec![],
                    },
                    unwind: self.unwind,
                },
                loc,
            );
        }
        self.switch_to(item_b);
        self.assign(&g.target, item)?;
        for cond in &g.ifs {
            let pass = self.new_block();
            self.lower_condition(cond, pass, head)?;
            self.switch_to(pass);
        }
        self.comprehension_loop(generators, index + 1, body)?;
        self.jump_if_live(head, loc);
        self.switch_to(done);
        Ok(())
    }
}
