//! One code object to one native function over the VM's frame.
//!
//! The function fills an `abi::Ctx` on entry, then runs one LLVM block per
//! pc. Registers and fast locals stay in the frame's arrays (so the VM's
//! `locals()`, tracebacks and the cycle collector see them as always);
//! LLVM keeps what it can in machine registers between calls. An
//! instruction without an inline form, or whose inline form does not
//! apply (not small ints, an unset local), calls `pyrt_step`, which runs
//! it with the VM's code; its exception goes through `pyrt_unwind` to the
//! handler's block or out of the function, as in the VM's loop.

use std::collections::HashMap;

use compiler::bytecode::{CodeObject, Instr};
use compiler::ir::Suspension;
use inkwell::IntPredicate;
use inkwell::basic_block::BasicBlock;
use inkwell::builder::{Builder, BuilderError};
use inkwell::module::Linkage;
use inkwell::values::{FunctionValue, IntValue, PointerValue};

use crate::debug;
use crate::runtime::Runtime;

type Built<T> = Result<T, BuilderError>;

/// The smallest and largest small int (`runtime::object::SMALL_MIN/MAX`).
const SMALL_MIN: i64 = -(1 << 61);
const SMALL_MAX: i64 = (1 << 61) - 1;

/// Compiles `co` as function `name`: `Ok(Ok(f))`, or `Ok(Err(reason))`
/// when it stays on the VM. `Err` is an internal compiler error.
pub fn compile<'ctx>(
    rt: &Runtime<'ctx>,
    name: &str,
    co: &CodeObject,
    unit: &debug::Unit<'_, 'ctx>,
) -> Result<Result<FunctionValue<'ctx>, String>, String> {
    if co.suspension != Suspension::None {
        return Ok(Err(
            "generators and coroutines run on the VM (native ones are not implemented yet)".into(),
        ));
    }
    let ty = rt.word.fn_type(&[rt.ptr.into()], false);
    // Internal, not private: the symbol stays in the object for perf and gdb.
    let f = rt.module.add_function(name, ty, Some(Linkage::Internal));
    let lines = unit.function(f, co);
    let mut g = Gen::new(rt, f, co, lines).map_err(|e| format!("{name}: {e}"))?;
    g.body().map_err(|e| format!("{name}: {e}"))?;
    Ok(Ok(f))
}

struct Gen<'a, 'ctx> {
    rt: &'a Runtime<'ctx>,
    b: Builder<'ctx>,
    f: FunctionValue<'ctx>,
    co: &'a CodeObject,
    lines: debug::Lines<'a, 'ctx>,
    frame: PointerValue<'ctx>,
    regs: PointerValue<'ctx>,
    fast: PointerValue<'ctx>,
    consts: PointerValue<'ctx>,
    true_word: IntValue<'ctx>,
    false_word: IntValue<'ctx>,
    interrupt: PointerValue<'ctx>,
    /// The block of each pc.
    blocks: Vec<BasicBlock<'ctx>>,
    /// The unwinding block of each pc that has one.
    unwinds: HashMap<usize, BasicBlock<'ctx>>,
}

impl<'a, 'ctx> Gen<'a, 'ctx> {
    fn new(
        rt: &'a Runtime<'ctx>,
        f: FunctionValue<'ctx>,
        co: &'a CodeObject,
        lines: debug::Lines<'a, 'ctx>,
    ) -> Built<Self> {
        let b = rt.context.create_builder();
        lines.start(&b, co.first_line);
        let entry = rt.context.append_basic_block(f, "entry");
        let blocks = (0..co.code.len())
            .map(|pc| rt.context.append_basic_block(f, &format!("pc{pc}")))
            .collect::<Vec<_>>();
        b.position_at_end(entry);
        let frame = f
            .get_first_param()
            .map(|p| p.into_pointer_value())
            .unwrap_or_else(|| rt.ptr.const_null());
        let ctx = b.build_alloca(rt.ctx, "ctx")?;
        b.build_call(rt.enter, &[frame.into(), ctx.into()], "")?;
        let field = |i: u32, name: &str| -> Built<inkwell::values::BasicValueEnum<'ctx>> {
            let p = b.build_struct_gep(rt.ctx, ctx, i, "")?;
            let ty: inkwell::types::BasicTypeEnum = if i == 3 || i == 4 {
                rt.word.into()
            } else {
                rt.ptr.into()
            };
            b.build_load(ty, p, name)
        };
        let regs = field(0, "regs")?.into_pointer_value();
        let fast = field(1, "fast")?.into_pointer_value();
        let consts = field(2, "consts")?.into_pointer_value();
        let true_word = field(3, "true")?.into_int_value();
        let false_word = field(4, "false")?.into_int_value();
        let interrupt = field(5, "interrupt")?.into_pointer_value();
        match blocks.first() {
            Some(&first) => b.build_unconditional_branch(first)?,
            None => b.build_return(Some(&rt.word.const_zero()))?,
        };
        Ok(Gen {
            rt,
            b,
            f,
            co,
            lines,
            frame,
            regs,
            fast,
            consts,
            true_word,
            false_word,
            interrupt,
            blocks,
            unwinds: HashMap::new(),
        })
    }

    fn body(&mut self) -> Built<()> {
        for (pc, instr) in self.co.code.iter().enumerate() {
            self.b.position_at_end(self.blocks[pc]);
            self.instr(pc, instr)?;
        }
        Ok(())
    }

    fn word(&self, v: i64) -> IntValue<'ctx> {
        self.rt.word.const_int(v as u64, true)
    }

    fn block(&self, name: &str) -> BasicBlock<'ctx> {
        self.rt.context.append_basic_block(self.f, name)
    }

    /// The address of word `i` of an array.
    #[allow(unsafe_code)]
    fn slot(&self, base: PointerValue<'ctx>, i: u32) -> Built<PointerValue<'ctx>> {
        let index = self.rt.word.const_int(u64::from(i), false);
        // SAFETY: `i` indexes an array of the code object's shape (a
        // register below `nregs`, a local below `varnames.len()`, a constant
        // below `consts.len()`; `Module::check` verified every index), so
        // the in-bounds GEP stays within the frame's array.
        unsafe { self.b.build_in_bounds_gep(self.rt.word, base, &[index], "") }
    }

    fn load(&self, base: PointerValue<'ctx>, i: u32) -> Built<IntValue<'ctx>> {
        let p = self.slot(base, i)?;
        Ok(self.b.build_load(self.rt.word, p, "")?.into_int_value())
    }

    fn incref(&self, w: IntValue<'ctx>) -> Built<()> {
        self.b.build_call(self.rt.incref, &[w.into()], "")?;
        Ok(())
    }

    fn decref(&self, w: IntValue<'ctx>) -> Built<()> {
        self.b.build_call(self.rt.decref, &[w.into()], "")?;
        Ok(())
    }

    /// Stores an owned word in `base[i]`, releasing the old one.
    fn replace(&self, base: PointerValue<'ctx>, i: u32, w: IntValue<'ctx>) -> Built<()> {
        let p = self.slot(base, i)?;
        let old = self.b.build_load(self.rt.word, p, "old")?.into_int_value();
        self.b.build_store(p, w)?;
        self.decref(old)
    }

    fn is_zero(&self, w: IntValue<'ctx>) -> Built<IntValue<'ctx>> {
        self.b
            .build_int_compare(IntPredicate::EQ, w, self.rt.word.const_zero(), "")
    }

    /// The block that handles an exception pending at `pc`.
    fn unwind(&mut self, pc: usize) -> Built<BasicBlock<'ctx>> {
        if let Some(&b) = self.unwinds.get(&pc) {
            return Ok(b);
        }
        let here = self.b.get_insert_block();
        let block = self.block(&format!("unwind{pc}"));
        self.b.position_at_end(block);
        let reraise = matches!(self.co.code.get(pc), Some(Instr::Reraise { .. }));
        self.b.build_call(
            self.rt.unwind,
            &[
                self.frame.into(),
                self.rt.i32.const_int(pc as u64, false).into(),
                self.rt.i32.const_int(u64::from(reraise), false).into(),
            ],
            "",
        )?;
        match self
            .co
            .handler_at(pc)
            .and_then(|h| self.blocks.get(h.pc as usize))
        {
            Some(&handler) => self.b.build_unconditional_branch(handler)?,
            None => self.b.build_return(Some(&self.rt.word.const_zero()))?,
        };
        if let Some(here) = here {
            self.b.position_at_end(here);
        }
        self.unwinds.insert(pc, block);
        Ok(block)
    }

    /// The VM's implementation of the instruction at `pc`, then on to the
    /// next pc, a jump target, or the unwinding block.
    fn step(&mut self, pc: usize) -> Built<()> {
        let instr = self.co.code[pc];
        let mut targets = Vec::new();
        let mut copy = instr;
        copy.for_each_target_mut(|t| targets.push(*t as usize));
        targets.sort_unstable();
        targets.dedup();
        let falls_through = !matches!(
            instr,
            Instr::Jump { .. }
                | Instr::BranchIf { .. }
                | Instr::Return { .. }
                | Instr::Raise { .. }
                | Instr::Reraise { .. }
                | Instr::ForIter { .. }
                | Instr::Yield { .. }
                | Instr::Send { .. }
                | Instr::Throw { .. }
                | Instr::Unreachable {}
        );
        let pc32 = self.rt.i32.const_int(pc as u64, false);
        let r = self
            .b
            .build_call(self.rt.step, &[self.frame.into(), pc32.into()], "step")?
            .try_as_basic_value()
            .basic()
            .map(|v| v.into_int_value())
            .unwrap_or_else(|| self.word(-1));
        let unwind = self.unwind(pc)?;
        let mut cases = Vec::new();
        if falls_through && let Some(&next) = self.blocks.get(pc + 1) {
            cases.push((self.word(-2), next));
        }
        for t in targets {
            if let Some(&b) = self.blocks.get(t) {
                cases.push((self.word(t as i64), b));
            }
        }
        self.b.build_switch(r, unwind, &cases)?;
        Ok(())
    }

    /// Branches to a new block running `step(pc)` when `cond` holds, and
    /// continues the fast path in another new block.
    fn slow_if(&mut self, pc: usize, cond: IntValue<'ctx>) -> Built<()> {
        let slow = self.block(&format!("slow{pc}"));
        let fast = self.block(&format!("fast{pc}"));
        self.b.build_conditional_branch(cond, slow, fast)?;
        self.b.position_at_end(slow);
        self.step(pc)?;
        self.b.position_at_end(fast);
        Ok(())
    }

    fn next(&self, pc: usize) -> Built<()> {
        match self.blocks.get(pc + 1) {
            Some(&b) => self.b.build_unconditional_branch(b)?,
            None => self.b.build_unreachable()?,
        };
        Ok(())
    }

    /// Raises KeyboardInterrupt at `pc` if Ctrl-C was pressed (the VM checks
    /// at backward jumps and returns).
    fn check_interrupt(&mut self, pc: usize) -> Built<()> {
        let flag = self
            .b
            .build_load(self.rt.context.i8_type(), self.interrupt, "sigint")?
            .into_int_value();
        let set = self.b.build_int_compare(
            IntPredicate::NE,
            flag,
            self.rt.context.i8_type().const_zero(),
            "",
        )?;
        let check = self.block(&format!("sigint{pc}"));
        let go = self.block(&format!("go{pc}"));
        self.b.build_conditional_branch(set, check, go)?;
        self.b.position_at_end(check);
        let r = self
            .b
            .build_call(self.rt.check_interrupt, &[], "")?
            .try_as_basic_value()
            .basic()
            .map(|v| v.into_int_value())
            .unwrap_or_else(|| self.rt.i32.const_zero());
        let failed = self
            .b
            .build_int_compare(IntPredicate::NE, r, self.rt.i32.const_zero(), "")?;
        let unwind = self.unwind(pc)?;
        self.b.build_conditional_branch(failed, unwind, go)?;
        self.b.position_at_end(go);
        Ok(())
    }

    /// Both words small ints (tag bit set; an unset register is 0).
    fn both_small(&self, a: IntValue<'ctx>, b: IntValue<'ctx>) -> Built<IntValue<'ctx>> {
        let both = self.b.build_and(a, b, "")?;
        let tag = self.b.build_and(both, self.word(1), "")?;
        self.b
            .build_int_compare(IntPredicate::NE, tag, self.rt.word.const_zero(), "")
    }

    fn instr(&mut self, pc: usize, instr: &Instr) -> Built<()> {
        self.lines.at(&self.b, pc);
        use Instr as I;
        match *instr {
            I::Const { dst, value } => {
                let w = self.load(self.consts, value)?;
                let unset = self.is_zero(w)?;
                self.slow_if(pc, unset)?;
                self.incref(w)?;
                self.replace(self.regs, dst, w)?;
                self.next(pc)
            }
            I::LoadFast { dst, slot } => {
                let w = self.load(self.fast, slot)?;
                let unbound = self.is_zero(w)?;
                self.slow_if(pc, unbound)?;
                self.incref(w)?;
                self.replace(self.regs, dst, w)?;
                self.next(pc)
            }
            I::StoreFast { slot, src } => {
                let w = self.load(self.regs, src)?;
                let unset = self.is_zero(w)?;
                self.slow_if(pc, unset)?;
                self.incref(w)?;
                self.replace(self.fast, slot, w)?;
                self.next(pc)
            }
            I::StoreFastMove { slot, src } => {
                let w = self.load(self.regs, src)?;
                let unset = self.is_zero(w)?;
                self.slow_if(pc, unset)?;
                let p = self.slot(self.regs, src)?;
                self.b.build_store(p, self.rt.word.const_zero())?;
                self.replace(self.fast, slot, w)?;
                self.next(pc)
            }
            I::Move { dst, src } => {
                let w = self.load(self.regs, src)?;
                let unset = self.is_zero(w)?;
                self.slow_if(pc, unset)?;
                self.incref(w)?;
                self.replace(self.regs, dst, w)?;
                self.next(pc)
            }
            I::Clear { dst } => {
                self.replace(self.regs, dst, self.rt.word.const_zero())?;
                self.next(pc)
            }
            I::Jump { target } => {
                if target as usize <= pc {
                    self.check_interrupt(pc)?;
                }
                match self.blocks.get(target as usize) {
                    Some(&t) => self.b.build_unconditional_branch(t)?,
                    None => self.b.build_unreachable()?,
                };
                Ok(())
            }
            I::BranchIf { cond, then, else_ } => self.branch(pc, cond, then, else_),
            I::Return { src } => {
                self.check_interrupt(pc)?;
                let w = self.load(self.regs, src)?;
                let unset = self.is_zero(w)?;
                self.slow_if(pc, unset)?;
                self.incref(w)?;
                self.b.build_return(Some(&w))?;
                Ok(())
            }
            I::Add { dst, a, b } | I::InplaceAdd { dst, a, b } => {
                self.small_arith(pc, dst, a, b, Arith::Add)
            }
            I::Sub { dst, a, b } | I::InplaceSub { dst, a, b } => {
                self.small_arith(pc, dst, a, b, Arith::Sub)
            }
            I::Mul { dst, a, b } | I::InplaceMul { dst, a, b } => {
                self.small_arith(pc, dst, a, b, Arith::Mul)
            }
            I::BitAnd { dst, a, b } | I::InplaceBitAnd { dst, a, b } => {
                self.small_bits(pc, dst, a, b, Bits::And)
            }
            I::BitOr { dst, a, b } | I::InplaceBitOr { dst, a, b } => {
                self.small_bits(pc, dst, a, b, Bits::Or)
            }
            I::BitXor { dst, a, b } | I::InplaceBitXor { dst, a, b } => {
                self.small_bits(pc, dst, a, b, Bits::Xor)
            }
            I::Lt { dst, a, b } => self.small_compare(pc, dst, a, b, IntPredicate::SLT),
            I::Le { dst, a, b } => self.small_compare(pc, dst, a, b, IntPredicate::SLE),
            I::Gt { dst, a, b } => self.small_compare(pc, dst, a, b, IntPredicate::SGT),
            I::Ge { dst, a, b } => self.small_compare(pc, dst, a, b, IntPredicate::SGE),
            I::Eq { dst, a, b } => self.small_compare(pc, dst, a, b, IntPredicate::EQ),
            I::Ne { dst, a, b } => self.small_compare(pc, dst, a, b, IntPredicate::NE),
            I::Is { dst, a, b } => self.identity(pc, dst, a, b, IntPredicate::EQ),
            I::IsNot { dst, a, b } => self.identity(pc, dst, a, b, IntPredicate::NE),
            _ => self.step(pc),
        }
    }

    /// `branch cond`: True and False decide inline, anything else through
    /// `pyrt_truth`.
    fn branch(&mut self, pc: usize, cond: u32, then: u32, else_: u32) -> Built<()> {
        let (Some(&t), Some(&e)) = (
            self.blocks.get(then as usize),
            self.blocks.get(else_ as usize),
        ) else {
            self.b.build_unreachable()?;
            return Ok(());
        };
        let w = self.load(self.regs, cond)?;
        let unset = self.is_zero(w)?;
        self.slow_if(pc, unset)?;
        let is_true = self
            .b
            .build_int_compare(IntPredicate::EQ, w, self.true_word, "")?;
        let not_true = self.block(&format!("nottrue{pc}"));
        self.b.build_conditional_branch(is_true, t, not_true)?;
        self.b.position_at_end(not_true);
        let is_false = self
            .b
            .build_int_compare(IntPredicate::EQ, w, self.false_word, "")?;
        let other = self.block(&format!("truth{pc}"));
        self.b.build_conditional_branch(is_false, e, other)?;
        self.b.position_at_end(other);
        let r = self
            .b
            .build_call(self.rt.truth, &[w.into()], "")?
            .try_as_basic_value()
            .basic()
            .map(|v| v.into_int_value())
            .unwrap_or_else(|| self.rt.i32.const_zero());
        let unwind = self.unwind(pc)?;
        self.b.build_switch(
            r,
            t,
            &[
                (self.rt.i32.const_zero(), e),
                (self.rt.i32.const_int(u64::MAX, true), unwind),
            ],
        )?;
        Ok(())
    }

    /// `+`, `-`, `*` of two small ints whose result is a small int.
    fn small_arith(&mut self, pc: usize, dst: u32, a: u32, b: u32, op: Arith) -> Built<()> {
        let (x, y) = (self.load(self.regs, a)?, self.load(self.regs, b)?);
        let small = self.both_small(x, y)?;
        let wide = self.rt.context.i128_type();
        let xi = self.b.build_right_shift(x, self.word(1), true, "")?;
        let yi = self.b.build_right_shift(y, self.word(1), true, "")?;
        let xw = self.b.build_int_s_extend(xi, wide, "")?;
        let yw = self.b.build_int_s_extend(yi, wide, "")?;
        let r = match op {
            Arith::Add => self.b.build_int_add(xw, yw, "")?,
            Arith::Sub => self.b.build_int_sub(xw, yw, "")?,
            Arith::Mul => self.b.build_int_mul(xw, yw, "")?,
        };
        let lo = self.b.build_int_compare(
            IntPredicate::SGE,
            r,
            wide.const_int(SMALL_MIN as u64, true),
            "",
        )?;
        let hi = self.b.build_int_compare(
            IntPredicate::SLE,
            r,
            wide.const_int(SMALL_MAX as u64, true),
            "",
        )?;
        let fits = self.b.build_and(lo, hi, "")?;
        let ok = self.b.build_and(small, fits, "")?;
        let not_ok = self.b.build_not(ok, "")?;
        self.slow_if(pc, not_ok)?;
        let r = self.b.build_int_truncate(r, self.rt.word, "")?;
        let shifted = self.b.build_left_shift(r, self.word(1), "")?;
        let w = self.b.build_or(shifted, self.word(1), "")?;
        self.replace(self.regs, dst, w)?;
        self.next(pc)
    }

    /// `&`, `|`, `^` of two small ints, on the tagged words.
    fn small_bits(&mut self, pc: usize, dst: u32, a: u32, b: u32, op: Bits) -> Built<()> {
        let (x, y) = (self.load(self.regs, a)?, self.load(self.regs, b)?);
        let small = self.both_small(x, y)?;
        let not_small = self.b.build_not(small, "")?;
        self.slow_if(pc, not_small)?;
        let w = match op {
            Bits::And => self.b.build_and(x, y, "")?,
            Bits::Or => self.b.build_or(x, y, "")?,
            Bits::Xor => {
                let v = self.b.build_xor(x, y, "")?;
                self.b.build_or(v, self.word(1), "")?
            }
        };
        self.replace(self.regs, dst, w)?;
        self.next(pc)
    }

    /// A comparison of two small ints: the tagged words order as the ints.
    fn small_compare(
        &mut self,
        pc: usize,
        dst: u32,
        a: u32,
        b: u32,
        pred: IntPredicate,
    ) -> Built<()> {
        let (x, y) = (self.load(self.regs, a)?, self.load(self.regs, b)?);
        let small = self.both_small(x, y)?;
        let not_small = self.b.build_not(small, "")?;
        self.slow_if(pc, not_small)?;
        let c = self.b.build_int_compare(pred, x, y, "")?;
        let w = self
            .b
            .build_select(c, self.true_word, self.false_word, "")?
            .into_int_value();
        self.replace(self.regs, dst, w)?;
        self.next(pc)
    }

    /// `is` / `is not`: identity of the words.
    fn identity(&mut self, pc: usize, dst: u32, a: u32, b: u32, pred: IntPredicate) -> Built<()> {
        let (x, y) = (self.load(self.regs, a)?, self.load(self.regs, b)?);
        let either_unset = {
            let zx = self.is_zero(x)?;
            let zy = self.is_zero(y)?;
            self.b.build_or(zx, zy, "")?
        };
        self.slow_if(pc, either_unset)?;
        let c = self.b.build_int_compare(pred, x, y, "")?;
        let w = self
            .b
            .build_select(c, self.true_word, self.false_word, "")?
            .into_int_value();
        self.replace(self.regs, dst, w)?;
        self.next(pc)
    }
}

#[derive(Clone, Copy)]
enum Arith {
    Add,
    Sub,
    Mul,
}

#[derive(Clone, Copy)]
enum Bits {
    And,
    Or,
    Xor,
}
