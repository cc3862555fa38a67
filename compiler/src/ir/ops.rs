//! The instruction set: every opcode declared once, with its textual name,
//! its immediate, its operand count, its result and whether it can raise.
//!
//! The printer, the reader, the verifier and the backends all derive what
//! they need from this table; adding an op means adding one line here and
//! its meaning to docs/dev/ir.md.

use super::types::Type;

/// What kind of immediate (non-value operand) an op carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImmKind {
    /// No immediate.
    None,
    /// A name: a variable, attribute or module name.
    Name,
    /// A constant.
    Const,
    /// A function of the module.
    Func,
    /// A count or index.
    Count,
    /// Two counts (`unpack.ex`: names before and after the starred one).
    Pair,
    /// Keyword names of a call (the last values of the operands).
    Keywords,
    /// A module name and a relative-import level.
    Import,
    /// A `format` conversion: none, `s`, `r` or `a`.
    Conversion,
    /// A class pattern: the number of positional patterns and the keyword
    /// attribute names.
    ClassPattern,
}

/// How many value operands an op takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arity {
    /// Exactly this many.
    Fixed(usize),
    /// At least this many.
    AtLeast(usize),
}

/// What an op produces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultKind {
    /// No value.
    Nothing,
    /// A value of this type.
    Typed(Type),
    /// A value of the constant's type (`const`).
    OfConst,
}

/// The static description of an opcode.
#[derive(Clone, Copy, Debug)]
pub struct OpInfo {
    /// Its immediate.
    pub imm: ImmKind,
    /// Its operand count.
    pub arity: Arity,
    /// Its result.
    pub result: ResultKind,
    /// Whether it can raise: then it names an unwind target.
    pub raises: bool,
}

macro_rules! opcodes {
    ($(
        $(#[doc = $doc:literal])+
        $variant:ident = $text:literal, $imm:ident, $arity:ident($n:literal), $result:expr, $raises:ident;
    )*) => {
        /// An opcode.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Opcode {
            $( $(#[doc = $doc])+ $variant, )*
        }

        impl Opcode {
            /// Every opcode.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$variant,)*];

            /// The textual name.
            pub fn name(self) -> &'static str {
                match self { $(Opcode::$variant => $text,)* }
            }

            /// The static description.
            pub fn info(self) -> OpInfo {
                match self {
                    $(Opcode::$variant => OpInfo {
                        imm: ImmKind::$imm,
                        arity: Arity::$arity($n),
                        result: $result,
                        raises: opcodes!(@raises $raises),
                    },)*
                }
            }
        }
    };
    (@raises raises) => { true };
    (@raises never) => { false };
}

impl Opcode {
    /// Parses a textual name.
    pub fn from_name(name: &str) -> Option<Opcode> {
        Opcode::ALL.iter().copied().find(|op| op.name() == name)
    }
}

const OBJ: ResultKind = ResultKind::Typed(Type::Object);
const BOOL: ResultKind = ResultKind::Typed(Type::Bool);
const NOTHING: ResultKind = ResultKind::Nothing;

opcodes! {
    /// A constant.
    Const = "const", Const, Fixed(0), ResultKind::OfConst, never;

    /// Reads a function-local slot; UnboundLocalError if unbound.
    LoadFast = "load.fast", Name, Fixed(0), OBJ, raises;
    /// Writes a function-local slot.
    StoreFast = "store.fast", Name, Fixed(1), NOTHING, never;
    /// Unbinds a function-local slot; UnboundLocalError if unbound.
    DelFast = "del.fast", Name, Fixed(0), NOTHING, raises;
    /// Reads a cell or free variable; NameError/UnboundLocalError if empty.
    LoadDeref = "load.deref", Name, Fixed(0), OBJ, raises;
    /// Writes a cell or free variable.
    StoreDeref = "store.deref", Name, Fixed(1), NOTHING, never;
    /// Empties a cell or free variable; raises if already empty.
    DelDeref = "del.deref", Name, Fixed(0), NOTHING, raises;
    /// In a class body: the namespace's binding if any, else the free variable.
    LoadClassDeref = "load.classderef", Name, Fixed(0), OBJ, raises;
    /// The cell object of a cell or free variable (for closures).
    LoadClosure = "load.closure", Name, Fixed(0), OBJ, never;
    /// Reads a global, falling back to builtins; NameError if neither.
    LoadGlobal = "load.global", Name, Fixed(0), OBJ, raises;
    /// Writes a global.
    StoreGlobal = "store.global", Name, Fixed(1), NOTHING, never;
    /// Deletes a global; NameError if unbound.
    DelGlobal = "del.global", Name, Fixed(0), NOTHING, raises;
    /// Reads the local namespace, then globals, then builtins.
    LoadName = "load.name", Name, Fixed(0), OBJ, raises;
    /// Writes the local namespace (any mapping, so it can raise).
    StoreName = "store.name", Name, Fixed(1), NOTHING, raises;
    /// Deletes from the local namespace; NameError if unbound.
    DelName = "del.name", Name, Fixed(0), NOTHING, raises;
    /// A builtin exception class itself (`AssertionError` for `assert`,
    /// `StopAsyncIteration` for `async for`), whatever `builtins` holds.
    LoadBuiltinExc = "load.builtin_exc", Name, Fixed(0), OBJ, never;
    /// Whether the operand is the builtin function the immediate names
    /// (`sum`) as the runtime made it, whatever `builtins` holds now.
    IsBuiltin = "is.builtin", Name, Fixed(1), BOOL, never;
    /// `builtins.__build_class__`; NameError if it was removed.
    LoadBuildClass = "load.build_class", None, Fixed(0), OBJ, raises;
    /// Creates `__annotations__` in the namespace if missing.
    SetupAnnotations = "annotations.setup", None, Fixed(0), NOTHING, raises;

    /// `obj.name`.
    AttrGet = "attr.get", Name, Fixed(1), OBJ, raises;
    /// `obj.name = value` (operands: obj, value).
    AttrSet = "attr.set", Name, Fixed(2), NOTHING, raises;
    /// `del obj.name`.
    AttrDel = "attr.del", Name, Fixed(1), NOTHING, raises;
    /// `obj[key]`.
    ItemGet = "item.get", None, Fixed(2), OBJ, raises;
    /// `obj[key] = value` (operands: obj, key, value).
    ItemSet = "item.set", None, Fixed(3), NOTHING, raises;
    /// `del obj[key]`.
    ItemDel = "item.del", None, Fixed(2), NOTHING, raises;
    /// `slice(start, stop, step)`.
    Slice = "slice", None, Fixed(3), OBJ, never;

    /// `a + b`.
    Add = "binary.add", None, Fixed(2), OBJ, raises;
    /// `a - b`.
    Sub = "binary.sub", None, Fixed(2), OBJ, raises;
    /// `a * b`.
    Mul = "binary.mul", None, Fixed(2), OBJ, raises;
    /// `a @ b`.
    MatMul = "binary.matmul", None, Fixed(2), OBJ, raises;
    /// `a / b`.
    TrueDiv = "binary.truediv", None, Fixed(2), OBJ, raises;
    /// `a // b`.
    FloorDiv = "binary.floordiv", None, Fixed(2), OBJ, raises;
    /// `a % b`.
    Mod = "binary.mod", None, Fixed(2), OBJ, raises;
    /// `a ** b`.
    Pow = "binary.pow", None, Fixed(2), OBJ, raises;
    /// `a << b`.
    LShift = "binary.lshift", None, Fixed(2), OBJ, raises;
    /// `a >> b`.
    RShift = "binary.rshift", None, Fixed(2), OBJ, raises;
    /// `a & b`.
    BitAnd = "binary.and", None, Fixed(2), OBJ, raises;
    /// `a | b`.
    BitOr = "binary.or", None, Fixed(2), OBJ, raises;
    /// `a ^ b`.
    BitXor = "binary.xor", None, Fixed(2), OBJ, raises;
    /// `a += b`.
    InplaceAdd = "inplace.add", None, Fixed(2), OBJ, raises;
    /// `a -= b`.
    InplaceSub = "inplace.sub", None, Fixed(2), OBJ, raises;
    /// `a *= b`.
    InplaceMul = "inplace.mul", None, Fixed(2), OBJ, raises;
    /// `a @= b`.
    InplaceMatMul = "inplace.matmul", None, Fixed(2), OBJ, raises;
    /// `a /= b`.
    InplaceTrueDiv = "inplace.truediv", None, Fixed(2), OBJ, raises;
    /// `a //= b`.
    InplaceFloorDiv = "inplace.floordiv", None, Fixed(2), OBJ, raises;
    /// `a %= b`.
    InplaceMod = "inplace.mod", None, Fixed(2), OBJ, raises;
    /// `a **= b`.
    InplacePow = "inplace.pow", None, Fixed(2), OBJ, raises;
    /// `a <<= b`.
    InplaceLShift = "inplace.lshift", None, Fixed(2), OBJ, raises;
    /// `a >>= b`.
    InplaceRShift = "inplace.rshift", None, Fixed(2), OBJ, raises;
    /// `a &= b`.
    InplaceBitAnd = "inplace.and", None, Fixed(2), OBJ, raises;
    /// `a |= b`.
    InplaceBitOr = "inplace.or", None, Fixed(2), OBJ, raises;
    /// `a ^= b`.
    InplaceBitXor = "inplace.xor", None, Fixed(2), OBJ, raises;
    /// `-a`.
    Neg = "unary.neg", None, Fixed(1), OBJ, raises;
    /// `+a`.
    Pos = "unary.pos", None, Fixed(1), OBJ, raises;
    /// `~a`.
    Invert = "unary.invert", None, Fixed(1), OBJ, raises;
    /// `not a`.
    Not = "unary.not", None, Fixed(1), BOOL, raises;
    /// `bool(a)` as a branch condition.
    Truth = "truth", None, Fixed(1), BOOL, raises;
    /// `a < b`.
    Lt = "compare.lt", None, Fixed(2), OBJ, raises;
    /// `a <= b`.
    Le = "compare.le", None, Fixed(2), OBJ, raises;
    /// `a == b`.
    Eq = "compare.eq", None, Fixed(2), OBJ, raises;
    /// `a != b`.
    Ne = "compare.ne", None, Fixed(2), OBJ, raises;
    /// `a > b`.
    Gt = "compare.gt", None, Fixed(2), OBJ, raises;
    /// `a >= b`.
    Ge = "compare.ge", None, Fixed(2), OBJ, raises;
    /// `a is b`.
    Is = "compare.is", None, Fixed(2), BOOL, never;
    /// `a is not b`.
    IsNot = "compare.is_not", None, Fixed(2), BOOL, never;
    /// `a in b`.
    In = "compare.in", None, Fixed(2), BOOL, raises;
    /// `a not in b`.
    NotIn = "compare.not_in", None, Fixed(2), BOOL, raises;

    /// A tuple of the operands.
    TupleBuild = "tuple.build", None, AtLeast(0), ResultKind::Typed(Type::Tuple), never;
    /// A list of the operands.
    ListBuild = "list.build", None, AtLeast(0), ResultKind::Typed(Type::List), never;
    /// A set of the operands.
    SetBuild = "set.build", None, AtLeast(0), ResultKind::Typed(Type::Set), raises;
    /// A dict of the operands taken as key, value pairs.
    DictBuild = "dict.build", None, AtLeast(0), ResultKind::Typed(Type::Dict), raises;
    /// `list.append(item)` on a list under construction.
    ListAppend = "list.append", None, Fixed(2), NOTHING, never;
    /// Extends a list under construction by an iterable (`[*it]`).
    ListExtend = "list.extend", None, Fixed(2), NOTHING, raises;
    /// A tuple with a list's items.
    ListToTuple = "list.to_tuple", None, Fixed(1), ResultKind::Typed(Type::Tuple), never;
    /// Adds an item to a set under construction.
    SetAdd = "set.add", None, Fixed(2), NOTHING, raises;
    /// Adds an iterable's items to a set under construction (`{*it}`).
    SetUpdate = "set.update", None, Fixed(2), NOTHING, raises;
    /// Sets a key of a dict under construction (operands: dict, key, value).
    DictSet = "dict.set", None, Fixed(3), NOTHING, raises;
    /// Merges a mapping into a dict under construction (`{**m}`).
    DictUpdate = "dict.update", None, Fixed(2), NOTHING, raises;
    /// Extends a call's positional list by `*it` (operands: callee, list,
    /// iterable); the callee names the function in the TypeError.
    ArgsExtend = "args.extend", None, Fixed(3), NOTHING, raises;
    /// Merges `**m` into a call's keyword dict (operands: callee, dict, m);
    /// a repeated keyword is a TypeError naming the callee.
    KwargsMerge = "kwargs.merge", None, Fixed(3), NOTHING, raises;
    /// Unpacks an iterable into exactly `n` items, as a tuple.
    UnpackSeq = "unpack.seq", Count, Fixed(1), ResultKind::Typed(Type::Tuple), raises;
    /// Unpacks an iterable around a starred target: a tuple of the `a`
    /// items before, a list of the middle, and the `b` items after.
    UnpackEx = "unpack.ex", Pair, Fixed(1), ResultKind::Typed(Type::Tuple), raises;
    /// Item `n` of a tuple known to be long enough.
    TupleItem = "tuple.item", Count, Fixed(1), OBJ, never;
    /// `format(value, spec)` after a conversion; operands: value and,
    /// optionally, the spec.
    Format = "format", Conversion, AtLeast(1), ResultKind::Typed(Type::Str), raises;
    /// Concatenates strings (an f-string's parts).
    StrBuild = "str.build", None, AtLeast(0), ResultKind::Typed(Type::Str), never;

    /// A call: operands are the callee, the positional arguments, then one
    /// value per keyword name.
    Call = "call", Keywords, AtLeast(1), OBJ, raises;
    /// A call with a positional tuple and a keyword dict or None.
    CallEx = "call.ex", None, Fixed(3), OBJ, raises;
    /// Zero-argument `super()`: operands are the value `super` names, the
    /// `__class__` cell and the first argument. Calls `super()` with no
    /// argument when the first operand is not the builtin.
    SuperZero = "super.zero", None, Fixed(3), OBJ, raises;

    /// `iter(x)`.
    Iter = "iter", None, Fixed(1), OBJ, raises;
    /// `aiter(x)` for `async for`.
    AIter = "aiter", None, Fixed(1), OBJ, raises;
    /// The awaitable of `anext(x)` for `async for`.
    ANext = "anext", None, Fixed(1), OBJ, raises;
    /// The iterator that `await x` delegates to.
    AwaitIter = "await.iter", None, Fixed(1), OBJ, raises;
    /// The iterator that `yield from x` delegates to.
    YieldFromIter = "yield_from.iter", None, Fixed(1), OBJ, raises;
    /// Wraps a value an async generator's `yield` produces, so the driver
    /// tells it apart from values an `await` passes up (CPython's
    /// ASYNC_GEN_WRAP).
    AsyncGenWrap = "async_gen.wrap", None, Fixed(1), OBJ, never;

    /// A function object for a nested function; operands: defaults tuple,
    /// keyword defaults dict, annotations, closure tuple (each may be None).
    MakeFunction = "function.make", Func, Fixed(4), OBJ, never;

    /// `import name` at a relative level, with a fromlist operand.
    Import = "import", Import, Fixed(1), OBJ, raises;
    /// `from module import name`: the attribute or an ImportError.
    ImportFrom = "import.from", Name, Fixed(1), OBJ, raises;
    /// `from module import *` into the current namespace.
    ImportStar = "import.star", None, Fixed(1), NOTHING, raises;

    /// Whether an exception matches an `except` clause's type (TypeError if
    /// the type is not an exception class or tuple of them).
    ExcMatch = "exc.match", None, Fixed(2), BOOL, raises;
    /// Enters a handler: the exception becomes `sys.exc_info()`'s.
    ExcPush = "exc.push", None, Fixed(1), NOTHING, never;
    /// Leaves a handler: restores the previously handled exception.
    ExcPop = "exc.pop", None, Fixed(0), NOTHING, never;
    /// `type(e)` of an exception.
    ExcType = "exc.type", None, Fixed(1), OBJ, never;
    /// `e.__traceback__`.
    ExcTraceback = "exc.traceback", None, Fixed(1), OBJ, never;
    /// `except*`: splits an exception (group) by a type: a tuple of the
    /// matching part (or None) and the rest (or None).
    ExcGroupSplit = "exc.group.split", None, Fixed(2), ResultKind::Typed(Type::Tuple), raises;
    /// `except*`: from the original exception and a list of what the
    /// handlers raised or re-raised, the exception to raise, or None.
    ExcGroupReraise = "exc.group.reraise", None, Fixed(2), OBJ, raises;
    /// The exception to re-raise out of a generator expression run
    /// inline (`sum(x for x in y)`), code object `@N`: its traceback's
    /// last entry becomes the generator's and this instruction's entry
    /// follows it, as if the generator's frame had been left; a
    /// StopIteration becomes PEP 479's RuntimeError.
    GenexprUnwind = "genexpr.unwind", Func, Fixed(1), OBJ, never;
    /// A special method bound to an object, looked up on its type
    /// (`__enter__`, `__exit__`, `__aenter__`, `__aexit__`), with CPython's
    /// TypeError when missing.
    SpecialLookup = "special.lookup", Name, Fixed(1), OBJ, raises;

    /// `len(x)` for patterns.
    Len = "len", None, Fixed(1), ResultKind::Typed(Type::Int), raises;
    /// Class pattern: a tuple of the `count` positional and the keyword
    /// attributes, or None (operands: subject, class).
    MatchClass = "match.class", ClassPattern, Fixed(2), OBJ, raises;
    /// Whether the subject is a mapping for patterns.
    MatchMapping = "match.mapping", None, Fixed(1), BOOL, never;
    /// Whether the subject is a sequence for patterns.
    MatchSequence = "match.sequence", None, Fixed(1), BOOL, never;
    /// Mapping pattern: a tuple of the values of the keys, or None
    /// (operands: subject, keys tuple).
    MatchKeys = "match.keys", None, Fixed(2), OBJ, raises;
    /// A dict copy of a mapping without the given keys (`**rest`).
    DictWithout = "dict.without", None, Fixed(2), ResultKind::Typed(Type::Dict), raises;

    /// The interactive prompt's echo of an expression statement.
    PrintExpr = "print_expr", None, Fixed(1), NOTHING, raises;
}
