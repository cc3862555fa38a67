//! Counted `for` loops over ranges: the state of a range iterator that
//! only its loop can see kept in machine registers.
//!
//! `for i in range(...)` makes a range iterator into a register that the
//! loop's `for_iter` alone reads. Stepping it inline (`Gen::range_next`)
//! still loads and stores its three words in memory and tests its type on
//! every iteration, and LLVM cannot keep them in registers: any store or
//! call in the loop body might write the iterator as far as it knows.
//! Such a register gets a *shadow*: the iterator's next value, step and
//! count left in allocas, which LLVM promotes, with a flag saying they
//! are current and the object's own words stale. The way into the loop
//! fills the shadow (`fill_shadow`; the loop's own jump back goes past
//! it, to the loop's head) when the register holds a range iterator in
//! its small form that nothing else references (a count of 1: a loop over
//! `it = iter(range(n))` shares its iterator with a local, which may step
//! it after the loop) and whose values are all small ints; the `for_iter`
//! then steps the shadow alone.
//!
//! Nothing else can see the stale object: only the loop's `for_iter`
//! reads the register, which never hands the iterator out, and the
//! object is released when the register is written. Every instruction
//! that writes the register clears the flag first; the one way into the
//! VM that may step the iterator later, the fallback that runs the rest
//! of the call there (`Gen::deopt`), writes the shadow back first. A
//! generator's frame outlives its native code at each `yield`, so
//! generators keep stepping the object.

use compiler::bytecode::{CodeObject, Instr};
use compiler::ir::{Suspension, Type};
use inkwell::IntPredicate;
use inkwell::basic_block::BasicBlock;
use inkwell::values::{IntValue, PointerValue};

use super::{Built, CtxField, Gen, bound};

/// The allocas of one register's shadow.
#[derive(Clone, Copy)]
pub(super) struct Shadow<'ctx> {
    /// An `i1`: the other three hold the iterator's state.
    valid: PointerValue<'ctx>,
    next: PointerValue<'ctx>,
    step: PointerValue<'ctx>,
    left: PointerValue<'ctx>,
}

/// The registers of `co` that get a shadow: registers inference expects
/// to hold a range iterator, read by one `for_iter` and by nothing else,
/// not a handler's exception register, in a function that is not a
/// generator or coroutine.
pub(super) fn shadowed(co: &CodeObject) -> Vec<u32> {
    if co.suspension != Suspension::None {
        return Vec::new();
    }
    let candidates = (0..co.nregs).filter(|&r| {
        co.slot_types.get(r as usize) == Some(&Type::RangeIter)
            && !co.handlers.iter().any(|h| h.exc == r)
    });
    candidates
        .filter(|&r| {
            let mut readers = co.code.iter().filter(|instr| bound::reads(co, instr, r));
            matches!(
                (readers.next(), readers.next()),
                (Some(Instr::ForIter { iter, .. }), None) if *iter == r
            )
        })
        .collect()
}

impl<'ctx> Gen<'_, 'ctx> {
    /// Allocates the shadows of `regs`, stale, first in the entry block
    /// (where LLVM promotes allocas).
    pub(super) fn alloc_shadows(&mut self, regs: &[u32]) -> Built<()> {
        let b = self.rt.context.create_builder();
        let Some(entry) = self.f.get_first_basic_block() else {
            return Ok(());
        };
        match entry.get_first_instruction() {
            Some(first) => b.position_before(&first),
            None => b.position_at_end(entry),
        }
        let flag = self.rt.context.bool_type();
        for &r in regs {
            let shadow = Shadow {
                valid: b.build_alloca(flag, &format!("range{r}.valid"))?,
                next: b.build_alloca(self.rt.word, &format!("range{r}.next"))?,
                step: b.build_alloca(self.rt.word, &format!("range{r}.step"))?,
                left: b.build_alloca(self.rt.word, &format!("range{r}.left"))?,
            };
            b.build_store(shadow.valid, flag.const_zero())?;
            self.shadows.insert(r, shadow);
            let readers = self.co.code.iter().enumerate();
            for (pc, instr) in readers {
                if matches!(*instr, Instr::ForIter { iter, .. } if iter == r) {
                    let head = self.block(&format!("loop.head{pc}"));
                    self.loop_heads.insert(pc, head);
                }
            }
        }
        Ok(())
    }

    /// Before instruction `instr` writes a shadowed register: its shadow
    /// no longer describes what the register will hold.
    pub(super) fn invalidate_shadows(&self, instr: &Instr) -> Built<()> {
        if self.shadows.is_empty() {
            return Ok(());
        }
        for r in bound::written(instr) {
            if let Some(s) = self.shadows.get(&r) {
                self.b
                    .build_store(s.valid, self.rt.context.bool_type().const_zero())?;
            }
        }
        Ok(())
    }

    /// Before the VM takes over the call: each current shadow written
    /// into its iterator.
    pub(super) fn write_back_shadows(&self) -> Built<()> {
        let mut regs: Vec<u32> = self.shadows.keys().copied().collect();
        regs.sort_unstable();
        for r in regs {
            let s = self.shadows[&r];
            let (write, done) = (
                self.block(&format!("range{r}.writeback")),
                self.block(&format!("range{r}.written")),
            );
            self.branch_on_shadow(s, write, done)?;
            self.b.position_at_end(write);
            let it = self.load(self.regs, r)?;
            let fields = self.range_fields(it)?;
            for (cell, field) in [
                (s.next, fields[0]),
                (s.step, fields[1]),
                (s.left, fields[2]),
            ] {
                let v = self.b.build_load(self.rt.word, cell, "")?;
                self.b.build_store(field, v)?;
            }
            self.b.build_unconditional_branch(done)?;
            self.b.position_at_end(done);
        }
        Ok(())
    }

    /// Branches to `current` when shadow `s` holds its iterator's state,
    /// else to `stale`.
    fn branch_on_shadow(
        &self,
        s: Shadow<'ctx>,
        current: BasicBlock<'ctx>,
        stale: BasicBlock<'ctx>,
    ) -> Built<()> {
        let valid = self
            .b
            .build_load(self.rt.context.bool_type(), s.valid, "")?
            .into_int_value();
        self.b.build_conditional_branch(valid, current, stale)?;
        Ok(())
    }

    /// The addresses of a range iterator's `SmallRange` words: next,
    /// step, left.
    pub(super) fn range_fields(&self, it: IntValue<'ctx>) -> Built<[PointerValue<'ctx>; 3]> {
        let offset = self.thread_word(CtxField::RangeIterOffset)?;
        let at = |i: i64| -> Built<PointerValue<'ctx>> {
            let base = self.b.build_int_add(it, offset, "")?;
            let addr = self.b.build_int_add(base, self.word(i * 8), "")?;
            self.b.build_int_to_ptr(addr, self.rt.ptr, "")
        };
        Ok([at(0)?, at(1)?, at(2)?])
    }

    /// The way into the loop of shadowed register `iter` (holding `it`)
    /// from anywhere but its own jump back: fills the shadow when it is
    /// stale and the register holds a range iterator in its small form
    /// that nothing else references, whose values are all small ints;
    /// then on to `head`, where the loop's jumps back arrive too. Filled
    /// here, before the loop, the shadow's words enter the loop as
    /// values from outside it (filled inside, on its first step, LLVM
    /// kept them in stack slots across the whole loop).
    pub(super) fn fill_shadow(
        &mut self,
        pc: usize,
        iter: u32,
        it: IntValue<'ctx>,
        head: BasicBlock<'ctx>,
    ) -> Built<()> {
        let Some(s) = self.shadows.get(&iter).copied() else {
            self.b.build_unconditional_branch(head)?;
            return Ok(());
        };
        let (check, typed, fill, fits) = (
            self.block(&format!("shadow.type{pc}")),
            self.block(&format!("shadow.typed{pc}")),
            self.block(&format!("shadow.fill{pc}")),
            self.block(&format!("shadow.fits{pc}")),
        );
        self.branch_on_shadow(s, head, check)?;

        self.b.position_at_end(check);
        let tag = self.b.build_and(it, self.word(1), "")?;
        let is_ptr = self.is_zero(tag)?;
        self.b.build_conditional_branch(is_ptr, typed, head)?;
        self.b.position_at_end(typed);
        let is_range = self.type_is(it, CtxField::RangeIterType)?;
        let count = self.field(it, self.rt.word.const_zero(), self.rt.word.into())?;
        let alone =
            self.b
                .build_int_compare(IntPredicate::EQ, count.into_int_value(), self.word(1), "")?;
        let ok = self.b.build_and(is_range, alone, "")?;
        self.b.build_conditional_branch(ok, fill, head)?;

        // Every value the iterator has left a small int: the first and
        // the last (computed wide, from a count that is not negative: a
        // negative one means the big form).
        self.b.position_at_end(fill);
        let [p_next, p_step, p_left] = self.range_fields(it)?;
        let load = |p| -> Built<IntValue<'ctx>> {
            Ok(self.b.build_load(self.rt.word, p, "")?.into_int_value())
        };
        let (first, stride, left) = (load(p_next)?, load(p_step)?, load(p_left)?);
        let wide = self.rt.context.i128_type();
        let widen = |v: IntValue<'ctx>| self.b.build_int_s_extend(v, wide, "");
        let last_index = self.b.build_int_sub(left, self.word(1), "")?;
        let span = self
            .b
            .build_int_mul(widen(last_index)?, widen(stride)?, "")?;
        let last = self.b.build_int_add(widen(first)?, span, "")?;
        let counting =
            self.b
                .build_int_compare(IntPredicate::SGE, left, self.rt.word.const_zero(), "")?;
        let empty = self.is_zero(left)?;
        let ends = self.b.build_and(
            self.wide_in_small(widen(first)?)?,
            self.wide_in_small(last)?,
            "",
        )?;
        let small = self.b.build_or(empty, ends, "")?;
        let takes = self.b.build_and(counting, small, "")?;
        self.b.build_conditional_branch(takes, fits, head)?;
        self.b.position_at_end(fits);
        self.b.build_store(s.next, first)?;
        self.b.build_store(s.step, stride)?;
        self.b.build_store(s.left, left)?;
        self.b
            .build_store(s.valid, self.rt.context.bool_type().const_int(1, false))?;
        self.b.build_unconditional_branch(head)?;
        Ok(())
    }

    /// The `for_iter` of shadowed register `iter` at its loop's head:
    /// steps the shadow when it is current (`fill_shadow`), the item to
    /// `dst` and on to `next`, or on to `done`. A stale shadow (another
    /// iterator, a shared one, values beyond small ints) continues where
    /// the builder is left.
    pub(super) fn shadow_next(
        &mut self,
        pc: usize,
        (dst, iter): (u32, u32),
        (next, done_bb): (u32, BasicBlock<'ctx>),
    ) -> Built<()> {
        let Some(s) = self.shadows.get(&iter).copied() else {
            return Ok(());
        };
        let (step, other) = (
            self.block(&format!("shadow.step{pc}")),
            self.block(&format!("shadow.other{pc}")),
        );
        self.branch_on_shadow(s, step, other)?;

        self.b.position_at_end(step);
        let load = |p| -> Built<IntValue<'ctx>> {
            Ok(self.b.build_load(self.rt.word, p, "")?.into_int_value())
        };
        let left = load(s.left)?;
        let exhausted = self.is_zero(left)?;
        let more = self.block(&format!("shadow.more{pc}"));
        self.b.build_conditional_branch(exhausted, done_bb, more)?;
        self.b.position_at_end(more);
        let value = load(s.next)?;
        let stride = load(s.step)?;
        let following = self.b.build_int_add(value, stride, "")?;
        self.b.build_store(s.next, following)?;
        let remaining = self.b.build_int_sub(left, self.word(1), "")?;
        self.b.build_store(s.left, remaining)?;
        let shifted = self.b.build_left_shift(value, self.word(1), "")?;
        let item = self.b.build_or(shifted, self.word(1), "")?;
        self.loop_item(dst, item, next)?;
        self.b.position_at_end(other);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::function::test_code as code;

    /// The register each `for_iter` of `co` steps, in order.
    fn loop_iterators(co: &CodeObject) -> Vec<u32> {
        co.code
            .iter()
            .filter_map(|i| match *i {
                Instr::ForIter { iter, .. } => Some(iter),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_loop_over_a_range_is_shadowed() {
        let co = code(
            "def f(n):\n    t = 0\n    for i in range(n):\n        for j in range(i):\n            t += j\n    return t\n",
            "f",
        );
        let iters = loop_iterators(&co);
        assert_eq!(iters.len(), 2);
        assert_eq!(shadowed(&co), iters);
    }

    #[test]
    fn a_loop_over_anything_else_is_not() {
        let co = code(
            "def f(n, it):\n    for x in it:\n        pass\n    for y in iter(range(n)):\n        pass\n",
            "f",
        );
        assert_eq!(loop_iterators(&co).len(), 2);
        assert!(shadowed(&co).is_empty());
    }

    #[test]
    fn a_generator_keeps_its_iterators_in_its_frame() {
        let co = code("def f(n):\n    for i in range(n):\n        yield i\n", "f");
        assert_eq!(loop_iterators(&co).len(), 1);
        assert!(shadowed(&co).is_empty());
    }
}
