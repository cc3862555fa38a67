//! The register bytecode: what the VM (runtime/) runs.
//!
//! A bytecode `Module` is a flat list of `CodeObject`s, one per IR function,
//! in the IR's function order: index 0 is the module body and
//! `function.make` names its code object by that index (`Instr::MakeFunction
//! { code, .. }`). A code object holds its instructions (`code`), one
//! register per SSA value (`nregs`), frame slots for fast locals, cells and
//! free variables, the constants and names its instructions index, a side
//! array of register operands for variadic instructions (`operands`), and
//! two tables parallel to `code`: the unwind target of each instruction
//! (`unwind`, into `handlers`) and its source range (`locs`).
//!
//! The instruction set is declared once, in the `instrs!` table below: one
//! variant per IR opcode (built from IR instructions by the emitter through
//! the operand kinds of the table) plus the control-flow instructions that
//! replace IR terminators. The disassembler, the encoder, the decoder and
//! its bounds checks all derive from the table. docs/dev/bytecode.md
//! describes the format and how to add an instruction.

pub mod disasm;
pub mod emit;
mod fold;
pub mod serialize;

use crate::ir;

pub use emit::{EmitError, emit_module};
pub use serialize::{DecodeError, FORMAT_VERSION, MAGIC};

/// An operand address in a frame. Instructions write registers
/// (`0..nregs`); they read one address space: registers, then the fast
/// locals (`nregs + slot`), then the constants (`nregs + varnames.len() +
/// index`), so reading a local or a constant needs no instruction of its
/// own (`CodeObject::source`).
pub type Reg = u32;

/// The value of an `unwind` entry for an instruction that cannot raise, or
/// whose exception leaves the function (`ir::Unwind::Exit`).
pub const NO_HANDLER: u32 = u32::MAX;

/// A compiled module: its code objects, the module body first.
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    /// The module's `__name__` at compile time.
    pub name: String,
    /// The source file, as tracebacks print it.
    pub filename: String,
    /// The code objects; index 0 is the module body, index N is IR function
    /// `@N`, the operand of `Instr::MakeFunction`.
    pub code: Vec<CodeObject>,
}

/// One function's code: header, frame shape, tables and instructions.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    /// `co_name`.
    pub name: String,
    /// `co_qualname`.
    pub qualname: String,
    /// `co_filename`.
    pub filename: String,
    /// `co_firstlineno`.
    pub first_line: u32,
    /// Module, class body, function, lambda or comprehension.
    pub kind: ir::FunctionKind,
    /// Plain, generator, coroutine or async generator.
    pub suspension: ir::Suspension,
    /// The parameter shape; the parameters are the first `varnames`.
    pub params: ir::Params,
    /// Fast-local slots (`co_varnames`), parameters first.
    pub varnames: Vec<String>,
    /// Cells created by this frame; cell slot `i` for `i < cellvars.len()`.
    pub cellvars: Vec<String>,
    /// Cells received through the closure; cell slot `cellvars.len() + i`.
    pub freevars: Vec<String>,
    /// The docstring.
    pub doc: Option<String>,
    /// The number of registers: one per IR value (register `n` holds value
    /// `vn`), plus at most two scratch registers for block-argument moves.
    pub nregs: u32,
    /// Constants, indexed by `Operand::Const` operands.
    pub consts: Vec<ir::Const>,
    /// Names of globals, namespace entries, attributes and modules.
    pub names: Vec<String>,
    /// Register operands of variadic instructions, as `ArgRange`s into it.
    pub operands: Vec<Reg>,
    /// The instructions; a pc is an index into it.
    pub code: Vec<Instr>,
    /// Per pc: an index into `handlers`, or `NO_HANDLER`.
    pub unwind: Vec<u32>,
    /// Exception handlers: where control goes and which register receives
    /// the exception.
    pub handlers: Vec<Handler>,
    /// Per pc: the source range, for tracebacks.
    pub locs: Vec<ir::Loc>,
    /// The type inference expects of each slot (registers, then fast
    /// locals), empty when nothing was inferred. Expectations, not
    /// proofs (`passes::infer`): the VM ignores them, the native backend
    /// checks a value wherever it relies on one.
    pub slot_types: Vec<ir::Type>,
}

/// An exception handler: the IR handler block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handler {
    /// The pc of the handler's first instruction.
    pub pc: u32,
    /// The register that receives the exception object (the handler
    /// block's parameter).
    pub exc: Reg,
}

/// A run of registers in `CodeObject::operands`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ArgRange {
    /// The first index into `operands`.
    pub start: u32,
    /// How many registers.
    pub len: u32,
}

impl ArgRange {
    /// The registers of the range, or `None` when it is out of bounds.
    pub fn regs(self, operands: &[Reg]) -> Option<&[Reg]> {
        let start = self.start as usize;
        operands.get(start..start.checked_add(self.len as usize)?)
    }
}

/// What a read operand addresses (`CodeObject::source`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// A register.
    Reg(Reg),
    /// A fast-local slot (index into `varnames`).
    Local(u32),
    /// A constant (index into `consts`).
    Const(u32),
    /// Beyond the constants.
    Bad(u32),
}

impl CodeObject {
    /// The address of fast-local slot `slot` as a read operand.
    pub fn local_operand(&self, slot: u32) -> Reg {
        self.nregs + slot
    }

    /// What read operand `r` addresses.
    pub fn source(&self, r: Reg) -> Source {
        let nlocals = self.varnames.len() as u64;
        let r64 = u64::from(r);
        let nregs = u64::from(self.nregs);
        if r64 < nregs {
            Source::Reg(r)
        } else if r64 < nregs + nlocals {
            Source::Local(r - self.nregs)
        } else if r64 < nregs + nlocals + self.consts.len() as u64 {
            Source::Const((r64 - nregs - nlocals) as u32)
        } else {
            Source::Bad(r)
        }
    }

    /// The handler that catches an exception raised at `pc`, if any.
    pub fn handler_at(&self, pc: usize) -> Option<Handler> {
        let index = *self.unwind.get(pc)?;
        self.handlers.get(index as usize).copied()
    }

    /// The name of cell slot `i` (cellvars, then freevars).
    pub fn cell_name(&self, i: u32) -> Option<&str> {
        let i = i as usize;
        match i.checked_sub(self.cellvars.len()) {
            None => self.cellvars.get(i),
            Some(f) => self.freevars.get(f),
        }
        .map(String::as_str)
    }
}

/// One operand of an instruction, by kind, as `Instr::for_each_operand`
/// reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operand {
    /// A register the instruction writes; an IR op's result may also be
    /// a fast local (`nregs + slot`), for a result stored right away.
    Dst(Reg),
    /// An operand the instruction reads: a register, a fast local or a
    /// constant (see `Reg`).
    Reg(Reg),
    /// A register the instruction reads and leaves empty.
    Take(Reg),
    /// A register written only on the path to the target after it
    /// (`Send::yielded_dst`, ...).
    Out(Reg),
    /// An optional operand read.
    OptReg(Option<Reg>),
    /// Operands read, in `operands`.
    Args(ArgRange),
    /// A fast-local slot (index into `varnames`).
    Local(u32),
    /// A cell slot (cellvars, then freevars).
    Cell(u32),
    /// An index into `names`.
    Name(u32),
    /// An index into `consts`.
    Const(u32),
    /// An optional index into `consts` (keyword names: a tuple of str).
    OptConst(Option<u32>),
    /// An index into the module's code objects.
    Code(u32),
    /// A count or index immediate.
    Count(u32),
    /// A `format` conversion: 0 none, 1 `s`, 2 `r`, 3 `a`.
    Conv(u32),
    /// A pc.
    Target(u32),
}

/// The Rust type of an operand kind of the table.
macro_rules! kind_ty {
    (dst) => { Reg };
    (arg) => { Reg };
    (reg) => { Reg };
    (out) => { Reg };
    (take) => { Reg };
    (opt_arg) => { Option<Reg> };
    (opt_reg) => { Option<Reg> };
    (args) => { ArgRange };
    (local) => { u32 };
    (cell) => { u32 };
    (free) => { u32 };
    (name) => { u32 };
    (konst) => { u32 };
    (kwnames) => { Option<u32> };
    (func) => { u32 };
    (count) => { u32 };
    (count_b) => { u32 };
    (conv) => { u32 };
    (target) => { u32 };
}

/// The `Operand` of a field of the table.
macro_rules! kind_operand {
    (dst, $x:expr) => {
        Operand::Dst(*$x)
    };
    (arg, $x:expr) => {
        Operand::Reg(*$x)
    };
    (reg, $x:expr) => {
        Operand::Reg(*$x)
    };
    (out, $x:expr) => {
        Operand::Out(*$x)
    };
    (take, $x:expr) => {
        Operand::Take(*$x)
    };
    (opt_arg, $x:expr) => {
        Operand::OptReg(*$x)
    };
    (opt_reg, $x:expr) => {
        Operand::OptReg(*$x)
    };
    (args, $x:expr) => {
        Operand::Args(*$x)
    };
    (local, $x:expr) => {
        Operand::Local(*$x)
    };
    (cell, $x:expr) => {
        Operand::Cell(*$x)
    };
    (free, $x:expr) => {
        Operand::Cell(*$x)
    };
    (name, $x:expr) => {
        Operand::Name(*$x)
    };
    (konst, $x:expr) => {
        Operand::Const(*$x)
    };
    (kwnames, $x:expr) => {
        Operand::OptConst(*$x)
    };
    (func, $x:expr) => {
        Operand::Code(*$x)
    };
    (count, $x:expr) => {
        Operand::Count(*$x)
    };
    (count_b, $x:expr) => {
        Operand::Count(*$x)
    };
    (conv, $x:expr) => {
        Operand::Conv(*$x)
    };
    (target, $x:expr) => {
        Operand::Target(*$x)
    };
}

/// Calls `$f` on the field when it is a jump target.
macro_rules! visit_target {
    (target, $x:ident, $f:ident) => {
        $f($x)
    };
    ($kind:ident, $x:ident, $f:ident) => {
        let _ = $x;
    };
}

/// Calls `$f` on the field when it is a read operand (`args` ranges are
/// not fields: their operands live in `CodeObject::operands`).
macro_rules! visit_read {
    (arg, $x:ident, $f:ident) => {
        $f($x)
    };
    (reg, $x:ident, $f:ident) => {
        $f($x)
    };
    (opt_arg, $x:ident, $f:ident) => {
        if let Some(r) = $x {
            $f(r)
        }
    };
    (opt_reg, $x:ident, $f:ident) => {
        if let Some(r) = $x {
            $f(r)
        }
    };
    ($kind:ident, $x:ident, $f:ident) => {
        let _ = $x;
    };
}

/// Calls `$f` on the field when it names a register (or, for a read
/// operand, any address).
macro_rules! visit_reg {
    (dst, $x:ident, $f:ident) => {
        $f($x)
    };
    (out, $x:ident, $f:ident) => {
        $f($x)
    };
    (take, $x:ident, $f:ident) => {
        $f($x)
    };
    ($kind:ident, $x:ident, $f:ident) => {
        visit_read!($kind, $x, $f)
    };
}

/// Calls `$f` on the field when it is a written register.
macro_rules! visit_dst {
    (dst, $x:ident, $f:ident) => {
        $f($x)
    };
    ($kind:ident, $x:ident, $f:ident) => {
        let _ = $x;
    };
}

macro_rules! instrs {
    (
        ops {
            $( $op:ident { $( $ofield:ident : $okind:ident ),* $(,)? } ; )*
        }
        control {
            $(
                $(#[doc = $cdoc:literal])+
                $ctl:ident = $ctext:literal { $( $cfield:ident : $ckind:ident ),* $(,)? } ;
            )*
        }
    ) => {
        /// One bytecode instruction. Operands are indices: registers,
        /// slots, constants, names, pcs (see `Operand` for the kinds).
        ///
        /// An explicit one-byte tag (`repr(u8)`): the VM's dispatch is
        /// then a byte load and a jump through the table, where Rust's
        /// niche in an operand made it decode the tag with a subtraction
        /// and a conditional move per instruction.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u8)]
        pub enum Instr {
            $(
                #[doc = concat!("The IR op `ir::Opcode::", stringify!($op), "` (docs/dev/ir.md).")]
                $op {
                    $(
                        #[doc = concat!("Operand of kind `", stringify!($okind), "`.")]
                        $ofield: kind_ty!($okind),
                    )*
                },
            )*
            $(
                $(#[doc = $cdoc])+
                $ctl {
                    $(
                        #[doc = concat!("Operand of kind `", stringify!($ckind), "`.")]
                        $cfield: kind_ty!($ckind),
                    )*
                },
            )*
        }

        /// The serialized tag of each instruction: its declaration index.
        #[allow(clippy::upper_case_acronyms)]
        #[repr(u8)]
        enum Tag {
            $( $op, )*
            $( $ctl, )*
        }

        impl Instr {
            /// The textual name (the IR op's name for IR ops).
            pub fn name(&self) -> &'static str {
                match self {
                    $( Instr::$op { .. } => ir::Opcode::$op.name(), )*
                    $( Instr::$ctl { .. } => $ctext, )*
                }
            }

            /// Calls `f` with each operand's field name and value, in
            /// declaration order.
            pub fn for_each_operand(&self, mut f: impl FnMut(&'static str, Operand)) {
                match self {
                    $( Instr::$op { $( $ofield ),* } => {
                        $( f(stringify!($ofield), kind_operand!($okind, $ofield)); )*
                    } )*
                    $( Instr::$ctl { $( $cfield ),* } => {
                        $( f(stringify!($cfield), kind_operand!($ckind, $cfield)); )*
                    } )*
                }
            }

            /// Calls `f` on each jump target (pc) of the instruction.
            pub fn for_each_target_mut(&mut self, mut f: impl FnMut(&mut u32)) {
                match self {
                    $( Instr::$op { $( $ofield ),* } => { $( visit_target!($okind, $ofield, f); )* } )*
                    $( Instr::$ctl { $( $cfield ),* } => { $( visit_target!($ckind, $cfield, f); )* } )*
                }
            }

            /// Calls `f` on each read operand field of the instruction.
            fn for_each_read_mut(&mut self, mut f: impl FnMut(&mut u32)) {
                match self {
                    $( Instr::$op { $( $ofield ),* } => { $( visit_read!($okind, $ofield, f); )* } )*
                    $( Instr::$ctl { $( $cfield ),* } => { $( visit_read!($ckind, $cfield, f); )* } )*
                }
            }

            /// Calls `f` on each field that names a register or read
            /// operand (not the `args` ranges, which index `operands`).
            fn for_each_reg_mut(&mut self, mut f: impl FnMut(&mut u32)) {
                match self {
                    $( Instr::$op { $( $ofield ),* } => { $( visit_reg!($okind, $ofield, f); )* } )*
                    $( Instr::$ctl { $( $cfield ),* } => { $( visit_reg!($ckind, $cfield, f); )* } )*
                }
            }

            /// Calls `f` on each written register field (`dst` kind).
            fn for_each_dst_mut(&mut self, mut f: impl FnMut(&mut u32)) {
                match self {
                    $( Instr::$op { $( $ofield ),* } => { $( visit_dst!($okind, $ofield, f); )* } )*
                    $( Instr::$ctl { $( $cfield ),* } => { $( visit_dst!($ckind, $cfield, f); )* } )*
                }
            }

            /// Calls `f` on the result field of an IR op (control
            /// instructions are left alone).
            fn for_each_op_dst_mut(&mut self, mut f: impl FnMut(&mut u32)) {
                #[allow(unreachable_patterns)]
                match self {
                    $( Instr::$op { $( $ofield ),* } => { $( visit_dst!($okind, $ofield, f); )* } )*
                    _ => {}
                }
            }

            /// Builds the instruction for an IR op, taking each operand
            /// from `cx` by its kind.
            fn from_ir(op: ir::Opcode, cx: &mut emit::OpCx<'_, '_>) -> Result<Instr, String> {
                Ok(match op {
                    $( ir::Opcode::$op => Instr::$op { $( $ofield: cx.$okind()? ),* }, )*
                })
            }

            fn encode(&self, w: &mut serialize::Writer) {
                match self {
                    $( Instr::$op { $( $ofield ),* } => {
                        w.u8(Tag::$op as u8);
                        $( serialize::Field::put($ofield, w); )*
                    } )*
                    $( Instr::$ctl { $( $cfield ),* } => {
                        w.u8(Tag::$ctl as u8);
                        $( serialize::Field::put($cfield, w); )*
                    } )*
                }
            }

            fn decode(r: &mut serialize::Reader<'_>) -> Result<Instr, DecodeError> {
                let tag = r.u8()?;
                $( if tag == Tag::$op as u8 {
                    return Ok(Instr::$op { $( $ofield: serialize::Field::get(r)? ),* });
                } )*
                $( if tag == Tag::$ctl as u8 {
                    return Ok(Instr::$ctl { $( $cfield: serialize::Field::get(r)? ),* });
                } )*
                Err(r.error(format!("unknown instruction tag {tag}")))
            }
        }
    };
}

// The instruction table. IR ops: the fields are built in order from the IR
// instruction by kind: `dst` the result's register, `arg` the next operand,
// `opt_arg` the next operand if any, `args` all remaining operands (into
// `operands`), `local`/`cell`/`free` the name immediate as a slot,
// `name` as a `names` index, `konst` the constant, `kwnames` the keyword
// names as a constant tuple of str (None when there are none), `func` the
// code object, `count`/`count_b` the first/second count, `conv` the
// conversion. Control instructions use `reg`, `opt_reg`, `out` (a
// register written on the path to the next target), `take` (a register
// read and emptied) and `target` (a pc).
instrs! {
    ops {
        Const { dst: dst, value: konst };

        LoadFast { dst: dst, slot: local };
        StoreFast { slot: local, src: arg };
        DelFast { slot: local };
        LoadDeref { dst: dst, cell: cell };
        StoreDeref { cell: cell, src: arg };
        DelDeref { cell: cell };
        LoadClassDeref { dst: dst, name: name, cell: free };
        LoadClosure { dst: dst, cell: cell };
        LoadGlobal { dst: dst, name: name };
        StoreGlobal { name: name, src: arg };
        DelGlobal { name: name };
        LoadName { dst: dst, name: name };
        StoreName { name: name, src: arg };
        DelName { name: name };
        LoadBuiltinExc { dst: dst, name: name };
        IsBuiltin { dst: dst, name: name, value: arg };
        LoadBuildClass { dst: dst };
        SetupAnnotations {};

        AttrGet { dst: dst, name: name, obj: arg };
        AttrSet { name: name, obj: arg, value: arg };
        AttrDel { name: name, obj: arg };
        ItemGet { dst: dst, obj: arg, key: arg };
        ItemSet { obj: arg, key: arg, value: arg };
        ItemDel { obj: arg, key: arg };
        Slice { dst: dst, start: arg, stop: arg, step: arg };

        Add { dst: dst, a: arg, b: arg };
        Sub { dst: dst, a: arg, b: arg };
        Mul { dst: dst, a: arg, b: arg };
        MatMul { dst: dst, a: arg, b: arg };
        TrueDiv { dst: dst, a: arg, b: arg };
        FloorDiv { dst: dst, a: arg, b: arg };
        Mod { dst: dst, a: arg, b: arg };
        Pow { dst: dst, a: arg, b: arg };
        LShift { dst: dst, a: arg, b: arg };
        RShift { dst: dst, a: arg, b: arg };
        BitAnd { dst: dst, a: arg, b: arg };
        BitOr { dst: dst, a: arg, b: arg };
        BitXor { dst: dst, a: arg, b: arg };
        InplaceAdd { dst: dst, a: arg, b: arg };
        InplaceSub { dst: dst, a: arg, b: arg };
        InplaceMul { dst: dst, a: arg, b: arg };
        InplaceMatMul { dst: dst, a: arg, b: arg };
        InplaceTrueDiv { dst: dst, a: arg, b: arg };
        InplaceFloorDiv { dst: dst, a: arg, b: arg };
        InplaceMod { dst: dst, a: arg, b: arg };
        InplacePow { dst: dst, a: arg, b: arg };
        InplaceLShift { dst: dst, a: arg, b: arg };
        InplaceRShift { dst: dst, a: arg, b: arg };
        InplaceBitAnd { dst: dst, a: arg, b: arg };
        InplaceBitOr { dst: dst, a: arg, b: arg };
        InplaceBitXor { dst: dst, a: arg, b: arg };
        Neg { dst: dst, a: arg };
        Pos { dst: dst, a: arg };
        Invert { dst: dst, a: arg };
        Not { dst: dst, a: arg };
        Truth { dst: dst, a: arg };
        Lt { dst: dst, a: arg, b: arg };
        Le { dst: dst, a: arg, b: arg };
        Eq { dst: dst, a: arg, b: arg };
        Ne { dst: dst, a: arg, b: arg };
        Gt { dst: dst, a: arg, b: arg };
        Ge { dst: dst, a: arg, b: arg };
        Is { dst: dst, a: arg, b: arg };
        IsNot { dst: dst, a: arg, b: arg };
        In { dst: dst, a: arg, b: arg };
        NotIn { dst: dst, a: arg, b: arg };

        TupleBuild { dst: dst, items: args };
        ListBuild { dst: dst, items: args };
        SetBuild { dst: dst, items: args };
        DictBuild { dst: dst, items: args };
        ListAppend { list: arg, item: arg };
        ListExtend { list: arg, iterable: arg };
        ListToTuple { dst: dst, list: arg };
        SetAdd { set: arg, item: arg };
        SetUpdate { set: arg, iterable: arg };
        DictSet { dict: arg, key: arg, value: arg };
        DictUpdate { dict: arg, mapping: arg };
        ArgsExtend { callee: arg, list: arg, iterable: arg };
        KwargsMerge { callee: arg, dict: arg, mapping: arg };
        UnpackSeq { dst: dst, count: count, src: arg };
        UnpackEx { dst: dst, before: count, after: count_b, src: arg };
        TupleItem { dst: dst, index: count, tuple: arg };
        Format { dst: dst, conv: conv, value: arg, spec: opt_arg };
        StrBuild { dst: dst, parts: args };

        Call { dst: dst, kwnames: kwnames, callee: arg, args: args };
        CallEx { dst: dst, callee: arg, args: arg, kwargs: arg };
        SuperZero { dst: dst, sup: arg, class_cell: arg, first: arg };

        Iter { dst: dst, src: arg };
        AIter { dst: dst, src: arg };
        ANext { dst: dst, src: arg };
        AwaitIter { dst: dst, src: arg };
        YieldFromIter { dst: dst, src: arg };
        AsyncGenWrap { dst: dst, src: arg };

        MakeFunction { dst: dst, code: func, defaults: arg, kwdefaults: arg, annotations: arg, closure: arg };
        GenexprUnwind { dst: dst, code: func, exc: arg };

        Import { dst: dst, name: name, level: count, fromlist: arg };
        ImportFrom { dst: dst, name: name, module: arg };
        ImportStar { module: arg };

        ExcMatch { dst: dst, exc: arg, ty: arg };
        ExcPush { exc: arg };
        ExcPop {};
        ExcType { dst: dst, exc: arg };
        ExcTraceback { dst: dst, exc: arg };
        ExcGroupSplit { dst: dst, exc: arg, ty: arg };
        ExcGroupReraise { dst: dst, orig: arg, raised: arg };
        SpecialLookup { dst: dst, name: name, obj: arg };

        Len { dst: dst, obj: arg };
        MatchClass { dst: dst, positional: count, kwnames: kwnames, subject: arg, cls: arg };
        MatchMapping { dst: dst, subject: arg };
        MatchSequence { dst: dst, subject: arg };
        MatchKeys { dst: dst, subject: arg, keys: arg };
        DictWithout { dst: dst, mapping: arg, keys: arg };

        PrintExpr { value: arg };
    }
    control {
        /// `dst = src`: a block argument on its way into a block parameter.
        Move = "move" { dst: dst, src: reg };
        /// Drops the object in `dst` (its last use has passed), so that a
        /// value stored into a variable or left unused dies with its last
        /// reference, as CPython's stack discipline has it.
        Clear = "clear" { dst: dst };
        /// `obj.name` for a method call: when the attribute is a function
        /// found on the type (no instance attribute or descriptor in the
        /// way), `dst` gets the function and `self_` the object, so the
        /// call needs no bound method; otherwise `dst` gets the attribute
        /// and `self_` is left empty.
        LoadMethod = "load_method" { dst: dst, self_: dst, name: name, obj: reg };
        /// A call whose callee came from `load_method`: `self_`, when set,
        /// is taken out of its register and passed first.
        CallMethod = "call_method" { dst: dst, kwnames: kwnames, callee: reg, self_: take, args: args };
        /// `store.fast` of a register whose value has no other use: the
        /// value moves into the slot and the register is left empty.
        StoreFastMove = "store.fast.move" { slot: local, src: take };
        /// Continues at `target`.
        Jump = "jump" { target: target };
        /// Continues at `then` if `cond` (a bool) is true, else at `else_`.
        BranchIf = "branch" { cond: reg, then: target, else_: target };
        /// `branch` on the truth of `a < b`: a comparison whose only use is
        /// the branch (its location and handler are the comparison's).
        BranchLt = "branch.lt" { a: reg, b: reg, then: target, else_: target };
        /// `branch` on the truth of `a <= b`.
        BranchLe = "branch.le" { a: reg, b: reg, then: target, else_: target };
        /// `branch` on the truth of `a == b`.
        BranchEq = "branch.eq" { a: reg, b: reg, then: target, else_: target };
        /// `branch` on the truth of `a != b`.
        BranchNe = "branch.ne" { a: reg, b: reg, then: target, else_: target };
        /// `branch` on the truth of `a > b`.
        BranchGt = "branch.gt" { a: reg, b: reg, then: target, else_: target };
        /// `branch` on the truth of `a >= b`.
        BranchGe = "branch.ge" { a: reg, b: reg, then: target, else_: target };
        /// Returns `src` (or finishes a generator with it).
        Return = "return" { src: reg };
        /// `raise exc from cause`; bare `raise` when `exc` is None.
        Raise = "raise" { exc: opt_reg, cause: opt_reg };
        /// Re-raises a caught exception object unchanged.
        Reraise = "reraise" { exc: reg };
        /// Advances `iter`: the item goes into `dst` and control to `next`;
        /// at exhaustion control goes to `done` and `dst` is untouched.
        ForIter = "for_iter" { dst: dst, iter: reg, next: target, done: target };
        /// Suspends with `src`; on resumption the sent value goes into `dst`
        /// and control to `resume`. A thrown exception is raised at this pc.
        Yield = "yield" { dst: dst, src: reg, resume: target };
        /// Sends `value` into the delegate `iter`: a yielded value goes into
        /// `yielded_dst` and control to `yielded`; a return value into
        /// `returned_dst` and control to `returned`.
        Send = "send" { iter: reg, value: reg, yielded: target, yielded_dst: out, returned: target, returned_dst: out };
        /// Like `Send`, throwing `exc` into the delegate.
        Throw = "throw" { iter: reg, exc: reg, yielded: target, yielded_dst: out, returned: target, returned_dst: out };
        /// Control never gets here.
        Unreachable = "unreachable" {};
    }
}

impl Instr {
    /// Whether control can go on to the next pc after the instruction
    /// (false for jumps, branches, returns, raises and the other control
    /// instructions that name all their successors).
    pub fn falls_through(&self) -> bool {
        !matches!(
            self,
            Instr::Jump { .. }
                | Instr::BranchIf { .. }
                | Instr::BranchLt { .. }
                | Instr::BranchLe { .. }
                | Instr::BranchEq { .. }
                | Instr::BranchNe { .. }
                | Instr::BranchGt { .. }
                | Instr::BranchGe { .. }
                | Instr::Return { .. }
                | Instr::Raise { .. }
                | Instr::Reraise { .. }
                | Instr::ForIter { .. }
                | Instr::Yield { .. }
                | Instr::Send { .. }
                | Instr::Throw { .. }
                | Instr::Unreachable {}
        )
    }

    /// `[a, b]` of a rich comparison, whether its result goes to a
    /// register (`a < b`) or decides a branch (`branch.lt a, b`).
    pub fn comparison_operands(&self) -> Option<[u32; 2]> {
        use Instr as I;
        match *self {
            I::Lt { a, b, .. }
            | I::Le { a, b, .. }
            | I::Gt { a, b, .. }
            | I::Ge { a, b, .. }
            | I::Eq { a, b, .. }
            | I::Ne { a, b, .. }
            | I::BranchLt { a, b, .. }
            | I::BranchLe { a, b, .. }
            | I::BranchGt { a, b, .. }
            | I::BranchGe { a, b, .. }
            | I::BranchEq { a, b, .. }
            | I::BranchNe { a, b, .. } => Some([a, b]),
            _ => None,
        }
    }

    /// `(dst, a, b)` of a binary operator instruction (`a op b`, `a op= b`).
    pub fn binary_operands(&self) -> Option<(u32, u32, u32)> {
        use Instr as I;
        match *self {
            I::Add { dst, a, b }
            | I::Sub { dst, a, b }
            | I::Mul { dst, a, b }
            | I::MatMul { dst, a, b }
            | I::TrueDiv { dst, a, b }
            | I::FloorDiv { dst, a, b }
            | I::Mod { dst, a, b }
            | I::Pow { dst, a, b }
            | I::LShift { dst, a, b }
            | I::RShift { dst, a, b }
            | I::BitAnd { dst, a, b }
            | I::BitOr { dst, a, b }
            | I::BitXor { dst, a, b }
            | I::InplaceAdd { dst, a, b }
            | I::InplaceSub { dst, a, b }
            | I::InplaceMul { dst, a, b }
            | I::InplaceMatMul { dst, a, b }
            | I::InplaceTrueDiv { dst, a, b }
            | I::InplaceFloorDiv { dst, a, b }
            | I::InplaceMod { dst, a, b }
            | I::InplacePow { dst, a, b }
            | I::InplaceLShift { dst, a, b }
            | I::InplaceRShift { dst, a, b }
            | I::InplaceBitAnd { dst, a, b }
            | I::InplaceBitOr { dst, a, b }
            | I::InplaceBitXor { dst, a, b } => Some((dst, a, b)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Instr;

    /// Instructions stay compact: the tag byte (padded to a word) and
    /// seven u32 words of operands at most (`call_method`'s), 32 bytes,
    /// which indexing turns into a shift.
    #[test]
    fn instr_is_at_most_32_bytes() {
        assert!(
            std::mem::size_of::<Instr>() <= 32,
            "{}",
            std::mem::size_of::<Instr>()
        );
    }
}
