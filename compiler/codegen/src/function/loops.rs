//! Which slots the register cache holds: in a function with loops, those
//! an instruction inside a loop names; in one without, all of them.
//!
//! The cache makes each slot an SSA value, which LLVM keeps in a machine
//! register across the function: what pays for it is code that runs
//! many times per call. The straight-line code around a loop (building
//! the result, a call or two) runs once; there a slot left in the
//! frame's array costs a load or a store per use, and saves the register
//! allocator a live value through every block and every way out of the
//! function, which is where its time goes (`bench/compile_time.py`'s
//! functions, a loop and a tail each, spend about half their code
//! generation on the tail's slots). A function without loops keeps
//! every slot cached: a short one (a recursive `fib`) is called many
//! times, and a long one is off the cache anyway (`cached`).

use compiler::bytecode::{CodeObject, Operand};

use super::bound::{self, Edge};

/// For each pc, whether it lies on a cycle of the control flow (jumps,
/// handlers): Tarjan's strongly connected components, iteratively.
pub(super) fn in_loops(co: &CodeObject) -> Vec<bool> {
    let n = co.code.len();
    let succ: Vec<Vec<usize>> = (0..n)
        .map(|pc| {
            bound::successors(co, pc)
                .into_iter()
                .map(|e| match e {
                    Edge::Next(to) | Edge::Target(to, _) | Edge::Handler(to, _) => to,
                })
                .filter(|&to| to < n)
                .collect()
        })
        .collect();
    const NONE: usize = usize::MAX;
    let (mut index, mut low) = (vec![NONE; n], vec![0; n]);
    let mut on_stack = vec![false; n];
    let (mut stack, mut next_index) = (Vec::new(), 0);
    let mut looped = vec![false; n];
    for root in 0..n {
        if index[root] != NONE {
            continue;
        }
        // (node, next successor to visit)
        let mut work = vec![(root, 0)];
        index[root] = next_index;
        low[root] = next_index;
        next_index += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (v, ref mut i)) = work.last_mut() {
            if let Some(&w) = succ[v].get(*i) {
                *i += 1;
                if index[w] == NONE {
                    index[w] = next_index;
                    low[w] = next_index;
                    next_index += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                let mut members = Vec::new();
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    members.push(w);
                    if w == v {
                        break;
                    }
                }
                let cycle = members.len() > 1 || succ[v].contains(&v);
                for w in members {
                    looped[w] = cycle;
                }
            }
        }
    }
    looped
}

/// For each slot address (registers, then fast locals), whether the
/// register cache holds it, in a function on the cache.
pub(super) fn cached_slots(co: &CodeObject) -> Vec<bool> {
    let nslots = (co.nregs + co.varnames.len() as u32) as usize;
    let looped = in_loops(co);
    if !looped.contains(&true) {
        return vec![true; nslots];
    }
    let mut cached = vec![false; nslots];
    let nregs = co.nregs;
    for (instr, _) in co.code.iter().zip(&looped).filter(|(_, l)| **l) {
        let mut mark = |addr: u32| {
            if let Some(c) = cached.get_mut(addr as usize) {
                *c = true;
            }
        };
        instr.for_each_operand(|_, op| match op {
            Operand::Dst(r) | Operand::Reg(r) | Operand::Take(r) | Operand::Out(r) => mark(r),
            Operand::OptReg(Some(r)) => mark(r),
            Operand::Local(i) => mark(nregs + i),
            Operand::Args(range) => {
                for &r in range.regs(&co.operands).unwrap_or_default() {
                    mark(r);
                }
            }
            _ => {}
        });
    }
    cached
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::function::test_code as code;

    #[test]
    fn only_a_loops_pcs_are_in_a_loop() {
        let co = code(
            "def f(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return [t]\n",
            "f",
        );
        let looped = in_loops(&co);
        let for_iter = co
            .code
            .iter()
            .position(|i| matches!(i, compiler::bytecode::Instr::ForIter { .. }))
            .expect("for_iter");
        assert!(looped[for_iter]);
        assert!(!looped[0]);
        let build = co
            .code
            .iter()
            .position(|i| matches!(i, compiler::bytecode::Instr::ListBuild { .. }))
            .expect("list.build");
        assert!(!looped[build]);
    }

    #[test]
    fn the_slots_a_loop_names_are_cached_and_the_rest_not() {
        let co = code(
            "def f(n, k):\n    t = 0\n    for i in range(n):\n        t += i\n    return [t, k]\n",
            "f",
        );
        let cached = cached_slots(&co);
        let local = |name: &str| {
            let i = co.varnames.iter().position(|v| v == name).expect("local");
            (co.nregs + i as u32) as usize
        };
        assert!(cached[local("t")] && cached[local("i")]);
        assert!(!cached[local("k")]);
    }

    #[test]
    fn a_function_without_loops_caches_every_slot() {
        let co = code(
            "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n",
            "fib",
        );
        assert!(cached_slots(&co).iter().all(|&c| c));
    }
}
