//! Type inference: refines the types of values and of fast-local slots.
//!
//! Types flow from literals, arithmetic and comparisons of the builtin
//! number types, `range` loops, the builtins whose result type is fixed,
//! and across direct calls of the module's own functions (their
//! parameters take the join of the argument types at every such call,
//! their results the join of what they return, recursion included). A
//! comprehension or generator expression is such a call too, where it is
//! made: its parameter is its outermost iterable's iterator, so
//! `[f(i) for i in range(n)]` counts ints. A cell (a variable that
//! nested functions share) takes the join of what every function that
//! shares it stores into it, and of its parameter's argument when it is
//! one: a loop variable that a comprehension reads stays an int there.
//!
//! Where that finds nothing, how a value is used can: a value read from a
//! container, an attribute, a global or a call that meets floats in
//! arithmetic is speculated to be a float (`speculate`).
//!
//! The inferred types are what a value is when the program does what it
//! plainly says: a call of `range` calls the builtin, a call of `f` calls
//! the module's `f`, a parameter receives what the module's calls pass.
//! They are *expectations*, not proofs: a program may rebind `range`,
//! call `f` from elsewhere with a string, or catch the overflow of a
//! float into `**`'s complex result. A backend that changes the
//! representation of a value because of its type (the native backend
//! keeps `float` slots unboxed) must check the value wherever it enters
//! that representation and fall back to generic code when the check
//! fails; types never change what a program computes.
//!
//! The analysis is optimistic (a value starts with no type and takes the
//! join of what reaches it), then every value still without a type (code
//! that never runs, a function never called directly) becomes `object`
//! and the fixpoint is run again, so what it writes is consistent: every
//! block argument fits its parameter, every `store.fast` fits its slot.

use std::collections::HashMap;

mod speculate;

use crate::ir::{
    Block, FuncId, Function, FunctionKind, Imm, Module, Opcode, Suspension, Terminator, Type,
    Unwind, Value, ValueDef,
};

/// A type during the analysis; `None` is "nothing seen yet".
type Ty = Option<Type>;

fn join(a: Ty, b: Ty) -> Ty {
    match (a, b) {
        (None, x) | (x, None) => x,
        (Some(a), Some(b)) if a == b => Some(a),
        _ => Some(Type::Object),
    }
}

/// What inference found for one function, for `pyrite build --explain`.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// Whether the module calls it directly by its global name, so its
    /// parameters take the types of those calls.
    pub called_directly: bool,
    /// The type of each parameter.
    pub params: Vec<Type>,
    /// The type of what it returns.
    pub returns: Type,
    /// How many of its values are speculated to be floats (`speculate`).
    pub speculated: usize,
}

/// The most times the analysis runs again with more values speculated.
const MAX_SPECULATION_ROUNDS: usize = 4;

/// The whole analysis, from nothing known, with the values `spec` marks
/// (per function) speculated to be floats.
fn analyze(ctx: &Context, spec: &[Vec<bool>]) -> Solver {
    let m = ctx.module;
    let n = m.functions.len();
    let mut state = Solver {
        params: m
            .functions
            .iter()
            .map(|f| vec![None; f.params.count()])
            .collect(),
        returns: vec![None; n],
        called: vec![false; n],
        cells: vec![None; ctx.cells.count],
        funcs: m
            .functions
            .iter()
            .zip(spec)
            .zip(&ctx.cells.ids)
            .map(|((f, s), ids)| FnState::new(f, s.clone(), ids.clone()))
            .collect(),
    };
    // Functions nobody calls directly take anything.
    for (k, f) in m.functions.iter().enumerate() {
        let target = FuncId(k as u32);
        if !ctx.known.values().any(|&t| t == target) && !ctx.called_where_made.contains(&target) {
            state.params[k] = vec![Some(Type::Object); f.params.count()];
        }
    }
    state.solve(ctx);
    state.widen();
    state.solve(ctx);
    state
}

/// Refines the types of `m`'s values and local slots in place; returns a
/// summary per function.
pub fn infer_module(m: &mut Module) -> Vec<Summary> {
    let (binds, made) = global_bindings(m);
    let known = direct_functions(m, &binds, made);
    let builtins_visible = !m
        .functions
        .iter()
        .any(|f| f.insts.iter().any(|d| d.op == Opcode::ImportStar));
    let n = m.functions.len();
    let called_where_made = called_where_made(m);
    let cells = Cells::resolve(m);
    let ctx = Context {
        module: m,
        known: &known,
        called_where_made: &called_where_made,
        binds: &binds,
        builtins_visible,
        cells: &cells,
    };
    // Speculating some values to be floats (`speculate`) types more
    // values as floats, which can demand more: the analysis runs again
    // from the start with every value speculated so far, until no more
    // are (a few rounds: each one follows a chain of arithmetic further).
    let mut spec: Vec<Vec<bool>> = m
        .functions
        .iter()
        .map(|f| vec![false; f.values.len()])
        .collect();
    let mut state = analyze(&ctx, &spec);
    for _ in 0..MAX_SPECULATION_ROUNDS {
        let mut grew = false;
        for (k, f) in m.functions.iter().enumerate() {
            let fs = &state.funcs[k];
            for v in speculate::float_demands(f, &fs.values, &fs.slot_index, &fs.opaque) {
                if let Some(s) = spec[k].get_mut(v.index())
                    && !*s
                {
                    *s = true;
                    grew = true;
                }
            }
        }
        if !grew {
            break;
        }
        state = analyze(&ctx, &spec);
    }
    let summaries = (0..n)
        .map(|k| Summary {
            called_directly: state.called[k],
            params: state.params[k]
                .iter()
                .map(|t| t.unwrap_or(Type::Object))
                .collect(),
            returns: state.returns[k].unwrap_or(Type::Object),
            speculated: spec[k].iter().filter(|&&s| s).count(),
        })
        .collect();
    for (f, fs) in m.functions.iter_mut().zip(&state.funcs) {
        fs.write(f);
    }
    summaries
}

/// How the module binds its global names: how many stores and deletions
/// each has (module-level `*.name`, `*.global` anywhere), and the module
/// function a `def` binds it to.
fn global_bindings(m: &Module) -> (HashMap<String, u32>, HashMap<String, FuncId>) {
    let mut stores: HashMap<String, u32> = HashMap::new();
    let mut made: HashMap<String, FuncId> = HashMap::new();
    for (k, f) in m.functions.iter().enumerate() {
        let module_level = k == 0;
        for d in &f.insts {
            let Imm::Name(name) = &d.imm else { continue };
            let binds = match d.op {
                Opcode::StoreGlobal | Opcode::DelGlobal => true,
                Opcode::StoreName | Opcode::DelName => module_level,
                _ => false,
            };
            if !binds {
                continue;
            }
            *stores.entry(name.clone()).or_default() += 1;
            if d.op != Opcode::DelGlobal
                && d.op != Opcode::DelName
                && let Some(&v) = d.args.first()
                && let Some(id) = made_function(f, v)
            {
                made.insert(name.clone(), id);
            }
        }
    }
    (stores, made)
}

/// The module's functions that module-level code binds once, by
/// `def`, to a global name: calls of that name call them (as far as
/// inference assumes).
fn direct_functions(
    m: &Module,
    stores: &HashMap<String, u32>,
    made: HashMap<String, FuncId>,
) -> HashMap<String, FuncId> {
    made.into_iter()
        .filter(|(name, id)| {
            stores.get(name) == Some(&1)
                && m.functions.get(id.0 as usize).is_some_and(plain_function)
        })
        .collect()
}

/// The functions whose every `function.make` is only ever called, right
/// where it is made: comprehensions and generator expressions, which
/// lowering makes and calls with their outermost iterable. Those calls
/// are all there are, so they give the parameters' types as the
/// module's direct calls of a `def` do.
fn called_where_made(m: &Module) -> std::collections::HashSet<FuncId> {
    let mut made = std::collections::HashSet::new();
    let mut escapes = std::collections::HashSet::new();
    for f in &m.functions {
        for d in &f.insts {
            let (Opcode::MakeFunction, Imm::Func(id), Some(v)) = (d.op, &d.imm, d.result) else {
                continue;
            };
            made.insert(*id);
            // Every use of `v` is as the callee of a call without
            // keywords, and never as an argument.
            let callee_only = f.insts.iter().all(|u| match u.args.split_first() {
                Some((&callee, args)) if callee == v => {
                    u.op == Opcode::Call
                        && matches!(&u.imm, Imm::Keywords(kw) if kw.is_empty())
                        && !args.contains(&v)
                }
                _ => !u.args.contains(&v),
            }) && f.blocks.iter().all(|b| {
                b.term
                    .as_ref()
                    .is_none_or(|(t, _)| !t.values().contains(&v))
            });
            if !callee_only {
                escapes.insert(*id);
            }
        }
    }
    made.retain(|id| {
        !escapes.contains(id) && m.functions.get(id.0 as usize).is_some_and(one_to_one)
    });
    made
}

fn made_function(f: &Function, v: Value) -> Option<FuncId> {
    let ValueDef::Inst(i) = f.values.get(v.index())?.def else {
        return None;
    };
    let d = f.insts.get(i.index())?;
    match (d.op, &d.imm) {
        (Opcode::MakeFunction, Imm::Func(id)) => Some(*id),
        _ => None,
    }
}

/// A function whose positional arguments bind one to one: no `*args`,
/// `**kwargs` or keyword-only parameters, not a generator.
fn plain_function(f: &Function) -> bool {
    f.kind == FunctionKind::Function && f.suspension == Suspension::None && one_to_one(f)
}

/// Whether `f`'s parameters are positional only: no `*args`, `**kwargs`
/// or keyword-only ones.
fn one_to_one(f: &Function) -> bool {
    let p = f.params;
    !p.varargs && !p.varkw && p.kwonly == 0
}

/// The module's cells: each variable that nested functions share,
/// numbered, and per function the cell each of its cell and free
/// variables names (a free variable's is the nearest enclosing
/// function's cell of that name, the function that makes it being the
/// one that encloses it).
struct Cells {
    count: usize,
    ids: Vec<HashMap<String, usize>>,
}

impl Cells {
    fn resolve(m: &Module) -> Cells {
        let n = m.functions.len();
        let mut parent: Vec<Option<usize>> = vec![None; n];
        for (k, f) in m.functions.iter().enumerate() {
            for d in &f.insts {
                if let (Opcode::MakeFunction, Imm::Func(id)) = (d.op, &d.imm)
                    && let Some(p) = parent.get_mut(id.0 as usize)
                {
                    *p = Some(k);
                }
            }
        }
        let mut count = 0;
        let mut ids: Vec<HashMap<String, usize>> = m
            .functions
            .iter()
            .map(|f| {
                f.cellvars
                    .iter()
                    .map(|name| {
                        count += 1;
                        (name.clone(), count - 1)
                    })
                    .collect()
            })
            .collect();
        for (k, f) in m.functions.iter().enumerate() {
            for name in &f.freevars {
                let mut at = parent[k];
                // Each step goes to an enclosing function; a chain longer
                // than the module's functions would be a cycle.
                for _ in 0..n {
                    let Some(p) = at else { break };
                    if let Some(&c) = ids[p].get(name)
                        && m.functions[p].cellvars.contains(name)
                    {
                        ids[k].insert(name.clone(), c);
                        break;
                    }
                    if !m.functions[p].freevars.contains(name) {
                        break;
                    }
                    at = parent[p];
                }
            }
        }
        Cells { count, ids }
    }
}

struct Context<'a> {
    module: &'a Module,
    known: &'a HashMap<String, FuncId>,
    /// Functions called only where they are made (`called_where_made`).
    called_where_made: &'a std::collections::HashSet<FuncId>,
    /// The global names the module binds (which may shadow builtins).
    binds: &'a HashMap<String, u32>,
    builtins_visible: bool,
    cells: &'a Cells,
}

struct Solver {
    params: Vec<Vec<Ty>>,
    returns: Vec<Ty>,
    called: Vec<bool>,
    /// Per cell (`Cells`): the join of what is stored into it.
    cells: Vec<Ty>,
    funcs: Vec<FnState>,
}

impl Solver {
    /// Runs every function to its fixpoint, then feeds the calls and
    /// returns found to the callees, until nothing changes.
    fn solve(&mut self, ctx: &Context) {
        loop {
            let mut changed = false;
            for k in 0..self.funcs.len() {
                let f = &ctx.module.functions[k];
                self.funcs[k].solve(f, &self.params[k], &self.returns, &self.cells, ctx);
                for &(cell, t) in &self.funcs[k].cell_stores {
                    let j = join(self.cells[cell], t);
                    changed |= j != self.cells[cell];
                    self.cells[cell] = j;
                }
                let calls = std::mem::take(&mut self.funcs[k].calls);
                for (callee, args) in &calls {
                    let c = callee.0 as usize;
                    self.called[c] = true;
                    for (p, &a) in self.params[c].iter_mut().zip(args) {
                        let j = join(*p, a);
                        changed |= j != *p;
                        *p = j;
                    }
                }
                self.funcs[k].calls = calls;
                let r = join(self.returns[k], self.funcs[k].returns);
                changed |= r != self.returns[k];
                self.returns[k] = r;
            }
            if !changed {
                break;
            }
        }
    }

    /// Gives every type still unknown `object`.
    fn widen(&mut self) {
        let all = self
            .params
            .iter_mut()
            .flatten()
            .chain(self.returns.iter_mut())
            .chain(self.cells.iter_mut());
        for t in all {
            t.get_or_insert(Type::Object);
        }
        for fs in &mut self.funcs {
            for t in fs.values.iter_mut().chain(fs.slots.iter_mut()) {
                t.get_or_insert(Type::Object);
            }
        }
    }
}

/// One function's analysis.
struct FnState {
    values: Vec<Ty>,
    /// Per fast-local slot.
    slots: Vec<Ty>,
    /// Slots never typed: cells, deleted ones.
    opaque: Vec<bool>,
    slot_index: HashMap<String, usize>,
    /// The direct calls found: callee and argument types.
    calls: Vec<(FuncId, Vec<Ty>)>,
    /// What it stores into cells: the cell (`Cells`) and the type.
    cell_stores: Vec<(usize, Ty)>,
    /// The cells its cell and free variables name, by name.
    cell_ids: HashMap<String, usize>,
    /// The parameters' types in the current round.
    params: Vec<Ty>,
    returns: Ty,
    /// Per value: speculated to be a float, whatever it is computed from.
    spec: Vec<bool>,
}

impl FnState {
    fn new(f: &Function, spec: Vec<bool>, cell_ids: HashMap<String, usize>) -> Self {
        let slot_index: HashMap<String, usize> = f
            .locals
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i))
            .collect();
        let mut opaque: Vec<bool> = f.locals.iter().map(|n| f.cellvars.contains(n)).collect();
        for d in &f.insts {
            if d.op == Opcode::DelFast
                && let Imm::Name(n) = &d.imm
                && let Some(&i) = slot_index.get(n)
            {
                opaque[i] = true;
            }
        }
        // Module and class bodies keep their variables in a namespace.
        let namespace = matches!(f.kind, FunctionKind::Module | FunctionKind::Class);
        if namespace {
            opaque.iter_mut().for_each(|o| *o = true);
        }
        FnState {
            values: vec![None; f.values.len()],
            slots: opaque.iter().map(|&o| o.then_some(Type::Object)).collect(),
            opaque,
            slot_index,
            calls: Vec::new(),
            cell_stores: Vec::new(),
            cell_ids,
            params: Vec::new(),
            returns: None,
            spec,
        }
    }

    fn solve(&mut self, f: &Function, params: &[Ty], returns: &[Ty], cells: &[Ty], ctx: &Context) {
        let p = f.params;
        self.params = params.to_vec();
        for (i, slot) in self.slots.iter_mut().enumerate() {
            if self.opaque[i] {
                continue;
            }
            let named = (p.positional + p.kwonly) as usize;
            // Keyword-only parameters take anything, `*args` is a tuple,
            // `**kwargs` a dict.
            let given = if i < p.positional as usize {
                params.get(i).copied().flatten()
            } else if i < named {
                Some(Type::Object)
            } else if i == named && p.varargs {
                Some(Type::Tuple)
            } else if i < p.count() {
                Some(Type::Dict)
            } else {
                continue;
            };
            *slot = join(*slot, given);
        }
        // A handler's parameter receives the exception.
        for d in &f.insts {
            if let Some(Unwind::Handler(b)) = d.unwind {
                self.handler(f, b);
            }
        }
        for data in &f.blocks {
            if let Some((term, _)) = &data.term
                && let Some(Unwind::Handler(b)) = term.unwind()
            {
                self.handler(f, b);
            }
        }
        loop {
            let before = (self.values.clone(), self.slots.clone());
            self.calls.clear();
            self.cell_stores.clear();
            for &b in &f.layout {
                let data = &f.blocks[b.index()];
                for &inst in &data.insts {
                    let d = &f.insts[inst.index()];
                    self.inst(f, d, returns, cells, ctx);
                }
                if let Some((term, _)) = &data.term {
                    self.terminator(f, term);
                }
            }
            if before == (self.values.clone(), self.slots.clone()) {
                break;
            }
        }
    }

    fn handler(&mut self, f: &Function, b: Block) {
        for &p in &f.blocks[b.index()].params {
            self.set(p, Some(Type::Object));
        }
    }

    fn ty(&self, v: Value) -> Ty {
        self.values.get(v.index()).copied().flatten()
    }

    /// The cell (`Cells`) that a `*.deref` instruction names.
    fn cell(&self, d: &crate::ir::InstData) -> Option<usize> {
        match &d.imm {
            Imm::Name(n) => self.cell_ids.get(n).copied(),
            _ => None,
        }
    }

    /// Whether slot `i` is a positional parameter that is also a cell.
    fn cell_param(&self, f: &Function, i: usize) -> bool {
        i < f.params.positional as usize
            && self.opaque[i]
            && f.locals.get(i).is_some_and(|n| f.cellvars.contains(n))
    }

    fn set(&mut self, v: Value, t: Ty) {
        let t = match self.spec.get(v.index()) {
            Some(true) => Some(Type::Float),
            _ => t,
        };
        if let Some(slot) = self.values.get_mut(v.index()) {
            *slot = join(*slot, t);
        }
    }

    fn inst(
        &mut self,
        f: &Function,
        d: &crate::ir::InstData,
        returns: &[Ty],
        cells: &[Ty],
        ctx: &Context,
    ) {
        let arg = |i: usize| d.args.get(i).and_then(|&v| self.ty(v));
        let declared = d.result.map(|v| f.value_type(v));
        let t: Ty = match d.op {
            Opcode::Const => declared,
            // A parameter that is a cell is read once, on entry, to fill
            // its cell: it holds the argument.
            Opcode::LoadFast => match &d.imm {
                Imm::Name(n) => self.slot_index.get(n).and_then(|&i| {
                    if self.cell_param(f, i) {
                        self.params.get(i).copied().flatten()
                    } else {
                        self.slots[i]
                    }
                }),
                _ => Some(Type::Object),
            },
            Opcode::LoadDeref => match self.cell(d) {
                Some(c) => cells.get(c).copied().flatten(),
                None => Some(Type::Object),
            },
            Opcode::StoreDeref | Opcode::DelDeref => {
                if let Some(c) = self.cell(d) {
                    let t = match d.op {
                        Opcode::StoreDeref => arg(0),
                        _ => Some(Type::Object),
                    };
                    self.cell_stores.push((c, t));
                }
                None
            }
            Opcode::StoreFast => {
                if let Imm::Name(n) = &d.imm
                    && let Some(&i) = self.slot_index.get(n)
                    && !self.opaque[i]
                {
                    let t = arg(0);
                    self.slots[i] = join(self.slots[i], t);
                }
                None
            }
            op if binary(op).is_some() => match (arg(0), arg(1)) {
                (Some(a), Some(b)) => Some(arithmetic(binary(op).unwrap_or(op), a, b)),
                _ => None,
            },
            Opcode::Neg | Opcode::Pos => arg(0).map(|a| match a {
                Type::Int | Type::Bool => Type::Int,
                Type::Float => Type::Float,
                _ => Type::Object,
            }),
            Opcode::Invert => arg(0).map(|a| match a {
                Type::Int | Type::Bool => Type::Int,
                _ => Type::Object,
            }),
            Opcode::Lt | Opcode::Le | Opcode::Gt | Opcode::Ge | Opcode::Eq | Opcode::Ne => {
                match (arg(0), arg(1)) {
                    (Some(a), Some(b)) => Some(comparison(a, b)),
                    _ => None,
                }
            }
            Opcode::Iter => arg(0).map(|a| match a {
                Type::Range => Type::RangeIter,
                _ => Type::Object,
            }),
            Opcode::Call => self.call(f, d, returns, ctx),
            _ => declared,
        };
        if let Some(v) = d.result {
            self.set(v, t);
        }
    }

    /// A call's result: the callee's returns when it is the module's own
    /// function, a builtin's fixed result type, or anything.
    fn call(&mut self, f: &Function, d: &crate::ir::InstData, returns: &[Ty], ctx: &Context) -> Ty {
        let object = Some(Type::Object);
        let Imm::Keywords(kw) = &d.imm else {
            return object;
        };
        let Some((&callee, args)) = d.args.split_first() else {
            return object;
        };
        if !kw.is_empty() {
            return object;
        }
        if let Some(id) = made_function(f, callee)
            && ctx.called_where_made.contains(&id)
        {
            let callee_f = &ctx.module.functions[id.0 as usize];
            if args.len() != callee_f.params.positional as usize {
                return object;
            }
            self.calls
                .push((id, args.iter().map(|&v| self.ty(v)).collect()));
            // A generator's call makes the generator.
            return match callee_f.suspension {
                Suspension::None => returns.get(id.0 as usize).copied().flatten(),
                _ => object,
            };
        }
        let Some(name) = global_name(f, callee) else {
            return object;
        };
        let arg_types: Vec<Ty> = args.iter().map(|&v| self.ty(v)).collect();
        if let Some(&id) = ctx.known.get(name) {
            let positional = ctx.module.functions[id.0 as usize].params.positional as usize;
            if args.len() > positional {
                return object;
            }
            // Parameters left to their defaults take anything.
            let mut arg_types = arg_types;
            arg_types.resize(positional, Some(Type::Object));
            self.calls.push((id, arg_types));
            return returns.get(id.0 as usize).copied().flatten();
        }
        if !ctx.builtins_visible || ctx.binds.contains_key(name) {
            return object;
        }
        builtin_result(name, &arg_types)
    }

    fn terminator(&mut self, f: &Function, term: &Terminator) {
        // The implicit value an edge passes: `for_iter`'s item, or what a
        // generator is sent or a delegate yields or returns.
        let implicit = match term {
            Terminator::Return(v) => {
                self.returns = join(self.returns, self.ty(*v));
                return;
            }
            Terminator::ForIter { iter, .. } => self.ty(*iter).map(|t| match t {
                Type::RangeIter => Type::Int,
                _ => Type::Object,
            }),
            _ => Some(Type::Object),
        };
        term.for_each_edge(|call, n| {
            let params = &f.blocks[call.block.index()].params;
            let incoming: Vec<Ty> = std::iter::repeat_n(implicit, n)
                .chain(call.args.iter().map(|&v| self.ty(v)))
                .collect();
            for (&p, t) in params.iter().zip(incoming) {
                self.set(p, t);
            }
        });
    }

    /// Writes the types found into `f`: only refinements of what lowering
    /// declared (an op declared `object` may get a boxed type).
    fn write(&self, f: &mut Function) {
        for (vd, t) in f.values.iter_mut().zip(&self.values) {
            let t = t.unwrap_or(Type::Object);
            if vd.ty == Type::Object && !t.is_unboxed() {
                vd.ty = t;
            }
        }
        if self
            .slots
            .iter()
            .any(|t| t.is_some_and(|t| t != Type::Object))
        {
            f.local_types = self
                .slots
                .iter()
                .map(|t| t.unwrap_or(Type::Object))
                .collect();
        }
    }
}

/// The global name a value was loaded from (`load.global` in a function,
/// `load.name` in the module body).
fn global_name(f: &Function, v: Value) -> Option<&str> {
    let ValueDef::Inst(i) = f.values.get(v.index())?.def else {
        return None;
    };
    let d = f.insts.get(i.index())?;
    match (d.op, &d.imm) {
        (Opcode::LoadGlobal, Imm::Name(n)) => Some(n),
        (Opcode::LoadName, Imm::Name(n)) if f.kind == FunctionKind::Module => Some(n),
        _ => None,
    }
}

/// The binary operator of a binary or in-place op (in-place operators of
/// the immutable builtin types compute what the binary ones do).
fn binary(op: Opcode) -> Option<Opcode> {
    use Opcode as O;
    Some(match op {
        O::Add | O::InplaceAdd => O::Add,
        O::Sub | O::InplaceSub => O::Sub,
        O::Mul | O::InplaceMul => O::Mul,
        O::TrueDiv | O::InplaceTrueDiv => O::TrueDiv,
        O::FloorDiv | O::InplaceFloorDiv => O::FloorDiv,
        O::Mod | O::InplaceMod => O::Mod,
        O::Pow | O::InplacePow => O::Pow,
        O::LShift | O::InplaceLShift => O::LShift,
        O::RShift | O::InplaceRShift => O::RShift,
        O::BitAnd | O::InplaceBitAnd => O::BitAnd,
        O::BitOr | O::InplaceBitOr => O::BitOr,
        O::BitXor | O::InplaceBitXor => O::BitXor,
        _ => return None,
    })
}

/// The result type of a binary operator on two builtin types.
fn arithmetic(op: Opcode, a: Type, b: Type) -> Type {
    use Opcode as O;
    use Type as T;
    let int = |t: Type| matches!(t, T::Int | T::Bool);
    let number = |t: Type| matches!(t, T::Int | T::Bool | T::Float);
    match op {
        // Bools combine into bools; with ints, into ints.
        O::BitAnd | O::BitOr | O::BitXor if a == T::Bool && b == T::Bool => T::Bool,
        O::BitAnd | O::BitOr | O::BitXor | O::LShift | O::RShift if int(a) && int(b) => T::Int,
        // A float to a number's power is a float (or raises), except a
        // negative one to a fractional power: a complex, which the
        // backends' checks catch. An int's power of an int is a float for
        // a negative exponent.
        O::Pow if a == T::Float && number(b) => T::Float,
        O::Pow => T::Object,
        O::TrueDiv if number(a) && number(b) => T::Float,
        O::Add | O::Sub | O::Mul | O::FloorDiv | O::Mod if int(a) && int(b) => T::Int,
        O::Add | O::Sub | O::Mul | O::FloorDiv | O::Mod if number(a) && number(b) => T::Float,
        O::Add if a == b && matches!(a, T::Str | T::List | T::Tuple | T::Bytes) => a,
        O::Mul if matches!(a, T::Str | T::List | T::Tuple | T::Bytes) && int(b) => a,
        O::Mul if int(a) && matches!(b, T::Str | T::List | T::Tuple | T::Bytes) => b,
        O::Mod if a == T::Str => T::Str,
        _ => T::Object,
    }
}

/// The result type of a rich comparison: a bool between numbers or
/// between strings, anything (whatever `__lt__` returns) otherwise.
fn comparison(a: Type, b: Type) -> Type {
    let number = |t: Type| matches!(t, Type::Int | Type::Bool | Type::Float);
    if (number(a) && number(b)) || (a == Type::Str && b == Type::Str) {
        Type::Bool
    } else {
        Type::Object
    }
}

/// The result type of a call of builtin `name`, where it is fixed.
fn builtin_result(name: &str, args: &[Ty]) -> Ty {
    let t = match name {
        "range" => Type::Range,
        "len" | "int" | "ord" | "hash" | "id" => Type::Int,
        "float" => Type::Float,
        "str" | "repr" | "chr" | "ascii" | "format" | "bin" | "oct" | "hex" => Type::Str,
        "bool" | "isinstance" | "issubclass" | "callable" | "hasattr" => Type::Bool,
        "list" | "sorted" => Type::List,
        "tuple" => Type::Tuple,
        "dict" => Type::Dict,
        "set" => Type::Set,
        "abs" => match args {
            [Some(Type::Int | Type::Bool)] => Type::Int,
            [Some(Type::Float)] => Type::Float,
            [None] => return None,
            _ => Type::Object,
        },
        "round" => match args {
            [Some(Type::Int | Type::Bool | Type::Float)] => Type::Int,
            [None] => return None,
            _ => Type::Object,
        },
        _ => Type::Object,
    };
    Some(t)
}
