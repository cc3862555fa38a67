//! `obj[i]` and `obj[i] = v` inline when `obj` is exactly a list (or a
//! tuple, to read) and `i` a small int in range: a few loads and a bounds
//! check, no call. Everything else (subclasses, whose `__getitem__` may be
//! Python code; slices; bools and big ints, which are heap objects; an
//! index out of range; dicts, strings...) calls `pyrt_getitem` /
//! `pyrt_setitem`, which raise CPython's exceptions. Unpacking an exact
//! tuple of the right length (`unpack_seq`, then `tuple_item`s) is inline
//! too.
//!
//! The runtime measures where a list's and a tuple's fields are
//! (`runtime::native::layout`) and hands the offsets over in `abi::Ctx`;
//! nothing here assumes Rust's layout of `RefCell`, `Vec` or `Box<[T]>`.
//!
//! A list's items sit in a `RefCell`, and the inline path requires its
//! borrow flag to be 0. That is what makes it sound: while the flag is 0
//! no Rust reference into the vector exists, so reading it, or writing
//! an item in place (which moves no memory), breaks no borrow the
//! runtime holds; and between the check and the access native code runs
//! no other code. A nonzero flag means Rust code in the middle of a list
//! operation is running Python code (a callback) that indexes the list:
//! the slow path then does exactly what the VM does. `list.sort` is not
//! such a case: it takes the items out of the list while the key
//! function and comparisons run, so the list reads as empty, as
//! CPython's does, and its index raises IndexError through the slow path.

use compiler::bytecode::{Instr, Source};
use compiler::ir::Const;
use inkwell::IntPredicate;
use inkwell::basic_block::BasicBlock;
use inkwell::values::IntValue;

use super::{Arith, Built, Gen};
use crate::runtime::{CtxField, STALE};

impl<'ctx> Gen<'_, 'ctx> {
    /// The parts of the `slice` right before the `item.get` or `item.set`
    /// at `pc` whose key it makes, when the two run as one call
    /// (`pyrt_getslice`, `pyrt_setslice`: an exact list's slice needs no
    /// slice object, as CPython 3.12's `BINARY_SLICE`): nothing arrives
    /// at `pc` from elsewhere, nothing else reads the slice (its register
    /// holds the spent word, `Gen::spent`) and every operand of both is surely set, so neither
    /// the VM's step nor a fallback ever sees the pair half done.
    pub(super) fn fused_slice(&self, pc: usize) -> Option<[u32; 3]> {
        let Instr::Slice {
            dst,
            start,
            stop,
            step,
        } = *self.co.code.get(pc.checked_sub(1)?)?
        else {
            return None;
        };
        let operands: &[u32] = match *self.co.code.get(pc)? {
            Instr::ItemGet { obj, key, .. } if key == dst => &[obj],
            Instr::ItemSet { obj, key, value } if key == dst => &[obj, value],
            _ => return None,
        };
        let alone = dst < self.co.nregs
            && !self.merges[pc]
            && !operands.contains(&dst)
            && !self
                .co
                .code
                .iter()
                .enumerate()
                .any(|(i, ins)| i != pc && super::bound::reads(self.co, ins, dst));
        let set = [start, stop, step]
            .iter()
            .all(|&r| self.surely_set(pc - 1, r))
            && operands.iter().all(|&r| self.surely_set(pc, r));
        (alone && set).then_some([start, stop, step])
    }

    /// For a fused slice read at `pc` into `dst`: the fused slice
    /// assignment that `dst` is the value of, at pc `to` (`dst[to] =
    /// src[from]`, as `perm[:k + 1] = perm[k::-1]` lowers), when the
    /// instructions between them are `+` and `-` of surely set operands
    /// into registers (the assignment's slice parts, `k + 1`) and nothing
    /// else reads `dst` or arrives in between. Their small-int forms,
    /// which run no code and raise nothing, can then run before the read,
    /// and the read and the assignment run as one call, with no list in
    /// between (`pyrt_slice_move`). Every register written meanwhile must
    /// be empty before: releasing an old value could run code.
    fn slice_move(&self, pc: usize, dst: u32) -> Option<SliceMove> {
        let reads_dst = |i: usize| super::bound::reads(self.co, &self.co.code[i], dst);
        let to = (pc + 1..self.co.code.len()).find(|&i| reads_dst(i))?;
        let Instr::ItemSet { obj, value, .. } = *self.co.code.get(to)? else {
            return None;
        };
        let parts = self.fused_slice(to)?;
        let only_reader =
            value == dst && obj != dst && (0..self.co.code.len()).all(|i| i == to || !reads_dst(i));
        let quiet = (pc + 1..=to).all(|i| !self.merges[i]);
        let plain = |r: u32| {
            r < self.co.nregs
                && !self.is_float_slot(r)
                && !self.is_int_slot(r)
                && !self.shadows.contains_key(&r)
        };
        let empty = |at: usize, r: u32| {
            self.facts
                .get(at)
                .and_then(Option::as_ref)
                .is_some_and(|s| s.is_empty(r))
        };
        // What dies in between must hold nothing to release (the fused
        // path skips those pcs' releases): the read's own slice register,
        // spent, and `int` slots.
        let Instr::Slice { dst: own_key, .. } = *self.co.code.get(pc.checked_sub(1)?)? else {
            return None;
        };
        let mut dying = Vec::new();
        for i in pc + 1..=to {
            for rel in self.released.get(i)? {
                if rel.reg != own_key && !self.is_int_slot(rel.reg) {
                    return None;
                }
                dying.push(rel.reg);
            }
        }
        if !only_reader || !quiet || !plain(dst) || !empty(pc, dst) {
            return None;
        }
        let mut ops = Vec::new();
        for i in pc + 1..to - 1 {
            let (d, a, b, op) = match self.co.code[i] {
                Instr::Add { dst, a, b } => (dst, a, b, Arith::Add),
                Instr::Sub { dst, a, b } => (dst, a, b, Arith::Sub),
                _ => return None,
            };
            let operand = |r: u32| self.surely_set(i, r) && !self.is_float_slot(r);
            // An `int` slot takes the small int as its checks would.
            let target = d < self.co.nregs
                && !self.is_float_slot(d)
                && !self.shadows.contains_key(&d)
                && (self.is_int_slot(d) || empty(pc, d));
            if !target || !operand(a) || !operand(b) {
                return None;
            }
            ops.push((d, a, b, op));
        }
        let Instr::Slice { dst: key, .. } = self.co.code[to - 1] else {
            return None;
        };
        if !plain(key) || !empty(pc, key) {
            return None;
        }
        Some(SliceMove {
            to,
            obj,
            dying,
            key,
            parts,
            ops,
        })
    }

    /// `src[from]` read into `dst` at `pc` (a fused slice, `slice_move`'s
    /// first half): when the operands of the `+`/`-` before the
    /// assignment are small ints with a small result, those run, then the
    /// read and the assignment as one call, and on past the assignment;
    /// otherwise the read alone, as `get_slice`.
    fn move_slice(
        &mut self,
        pc: usize,
        (dst, src, from): (u32, u32, [u32; 3]),
        plan: SliceMove,
    ) -> Built<()> {
        let (fused, alone) = (
            self.block(&format!("slice.move{pc}")),
            self.block(&format!("slice.alone{pc}")),
        );
        let mut results = Vec::new();
        for &(d, a, b, op) in &plan.ops {
            let (x, y) = (self.read(a)?, self.read(b)?);
            let (ok, r) = self.small_arith((a, x), (b, y), op)?;
            let next = self.block(&format!("slice.move.op{pc}.{d}"));
            self.b.build_conditional_branch(ok, next, alone)?;
            self.b.position_at_end(next);
            results.push((d, self.small_word(r)?));
        }
        self.b.build_unconditional_branch(fused)?;
        self.b.position_at_end(fused);
        for (d, w) in results {
            self.replace(self.regs, d, w)?;
        }
        // Never made: the spent word where the bound analysis counts a
        // value (`Gen::spent`).
        self.replace(self.regs, dst, self.spent())?;
        self.replace(self.regs, plan.key, self.spent())?;
        let args = [src, from[0], from[1], from[2], plan.obj]
            .into_iter()
            .chain(plan.parts)
            .map(|r| Ok(self.read(r)?.into()))
            .collect::<Built<Vec<_>>>()?;
        let reversal = match self.blocks.get(plan.to + 1) {
            Some(&past) if self.prefix_reversal(from, plan.parts) => Some((
                past,
                [src, plan.obj, from[0], plan.parts[1]]
                    .map(|r| self.read(r))
                    .into_iter()
                    .collect::<Built<Vec<_>>>()?,
            )),
            _ => None,
        };
        // Then emptied on the way in between, as the pcs skipped would do it
        // (each holds the spent word or a small int: nothing to release).
        for &r in &plan.dying {
            if self.is_int_slot(r) {
                self.put_small(r, self.rt.word.const_zero())?;
            } else {
                let p = self.slot(self.regs, r)?;
                self.b.build_store(p, self.rt.word.const_zero())?;
            }
        }
        let call = self.block(&format!("slice.move.call{pc}"));
        match reversal {
            Some((past, w)) => self.reverse_prefix(pc, [w[0], w[1], w[2], w[3]], past, call)?,
            None => {
                self.b.build_unconditional_branch(call)?;
            }
        }
        self.b.position_at_end(call);
        let r = self
            .b
            .build_call(self.rt.slice_move, &args, "")?
            .try_as_basic_value()
            .basic()
            .map(|v| v.into_int_value())
            .unwrap_or_else(|| self.rt.i32.const_zero());
        let (read_failed, set_failed) = (self.unwind(pc)?, self.unwind(plan.to)?);
        let past = match self.blocks.get(plan.to + 1) {
            Some(&b) => b,
            None => read_failed,
        };
        self.b.build_switch(
            r,
            past,
            &[
                (self.rt.i32.const_int(u64::MAX, true), read_failed),
                (self.rt.i32.const_int(-2i64 as u64, true), set_failed),
            ],
        )?;
        self.b.position_at_end(alone);
        self.get_slice(pc, dst, src, from)
    }

    /// Whether a fused slice move's slices have the form of a prefix
    /// reversal, `x[:e] = y[s::-1]` (`perm[:k + 1] = perm[k::-1]`).
    fn prefix_reversal(&self, from: [u32; 3], to: [u32; 3]) -> bool {
        let is = |r: u32, c: Const| matches!(self.co.source(r), Source::Const(i) if self.co.consts.get(i as usize) == Some(&c));
        is(from[1], Const::None)
            && is(from[2], Const::Int(-1))
            && is(to[0], Const::None)
            && is(to[2], Const::None)
    }

    /// `x[:e] = y[s::-1]` (words `[y, x, s, e]`) when `x` and `y` are one
    /// exact list, unborrowed, and `s` and `e` small ints with `e == s + 1`
    /// and `0 <= s < len(x)`: the first `e` items reversed in place (what
    /// the runtime's `list::reverse_in_place` does), then on to `past`;
    /// anything else to `call`.
    fn reverse_prefix(
        &mut self,
        pc: usize,
        [y, x, s, e]: [IntValue<'ctx>; 4],
        past: BasicBlock<'ctx>,
        call: BasicBlock<'ctx>,
    ) -> Built<()> {
        let same = self.b.build_int_compare(IntPredicate::EQ, x, y, "")?;
        let one = self.block(&format!("reverse.list{pc}"));
        self.b.build_conditional_branch(same, one, call)?;
        self.b.position_at_end(one);
        let (items, len) = self.exact_list(pc, x, call)?;
        let tags = self.b.build_and(s, e, "")?;
        let small = self.b.build_and(tags, self.word(1), "")?;
        let small = self
            .b
            .build_int_compare(IntPredicate::NE, small, self.word(0), "")?;
        // As small-int words, `e == s + 1` is `e == s + 2`.
        let next = self.b.build_int_add(s, self.word(2), "")?;
        let adjacent = self.b.build_int_compare(IntPredicate::EQ, e, next, "")?;
        let last = self.b.build_right_shift(s, self.word(1), true, "last")?;
        let in_range = self.b.build_int_compare(IntPredicate::ULT, last, len, "")?;
        let ok = self.b.build_and(small, adjacent, "")?;
        let ok = self.b.build_and(ok, in_range, "")?;
        let (start, head, body) = (
            self.block(&format!("reverse{pc}")),
            self.block(&format!("reverse.head{pc}")),
            self.block(&format!("reverse.swap{pc}")),
        );
        self.b.build_conditional_branch(ok, start, call)?;
        self.b.position_at_end(start);
        let offset = self.b.build_left_shift(last, self.word(3), "")?;
        let high = self.b.build_int_add(items, offset, "")?;
        self.b.build_unconditional_branch(head)?;
        self.b.position_at_end(head);
        let lo = self.b.build_phi(self.rt.word, "lo")?;
        let hi = self.b.build_phi(self.rt.word, "hi")?;
        lo.add_incoming(&[(&items, start)]);
        hi.add_incoming(&[(&high, start)]);
        let (l, h) = (
            lo.as_basic_value().into_int_value(),
            hi.as_basic_value().into_int_value(),
        );
        let more = self.b.build_int_compare(IntPredicate::ULT, l, h, "")?;
        self.b.build_conditional_branch(more, body, past)?;
        self.b.position_at_end(body);
        let (pl, ph) = (
            self.b.build_int_to_ptr(l, self.rt.ptr, "")?,
            self.b.build_int_to_ptr(h, self.rt.ptr, "")?,
        );
        let a = self.b.build_load(self.rt.word, pl, "")?;
        let b = self.b.build_load(self.rt.word, ph, "")?;
        self.b.build_store(pl, b)?;
        self.b.build_store(ph, a)?;
        let l2 = self.b.build_int_add(l, self.word(8), "")?;
        let h2 = self.b.build_int_sub(h, self.word(8), "")?;
        lo.add_incoming(&[(&l2, body)]);
        hi.add_incoming(&[(&h2, body)]);
        self.b.build_unconditional_branch(head)?;
        Ok(())
    }

    /// `obj[a:b:c]` of a fused `slice` (`fused_slice`), into the list
    /// `dst` holds when its write would free it (`pyrt_getslice`).
    fn get_slice(&mut self, pc: usize, dst: u32, obj: u32, parts: [u32; 3]) -> Built<()> {
        // All surely set (`fused_slice`): no test, no step.
        let mut args = [obj, parts[0], parts[1], parts[2]]
            .iter()
            .map(|&r| Ok(self.read(r)?.into()))
            .collect::<Built<Vec<_>>>()?;
        let old = if self.is_float_slot(dst) || self.is_int_slot(dst) {
            self.rt.word.const_zero()
        } else {
            self.load(self.regs, dst)?
        };
        args.push(old.into());
        let w = self.call_word(self.rt.getslice, &args)?;
        self.finish_word(pc, dst, w)
    }

    /// `obj[a:b:c] = value` of a fused `slice` (`fused_slice`).
    fn set_slice(&mut self, pc: usize, obj: u32, value: u32, parts: [u32; 3]) -> Built<()> {
        // All surely set (`fused_slice`): no test, no step.
        let args = [obj, parts[0], parts[1], parts[2], value]
            .iter()
            .map(|&r| Ok(self.read(r)?.into()))
            .collect::<Built<Vec<_>>>()?;
        let r = self.call_word(self.rt.setslice, &args)?;
        self.finish_status(pc, r)
    }

    /// `item.get`: a list's or tuple's item inline, else `pyrt_getitem`.
    pub(super) fn item_get(&mut self, pc: usize, dst: u32, obj: u32, key: u32) -> Built<()> {
        if let Some(parts) = self.fused_slice(pc) {
            if let Some(plan) = self.slice_move(pc, dst) {
                return self.move_slice(pc, (dst, obj, parts), plan);
            }
            return self.get_slice(pc, dst, obj, parts);
        }
        let ws = self.operands(pc, &[obj, key])?;
        let (o, k) = (ws[0], ws[1]);
        let generic = self.block(&format!("item.generic{pc}"));
        let ty = self.heap_type_with_small_key(pc, o, k, generic)?;
        let (items, len) = self.sequence(pc, o, ty, generic)?;
        let at = self.item_address(pc, k, (items, len), generic)?;
        match self.truth_targets(pc, dst) {
            Some(targets) => self.item_truth(pc, dst, at, targets)?,
            None => self.item_to(pc, dst, at)?,
        }

        self.b.position_at_end(generic);
        let w = self.call_word(self.rt.getitem, &[o.into(), k.into()])?;
        self.finish_word(pc, dst, w)
    }

    /// `item.set`: a list's item replaced inline, else `pyrt_setitem`.
    pub(super) fn item_set(&mut self, pc: usize, obj: u32, key: u32, value: u32) -> Built<()> {
        if let Some(parts) = self.fused_slice(pc) {
            return self.set_slice(pc, obj, value, parts);
        }
        if let Some(vkey) = self.float_key(self.regs, value) {
            return self.item_set_float(pc, (obj, key), vkey);
        }
        let ws = self.operands(pc, &[obj, key, value])?;
        let (o, k, v) = (ws[0], ws[1], ws[2]);
        let generic = self.block(&format!("item.generic{pc}"));
        let at = self.list_slot(pc, (o, k), generic)?;
        let old = self.b.build_load(self.rt.word, at, "old")?.into_int_value();
        self.incref_operand(value, v)?;
        self.b.build_store(at, v)?;
        // Released after the store, as `list.__setitem__` does: a
        // finalizer that runs then sees the list already updated.
        self.decref(old)?;
        self.next(pc)?;

        self.b.position_at_end(generic);
        let r = self.call_word(self.rt.setitem, &[o.into(), k.into(), v.into()])?;
        self.finish_status(pc, r)
    }

    /// `item.set` of a typed body's `float` slot `vkey` into a list: when
    /// only its double is current and the item it replaces is a float
    /// that nothing else holds (or only the `float` register the same
    /// item was read into, which then keeps its double alone), the double
    /// is written into that float in place, as `v[0] -= d` would
    /// otherwise box a new float and free the old one. Anything else
    /// boxes the double and stores as `item_set` does.
    fn item_set_float(&mut self, pc: usize, (obj, key): (u32, u32), vkey: u32) -> Built<()> {
        let ws = self.operands(pc, &[obj, key])?;
        let (o, k) = (ws[0], ws[1]);
        let p = self.slot(self.regs, vkey)?;
        let w = self.b.build_load(self.rt.word, p, "")?.into_int_value();
        let unset = self.unset(vkey, w)?;
        self.slow_if(pc, unset)?;
        let generic = self.block(&format!("item.generic{pc}"));
        let at = self.list_slot(pc, (o, k), generic)?;
        let (in_place, write, boxing) = (
            self.block(&format!("item.float{pc}")),
            self.block(&format!("item.inplace{pc}")),
            self.block(&format!("item.box{pc}")),
        );
        let old = self.b.build_load(self.rt.word, at, "old")?.into_int_value();
        // A list item is never 0, so a clear tag bit means an object.
        let stale = self
            .b
            .build_int_compare(IntPredicate::EQ, w, self.word(STALE as i64), "")?;
        let tag = self.b.build_and(old, self.word(1), "")?;
        let is_ptr = self.is_zero(tag)?;
        let candidate = self.b.build_and(stale, is_ptr, "")?;
        let check = self.block(&format!("item.check{pc}"));
        self.b.build_conditional_branch(candidate, check, boxing)?;
        self.b.position_at_end(check);
        let is_float = self.type_is(old, CtxField::FloatType)?;
        let count = self
            .field(old, self.rt.word.const_zero(), self.rt.word.into())?
            .into_int_value();
        let only = self
            .b
            .build_int_compare(IntPredicate::EQ, count, self.word(1), "")?;
        let alone = self.b.build_and(is_float, only, "")?;
        self.b.build_conditional_branch(alone, write, in_place)?;
        // Held twice: by the list and by the register the item was read
        // into, if that is a `float` register still holding this word.
        self.b.position_at_end(in_place);
        match self.read_into(pc, obj, key) {
            Some(r) => {
                let rp = self.slot(self.regs, r)?;
                let rw = self.b.build_load(self.rt.word, rp, "")?.into_int_value();
                let same = self.b.build_int_compare(IntPredicate::EQ, rw, old, "")?;
                let twice = self
                    .b
                    .build_int_compare(IntPredicate::EQ, count, self.word(2), "")?;
                let both = self.b.build_and(same, twice, "")?;
                let ok = self.b.build_and(both, is_float, "")?;
                let shared = self.block(&format!("item.shared{pc}"));
                self.b.build_conditional_branch(ok, shared, boxing)?;
                self.b.position_at_end(shared);
                // The register keeps its double (the item's value until
                // now) and gives its reference to the list's.
                self.b.build_store(rp, self.word(STALE as i64))?;
                let header = self.b.build_int_to_ptr(old, self.rt.ptr, "")?;
                self.b.build_store(header, self.word(1))?;
                self.b.build_unconditional_branch(write)?;
            }
            None => {
                self.b.build_unconditional_branch(boxing)?;
            }
        }
        self.b.position_at_end(write);
        let v = self.b.build_load(self.rt.f64, self.num_cell(vkey), "")?;
        self.set_float_value(old, v.into_float_value())?;
        self.next(pc)?;

        self.b.position_at_end(boxing);
        let boxed = self.materialize(vkey)?;
        self.incref_set(boxed)?;
        self.b.build_store(at, boxed)?;
        self.decref(old)?;
        self.next(pc)?;

        self.b.position_at_end(generic);
        let boxed = self.materialize(vkey)?;
        let r = self.call_word(self.rt.setitem, &[o.into(), k.into(), boxed.into()])?;
        self.finish_status(pc, r)
    }

    /// The address of item `k` of `o` when `o` is exactly a list with
    /// nothing borrowing its items and `k` a small int in range; anything
    /// else goes to `generic`.
    fn list_slot(
        &mut self,
        pc: usize,
        (o, k): (IntValue<'ctx>, IntValue<'ctx>),
        generic: BasicBlock<'ctx>,
    ) -> Built<inkwell::values::PointerValue<'ctx>> {
        let ty = self.heap_type_with_small_key(pc, o, k, generic)?;
        let list_bb = self.block(&format!("item.list{pc}"));
        let is_list = self.b.build_int_compare(
            IntPredicate::EQ,
            ty,
            self.thread_word(CtxField::ListType)?,
            "",
        )?;
        self.b.build_conditional_branch(is_list, list_bb, generic)?;
        self.b.position_at_end(list_bb);
        let items = self.list_items(pc, o, generic)?;
        self.item_address(pc, k, items, generic)
    }

    /// The `float` register that the `item.get` of the same object and
    /// key, a few instructions before `pc` in straight-line code, read
    /// into (`v[i] op= x` reads the item, computes, stores it back), if
    /// only instructions in between read it: it is dead after `pc`, so
    /// nothing can see that it gave its object away.
    fn read_into(&self, pc: usize, obj: u32, key: u32) -> Option<u32> {
        let mut at = pc;
        for _ in 0..8 {
            at = at.checked_sub(1)?;
            let instr = self.co.code.get(at)?;
            if !instr.falls_through() {
                return None;
            }
            if let Instr::ItemGet {
                dst,
                obj: o,
                key: k,
            } = *instr
                && (o, k) == (obj, key)
            {
                let r = self.float_key(self.regs, dst)?;
                let between = at + 1..pc;
                let read_elsewhere =
                    self.co.code.iter().enumerate().any(|(i, ins)| {
                        !between.contains(&i) && super::bound::reads(self.co, ins, r)
                    });
                return (r < self.co.nregs && !read_elsewhere).then_some(r);
            }
        }
        None
    }

    /// The next item of a sequence iterator (`runtime::types::iter::
    /// SeqIter`, `repr(C)`: the sequence's word, 0 once exhausted, then
    /// the index) over exactly a list or tuple, inline: the item to `dst`
    /// and on to `next`. The length is read at each step, as CPython
    /// does. Anything else (another iterator, the end, a borrowed list)
    /// continues where the builder is left.
    pub(super) fn seq_next(
        &mut self,
        pc: usize,
        dst: u32,
        it: IntValue<'ctx>,
        next: u32,
    ) -> Built<()> {
        let generic = self.block(&format!("seq.generic{pc}"));
        self.exactly(pc, it, (CtxField::SeqIterType, "seq"), generic)?;
        let seq = self.word_at(it, self.thread_word(CtxField::SeqIterOffset)?)?;
        let index_offset =
            self.b
                .build_int_add(self.thread_word(CtxField::SeqIterOffset)?, self.word(8), "")?;
        let index = self.word_at(it, index_offset)?;
        // An exhausted iterator's word is 0, whose tag bit is clear too:
        // the type test below must not read it.
        let live = self.is_zero(seq)?;
        let typed = self.block(&format!("seq.live{pc}"));
        self.b.build_conditional_branch(live, generic, typed)?;
        self.b.position_at_end(typed);
        let seq_ty = self.word_at(seq, self.thread_word(CtxField::TypeOffset)?)?;
        let (items, len) = self.sequence(pc, seq, seq_ty, generic)?;
        // At the end the runtime drops the sequence, as CPython does.
        let more = self
            .b
            .build_int_compare(IntPredicate::ULT, index, len, "")?;
        let hit = self.block(&format!("seq.item{pc}"));
        self.b.build_conditional_branch(more, hit, generic)?;
        self.b.position_at_end(hit);
        let offset = self.b.build_left_shift(index, self.word(3), "")?;
        let addr = self.b.build_int_add(items, offset, "")?;
        let at = self.b.build_int_to_ptr(addr, self.rt.ptr, "")?;
        let item = self
            .b
            .build_load(self.rt.word, at, "item")?
            .into_int_value();
        self.incref_set(item)?;
        let following = self.b.build_int_add(index, self.word(1), "")?;
        let index_addr = self.b.build_int_add(it, index_offset, "")?;
        let index_ptr = self.b.build_int_to_ptr(index_addr, self.rt.ptr, "")?;
        self.b.build_store(index_ptr, following)?;
        self.loop_item(dst, item, next)?;
        self.b.position_at_end(generic);
        Ok(())
    }

    /// `unpack_seq`: an exact tuple of `count` items is its own unpacking
    /// (a tuple cannot change, so its items need no copy), with no new
    /// tuple. When the `tuple_item`s that take the items apart follow at
    /// once (`fused_items`), an exact list of `count` items is unpacked
    /// inline too: its items taken at once, as CPython's
    /// `UNPACK_SEQUENCE` copies them, then stored, and the `tuple_item`s
    /// skipped. Anything else (a list read apart later, another
    /// iterable) goes through the runtime's unpacking.
    pub(super) fn unpack_seq(&mut self, pc: usize, dst: u32, count: u32, src: u32) -> Built<()> {
        let ws = self.operands(pc, &[src])?;
        let o = ws[0];
        let generic = self.block(&format!("unpack.generic{pc}"));
        let fused = self.fused_items(pc, dst, count);
        let not_tuple = match fused {
            Some(_) => self.block(&format!("unpack.nottuple{pc}")),
            None => generic,
        };
        let len = self.tuple_len(pc, o, not_tuple)?;
        let fits = self
            .b
            .build_int_compare(IntPredicate::EQ, len, self.count(count), "")?;
        let hit = self.block(&format!("unpack.tuple{pc}"));
        self.b.build_conditional_branch(fits, hit, generic)?;
        self.b.position_at_end(hit);
        // A tuple no one reads after this moves into `dst` (`r19 =
        // unpack.seq r4` of a loop's item): no count taken here and none
        // given back when the loop writes `src` again.
        let moves = src != dst && super::bound::dead_after(self.co, pc, src);
        if !moves {
            self.incref_set(o)?;
        }
        self.replace(self.regs, dst, o)?;
        if moves {
            let p = self.slot(self.regs, src)?;
            self.b.build_store(p, self.spent())?;
        }
        self.next(pc)?;
        if let Some((dsts, after)) = fused {
            self.b.position_at_end(not_tuple);
            self.unpack_list(pc, o, (dst, &dsts), after, generic)?;
        }
        // Any iterable: the VM's code, without a step through the VM.
        self.b.position_at_end(generic);
        let n = self.rt.i32.const_int(u64::from(count), false);
        let t = self.call_word(self.rt.unpack, &[o.into(), n.into()])?;
        self.finish_word(pc, dst, t)
    }

    /// The destinations of the `tuple_item`s right after `unpack_seq` at
    /// `pc` when they take its `count` items apart in order (as lowering
    /// emits a flat target list), with the block after them; None when
    /// something else comes between.
    fn fused_items(
        &self,
        pc: usize,
        tuple: u32,
        count: u32,
    ) -> Option<(Vec<u32>, BasicBlock<'ctx>)> {
        let mut dsts = Vec::with_capacity(count as usize);
        for k in 0..count {
            match self.co.code.get(pc + 1 + k as usize)? {
                &compiler::bytecode::Instr::TupleItem {
                    dst,
                    index,
                    tuple: t,
                } if index == k && t == tuple && dst != tuple => dsts.push(dst),
                _ => return None,
            }
        }
        // The list case skips the `tuple_item`s' blocks: nothing may be
        // released on the way into them (`Gen::release_dead`).
        let between = self.released.get(pc + 1..=pc + count as usize)?;
        if between.iter().any(|r| !r.is_empty()) {
            return None;
        }
        let after = *self.blocks.get(pc + 1 + count as usize)?;
        Some((dsts, after))
    }

    /// The list case of a fused `unpack_seq`: when `o` is exactly a list
    /// of as many items as `dsts` and nothing borrows them, each item to
    /// its destination, the tuple's register spent (`Gen::spent`), and on
    /// to `after`;
    /// otherwise on to `generic`. In a typed body, the items bound for
    /// `float` slots are checked before anything is stored (a check
    /// failing among the stores would hand the VM a half-done
    /// instruction): one that is not a float goes to `generic` too, whose
    /// `tuple_item`s check them one by one.
    fn unpack_list(
        &mut self,
        pc: usize,
        o: IntValue<'ctx>,
        (tuple, dsts): (u32, &[u32]),
        after: BasicBlock<'ctx>,
        generic: BasicBlock<'ctx>,
    ) -> Built<()> {
        let (items, len) = self.exact_list(pc, o, generic)?;
        let count = u32::try_from(dsts.len()).unwrap_or(u32::MAX);
        let fits = self
            .b
            .build_int_compare(IntPredicate::EQ, len, self.count(count), "")?;
        let hit = self.block(&format!("unpack.listitems{pc}"));
        self.b.build_conditional_branch(fits, hit, generic)?;
        self.b.position_at_end(hit);
        // All items are taken before any store: releasing a destination's
        // old value may run code that changes the list.
        let mut words = Vec::with_capacity(dsts.len());
        for k in 0..dsts.len() {
            let addr = self.b.build_int_add(items, self.word(8 * k as i64), "")?;
            let at = self.b.build_int_to_ptr(addr, self.rt.ptr, "")?;
            let w = self
                .b
                .build_load(self.rt.word, at, "item")?
                .into_int_value();
            words.push(w);
        }
        let mut values = Vec::with_capacity(dsts.len());
        for (&d, &w) in dsts.iter().zip(&words) {
            let value = match self.float_key(self.regs, d) {
                Some(key) => {
                    let name = format!("unpack.float{d}.");
                    self.exactly(pc, w, (CtxField::FloatType, &name), generic)?;
                    // A slot whose identity no one sees takes the value
                    // only, read before any store (`identity.rs`).
                    match self.identity.unseen(key) {
                        true => Some(self.float_value(w)?),
                        false => None,
                    }
                }
                None => None,
            };
            values.push(value);
        }
        for (&w, value) in words.iter().zip(&values) {
            if value.is_none() {
                self.incref_set(w)?;
            }
        }
        for ((&d, &w), value) in dsts.iter().zip(&words).zip(values) {
            match value {
                Some(v) => self.set_num(d, v)?,
                None => self.replace(self.regs, d, w)?,
            }
        }
        self.replace(self.regs, tuple, self.spent())?;
        self.b.build_unconditional_branch(after)?;
        Ok(())
    }

    fn count(&self, n: u32) -> IntValue<'ctx> {
        self.rt.word.const_int(u64::from(n), false)
    }

    /// `tuple_item`: item `index` of a tuple (what `unpack_seq` made)
    /// inline.
    pub(super) fn tuple_item(&mut self, pc: usize, dst: u32, index: u32, t: u32) -> Built<()> {
        let ws = self.operands(pc, &[t])?;
        let o = ws[0];
        let generic = self.slow(pc)?;
        let len = self.tuple_len(pc, o, generic)?;
        let i = self.rt.word.const_int(u64::from(index), false);
        let in_range = self.b.build_int_compare(IntPredicate::ULT, i, len, "")?;
        let hit = self.block(&format!("tuple_item.hit{pc}"));
        self.b.build_conditional_branch(in_range, hit, generic)?;
        self.b.position_at_end(hit);
        let items = self.word_at(o, self.thread_word(CtxField::TupleItemsOffset)?)?;
        let addr = self
            .b
            .build_int_add(items, self.word(i64::from(index) * 8), "")?;
        let at = self.b.build_int_to_ptr(addr, self.rt.ptr, "")?;
        self.item_to(pc, dst, at)
    }

    /// Where an item read into `dst` goes when only the `branch` right
    /// after it reads `dst`: that branch's targets past their releases,
    /// when `dst` is empty before the read (its old value's release could
    /// run code that changes the container) and dies at both targets,
    /// which release nothing else, both forward (no Ctrl-C check).
    fn truth_targets(&self, pc: usize, dst: u32) -> Option<(BasicBlock<'ctx>, BasicBlock<'ctx>)> {
        let Some(&Instr::BranchIf { cond, then, else_ }) = self.co.code.get(pc + 1) else {
            return None;
        };
        let plain = !self.is_float_slot(dst) && !self.is_int_slot(dst);
        if cond != dst || !plain || self.shadows.contains_key(&dst) {
            return None;
        }
        if !self.fact(dst, super::bound::State::is_empty) {
            return None;
        }
        let body = |t: u32| -> Option<BasicBlock<'ctx>> {
            let released = self.released.get(t as usize)?;
            let only_dst = matches!(released.as_slice(), [r] if r.reg == dst);
            (only_dst && t as usize > pc + 1).then_some(*self.bodies.get(t as usize)?)?
        };
        Some((body(then)?, body(else_)?))
    }

    /// The item at `at` decides the `branch` after it (`truth_targets`)
    /// without a reference when it is True, False, None or a small int
    /// (no code runs between the read and the decision, and `dst`, dead
    /// at both targets, stays empty); anything else is read into `dst`
    /// and the branch tests it.
    fn item_truth(
        &mut self,
        pc: usize,
        dst: u32,
        at: inkwell::values::PointerValue<'ctx>,
        targets: (BasicBlock<'ctx>, BasicBlock<'ctx>),
    ) -> Built<()> {
        let w = self
            .b
            .build_load(self.rt.word, at, "item")?
            .into_int_value();
        let other = self.inline_truth(pc, w, targets)?;
        self.b.position_at_end(other);
        self.incref_set(w)?;
        self.replace(self.regs, dst, w)?;
        self.next(pc)
    }

    /// A new reference to the item at `at` to `dst`, then on to the next
    /// pc.
    fn item_to(
        &mut self,
        pc: usize,
        dst: u32,
        at: inkwell::values::PointerValue<'ctx>,
    ) -> Built<()> {
        let w = self
            .b
            .build_load(self.rt.word, at, "item")?
            .into_int_value();
        if self.typed && self.identity.unseen(dst) {
            // Its value only, when it is a float (`identity.rs`); anything
            // else is adopted, which hands the call to the VM.
            let object = self.block(&format!("item.object{pc}"));
            self.exactly(pc, w, (CtxField::FloatType, "item.float"), object)?;
            self.take_value(dst, w)?;
            self.next(pc)?;
            self.b.position_at_end(object);
        }
        self.incref_set(w)?;
        self.replace(self.regs, dst, w)?;
        self.next(pc)
    }

    /// The length of `o` when it is exactly a tuple (a set word);
    /// otherwise on to `generic`.
    fn tuple_len(
        &mut self,
        pc: usize,
        o: IntValue<'ctx>,
        generic: BasicBlock<'ctx>,
    ) -> Built<IntValue<'ctx>> {
        self.exactly(pc, o, (CtxField::TupleType, "tuple"), generic)?;
        self.word_at(o, self.thread_word(CtxField::TupleLenOffset)?)
    }

    /// Goes on where the builder is left when `o` is a heap object whose
    /// type is the one in the thread's context field `ty` (blocks named
    /// after `name`), otherwise to `generic`.
    fn exactly(
        &mut self,
        pc: usize,
        o: IntValue<'ctx>,
        (ty, name): (CtxField, &str),
        generic: BasicBlock<'ctx>,
    ) -> Built<()> {
        let tag = self.b.build_and(o, self.word(1), "")?;
        let heap = self.is_zero(tag)?;
        let (typed, exact) = (
            self.block(&format!("{name}.type{pc}")),
            self.block(&format!("{name}{pc}")),
        );
        self.b.build_conditional_branch(heap, typed, generic)?;
        self.b.position_at_end(typed);
        let same = self.type_is(o, ty)?;
        self.b.build_conditional_branch(same, exact, generic)?;
        self.b.position_at_end(exact);
        Ok(())
    }

    /// The item pointer and length of `o`, whose type word is `ty`, when
    /// it is exactly a list (with nothing borrowing its items) or a tuple;
    /// otherwise on to `generic`.
    pub(super) fn sequence(
        &mut self,
        pc: usize,
        o: IntValue<'ctx>,
        ty: IntValue<'ctx>,
        generic: BasicBlock<'ctx>,
    ) -> Built<(IntValue<'ctx>, IntValue<'ctx>)> {
        let (list_bb, not_list, tuple_bb, index_bb) = (
            self.block(&format!("seq.list{pc}")),
            self.block(&format!("seq.notlist{pc}")),
            self.block(&format!("seq.tuple{pc}")),
            self.block(&format!("seq.items{pc}")),
        );
        let is_list = self.b.build_int_compare(
            IntPredicate::EQ,
            ty,
            self.thread_word(CtxField::ListType)?,
            "",
        )?;
        self.b
            .build_conditional_branch(is_list, list_bb, not_list)?;
        self.b.position_at_end(not_list);
        let is_tuple = self.b.build_int_compare(
            IntPredicate::EQ,
            ty,
            self.thread_word(CtxField::TupleType)?,
            "",
        )?;
        self.b
            .build_conditional_branch(is_tuple, tuple_bb, generic)?;

        self.b.position_at_end(list_bb);
        let (list_items, list_len) = self.list_items(pc, o, generic)?;
        let list_done = self.current()?;
        self.b.build_unconditional_branch(index_bb)?;

        self.b.position_at_end(tuple_bb);
        let tuple_items = self.word_at(o, self.thread_word(CtxField::TupleItemsOffset)?)?;
        let tuple_len = self.word_at(o, self.thread_word(CtxField::TupleLenOffset)?)?;
        self.b.build_unconditional_branch(index_bb)?;

        self.b.position_at_end(index_bb);
        let items = self.b.build_phi(self.rt.word, "items")?;
        items.add_incoming(&[(&list_items, list_done), (&tuple_items, tuple_bb)]);
        let len = self.b.build_phi(self.rt.word, "len")?;
        len.add_incoming(&[(&list_len, list_done), (&tuple_len, tuple_bb)]);
        Ok((
            items.as_basic_value().into_int_value(),
            len.as_basic_value().into_int_value(),
        ))
    }

    /// The item pointer and length of `o` when it is a heap object that
    /// is exactly a list with nothing borrowing its items; otherwise on to
    /// `generic`.
    pub(super) fn exact_list(
        &mut self,
        pc: usize,
        o: IntValue<'ctx>,
        generic: BasicBlock<'ctx>,
    ) -> Built<(IntValue<'ctx>, IntValue<'ctx>)> {
        self.exactly(pc, o, (CtxField::ListType, "list"), generic)?;
        self.list_items(pc, o, generic)
    }

    /// The type word of `o` when it is a heap object and `k` a small int
    /// (both words set); otherwise on to `generic`.
    fn heap_type_with_small_key(
        &mut self,
        pc: usize,
        o: IntValue<'ctx>,
        k: IntValue<'ctx>,
        generic: BasicBlock<'ctx>,
    ) -> Built<IntValue<'ctx>> {
        // The key's tag bit set and the object's clear.
        let not_o = self.b.build_not(o, "")?;
        let tags = self.b.build_and(k, not_o, "")?;
        let tag = self.b.build_and(tags, self.word(1), "")?;
        let fits =
            self.b
                .build_int_compare(IntPredicate::NE, tag, self.rt.word.const_zero(), "")?;
        let typed = self.block(&format!("item.type{pc}"));
        self.b.build_conditional_branch(fits, typed, generic)?;
        self.b.position_at_end(typed);
        self.word_at(o, self.thread_word(CtxField::TypeOffset)?)
    }

    /// A list's item pointer and length, when nothing borrows its items
    /// (the module doc says why that is required); otherwise on to
    /// `generic`.
    fn list_items(
        &mut self,
        pc: usize,
        o: IntValue<'ctx>,
        generic: BasicBlock<'ctx>,
    ) -> Built<(IntValue<'ctx>, IntValue<'ctx>)> {
        let flag = self.word_at(o, self.thread_word(CtxField::ListBorrowOffset)?)?;
        let idle = self.is_zero(flag)?;
        let unborrowed = self.block(&format!("item.unborrowed{pc}"));
        self.b.build_conditional_branch(idle, unborrowed, generic)?;
        self.b.position_at_end(unborrowed);
        Ok((
            self.word_at(o, self.thread_word(CtxField::ListItemsOffset)?)?,
            self.word_at(o, self.thread_word(CtxField::ListLenOffset)?)?,
        ))
    }

    /// The address of the item small int `k` designates (a negative index
    /// counts from the end, as Python's), when it is in range; otherwise
    /// on to `generic`.
    fn item_address(
        &mut self,
        pc: usize,
        k: IntValue<'ctx>,
        (items, len): (IntValue<'ctx>, IntValue<'ctx>),
        generic: BasicBlock<'ctx>,
    ) -> Built<inkwell::values::PointerValue<'ctx>> {
        // An index in range as it is, the common case, costs one unsigned
        // comparison (a negative one is past every length); only the others
        // are counted from the end, out of line.
        let i = self.b.build_right_shift(k, self.word(1), true, "index")?;
        let in_range = self.b.build_int_compare(IntPredicate::ULT, i, len, "")?;
        let hit = self.block(&format!("item.hit{pc}"));
        let from_end_bb = self.block(&format!("item.fromend{pc}"));
        let entry = self.current()?;
        self.b
            .build_conditional_branch(in_range, hit, from_end_bb)?;
        self.b.position_at_end(from_end_bb);
        // Unsigned: an index still negative is out of range, and so is a
        // non-negative one past the length plus the length (no overflow:
        // both are below 2^62).
        let from_end = self.b.build_int_add(i, len, "")?;
        let fits = self
            .b
            .build_int_compare(IntPredicate::ULT, from_end, len, "")?;
        self.b.build_conditional_branch(fits, hit, generic)?;
        self.b.position_at_end(hit);
        let index = self.b.build_phi(self.rt.word, "at")?;
        index.add_incoming(&[(&i, entry), (&from_end, from_end_bb)]);
        let i = index.as_basic_value().into_int_value();
        let offset = self.b.build_left_shift(i, self.word(3), "")?;
        let addr = self.b.build_int_add(items, offset, "")?;
        self.b.build_int_to_ptr(addr, self.rt.ptr, "")
    }

    /// The word at byte `offset` of object `o`.
    fn word_at(&self, o: IntValue<'ctx>, offset: IntValue<'ctx>) -> Built<IntValue<'ctx>> {
        Ok(self.field(o, offset, self.rt.word.into())?.into_int_value())
    }

    /// The block the builder is in.
    pub(super) fn current(&self) -> Built<BasicBlock<'ctx>> {
        self.b
            .get_insert_block()
            .ok_or(inkwell::builder::BuilderError::UnsetPosition)
    }
}

/// A fused slice read whose value only a fused slice assignment reads
/// (`Gen::slice_move`).
struct SliceMove {
    /// The assignment's pc.
    to: usize,
    /// The object it assigns into.
    obj: u32,
    /// The registers that die in between: the read's own slice register
    /// (fused, never made) and `int` slots.
    dying: Vec<u32>,
    /// The register of its slice (fused, never made).
    key: u32,
    /// Its slice's parts.
    parts: [u32; 3],
    /// The `+` and `-` between: destination, operands and operator.
    ops: Vec<(u32, u32, u32, Arith)>,
}
