//! Which slots (registers, then fast locals) are surely bound and which
//! surely empty before each pc: a forward dataflow over the bytecode.
//!
//! Native code tests every word it reads for 0 (an unbound local, which
//! the VM's step reports) and releases the old word of every slot it
//! writes. Registers hold SSA values, so a register read is almost always
//! bound and a register written almost always empty; a parameter is bound
//! from the start. Dropping those tests and releases here, instead of
//! leaving LLVM to prove them, shrinks every function's code by its
//! slow paths that cannot run (a step with its syncing of locals), which
//! is what compile time grows with.
//!
//! The facts are "may be bound" and "may be empty" per slot, joined by
//! union at control-flow merges; a slot is surely bound where it may not
//! be empty. Edges: the next pc, each jump target (with the slot an
//! instruction writes only on that path: `for_iter`'s item, `yield`'s
//! sent value, `send`'s outputs), and the handler of each pc (what held
//! before the instruction or after it, plus the exception's register).
//! A pc no edge reaches (a generator's entries are reached from its
//! `yield`s) is treated as knowing nothing.

use compiler::bytecode::{CodeObject, Instr, Operand};

/// The facts before one pc: one bit per slot in each set.
#[derive(Clone, PartialEq, Eq)]
pub(super) struct State {
    may_bound: Vec<u64>,
    may_empty: Vec<u64>,
}

impl State {
    /// Nothing reaches here yet.
    fn unreached(slots: usize) -> Self {
        let words = slots.div_ceil(64);
        State {
            may_bound: vec![0; words],
            may_empty: vec![0; words],
        }
    }

    /// Function entry: the parameters bound, every other slot empty.
    fn entry(co: &CodeObject) -> Self {
        let slots = slot_count(co);
        let mut s = State::unreached(slots);
        let params = co.nregs as usize + co.params.count();
        for i in 0..slots {
            if i < params && i >= co.nregs as usize {
                s.bind(i as u32);
            } else {
                s.empty(i as u32);
            }
        }
        s
    }

    fn bits(addr: u32) -> (usize, u64) {
        ((addr / 64) as usize, 1 << (addr % 64))
    }

    fn put(&mut self, addr: u32, bound: bool, empty: bool) {
        let (w, bit) = Self::bits(addr);
        if let (Some(b), Some(e)) = (self.may_bound.get_mut(w), self.may_empty.get_mut(w)) {
            *b = if bound { *b | bit } else { *b & !bit };
            *e = if empty { *e | bit } else { *e & !bit };
        }
    }

    fn bind(&mut self, addr: u32) {
        self.put(addr, true, false);
    }

    fn empty(&mut self, addr: u32) {
        self.put(addr, false, true);
    }

    fn unknown(&mut self, addr: u32) {
        self.put(addr, true, true);
    }

    /// Adds `other`'s possibilities; whether anything changed.
    fn join(&mut self, other: &State) -> bool {
        let mut changed = false;
        for (a, b) in self
            .may_bound
            .iter_mut()
            .zip(&other.may_bound)
            .chain(self.may_empty.iter_mut().zip(&other.may_empty))
        {
            let joined = *a | *b;
            changed |= joined != *a;
            *a = joined;
        }
        changed
    }

    fn test(bits: &[u64], addr: u32) -> bool {
        let (w, bit) = Self::bits(addr);
        bits.get(w).is_some_and(|b| b & bit != 0)
    }

    fn reached(&self) -> bool {
        self.may_bound
            .iter()
            .chain(&self.may_empty)
            .any(|&b| b != 0)
    }

    /// Whether slot `addr` surely holds an object.
    pub(super) fn is_bound(&self, addr: u32) -> bool {
        let (w, _) = Self::bits(addr);
        w < self.may_empty.len() && !Self::test(&self.may_empty, addr)
    }

    /// Whether slot `addr` is surely empty (0).
    pub(super) fn is_empty(&self, addr: u32) -> bool {
        let (w, _) = Self::bits(addr);
        w < self.may_bound.len() && !Self::test(&self.may_bound, addr)
    }
}

fn slot_count(co: &CodeObject) -> usize {
    co.nregs as usize + co.varnames.len()
}

/// The state after `instr` completes at `pc` and goes on to the next pc
/// or any target, before what only one edge writes (`edge_write`).
fn after(co: &CodeObject, instr: &Instr, before: &State) -> State {
    let mut s = before.clone();
    let local = |slot: u32| co.nregs + slot;
    match *instr {
        Instr::Clear { dst } => s.empty(dst),
        Instr::StoreFast { slot, .. } => s.bind(local(slot)),
        Instr::StoreFastMove { slot, src } => {
            s.empty(src);
            s.bind(local(slot));
        }
        Instr::DelFast { slot } => s.empty(local(slot)),
        // `self_` stays empty when the attribute is not a method.
        Instr::LoadMethod { dst, self_, .. } => {
            s.bind(dst);
            s.unknown(self_);
        }
        // Written on one edge only (`edge_write`).
        Instr::ForIter { .. } | Instr::Yield { .. } => {}
        _ => instr.for_each_operand(|_, op| match op {
            Operand::Dst(r) => s.bind(r),
            Operand::Take(r) => s.empty(r),
            _ => {}
        }),
    }
    s
}

/// The slot instruction `instr` writes only on its way to `target`.
fn edge_write(instr: &Instr, target: u32) -> Option<u32> {
    match *instr {
        Instr::ForIter { dst, next, .. } if target == next => Some(dst),
        Instr::Yield { dst, resume, .. } if target == resume => Some(dst),
        Instr::Send {
            yielded,
            yielded_dst,
            returned,
            returned_dst,
            ..
        }
        | Instr::Throw {
            yielded,
            yielded_dst,
            returned,
            returned_dst,
            ..
        } => {
            if target == yielded {
                Some(yielded_dst)
            } else if target == returned {
                Some(returned_dst)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// Where control goes after an instruction.
pub(super) enum Edge {
    /// On to the next pc.
    Next(usize),
    /// A jump target, with the slot written only on the way there.
    Target(usize, Option<u32>),
    /// The handler, with its exception's register, if the instruction
    /// raises.
    Handler(usize, u32),
}

/// Where control goes after `pc`.
pub(super) fn successors(co: &CodeObject, pc: usize) -> Vec<Edge> {
    let instr = co.code[pc];
    let mut edges = Vec::new();
    if instr.falls_through() {
        edges.push(Edge::Next(pc + 1));
    }
    let mut copy = instr;
    copy.for_each_target_mut(|t| edges.push(Edge::Target(*t as usize, edge_write(&instr, *t))));
    if let Some(h) = co.handler_at(pc) {
        edges.push(Edge::Handler(h.pc as usize, h.exc));
    }
    edges
}

/// The registers (or, for a result stored right away, fast locals)
/// `instr` writes: its `Dst` and `Out` operands.
pub(super) fn written(instr: &Instr) -> Vec<u32> {
    let mut out = Vec::new();
    instr.for_each_operand(|_, op| {
        if let Operand::Dst(r) | Operand::Out(r) = op {
            out.push(r);
        }
    });
    out
}

/// Whether `instr` reads slot `r`.
pub(super) fn reads(co: &CodeObject, instr: &Instr, r: u32) -> bool {
    let mut found = false;
    instr.for_each_operand(|_, op| match op {
        Operand::Reg(x) | Operand::Take(x) | Operand::OptReg(Some(x)) => found |= x == r,
        Operand::Args(range) => {
            found |= range
                .regs(&co.operands)
                .is_some_and(|regs| regs.contains(&r));
        }
        _ => {}
    });
    found
}

/// Whether what register `r` holds when `pc` reads it is never read
/// again: `pc` is its only reader, and no way from `pc` comes back to it
/// without writing `r` first. Its reference may then move out.
pub(super) fn dead_after(co: &CodeObject, pc: usize, r: u32) -> bool {
    if r >= co.nregs
        || co
            .code
            .iter()
            .enumerate()
            .any(|(i, instr)| i != pc && reads(co, instr, r))
    {
        return false;
    }
    let writes = |instr: &Instr| {
        let mut found = false;
        instr.for_each_operand(|_, op| {
            if let Operand::Dst(x) = op {
                found |= x == r;
            }
        });
        found
    };
    let mut seen = vec![false; co.code.len()];
    let mut work = vec![pc];
    while let Some(p) = work.pop() {
        // An instruction that writes `r` may raise before it does.
        let past = p != pc && writes(&co.code[p]);
        for edge in successors(co, p) {
            let to = match edge {
                Edge::Next(to) | Edge::Target(to, None) if !past => to,
                Edge::Target(to, Some(w)) if !past && w != r => to,
                Edge::Handler(to, _) => to,
                _ => continue,
            };
            if to == pc {
                return false;
            }
            if to < seen.len() && !seen[to] {
                seen[to] = true;
                work.push(to);
            }
        }
    }
    true
}

/// The largest code object, in instructions times slots, analyzed: the
/// states take two bits per slot and pc. Past it nothing is known (as
/// before the analysis existed).
const MAX_SIZE: u64 = 1 << 24;

/// The state before each pc; `None` where nothing is known.
#[cfg(test)]
pub(super) fn analyze(co: &CodeObject) -> Vec<Option<State>> {
    analyze_releasing(co, &[]).0
}

/// A register released on the way into a pc (`Gen::release_dead`).
#[derive(Clone, Copy)]
pub(super) struct Release {
    pub reg: u32,
    /// Whether it surely holds an object there.
    pub bound: bool,
}

/// The state before each pc, where on the way into each pc the registers
/// `released[pc]` are emptied (`liveness::released_on_entry`); `None`
/// where nothing is known. With it, what each pc releases: `released`
/// less what is surely empty there already.
pub(super) fn analyze_releasing(
    co: &CodeObject,
    released: &[Vec<u32>],
) -> (Vec<Option<State>>, Vec<Vec<Release>>) {
    let n = co.code.len();
    if n == 0 || n as u64 * slot_count(co) as u64 > MAX_SIZE {
        return (vec![None; n], vec![Vec::new(); n]);
    }
    let slots = slot_count(co);
    let mut states = vec![State::unreached(slots); n];
    states[0] = State::entry(co);
    let mut work = vec![0usize];
    let mut queued = vec![false; n];
    queued[0] = true;
    while let Some(pc) = work.pop() {
        queued[pc] = false;
        let instr = co.code[pc];
        let mut before = states[pc].clone();
        release(released, pc, &mut before);
        let out = after(co, &instr, &before);
        for edge in successors(co, pc) {
            let s = match edge {
                Edge::Next(to) => (to, out.clone()),
                Edge::Target(to, writes) => {
                    let mut s = out.clone();
                    if let Some(r) = writes {
                        s.bind(r);
                    }
                    (to, s)
                }
                Edge::Handler(to, exc) => {
                    let mut s = before.clone();
                    s.join(&out);
                    s.bind(exc);
                    (to, s)
                }
            };
            let (to, s) = s;
            if to < n && states[to].join(&s) && !queued[to] {
                queued[to] = true;
                work.push(to);
            }
        }
    }
    let releases = states
        .iter()
        .enumerate()
        .map(|(pc, s)| {
            let regs = released.get(pc).map_or(&[][..], Vec::as_slice);
            regs.iter()
                .filter(|&&r| !s.reached() || !s.is_empty(r))
                .map(|&reg| Release {
                    reg,
                    bound: s.reached() && s.is_bound(reg),
                })
                .collect()
        })
        .collect();
    let states = states
        .into_iter()
        .enumerate()
        .map(|(pc, mut s)| {
            s.reached().then(|| {
                release(released, pc, &mut s);
                s
            })
        })
        .collect();
    (states, releases)
}

/// Empties in `s`, the state before `pc`, what is released on the way in.
fn release(released: &[Vec<u32>], pc: usize, s: &mut State) {
    for &r in released.get(pc).map_or(&[][..], Vec::as_slice) {
        s.empty(r);
    }
}

/// The pcs where control arrives from somewhere other than the pc
/// before (a jump target, a handler), where a register may hold what
/// another path wrote.
pub(super) fn merges(co: &CodeObject) -> Vec<bool> {
    let mut merges = vec![false; co.code.len() + 1];
    for (pc, instr) in co.code.iter().enumerate() {
        let mut copy = *instr;
        copy.for_each_target_mut(|t| {
            if let Some(m) = merges.get_mut(*t as usize) {
                *m = true;
            }
        });
        if let Some(h) = co.handler_at(pc)
            && let Some(m) = merges.get_mut(h.pc as usize)
        {
            *m = true;
        }
    }
    merges
}

/// The slots that may hold an object before `pc`: every slot where the
/// state is unknown.
pub(super) fn held_at(co: &CodeObject, facts: &[Option<State>], pc: usize) -> Vec<u32> {
    let slots = slot_count(co) as u32;
    match facts.get(pc) {
        Some(Some(s)) => (0..slots).filter(|&i| !s.is_empty(i)).collect(),
        _ => (0..slots).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::function::test_code as code;

    fn local(co: &CodeObject, name: &str) -> u32 {
        let i = co.varnames.iter().position(|v| v == name).expect("local");
        co.nregs + i as u32
    }

    /// The pc of the first instruction `what` picks.
    fn pc_of(co: &CodeObject, what: impl Fn(&Instr) -> bool) -> usize {
        co.code.iter().position(what).expect("instruction")
    }

    /// What `pick` finds in the first instruction it finds something in.
    fn first<T>(co: &CodeObject, pick: impl Fn(&Instr) -> Option<T>) -> T {
        co.code.iter().find_map(pick).expect("instruction")
    }

    #[test]
    fn parameters_are_bound_and_registers_start_empty() {
        let co = code("def f(a, b):\n    return a + b\n", "f");
        let states = analyze(&co);
        let s = states[0].as_ref().expect("entry");
        assert!(s.is_bound(local(&co, "a")) && s.is_bound(local(&co, "b")));
        assert!((0..co.nregs).all(|r| s.is_empty(r)));
    }

    #[test]
    fn a_local_assigned_on_one_branch_only_is_unknown_after_it() {
        let src = "def f(c):\n    if c:\n        x = 1\n    return x\n";
        let co = code(src, "f");
        let states = analyze(&co);
        let ret = pc_of(&co, |i| matches!(i, Instr::Return { .. }));
        let s = states[ret].as_ref().expect("reached");
        let x = local(&co, "x");
        assert!(!s.is_bound(x) && !s.is_empty(x));
    }

    #[test]
    fn a_loop_variable_is_bound_in_the_body_and_unknown_after_the_loop() {
        let src = "def f(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return i\n";
        let co = code(src, "f");
        let states = analyze(&co);
        let i = local(&co, "i");
        let (next, done) = first(&co, |ins| match *ins {
            Instr::ForIter { next, done, .. } => Some((next, done)),
            _ => None,
        });
        let body = states[next as usize + 1].as_ref().expect("body");
        assert!(body.is_bound(i));
        let after = states[done as usize].as_ref().expect("after");
        assert!(!after.is_bound(i) && !after.is_empty(i));
        assert!(after.is_bound(local(&co, "t")));
    }

    #[test]
    fn a_deleted_local_is_empty_and_a_handler_knows_its_exception() {
        let src = "def f(a):\n    try:\n        del a\n    except NameError as e:\n        return e\n    return a\n";
        let co = code(src, "f");
        let states = analyze(&co);
        let del = pc_of(&co, |i| matches!(i, Instr::DelFast { .. }));
        let a = local(&co, "a");
        assert!(states[del].as_ref().expect("reached").is_bound(a));
        let after = states[del + 1].as_ref().expect("reached");
        assert!(after.is_empty(a));
        let h = co.handler_at(del).expect("handler");
        let at_handler = states[h.pc as usize].as_ref().expect("reached");
        assert!(at_handler.is_bound(h.exc));
        assert!(!at_handler.is_bound(a) && !at_handler.is_empty(a));
    }

    #[test]
    fn a_method_call_receiver_may_be_empty() {
        let co = code("def f(o):\n    return o.m(1)\n", "f");
        let states = analyze(&co);
        let call = pc_of(&co, |i| matches!(i, Instr::CallMethod { .. }));
        let Instr::CallMethod { callee, self_, .. } = co.code[call] else {
            unreachable!()
        };
        let s = states[call].as_ref().expect("reached");
        assert!(s.is_bound(callee));
        assert!(!s.is_bound(self_) && !s.is_empty(self_));
        let after = states[call + 1].as_ref().expect("reached");
        assert!(after.is_empty(self_));
    }

    #[test]
    fn a_return_leaves_the_locals_and_its_value() {
        let src = "def f(a):\n    b = a + 1\n    c = [b]\n    return len(c)\n";
        let co = code(src, "f");
        let states = analyze(&co);
        let ret = pc_of(&co, |i| matches!(i, Instr::Return { .. }));
        let Instr::Return { src: value } = co.code[ret] else {
            unreachable!()
        };
        let mut expected: Vec<u32> = ["a", "b", "c"].iter().map(|v| local(&co, v)).collect();
        expected.push(value);
        expected.sort_unstable();
        assert_eq!(held_at(&co, &states, ret), expected);
    }

    #[test]
    fn a_generator_knows_the_sent_value_after_its_yield() {
        let co = code("def g(a):\n    x = yield a\n    return x\n", "g");
        let states = analyze(&co);
        let (dst, resume) = first(&co, |ins| match *ins {
            Instr::Yield { dst, resume, .. } => Some((dst, resume)),
            _ => None,
        });
        assert!(
            states[resume as usize]
                .as_ref()
                .expect("reached")
                .is_bound(dst)
        );
    }

    #[test]
    fn a_loop_item_dies_where_it_is_taken_apart() {
        let co = code("def f(ps):\n    for (a, b), c in ps:\n        pass\n", "f");
        let unpacks: Vec<(usize, u32)> = co
            .code
            .iter()
            .enumerate()
            .filter_map(|(pc, i)| match *i {
                Instr::UnpackSeq { src, .. } => Some((pc, src)),
                _ => None,
            })
            .collect();
        assert_eq!(unpacks.len(), 2);
        for (pc, src) in unpacks {
            assert!(dead_after(&co, pc, src), "unpack at {pc}");
        }
    }

    #[test]
    fn a_local_or_a_value_read_again_does_not_die() {
        let co = code(
            "def f(p):\n    for i in range(3):\n        a, b = p\n    return p\n",
            "f",
        );
        let src = first(&co, |i| match *i {
            Instr::UnpackSeq { src, .. } => Some(src),
            _ => None,
        });
        let pc = pc_of(&co, |i| matches!(i, Instr::UnpackSeq { .. }));
        assert!(!dead_after(&co, pc, src));
        let for_iter = pc_of(&co, |i| matches!(i, Instr::ForIter { .. }));
        let Instr::ForIter { iter, .. } = co.code[for_iter] else {
            unreachable!()
        };
        assert!(!dead_after(&co, for_iter, iter));
    }
}
