//! Type objects: `PyBox<TypeData>`, with the slot table that the protocol
//! functions (`crate::protocol`) dispatch through.
//!
//! Builtin types fill their slots with Rust functions, so `a + b` on two
//! ints never looks in a dict. A class statement creates a heap type whose
//! slots are generic wrappers that look the dunder up on the type (`slot
//! wrappers`, as CPython's `slot_nb_add`); assigning a dunder on a class
//! refreshes the slots of the class and its subclasses.

use std::any::TypeId;
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

use crate::error::PyResult;
use crate::object::{Header, Obj};

/// A binary operation slot: `self op other`, or NotImplemented.
pub type BinaryFn = fn(&Obj, &Obj) -> PyResult<Obj>;
/// A unary operation slot.
pub type UnaryFn = fn(&Obj) -> PyResult<Obj>;
/// A rich comparison slot.
pub type CompareFn = fn(&Obj, &Obj, CompareOp) -> PyResult<Obj>;
/// A call slot: positional args then keyword values named by `kwnames`.
pub type CallFn = fn(&Obj, &[Obj], &[Obj]) -> PyResult<Obj>;
/// Attribute lookup: the value, or `Ok(None)` for "no such attribute"
/// (the caller raises AttributeError with CPython's message).
pub type GetAttrFn = fn(&Obj, &Obj) -> PyResult<Option<Obj>>;
/// Attribute assignment (`None` value = deletion).
pub type SetAttrFn = fn(&Obj, &Obj, Option<&Obj>) -> PyResult<()>;
/// `__get__(self, instance, owner)`.
pub type DescrGetFn = fn(&Obj, Option<&Obj>, &Obj) -> PyResult<Obj>;
/// `__set__`/`__delete__`.
pub type DescrSetFn = fn(&Obj, &Obj, Option<&Obj>) -> PyResult<()>;
/// `__setitem__`/`__delitem__`.
pub type SetItemFn = fn(&Obj, &Obj, Option<&Obj>) -> PyResult<()>;
/// `__hash__`.
pub type HashFn = fn(&Obj) -> PyResult<i64>;
/// `__len__`.
pub type LenFn = fn(&Obj) -> PyResult<usize>;
/// `__bool__`.
pub type BoolFn = fn(&Obj) -> PyResult<bool>;
/// `__contains__`.
pub type ContainsFn = fn(&Obj, &Obj) -> PyResult<bool>;
/// `__next__`: the next item, or `Ok(None)` at exhaustion (no
/// StopIteration object is created on the fast path).
pub type NextFn = fn(&Obj) -> PyResult<Option<Obj>>;
/// `__new__(cls, *args, **kw)`.
pub type NewFn = fn(&Obj, &[Obj], &[Obj]) -> PyResult<Obj>;
/// Visits each owned reference of an object's payload.
pub type TraverseFn = fn(&Obj, &mut dyn FnMut(&Obj));
/// Drops the owned references of an object's payload.
pub type ClearFn = fn(&Obj);
/// `__init__(self, *args, **kw)`.
pub type InitFn = fn(&Obj, &[Obj], &[Obj]) -> PyResult<()>;

/// A comparison operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareOp {
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}

impl CompareOp {
    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }

    /// The operator's symbol, for error messages.
    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
        }
    }

    /// The dunder name.
    pub fn dunder(self) -> &'static str {
        match self {
            CompareOp::Lt => "__lt__",
            CompareOp::Le => "__le__",
            CompareOp::Eq => "__eq__",
            CompareOp::Ne => "__ne__",
            CompareOp::Gt => "__gt__",
            CompareOp::Ge => "__ge__",
        }
    }
}

/// The binary number operations, in a fixed order (index into
/// `Slots::binary`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `@`
    MatMul,
    /// `/`
    TrueDiv,
    /// `//`
    FloorDiv,
    /// `%`
    Mod,
    /// `divmod()`
    DivMod,
    /// `**`
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `&`
    And,
    /// `|`
    Or,
    /// `^`
    Xor,
}

impl BinOp {
    /// Every operation.
    pub const ALL: [BinOp; 14] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::MatMul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::DivMod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::And,
        BinOp::Or,
        BinOp::Xor,
    ];

    /// The operator as error messages show it.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::DivMod => "divmod()",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }

    /// `__add__`, `__sub__`, ...
    pub fn dunder(self) -> &'static str {
        match self {
            BinOp::Add => "__add__",
            BinOp::Sub => "__sub__",
            BinOp::Mul => "__mul__",
            BinOp::MatMul => "__matmul__",
            BinOp::TrueDiv => "__truediv__",
            BinOp::FloorDiv => "__floordiv__",
            BinOp::Mod => "__mod__",
            BinOp::DivMod => "__divmod__",
            BinOp::Pow => "__pow__",
            BinOp::LShift => "__lshift__",
            BinOp::RShift => "__rshift__",
            BinOp::And => "__and__",
            BinOp::Or => "__or__",
            BinOp::Xor => "__xor__",
        }
    }

    /// `__radd__`, ...
    pub fn rdunder(self) -> &'static str {
        match self {
            BinOp::Add => "__radd__",
            BinOp::Sub => "__rsub__",
            BinOp::Mul => "__rmul__",
            BinOp::MatMul => "__rmatmul__",
            BinOp::TrueDiv => "__rtruediv__",
            BinOp::FloorDiv => "__rfloordiv__",
            BinOp::Mod => "__rmod__",
            BinOp::DivMod => "__rdivmod__",
            BinOp::Pow => "__rpow__",
            BinOp::LShift => "__rlshift__",
            BinOp::RShift => "__rrshift__",
            BinOp::And => "__rand__",
            BinOp::Or => "__ror__",
            BinOp::Xor => "__rxor__",
        }
    }

    /// `__iadd__`, ... (None for divmod).
    pub fn idunder(self) -> Option<&'static str> {
        Some(match self {
            BinOp::Add => "__iadd__",
            BinOp::Sub => "__isub__",
            BinOp::Mul => "__imul__",
            BinOp::MatMul => "__imatmul__",
            BinOp::TrueDiv => "__itruediv__",
            BinOp::FloorDiv => "__ifloordiv__",
            BinOp::Mod => "__imod__",
            BinOp::DivMod => return None,
            BinOp::Pow => "__ipow__",
            BinOp::LShift => "__ilshift__",
            BinOp::RShift => "__irshift__",
            BinOp::And => "__iand__",
            BinOp::Or => "__ior__",
            BinOp::Xor => "__ixor__",
        })
    }
}

/// The slot table. A slot is `None` when the type has no such behaviour.
///
/// Binary slots follow CPython's number protocol: the same function is
/// called with the type's instance as either operand, and returns
/// NotImplemented when it cannot handle the pair.
#[derive(Default)]
pub struct Slots {
    /// `a op b` for each `BinOp`, by index.
    pub binary: [Cell<Option<BinaryFn>>; 14],
    /// `a op= b` for each `BinOp`, by index.
    pub inplace: [Cell<Option<BinaryFn>>; 14],
    /// `-a`.
    pub neg: Cell<Option<UnaryFn>>,
    /// `+a`.
    pub pos: Cell<Option<UnaryFn>>,
    /// `~a`.
    pub invert: Cell<Option<UnaryFn>>,
    /// `abs(a)`.
    pub abs: Cell<Option<UnaryFn>>,
    /// `int(a)` (`__int__`).
    pub int: Cell<Option<UnaryFn>>,
    /// `float(a)` (`__float__`).
    pub float: Cell<Option<UnaryFn>>,
    /// `operator.index(a)` (`__index__`).
    pub index: Cell<Option<UnaryFn>>,
    /// `bool(a)`.
    pub bool: Cell<Option<BoolFn>>,
    /// Rich comparison.
    pub compare: Cell<Option<CompareFn>>,
    /// `hash(a)`; `None` inherits, see `TypeData::unhashable`.
    pub hash: Cell<Option<HashFn>>,
    /// `repr(a)`.
    pub repr: Cell<Option<UnaryFn>>,
    /// `str(a)`; `None` means `repr`.
    pub str: Cell<Option<UnaryFn>>,
    /// Attribute lookup (`__getattribute__` plus `__getattr__`).
    pub getattr: Cell<Option<GetAttrFn>>,
    /// Attribute assignment and deletion.
    pub setattr: Cell<Option<SetAttrFn>>,
    /// `a(...)`.
    pub call: Cell<Option<CallFn>>,
    /// `iter(a)`.
    pub iter: Cell<Option<UnaryFn>>,
    /// `next(a)`.
    pub next: Cell<Option<NextFn>>,
    /// `len(a)`.
    pub len: Cell<Option<LenFn>>,
    /// `a[k]`.
    pub getitem: Cell<Option<BinaryFn>>,
    /// `a[k] = v`, `del a[k]`.
    pub setitem: Cell<Option<SetItemFn>>,
    /// `k in a`.
    pub contains: Cell<Option<ContainsFn>>,
    /// Descriptor `__get__`.
    pub descr_get: Cell<Option<DescrGetFn>>,
    /// Descriptor `__set__`/`__delete__` (a data descriptor).
    pub descr_set: Cell<Option<DescrSetFn>>,
    /// `cls.__new__`.
    pub new: Cell<Option<NewFn>>,
    /// `self.__init__`.
    pub init: Cell<Option<InitFn>>,
    /// Visits every object reference the payload owns (for the cycle
    /// collector; the header's `__dict__` is visited by the collector).
    pub traverse: Cell<Option<TraverseFn>>,
    /// Drops the references the payload owns, breaking cycles.
    pub clear: Cell<Option<ClearFn>>,
}

/// A type's payload.
pub struct TypeData {
    /// The Rust type of instances' payload (inherited by subclasses).
    pub layout: TypeId,
    /// Frees an instance (the monomorphic `dealloc_box::<layout>`), told
    /// whether it was tracked.
    pub dealloc: unsafe fn(NonNull<Header>, bool),
    /// Whether instances are tracked by the cycle collector (with its
    /// links before their header): decided when the first is made
    /// (`object::tracking`), `None` until then.
    pub tracked: Cell<Option<bool>>,
    /// `__name__`.
    pub name: RefCell<String>,
    /// `__qualname__`.
    pub qualname: RefCell<String>,
    /// `__bases__`.
    pub bases: RefCell<Vec<Obj>>,
    /// `__mro__`, this type first.
    pub mro: RefCell<Vec<Obj>>,
    /// The namespace (a dict object); `None` only during bootstrap.
    pub dict: RefCell<Option<Obj>>,
    /// The slot table.
    pub slots: Slots,
    /// Created by a class statement (or `type()`): attributes assignable.
    pub is_heap: bool,
    /// May be subclassed.
    pub is_base: bool,
    /// Instances get a `__dict__`.
    pub instance_dict: bool,
    /// How many `__slots__` values instances store (theirs and their
    /// bases'), in a `class_slots::SlotsData` payload.
    pub nslots: usize,
    /// `__hash__ = None`: instances are unhashable.
    pub unhashable: Cell<bool>,
    /// Fills the namespace of a builtin type the first time it is needed
    /// (after bootstrap, when the runtime can create objects).
    pub init_dict: Cell<Option<fn(&Obj)>>,
    /// A class statement has named this type among a new class's bases
    /// (directly or not): assigning a dunder on it must refresh the slots
    /// of classes other than itself.
    pub subclassed: Cell<bool>,
}

impl TypeData {
    /// A type with no slots, for layout `T`.
    pub fn new<T: 'static>(name: &str) -> TypeData {
        TypeData {
            layout: TypeId::of::<T>(),
            dealloc: crate::object::dealloc_box::<T>,
            tracked: Cell::new(None),
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(name.to_string()),
            bases: RefCell::new(Vec::new()),
            mro: RefCell::new(Vec::new()),
            dict: RefCell::new(None),
            slots: Slots::default(),
            is_heap: false,
            is_base: true,
            instance_dict: false,
            nslots: 0,
            unhashable: Cell::new(false),
            init_dict: Cell::new(None),
            subclassed: Cell::new(false),
        }
    }

    /// A type with no slots whose instances hold a `T` and inline text
    /// (layout `object::WithText<T>`, made by `object::alloc_text`).
    pub fn new_text<T: 'static>(name: &str) -> TypeData {
        let mut t = TypeData::new::<crate::object::WithText<T>>(name);
        t.dealloc = crate::object::dealloc_text_box::<T>;
        t
    }

    /// Sets the namespace initializer (builder style).
    pub fn with_methods(self, init: fn(&Obj)) -> TypeData {
        self.init_dict.set(Some(init));
        self
    }

    /// Marks the type final (builder style).
    pub fn final_type(mut self) -> TypeData {
        self.is_base = false;
        self
    }

    /// `__name__`.
    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }
}
