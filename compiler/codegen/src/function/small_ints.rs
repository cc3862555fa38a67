//! `int` slots: the registers and fast locals that type inference
//! expects to hold ints hold small ints only (or nothing).
//!
//! A small int is its own word (`runtime::object`: tagged, no object),
//! so such a slot needs no unboxing: what it gains is knowledge. Every
//! value that enters an `int` slot is checked to be a small int where it
//! enters (`Gen::replace`, the parameters on entry, what the VM's
//! implementation of an instruction wrote), and anything else (a big int
//! from an overflow, a float, any object) hands the rest of the call to
//! the VM (`Gen::deopt`), as a failed check of the typed body does. In
//! exchange no write into an `int` slot releases the old word, no way
//! out of a direct call releases an `int` slot, and the word stored after
//! a check has its tag bit set where LLVM sees it, so the tag tests of
//! the inline arithmetic, comparisons and indexing that read the slot
//! fold away.
//!
//! Types are expectations: an int that outgrows a small int (2^61) makes
//! that call finish on the VM, which computes the big int as always; a
//! function that overflows on every call runs on the VM from its
//! overflow on. Generators keep their slots generic (their frame
//! outlives the native code between resumptions).

use std::collections::HashSet;

use compiler::bytecode::{CodeObject, Instr, Source};
use compiler::ir::{Suspension, Type};
use inkwell::IntPredicate;
use inkwell::values::{IntValue, PointerValue};

use super::{Built, Gen, bound, small_int};

/// The slots (registers, then fast locals) of `co` that hold small ints
/// only, in a function on the register cache that is not a generator or
/// coroutine: slots of type `int` whose every writer makes a small int
/// from small ints without growing them far (`grows_little`). A product,
/// a shift left, a power or a call's result may well pass 2^61 where
/// the program means it to (a hash, a random number generator), and a
/// check failing on every call would send the call to the VM each time.
pub fn slots(co: &CodeObject) -> Vec<u32> {
    if co.suspension != Suspension::None || !super::cached(co) {
        return Vec::new();
    }
    let in_cache = super::loops::cached_slots(co);
    let mut ints: HashSet<u32> = co
        .slot_types
        .iter()
        .enumerate()
        .filter(|&(i, &t)| t == Type::Int && in_cache.get(i) == Some(&true))
        .map(|(i, _)| i as u32)
        .filter(|&k| !co.handlers.iter().any(|h| h.exc == k))
        .collect();
    loop {
        let before = ints.len();
        for instr in &co.code {
            for k in written(co, instr) {
                if ints.contains(&k) && !grows_little(co, instr, &ints) {
                    ints.remove(&k);
                }
            }
        }
        if ints.len() == before {
            break;
        }
    }
    let mut out: Vec<u32> = ints.into_iter().collect();
    out.sort_unstable();
    out
}

/// The slot addresses `instr` writes.
fn written(co: &CodeObject, instr: &Instr) -> Vec<u32> {
    let mut out = bound::written(instr);
    if let Instr::StoreFast { slot, .. }
    | Instr::StoreFastMove { slot, .. }
    | Instr::DelFast { slot } = *instr
    {
        out.push(co.nregs + slot);
    }
    out
}

/// Whether `instr` writes a small int made from small ints (`ints`, or
/// small int constants) by an operation whose result is no larger than
/// its operands or their sum: a constant, a move, a range loop's item,
/// `+ - % // & | ^ >>` and negation.
fn grows_little(co: &CodeObject, instr: &Instr, ints: &HashSet<u32>) -> bool {
    use Instr as I;
    let small = |addr: u32| match co.source(addr) {
        Source::Const(i) => small_int(co, i).is_some(),
        Source::Reg(_) | Source::Local(_) => ints.contains(&addr),
        Source::Bad(_) => false,
    };
    match *instr {
        I::Const { value, .. } => small_int(co, value).is_some(),
        I::LoadFast { slot, .. } => ints.contains(&(co.nregs + slot)),
        I::StoreFast { src, .. } | I::StoreFastMove { src, .. } | I::Move { src, .. } => small(src),
        I::ForIter { iter, .. } => co.slot_types.get(iter as usize) == Some(&Type::RangeIter),
        I::Neg { a, .. } => small(a),
        I::Add { a, b, .. }
        | I::Sub { a, b, .. }
        | I::Mod { a, b, .. }
        | I::FloorDiv { a, b, .. }
        | I::BitAnd { a, b, .. }
        | I::BitOr { a, b, .. }
        | I::BitXor { a, b, .. }
        | I::RShift { a, b, .. }
        | I::InplaceAdd { a, b, .. }
        | I::InplaceSub { a, b, .. }
        | I::InplaceMod { a, b, .. }
        | I::InplaceFloorDiv { a, b, .. }
        | I::InplaceBitAnd { a, b, .. }
        | I::InplaceBitOr { a, b, .. }
        | I::InplaceBitXor { a, b, .. }
        | I::InplaceRShift { a, b, .. } => small(a) && small(b),
        _ => false,
    }
}

impl<'ctx> Gen<'_, 'ctx> {
    /// The slot address behind `base[i]` when it is an `int` slot.
    pub(super) fn int_key(&self, base: PointerValue<'ctx>, i: u32) -> Option<u32> {
        let key = self.address(base, i)?;
        self.ints.contains(&key).then_some(key)
    }

    pub(super) fn is_int_slot(&self, key: u32) -> bool {
        self.ints.contains(&key)
    }

    /// Whether operand `addr` surely holds a small int here: a small int
    /// constant, or an `int` slot surely bound (a register, or a local the
    /// bound analysis knows set; an unbound one reads as 0).
    pub(super) fn known_small(&self, addr: u32) -> bool {
        match self.co.source(addr) {
            Source::Const(i) => small_int(self.co, i).is_some(),
            Source::Reg(_) => self.is_int_slot(addr),
            Source::Local(_) => self.is_int_slot(addr) && self.fact(addr, bound::State::is_bound),
            Source::Bad(_) => false,
        }
    }

    /// On entry (the builder at the end of the entry block): each `int`
    /// fast local checked, a parameter's argument or another local's
    /// nothing.
    pub(super) fn check_int_locals(&mut self) -> Built<()> {
        let mut keys: Vec<u32> = self
            .ints
            .iter()
            .copied()
            .filter(|&k| k >= self.co.nregs)
            .collect();
        keys.sort_unstable();
        let named = self.co.params.positional + self.co.params.kwonly;
        for key in keys {
            let p = self.slot(self.regs, key)?;
            let w = self.b.build_load(self.rt.word, p, "")?.into_int_value();
            let param = key - self.co.nregs < named;
            self.check_small(key, w, 0, !param)?;
        }
        Ok(())
    }

    /// Stores owned word `w` into `int` slot `key`: the old word is a
    /// small int or nothing, released by no one.
    pub(super) fn put_small(&mut self, key: u32, w: IntValue<'ctx>) -> Built<()> {
        if w.get_zero_extended_constant() == Some(0) {
            let p = self.slot(self.regs, key)?;
            self.b.build_store(p, w)?;
            return Ok(());
        }
        let resume = self.resume;
        let p = self.slot(self.regs, key)?;
        self.b.build_store(p, w)?;
        self.check_small(key, w, resume, false)
    }

    /// Slot `key` holds word `w`: unless it is a small int (or, with
    /// `unset_ok`, nothing), the VM runs the call from `resume` with the
    /// slot as it is. Past the check the slot holds the word with its tag
    /// bit visibly set.
    pub(super) fn check_small(
        &mut self,
        key: u32,
        w: IntValue<'ctx>,
        resume: usize,
        unset_ok: bool,
    ) -> Built<()> {
        let tag = self.b.build_and(w, self.word(1), "")?;
        let small =
            self.b
                .build_int_compare(IntPredicate::NE, tag, self.rt.word.const_zero(), "")?;
        let fits = if unset_ok {
            let unset = self.is_zero(w)?;
            self.b.build_or(small, unset, "")?
        } else {
            small
        };
        if fits.get_zero_extended_constant() == Some(1) {
            return Ok(());
        }
        let (ok, fail) = (self.block(&format!("small{key}")), self.deopt(resume)?);
        self.b.build_conditional_branch(fits, ok, fail)?;
        self.b.position_at_end(ok);
        if !unset_ok {
            let tagged = self.b.build_or(w, self.word(1), "")?;
            let p = self.slot(self.regs, key)?;
            self.b.build_store(p, tagged)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::function::test_code as code;

    /// The names of `co`'s fast locals among its small-int slots.
    fn local_names(co: &CodeObject) -> Vec<&str> {
        slots(co)
            .into_iter()
            .filter_map(|s| s.checked_sub(co.nregs))
            .filter_map(|i| co.varnames.get(i as usize).map(String::as_str))
            .collect()
    }

    #[test]
    fn counters_and_sums_of_them_are_small() {
        let co = code(
            "def f(n):\n    t = 0\n    for i in range(n):\n        t = t + i % 7\n    return t\nf(3)\n",
            "f",
        );
        // `n`, read only before the loop, stays in the frame's array
        // (`loops::cached_slots`): no knowledge to give LLVM there.
        assert_eq!(local_names(&co), ["t", "i"]);
    }

    #[test]
    fn products_calls_and_what_they_feed_are_not() {
        let co = code(
            "def f(n):\n    x = 1\n    h = 0\n    for i in range(n):\n        x = (x * 1103515245 + 12345) % 2147483648\n        h = h + len(str(i))\n    return x + h\nf(3)\n",
            "f",
        );
        assert_eq!(local_names(&co), ["i"]);
    }

    #[test]
    fn generators_keep_generic_slots() {
        let co = code(
            "def f(n):\n    for i in range(n):\n        yield i + 1\nf(3)\n",
            "f",
        );
        assert!(slots(&co).is_empty());
    }
}
