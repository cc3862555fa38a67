//! Values the emitter leaves out because their consumers read them in
//! place (docs/dev/bytecode.md, "Registers and slots"): constants, and
//! `load.fast` results whose local is certainly bound at the load and is
//! not stored or deleted before any of the value's uses, all in the load's
//! block. A load that might raise UnboundLocalError stays an instruction,
//! so the error keeps the load's location.
//!
//! "Certainly bound" is a forward must-analysis over the blocks: the
//! parameters are bound on entry, `store.fast` binds, `del.fast` unbinds,
//! and a handler block starts with what holds before every instruction
//! that unwinds to it.

use std::collections::HashMap;

use crate::ir;

/// What an omitted value is read from.
#[derive(Clone, Copy, Debug)]
pub(super) enum Folded<'a> {
    /// The fast-local slot.
    Local(u32),
    /// The constant.
    Const(&'a ir::Const),
}

/// Per value of `func`: where its consumers read it, if its instruction is
/// left out. `uses` counts each value's uses.
pub(super) fn folded_values<'a>(func: &'a ir::Function, uses: &[u32]) -> Vec<Option<Folded<'a>>> {
    let slots: HashMap<&str, u32> = func
        .locals
        .iter()
        .enumerate()
        .map(|(i, n)| (n.as_str(), i as u32))
        .collect();
    let slot_of = |d: &ir::InstData| match (&d.op, &d.imm) {
        (ir::Opcode::LoadFast | ir::Opcode::StoreFast | ir::Opcode::DelFast, ir::Imm::Name(n)) => {
            slots.get(n.as_str()).copied()
        }
        _ => None,
    };
    let bound = bound_on_entry(func, &slot_of);
    let mut out = vec![None; func.values.len()];
    for &b in &func.layout {
        let (Some(data), Some(Some(entry))) = (func.blocks.get(b.index()), bound.get(b.index()))
        else {
            continue;
        };
        let mut cur = entry.clone();
        let insts: Vec<&ir::InstData> = data
            .insts
            .iter()
            .filter_map(|i| func.insts.get(i.index()))
            .collect();
        for (k, d) in insts.iter().enumerate() {
            let used = |v: ir::Value| uses.get(v.index()).is_some_and(|&n| n > 0);
            match (d.op, d.result, &d.imm) {
                (ir::Opcode::Const, Some(v), ir::Imm::Const(c)) if used(v) => {
                    out[v.index()] = Some(Folded::Const(c));
                }
                (ir::Opcode::LoadFast, Some(v), _) if used(v) => {
                    if let Some(slot) = slot_of(d)
                        && cur.get(slot as usize) == Some(&true)
                        && uses_before_change(&insts[k + 1..], data, v, slot, &slot_of)
                            == uses[v.index()]
                    {
                        out[v.index()] = Some(Folded::Local(slot));
                    }
                }
                _ => {}
            }
            effect(d, &slot_of, &mut cur);
        }
    }
    out
}

/// How many uses of `v` come in `rest` (and the block's terminator) before
/// an instruction stores or deletes `slot`; a store that reads `v` counts.
fn uses_before_change(
    rest: &[&ir::InstData],
    block: &ir::BlockData,
    v: ir::Value,
    slot: u32,
    slot_of: &impl Fn(&ir::InstData) -> Option<u32>,
) -> u32 {
    let mut n = 0;
    for d in rest {
        n += d.args.iter().filter(|&&a| a == v).count() as u32;
        if matches!(d.op, ir::Opcode::StoreFast | ir::Opcode::DelFast) && slot_of(d) == Some(slot) {
            return n;
        }
    }
    if let Some((term, _)) = &block.term {
        n += term.values().iter().filter(|&&a| a == v).count() as u32;
    }
    n
}

/// Per block: the slots certainly bound when it starts (`None` for a
/// block not reached from the entry).
fn bound_on_entry(
    func: &ir::Function,
    slot_of: &impl Fn(&ir::InstData) -> Option<u32>,
) -> Vec<Option<Vec<bool>>> {
    let mut state: Vec<Option<Vec<bool>>> = vec![None; func.blocks.len()];
    let Some(entry) = func.entry() else {
        return state;
    };
    let nparams = func.params.count();
    let params = (0..func.locals.len()).map(|i| i < nparams).collect();
    if let Some(s) = state.get_mut(entry.index()) {
        *s = Some(params);
    }
    let mut changed = true;
    while changed {
        changed = false;
        for &b in &func.layout {
            let (Some(data), Some(Some(start))) =
                (func.blocks.get(b.index()), state.get(b.index()))
            else {
                continue;
            };
            let mut cur = start.clone();
            for &i in &data.insts {
                let Some(d) = func.insts.get(i.index()) else {
                    continue;
                };
                if let Some(ir::Unwind::Handler(h)) = d.unwind {
                    changed |= meet(&mut state, h, &cur);
                }
                effect(d, slot_of, &mut cur);
            }
            if let Some((term, _)) = &data.term {
                term.for_each_successor(|s| changed |= meet(&mut state, s, &cur));
            }
        }
    }
    state
}

/// Narrows block `b`'s entry state by `cur`; whether it changed.
fn meet(state: &mut [Option<Vec<bool>>], b: ir::Block, cur: &[bool]) -> bool {
    match state.get_mut(b.index()) {
        Some(slot @ None) => {
            *slot = Some(cur.to_vec());
            true
        }
        Some(Some(s)) => {
            let mut changed = false;
            for (x, &y) in s.iter_mut().zip(cur) {
                if *x && !y {
                    *x = false;
                    changed = true;
                }
            }
            changed
        }
        None => false,
    }
}

/// What `d` does to the bound slots when it completes.
fn effect(d: &ir::InstData, slot_of: &impl Fn(&ir::InstData) -> Option<u32>, cur: &mut [bool]) {
    let Some(slot) = slot_of(d) else { return };
    if let Some(b) = cur.get_mut(slot as usize) {
        *b = d.op != ir::Opcode::DelFast;
    }
}
