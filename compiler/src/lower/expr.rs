//! Expressions.

use ruff_python_ast::{self as ast, BoolOp, CmpOp, Expr, Operator, UnaryOp};
use ruff_text_size::Ranged;

use super::{FnLowerer, LResult};
use crate::ir::{Block, BlockCall, Const, Imm, Opcode, Terminator, Value};

impl<'a> FnLowerer<'_, 'a> {
    /// Lowers an expression to the value it computes.
    pub(super) fn lower_expr(&mut self, e: &'a Expr) -> LResult<Value> {
        let loc = self.loc(e.range());
        if let Some(c) = self.fold_constant(e) {
            return Ok(self.constant(c, loc));
        }
        Ok(match e {
            Expr::Name(n) => {
                if &*n.id == "__debug__" {
                    self.constant(Const::Bool(self.cx.optimize == 0), loc)
                } else {
                    self.load_name(&n.id, loc)
                }
            }
            Expr::BoolOp(b) => self.lower_bool_op(b)?,
            Expr::Named(n) => {
                let v = self.lower_expr(&n.value)?;
                self.assign(&n.target, v)?;
                v
            }
            Expr::BinOp(b) => {
                let l = self.lower_expr(&b.left)?;
                let r = self.lower_expr(&b.right)?;
                self.value(binary_opcode(b.op), Imm::None, vec![l, r], loc)
            }
            Expr::UnaryOp(u) => {
                let v = self.lower_expr(&u.operand)?;
                let op = match u.op {
                    UnaryOp::Not => Opcode::Not,
                    UnaryOp::USub => Opcode::Neg,
                    UnaryOp::UAdd => Opcode::Pos,
                    UnaryOp::Invert => Opcode::Invert,
                };
                self.value(op, Imm::None, vec![v], loc)
            }
            Expr::Lambda(l) => self.lower_lambda(l)?,
            Expr::If(i) => {
                let then_b = self.new_block();
                let else_b = self.new_block();
                let (join, result) = self.new_block_with_param();
                self.lower_condition(&i.test, then_b, else_b)?;
                self.switch_to(then_b);
                let t = self.lower_expr(&i.body)?;
                self.jump(join, vec![t], loc);
                self.switch_to(else_b);
                let f = self.lower_expr(&i.orelse)?;
                self.jump(join, vec![f], loc);
                self.switch_to(join);
                result
            }
            Expr::Dict(d) => self.lower_dict(d)?,
            Expr::Set(s) => self.lower_collection(&s.elts, Collection::Set, loc)?,
            Expr::List(l) => self.lower_collection(&l.elts, Collection::List, loc)?,
            Expr::Tuple(t) => self.lower_collection(&t.elts, Collection::Tuple, loc)?,
            Expr::ListComp(c) => self.lower_list_comp(c)?,
            Expr::SetComp(c) => self.lower_set_comp(c)?,
            Expr::DictComp(c) => self.lower_dict_comp(c)?,
            Expr::Generator(g) => self.lower_generator_exp(g)?,
            Expr::Await(a) => {
                let v = self.lower_expr(&a.value)?;
                self.lower_await(v, loc)?
            }
            Expr::Yield(y) => {
                let v = match &y.value {
                    Some(v) => self.lower_expr(v)?,
                    None => self.none(loc),
                };
                self.lower_yield(v, loc)
            }
            Expr::YieldFrom(y) => {
                let v = self.lower_expr(&y.value)?;
                self.lower_yield_from(v, loc)?
            }
            Expr::Compare(c) => self.lower_compare(c)?,
            Expr::Call(c) => self.lower_call(c)?,
            Expr::FString(f) => self.lower_fstring(f)?,
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {
                return Err(self.internal(e.range(), "literal that does not fold"));
            }
            Expr::Attribute(a) => {
                let obj = self.lower_expr(&a.value)?;
                let name = self.mangle(&a.attr);
                self.value(Opcode::AttrGet, Imm::Name(name), vec![obj], loc)
            }
            Expr::Subscript(s) => {
                let obj = self.lower_expr(&s.value)?;
                let key = self.lower_subscript_key(&s.slice)?;
                self.value(Opcode::ItemGet, Imm::None, vec![obj, key], loc)
            }
            Expr::Slice(s) => self.lower_slice(s)?,
            Expr::Starred(_) => {
                // compile.c raises this when it meets a starred expression
                // anywhere a display, call or target did not consume it.
                let err = crate::parse::error_at(
                    self.src(),
                    "can't use starred expression here",
                    e.range(),
                );
                return Err(err.into());
            }
            Expr::TString(_) | Expr::IpyEscapeCommand(_) => {
                return Err(self.internal(e.range(), "syntax not in Python 3.11"));
            }
        })
    }

    /// The key of a subscript: slices build slice objects.
    pub(super) fn lower_subscript_key(&mut self, key: &'a Expr) -> LResult<Value> {
        self.lower_expr(key)
    }

    fn lower_slice(&mut self, s: &'a ast::ExprSlice) -> LResult<Value> {
        let loc = self.loc(s.range);
        let part = |this: &mut Self, e: &'a Option<Box<Expr>>| match e {
            Some(e) => this.lower_expr(e),
            None => Ok(this.none(loc)),
        };
        let lower = part(self, &s.lower)?;
        let upper = part(self, &s.upper)?;
        let step = part(self, &s.step)?;
        Ok(self.value(Opcode::Slice, Imm::None, vec![lower, upper, step], loc))
    }

    /// Lowers `e` as a condition: jumps to `then_b` if true, else `else_b`,
    /// short-circuiting `and`, `or` and `not` without building values.
    pub(super) fn lower_condition(
        &mut self,
        e: &'a Expr,
        then_b: Block,
        else_b: Block,
    ) -> LResult<()> {
        let loc = self.loc(e.range());
        match e {
            Expr::BoolOp(b) => {
                let (last, init) = b
                    .values
                    .split_last()
                    .ok_or_else(|| self.internal(b.range, "empty boolean operation"))?;
                for v in init {
                    let next = self.new_block();
                    match b.op {
                        BoolOp::And => self.lower_condition(v, next, else_b)?,
                        BoolOp::Or => self.lower_condition(v, then_b, next)?,
                    }
                    self.switch_to(next);
                }
                self.lower_condition(last, then_b, else_b)
            }
            Expr::UnaryOp(u) if u.op == UnaryOp::Not => {
                self.lower_condition(&u.operand, else_b, then_b)
            }
            _ => {
                let v = self.lower_expr(e)?;
                let t = self.truth(v, loc);
                self.branch(t, then_b, else_b, loc);
                Ok(())
            }
        }
    }

    fn lower_bool_op(&mut self, b: &'a ast::ExprBoolOp) -> LResult<Value> {
        let loc = self.loc(b.range);
        let (join, result) = self.new_block_with_param();
        let (last, init) = b
            .values
            .split_last()
            .ok_or_else(|| self.internal(b.range, "empty boolean operation"))?;
        for e in init {
            let v = self.lower_expr(e)?;
            let t = self.truth(v, self.loc(e.range()));
            let next = self.new_block();
            let done = BlockCall {
                block: join,
                args: vec![v],
            };
            let go_on = BlockCall {
                block: next,
                args: vec![],
            };
            let (then_dest, else_dest) = match b.op {
                BoolOp::And => (go_on, done),
                BoolOp::Or => (done, go_on),
            };
            self.terminate(
                Terminator::Branch {
                    cond: t,
                    then_dest,
                    else_dest,
                },
                loc,
            );
            self.switch_to(next);
        }
        let v = self.lower_expr(last)?;
        self.jump(join, vec![v], loc);
        self.switch_to(join);
        Ok(result)
    }

    fn lower_compare(&mut self, c: &'a ast::ExprCompare) -> LResult<Value> {
        let loc = self.loc(c.range);
        let mut left = self.lower_expr(&c.left)?;
        if c.ops.len() == 1 {
            let right = self.lower_expr(&c.comparators[0])?;
            return Ok(self.value(compare_opcode(c.ops[0]), Imm::None, vec![left, right], loc));
        }
        // `a < b < c` is `a < b and b < c` with `b` evaluated once.
        let (join, result) = self.new_block_with_param();
        let n = c.ops.len();
        for (i, (op, comparator)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            let right = self.lower_expr(comparator)?;
            let r = self.value(compare_opcode(*op), Imm::None, vec![left, right], loc);
            if i + 1 == n {
                self.jump(join, vec![r], loc);
            } else {
                let t = self.truth(r, loc);
                let next = self.new_block();
                self.terminate(
                    Terminator::Branch {
                        cond: t,
                        then_dest: BlockCall {
                            block: next,
                            args: vec![],
                        },
                        else_dest: BlockCall {
                            block: join,
                            args: vec![r],
                        },
                    },
                    loc,
                );
                self.switch_to(next);
            }
            left = right;
        }
        self.switch_to(join);
        Ok(result)
    }

    fn lower_dict(&mut self, d: &'a ast::ExprDict) -> LResult<Value> {
        let loc = self.loc(d.range);
        let mut pending = Vec::new();
        let mut dict: Option<Value> = None;
        for item in &d.items {
            match &item.key {
                Some(k) => {
                    pending.push(self.lower_expr(k)?);
                    pending.push(self.lower_expr(&item.value)?);
                }
                None => {
                    let target = self.flush_dict(dict, &mut pending, loc);
                    let m = self.lower_expr(&item.value)?;
                    self.emit(Opcode::DictUpdate, Imm::None, vec![target, m], loc);
                    dict = Some(target);
                }
            }
        }
        Ok(self.flush_dict(dict, &mut pending, loc))
    }

    /// Adds the pending key/value pairs to `dict`, creating it if needed.
    fn flush_dict(
        &mut self,
        dict: Option<Value>,
        pending: &mut Vec<Value>,
        loc: crate::ir::Loc,
    ) -> Value {
        match dict {
            None => self.value(Opcode::DictBuild, Imm::None, std::mem::take(pending), loc),
            Some(d) => {
                for pair in std::mem::take(pending).chunks(2) {
                    self.emit(Opcode::DictSet, Imm::None, vec![d, pair[0], pair[1]], loc);
                }
                d
            }
        }
    }

    /// A list, tuple or set display, with `*iterable` items.
    pub(super) fn lower_collection(
        &mut self,
        elts: &'a [Expr],
        kind: Collection,
        loc: crate::ir::Loc,
    ) -> LResult<Value> {
        let has_star = elts.iter().any(Expr::is_starred_expr);
        if !has_star {
            let values = elts
                .iter()
                .map(|e| self.lower_expr(e))
                .collect::<LResult<Vec<_>>>()?;
            if matches!(kind, Collection::Set)
                && elts.len() > 2
                && elts.iter().all(|e| self.fold_constant(e).is_some())
            {
                // CPython builds a frozenset constant from the tuple of
                // constants, and its compiler (`merge_consts_recursive`)
                // rebuilds that frozenset from its own iteration order;
                // the display is then `BUILD_SET 0; SET_UPDATE`, a
                // table-wise merge. Each step can move colliding items,
                // so the same steps give the same printed order.
                let first = self.value(Opcode::SetBuild, Imm::None, values, loc);
                let order = self.value(Opcode::ListBuild, Imm::None, vec![], loc);
                self.emit(Opcode::ListExtend, Imm::None, vec![order, first], loc);
                let frozen = self.value(Opcode::SetBuild, Imm::None, vec![], loc);
                self.emit(Opcode::SetUpdate, Imm::None, vec![frozen, order], loc);
                let set = self.value(Opcode::SetBuild, Imm::None, vec![], loc);
                self.emit(Opcode::SetUpdate, Imm::None, vec![set, frozen], loc);
                return Ok(set);
            }
            let op = match kind {
                Collection::List => Opcode::ListBuild,
                Collection::Tuple => Opcode::TupleBuild,
                Collection::Set => Opcode::SetBuild,
            };
            return Ok(self.value(op, Imm::None, values, loc));
        }
        let (build, add, extend) = match kind {
            Collection::List | Collection::Tuple => {
                (Opcode::ListBuild, Opcode::ListAppend, Opcode::ListExtend)
            }
            Collection::Set => (Opcode::SetBuild, Opcode::SetAdd, Opcode::SetUpdate),
        };
        let acc = self.value(build, Imm::None, vec![], loc);
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    let it = self.lower_expr(&s.value)?;
                    self.emit(extend, Imm::None, vec![acc, it], self.loc(s.range));
                }
                _ => {
                    let v = self.lower_expr(e)?;
                    self.emit(add, Imm::None, vec![acc, v], loc);
                }
            }
        }
        Ok(match kind {
            Collection::Tuple => self.value(Opcode::ListToTuple, Imm::None, vec![acc], loc),
            _ => acc,
        })
    }
}

/// Which display is being built.
#[derive(Clone, Copy)]
pub(super) enum Collection {
    List,
    Tuple,
    Set,
}

/// The opcode of a binary operator.
pub(super) fn binary_opcode(op: Operator) -> Opcode {
    match op {
        Operator::Add => Opcode::Add,
        Operator::Sub => Opcode::Sub,
        Operator::Mult => Opcode::Mul,
        Operator::MatMult => Opcode::MatMul,
        Operator::Div => Opcode::TrueDiv,
        Operator::Mod => Opcode::Mod,
        Operator::Pow => Opcode::Pow,
        Operator::LShift => Opcode::LShift,
        Operator::RShift => Opcode::RShift,
        Operator::BitOr => Opcode::BitOr,
        Operator::BitXor => Opcode::BitXor,
        Operator::BitAnd => Opcode::BitAnd,
        Operator::FloorDiv => Opcode::FloorDiv,
    }
}

/// The opcode of an augmented assignment's operator.
pub(super) fn inplace_opcode(op: Operator) -> Opcode {
    match op {
        Operator::Add => Opcode::InplaceAdd,
        Operator::Sub => Opcode::InplaceSub,
        Operator::Mult => Opcode::InplaceMul,
        Operator::MatMult => Opcode::InplaceMatMul,
        Operator::Div => Opcode::InplaceTrueDiv,
        Operator::Mod => Opcode::InplaceMod,
        Operator::Pow => Opcode::InplacePow,
        Operator::LShift => Opcode::InplaceLShift,
        Operator::RShift => Opcode::InplaceRShift,
        Operator::BitOr => Opcode::InplaceBitOr,
        Operator::BitXor => Opcode::InplaceBitXor,
        Operator::BitAnd => Opcode::InplaceBitAnd,
        Operator::FloorDiv => Opcode::InplaceFloorDiv,
    }
}

fn compare_opcode(op: CmpOp) -> Opcode {
    match op {
        CmpOp::Eq => Opcode::Eq,
        CmpOp::NotEq => Opcode::Ne,
        CmpOp::Lt => Opcode::Lt,
        CmpOp::LtE => Opcode::Le,
        CmpOp::Gt => Opcode::Gt,
        CmpOp::GtE => Opcode::Ge,
        CmpOp::Is => Opcode::Is,
        CmpOp::IsNot => Opcode::IsNot,
        CmpOp::In => Opcode::In,
        CmpOp::NotIn => Opcode::NotIn,
    }
}
