//! Exception instances: `args`, the chaining attributes, and the
//! traceback entries collected while the exception propagates.

use std::cell::{Cell, RefCell};

use crate::error::PyResult;
use crate::object::{Obj, alloc};
use crate::protocol;
use crate::rt;
use crate::types::str::new_str;
use crate::types::typeobj::TypeData;

/// One traceback entry: a frame's code location when the exception passed
/// through it.
#[derive(Clone)]
pub struct TbEntry {
    /// The frame's code.
    pub code: crate::vm::code::CodeRef,
    /// The frame's globals (for `tb_frame.f_globals` and NameError's
    /// suggestions).
    pub globals: Obj,
    /// The instruction index.
    pub lasti: u32,
    /// The source range: line, column, end line, end column (columns are
    /// UTF-8 byte offsets as in CPython's co_positions).
    pub loc: (u32, u32, u32, u32),
}

impl TbEntry {
    /// The file name.
    pub fn filename(&self) -> &str {
        &self.code.co().filename
    }

    /// The function's name.
    pub fn name(&self) -> &str {
        &self.code.co().name
    }
}

/// The payload of an exception.
pub struct ExceptionData {
    /// `args`.
    pub args: RefCell<Obj>,
    /// `__traceback__`: innermost frame first (entries are pushed as the
    /// exception propagates outwards).
    pub traceback: RefCell<Vec<TbEntry>>,
    /// `__cause__`.
    pub cause: RefCell<Option<Obj>>,
    /// `__context__`.
    pub context: RefCell<Option<Obj>>,
    /// `__suppress_context__`.
    pub suppress_context: Cell<bool>,
    /// An exception group's `message` and `exceptions` (a tuple), set by
    /// `BaseExceptionGroup.__new__`.
    pub group: RefCell<Option<(Obj, Obj)>>,
}

/// `BaseException`'s data.
pub fn base_type_data(name: &str) -> TypeData {
    common_type_data(name).with_methods(crate::types::exception_methods::install)
}

/// The slots every exception class has.
pub fn common_type_data(name: &str) -> TypeData {
    let mut t = TypeData::new::<ExceptionData>(name);
    t.slots.traverse.set(Some(|o, f| {
        if let Some(d) = data(o) {
            if let Ok(a) = d.args.try_borrow() {
                f(&a);
            }
            for r in [&d.cause, &d.context] {
                if let Ok(v) = r.try_borrow()
                    && let Some(v) = v.as_ref()
                {
                    f(v);
                }
            }
        }
    }));
    t.slots.clear.set(Some(|o| {
        if let Some(d) = data(o) {
            for r in [&d.cause, &d.context] {
                if let Ok(mut v) = r.try_borrow_mut() {
                    let old = v.take();
                    drop(v);
                    drop(old);
                }
            }
        }
    }));
    t.instance_dict = true;
    t.slots.getattr.set(Some(getattr));
    t.slots.setattr.set(Some(setattr));
    t.slots.repr.set(Some(repr));
    t.slots.str.set(Some(str));
    t.slots
        .new
        .set(Some(|cls, args, _kw| Ok(new_instance(cls, args.to_vec()))));
    t.slots.init.set(Some(|o, args, _kw| {
        if let Some(d) = o.downcast::<ExceptionData>() {
            *d.args.borrow_mut() = crate::types::tuple::new_tuple(args.to_vec());
        }
        Ok(())
    }));
    t
}

/// The data of a builtin exception class other than BaseException.
pub fn derived_type_data(name: &str) -> TypeData {
    match name {
        "BaseExceptionGroup" => crate::types::exception_group::type_data(name)
            .with_methods(crate::types::exception_group::install),
        "ExceptionGroup" => crate::types::exception_group::type_data(name),
        n if crate::types::oserror::FAMILY.contains(&n) => crate::types::oserror::type_data(name),
        _ => common_type_data(name),
    }
}

/// A new instance of exception class `cls` with `args` (no `__init__`).
pub fn new_instance(cls: &Obj, args: Vec<Obj>) -> Obj {
    let o = alloc(
        cls.clone(),
        ExceptionData {
            args: RefCell::new(crate::types::tuple::new_tuple(args)),
            traceback: RefCell::new(Vec::new()),
            cause: RefCell::new(None),
            context: RefCell::new(None),
            suppress_context: Cell::new(false),
            group: RefCell::new(None),
        },
    );
    o.set_dict(Some(crate::types::dict::new_dict()));
    o
}

/// Instantiates a builtin exception class.
pub fn instantiate(cls: &Obj, args: Vec<Obj>) -> Obj {
    new_instance(cls, args)
}

/// The exception data of `o`, if it is an exception.
pub fn data(o: &Obj) -> Option<&ExceptionData> {
    o.downcast::<ExceptionData>()
}

/// Whether `o` is an exception instance.
pub fn is_exception(o: &Obj) -> bool {
    data(o).is_some()
}

/// Whether `o` is an exception class.
pub fn is_exception_class(o: &Obj) -> bool {
    // Exactly the classes derived from BaseException make instances of
    // ExceptionData: the exception types are the only types made with that
    // layout, and a class takes its layout from its bases.
    o.downcast::<TypeData>()
        .is_some_and(|t| t.layout == std::any::TypeId::of::<ExceptionData>())
}

fn opt(o: &Option<Obj>) -> Obj {
    o.clone().unwrap_or_else(rt::none)
}

fn getattr(o: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    let d = data(o);
    if let (Some(d), Some(n)) = (d, crate::types::str::as_str(name)) {
        match n {
            "args" => return Ok(Some(d.args.borrow().clone())),
            "__cause__" => return Ok(Some(opt(&d.cause.borrow()))),
            "__context__" => return Ok(Some(opt(&d.context.borrow()))),
            "__suppress_context__" => return Ok(Some(rt::bool_obj(d.suppress_context.get()))),
            "message" | "exceptions" => {
                if let Some(v) = crate::types::exception_group::group_attr(o, n) {
                    return Ok(Some(v));
                }
            }
            "__traceback__" => {
                return Ok(Some(crate::types::traceback_obj::chain_from_entries(
                    &d.traceback.borrow(),
                )));
            }
            _ => {}
        }
    }
    if let Some(v) = crate::types::object::generic_getattr(o, name)? {
        return Ok(Some(v));
    }
    // Attributes CPython keeps in C fields, read from args.
    let n = crate::types::str::as_str(name).unwrap_or("");
    let args = d.map(|d| d.args.borrow().clone());
    let first = args
        .as_ref()
        .and_then(|a| crate::types::tuple::items(a).first().cloned());
    let ty = o.ty();
    let is = |k: rt::Exc| crate::types::typeobj_ops::is_subtype(&ty, &rt::exc(k));
    Ok(match n {
        "value" if is(rt::Exc::StopIteration) => Some(first.unwrap_or_else(rt::none)),
        "code" if is(rt::Exc::SystemExit) => Some(
            match args.as_ref().map(|a| crate::types::tuple::items(a).len()) {
                Some(0) | None => rt::none(),
                Some(1) => first.unwrap_or_else(rt::none),
                Some(_) => args.unwrap_or_else(rt::none),
            },
        ),
        _ => None,
    })
}

fn setattr(o: &Obj, name: &Obj, value: Option<&Obj>) -> PyResult<()> {
    if let (Some(d), Some(n)) = (data(o), crate::types::str::as_str(name)) {
        match n {
            "args" => {
                let v = value.cloned().unwrap_or_else(rt::none);
                *d.args.borrow_mut() = crate::types::tuple::new_tuple(protocol::collect(&v)?);
                return Ok(());
            }
            "__cause__" => {
                *d.cause.borrow_mut() = value.filter(|v| !rt::is_none(v)).cloned();
                d.suppress_context.set(true);
                return Ok(());
            }
            "__context__" => {
                *d.context.borrow_mut() = value.filter(|v| !rt::is_none(v)).cloned();
                return Ok(());
            }
            "__traceback__" => {
                let v = value.cloned().unwrap_or_else(rt::none);
                return crate::types::exception_methods::set_traceback(o, &v);
            }
            "__suppress_context__" => {
                d.suppress_context.set(match value {
                    Some(v) => protocol::truth(v)?,
                    None => false,
                });
                return Ok(());
            }
            _ => {}
        }
    }
    crate::types::object::generic_setattr(o, name, value)
}

/// `str(exc)`.
pub fn str(o: &Obj) -> PyResult<Obj> {
    let args = data(o)
        .map(|d| d.args.borrow().clone())
        .unwrap_or_else(crate::rt::none);
    let items = crate::types::tuple::items(&args);
    let is_key_error = crate::types::typeobj_ops::is_subtype(&o.ty(), &rt::exc(rt::Exc::KeyError));
    match items.len() {
        0 => Ok(new_str("")),
        1 if is_key_error => protocol::repr(&items[0]),
        1 => protocol::str(&items[0]),
        _ => protocol::str(&args),
    }
}

fn repr(o: &Obj) -> PyResult<Obj> {
    let name = o.with_type(|t| t.name());
    let args = data(o)
        .map(|d| d.args.borrow().clone())
        .unwrap_or_else(crate::rt::none);
    let items = crate::types::tuple::items(&args);
    // CPython: `Name(repr(arg))` for one argument, else `Name` followed
    // by the repr of the args tuple.
    let text = match items.len() {
        1 => format!("{name}({})", protocol::repr_string(&items[0])?),
        _ => format!("{name}{}", protocol::repr_string(&args)?),
    };
    Ok(new_str(&text))
}
