//! The runtime's global state, one per interpreter thread: the builtin
//! types, the singletons, the builtin exception classes and the modules.
//!
//! `init` builds everything in dependency order (`type` and `object`
//! first, then the namespace-bearing types) the first time any of it is
//! needed on a thread.

use std::cell::{Cell, RefCell};

use crate::object::Obj;
use crate::types::typeobj::TypeData;

macro_rules! builtin_exceptions {
    ($($name:ident: $base:ident),* $(,)?) => {
        /// A builtin exception class.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[allow(missing_docs)]
        pub enum Exc {
            BaseException,
            $($name,)*
        }

        impl Exc {
            /// Every builtin exception class with its base, bases first.
            pub const TABLE: &'static [(Exc, &'static str, Exc)] = &[
                $((Exc::$name, stringify!($name), Exc::$base),)*
            ];
        }
    };
}

builtin_exceptions! {
    Exception: BaseException,
    GeneratorExit: BaseException,
    KeyboardInterrupt: BaseException,
    SystemExit: BaseException,
    BaseExceptionGroup: BaseException,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ExceptionGroup: BaseExceptionGroup,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    FileExistsError: OSError,
    FileNotFoundError: OSError,
    InterruptedError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    PermissionError: OSError,
    ProcessLookupError: OSError,
    TimeoutError: OSError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    StopAsyncIteration: Exception,
    StopIteration: Exception,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    UnicodeTranslateError: UnicodeError,
    Warning: Exception,
    BytesWarning: Warning,
    DeprecationWarning: Warning,
    EncodingWarning: Warning,
    FutureWarning: Warning,
    ImportWarning: Warning,
    PendingDeprecationWarning: Warning,
    ResourceWarning: Warning,
    RuntimeWarning: Warning,
    SyntaxWarning: Warning,
    UnicodeWarning: Warning,
    UserWarning: Warning,
}

/// The builtin types.
#[allow(missing_docs)]
pub struct Types {
    pub type_: Obj,
    pub object: Obj,
    pub int: Obj,
    pub bool: Obj,
    pub float: Obj,
    pub str: Obj,
    pub tuple: Obj,
    pub list: Obj,
    pub dict: Obj,
    pub none: Obj,
    pub not_implemented: Obj,
    pub ellipsis: Obj,
    pub builtin_function: Obj,
    pub module: Obj,
}

/// The singletons.
#[allow(missing_docs)]
pub struct Singletons {
    pub none: Obj,
    pub true_: Obj,
    pub false_: Obj,
    pub not_implemented: Obj,
    pub ellipsis: Obj,
    pub empty_tuple: Obj,
}

/// Everything global to one interpreter.
pub struct Runtime {
    /// Builtin types.
    pub types: Types,
    /// Singletons.
    pub singletons: Singletons,
    /// Builtin exception classes, indexed like `Exc`.
    pub exceptions: Vec<Obj>,
    /// `sys.modules`.
    pub modules: RefCell<Option<Obj>>,
    /// The `builtins` module's dict.
    pub builtins: RefCell<Option<Obj>>,
    /// The stack of exceptions being handled (`sys.exc_info()`).
    pub handled: RefCell<Vec<Obj>>,
    /// The optimization level code is compiled at (`-O`: 1, `-OO`: 2).
    pub optimize: Cell<u8>,
    /// `-i`: the program is followed by the prompt, so even SystemExit
    /// leaving it is reported as a traceback (CPython's rule).
    pub inspect: Cell<bool>,
}

thread_local! {
    static RT: Runtime = crate::bootstrap::build();
}

/// Whether this thread's runtime is still there (false while thread-local
/// storage is being torn down, when no Python code may run).
pub fn alive() -> bool {
    RT.try_with(|_| ()).is_ok()
}

/// Runs `f` with the runtime state.
#[inline]
pub fn with<R>(f: impl FnOnce(&Runtime) -> R) -> R {
    RT.with(f)
}

/// The builtin `int` type.
#[inline]
pub fn int_type() -> Obj {
    with(|rt| rt.types.int.clone())
}

/// Runs `f` on the `int` type's data (the type of small ints).
#[inline]
pub fn with_int_type<R>(f: impl FnOnce(&TypeData) -> R) -> R {
    with(|rt| rt.types.int.with_type_data(f))
}

/// `None`.
#[inline]
pub fn none() -> Obj {
    let word = NONE_WORD.with(Cell::get);
    if word == 0 {
        return with(|rt| rt.singletons.none.clone());
    }
    // SAFETY: `word` is the word of this thread's None, an immortal object
    // that is never freed and whose refcount is never written, so an
    // extra `Obj` for it needs no reference of its own.
    unsafe { Obj::from_raw(word) }
}

/// The word of `None` (its `id`), for tests of many words in a row: one
/// read of a thread-local where inlined (a generator's every resume).
#[inline(always)]
pub fn none_id() -> usize {
    match NONE_WORD.with(Cell::get) {
        0 => none_id_before_set(),
        word => word,
    }
}

/// `none_id` while the runtime is being built.
#[cold]
#[inline(never)]
fn none_id_before_set() -> usize {
    with(|rt| rt.singletons.none.id())
}

thread_local! {
    /// The words of this thread's `True` and `False`, for the hot paths
    /// that test or produce bools (a const thread-local needs no lazy
    /// initialization check). Set when the runtime is built.
    static TRUE_FALSE: Cell<(usize, usize)> = const { Cell::new((0, 0)) };
    /// The same for `None`.
    static NONE_WORD: Cell<usize> = const { Cell::new(0) };
}

thread_local! {
    /// The word of this thread's `float` type, so that arithmetic can test
    /// "exactly a float" without the runtime's lazy thread-local or a
    /// reference count update. Set when the runtime is built.
    static FLOAT_TYPE: Cell<usize> = const { Cell::new(0) };
    /// The same for `list` (the VM's subscript fast path).
    static LIST_TYPE: Cell<usize> = const { Cell::new(0) };
    /// The same for `str` and `tuple` (comparisons and sorting).
    static STR_TYPE: Cell<usize> = const { Cell::new(0) };
    static TUPLE_TYPE: Cell<usize> = const { Cell::new(0) };
}

/// Records this thread's `float`, `list`, `str` and `tuple` types
/// (bootstrap).
pub(crate) fn set_type_words(types: &Types) {
    FLOAT_TYPE.with(|c| c.set(types.float.id()));
    LIST_TYPE.with(|c| c.set(types.list.id()));
    STR_TYPE.with(|c| c.set(types.str.id()));
    TUPLE_TYPE.with(|c| c.set(types.tuple.id()));
}

/// Whether `o`'s type is exactly `list` (not a subclass).
#[inline]
pub fn is_exact_list(o: &Obj) -> bool {
    o.type_word() == Some(LIST_TYPE.with(Cell::get))
}

/// Whether `o`'s type is exactly `float` (not a subclass).
#[inline]
pub fn is_exact_float(o: &Obj) -> bool {
    o.type_word() == Some(FLOAT_TYPE.with(Cell::get))
}

/// Whether `o`'s type is exactly `str` (not a subclass).
#[inline]
pub fn is_exact_str(o: &Obj) -> bool {
    o.type_word() == Some(STR_TYPE.with(Cell::get))
}

/// Whether `o`'s type is exactly `tuple` (not a subclass).
#[inline]
pub fn is_exact_tuple(o: &Obj) -> bool {
    o.type_word() == Some(TUPLE_TYPE.with(Cell::get))
}

/// Whether `o`'s type is exactly the builtin type `f` picks (not a
/// subclass); no reference count changes.
#[inline]
pub fn is_exact(o: &Obj, f: impl FnOnce(&Types) -> &Obj) -> bool {
    o.type_word()
        .is_some_and(|w| with(|rt| f(&rt.types).id() == w))
}

/// Records this thread's `True`, `False` and `None` (bootstrap).
pub(crate) fn set_singleton_words(t: &Obj, f: &Obj, none: &Obj) {
    TRUE_FALSE.with(|c| c.set((t.id(), f.id())));
    NONE_WORD.with(|c| c.set(none.id()));
}

/// `Some(b)` if `o` is `True` or `False`.
#[inline]
pub fn as_bool(o: &Obj) -> Option<bool> {
    let (t, f) = TRUE_FALSE.with(Cell::get);
    let id = o.id();
    if id == t {
        Some(true)
    } else if id == f {
        Some(false)
    } else {
        None
    }
}

/// `True` or `False`.
#[inline]
pub fn bool_obj(b: bool) -> Obj {
    let (t, f) = TRUE_FALSE.with(Cell::get);
    let word = if b { t } else { f };
    if word == 0 {
        return with(|rt| {
            if b {
                rt.singletons.true_.clone()
            } else {
                rt.singletons.false_.clone()
            }
        });
    }
    // SAFETY: `word` is the word of this thread's True or False, immortal
    // objects that are never freed and whose refcount is never written, so
    // an extra `Obj` for them needs no reference of its own.
    unsafe { Obj::from_raw(word) }
}

/// `NotImplemented`.
#[inline]
pub fn not_implemented() -> Obj {
    with(|rt| rt.singletons.not_implemented.clone())
}

/// Whether `o` is `None`.
#[inline]
pub fn is_none(o: &Obj) -> bool {
    o.id() == none_id()
}

/// Whether `o` is `NotImplemented`.
#[inline]
pub fn is_not_implemented(o: &Obj) -> bool {
    with(|rt| rt.singletons.not_implemented.is(o))
}

/// A builtin exception class.
pub fn exc(kind: Exc) -> Obj {
    with(|rt| rt.exceptions[kind as usize].clone())
}

/// A clone of a builtin type, chosen by `f`.
#[inline]
pub fn ty(f: impl FnOnce(&Types) -> &Obj) -> Obj {
    with(|rt| f(&rt.types).clone())
}

/// The optimization level the program runs at (`-O`).
pub fn optimize() -> u8 {
    with(|rt| rt.optimize.get())
}
