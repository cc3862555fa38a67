//! Lowering: from the AST and the symbol table to IR. This is the one place
//! where Python's semantics are spelled out: evaluation order, scoping,
//! desugaring of `for`, `with`, `try`/`finally`, comprehensions, class
//! creation, decorators, augmented assignment and pattern matching.
//!
//! Each code object (module body, class body, function, lambda,
//! comprehension) becomes one IR function, lowered by a `FnLowerer`. The
//! `exits` stack records what a `return`, `break` or `continue` must do on
//! its way out (run a `finally` body, call a context manager's `__exit__`,
//! leave an `except` handler), so every path runs each cleanup exactly once.
//!
//! A valid program always lowers: where the AST holds something the
//! language forbids (which earlier stages reject), lowering reports an
//! internal compiler error at that location instead of panicking.

mod call;
mod comprehension;
mod expr;
mod function;
mod generator;
mod literal;
mod pattern;
mod stmt;
mod target;
mod try_stmt;

use std::collections::HashMap;

use ruff_python_ast as ast;
use ruff_text_size::TextRange;

use crate::diagnostics::CompileError;
use crate::ir::{
    Block, BlockCall, Const, FuncId, Function, FunctionKind, Imm, InstData, Loc, Module, Opcode,
    Terminator, Type, Unwind, Value,
};
use crate::scopes::{NameOp, ScopeId, ScopeKind, ScopeTable};
use crate::source::SourceFile;

/// Lowers a parsed module whose scopes were resolved.
pub fn lower_module(
    src: &SourceFile,
    module: &ast::ModModule,
    scopes: &ScopeTable,
    name: &str,
) -> Result<Module, CompileError> {
    lower_module_mode(src, module, scopes, name, Mode::Exec, 0)
}

/// What a module's code is for, as the `mode` of CPython's `compile()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module or `exec()`: expression values are dropped.
    Exec,
    /// `eval()`: a body of one expression statement whose value the
    /// module code returns.
    Eval,
    /// The interactive prompt ('single'): expression statements outside
    /// functions and classes echo their value (`print_expr`).
    Single,
}

/// Lowers a module in `mode` at optimization level `optimize`.
pub fn lower_module_mode(
    src: &SourceFile,
    module: &ast::ModModule,
    scopes: &ScopeTable,
    name: &str,
    mode: Mode,
    optimize: u8,
) -> Result<Module, CompileError> {
    let mut cx = ModuleCx {
        src,
        scopes,
        functions: vec![None],
        eval_mode: mode == Mode::Eval,
        interactive: mode == Mode::Single,
        optimize,
    };
    let body = {
        let mut f = FnLowerer::new(&mut cx, scopes.module(), FunctionKind::Module, 1);
        f.lower_module_body(&module.body)?;
        f.finish()
    };
    cx.functions[0] = Some(body);
    let functions = cx
        .functions
        .into_iter()
        .map(|f| f.ok_or_else(|| internal(src, 1, "a reserved function was never lowered")))
        .collect::<Result<_, _>>()?;
    Ok(Module {
        name: name.to_string(),
        filename: src.name.clone(),
        functions,
    })
}

/// State shared by all functions of a module.
struct ModuleCx<'a> {
    src: &'a SourceFile,
    scopes: &'a ScopeTable,
    functions: Vec<Option<Function>>,
    /// The module body is an `eval()` expression whose value is returned.
    eval_mode: bool,
    /// Module-level expression statements echo their value (the prompt).
    interactive: bool,
    /// `-O` (1: asserts removed and `__debug__` false) and `-OO` (2: also
    /// docstrings removed), as CPython's optimization levels.
    optimize: u8,
}

impl ModuleCx<'_> {
    fn reserve(&mut self) -> FuncId {
        self.functions.push(None);
        FuncId(self.functions.len() as u32 - 1)
    }
}

/// What leaving a construct early must do, innermost last.
#[derive(Clone)]
enum Exit<'a> {
    /// A loop: the targets of `continue` and `break`.
    Loop { continue_to: Block, break_to: Block },
    /// A `try` with a `finally` body, inlined on every way out.
    Finally {
        body: &'a [ast::Stmt],
        outer: Unwind,
    },
    /// A `with` block: `__exit__(None, None, None)` is called on the way out.
    With {
        exit: Value,
        is_async: bool,
        loc: Loc,
        outer: Unwind,
    },
    /// An `except` handler body: the handled exception is popped and the
    /// `as` name unbound on the way out.
    Handler { name: Option<String>, outer: Unwind },
}

/// Lowers one code object.
struct FnLowerer<'m, 'a> {
    cx: &'m mut ModuleCx<'a>,
    scope: ScopeId,
    func: Function,
    /// The block being filled; `None` after a terminator (dead code).
    current: Option<Block>,
    /// Where ops that raise go now.
    unwind: Unwind,
    exits: Vec<Exit<'a>>,
    /// The hidden slots of the locals of a generator expression whose
    /// loop runs inline (`comprehension::lower_inline_sum`), by name.
    renames: HashMap<String, String>,
}

/// An internal compiler error at a line of `src`.
fn internal(src: &SourceFile, line: u32, message: &str) -> CompileError {
    CompileError::Internal {
        filename: src.name.clone(),
        line,
        message: message.to_string(),
    }
}

type LResult<T> = Result<T, CompileError>;

impl<'m, 'a> FnLowerer<'m, 'a> {
    fn new(cx: &'m mut ModuleCx<'a>, scope: ScopeId, kind: FunctionKind, line: u32) -> Self {
        let s = cx.scopes.get(scope);
        let mut func = Function::new(s.name.clone(), s.qualname.clone(), kind);
        func.first_line = line;
        func.locals = s.locals.clone();
        func.cellvars = s.cellvars.clone();
        func.freevars = s.freevars.clone();
        let entry = func.add_block();
        FnLowerer {
            cx,
            scope,
            func,
            current: Some(entry),
            unwind: Unwind::Exit,
            exits: Vec::new(),
            renames: HashMap::new(),
        }
    }

    /// Finishes the function: lays blocks out in reverse postorder from
    /// the entry (the order a reader follows), dropping blocks no path
    /// reaches.
    fn finish(mut self) -> Function {
        let f = &self.func;
        let successors = |b: Block| {
            let data = &f.blocks[b.index()];
            let mut out: Vec<Block> = Vec::new();
            if let Some((term, _)) = &data.term {
                term.for_each_successor(|s| out.push(s));
            }
            for &inst in &data.insts {
                if let Some(Unwind::Handler(h)) = f.insts[inst.index()].unwind {
                    out.push(h);
                }
            }
            out
        };
        let mut visited = vec![false; f.blocks.len()];
        let mut postorder = Vec::with_capacity(f.blocks.len());
        let entry = f.layout[0];
        visited[entry.index()] = true;
        let mut stack = vec![(entry, successors(entry), 0usize)];
        while let Some((block, succs, next)) = stack.last_mut() {
            if let Some(&s) = succs.get(*next) {
                *next += 1;
                if !visited[s.index()] {
                    visited[s.index()] = true;
                    let ss = successors(s);
                    stack.push((s, ss, 0));
                }
            } else {
                postorder.push(*block);
                stack.pop();
            }
        }
        postorder.reverse();
        self.func.layout = postorder;
        self.func.compact();
        self.func
    }

    fn src(&self) -> &'a SourceFile {
        self.cx.src
    }

    fn scopes(&self) -> &'a ScopeTable {
        self.cx.scopes
    }

    /// The scope a definition, lambda or comprehension creates.
    fn child_scope(&self, range: TextRange) -> LResult<ScopeId> {
        self.scopes()
            .try_scope_of(range)
            .ok_or_else(|| self.internal(range, "no scope was recorded for this node"))
    }

    fn scope_kind(&self) -> ScopeKind {
        self.scopes().get(self.scope).kind
    }

    fn loc(&self, range: TextRange) -> Loc {
        let start = self.src().pos(range.start());
        let end = self.src().pos(range.end());
        Loc {
            line: start.line,
            col: start.col,
            end_line: end.line,
            end_col: end.col,
        }
    }

    fn internal(&self, range: TextRange, message: &str) -> CompileError {
        internal(self.src(), self.src().pos(range.start()).line, message)
    }

    // ---- building blocks ----

    fn new_block(&mut self) -> Block {
        self.func.add_block()
    }

    fn new_block_with_param(&mut self) -> (Block, Value) {
        let b = self.func.add_block();
        let v = self.func.add_param(b, Type::Object);
        (b, v)
    }

    /// The block to emit into; after a terminator, a fresh unreachable one.
    fn block(&mut self) -> Block {
        match self.current {
            Some(b) => b,
            None => {
                let b = self.new_block();
                self.current = Some(b);
                b
            }
        }
    }

    fn switch_to(&mut self, b: Block) {
        self.current = Some(b);
    }

    fn is_dead(&self) -> bool {
        self.current.is_none()
    }

    fn terminate(&mut self, term: Terminator, loc: Loc) {
        let b = self.block();
        self.func.set_terminator(b, term, loc);
        self.current = None;
    }

    fn jump(&mut self, to: Block, args: Vec<Value>, loc: Loc) {
        self.terminate(Terminator::Jump(BlockCall { block: to, args }), loc);
    }

    /// Jumps to `to` unless the current code is dead.
    fn jump_if_live(&mut self, to: Block, loc: Loc) {
        if !self.is_dead() {
            self.jump(to, vec![], loc);
        }
    }

    fn branch(&mut self, cond: Value, then_b: Block, else_b: Block, loc: Loc) {
        self.terminate(
            Terminator::Branch {
                cond,
                then_dest: BlockCall {
                    block: then_b,
                    args: vec![],
                },
                else_dest: BlockCall {
                    block: else_b,
                    args: vec![],
                },
            },
            loc,
        );
    }

    /// Emits an op; ops that can raise unwind to the current target.
    fn emit(&mut self, op: Opcode, imm: Imm, args: Vec<Value>, loc: Loc) -> Option<Value> {
        let b = self.block();
        let unwind = op.info().raises.then_some(self.unwind);
        self.func.append_inst(
            b,
            InstData {
                op,
                imm,
                args,
                result: None,
                unwind,
                loc,
            },
        )
    }

    /// Emits an op that has a result.
    fn value(&mut self, op: Opcode, imm: Imm, args: Vec<Value>, loc: Loc) -> Value {
        match self.emit(op, imm, args, loc) {
            Some(v) => v,
            None => unreachable!("opcode table: {} has a result", op.name()),
        }
    }

    fn constant(&mut self, c: Const, loc: Loc) -> Value {
        self.value(Opcode::Const, Imm::Const(c), vec![], loc)
    }

    fn none(&mut self, loc: Loc) -> Value {
        self.constant(Const::None, loc)
    }

    fn truth(&mut self, v: Value, loc: Loc) -> Value {
        if self.func.value_type(v) == Type::Bool {
            return v;
        }
        self.value(Opcode::Truth, Imm::None, vec![v], loc)
    }

    fn call(&mut self, callee: Value, args: Vec<Value>, loc: Loc) -> Value {
        let mut all = vec![callee];
        all.extend(args);
        self.value(Opcode::Call, Imm::Keywords(vec![]), all, loc)
    }

    /// Runs `f` with ops unwinding to `unwind`, then restores the target.
    fn with_unwind<T>(&mut self, unwind: Unwind, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = std::mem::replace(&mut self.unwind, unwind);
        let out = f(self);
        self.unwind = saved;
        out
    }

    // ---- names ----

    fn mangle(&self, name: &str) -> String {
        self.scopes().mangle(self.scope, name).into_owned()
    }

    /// How `name` is reached and the name its op takes: mangled, and a
    /// local of a generator expression run inline is its hidden slot.
    fn resolve(&self, name: &str) -> (NameOp, String) {
        let name = self.mangle(name);
        let op = self.scopes().name_op(self.scope, &name);
        match (op, self.renames.get(&name)) {
            (NameOp::Fast, Some(hidden)) => (op, hidden.clone()),
            _ => (op, name),
        }
    }

    fn load_name(&mut self, name: &str, loc: Loc) -> Value {
        let (op, name) = self.resolve(name);
        let op = match op {
            NameOp::Fast => Opcode::LoadFast,
            NameOp::Deref => Opcode::LoadDeref,
            NameOp::ClassDeref => Opcode::LoadClassDeref,
            NameOp::Global => Opcode::LoadGlobal,
            NameOp::Name => Opcode::LoadName,
        };
        self.value(op, Imm::Name(name), vec![], loc)
    }

    fn store_name(&mut self, name: &str, v: Value, loc: Loc) {
        let (op, name) = self.resolve(name);
        let op = match op {
            NameOp::Fast => Opcode::StoreFast,
            NameOp::Deref | NameOp::ClassDeref => Opcode::StoreDeref,
            NameOp::Global => Opcode::StoreGlobal,
            NameOp::Name => Opcode::StoreName,
        };
        self.emit(op, Imm::Name(name), vec![v], loc);
    }

    fn delete_name(&mut self, name: &str, loc: Loc) {
        let (op, name) = self.resolve(name);
        let op = match op {
            NameOp::Fast => Opcode::DelFast,
            NameOp::Deref | NameOp::ClassDeref => Opcode::DelDeref,
            NameOp::Global => Opcode::DelGlobal,
            NameOp::Name => Opcode::DelName,
        };
        self.emit(op, Imm::Name(name), vec![], loc);
    }

    // ---- early exits ----

    /// Runs the cleanups of `exits[depth..]`, innermost first, as a
    /// `return`, `break` or `continue` leaving them does.
    fn unwind_exits(&mut self, depth: usize, loc: Loc) -> LResult<()> {
        let saved_exits = self.exits.clone();
        let saved_unwind = self.unwind;
        while self.exits.len() > depth {
            let Some(exit) = self.exits.pop() else { break };
            match exit {
                Exit::Loop { .. } => {}
                Exit::Finally { body, outer } => {
                    self.unwind = outer;
                    self.lower_body(body)?;
                }
                Exit::With {
                    exit,
                    is_async,
                    loc: with_loc,
                    outer,
                } => {
                    self.unwind = outer;
                    self.call_exit_none(exit, is_async, with_loc);
                }
                Exit::Handler { name, outer } => {
                    self.unwind = outer;
                    self.leave_handler(name.as_deref(), loc);
                }
            }
            if self.is_dead() {
                break;
            }
        }
        self.exits = saved_exits;
        self.unwind = saved_unwind;
        Ok(())
    }

    /// The innermost loop's index in `exits`.
    fn innermost_loop(&self) -> Option<(usize, Block, Block)> {
        self.exits
            .iter()
            .enumerate()
            .rev()
            .find_map(|(i, e)| match e {
                Exit::Loop {
                    continue_to,
                    break_to,
                } => Some((i, *continue_to, *break_to)),
                _ => None,
            })
    }

    /// `return value`, through every cleanup.
    fn emit_return(&mut self, value: Value, loc: Loc) -> LResult<()> {
        self.unwind_exits(0, loc)?;
        if !self.is_dead() {
            self.terminate(Terminator::Return(value), loc);
        }
        Ok(())
    }
}
