//! Which name a call's callee was loaded by, when the instruction that
//! wrote it, on the straight line of code before the call, is a
//! `load.global`, `load.name`, `attr.get` or `load_method`.
//!
//! A call's inline forms (`len(x)`, `lst.append(x)`) test the callee
//! against one builtin's word. Made for every one-argument call, that
//! test and its code cost each call of `fib(n - 1)` some ten
//! instructions and each function its blocks. A callee loaded by another
//! name is still tested by the generic call, which handles the builtin
//! too: skipping the inline form when the name differs only makes a
//! program that rebinds `fib = len` take the slower path.

use std::collections::HashMap;

use compiler::bytecode::{CodeObject, Instr, Operand};

/// The callee's `names` index for each call whose callee register was
/// surely loaded by a name.
pub(super) struct LoadedNames(HashMap<usize, u32>);

impl LoadedNames {
    pub(super) fn of(co: &CodeObject, merges: &[bool]) -> Self {
        let mut by = HashMap::new();
        for (pc, instr) in co.code.iter().enumerate() {
            let (Instr::Call { callee, .. } | Instr::CallMethod { callee, .. }) = *instr else {
                continue;
            };
            if let Some(name) = loaded_by(co, merges, pc, callee) {
                by.insert(pc, name);
            }
        }
        LoadedNames(by)
    }

    /// Whether the callee of the call at `pc` may hold what was loaded by
    /// `name` (or anything else): false only when it was surely loaded
    /// by another name.
    pub(super) fn may_be(&self, co: &CodeObject, pc: usize, name: &str) -> bool {
        self.0
            .get(&pc)
            .is_none_or(|n| co.names.get(*n as usize).is_none_or(|s| s == name))
    }
}

impl LoadedNames {
    /// Whether the call at `pc` may call one of the builtins that read
    /// the caller's frame (`locals()`, `eval`...): unless its callee was
    /// loaded by another name. (A program that rebinds that other name to
    /// `locals` gets its frame read all the same, by the VM's code
    /// (`READS_FRAME`); only the identity of a float it holds may then
    /// differ, see `identity.rs`.)
    pub(super) fn may_read_frame(&self, co: &CodeObject, pc: usize) -> bool {
        ["globals", "locals", "vars", "dir", "eval", "exec"]
            .iter()
            .any(|name| self.may_be(co, pc, name))
    }
}

/// The name that the last write of register `r` before `pc`, on the
/// straight line of code that leads to `pc`, loaded.
fn loaded_by(co: &CodeObject, merges: &[bool], pc: usize, r: u32) -> Option<u32> {
    let mut at = pc;
    loop {
        if merges[at] {
            return None;
        }
        at = at.checked_sub(1)?;
        let instr = co.code[at];
        if !instr.falls_through() {
            return None;
        }
        match instr {
            Instr::LoadGlobal { dst, name }
            | Instr::LoadName { dst, name }
            | Instr::AttrGet { dst, name, .. }
            | Instr::LoadMethod { dst, name, .. }
                if dst == r =>
            {
                return Some(name);
            }
            _ => {}
        }
        let mut writes = false;
        instr.for_each_operand(|_, op| {
            if let Operand::Dst(x) | Operand::Out(x) | Operand::Take(x) = op {
                writes |= x == r;
            }
        });
        if writes {
            return None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::function::test_code as code;

    fn calls(co: &CodeObject) -> Vec<usize> {
        co.code
            .iter()
            .enumerate()
            .filter(|(_, i)| matches!(i, Instr::Call { .. } | Instr::CallMethod { .. }))
            .map(|(pc, _)| pc)
            .collect()
    }

    #[test]
    fn a_global_callee_is_known_by_its_name() {
        let co = code("def f(n):\n    return g(n) + len(n)\n", "f");
        let names = LoadedNames::of(&co, &super::super::bound::merges(&co));
        let [g, len] = calls(&co)[..] else {
            panic!("two calls")
        };
        assert!(!names.may_be(&co, g, "len"));
        assert!(names.may_be(&co, g, "g"));
        assert!(names.may_be(&co, len, "len"));
    }

    #[test]
    fn a_method_callee_is_known_by_its_name() {
        let co = code("def f(a, b):\n    a.append(1)\n    b.add(2)\n", "f");
        let names = LoadedNames::of(&co, &super::super::bound::merges(&co));
        let [append, add] = calls(&co)[..] else {
            panic!("two calls")
        };
        assert!(names.may_be(&co, append, "append"));
        assert!(!names.may_be(&co, add, "append"));
    }

    #[test]
    fn a_callee_from_a_local_may_be_anything() {
        let co = code("def f(n, h):\n    return h(n)\n", "f");
        let names = LoadedNames::of(&co, &super::super::bound::merges(&co));
        let [h] = calls(&co)[..] else {
            panic!("one call")
        };
        assert!(names.may_be(&co, h, "len"));
    }

    #[test]
    fn a_callee_chosen_on_two_paths_may_be_anything() {
        let co = code("def f(n, c):\n    return (g if c else len)(n)\n", "f");
        let names = LoadedNames::of(&co, &super::super::bound::merges(&co));
        let [call] = calls(&co)[..] else {
            panic!("one call")
        };
        assert!(names.may_be(&co, call, "len"));
        assert!(names.may_be(&co, call, "g"));
    }
}
