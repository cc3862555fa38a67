//! Code objects at run time: a compiled module's bytecode with its
//! constants turned into objects and its names into interned strs.

use std::cell::RefCell;
use std::rc::Rc;

use compiler::bytecode;
use compiler::ir::Const;
use num_bigint::BigInt;

use crate::object::{Obj, alloc};
use crate::rt;
use crate::types::typeobj::TypeData;

/// A compiled module, shared by every function made from it.
pub struct CompiledModule {
    /// The bytecode.
    pub bc: bytecode::Module,
    /// Per code object: its constants as objects (`None`: a constant this
    /// runtime cannot build yet).
    pub consts: Vec<Rc<[Option<Obj>]>>,
    /// Per code object: its names as str objects.
    pub names: Vec<Vec<Obj>>,
    /// Per code object, per pc: the last global lookup made there.
    pub global_cache: Vec<RefCell<Vec<Option<GlobalCache>>>>,
    /// Per code object: its native code, when the program was built by the
    /// native backend and the code object was compiled.
    pub native: Vec<Option<crate::native::NativeFn>>,
    /// Per code object: whether its native code takes direct calls from
    /// other native code (`native::direct`).
    pub direct: Vec<bool>,
    /// Per code object, per pc: the attribute cache of `attr.get`,
    /// `attr.set` and `load_method`.
    pub attr_cache: Vec<crate::vm::attr_cache::Caches>,
}

/// A `load.global` result, valid while neither namespace changes.
pub struct GlobalCache {
    /// The globals dict's identity and version.
    pub globals: (usize, u64),
    /// The builtins dict's identity and version, when the value came from
    /// there (`None`: found in the globals).
    pub builtins: Option<(usize, u64)>,
    /// The value found.
    pub value: Obj,
}

/// One code object of a compiled module.
#[derive(Clone)]
pub struct CodeRef {
    /// The module it belongs to.
    pub module: Rc<CompiledModule>,
    /// Its index in the module.
    pub index: usize,
}

impl CodeRef {
    /// The bytecode.
    pub fn co(&self) -> &bytecode::CodeObject {
        &self.module.bc.code[self.index]
    }

    /// Whether both are the same code object.
    #[inline]
    pub fn same(&self, other: &CodeRef) -> bool {
        self.index == other.index && Rc::ptr_eq(&self.module, &other.module)
    }

    /// Another code object of the same module.
    pub fn sibling(&self, index: usize) -> CodeRef {
        CodeRef {
            module: self.module.clone(),
            index,
        }
    }

    /// Constant `i`.
    pub fn konst(&self, i: u32) -> Option<&Obj> {
        self.consts().get(i as usize)?.as_ref()
    }

    /// The constants, shared: a frame keeps them at hand
    /// (`Frame::consts`).
    pub fn consts(&self) -> &Rc<[Option<Obj>]> {
        &self.module.consts[self.index]
    }

    /// Name `i`.
    pub fn name(&self, i: u32) -> Option<&Obj> {
        self.module.names[self.index].get(i as usize)
    }

    /// The native code of the code object, when it has one.
    #[inline]
    pub fn native(&self) -> Option<crate::native::NativeFn> {
        self.module.native.get(self.index).copied().flatten()
    }

    /// Its native code, when that takes direct calls.
    pub fn direct_native(&self) -> Option<crate::native::NativeFn> {
        self.native()
            .filter(|_| self.module.direct.get(self.index) == Some(&true))
    }
}

/// Prepares a bytecode module for execution.
pub fn load(bc: bytecode::Module) -> Rc<CompiledModule> {
    load_native(bc, &[], &[])
}

/// Prepares a bytecode module with the native code of its code objects
/// (`natives[i]` for code object `i`; missing entries run on the VM), and
/// which of them take direct calls (`direct[i]` nonzero).
pub fn load_native(
    bc: bytecode::Module,
    natives: &[Option<crate::native::NativeFn>],
    direct: &[u8],
) -> Rc<CompiledModule> {
    let native = (0..bc.code.len())
        .map(|i| natives.get(i).copied().flatten())
        .collect();
    let direct = (0..bc.code.len())
        .map(|i| direct.get(i).is_some_and(|&d| d != 0))
        .collect();
    let consts = bc
        .code
        .iter()
        .map(|c| c.consts.iter().map(const_obj).collect())
        .collect();
    let names = bc
        .code
        .iter()
        .map(|c| {
            c.names
                .iter()
                .map(|n| crate::types::str::intern(n))
                .collect()
        })
        .collect();
    let global_cache = bc
        .code
        .iter()
        .map(|c| RefCell::new((0..c.code.len()).map(|_| None).collect()))
        .collect();
    let attr_cache = bc
        .code
        .iter()
        .map(|c| crate::vm::attr_cache::new_caches(c.code.len()))
        .collect();
    Rc::new(CompiledModule {
        bc,
        consts,
        names,
        global_cache,
        native,
        direct,
        attr_cache,
    })
}

/// The object for a constant.
pub fn const_obj(c: &Const) -> Option<Obj> {
    Some(match c {
        Const::None => rt::none(),
        Const::Bool(b) => rt::bool_obj(*b),
        Const::Int(i) => crate::types::int::from_i64(*i),
        Const::BigInt(s) => crate::types::int::from_big(s.parse::<BigInt>().ok()?),
        Const::Float(f) => crate::types::float::new_float(*f),
        Const::Imag(im) => crate::types::complex::new_complex(0.0, *im),
        Const::Str(s) => crate::types::str::new_str(s),
        Const::Bytes(b) => crate::types::bytes::new_bytes(b.clone()),
        Const::Ellipsis => rt::with(|rt| rt.singletons.ellipsis.clone()),
        Const::Tuple(items) => {
            crate::types::tuple::new_tuple(items.iter().map(const_obj).collect::<Option<Vec<_>>>()?)
        }
    })
}

/// The payload of a Python-visible code object (`f.__code__`).
pub struct CodeData(pub CodeRef);

thread_local! {
    static CODE_TYPE: Obj = {
        let t = TypeData::new::<CodeData>("code").final_type();
        t.slots.repr.set(Some(|o| {
            let text = match o.downcast::<CodeData>() {
                Some(c) => format!(
                    "<code object {} at {:#x}, file \"{}\", line {}>",
                    c.0.co().name,
                    o.id(),
                    c.0.co().filename,
                    c.0.co().first_line
                ),
                None => "<code object>".into(),
            };
            Ok(crate::types::str::new_str(&text))
        }));
        t.slots.getattr.set(Some(code_getattr));
        let ty = crate::types::class::new_builtin_type(t);
        ty.make_immortal();
        ty
    };
}

/// The `co_*` attributes of a code object.
fn code_getattr(o: &Obj, name: &Obj) -> crate::error::PyResult<Option<Obj>> {
    use crate::types::int::from_i64;
    use crate::types::str::new_str;
    let Some(c) = o.downcast::<CodeData>() else {
        return Ok(None);
    };
    let co = c.0.co();
    let p = &co.params;
    let strs =
        |v: &[String]| crate::types::tuple::new_tuple(v.iter().map(|s| new_str(s)).collect());
    Ok(Some(match crate::types::str::as_str(name) {
        Some("co_name") => new_str(&co.name),
        Some("co_qualname") => new_str(&co.qualname),
        Some("co_filename") => new_str(&co.filename),
        Some("co_firstlineno") => from_i64(co.first_line as i64),
        Some("co_argcount") => from_i64(p.positional as i64),
        Some("co_posonlyargcount") => from_i64(p.posonly as i64),
        Some("co_kwonlyargcount") => from_i64(p.kwonly as i64),
        Some("co_nlocals") => from_i64(co.varnames.len() as i64),
        Some("co_varnames") => strs(&co.varnames),
        Some("co_cellvars") => strs(&co.cellvars),
        Some("co_freevars") => strs(&co.freevars),
        Some("co_flags") => from_i64(co_flags(co)),
        _ => return crate::types::object::generic_getattr(o, name),
    }))
}

/// CPython's `co_flags` bits that Python code inspects: OPTIMIZED,
/// NEWLOCALS, VARARGS, VARKEYWORDS, NESTED, GENERATOR, NOFREE, COROUTINE,
/// ASYNC_GENERATOR.
fn co_flags(co: &compiler::bytecode::CodeObject) -> i64 {
    use compiler::ir::Suspension;
    let mut f = 0;
    if co.name != "<module>" {
        f |= 0x1 | 0x2;
    }
    if co.params.varargs {
        f |= 0x4;
    }
    if co.params.varkw {
        f |= 0x8;
    }
    if co.cellvars.is_empty() && co.freevars.is_empty() {
        f |= 0x40;
    } else if !co.freevars.is_empty() {
        f |= 0x10;
    }
    f |= match co.suspension {
        Suspension::Generator => 0x20,
        Suspension::Coroutine => 0x80,
        Suspension::AsyncGenerator => 0x200,
        _ => 0,
    };
    f
}

/// A code object for `code`.
pub fn code_object(code: CodeRef) -> Obj {
    alloc(CODE_TYPE.with(Obj::clone), CodeData(code))
}
