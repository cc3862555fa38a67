//! Which calls native code may make directly: a `call` of a global name
//! that the module binds to one of its own functions (`def f` at module
//! level), with the positional arguments that function takes.
//!
//! This is a guess from the bytecode, never trusted: at run time the call
//! first checks that the callee is still a function with that code
//! (`pyrt_direct_callee`) and otherwise calls it the generic way, so a
//! program that rebinds the name, or a second `def` of it, only loses
//! the shortcut.

use std::collections::{HashMap, HashSet};

use compiler::bytecode::{CodeObject, Instr, Module, Operand};
use compiler::ir::{FunctionKind, Suspension};

/// The module's functions that can be called directly, by global name:
/// the code object's index and how many positional arguments it takes.
pub struct Callees {
    by_name: HashMap<String, (usize, u32)>,
}

impl Callees {
    /// The code objects of `module` that a direct call can enter
    /// (`callable`); a name defined twice is left out.
    pub fn new(module: &Module) -> Callees {
        let mut by_name = HashMap::new();
        let mut twice = HashSet::new();
        for (i, co) in module.code.iter().enumerate() {
            if !callable(co) {
                continue;
            }
            if by_name
                .insert(co.qualname.clone(), (i, co.params.positional))
                .is_some()
            {
                twice.insert(co.qualname.clone());
            }
        }
        by_name.retain(|name, _| !twice.contains(name));
        Callees { by_name }
    }

    /// The direct calls of `co`: the pc of each `call` and the index of
    /// the code object it is expected to run.
    pub fn calls(&self, co: &CodeObject) -> HashMap<usize, usize> {
        let targets = jump_targets(co);
        let mut out = HashMap::new();
        for (pc, instr) in co.code.iter().enumerate() {
            let Instr::Call {
                kwnames: None,
                callee,
                args,
                ..
            } = *instr
            else {
                continue;
            };
            let Some(name) = global_in(co, &targets, pc, callee) else {
                continue;
            };
            if let Some(&(k, positional)) = self.by_name.get(name)
                && positional == args.len
            {
                out.insert(pc, k);
            }
        }
        out
    }
}

/// Whether a direct call can enter `co`'s native code: a plain function
/// defined at module level (the qualname is the bare name), with
/// positional parameters only, no cells, and a native body that runs on
/// the register cache.
pub fn callable(co: &CodeObject) -> bool {
    let p = co.params;
    co.kind == FunctionKind::Function
        && !co.qualname.contains('.')
        && co.suspension == Suspension::None
        && !p.varargs
        && !p.varkw
        && p.kwonly == 0
        && co.cellvars.is_empty()
        && co.freevars.is_empty()
        && crate::function::cached(co)
}

/// The pcs control reaches other than from the instruction before: jump
/// targets and handlers.
fn jump_targets(co: &CodeObject) -> HashSet<usize> {
    let mut out: HashSet<usize> = co.handlers.iter().map(|h| h.pc as usize).collect();
    for instr in &co.code {
        let mut copy = *instr;
        copy.for_each_target_mut(|t| {
            out.insert(*t as usize);
        });
    }
    out
}

/// The global name register `reg` holds at `pc`, when the straight-line
/// code before `pc` last wrote it with `load.global`.
fn global_in<'a>(
    co: &'a CodeObject,
    targets: &HashSet<usize>,
    pc: usize,
    reg: u32,
) -> Option<&'a str> {
    if reg >= co.nregs {
        return None;
    }
    let mut at = pc;
    while at > 0 && !targets.contains(&at) {
        at -= 1;
        let instr = &co.code[at];
        if let Instr::LoadGlobal { dst, name } = *instr
            && dst == reg
        {
            return co.names.get(name as usize).map(String::as_str);
        }
        let mut writes = false;
        instr.for_each_operand(|_, op| {
            if let Operand::Dst(r) | Operand::Out(r) | Operand::Take(r) = op {
                writes |= r == reg;
            }
        });
        if writes || !instr.falls_through() {
            return None;
        }
    }
    None
}
