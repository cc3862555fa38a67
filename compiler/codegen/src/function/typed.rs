//! The typed body: the form of a function in which the slots that type
//! inference expects to hold floats (`CodeObject::slot_types`) keep their
//! value as a machine double.
//!
//! Types are expectations (`compiler::passes::infer`), so the typed body
//! checks a value wherever it enters a `float` slot from generic code (an
//! argument on entry, a call's result, an item, what the VM's
//! implementation of an instruction wrote) and, when it is not a float,
//! falls back: every `float` slot is boxed, the frame's arrays brought up
//! to date, and the VM runs the rest of the call from the same point
//! (`pyrt_resume`). There is no way back, and no second native body: a
//! wrong expectation costs speed, never correctness, and the function's
//! code is generated once.
//!
//! A `float` slot's word is 0 (unset), a float object it owns whose value
//! is the double, or `STALE`: the double alone is current. Every generic
//! read of the word goes through `Gen::load`, which boxes a stale double
//! (`materialize`); every generic write through `Gen::replace`, which
//! adopts the word (`adopt`). Inline float arithmetic, comparisons and
//! moves between `float` slots work on the doubles and leave the words
//! stale, so a loop over floats allocates nothing.

use compiler::bytecode::{Instr, Source};
use compiler::ir::{Const, Suspension};
use inkwell::IntPredicate;
use inkwell::basic_block::BasicBlock;
use inkwell::values::{FloatValue, IntValue, PointerValue};

use super::{Arith, Built, Cmp, Gen, Number, bound};
use crate::runtime::{CtxField, STALE};

/// The largest magnitude of an int whose conversion to a double is exact.
const EXACT_INT: i64 = 1 << 53;

impl<'ctx> Gen<'_, 'ctx> {
    /// On entry to the typed body (the builder at the end of the entry
    /// block, the doubles allocated): the `float` locals of `slots` take
    /// their doubles from the arguments (a non-float one runs the call
    /// on the VM).
    pub(super) fn adopt_float_params(&mut self, slots: &[u32]) -> Built<()> {
        for &key in slots.iter().filter(|&&k| k >= self.co.nregs) {
            let w = self.raw(key)?;
            self.adopt(key, w, 0)?;
        }
        Ok(())
    }

    /// Allocates the doubles of `slots`: the function is a typed body
    /// from here on (before anything makes the fallback block, `deopt`,
    /// which boxes them). The allocas go first in the entry block, where LLVM
    /// promotes them to registers (it leaves those of other blocks in
    /// memory, and the builder may be past the entry block's branches).
    pub(super) fn alloc_doubles(&mut self, slots: &[u32]) -> Built<()> {
        let b = self.rt.context.create_builder();
        if let Some(entry) = self.f.get_first_basic_block() {
            match entry.get_first_instruction() {
                Some(first) => b.position_before(&first),
                None => b.position_at_end(entry),
            }
        }
        for &key in slots {
            let p = b.build_alloca(self.rt.f64, &format!("f{key}"))?;
            self.nums.insert(key, p);
        }
        self.typed = true;
        Ok(())
    }

    /// Entering the typed body at `pc` with every slot's word current (a
    /// generator resuming): each `float` slot takes its double from its
    /// word, or the VM runs the call from `pc`.
    pub(super) fn adopt_all(&mut self, pc: usize) -> Built<()> {
        for key in self.float_keys() {
            let w = self.raw(key)?;
            self.adopt(key, w, pc)?;
        }
        Ok(())
    }

    /// Before a `yield`: every stale double boxed, so that the suspended
    /// frame holds every value as a word.
    pub(super) fn box_doubles(&self) -> Built<()> {
        for key in self.float_keys() {
            self.materialize(key)?;
        }
        Ok(())
    }

    /// The `float` slots, in order (none outside the typed body).
    fn float_keys(&self) -> Vec<u32> {
        let mut keys: Vec<u32> = self.nums.keys().copied().collect();
        keys.sort_unstable();
        keys
    }

    /// The slot address behind `base[i]` when it is a `float` slot of the
    /// typed body.
    pub(super) fn float_key(&self, base: PointerValue<'ctx>, i: u32) -> Option<u32> {
        if !self.typed {
            return None;
        }
        let key = self.address(base, i)?;
        self.nums.contains_key(&key).then_some(key)
    }

    pub(super) fn is_float_slot(&self, key: u32) -> bool {
        self.typed && self.nums.contains_key(&key)
    }

    /// The word cell of slot `key`, as it is.
    fn raw(&self, key: u32) -> Built<IntValue<'ctx>> {
        let p = self.slot(self.regs, key)?;
        Ok(self.b.build_load(self.rt.word, p, "")?.into_int_value())
    }

    pub(super) fn num_cell(&self, key: u32) -> PointerValue<'ctx> {
        self.nums
            .get(&key)
            .copied()
            .unwrap_or_else(|| self.rt.ptr.const_null())
    }

    /// The word of `float` slot `key`, boxing its double when stale.
    pub(super) fn materialize(&self, key: u32) -> Built<IntValue<'ctx>> {
        let p = self.slot(self.regs, key)?;
        let w = self.b.build_load(self.rt.word, p, "")?.into_int_value();
        let stale = self
            .b
            .build_int_compare(IntPredicate::EQ, w, self.word(STALE as i64), "")?;
        let here = self.b.get_insert_block();
        let boxing = self.block(&format!("box{key}"));
        let join = self.block(&format!("boxed{key}"));
        self.b.build_conditional_branch(stale, boxing, join)?;
        self.b.position_at_end(boxing);
        let v = self
            .b
            .build_load(self.rt.f64, self.num_cell(key), "")?
            .into_float_value();
        let fresh = self.call_word(self.rt.float_new, &[v.into()])?;
        self.b.build_store(p, fresh)?;
        self.b.build_unconditional_branch(join)?;
        self.b.position_at_end(join);
        let phi = self.b.build_phi(self.rt.word, "")?;
        if let Some(here) = here {
            phi.add_incoming(&[(&w, here)]);
        }
        phi.add_incoming(&[(&fresh, boxing)]);
        Ok(phi.as_basic_value().into_int_value())
    }

    /// `materialize` with the boxing out of line (`Runtime::box_stale`).
    pub(super) fn box_out_of_line(&self, key: u32) -> Built<IntValue<'ctx>> {
        let p = self.slot(self.regs, key)?;
        let w = self.b.build_load(self.rt.word, p, "")?;
        let v = self.b.build_load(self.rt.f64, self.num_cell(key), "")?;
        let boxed = self.call_word(self.rt.box_stale, &[w.into(), v.into()])?;
        self.b.build_store(p, boxed)?;
        Ok(boxed)
    }

    /// Releases the object a `float` slot's word owns, if any (`STALE`
    /// is odd: the release passes it by).
    pub(super) fn release_old(&self, key: u32) -> Built<()> {
        let old = self.raw(key)?;
        self.decref(old)
    }

    /// Slot `key` holds word `w` (0 or owned): takes its double when it is
    /// a float, else falls back to the generic body at `resume`.
    pub(super) fn adopt(&mut self, key: u32, w: IntValue<'ctx>, resume: usize) -> Built<()> {
        let (check, typecheck, ok, done) = (
            self.block(&format!("adopt{key}")),
            self.block(&format!("adopt.type{key}")),
            self.block(&format!("adopt.ok{key}")),
            self.block(&format!("adopted{key}")),
        );
        let fail = self.deopt(resume)?;
        let unset = self.is_zero(w)?;
        self.b.build_conditional_branch(unset, done, check)?;
        self.b.position_at_end(check);
        let tag = self.b.build_and(w, self.word(1), "")?;
        let is_ptr = self.is_zero(tag)?;
        self.b.build_conditional_branch(is_ptr, typecheck, fail)?;
        self.b.position_at_end(typecheck);
        let is_float = self.type_is(w, CtxField::FloatType)?;
        self.b.build_conditional_branch(is_float, ok, fail)?;
        self.b.position_at_end(ok);
        let v = self.float_value(w)?;
        self.b.build_store(self.num_cell(key), v)?;
        self.b.build_unconditional_branch(done)?;
        self.b.position_at_end(done);
        Ok(())
    }

    /// The block that hands the call to the VM at `resume`: through the
    /// one block that boxes every stale double, brings the frame's arrays
    /// up to date (the frame then owns what they hold) and returns what
    /// `pyrt_resume` returns.
    pub(super) fn deopt(&mut self, resume: usize) -> Built<BasicBlock<'ctx>> {
        if let Some(&b) = self.deopts.get(&resume) {
            return Ok(b);
        }
        let here = self.b.get_insert_block();
        let (all, phi) = match self.deopt_all {
            Some(d) => d,
            None => {
                let block = self.block("deopt");
                self.b.position_at_end(block);
                let phi = self.b.build_phi(self.rt.i32, "resume")?;
                self.write_back_shadows()?;
                self.sync_out(&self.all_slots())?;
                let pc = phi.as_basic_value().into_int_value();
                let w = self.call_word(self.rt.resume, &[self.ctx.into(), pc.into()])?;
                if self.direct {
                    // The VM ran the rest on the frame, which owns what
                    // it holds.
                    let drop_frame = |g: &mut Self| -> Built<()> {
                        g.b.build_call(g.rt.drop_frame, &[g.ctx.into()], "")?;
                        g.count_out()
                    };
                    self.direct_or_not(drop_frame, |_| Ok(()))?;
                }
                self.b.build_return(Some(&w))?;
                self.deopt_all = Some((block, phi));
                (block, phi)
            }
        };
        let block = self.block(&format!("deopt{resume}"));
        self.b.position_at_end(block);
        self.forget_dead_doubles(resume)?;
        self.b.build_unconditional_branch(all)?;
        phi.add_incoming(&[(&self.rt.i32.const_int(resume as u64, false), block)]);
        if let Some(here) = here {
            self.b.position_at_end(here);
        }
        self.deopts.insert(resume, block);
        Ok(block)
    }

    /// On the way to the VM at `resume`: a `float` slot that the rest of
    /// the call never reads (`liveness.rs`) is handed over unset when its
    /// double alone is current, so the fallback block needs no double of
    /// it from here and LLVM keeps it live no longer than its last use.
    /// (Doing the same for small-int slots measured no better: sieve
    /// 0.7% more instructions, fannkuch 0.2% fewer.)
    fn forget_dead_doubles(&self, resume: usize) -> Built<()> {
        let (slots, live) = &self.live_doubles;
        let Some(live) = live.get(resume) else {
            return Ok(());
        };
        for (&key, _) in slots.iter().zip(live).filter(|&(_, &l)| !l) {
            self.unset_if_stale(key)?;
            self.b
                .build_store(self.num_cell(key), self.rt.f64.get_undef())?;
        }
        Ok(())
    }

    /// Before leaving the function: a stale double is dropped (the frame's
    /// release only sees words).
    pub(super) fn drop_doubles(&self) -> Built<()> {
        if !self.typed {
            return Ok(());
        }
        for key in self.float_keys() {
            self.unset_if_stale(key)?;
        }
        Ok(())
    }

    /// `float` slot `key`'s word becomes 0 where it is `STALE` (its
    /// object, if any, stays).
    fn unset_if_stale(&self, key: u32) -> Built<()> {
        let p = self.slot(self.regs, key)?;
        let w = self.b.build_load(self.rt.word, p, "")?.into_int_value();
        let stale = self
            .b
            .build_int_compare(IntPredicate::EQ, w, self.word(STALE as i64), "")?;
        let kept = self
            .b
            .build_select(stale, self.rt.word.const_zero(), w, "")?;
        self.b.build_store(p, kept)?;
        Ok(())
    }

    /// `float` register `key` is done with: its word released and left
    /// `STALE` where no frame outlives the call (no `yield` boxes it),
    /// so that every word a `float` register holds in a loop of float
    /// arithmetic is `STALE` (`spend_doubles`), and LLVM drops the
    /// releases of its old words; 0 (unset) in a generator.
    pub(super) fn spend_double(&self, key: u32) -> Built<()> {
        self.release_old(key)?;
        let p = self.slot(self.regs, key)?;
        let word = if self.co.suspension == Suspension::None {
            self.word(STALE as i64)
        } else {
            self.rt.word.const_zero()
        };
        self.b.build_store(p, word)?;
        Ok(())
    }

    /// At the start of a typed body that no frame outlives: its `float`
    /// registers hold a stale 0.0 rather than nothing (`spend_double`).
    pub(super) fn spend_doubles(&self) -> Built<()> {
        if self.co.suspension != Suspension::None {
            return Ok(());
        }
        for key in self.float_keys() {
            if key < self.co.nregs {
                let p = self.slot(self.regs, key)?;
                self.b.build_store(p, self.word(STALE as i64))?;
                self.b
                    .build_store(self.num_cell(key), self.rt.f64.const_zero())?;
            }
        }
        Ok(())
    }

    /// Puts double `v` in `float` slot `key`, its word stale.
    pub(super) fn set_num(&self, key: u32, v: FloatValue<'ctx>) -> Built<()> {
        self.release_old(key)?;
        let p = self.slot(self.regs, key)?;
        self.b.build_store(p, self.word(STALE as i64))?;
        self.b.build_store(self.num_cell(key), v)?;
        Ok(())
    }

    /// Where the function goes after the VM ran instruction `pc` and
    /// continues at `target`: first adopting the `float` slots the
    /// instruction wrote and checking its `int` slots (`small_ints.rs`).
    pub(super) fn after_step(&mut self, pc: usize, target: usize) -> Built<BasicBlock<'ctx>> {
        let block = self.blocks[target];
        let mut written = self.co.code.get(pc).map(bound::written).unwrap_or_default();
        written.retain(|&r| self.is_float_slot(r) || self.is_int_slot(r));
        written.sort_unstable();
        written.dedup();
        if written.is_empty() {
            return Ok(block);
        }
        let adopt = self.block(&format!("stepped{pc}.{target}"));
        self.b.position_at_end(adopt);
        for key in written {
            let w = self.raw(key)?;
            if self.is_float_slot(key) {
                self.adopt(key, w, target)?;
            } else {
                self.check_small(key, w, target, true)?;
            }
        }
        self.b.build_unconditional_branch(block)?;
        Ok(adopt)
    }

    /// The typed body's own forms of the instructions that read or write
    /// `float` slots; `false` leaves the instruction to the generic form
    /// (whose reads and writes of `float` slots go through `load` and
    /// `replace`).
    pub(super) fn typed_instr(&mut self, pc: usize, instr: &Instr) -> Built<bool> {
        use Instr as I;
        let fl = |s: &Self, key: u32| s.is_float_slot(key);
        let nregs = self.co.nregs;
        match *instr {
            // A slot that must show the constant's own object keeps it
            // (the generic form).
            I::Const { dst, value } if fl(self, dst) && self.identity.copies(true, dst) => {
                let Some(Const::Float(c)) = self.co.consts.get(value as usize) else {
                    return Ok(false);
                };
                let v = self.rt.f64.const_float(*c);
                self.set_num(dst, v)?;
            }
            I::LoadFast { dst, slot }
                if fl(self, dst) && fl(self, nregs + slot) && self.copies(nregs + slot, dst) =>
            {
                let v = self.slot_double(pc, nregs + slot)?;
                self.set_num(dst, v)?;
            }
            I::StoreFast { slot, src } | I::Move { dst: slot, src }
                if fl(self, self.dst_key(instr, slot))
                    && self.copies(src, self.dst_key(instr, slot)) =>
            {
                let key = self.dst_key(instr, slot);
                let Some(v) = self.exact_double(pc, src)? else {
                    return Ok(false);
                };
                self.set_num(key, v)?;
            }
            I::StoreFastMove { slot, src }
                if fl(self, nregs + slot) && fl(self, src) && self.copies(src, nregs + slot) =>
            {
                let v = self
                    .b
                    .build_load(self.rt.f64, self.num_cell(src), "")?
                    .into_float_value();
                self.set_num(nregs + slot, v)?;
                self.spend_double(src)?;
            }
            I::Clear { dst } if fl(self, dst) => self.spend_double(dst)?,
            I::Add { dst, a, b } | I::InplaceAdd { dst, a, b } if fl(self, dst) => {
                return self.typed_arith(pc, dst, (a, b), Arith::Add).map(|()| true);
            }
            I::Sub { dst, a, b } | I::InplaceSub { dst, a, b } if fl(self, dst) => {
                return self.typed_arith(pc, dst, (a, b), Arith::Sub).map(|()| true);
            }
            I::Mul { dst, a, b } | I::InplaceMul { dst, a, b } if fl(self, dst) => {
                return self.typed_arith(pc, dst, (a, b), Arith::Mul).map(|()| true);
            }
            I::TrueDiv { dst, a, b } | I::InplaceTrueDiv { dst, a, b } if fl(self, dst) => {
                return self.typed_arith(pc, dst, (a, b), Arith::Div).map(|()| true);
            }
            I::Pow { dst, a, b } | I::InplacePow { dst, a, b } if fl(self, dst) => {
                return self.typed_arith(pc, dst, (a, b), Arith::Pow).map(|()| true);
            }
            I::Lt { dst, a, b }
            | I::Le { dst, a, b }
            | I::Gt { dst, a, b }
            | I::Ge { dst, a, b }
            | I::Eq { dst, a, b }
            | I::Ne { dst, a, b }
                if fl(self, a) || fl(self, b) =>
            {
                let op = compare_op(instr);
                let c = self.typed_compare(pc, a, b, op)?;
                let w = self
                    .b
                    .build_select(
                        c,
                        self.thread_word(CtxField::True)?,
                        self.thread_word(CtxField::False)?,
                        "",
                    )?
                    .into_int_value();
                self.replace(self.regs, dst, w)?;
            }
            I::BranchLt { a, b, then, else_ }
            | I::BranchLe { a, b, then, else_ }
            | I::BranchGt { a, b, then, else_ }
            | I::BranchGe { a, b, then, else_ }
            | I::BranchEq { a, b, then, else_ }
            | I::BranchNe { a, b, then, else_ }
                if fl(self, a) || fl(self, b) =>
            {
                let Some((t, e)) = self.two_blocks(then, else_) else {
                    return Ok(false);
                };
                self.check_backward(pc, &[then, else_])?;
                let c = self.typed_compare(pc, a, b, compare_op(instr))?;
                self.b.build_conditional_branch(c, t, e)?;
                return Ok(true);
            }
            _ => return Ok(false),
        }
        self.next(pc)?;
        Ok(true)
    }

    /// Whether a move from `src` to `dst` may copy the double alone
    /// (`identity::Identity::copies`); otherwise the generic form moves
    /// the object.
    fn copies(&self, src: u32, dst: u32) -> bool {
        let constant = matches!(self.co.source(src), Source::Const(_));
        self.identity.copies(constant, dst)
    }

    /// Slot `key`, whose identity no one sees (`identity.rs`), takes the
    /// value of float `w` (exactly a float, borrowed) without it.
    pub(super) fn take_value(&self, key: u32, w: IntValue<'ctx>) -> Built<()> {
        let v = self.float_value(w)?;
        self.set_num(key, v)
    }

    /// The double of float `w` (exactly a float).
    pub(super) fn float_value(&self, w: IntValue<'ctx>) -> Built<FloatValue<'ctx>> {
        Ok(self
            .field(
                w,
                self.thread_word(CtxField::FloatOffset)?,
                self.rt.f64.into(),
            )?
            .into_float_value())
    }

    /// The slot address an instruction writes: a `store.fast` names a
    /// local, a `move` a register.
    fn dst_key(&self, instr: &Instr, dst: u32) -> u32 {
        match instr {
            Instr::StoreFast { .. } => self.co.nregs + dst,
            _ => dst,
        }
    }

    /// The double of `float` slot `key`; an unset local takes the VM's
    /// path (UnboundLocalError).
    pub(super) fn slot_double(&mut self, pc: usize, key: u32) -> Built<FloatValue<'ctx>> {
        if key >= self.co.nregs {
            let w = self.raw(key)?;
            let unset = self.is_zero(w)?;
            self.slow_if(pc, unset)?;
        }
        Ok(self
            .b
            .build_load(self.rt.f64, self.num_cell(key), "")?
            .into_float_value())
    }

    /// The double of read operand `addr` when it is certainly a float: a
    /// `float` slot or a float constant.
    fn exact_double(&mut self, pc: usize, addr: u32) -> Built<Option<FloatValue<'ctx>>> {
        if self.is_float_slot(addr) {
            return self.slot_double(pc, addr).map(Some);
        }
        Ok(self.float_const(addr).map(|c| self.rt.f64.const_float(c)))
    }

    /// Read operand `addr` as a double: a `float` slot or constant, an
    /// int constant exact as a double, or a word seen by `number`.
    pub(super) fn operand_number(&mut self, pc: usize, addr: u32) -> Built<Number<'ctx>> {
        let bool_ty = self.rt.context.bool_type();
        let (yes, no) = (bool_ty.const_int(1, false), bool_ty.const_zero());
        if let Some(v) = self.exact_double(pc, addr)? {
            return Ok(Number {
                ok: yes,
                is_float: yes,
                value: v,
            });
        }
        if let Source::Const(i) = self.co.source(addr)
            && let Some(&Const::Int(n)) = self.co.consts.get(i as usize)
            && (-EXACT_INT..=EXACT_INT).contains(&n)
        {
            return Ok(Number {
                ok: yes,
                is_float: no,
                value: self.rt.f64.const_float(n as f64),
            });
        }
        let w = self.read(addr)?;
        let int = self.expects_int(addr);
        self.number(w, int)
    }

    /// `+ - * /` into a `float` slot (`Gen::float_arith`).
    fn typed_arith(&mut self, pc: usize, dst: u32, (a, b): (u32, u32), op: Arith) -> Built<()> {
        let x = self.operand_number(pc, a)?;
        let y = self.operand_number(pc, b)?;
        let (v, not_usable) = self.float_arith(x, y, op)?;
        self.vm_if(pc, not_usable)?;
        self.set_num(dst, v)?;
        self.next(pc)
    }

    /// A comparison with a `float` slot, on doubles when the other side
    /// is a number exact as a double; anything else through the VM.
    fn typed_compare(&mut self, pc: usize, a: u32, b: u32, op: Cmp) -> Built<IntValue<'ctx>> {
        let x = self.operand_number(pc, a)?;
        let y = self.operand_number(pc, b)?;
        let both = self.b.build_and(x.ok, y.ok, "")?;
        let not_both = self.b.build_not(both, "")?;
        self.vm_if(pc, not_both)?;
        self.b.build_float_compare(op.float(), x.value, y.value, "")
    }
}

fn compare_op(instr: &Instr) -> Cmp {
    use Instr as I;
    match instr {
        I::Lt { .. } | I::BranchLt { .. } => Cmp::Lt,
        I::Le { .. } | I::BranchLe { .. } => Cmp::Le,
        I::Gt { .. } | I::BranchGt { .. } => Cmp::Gt,
        I::Ge { .. } | I::BranchGe { .. } => Cmp::Ge,
        I::Eq { .. } | I::BranchEq { .. } => Cmp::Eq,
        _ => Cmp::Ne,
    }
}
