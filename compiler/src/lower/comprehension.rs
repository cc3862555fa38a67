//! Comprehensions and generator expressions: each is a function of its own
//! (CPython 3.11), called with the iterator of its outermost iterable,
//! which is evaluated in the enclosing scope.

use std::collections::HashMap;

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::TextRange;

use super::{FnLowerer, LResult};
use crate::ir::{
    BlockCall, Const, FuncId, FunctionKind, Imm, Loc, Opcode, Params, Terminator, Unwind, Value,
    hidden_local,
};
use crate::scopes::{NameOp, ScopeId};

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
        let generator = matches!(produce, Produce::Generator(_));
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
        let id = self.comprehension_code(scope, generators, produce, loc)?;
        let none = self.none(loc);
        let func = self.make_function(id, scope, [none, none, none], loc);
        let result = self.call(func, vec![it], loc);
        let is_async_comp = self.scopes().get(scope).is_coroutine;
        if is_async_comp && !generator {
            return self.lower_await(result, loc);
        }
        Ok(result)
    }

    /// The function of comprehension `scope`, located at `loc`.
    fn comprehension_code(
        &mut self,
        scope: ScopeId,
        generators: &'a [ast::Comprehension],
        produce: Produce<'a>,
        loc: Loc,
    ) -> LResult<FuncId> {
        self.lower_code(scope, FunctionKind::Comprehension, loc.line, |f| {
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
            f.comprehension_loop(generators, 0, None, &|f: &mut FnLowerer<'_, 'a>| {
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
        })
    }

    /// The `for`/`if` clauses from `index` on, running `body` innermost;
    /// the outermost iterator is `first`, or the function's parameter.
    fn comprehension_loop(
        &mut self,
        generators: &'a [ast::Comprehension],
        index: usize,
        first: Option<Value>,
        body: &dyn Fn(&mut FnLowerer<'_, 'a>) -> LResult<()>,
    ) -> LResult<()> {
        let Some(g) = generators.get(index) else {
            return body(self);
        };
        let loc: Loc = self.loc(g.range);
        let it = match (index, first) {
            (0, Some(it)) => it,
            (0, None) => self.value(Opcode::LoadFast, Imm::Name(".0".into()), vec![], loc),
            _ => {
                let iterable = self.lower_expr(&g.iter)?;
                let op = if g.is_async {
                    Opcode::AIter
                } else {
                    Opcode::Iter
                };
                self.value(op, Imm::None, vec![iterable], loc)
            }
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
        self.comprehension_loop(generators, index + 1, None, body)?;
        self.jump_if_live(head, loc);
        self.switch_to(done);
        Ok(())
    }
}

/// Names whose call reads the calling frame: a generator expression that
/// uses one keeps its own frame.
const FRAME_READERS: [&str; 7] = [
    "locals",
    "vars",
    "dir",
    "eval",
    "exec",
    "super",
    "breakpoint",
];

/// The hidden slot of an inlined `sum`'s running total.
const TOTAL: &str = "<sum>";

impl<'a> FnLowerer<'_, 'a> {
    /// `sum(e for x in y if c)` in a function, where `sum` is a global
    /// name and the generator expression has one `for`, no scope inside
    /// and no call that reads its frame. When `sum` holds the builtin at
    /// run time (`is.builtin`), the loop runs here with no generator: its
    /// locals live in hidden slots, its exceptions leave through
    /// `genexpr.unwind` (which makes the traceback entries and the PEP 479
    /// RuntimeError the generator's frame would have made), and the total
    /// is `+` from int 0, which is what `sum`'s own fast paths compute.
    /// Otherwise the call runs as written. `None` for any other call.
    pub(super) fn lower_inline_sum(&mut self, c: &'a ast::ExprCall) -> LResult<Option<Value>> {
        let (Expr::Name(n), [Expr::Generator(g)], []) =
            (&*c.func, &*c.arguments.args, &*c.arguments.keywords)
        else {
            return Ok(None);
        };
        let [clause] = &*g.generators else {
            return Ok(None);
        };
        if &*n.id != "sum"
            || clause.is_async
            || !self.scope_kind().is_function_like()
            || self.scopes().name_op(self.scope, "sum") != NameOp::Global
        {
            return Ok(None);
        }
        let scope = self.child_scope(g.range)?;
        let s = self.scopes().get(scope);
        if s.is_coroutine
            || !s.children.is_empty()
            || s.symbols().iter().any(|(n, _)| FRAME_READERS.contains(n))
        {
            return Ok(None);
        }
        let loc = self.loc(c.range);
        let gloc = self.loc(if g.parenthesized {
            g.range
        } else {
            c.arguments.range
        });
        let callee = self.lower_expr(&c.func)?;
        let iterable = self.lower_expr(&clause.iter)?;
        // CPython 3.11 puts `GET_ITER` at the comprehension.
        let it = self.value(Opcode::Iter, Imm::None, vec![iterable], gloc);
        let produce = Produce::Generator(&g.elt);
        let id = self.comprehension_code(scope, &g.generators, produce, gloc)?;
        let is_sum = self.value(
            Opcode::IsBuiltin,
            Imm::Name("sum".into()),
            vec![callee],
            loc,
        );
        let (inline, call) = (self.new_block(), self.new_block());
        let (join, result) = self.new_block_with_param();
        self.branch(is_sum, inline, call, loc);

        self.switch_to(call);
        let none = self.none(gloc);
        let func = self.make_function(id, scope, [none, none, none], gloc);
        let generator = self.call(func, vec![it], gloc);
        let total = self.call(callee, vec![generator], loc);
        self.jump(join, vec![total], loc);

        self.switch_to(inline);
        let renames: HashMap<String, String> = s
            .locals
            .iter()
            .filter(|l| !s.params.contains(l))
            .map(|l| (l.clone(), hidden_local(l)))
            .collect();
        for slot in renames.values().map(String::as_str).chain([TOTAL]) {
            if !self.func.locals.iter().any(|l| l == slot) {
                self.func.locals.push(slot.to_string());
            }
        }
        let (handler, exc) = self.new_block_with_param();
        let outside = self.unwind;
        let outer_scope = std::mem::replace(&mut self.scope, scope);
        let outer_renames = std::mem::replace(&mut self.renames, renames);
        // The first item is added to int 0 and the others to the total,
        // in two copies of the loop: a total of floats (or of ints) then
        // has one type, which inference can see.
        let rest = self.new_block();
        let looped = self.with_unwind(Unwind::Handler(handler), |f| {
            f.comprehension_loop(&g.generators, 0, Some(it), &|f: &mut FnLowerer<'_, 'a>| {
                f.add_item(&g.elt, true, (outside, loc))?;
                f.jump(rest, vec![], loc);
                Ok(())
            })?;
            let zero = f.constant(Const::Int(0), loc);
            f.jump(join, vec![zero], loc);
            f.switch_to(rest);
            f.comprehension_loop(&g.generators, 0, Some(it), &|f: &mut FnLowerer<'_, 'a>| {
                f.add_item(&g.elt, false, (outside, loc))
            })
        });
        self.scope = outer_scope;
        self.renames = outer_renames;
        looped?;
        let total = self.value(Opcode::LoadFast, Imm::Name(TOTAL.into()), vec![], loc);
        self.jump(join, vec![total], loc);

        self.switch_to(handler);
        let e = self.value(Opcode::GenexprUnwind, Imm::Func(id), vec![exc], loc);
        self.terminate(
            Terminator::Reraise {
                exc: e,
                unwind: outside,
            },
            loc,
        );
        self.switch_to(join);
        Ok(Some(result))
    }

    /// The generator's item `elt`, then `<sum> = total + item` with the
    /// total int 0 for the `first` item: `sum`'s addition, at the call's
    /// `loc`, unwinding to `outside` (its exceptions are not the
    /// generator's).
    fn add_item(
        &mut self,
        elt: &'a Expr,
        first: bool,
        (outside, loc): (Unwind, Loc),
    ) -> LResult<()> {
        let v = self.lower_expr(elt)?;
        self.with_unwind(outside, |f| {
            let total = if first {
                f.constant(Const::Int(0), loc)
            } else {
                f.value(Opcode::LoadFast, Imm::Name(TOTAL.into()), vec![], loc)
            };
            let t = f.value(Opcode::Add, Imm::None, vec![total, v], loc);
            f.emit(Opcode::StoreFast, Imm::Name(TOTAL.into()), vec![t], loc);
        });
        Ok(())
    }
}
