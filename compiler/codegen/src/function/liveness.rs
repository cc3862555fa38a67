//! Which of some slots the rest of a call may still read, before each pc
//! (backward liveness over the bytecode).
//!
//! The typed body's fallback to the VM boxes the double of every `float`
//! slot into the frame (`typed::deopt`), so each double stays live up to
//! every fallback: in a loop of float arithmetic that is most of the
//! registers, and LLVM spills. A slot that nothing reads from the fallback's
//! pc on need not be handed over at all: the VM never looks at it again.
//! What counts as a read is what the VM may read: the instruction's
//! operands, and every fast local for the instructions that hand the frame
//! to code that can see them (calls: `locals()`, `vars()`, `eval`; a
//! zero-argument `super()`). An exception's way to its handler writes
//! nothing, and an instruction's result counts as written only on the
//! ways it is (`bound::edge_write`).

use compiler::bytecode::{CodeObject, Instr};

use super::bound::{self, Edge};

/// The largest analysis, in instructions times slots: past it every slot
/// counts as live everywhere (nothing is dropped).
const MAX_SIZE: usize = 1 << 22;

/// For each pc, whether each of `slots` (addresses) may be read at or
/// after it before being written.
pub(super) fn live_in(co: &CodeObject, slots: &[u32]) -> Vec<Vec<bool>> {
    let n = co.code.len();
    if n * slots.len().max(1) > MAX_SIZE {
        return vec![vec![true; slots.len()]; n];
    }
    let reads: Vec<Vec<bool>> = co
        .code
        .iter()
        .enumerate()
        .map(|(pc, instr)| {
            let fused = fused_reads(co, pc);
            slots
                .iter()
                .map(|&s| read(co, instr, s) || fused.contains(&s))
                .collect()
        })
        .collect();
    let kills: Vec<Vec<bool>> = co
        .code
        .iter()
        .map(|instr| {
            let written = written(co, instr);
            slots.iter().map(|s| written.contains(s)).collect()
        })
        .collect();
    let edges: Vec<Vec<Edge>> = (0..n).map(|pc| bound::successors(co, pc)).collect();
    let mut live = reads.clone();
    let mut changed = true;
    while changed {
        changed = false;
        for pc in (0..n).rev() {
            for (k, &slot) in slots.iter().enumerate() {
                if live[pc][k] {
                    continue;
                }
                let after = edges[pc].iter().any(|edge| match *edge {
                    Edge::Next(to) | Edge::Target(to, None) => {
                        !kills[pc][k] && live.get(to).is_some_and(|l| l[k])
                    }
                    Edge::Target(to, Some(w)) => {
                        w != slot && !kills[pc][k] && live.get(to).is_some_and(|l| l[k])
                    }
                    Edge::Handler(to, _) => live.get(to).is_some_and(|l| l[k]),
                });
                if after {
                    live[pc][k] = true;
                    changed = true;
                }
            }
        }
    }
    live
}

/// For each pc, the registers whose value dies on the way into it: live
/// before, or written by, an instruction that leads to it, and read by
/// nothing from it on. Native code releases them there (`Gen::release_dead`)
/// instead of at the function's end, as CPython pops a temporary right
/// after its last use; a register kept holding a dead value would stay
/// live in LLVM's eyes up to every way out of the function, which is
/// what makes long functions expensive to allocate registers for.
/// Registers only: a fast local lives until the function returns, as in
/// CPython.
pub(super) fn released_on_entry(co: &CodeObject) -> Vec<Vec<u32>> {
    let regs: Vec<u32> = (0..co.nregs).collect();
    // Past the analysis's limit every register counts as live: nothing
    // is released.
    let live = live_in(co, &regs);
    let mut released: Vec<Vec<bool>> = vec![vec![false; regs.len()]; co.code.len()];
    for (pc, instr) in co.code.iter().enumerate() {
        let mut touched = live[pc].clone();
        // `load_method`'s `self_` too: it is a `Dst` operand.
        for r in bound::written(instr) {
            if let Some(t) = touched.get_mut(r as usize) {
                *t = true;
            }
        }
        for edge in bound::successors(co, pc) {
            let (to, exc) = match edge {
                Edge::Next(to) | Edge::Target(to, _) => (to, None),
                Edge::Handler(to, exc) => (to, Some(exc)),
            };
            let Some(dead) = released.get_mut(to) else {
                continue;
            };
            for (r, d) in dead.iter_mut().enumerate() {
                let held = touched[r] || exc == Some(r as u32);
                *d |= held && !live[to][r];
            }
        }
    }
    released
        .into_iter()
        .map(|d| (0..co.nregs).filter(|&r| d[r as usize]).collect())
        .collect()
}

/// What native code may read at `pc` besides the instruction's operands:
/// the operands of the instruction before it that it runs as one with
/// (`Gen::fused_slice`, `Gen::fused_super_method`), or, for the
/// `tuple_item`s that take apart an `unpack_seq`'s tuple, the sequence
/// unpacked (`Gen::fused_items` reads it for them all at once). Counted
/// wherever the pattern appears, fused or not: a value kept a little
/// longer costs nothing.
fn fused_reads(co: &CodeObject, pc: usize) -> Vec<u32> {
    let before = pc.checked_sub(1).and_then(|p| co.code.get(p));
    match (co.code.get(pc), before) {
        (
            Some(Instr::ItemGet { key, .. } | Instr::ItemSet { key, .. }),
            Some(&Instr::Slice {
                dst,
                start,
                stop,
                step,
            }),
        ) if *key == dst => vec![start, stop, step],
        (
            Some(Instr::LoadMethod { obj, .. }),
            Some(&Instr::SuperZero {
                dst,
                sup,
                class_cell,
                first,
            }),
        ) if *obj == dst => vec![sup, class_cell, first],
        (Some(&Instr::TupleItem { tuple, .. }), _) => {
            let mut p = pc;
            while let Some(q) = p.checked_sub(1) {
                match co.code[q] {
                    Instr::TupleItem { tuple: t, .. } if t == tuple => p = q,
                    Instr::UnpackSeq { dst, src, .. } if dst == tuple => return vec![src],
                    _ => break,
                }
            }
            Vec::new()
        }
        _ => Vec::new(),
    }
}

/// Whether the VM's implementation of `instr` may read `slot`.
fn read(co: &CodeObject, instr: &Instr, slot: u32) -> bool {
    let local = |i: u32| co.nregs + i == slot;
    match *instr {
        Instr::Call { .. }
        | Instr::CallMethod { .. }
        | Instr::CallEx { .. }
        | Instr::SuperZero { .. }
            if slot >= co.nregs =>
        {
            true
        }
        Instr::LoadFast { slot: i, .. } | Instr::DelFast { slot: i } if local(i) => true,
        _ => bound::reads(co, instr, slot),
    }
}

/// The slots `instr` surely writes on every way on to another pc (not
/// the one written only on the way to one target, `bound::edge_write`).
fn written(co: &CodeObject, instr: &Instr) -> Vec<u32> {
    match *instr {
        Instr::ForIter { .. } | Instr::Yield { .. } | Instr::Send { .. } | Instr::Throw { .. } => {
            Vec::new()
        }
        Instr::StoreFast { slot, .. } | Instr::StoreFastMove { slot, .. } => {
            vec![co.nregs + slot]
        }
        // `self_` is written only when the attribute is a method.
        Instr::LoadMethod { dst, .. } => vec![dst],
        // The rest write only `Dst` operands (`Out` ones are the
        // edge-only writes above).
        _ => bound::written(instr),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::function::test_code as code;

    /// Before each pc, which of `names` (fast locals) are live.
    fn live_locals(co: &CodeObject, names: &[&str]) -> Vec<Vec<bool>> {
        let slots: Vec<u32> = names
            .iter()
            .map(|n| {
                let i = co.varnames.iter().position(|v| v == n).expect("local");
                co.nregs + i as u32
            })
            .collect();
        live_in(co, &slots)
    }

    #[test]
    fn a_local_is_dead_after_its_last_read() {
        // 0: x = a * 2.0; 1: y = x + b; 2: z = y * y; 3: return z
        let co = code(
            "def f(a, b):\n    x = a * 2.0\n    y = x + b\n    z = y * y\n    return z\nf(1.0, 2.0)\n",
            "f",
        );
        let live = live_locals(&co, &["a", "x", "y", "z"]);
        assert_eq!(live[0], [true, false, false, false]);
        assert_eq!(live[1], [false, true, false, false]);
        assert_eq!(live[2], [false, false, true, false]);
        assert_eq!(live[3], [false, false, false, true]);
    }

    #[test]
    fn a_loop_keeps_what_the_next_iteration_reads() {
        // 6: i = for_iter, next->8, done->7; 7: return s;
        // 8: s = s + t; 9: t = t * 0.5; 10: jump ->6
        let co = code(
            "def g(n):\n    s = 0.0\n    t = 1.0\n    for i in range(n):\n        s = s + t\n        t = t * 0.5\n    return s\ng(3)\n",
            "g",
        );
        let live = live_locals(&co, &["s", "t", "i"]);
        // `range(n)` at pc 3 is a call, which may read every local.
        assert_eq!(live[0], [false, false, true]);
        assert_eq!(live[4], [true, true, false]);
        assert_eq!(live[6], [true, true, false]);
        assert_eq!(live[7], [true, false, false]);
        assert_eq!(live[9], [true, true, false]);
        assert_eq!(live[10], [true, true, false]);
    }

    #[test]
    fn a_call_reads_every_local() {
        // 0: x = a + 1.0; 1: y = a * 2.0; 2: r0 = load.global print;
        // 3: r1 = call r0, (y); 4, 5: clear; 6: return y
        let co = code(
            "def h(a):\n    x = a + 1.0\n    y = a * 2.0\n    print(y)\n    return y\nh(1.0)\n",
            "h",
        );
        let live = live_locals(&co, &["x", "y"]);
        // print may be locals(): x lives until the call, not after.
        assert_eq!(live[1], [true, false]);
        assert_eq!(live[3], [true, true]);
        assert_eq!(live[4], [false, true]);
    }

    /// The pc of the first instruction `what` picks.
    fn pc_of(co: &CodeObject, what: impl Fn(&Instr) -> bool) -> usize {
        co.code.iter().position(what).expect("instruction")
    }

    #[test]
    fn a_calls_callee_and_arguments_die_after_it() {
        // 1: r0 = load.global fib; 2: r1 = n - 1; 3: r2 = call r0, (r1)
        let co = code(
            "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n",
            "fib",
        );
        let call = pc_of(&co, |i| matches!(i, Instr::Call { .. }));
        let Instr::Call { dst, callee, .. } = co.code[call] else {
            unreachable!()
        };
        let released = released_on_entry(&co);
        assert!(released[call + 1].contains(&callee));
        // The result lives on to the addition.
        assert!(!released[call + 1].contains(&dst));
        assert!(released[..=call].iter().all(|r| !r.contains(&callee)));
    }

    #[test]
    fn a_fused_slices_bounds_live_to_the_item_access() {
        // r_stop = k + 1; r_slice = slice None, r_stop, None;
        // item.set p, r_slice, r_value
        let co = code("def f(p, k):\n    p[: k + 1] = p[k::-1]\n", "f");
        let set = pc_of(&co, |i| matches!(i, Instr::ItemSet { .. }));
        let Instr::Slice { stop, .. } = co.code[set - 1] else {
            panic!("no slice before the item.set");
        };
        let released = released_on_entry(&co);
        assert!(!released[set].contains(&stop));
        assert!(released[set + 1].contains(&stop));
    }

    #[test]
    fn a_handler_keeps_what_it_reads() {
        // 0: x = a + 1.0; 1: y = a / 0.0 (handler 3); 2: jump ->15;
        // ... 12: return x; 15: return y
        let co = code(
            "def k(a):\n    x = a + 1.0\n    try:\n        y = a / 0.0\n    except ZeroDivisionError:\n        return x\n    return y\nk(1.0)\n",
            "k",
        );
        let live = live_locals(&co, &["x", "y"]);
        assert_eq!(live[1], [true, false]);
        // Past the division, only the normal way remains.
        assert_eq!(live[2], [false, true]);
    }
}
