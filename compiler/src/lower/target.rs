//! Assignment and deletion targets, including (starred) unpacking.

use ruff_python_ast::Expr;
use ruff_text_size::Ranged;

use super::{FnLowerer, LResult};
use crate::ir::{Imm, Opcode, Value};

impl<'a> FnLowerer<'_, 'a> {
    /// Stores `v` into an assignment target.
    pub(super) fn assign(&mut self, target: &'a Expr, v: Value) -> LResult<()> {
        let loc = self.loc(target.range());
        match target {
            Expr::Name(n) => self.store_name(&n.id, v, loc),
            Expr::Attribute(a) => {
                let obj = self.lower_expr(&a.value)?;
                let name = self.mangle(&a.attr);
                self.emit(Opcode::AttrSet, Imm::Name(name), vec![obj, v], loc);
            }
            Expr::Subscript(s) => {
                let obj = self.lower_expr(&s.value)?;
                let key = self.lower_subscript_key(&s.slice)?;
                self.emit(Opcode::ItemSet, Imm::None, vec![obj, key, v], loc);
            }
            Expr::Tuple(t) => self.unpack(&t.elts, v, loc)?,
            Expr::List(l) => self.unpack(&l.elts, v, loc)?,
            Expr::Starred(s) => return Err(self.internal(s.range, "starred assignment target")),
            other => return Err(self.internal(other.range(), "invalid assignment target")),
        }
        Ok(())
    }

    /// `a, b = x, y` with as many plain targets as values: the values are
    /// evaluated left to right and stored left to right, as through a
    /// tuple, but without building and unpacking one (the tuple is never
    /// observable). Returns false, lowering nothing, for any other shape.
    pub(super) fn assign_parallel(&mut self, target: &'a Expr, value: &'a Expr) -> LResult<bool> {
        let targets = match target {
            Expr::Tuple(t) => &t.elts,
            Expr::List(l) => &l.elts,
            _ => return Ok(false),
        };
        let Expr::Tuple(values) = value else {
            return Ok(false);
        };
        if targets.len() != values.elts.len()
            || targets.iter().any(Expr::is_starred_expr)
            || values.elts.iter().any(Expr::is_starred_expr)
        {
            return Ok(false);
        }
        let mut vs = Vec::with_capacity(values.elts.len());
        for e in &values.elts {
            vs.push(self.lower_expr(e)?);
        }
        for (t, v) in targets.iter().zip(vs) {
            self.assign(t, v)?;
        }
        Ok(true)
    }

    fn unpack(&mut self, elts: &'a [Expr], v: Value, loc: crate::ir::Loc) -> LResult<()> {
        let star = elts.iter().position(Expr::is_starred_expr);
        let items = match star {
            None => self.value(
                Opcode::UnpackSeq,
                Imm::Count(elts.len() as u32),
                vec![v],
                loc,
            ),
            Some(i) => self.value(
                Opcode::UnpackEx,
                Imm::Pair(i as u32, (elts.len() - i - 1) as u32),
                vec![v],
                loc,
            ),
        };
        for (i, elt) in elts.iter().enumerate() {
            let item = self.value(Opcode::TupleItem, Imm::Count(i as u32), vec![items], loc);
            match elt {
                Expr::Starred(s) => self.assign(&s.value, item)?,
                _ => self.assign(elt, item)?,
            }
        }
        Ok(())
    }

    /// `del target`.
    pub(super) fn delete(&mut self, target: &'a Expr) -> LResult<()> {
        let loc = self.loc(target.range());
        match target {
            Expr::Name(n) => self.delete_name(&n.id, loc),
            Expr::Attribute(a) => {
                let obj = self.lower_expr(&a.value)?;
                let name = self.mangle(&a.attr);
                self.emit(Opcode::AttrDel, Imm::Name(name), vec![obj], loc);
            }
            Expr::Subscript(s) => {
                let obj = self.lower_expr(&s.value)?;
                let key = self.lower_subscript_key(&s.slice)?;
                self.emit(Opcode::ItemDel, Imm::None, vec![obj, key], loc);
            }
            Expr::Tuple(t) => {
                for e in &t.elts {
                    self.delete(e)?;
                }
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.delete(e)?;
                }
            }
            other => return Err(self.internal(other.range(), "invalid deletion target")),
        }
        Ok(())
    }
}
