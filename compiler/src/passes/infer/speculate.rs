//! Float speculation: which values read from somewhere inference cannot
//! see into (an item of a container, an attribute, a global, a call's
//! result) are expected to be floats because of how the function uses
//! them.
//!
//! Plain numeric Python keeps its floats in lists, tuples and objects
//! (`x1, y1, z1 = pos`, `v[0] -= dx * m`, `self.x * dt`), so the ordinary
//! analysis, which types only what flows from literals, arithmetic and
//! direct calls, gives such code `object` throughout and the native
//! backend boxes every intermediate result. A value is *demanded* to be a
//! float when it meets a float in `+ - * /`, `**` or an ordering
//! comparison; demand flows back through `+ - *` and unary `-`/`+` (a
//! sum that must be a float has float terms, as far as expectations go),
//! through fast locals to what is stored in them, and through block
//! parameters to what the edges pass. A demanded value that comes from
//! such a read is speculated to be a float.
//!
//! Like every inferred type this is an expectation: the typed body checks
//! the value where it enters its unboxed slot, and a value that is not a
//! float makes the VM run the rest of that call (docs/dev/native.md).
//! Demand needs a float partner, so code working on ints is left alone;
//! the cost of a wrong guess is code that mixes ints read from containers
//! with floats, whose calls then run on the VM.

use std::collections::HashMap;

use super::{Ty, binary};
use crate::ir::{Function, Opcode, Type, Value, ValueDef};

/// The values of `f` to speculate as floats, given the types the analysis
/// found (`values`, all known) and the fast-local slots it types
/// (`slot_index`, with `opaque` ones never typed).
pub(super) fn float_demands(
    f: &Function,
    values: &[Ty],
    slot_index: &HashMap<String, usize>,
    opaque: &[bool],
) -> Vec<Value> {
    let ty = |v: Value| values.get(v.index()).copied().flatten();
    let is_object = |v: Value| ty(v) == Some(Type::Object);
    let slot_of = |d: &crate::ir::InstData| match &d.imm {
        crate::ir::Imm::Name(n) => slot_index.get(n).copied().filter(|&i| !opaque[i]),
        _ => None,
    };
    // What each slot is given, and what each block parameter receives.
    let mut stores: Vec<Vec<Value>> = vec![Vec::new(); opaque.len()];
    for d in &f.insts {
        if d.op == Opcode::StoreFast
            && let Some(i) = slot_of(d)
            && let Some(&v) = d.args.first()
        {
            stores[i].push(v);
        }
    }
    let mut incoming: HashMap<Value, Vec<Value>> = HashMap::new();
    for (term, _) in f.blocks.iter().filter_map(|b| b.term.as_ref()) {
        term.for_each_edge(|call, implicit| {
            let params = &f.blocks[call.block.index()].params;
            for (&p, &a) in params.iter().skip(implicit).zip(&call.args) {
                incoming.entry(p).or_default().push(a);
            }
        });
    }

    let mut demanded = vec![false; f.values.len()];
    let mut slot_demanded = vec![false; opaque.len()];
    let mut work: Vec<Value> = Vec::new();
    let demand = |v: Value, demanded: &mut Vec<bool>, work: &mut Vec<Value>| {
        if is_object(v)
            && let Some(d) = demanded.get_mut(v.index())
            && !*d
        {
            *d = true;
            work.push(v);
        }
    };
    for d in &f.insts {
        let partnered = match binary(d.op) {
            Some(Opcode::Add | Opcode::Sub | Opcode::Mul | Opcode::TrueDiv | Opcode::Pow) => true,
            Some(_) => false,
            None => matches!(d.op, Opcode::Lt | Opcode::Le | Opcode::Gt | Opcode::Ge),
        };
        if let (true, [a, b]) = (partnered, d.args.as_slice()) {
            if ty(*a) == Some(Type::Float) {
                demand(*b, &mut demanded, &mut work);
            }
            if ty(*b) == Some(Type::Float) {
                demand(*a, &mut demanded, &mut work);
            }
        }
    }

    let mut out = Vec::new();
    while let Some(v) = work.pop() {
        match f.values[v.index()].def {
            ValueDef::Inst(i) => {
                let d = &f.insts[i.index()];
                let through = matches!(binary(d.op), Some(Opcode::Add | Opcode::Sub | Opcode::Mul))
                    || matches!(d.op, Opcode::Neg | Opcode::Pos);
                if through {
                    for &a in &d.args {
                        demand(a, &mut demanded, &mut work);
                    }
                } else if d.op == Opcode::LoadFast {
                    if let Some(i) = slot_of(d)
                        && !slot_demanded[i]
                    {
                        slot_demanded[i] = true;
                        for &s in &stores[i] {
                            demand(s, &mut demanded, &mut work);
                        }
                    }
                } else if matches!(
                    d.op,
                    Opcode::TupleItem
                        | Opcode::ItemGet
                        | Opcode::AttrGet
                        | Opcode::LoadGlobal
                        | Opcode::Call
                ) {
                    out.push(v);
                }
            }
            ValueDef::Param(..) => {
                for &a in incoming.get(&v).into_iter().flatten() {
                    demand(a, &mut demanded, &mut work);
                }
            }
        }
    }
    out
}
