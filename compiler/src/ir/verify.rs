//! The verifier: checks the invariants every pass may rely on.
//!
//! It reports every violation it finds (not just the first), each at an IR
//! entity: `@1 block3 v7: ...` names the function, the block and the
//! instruction (by its result, or as `instN` when it has none; `N` counts
//! instructions in textual order when the IR was read from text) or
//! `terminator`. It never panics, whatever the module holds.
//!
//! # Invariants
//!
//! Module:
//! - there is at least one function; `@0` has kind `module` and no other
//!   function has.
//!
//! Function:
//! - `params.posonly <= params.positional`, and `locals` holds at least the
//!   `params.count()` parameter names;
//! - no name appears twice in `locals`, in `cellvars` or in `freevars`;
//! - `local_types` is empty or has one boxed type per `locals` slot;
//! - the layout is non-empty, names blocks of the arena, each once;
//! - the entry block has no parameters (arguments arrive in `locals`).
//!
//! Blocks:
//! - every block in the layout has a terminator;
//! - every instruction of a block exists in the arena and belongs to one
//!   block only, once.
//!
//! Values:
//! - every value is defined once: as a parameter of one block or the result
//!   of one instruction, and the value table agrees (`ValueDef::Param(b, i)`
//!   for the `i`th parameter of `b`, `ValueDef::Inst(i)` for the result of
//!   `i`);
//! - every use names a value defined in a block of the layout;
//! - every use in a reachable block is dominated by its definition (see
//!   "Dominance" below); uses in unreachable blocks are only checked for
//!   existence.
//!
//! Instructions:
//! - the operand count follows the op's `Arity`; `format` takes one or two
//!   operands, `dict.build` an even number, `call` at least the callee and
//!   one value per keyword name;
//! - the immediate has the op's `ImmKind`; a conversion is `s`, `r` or `a`;
//! - there is a result exactly when the op's `ResultKind` is not `Nothing`;
//!   its type is the op's (for `const`: the constant's), or `object` when
//!   that type is boxed, or any boxed type when the op's is `object` (a
//!   refinement by inference);
//! - the unwind target is present exactly when the op can raise
//!   (`info().raises`);
//! - no operand is unboxed (`i64`, `f64`): every op takes objects;
//! - `load.fast`/`store.fast`/`del.fast` name a `locals` slot;
//!   `load.deref`/`store.deref`/`del.deref`/`load.closure` a `cellvars` or
//!   `freevars` name; `load.classderef` a `freevars` name; with
//!   `local_types`, a stored value fits its slot's type and a loaded one
//!   has it (or `object`);
//! - `function.make` names an existing function other than `@0`.
//!
//! Terminators and edges:
//! - every target (block call or handler) is a block of the layout;
//! - a block call passes as many arguments as the target has parameters,
//!   each fitting (`Type::fits`) its parameter's type, except that the
//!   `next` target of `for_iter`, the `resume` target of `yield` and the
//!   `yielded`/`returned` targets of `send`/`throw` first receive one
//!   implicit value (the item, the sent value, the yielded or returned
//!   value) in a leading parameter, which must be boxed;
//! - a handler block (an `Unwind::Handler` target) has exactly one
//!   parameter, of type `object`, which receives the exception;
//! - the condition of `branch` is a `bool`; values returned, raised,
//!   yielded, sent, thrown or iterated are boxed;
//! - `yield`, `send` and `throw` appear only in functions whose suspension
//!   is not `plain`.
//!
//! # Dominance
//!
//! Dominators are computed (Cooper, Harvey and Kennedy's iterative
//! algorithm) over a graph finer than the blocks: each block is split after
//! every instruction that unwinds to a handler, so a node is a *segment* of
//! a block. A raising instruction ends its segment; the segment has an
//! edge to the handler (the exception leaves before the instruction's
//! result exists) and one to the next segment, where the result is
//! defined. The terminator's edges, unwind included, leave from the last
//! segment. So a handler may use a block parameter of the raising block and
//! the results of instructions *before* the raising one, but never the
//! result of the raising instruction or of later ones, unless another path
//! makes them dominate. Within a segment a use must come after its
//! definition.

use std::fmt;

use super::entities::{Block, FuncId, Inst, Value};
use super::function::{BlockCall, Function, Imm, InstData, Module, Terminator, Unwind, ValueDef};
use super::function::{FunctionKind, Suspension};
use super::ops::{Arity, ImmKind, Opcode, ResultKind};
use super::types::Type;

/// What inside a block an error is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entity {
    /// An instruction without a result.
    Inst(Inst),
    /// An instruction's result, or a block parameter.
    Value(Value),
    /// The block's terminator.
    Terminator,
}

/// One violated invariant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifyError {
    /// The function.
    pub func: FuncId,
    /// The block, for errors inside one.
    pub block: Option<Block>,
    /// The instruction, value or terminator, for errors about one.
    pub entity: Option<Entity>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.func)?;
        if let Some(b) = self.block {
            write!(f, " {b}")?;
        }
        match self.entity {
            Some(Entity::Inst(i)) => write!(f, " {i}")?,
            Some(Entity::Value(v)) => write!(f, " {v}")?,
            Some(Entity::Terminator) => write!(f, " terminator")?,
            None => {}
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for VerifyError {}

/// Checks every invariant listed in the module doc.
pub fn verify_module(m: &Module) -> Result<(), Vec<VerifyError>> {
    let mut errors = Vec::new();
    if m.functions.is_empty() {
        errors.push(VerifyError {
            func: FuncId(0),
            block: None,
            entity: None,
            message: "the module has no functions; @0 must be its body".into(),
        });
    }
    for (i, f) in m.functions.iter().enumerate() {
        let mut v = FuncVerifier::new(m, FuncId(i as u32), f, &mut errors);
        v.run();
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Where a value is defined or used: a segment of a block and a position
/// in it (0 for block parameters, 1 + the index for instructions, `u32::MAX`
/// for the terminator).
#[derive(Clone, Copy, Debug)]
struct Site {
    node: usize,
    pos: u32,
}

const TERM_POS: u32 = u32::MAX;

struct FuncVerifier<'a> {
    m: &'a Module,
    id: FuncId,
    f: &'a Function,
    errors: &'a mut Vec<VerifyError>,
    /// The blocks of the layout that are valid indices, in layout order.
    blocks: Vec<Block>,
    in_layout: Vec<bool>,
    /// The first node of each block.
    first_node: Vec<usize>,
    /// The number of nodes of each block.
    node_count: Vec<usize>,
    defs: Vec<Option<Site>>,
    doms: Option<DomTree>,
}

impl<'a> FuncVerifier<'a> {
    fn new(m: &'a Module, id: FuncId, f: &'a Function, errors: &'a mut Vec<VerifyError>) -> Self {
        FuncVerifier {
            m,
            id,
            f,
            errors,
            blocks: Vec::new(),
            in_layout: vec![false; f.blocks.len()],
            first_node: vec![0; f.blocks.len()],
            node_count: vec![0; f.blocks.len()],
            defs: vec![None; f.values.len()],
            doms: None,
        }
    }

    fn error(&mut self, block: Option<Block>, entity: Option<Entity>, message: impl Into<String>) {
        self.errors.push(VerifyError {
            func: self.id,
            block,
            entity,
            message: message.into(),
        });
    }

    fn run(&mut self) {
        self.check_header();
        self.check_layout();
        if self.blocks.is_empty() {
            return;
        }
        self.collect_definitions();
        self.doms = Some(self.dominators());
        for b in self.blocks.clone() {
            self.check_block(b);
        }
    }

    fn check_header(&mut self) {
        let f = self.f;
        let is_body = self.id == FuncId(0);
        if is_body != (f.kind == FunctionKind::Module) {
            let msg = if is_body {
                format!("@0 is the module body but has kind {}", f.kind.name())
            } else {
                "only @0 may have kind module".to_string()
            };
            self.error(None, None, msg);
        }
        let p = f.params;
        if p.posonly > p.positional {
            self.error(
                None,
                None,
                "more positional-only parameters than positional ones",
            );
        }
        if f.locals.len() < p.count() {
            self.error(
                None,
                None,
                format!(
                    "{} parameters but only {} locals",
                    p.count(),
                    f.locals.len()
                ),
            );
        }
        if !f.local_types.is_empty() && f.local_types.len() != f.locals.len() {
            let msg = format!(
                "{} local types for {} locals",
                f.local_types.len(),
                f.locals.len()
            );
            self.error(None, None, msg);
        }
        if let Some(t) = f.local_types.iter().find(|t| t.is_unboxed()) {
            self.error(None, None, format!("a local slot is unboxed ({t})"));
        }
        for (label, names) in [
            ("locals", &f.locals),
            ("cellvars", &f.cellvars),
            ("freevars", &f.freevars),
        ] {
            for (i, n) in names.iter().enumerate() {
                if names[..i].contains(n) {
                    self.error(None, None, format!("{n:?} appears twice in {label}"));
                }
            }
        }
    }

    fn check_layout(&mut self) {
        if self.f.layout.is_empty() {
            self.error(None, None, "the function has no blocks");
        }
        for &b in &self.f.layout {
            if b.index() >= self.f.blocks.len() {
                self.error(
                    Some(b),
                    None,
                    "the layout names a block that does not exist",
                );
            } else if self.in_layout[b.index()] {
                self.error(Some(b), None, "the block appears twice in the layout");
            } else {
                self.in_layout[b.index()] = true;
                self.blocks.push(b);
            }
        }
        if let Some(&entry) = self.blocks.first()
            && !self.f.blocks[entry.index()].params.is_empty()
        {
            self.error(Some(entry), None, "the entry block has parameters");
        }
    }

    /// Records where each value is defined, numbering the segments of each
    /// block, and checks that values are defined once and that the value
    /// table agrees.
    fn collect_definitions(&mut self) {
        let f = self.f;
        let mut inst_seen = vec![false; f.insts.len()];
        let mut next_node = 0;
        for b in self.blocks.clone() {
            let data = &f.blocks[b.index()];
            self.first_node[b.index()] = next_node;
            let mut node = next_node;
            for (i, &v) in data.params.iter().enumerate() {
                let site = Site { node, pos: 0 };
                self.define(b, Entity::Value(v), v, ValueDef::Param(b, i as u32), site);
            }
            if data.term.is_none() {
                self.error(Some(b), None, "the block has no terminator");
            }
            for (pos, &inst) in data.insts.iter().enumerate() {
                let Some(idata) = f.insts.get(inst.index()) else {
                    self.error(Some(b), Some(Entity::Inst(inst)), "no such instruction");
                    continue;
                };
                let twice = std::mem::replace(&mut inst_seen[inst.index()], true);
                if twice {
                    let msg = "the instruction appears twice in the layout";
                    self.error(Some(b), Some(Entity::Inst(inst)), msg);
                }
                if matches!(idata.unwind, Some(Unwind::Handler(_))) {
                    node += 1;
                }
                if let Some(v) = idata.result.filter(|_| !twice) {
                    let site = Site {
                        node,
                        pos: pos as u32 + 1,
                    };
                    self.define(b, Entity::Value(v), v, ValueDef::Inst(inst), site);
                }
            }
            self.node_count[b.index()] = node + 1 - next_node;
            next_node = node + 1;
        }
    }

    fn define(&mut self, b: Block, at: Entity, v: Value, def: ValueDef, site: Site) {
        let Some(data) = self.f.values.get(v.index()) else {
            self.error(Some(b), Some(at), format!("{v} is not in the value table"));
            return;
        };
        if data.def != def {
            let msg = format!("the value table says {v} is defined {}", DefText(data.def));
            self.error(Some(b), Some(at), msg);
        }
        if self.defs[v.index()].is_some() {
            self.error(Some(b), Some(at), format!("{v} is defined more than once"));
        } else {
            self.defs[v.index()] = Some(site);
        }
    }

    fn node_of(&self, b: Block, pos_in_segments: usize) -> usize {
        self.first_node[b.index()] + pos_in_segments
    }

    fn dominators(&self) -> DomTree {
        let total: usize = self.blocks.iter().map(|b| self.node_count[b.index()]).sum();
        let mut succs = vec![Vec::new(); total];
        for &b in &self.blocks {
            let data = &self.f.blocks[b.index()];
            let mut seg = 0;
            for &inst in &data.insts {
                let Some(idata) = self.f.insts.get(inst.index()) else {
                    continue;
                };
                if let Some(Unwind::Handler(h)) = idata.unwind {
                    let from = self.node_of(b, seg);
                    if self.is_target(h) {
                        succs[from].push(self.node_of(h, 0));
                    }
                    succs[from].push(from + 1);
                    seg += 1;
                }
            }
            if let Some((term, _)) = &data.term {
                let from = self.node_of(b, seg);
                term.for_each_successor(|s| {
                    if self.is_target(s) {
                        succs[from].push(self.node_of(s, 0));
                    }
                });
            }
        }
        DomTree::new(&succs, self.node_of(self.blocks[0], 0))
    }

    fn is_target(&self, b: Block) -> bool {
        self.in_layout.get(b.index()).copied().unwrap_or(false)
    }

    fn check_block(&mut self, b: Block) {
        let f = self.f;
        let data = &f.blocks[b.index()];
        let mut seg = 0;
        for (pos, &inst) in data.insts.iter().enumerate() {
            let Some(idata) = f.insts.get(inst.index()) else {
                continue;
            };
            let at = match idata.result {
                Some(v) => Entity::Value(v),
                None => Entity::Inst(inst),
            };
            let site = Site {
                node: self.node_of(b, seg),
                pos: pos as u32 + 1,
            };
            self.check_inst(b, at, idata, site);
            if matches!(idata.unwind, Some(Unwind::Handler(_))) {
                seg += 1;
            }
        }
        if let Some((term, _)) = &data.term {
            let site = Site {
                node: self.node_of(b, seg),
                pos: TERM_POS,
            };
            self.check_terminator(b, term, site);
        }
    }

    fn check_inst(&mut self, b: Block, at: Entity, d: &InstData, site: Site) {
        let op = d.op;
        let info = op.info();
        let name = op.name();
        let err =
            |this: &mut Self, msg: String| this.error(Some(b), Some(at), format!("{name}: {msg}"));

        let n = d.args.len();
        match info.arity {
            Arity::Fixed(k) if n != k => err(self, format!("takes {k} operands, given {n}")),
            Arity::AtLeast(k) if n < k => {
                err(self, format!("takes at least {k} operands, given {n}"))
            }
            _ => {}
        }
        match (op, &d.imm) {
            (Opcode::Format, _) if n > 2 => {
                err(self, format!("takes at most 2 operands, given {n}"))
            }
            (Opcode::DictBuild, _) if !n.is_multiple_of(2) => {
                err(self, format!("takes key, value pairs, given {n} operands"))
            }
            (Opcode::Call, Imm::Keywords(kw)) if n < 1 + kw.len() => err(
                self,
                format!(
                    "{} keyword names but {} arguments",
                    kw.len(),
                    n.saturating_sub(1)
                ),
            ),
            (_, Imm::Conversion(Some(c))) if !"sra".contains(*c) => {
                err(self, format!("invalid conversion {c:?}"))
            }
            _ => {}
        }
        let imm_kind = imm_kind(&d.imm);
        if imm_kind != info.imm {
            err(
                self,
                format!(
                    "takes an immediate of kind {:?}, given {imm_kind:?}",
                    info.imm
                ),
            );
        }

        // The result.
        let expected = match (info.result, &d.imm) {
            (ResultKind::Nothing, _) => None,
            (ResultKind::Typed(t), _) => Some(t),
            (ResultKind::OfConst, Imm::Const(c)) => Some(c.ty()),
            (ResultKind::OfConst, _) => Some(Type::Object),
        };
        match (expected, d.result) {
            (None, Some(_)) => err(self, "has no result".into()),
            (Some(_), None) => err(self, "must have a result".into()),
            (Some(t), Some(v)) => {
                if let Some(vd) = self.f.values.get(v.index())
                    && !result_type_ok(t, vd.ty)
                {
                    err(self, format!("the result has type {}, not {t}", vd.ty));
                }
            }
            (None, None) => {}
        }

        // The unwind target.
        match (info.raises, d.unwind) {
            (true, None) => err(self, "can raise but has no unwind target".into()),
            (false, Some(_)) => err(self, "cannot raise but has an unwind target".into()),
            (_, Some(Unwind::Handler(h))) => self.check_handler(b, at, h),
            _ => {}
        }

        // Names and functions.
        let f = self.f;
        if let Imm::Name(n) = &d.imm {
            let (ok, place) = match op {
                Opcode::LoadFast | Opcode::StoreFast | Opcode::DelFast => {
                    (f.locals.contains(n), "locals")
                }
                Opcode::LoadDeref | Opcode::StoreDeref | Opcode::DelDeref | Opcode::LoadClosure => {
                    (
                        f.cellvars.contains(n) || f.freevars.contains(n),
                        "cellvars or freevars",
                    )
                }
                Opcode::LoadClassDeref => (f.freevars.contains(n), "freevars"),
                _ => (true, ""),
            };
            if !ok {
                err(self, format!("{n:?} is not in {place}"));
            }
            if let Some(i) = f.locals.iter().position(|l| l == n)
                && let Some(&slot) = f.local_types.get(i)
            {
                let (what, v) = match op {
                    Opcode::LoadFast => ("the result", d.result),
                    Opcode::StoreFast => ("the stored value", d.args.first().copied()),
                    _ => ("", None),
                };
                if let Some(v) = v
                    && self.is_defined(v)
                    && !f.value_type(v).fits(slot)
                    && !(op == Opcode::LoadFast && f.value_type(v) == Type::Object)
                {
                    let t = f.value_type(v);
                    err(
                        self,
                        format!("{what} {v} ({t}) does not fit slot {n:?} ({slot})"),
                    );
                }
            }
        }
        if let Imm::Func(id) = d.imm {
            if id.index() >= self.m.functions.len() {
                err(self, format!("{id} does not exist"));
            } else if id == FuncId(0) {
                err(self, "@0 is the module body, not a function".into());
            }
        }

        // Operands.
        for (i, &v) in d.args.iter().enumerate() {
            if d.args[..i].contains(&v) {
                continue;
            }
            if let Some(msg) = self.check_use(v, site) {
                err(self, msg);
            } else if self.f.value_type(v).is_unboxed() {
                err(
                    self,
                    format!("operand {v} is unboxed ({})", self.f.value_type(v)),
                );
            }
        }
    }

    fn check_terminator(&mut self, b: Block, t: &Terminator, site: Site) {
        let at = Some(Entity::Terminator);
        for v in t.values() {
            if let Some(msg) = self.check_use(v, site) {
                self.error(Some(b), at, msg);
            }
        }
        let boxed = |this: &mut Self, v: Value, what: &str| {
            if this.is_defined(v) && this.f.value_type(v).is_unboxed() {
                let msg = format!("{what} {v} is unboxed ({})", this.f.value_type(v));
                this.error(Some(b), at, msg);
            }
        };
        let suspends = |this: &mut Self, what: &str| {
            if this.f.suspension == Suspension::None {
                let msg = format!("{what} in a function that does not suspend");
                this.error(Some(b), at, msg);
            }
        };
        let unwind = match t {
            Terminator::Jump(c) => {
                self.check_call(b, c, 0);
                None
            }
            Terminator::Branch {
                cond,
                then_dest,
                else_dest,
            } => {
                if self.is_defined(*cond) && self.f.value_type(*cond) != Type::Bool {
                    let msg = format!(
                        "the condition {cond} is {}, not bool",
                        self.f.value_type(*cond)
                    );
                    self.error(Some(b), at, msg);
                }
                self.check_call(b, then_dest, 0);
                self.check_call(b, else_dest, 0);
                None
            }
            Terminator::Return(v) => {
                boxed(self, *v, "the returned value");
                None
            }
            Terminator::Raise { exc, cause, unwind } => {
                for v in exc.iter().chain(cause) {
                    boxed(self, *v, "the raised value");
                }
                Some(*unwind)
            }
            Terminator::Reraise { exc, unwind } => {
                boxed(self, *exc, "the raised value");
                Some(*unwind)
            }
            Terminator::ForIter {
                iter,
                next,
                done,
                unwind,
            } => {
                boxed(self, *iter, "the iterator");
                self.check_call(b, next, 1);
                self.check_call(b, done, 0);
                Some(*unwind)
            }
            Terminator::Yield {
                value,
                resume,
                unwind,
            } => {
                suspends(self, "yield");
                boxed(self, *value, "the yielded value");
                self.check_call(b, resume, 1);
                Some(*unwind)
            }
            Terminator::Send {
                iter,
                value,
                yielded,
                returned,
                unwind,
            }
            | Terminator::Throw {
                iter,
                exc: value,
                yielded,
                returned,
                unwind,
            } => {
                suspends(self, "send/throw");
                boxed(self, *iter, "the delegate");
                boxed(self, *value, "the sent value");
                self.check_call(b, yielded, 1);
                self.check_call(b, returned, 1);
                Some(*unwind)
            }
            Terminator::Unreachable => None,
        };
        if let Some(Unwind::Handler(h)) = unwind {
            self.check_handler(b, Entity::Terminator, h);
        }
    }

    /// Checks a block call; `implicit` leading parameters of the target
    /// receive values the terminator supplies.
    fn check_call(&mut self, b: Block, c: &BlockCall, implicit: usize) {
        let at = Some(Entity::Terminator);
        if !self.is_target(c.block) {
            self.error(
                Some(b),
                at,
                format!("{} is not a block of the layout", c.block),
            );
            return;
        }
        let params = &self.f.blocks[c.block.index()].params;
        if params.len() < implicit {
            let msg = format!(
                "{} must have a leading parameter for the implicit value",
                c.block
            );
            self.error(Some(b), at, msg);
            return;
        }
        for &p in &params[..implicit] {
            if self
                .f
                .values
                .get(p.index())
                .is_some_and(|d| d.ty.is_unboxed())
            {
                let msg = format!("the implicit parameter {p} of {} is unboxed", c.block);
                self.error(Some(b), at, msg);
            }
        }
        let explicit = &params[implicit..];
        if explicit.len() != c.args.len() {
            let msg = format!(
                "{} takes {} arguments, given {}",
                c.block,
                explicit.len(),
                c.args.len()
            );
            self.error(Some(b), at, msg);
            return;
        }
        for (&arg, &p) in c.args.iter().zip(explicit) {
            if !self.is_defined(arg) {
                continue;
            }
            let (Some(a), Some(pd)) =
                (self.f.values.get(arg.index()), self.f.values.get(p.index()))
            else {
                continue;
            };
            if !a.ty.fits(pd.ty) {
                let msg = format!(
                    "argument {arg} ({}) does not fit parameter {p} ({}) of {}",
                    a.ty, pd.ty, c.block
                );
                self.error(Some(b), at, msg);
            }
        }
    }

    fn check_handler(&mut self, b: Block, at: Entity, h: Block) {
        if !self.is_target(h) {
            self.error(
                Some(b),
                Some(at),
                format!("the handler {h} is not a block of the layout"),
            );
            return;
        }
        let params = &self.f.blocks[h.index()].params;
        let ok = params.len() == 1
            && self
                .f
                .values
                .get(params[0].index())
                .is_some_and(|d| d.ty == Type::Object);
        if !ok {
            let msg = format!("the handler {h} must have exactly one parameter, of type object");
            self.error(Some(b), Some(at), msg);
        }
    }

    fn is_defined(&self, v: Value) -> bool {
        self.defs.get(v.index()).is_some_and(Option::is_some)
    }

    /// Checks that `v` is defined and, in reachable code, that its
    /// definition dominates `site`; returns what is wrong.
    fn check_use(&self, v: Value, site: Site) -> Option<String> {
        let Some(def) = self.defs.get(v.index()).copied().flatten() else {
            return Some(format!("uses {v}, which is not defined"));
        };
        let doms = self.doms.as_ref()?;
        if !doms.reachable(site.node) {
            return None;
        }
        let ok = if def.node == site.node {
            def.pos < site.pos
        } else {
            doms.dominates(def.node, site.node)
        };
        if ok {
            None
        } else {
            Some(format!("use of {v} is not dominated by its definition"))
        }
    }
}

fn imm_kind(imm: &Imm) -> ImmKind {
    match imm {
        Imm::None => ImmKind::None,
        Imm::Name(_) => ImmKind::Name,
        Imm::Const(_) => ImmKind::Const,
        Imm::Func(_) => ImmKind::Func,
        Imm::Count(_) => ImmKind::Count,
        Imm::Pair(..) => ImmKind::Pair,
        Imm::Keywords(_) => ImmKind::Keywords,
        Imm::Import { .. } => ImmKind::Import,
        Imm::Conversion(_) => ImmKind::Conversion,
        Imm::ClassPattern { .. } => ImmKind::ClassPattern,
    }
}

/// Whether a result of type `actual` is allowed for an op declared to give
/// `declared`: the same, widened to `object`, or refined from `object`.
fn result_type_ok(declared: Type, actual: Type) -> bool {
    declared == actual
        || (actual == Type::Object && !declared.is_unboxed())
        || (declared == Type::Object && !actual.is_unboxed())
}

struct DefText(ValueDef);

impl fmt::Display for DefText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            ValueDef::Inst(i) => write!(f, "by {i}"),
            ValueDef::Param(b, i) => write!(f, "as parameter {i} of {b}"),
        }
    }
}

/// A dominator tree over the nodes `0..n` of a graph, with the nodes
/// unreachable from the root left out.
struct DomTree {
    /// The immediate dominator; the root is its own; `None` if unreachable.
    idom: Vec<Option<usize>>,
    /// Preorder and postorder numbers in the tree, for O(1) queries.
    pre: Vec<u32>,
    post: Vec<u32>,
}

impl DomTree {
    /// Cooper, Harvey and Kennedy, "A Simple, Fast Dominance Algorithm".
    fn new(succs: &[Vec<usize>], root: usize) -> DomTree {
        let n = succs.len();
        // Reverse postorder by an iterative depth-first search.
        let mut post_order = Vec::with_capacity(n);
        let mut visited = vec![false; n];
        let mut stack = vec![(root, 0usize)];
        visited[root] = true;
        while let Some((node, i)) = stack.last_mut() {
            if let Some(&s) = succs[*node].get(*i) {
                *i += 1;
                if !visited[s] {
                    visited[s] = true;
                    stack.push((s, 0));
                }
            } else {
                post_order.push(*node);
                stack.pop();
            }
        }
        let mut rpo_index = vec![usize::MAX; n];
        for (i, &node) in post_order.iter().rev().enumerate() {
            rpo_index[node] = i;
        }
        let mut preds = vec![Vec::new(); n];
        for (from, ss) in succs.iter().enumerate() {
            if visited[from] {
                for &s in ss {
                    preds[s].push(from);
                }
            }
        }
        let mut idom: Vec<Option<usize>> = vec![None; n];
        idom[root] = Some(root);
        let mut changed = true;
        while changed {
            changed = false;
            for &node in post_order.iter().rev().skip(1) {
                let mut new_idom: Option<usize> = None;
                for &p in &preds[node] {
                    if idom[p].is_none() {
                        continue;
                    }
                    new_idom = Some(match new_idom {
                        None => p,
                        Some(cur) => intersect(&idom, &rpo_index, p, cur),
                    });
                }
                if new_idom.is_some() && idom[node] != new_idom {
                    idom[node] = new_idom;
                    changed = true;
                }
            }
        }
        // Number the tree for ancestor queries.
        let mut children = vec![Vec::new(); n];
        for &node in &post_order {
            if node != root
                && let Some(d) = idom[node]
            {
                children[d].push(node);
            }
        }
        let mut pre = vec![0; n];
        let mut post = vec![0; n];
        let mut counter = 0u32;
        let mut stack = vec![(root, 0usize)];
        pre[root] = counter;
        while let Some((node, i)) = stack.last_mut() {
            counter += 1;
            if let Some(&c) = children[*node].get(*i) {
                *i += 1;
                pre[c] = counter;
                stack.push((c, 0));
            } else {
                post[*node] = counter;
                stack.pop();
            }
        }
        DomTree { idom, pre, post }
    }

    fn reachable(&self, node: usize) -> bool {
        self.idom[node].is_some()
    }

    /// Whether `a` dominates `b` (reflexively); both must be reachable.
    fn dominates(&self, a: usize, b: usize) -> bool {
        self.reachable(a) && self.pre[a] <= self.pre[b] && self.post[b] <= self.post[a]
    }
}

fn intersect(idom: &[Option<usize>], rpo: &[usize], mut a: usize, mut b: usize) -> usize {
    while a != b {
        while rpo[a] > rpo[b] {
            a = idom[a].unwrap_or(a);
        }
        while rpo[b] > rpo[a] {
            b = idom[b].unwrap_or(b);
        }
    }
    a
}
