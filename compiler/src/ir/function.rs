//! Functions and modules: the containers of IR.
//!
//! A function keeps its instructions in an arena (`insts`) apart from their
//! order (`BlockData::insts` and `Function::layout`), as Cranelift's `dfg`
//! and `layout` do, so passes can reorder or drop instructions without
//! renumbering values.

use super::constant::Const;
use super::entities::{Block, FuncId, Inst, Value};
use super::ops::Opcode;
use super::types::Type;

/// A source range: 1-based lines, 0-based UTF-8 byte columns (as CPython's
/// `co_positions`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Loc {
    /// First line.
    pub line: u32,
    /// Column on the first line.
    pub col: u32,
    /// Last line.
    pub end_line: u32,
    /// Column just past the end, on the last line.
    pub end_col: u32,
}

/// The non-value operand of an instruction.
#[derive(Clone, Debug, PartialEq)]
pub enum Imm {
    /// No immediate.
    None,
    /// A name.
    Name(String),
    /// A constant.
    Const(Const),
    /// A function.
    Func(FuncId),
    /// A count or index.
    Count(u32),
    /// Two counts.
    Pair(u32, u32),
    /// Keyword names.
    Keywords(Vec<String>),
    /// A module name and relative level.
    Import {
        /// The dotted module name (may be empty for `from . import x`).
        name: String,
        /// The number of leading dots.
        level: u32,
    },
    /// A conversion: `None`, or `s`, `r`, `a`.
    Conversion(Option<char>),
    /// A class pattern.
    ClassPattern {
        /// Positional sub-patterns.
        positional: u32,
        /// Keyword attribute names.
        keywords: Vec<String>,
    },
}

/// Where control goes when an operation raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unwind {
    /// Out of the function, to the caller.
    Exit,
    /// To a handler block, whose only parameter receives the exception.
    Handler(Block),
}

/// An instruction.
#[derive(Clone, Debug, PartialEq)]
pub struct InstData {
    /// The opcode.
    pub op: Opcode,
    /// The immediate.
    pub imm: Imm,
    /// The value operands.
    pub args: Vec<Value>,
    /// The result, for ops that have one.
    pub result: Option<Value>,
    /// Where a raise goes; `Some` exactly when the op can raise.
    pub unwind: Option<Unwind>,
    /// The source range.
    pub loc: Loc,
}

/// A jump to a block with arguments for its parameters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BlockCall {
    /// The target.
    pub block: Block,
    /// Arguments for the target's parameters (after any implicit one).
    pub args: Vec<Value>,
}

/// The last instruction of a block.
#[derive(Clone, Debug, PartialEq)]
pub enum Terminator {
    /// Unconditional jump.
    Jump(BlockCall),
    /// Conditional jump on a `bool`.
    Branch {
        /// The condition.
        cond: Value,
        /// Taken when true.
        then_dest: BlockCall,
        /// Taken when false.
        else_dest: BlockCall,
    },
    /// Returns a value to the caller (or finishes a generator).
    Return(Value),
    /// `raise exc from cause`; `raise` alone when `exc` is None re-raises the
    /// exception being handled (RuntimeError if there is none).
    Raise {
        /// The exception (class or instance).
        exc: Option<Value>,
        /// The cause, for `raise ... from cause`.
        cause: Option<Value>,
        /// Where it goes.
        unwind: Unwind,
    },
    /// Re-raises a caught exception object unchanged, traceback included.
    Reraise {
        /// The exception object.
        exc: Value,
        /// Where it goes.
        unwind: Unwind,
    },
    /// Advances an iterator: `next` receives the item as its first
    /// parameter; `done` is taken when the iterator is exhausted.
    ForIter {
        /// The iterator.
        iter: Value,
        /// Taken with the next item.
        next: BlockCall,
        /// Taken at exhaustion.
        done: BlockCall,
        /// Where an error from `__next__` goes.
        unwind: Unwind,
    },
    /// Suspends a generator with a value; `resume` receives the value sent
    /// in as its first parameter. An exception thrown in goes to `unwind`.
    Yield {
        /// The value yielded.
        value: Value,
        /// Where execution resumes.
        resume: BlockCall,
        /// Where `throw()` delivers its exception.
        unwind: Unwind,
    },
    /// One step of `yield from`/`await`: sends a value into a delegate; if it
    /// yields, `yielded` receives the value; if it returns, `returned`
    /// receives its return value.
    Send {
        /// The delegate iterator.
        iter: Value,
        /// The value to send (None means `next()`).
        value: Value,
        /// Taken with a yielded value.
        yielded: BlockCall,
        /// Taken with the return value.
        returned: BlockCall,
        /// Where an error goes.
        unwind: Unwind,
    },
    /// Like `Send`, but throws an exception into the delegate (for
    /// `throw()` and `close()` while delegating).
    Throw {
        /// The delegate iterator.
        iter: Value,
        /// The exception to throw.
        exc: Value,
        /// Taken with a yielded value.
        yielded: BlockCall,
        /// Taken with the return value.
        returned: BlockCall,
        /// Where an error goes (including the thrown one, re-raised).
        unwind: Unwind,
    },
    /// Control never gets here.
    Unreachable,
}

impl Terminator {
    /// The blocks control may go to, including unwind targets.
    pub fn successors(&self) -> Vec<Block> {
        let mut out = Vec::new();
        self.for_each_successor(|b| out.push(b));
        out
    }

    /// Calls `f` on each edge's block call, with how many leading
    /// parameters of its block take an implicit value before the call's
    /// arguments (the item of `for_iter`, what `yield` is sent, what
    /// `send`/`throw` yielded or returned). Unwind edges are no block
    /// calls: a handler's one parameter takes the exception.
    pub fn for_each_edge(&self, mut f: impl FnMut(&BlockCall, usize)) {
        match self {
            Terminator::Jump(c) => f(c, 0),
            Terminator::Branch {
                then_dest,
                else_dest,
                ..
            } => {
                f(then_dest, 0);
                f(else_dest, 0);
            }
            Terminator::ForIter { next, done, .. } => {
                f(next, 1);
                f(done, 0);
            }
            Terminator::Yield { resume, .. } => f(resume, 1),
            Terminator::Send {
                yielded, returned, ..
            }
            | Terminator::Throw {
                yielded, returned, ..
            } => {
                f(yielded, 1);
                f(returned, 1);
            }
            Terminator::Return(_)
            | Terminator::Raise { .. }
            | Terminator::Reraise { .. }
            | Terminator::Unreachable => {}
        }
    }

    /// Calls `f` on every successor block.
    pub fn for_each_successor(&self, mut f: impl FnMut(Block)) {
        let unwind = |u: &Unwind| {
            if let Unwind::Handler(b) = u {
                Some(*b)
            } else {
                None
            }
        };
        match self {
            Terminator::Jump(c) => f(c.block),
            Terminator::Branch {
                then_dest,
                else_dest,
                ..
            } => {
                f(then_dest.block);
                f(else_dest.block);
            }
            Terminator::Return(_) | Terminator::Unreachable => {}
            Terminator::Raise { unwind: u, .. } | Terminator::Reraise { unwind: u, .. } => {
                if let Some(b) = unwind(u) {
                    f(b)
                }
            }
            Terminator::ForIter {
                next,
                done,
                unwind: u,
                ..
            } => {
                f(next.block);
                f(done.block);
                if let Some(b) = unwind(u) {
                    f(b)
                }
            }
            Terminator::Yield {
                resume, unwind: u, ..
            } => {
                f(resume.block);
                if let Some(b) = unwind(u) {
                    f(b)
                }
            }
            Terminator::Send {
                yielded,
                returned,
                unwind: u,
                ..
            }
            | Terminator::Throw {
                yielded,
                returned,
                unwind: u,
                ..
            } => {
                f(yielded.block);
                f(returned.block);
                if let Some(b) = unwind(u) {
                    f(b)
                }
            }
        }
    }

    /// Where an exception raised by the terminator goes, for those that
    /// can raise.
    pub fn unwind(&self) -> Option<Unwind> {
        match self {
            Terminator::Raise { unwind, .. }
            | Terminator::Reraise { unwind, .. }
            | Terminator::ForIter { unwind, .. }
            | Terminator::Yield { unwind, .. }
            | Terminator::Send { unwind, .. }
            | Terminator::Throw { unwind, .. } => Some(*unwind),
            Terminator::Jump(_)
            | Terminator::Branch { .. }
            | Terminator::Return(_)
            | Terminator::Unreachable => None,
        }
    }

    /// The value operands, in textual order.
    pub fn values(&self) -> Vec<Value> {
        let mut out = Vec::new();
        let call = |c: &BlockCall, out: &mut Vec<Value>| out.extend(&c.args);
        match self {
            Terminator::Jump(c) => call(c, &mut out),
            Terminator::Branch {
                cond,
                then_dest,
                else_dest,
            } => {
                out.push(*cond);
                call(then_dest, &mut out);
                call(else_dest, &mut out);
            }
            Terminator::Return(v) => out.push(*v),
            Terminator::Raise { exc, cause, .. } => out.extend(exc.iter().chain(cause.iter())),
            Terminator::Reraise { exc, .. } => out.push(*exc),
            Terminator::ForIter {
                iter, next, done, ..
            } => {
                out.push(*iter);
                call(next, &mut out);
                call(done, &mut out);
            }
            Terminator::Yield { value, resume, .. } => {
                out.push(*value);
                call(resume, &mut out);
            }
            Terminator::Send {
                iter,
                value: v,
                yielded,
                returned,
                ..
            }
            | Terminator::Throw {
                iter,
                exc: v,
                yielded,
                returned,
                ..
            } => {
                out.push(*iter);
                out.push(*v);
                call(yielded, &mut out);
                call(returned, &mut out);
            }
            Terminator::Unreachable => {}
        }
        out
    }
}

/// A basic block: parameters, instructions, one terminator.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BlockData {
    /// Parameters (instead of phi nodes).
    pub params: Vec<Value>,
    /// Instructions in order.
    pub insts: Vec<Inst>,
    /// The terminator and its source range; `None` only while building.
    pub term: Option<(Terminator, Loc)>,
}

/// Where a value comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueDef {
    /// The result of an instruction.
    Inst(Inst),
    /// The parameter of a block at an index.
    Param(Block, u32),
}

/// A value's definition and type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ValueData {
    /// Where it is defined.
    pub def: ValueDef,
    /// Its type.
    pub ty: Type,
}

/// What kind of code object a function is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FunctionKind {
    /// A module body.
    Module,
    /// A class body (called by `__build_class__` with the namespace).
    Class,
    /// A `def` or `async def`.
    Function,
    /// A lambda.
    Lambda,
    /// A comprehension or generator expression.
    Comprehension,
}

impl FunctionKind {
    /// The textual name.
    pub fn name(self) -> &'static str {
        match self {
            FunctionKind::Module => "module",
            FunctionKind::Class => "class",
            FunctionKind::Function => "function",
            FunctionKind::Lambda => "lambda",
            FunctionKind::Comprehension => "comprehension",
        }
    }

    /// Parses a textual name.
    pub fn from_name(name: &str) -> Option<FunctionKind> {
        [
            FunctionKind::Module,
            FunctionKind::Class,
            FunctionKind::Function,
            FunctionKind::Lambda,
            FunctionKind::Comprehension,
        ]
        .into_iter()
        .find(|k| k.name() == name)
    }
}

/// How the function suspends, if it does.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Suspension {
    /// An ordinary function.
    #[default]
    None,
    /// A generator (`yield` in a `def`).
    Generator,
    /// A coroutine (`async def` without `yield`).
    Coroutine,
    /// An async generator.
    AsyncGenerator,
}

impl Suspension {
    /// The textual name.
    pub fn name(self) -> &'static str {
        match self {
            Suspension::None => "plain",
            Suspension::Generator => "generator",
            Suspension::Coroutine => "coroutine",
            Suspension::AsyncGenerator => "async_generator",
        }
    }

    /// Parses a textual name.
    pub fn from_name(name: &str) -> Option<Suspension> {
        [
            Suspension::None,
            Suspension::Generator,
            Suspension::Coroutine,
            Suspension::AsyncGenerator,
        ]
        .into_iter()
        .find(|k| k.name() == name)
    }
}

/// The parameter shape of a function; names are the first `locals`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Params {
    /// Positional-only parameters.
    pub posonly: u32,
    /// Positional parameters, positional-only included.
    pub positional: u32,
    /// Keyword-only parameters.
    pub kwonly: u32,
    /// Whether there is `*args`.
    pub varargs: bool,
    /// Whether there is `**kwargs`.
    pub varkw: bool,
}

impl Params {
    /// The number of parameter names.
    pub fn count(&self) -> usize {
        (self.positional + self.kwonly + self.varargs as u32 + self.varkw as u32) as usize
    }
}

/// A function: one code object.
#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    /// `__name__`.
    pub name: String,
    /// `__qualname__`.
    pub qualname: String,
    /// What kind of code.
    pub kind: FunctionKind,
    /// Generator, coroutine, ...
    pub suspension: Suspension,
    /// The parameters.
    pub params: Params,
    /// Fast-local slots: the parameters first (co_varnames); hidden ones
    /// (`is_hidden_local`) after the source's.
    pub locals: Vec<String>,
    /// The type of each fast-local slot (what every value stored in it
    /// has), as type inference found them; empty when all are `object`.
    pub local_types: Vec<Type>,
    /// Variables of this function captured by inner ones (co_cellvars).
    pub cellvars: Vec<String>,
    /// Variables captured from outer functions (co_freevars).
    pub freevars: Vec<String>,
    /// The docstring.
    pub doc: Option<String>,
    /// The line of the `def`/`class`/`lambda` (co_firstlineno).
    pub first_line: u32,
    /// Instructions by index.
    pub insts: Vec<InstData>,
    /// Blocks by index.
    pub blocks: Vec<BlockData>,
    /// Values by index.
    pub values: Vec<ValueData>,
    /// The order of blocks; the first is the entry.
    pub layout: Vec<Block>,
}

impl Function {
    /// An empty function.
    pub fn new(name: impl Into<String>, qualname: impl Into<String>, kind: FunctionKind) -> Self {
        Function {
            name: name.into(),
            qualname: qualname.into(),
            kind,
            suspension: Suspension::None,
            params: Params::default(),
            locals: Vec::new(),
            local_types: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            doc: None,
            first_line: 1,
            insts: Vec::new(),
            blocks: Vec::new(),
            values: Vec::new(),
            layout: Vec::new(),
        }
    }

    /// The entry block.
    pub fn entry(&self) -> Option<Block> {
        self.layout.first().copied()
    }

    /// Adds a block at the end of the layout.
    pub fn add_block(&mut self) -> Block {
        let b = Block(self.blocks.len() as u32);
        self.blocks.push(BlockData::default());
        self.layout.push(b);
        b
    }

    /// Adds a parameter of type `ty` to `block`.
    pub fn add_param(&mut self, block: Block, ty: Type) -> Value {
        let idx = self.blocks[block.index()].params.len() as u32;
        let v = self.new_value(ValueDef::Param(block, idx), ty);
        self.blocks[block.index()].params.push(v);
        v
    }

    /// Appends an instruction to `block`, creating its result value.
    pub fn append_inst(&mut self, block: Block, mut data: InstData) -> Option<Value> {
        let inst = Inst(self.insts.len() as u32);
        let info = data.op.info();
        data.result = match info.result {
            super::ops::ResultKind::Nothing => None,
            super::ops::ResultKind::Typed(ty) => Some(self.new_value(ValueDef::Inst(inst), ty)),
            super::ops::ResultKind::OfConst => {
                let ty = match &data.imm {
                    Imm::Const(c) => c.ty(),
                    _ => Type::Object,
                };
                Some(self.new_value(ValueDef::Inst(inst), ty))
            }
        };
        let result = data.result;
        self.insts.push(data);
        self.blocks[block.index()].insts.push(inst);
        result
    }

    /// Sets the terminator of `block`.
    pub fn set_terminator(&mut self, block: Block, term: Terminator, loc: Loc) {
        self.blocks[block.index()].term = Some((term, loc));
    }

    /// The type of a value.
    pub fn value_type(&self, v: Value) -> Type {
        self.values[v.index()].ty
    }

    fn new_value(&mut self, def: ValueDef, ty: Type) -> Value {
        let v = Value(self.values.len() as u32);
        self.values.push(ValueData { def, ty });
        v
    }
}

/// A module: its functions, the first being the module body.
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    /// The module's `__name__` at compile time (`__main__` for a script).
    pub name: String,
    /// The source file name, as tracebacks print it.
    pub filename: String,
    /// The functions; `FuncId(0)` is the module body.
    pub functions: Vec<Function>,
}

/// The fast local that holds local `name` of a generator expression whose
/// loop runs inline in another function: a name no source can spell.
pub fn hidden_local(name: &str) -> String {
    format!("<genexpr {name}>")
}

/// Whether a fast local is one the compiler made (`hidden_local`), which
/// `locals()` leaves out.
pub fn is_hidden_local(name: &str) -> bool {
    name.starts_with('<')
}
