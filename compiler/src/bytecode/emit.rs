//! The emitter: IR functions to code objects.
//!
//! Blocks are laid out in IR layout order. Each IR instruction becomes one
//! instruction (built from the `instrs!` table by operand kind); each
//! terminator becomes a control instruction, preceded by the moves of its
//! block arguments into the target's parameter registers. Moves belong to
//! an edge: a terminator with several targets sends each edge that needs
//! moves through a stub (the moves, then a jump) placed right after it, so
//! moves for one target never clobber registers another path reads. The
//! moves of one edge are sequenced as a parallel copy (cycles broken with a
//! scratch register). A jump to the next block in the layout is dropped.
//!
//! The emitter never panics on IR that verifies; anything it cannot encode
//! (a name missing from the slots, a handler without its parameter, an
//! out-of-range value) is an `EmitError`.

use std::collections::HashMap;
use std::fmt;

use super::{ArgRange, CodeObject, Handler, Instr, Module, NO_HANDLER, Reg};
use crate::ir;

/// Why a function could not be emitted (a bug in an earlier stage: the
/// verifier rules all of these out).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmitError {
    /// The IR function.
    pub func: ir::FuncId,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for EmitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: cannot emit bytecode: {}", self.func, self.message)
    }
}

impl std::error::Error for EmitError {}

/// Emits every function of `m`, in order: code object N is function `@N`.
pub fn emit_module(m: &ir::Module) -> Result<Module, EmitError> {
    let code = m
        .functions
        .iter()
        .enumerate()
        .map(|(i, f)| {
            emit_function(m, f).map_err(|message| EmitError {
                func: ir::FuncId(i as u32),
                message,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Module {
        name: m.name.clone(),
        filename: m.filename.clone(),
        code,
    })
}

/// Read operands the emitter leaves for `finish` to resolve, once `nregs`
/// is known: a fast local's slot or a constant's index under a tag bit.
const LOCAL_TAG: u32 = 1 << 31;
const CONST_TAG: u32 = 1 << 30;

/// A jump target while emitting: blocks are labels `0..blocks.len()`, edge
/// stubs get the labels after them.
type Label = u32;

struct Emitter<'a> {
    module: &'a ir::Module,
    func: &'a ir::Function,
    out: CodeObject,
    /// The pc of each label, once placed.
    label_pc: Vec<Option<u32>>,
    const_index: HashMap<String, u32>,
    name_index: HashMap<String, u32>,
    /// The handler-table index of each handler block.
    handler_index: HashMap<ir::Block, u32>,
    /// Scratch registers, allocated on first use after the value registers.
    staging: Option<Reg>,
    cycle: Option<Reg>,
    /// How many times each value is used (instruction and terminator
    /// operands).
    uses: Vec<u32>,
    /// Per value: the tagged operand its consumers read instead of a
    /// register, for values whose instruction is left out (`fold.rs`).
    folded: Vec<Option<Reg>>,
    /// Method calls: the `attr.get` results used only as the callee of a
    /// later `call` in their block, with the register that carries `self`
    /// from `load_method` to `call_method`.
    method_self: HashMap<ir::Value, Reg>,
    /// The pc where the block being emitted starts.
    block_pc: usize,
    /// Instructions another one does the work of (a loop's item store).
    skipped: Vec<ir::Inst>,
    /// How many edges (including exception edges) lead to each block.
    preds: Vec<u32>,
    /// A `truth` left out because the block's `branch` tests its operand
    /// directly (the branch computes truth itself): the truth's result,
    /// its operand, and its unwind target and location for the branch.
    elided_truth: Option<(ir::Value, ir::Value, Option<ir::Unwind>, ir::Loc)>,
}

/// An edge that needs moves, to be emitted as a stub after its terminator.
struct Stub {
    label: Label,
    moves: Vec<(Reg, Reg)>,
    target: ir::Block,
}

fn emit_function(module: &ir::Module, func: &ir::Function) -> Result<CodeObject, String> {
    let nvalues = u32::try_from(func.values.len())
        .ok()
        .filter(|&n| n < CONST_TAG)
        .ok_or("too many values")?;
    let mut e = Emitter {
        module,
        func,
        out: CodeObject {
            name: func.name.clone(),
            qualname: func.qualname.clone(),
            filename: module.filename.clone(),
            first_line: func.first_line,
            kind: func.kind,
            suspension: func.suspension,
            params: func.params,
            varnames: func.locals.clone(),
            cellvars: func.cellvars.clone(),
            freevars: func.freevars.clone(),
            doc: func.doc.clone(),
            nregs: nvalues,
            consts: Vec::new(),
            names: Vec::new(),
            operands: Vec::new(),
            code: Vec::new(),
            unwind: Vec::new(),
            handlers: Vec::new(),
            locs: Vec::new(),
            slot_types: Vec::new(),
        },
        label_pc: vec![None; func.blocks.len()],
        const_index: HashMap::new(),
        name_index: HashMap::new(),
        handler_index: HashMap::new(),
        staging: None,
        cycle: None,
        uses: use_counts(func),
        folded: Vec::new(),
        method_self: HashMap::new(),
        elided_truth: None,
        block_pc: 0,
        skipped: Vec::new(),
        preds: pred_counts(func),
    };
    e.folded = super::fold::folded_values(func, &e.uses)
        .into_iter()
        .map(|f| match f {
            Some(super::fold::Folded::Local(slot)) => Some(LOCAL_TAG | slot),
            Some(super::fold::Folded::Const(c)) => Some(CONST_TAG | e.intern_const(c)),
            None => None,
        })
        .collect();
    for (i, &b) in func.layout.iter().enumerate() {
        let next = func.layout.get(i + 1).copied();
        e.block(b, next)?;
    }
    e.finish()
}

impl<'a> Emitter<'a> {
    fn block(&mut self, b: ir::Block, next: Option<ir::Block>) -> Result<(), String> {
        let data = self
            .func
            .blocks
            .get(b.index())
            .ok_or_else(|| format!("{b} is not in the arena"))?;
        self.place(b.0);
        self.block_pc = self.out.code.len();
        self.find_method_calls(data);
        for &inst in &data.insts {
            let d = self
                .func
                .insts
                .get(inst.index())
                .ok_or_else(|| format!("{inst} is not in the arena"))?;
            if let (ir::Opcode::Truth, Some(v), Some((ir::Terminator::Branch { cond, .. }, _))) =
                (d.op, d.result, &data.term)
                && *cond == v
                && self.uses.get(v.index()) == Some(&1)
                && let Some(&operand) = d.args.first()
            {
                self.elided_truth = Some((v, operand, d.unwind, d.loc));
                continue;
            }
            if d.result.is_some_and(|v| self.is_folded(v)) || self.skipped.contains(&inst) {
                continue;
            }
            let mut cx = OpCx {
                e: self,
                inst: d,
                next_arg: 0,
            };
            let instr = Instr::from_ir(d.op, &mut cx)?;
            if cx.next_arg != d.args.len() {
                return Err(format!(
                    "{b}: {} takes {} operands, not {}",
                    d.op.name(),
                    cx.next_arg,
                    d.args.len()
                ));
            }
            let instr = self.method_call_form(instr, d);
            let unwind = self.unwind(d.unwind)?;
            self.push(instr, unwind, d.loc);
            self.clear_dead(data, d)?;
        }
        let Some((term, loc)) = &data.term else {
            return Err(format!("{b} has no terminator"));
        };
        self.terminator(term, *loc, next)
    }

    /// Finds the method calls of a block (see `method_self`) and gives
    /// each a register for its `self`.
    fn find_method_calls(&mut self, data: &ir::BlockData) {
        let insts: Vec<&ir::InstData> = data
            .insts
            .iter()
            .filter_map(|i| self.func.insts.get(i.index()))
            .collect();
        for (k, d) in insts.iter().enumerate() {
            let Some(v) = d.result else { continue };
            if d.op != ir::Opcode::AttrGet || self.uses.get(v.index()) != Some(&1) {
                continue;
            }
            let called = insts[k + 1..]
                .iter()
                .any(|c| c.op == ir::Opcode::Call && c.args.first() == Some(&v));
            if called {
                let r = self.out.nregs;
                self.out.nregs += 1;
                self.method_self.insert(v, r);
            }
        }
    }

    /// Rewrites the two halves of a method call into `load_method` and
    /// `call_method`.
    fn method_call_form(&self, instr: Instr, d: &ir::InstData) -> Instr {
        match instr {
            Instr::AttrGet { dst, name, obj } => {
                match d.result.and_then(|v| self.method_self.get(&v)) {
                    Some(&self_) => Instr::LoadMethod {
                        dst,
                        self_,
                        name,
                        obj,
                    },
                    None => instr,
                }
            }
            Instr::Call {
                dst,
                kwnames,
                callee,
                args,
            } => match d.args.first().and_then(|v| self.method_self.get(v)) {
                Some(&self_) => Instr::CallMethod {
                    dst,
                    kwnames,
                    callee,
                    self_,
                    args,
                },
                None => instr,
            },
            other => other,
        }
    }

    /// Emits `clear` for the registers `d` leaves dead that would
    /// otherwise keep an object alive: an unused result, and a value whose
    /// only use is this store into a variable or this call's operands (so
    /// `del x` frees it, and a callee's argument dies with the callee's
    /// last reference). Only values defined in the same block (by earlier
    /// instructions, or as its parameters for `store.fast`): a register
    /// reused on a later loop iteration is defined again first.
    fn clear_dead(&mut self, block: &ir::BlockData, d: &ir::InstData) -> Result<(), String> {
        if let Some(v) = d.result
            && self.uses.get(v.index()) == Some(&0)
        {
            let r = self.reg(v)?;
            self.push(Instr::Clear { dst: r }, NO_HANDLER, d.loc);
        }
        if !matches!(
            d.op,
            ir::Opcode::StoreFast
                | ir::Opcode::StoreName
                | ir::Opcode::StoreGlobal
                | ir::Opcode::StoreDeref
                | ir::Opcode::Call
        ) {
            return Ok(());
        }
        for &v in &d.args {
            if self.uses.get(v.index()) != Some(&1) || self.is_folded(v) {
                continue;
            }
            // A parameter of the block counts for a store into a local,
            // which then moves the value out at no cost.
            let param = d.op == ir::Opcode::StoreFast && block.params.contains(&v);
            let local = param
                || block.insts.iter().any(|&i| {
                    self.func
                        .insts
                        .get(i.index())
                        .is_some_and(|x| x.result == Some(v))
                });
            if local {
                let r = self.reg(v)?;
                // A store of a value used nowhere else moves it instead of
                // copying it and clearing the register after.
                if let Some(Instr::StoreFast { slot, src }) = self.out.code.last().copied()
                    && src == r
                {
                    // Right after the op that computes it, the op writes
                    // the local itself.
                    if self.result_into_local(r, slot) {
                        continue;
                    }
                    if let Some(last) = self.out.code.last_mut() {
                        *last = Instr::StoreFastMove { slot, src };
                    }
                    continue;
                }
                self.push(Instr::Clear { dst: r }, NO_HANDLER, d.loc);
            }
        }
        Ok(())
    }

    /// The compare-and-branch that replaces the block's last instruction,
    /// when that is the comparison `v` (in register `cond`) whose only use
    /// is the branch's elided `truth`, and a raise in the truth would go
    /// where the comparison's goes (`unwind`).
    fn fused_compare(
        &self,
        v: ir::Value,
        cond: Reg,
        unwind: u32,
        then: u32,
        else_: u32,
    ) -> Option<Instr> {
        if self.uses.get(v.index()) != Some(&1)
            || self.out.code.len() <= self.block_pc
            || self.out.unwind.last() != Some(&unwind)
        {
            return None;
        }
        Some(match *self.out.code.last()? {
            Instr::Lt { dst, a, b } if dst == cond => Instr::BranchLt { a, b, then, else_ },
            Instr::Le { dst, a, b } if dst == cond => Instr::BranchLe { a, b, then, else_ },
            Instr::Eq { dst, a, b } if dst == cond => Instr::BranchEq { a, b, then, else_ },
            Instr::Ne { dst, a, b } if dst == cond => Instr::BranchNe { a, b, then, else_ },
            Instr::Gt { dst, a, b } if dst == cond => Instr::BranchGt { a, b, then, else_ },
            Instr::Ge { dst, a, b } if dst == cond => Instr::BranchGe { a, b, then, else_ },
            _ => return None,
        })
    }

    /// For a `for_iter` whose `next` edge (label `label`) goes straight to a
    /// block not yet emitted, reached from nowhere else, that starts by
    /// storing the item (used nowhere else) into a local: that store and
    /// the local's slot, so the loop writes the item into the local.
    fn item_store(&self, next: &ir::BlockCall, label: Label) -> Option<(ir::Inst, u32)> {
        let data = self.func.blocks.get(next.block.index())?;
        let (&item, &first) = (data.params.first()?, data.insts.first()?);
        let store = self.func.insts.get(first.index())?;
        let ir::Imm::Name(name) = &store.imm else {
            return None;
        };
        let placed = self
            .label_pc
            .get(next.block.index())
            .is_none_or(Option::is_some);
        (label == next.block.0
            && !placed
            && self.preds.get(next.block.index()) == Some(&1)
            && store.op == ir::Opcode::StoreFast
            && store.args.first() == Some(&item)
            && self.uses.get(item.index()) == Some(&1))
        .then_some(())?;
        let slot = self.func.locals.iter().position(|l| l == name)?;
        Some((first, slot as u32))
    }

    /// When the instruction before the last is the IR op whose result is
    /// `r` and the last stores `r` into `slot`, makes the op write the
    /// local and drops the store.
    fn result_into_local(&mut self, r: Reg, slot: u32) -> bool {
        let n = self.out.code.len();
        let Some(def) = n.checked_sub(2).and_then(|i| self.out.code.get_mut(i)) else {
            return false;
        };
        let mut hit = false;
        def.for_each_op_dst_mut(|d| {
            if *d == r {
                *d = LOCAL_TAG | slot;
                hit = true;
            }
        });
        if hit {
            self.out.code.pop();
            self.out.unwind.pop();
            self.out.locs.pop();
        }
        hit
    }

    fn terminator(
        &mut self,
        term: &ir::Terminator,
        loc: ir::Loc,
        next: Option<ir::Block>,
    ) -> Result<(), String> {
        use ir::Terminator as T;
        let mut stubs = Vec::new();
        match term {
            T::Jump(call) => {
                let moves = self.moves(call, 0)?;
                self.parallel_move(moves, loc);
                if Some(call.block) != next {
                    self.push(
                        Instr::Jump {
                            target: call.block.0,
                        },
                        NO_HANDLER,
                        loc,
                    );
                }
            }
            T::Branch {
                cond,
                then_dest,
                else_dest,
            } => {
                let (cond, unwind, loc, tested) = match self.elided_truth.take() {
                    Some((v, operand, unwind, tloc)) if v == *cond => (
                        self.reg(operand)?,
                        self.unwind(unwind)?,
                        tloc,
                        Some(operand),
                    ),
                    _ => (self.reg(*cond)?, NO_HANDLER, loc, None),
                };
                let then = self.edge(then_dest, false, &mut stubs)?.0;
                let else_ = self.edge(else_dest, false, &mut stubs)?.0;
                let fused = tested.and_then(|v| self.fused_compare(v, cond, unwind, then, else_));
                match fused {
                    Some(instr) => {
                        if let Some(last) = self.out.code.last_mut() {
                            *last = instr;
                        }
                    }
                    None => self.push(Instr::BranchIf { cond, then, else_ }, unwind, loc),
                }
            }
            T::Return(v) => {
                let src = self.reg(*v)?;
                self.push(Instr::Return { src }, NO_HANDLER, loc);
            }
            T::Raise { exc, cause, unwind } => {
                let exc = exc.map(|v| self.reg(v)).transpose()?;
                let cause = cause.map(|v| self.reg(v)).transpose()?;
                let unwind = self.unwind(Some(*unwind))?;
                self.push(Instr::Raise { exc, cause }, unwind, loc);
            }
            T::Reraise { exc, unwind } => {
                let exc = self.reg(*exc)?;
                let unwind = self.unwind(Some(*unwind))?;
                self.push(Instr::Reraise { exc }, unwind, loc);
            }
            T::ForIter {
                iter,
                next: next_call,
                done,
                unwind,
            } => {
                let iter = self.reg(*iter)?;
                let (next_label, dst) = self.edge(next_call, true, &mut stubs)?;
                let (done_label, _) = self.edge(done, false, &mut stubs)?;
                let unwind = self.unwind(Some(*unwind))?;
                let dst = dst.ok_or("for_iter target has no parameter")?;
                let dst = match self.item_store(next_call, next_label) {
                    Some((store, slot)) => {
                        self.skipped.push(store);
                        LOCAL_TAG | slot
                    }
                    None => dst,
                };
                let instr = Instr::ForIter {
                    dst,
                    iter,
                    next: next_label,
                    done: done_label,
                };
                self.push(instr, unwind, loc);
            }
            T::Yield {
                value,
                resume,
                unwind,
            } => {
                let src = self.reg(*value)?;
                let (resume, dst) = self.edge(resume, true, &mut stubs)?;
                let unwind = self.unwind(Some(*unwind))?;
                let dst = dst.ok_or("yield target has no parameter")?;
                self.push(Instr::Yield { dst, src, resume }, unwind, loc);
            }
            T::Send {
                iter,
                value: v,
                yielded,
                returned,
                unwind,
            }
            | T::Throw {
                iter,
                exc: v,
                yielded,
                returned,
                unwind,
            } => {
                let iter = self.reg(*iter)?;
                let v = self.reg(*v)?;
                let (yielded, yielded_dst) = self.edge(yielded, true, &mut stubs)?;
                let (returned, returned_dst) = self.edge(returned, true, &mut stubs)?;
                let yielded_dst = yielded_dst.ok_or("yielded target has no parameter")?;
                let returned_dst = returned_dst.ok_or("returned target has no parameter")?;
                let unwind = self.unwind(Some(*unwind))?;
                let instr = if matches!(term, T::Send { .. }) {
                    Instr::Send {
                        iter,
                        value: v,
                        yielded,
                        yielded_dst,
                        returned,
                        returned_dst,
                    }
                } else {
                    Instr::Throw {
                        iter,
                        exc: v,
                        yielded,
                        yielded_dst,
                        returned,
                        returned_dst,
                    }
                };
                self.push(instr, unwind, loc);
            }
            T::Unreachable => self.push(Instr::Unreachable {}, NO_HANDLER, loc),
        }
        for (i, stub) in stubs.iter().enumerate() {
            self.place(stub.label);
            self.parallel_move(stub.moves.clone(), loc);
            // The last stub may fall through into the next block.
            if !(i + 1 == stubs.len() && Some(stub.target) == next) {
                self.push(
                    Instr::Jump {
                        target: stub.target.0,
                    },
                    NO_HANDLER,
                    loc,
                );
            }
        }
        Ok(())
    }

    /// The label of one edge of a terminator: the target block itself when
    /// the edge needs no moves, else a new stub. With `implicit`, the
    /// target's first parameter receives a value from the instruction;
    /// the register it writes is returned: the parameter's own register,
    /// or the staging register when the explicit moves read the parameter.
    fn edge(
        &mut self,
        call: &ir::BlockCall,
        implicit: bool,
        stubs: &mut Vec<Stub>,
    ) -> Result<(Label, Option<Reg>), String> {
        let skip = usize::from(implicit);
        let mut moves = self.moves(call, skip)?;
        let mut dst = None;
        if implicit {
            let param = self.param_reg(call.block, 0)?;
            if moves.iter().any(|&(_, src)| src == param) {
                let staging = self.staging();
                moves.push((param, staging));
                dst = Some(staging);
            } else {
                dst = Some(param);
            }
        }
        if moves.is_empty() {
            return Ok((call.block.0, dst));
        }
        let label = self.label_pc.len() as Label;
        self.label_pc.push(None);
        stubs.push(Stub {
            label,
            moves,
            target: call.block,
        });
        Ok((label, dst))
    }

    /// The `(dst, src)` moves of a block call's arguments into the target's
    /// parameters from index `skip` on (identity moves dropped).
    fn moves(&self, call: &ir::BlockCall, skip: usize) -> Result<Vec<(Reg, Reg)>, String> {
        let params = &self
            .func
            .blocks
            .get(call.block.index())
            .ok_or_else(|| format!("{} is not in the arena", call.block))?
            .params;
        if params.len() != call.args.len() + skip {
            return Err(format!(
                "{} takes {} arguments, not {}",
                call.block,
                params.len().saturating_sub(skip),
                call.args.len()
            ));
        }
        let mut moves = Vec::new();
        for (&param, &arg) in params[skip..].iter().zip(&call.args) {
            let (dst, src) = (self.reg(param)?, self.reg(arg)?);
            if dst != src {
                moves.push((dst, src));
            }
        }
        Ok(moves)
    }

    /// Emits a parallel copy: every destination gets the value its source
    /// held before any of the moves.
    fn parallel_move(&mut self, pending: Vec<(Reg, Reg)>, loc: ir::Loc) {
        if pending.is_empty() {
            return;
        }
        let seq = sequence_moves(pending);
        // The scratch register is allocated only if a cycle needed it.
        let tmp = seq.iter().any(|(d, s)| d.1 || s.1).then(|| self.cycle());
        for (dst, src) in seq {
            let fix = |r: Reg, is_tmp: bool| if is_tmp { tmp.unwrap_or(r) } else { r };
            self.push(
                Instr::Move {
                    dst: fix(dst.0, dst.1),
                    src: fix(src.0, src.1),
                },
                NO_HANDLER,
                loc,
            );
        }
    }

    fn staging(&mut self) -> Reg {
        if let Some(r) = self.staging {
            return r;
        }
        let r = self.out.nregs;
        self.out.nregs += 1;
        self.staging = Some(r);
        r
    }

    fn cycle(&mut self) -> Reg {
        if let Some(r) = self.cycle {
            return r;
        }
        let r = self.out.nregs;
        self.out.nregs += 1;
        self.cycle = Some(r);
        r
    }

    fn param_reg(&self, b: ir::Block, i: usize) -> Result<Reg, String> {
        let v = self
            .func
            .blocks
            .get(b.index())
            .and_then(|d| d.params.get(i))
            .ok_or_else(|| format!("{b} has no parameter {i}"))?;
        self.reg(*v)
    }

    /// The operand that reads `v`: its register, or where a left-out
    /// value is read in place.
    fn reg(&self, v: ir::Value) -> Result<Reg, String> {
        if let Some(Some(r)) = self.folded.get(v.index()) {
            return Ok(*r);
        }
        if v.index() < self.func.values.len() {
            Ok(v.0)
        } else {
            Err(format!("{v} is not defined"))
        }
    }

    fn is_folded(&self, v: ir::Value) -> bool {
        matches!(self.folded.get(v.index()), Some(Some(_)))
    }

    fn unwind(&mut self, unwind: Option<ir::Unwind>) -> Result<u32, String> {
        let Some(ir::Unwind::Handler(b)) = unwind else {
            return Ok(NO_HANDLER);
        };
        if let Some(&i) = self.handler_index.get(&b) {
            return Ok(i);
        }
        let params = self
            .func
            .blocks
            .get(b.index())
            .map(|d| d.params.as_slice())
            .unwrap_or_default();
        let [exc] = params else {
            return Err(format!("handler {b} must have exactly one parameter"));
        };
        let exc = self.reg(*exc)?;
        let i = self.out.handlers.len() as u32;
        // The pc is filled in by `finish`, once the block is placed.
        self.out.handlers.push(Handler { pc: b.0, exc });
        self.handler_index.insert(b, i);
        Ok(i)
    }

    fn place(&mut self, label: Label) {
        let pc = self.out.code.len() as u32;
        if let Some(slot) = self.label_pc.get_mut(label as usize) {
            *slot = Some(pc);
        }
    }

    fn push(&mut self, instr: Instr, unwind: u32, loc: ir::Loc) {
        self.out.code.push(instr);
        self.out.unwind.push(unwind);
        self.out.locs.push(loc);
    }

    /// Resolves labels to pcs and tagged operands to addresses.
    fn finish(mut self) -> Result<CodeObject, String> {
        self.compact_registers();
        let nregs = self.out.nregs;
        let nlocals = self.out.varnames.len() as u32;
        if nregs >= CONST_TAG || nlocals >= CONST_TAG {
            return Err("too many registers".into());
        }
        let address = |r: &mut Reg| {
            if *r & LOCAL_TAG != 0 {
                *r = nregs + (*r & !LOCAL_TAG);
            } else if *r & CONST_TAG != 0 {
                *r = nregs + nlocals + (*r & !CONST_TAG);
            }
        };
        self.out.operands.iter_mut().for_each(address);
        for instr in &mut self.out.code {
            instr.for_each_read_mut(address);
            instr.for_each_dst_mut(address);
        }
        let label_pc = &self.label_pc;
        let mut missing = None;
        let mut resolve = |t: &mut u32| match label_pc.get(*t as usize).copied().flatten() {
            Some(pc) => *t = pc,
            None => missing = Some(*t),
        };
        for instr in &mut self.out.code {
            instr.for_each_target_mut(&mut resolve);
        }
        for h in &mut self.out.handlers {
            resolve(&mut h.pc);
        }
        if let Some(label) = missing {
            return Err(format!("block{label} is not in the layout"));
        }
        thread_jumps(&mut self.out.code);
        Ok(self.out)
    }

    /// Renumbers the registers the code uses densely, in order of first
    /// mention: values read in place and instructions left out leave
    /// holes, and every register costs a call its initialization and
    /// release.
    fn compact_registers(&mut self) {
        let mut map = vec![u32::MAX; self.out.nregs as usize];
        let mut next = 0;
        let mut visit = |r: &mut Reg| {
            if *r & (LOCAL_TAG | CONST_TAG) != 0 {
                return;
            }
            if let Some(m) = map.get_mut(*r as usize) {
                if *m == u32::MAX {
                    *m = next;
                    next += 1;
                }
                *r = *m;
            }
        };
        for instr in &mut self.out.code {
            instr.for_each_reg_mut(&mut visit);
        }
        self.out.operands.iter_mut().for_each(&mut visit);
        for h in &mut self.out.handlers {
            visit(&mut h.exc);
        }
        self.out.nregs = next;
        self.slot_types(&map);
    }

    /// The types of the compacted registers (register `n` held value
    /// `vn` before `map`) and of the fast locals, when inference found any.
    fn slot_types(&mut self, map: &[u32]) {
        let mut types = vec![ir::Type::Object; self.out.nregs as usize];
        for (old, &new) in map.iter().enumerate() {
            if let (Some(t), Some(vd)) = (types.get_mut(new as usize), self.func.values.get(old)) {
                *t = vd.ty;
            }
        }
        types.extend((0..self.func.locals.len()).map(|i| {
            self.func
                .local_types
                .get(i)
                .copied()
                .unwrap_or(ir::Type::Object)
        }));
        if types.iter().any(|&t| t != ir::Type::Object) {
            self.out.slot_types = types;
        }
    }

    fn intern_const(&mut self, c: &ir::Const) -> u32 {
        let key = format!("{c:?}");
        if let Some(&i) = self.const_index.get(&key) {
            return i;
        }
        let i = self.out.consts.len() as u32;
        self.out.consts.push(c.clone());
        self.const_index.insert(key, i);
        i
    }

    fn intern_name(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.name_index.get(name) {
            return i;
        }
        let i = self.out.names.len() as u32;
        self.out.names.push(name.to_string());
        self.name_index.insert(name.to_string(), i);
        i
    }
}

/// Sends every jump target that lands on a forward `jump` straight on to
/// where that jump goes (an empty join block costs a dispatch otherwise).
/// Only forward jumps are skipped: a backward one checks for Ctrl-C, which
/// a loop must keep doing.
fn thread_jumps(code: &mut [Instr]) {
    let forward = |code: &[Instr], pc: u32| match code.get(pc as usize) {
        Some(Instr::Jump { target }) if *target > pc => Some(*target),
        _ => None,
    };
    for pc in 0..code.len() {
        let mut instr = code[pc];
        instr.for_each_target_mut(|t| {
            // Each step moves forward, so the chain ends.
            while let Some(next) = forward(code, *t) {
                *t = next;
            }
        });
        code[pc] = instr;
    }
}

/// A register in a move sequence: `(register, whether it is the scratch
/// register)`.
type SeqReg = (Reg, bool);

/// How many edges lead to each block of `func` (each instruction's
/// exception edge counts).
fn pred_counts(func: &ir::Function) -> Vec<u32> {
    let mut preds = vec![0u32; func.blocks.len()];
    let mut count = |b: ir::Block| {
        if let Some(n) = preds.get_mut(b.index()) {
            *n += 1;
        }
    };
    for &b in &func.layout {
        let Some(data) = func.blocks.get(b.index()) else {
            continue;
        };
        for &i in &data.insts {
            if let Some(ir::Unwind::Handler(h)) = func.insts.get(i.index()).and_then(|d| d.unwind) {
                count(h);
            }
        }
        if let Some((term, _)) = &data.term {
            term.for_each_successor(&mut count);
        }
    }
    preds
}

/// How many times each value of `func` is used.
fn use_counts(func: &ir::Function) -> Vec<u32> {
    let mut uses = vec![0u32; func.values.len()];
    let mut count = |v: ir::Value| {
        if let Some(n) = uses.get_mut(v.index()) {
            *n += 1;
        }
    };
    for &b in &func.layout {
        let Some(data) = func.blocks.get(b.index()) else {
            continue;
        };
        for &i in &data.insts {
            if let Some(d) = func.insts.get(i.index()) {
                d.args.iter().for_each(|&v| count(v));
            }
        }
        if let Some((term, _)) = &data.term {
            term.values().into_iter().for_each(&mut count);
        }
    }
    uses
}

/// Orders the moves of a parallel copy (`(dst, src)` pairs, destinations
/// distinct) into a sequence of plain moves with the same effect, using
/// one scratch register (marked `true`) to break cycles.
fn sequence_moves(pending: Vec<(Reg, Reg)>) -> Vec<(SeqReg, SeqReg)> {
    let mut pending: Vec<(SeqReg, SeqReg)> = pending
        .into_iter()
        .filter(|(d, s)| d != s)
        .map(|(d, s)| ((d, false), (s, false)))
        .collect();
    let mut out = Vec::with_capacity(pending.len() + 1);
    while !pending.is_empty() {
        // A move whose destination no other pending move reads is safe.
        let ready = pending
            .iter()
            .position(|&(dst, _)| pending.iter().all(|&(_, src)| src != dst));
        match ready {
            Some(i) => out.push(pending.remove(i)),
            None => {
                // Only cycles remain: save one destination's value in the
                // scratch register and read it from there. The scratch
                // register is free again once that move has run, because
                // the cycle is then a chain.
                let (dst, _) = pending[0];
                let tmp = (0, true);
                out.push((tmp, dst));
                for m in &mut pending {
                    if m.1 == dst {
                        m.1 = tmp;
                    }
                }
            }
        }
    }
    out
}

/// The operand source of one IR instruction, consumed field by field by
/// `Instr::from_ir` in the order of the `instrs!` table. Each method is an
/// operand kind of the table.
pub(super) struct OpCx<'e, 'a> {
    e: &'e mut Emitter<'a>,
    inst: &'a ir::InstData,
    next_arg: usize,
}

impl OpCx<'_, '_> {
    fn err<T>(&self, what: &str) -> Result<T, String> {
        Err(self.error(what))
    }

    fn error(&self, what: &str) -> String {
        format!("{}: {what}", self.inst.op.name())
    }

    fn name_imm(&self) -> Result<&str, String> {
        match &self.inst.imm {
            ir::Imm::Name(n) => Ok(n),
            ir::Imm::Import { name, .. } => Ok(name),
            _ => self.err("expected a name immediate"),
        }
    }

    pub(super) fn dst(&mut self) -> Result<Reg, String> {
        match self.inst.result {
            Some(v) => self.e.reg(v).map_err(|m| self.error(&m)),
            None => self.err("has no result"),
        }
    }

    pub(super) fn arg(&mut self) -> Result<Reg, String> {
        match self.inst.args.get(self.next_arg) {
            Some(&v) => {
                self.next_arg += 1;
                self.e.reg(v).map_err(|m| self.error(&m))
            }
            None => self.err("too few operands"),
        }
    }

    pub(super) fn opt_arg(&mut self) -> Result<Option<Reg>, String> {
        if self.next_arg < self.inst.args.len() {
            self.arg().map(Some)
        } else {
            Ok(None)
        }
    }

    pub(super) fn args(&mut self) -> Result<ArgRange, String> {
        let start = self.e.out.operands.len() as u32;
        while self.next_arg < self.inst.args.len() {
            let r = self.arg()?;
            self.e.out.operands.push(r);
        }
        Ok(ArgRange {
            start,
            len: self.e.out.operands.len() as u32 - start,
        })
    }

    pub(super) fn local(&mut self) -> Result<u32, String> {
        let name = self.name_imm()?;
        match self.e.func.locals.iter().position(|l| l == name) {
            Some(i) => Ok(i as u32),
            None => self.err(&format!("{name:?} is not a local")),
        }
    }

    pub(super) fn cell(&mut self) -> Result<u32, String> {
        let name = self.name_imm()?;
        let f = self.e.func;
        if let Some(i) = f.cellvars.iter().position(|c| c == name) {
            return Ok(i as u32);
        }
        match f.freevars.iter().position(|c| c == name) {
            Some(i) => Ok((f.cellvars.len() + i) as u32),
            None => self.err(&format!("{name:?} is not a cell or free variable")),
        }
    }

    pub(super) fn free(&mut self) -> Result<u32, String> {
        let name = self.name_imm()?;
        let f = self.e.func;
        match f.freevars.iter().position(|c| c == name) {
            Some(i) => Ok((f.cellvars.len() + i) as u32),
            None => self.err(&format!("{name:?} is not a free variable")),
        }
    }

    pub(super) fn name(&mut self) -> Result<u32, String> {
        let name = self.name_imm()?.to_string();
        Ok(self.e.intern_name(&name))
    }

    pub(super) fn konst(&mut self) -> Result<u32, String> {
        match &self.inst.imm {
            ir::Imm::Const(c) => Ok(self.e.intern_const(c)),
            _ => self.err("expected a constant immediate"),
        }
    }

    pub(super) fn kwnames(&mut self) -> Result<Option<u32>, String> {
        let names = match &self.inst.imm {
            ir::Imm::Keywords(k) => k,
            ir::Imm::ClassPattern { keywords, .. } => keywords,
            _ => return self.err("expected keyword names"),
        };
        if names.is_empty() {
            return Ok(None);
        }
        let tuple = ir::Const::Tuple(names.iter().map(|n| ir::Const::Str(n.clone())).collect());
        Ok(Some(self.e.intern_const(&tuple)))
    }

    pub(super) fn func(&mut self) -> Result<u32, String> {
        match &self.inst.imm {
            ir::Imm::Func(id) if id.index() < self.e.module.functions.len() => Ok(id.0),
            ir::Imm::Func(id) => self.err(&format!("{id} does not exist")),
            _ => self.err("expected a function immediate"),
        }
    }

    pub(super) fn count(&mut self) -> Result<u32, String> {
        match &self.inst.imm {
            ir::Imm::Count(n) | ir::Imm::Pair(n, _) => Ok(*n),
            ir::Imm::Import { level, .. } => Ok(*level),
            ir::Imm::ClassPattern { positional, .. } => Ok(*positional),
            _ => self.err("expected a count immediate"),
        }
    }

    pub(super) fn count_b(&mut self) -> Result<u32, String> {
        match &self.inst.imm {
            ir::Imm::Pair(_, n) => Ok(*n),
            _ => self.err("expected a pair immediate"),
        }
    }

    pub(super) fn conv(&mut self) -> Result<u32, String> {
        match &self.inst.imm {
            ir::Imm::Conversion(None) => Ok(0),
            ir::Imm::Conversion(Some('s')) => Ok(1),
            ir::Imm::Conversion(Some('r')) => Ok(2),
            ir::Imm::Conversion(Some('a')) => Ok(3),
            _ => self.err("expected a conversion immediate"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs a move sequence on a register file (index `regs.len() - 1` is
    /// the scratch register).
    fn run(regs: &mut [u32], seq: &[(SeqReg, SeqReg)]) {
        let scratch = regs.len() - 1;
        let at = |r: SeqReg| if r.1 { scratch } else { r.0 as usize };
        for &(dst, src) in seq {
            regs[at(dst)] = regs[at(src)];
        }
    }

    #[test]
    fn parallel_moves_match_simultaneous_assignment() {
        let mut seed = 0x2545_f491_u64;
        let mut rand = |n: u32| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((seed >> 33) % u64::from(n)) as u32
        };
        for _ in 0..2000 {
            let n = 1 + rand(8);
            // Distinct destinations, arbitrary sources.
            let mut dsts: Vec<u32> = (0..n).collect();
            for i in (1..dsts.len()).rev() {
                let j = rand(i as u32 + 1) as usize;
                dsts.swap(i, j);
            }
            let count = 1 + rand(n) as usize;
            let moves: Vec<(Reg, Reg)> = dsts[..count].iter().map(|&d| (d, rand(n))).collect();
            let mut regs: Vec<u32> = (100..100 + n).chain([0]).collect();
            let mut expected = regs.clone();
            for &(d, s) in &moves {
                expected[d as usize] = regs[s as usize];
            }
            let seq = sequence_moves(moves.clone());
            run(&mut regs, &seq);
            let scratch = regs.len() - 1;
            regs[scratch] = 0;
            expected[scratch] = 0;
            assert_eq!(regs, expected, "moves {moves:?} sequenced as {seq:?}");
        }
    }
}
