//! Code objects at run time: a compiled module's bytecode with its
//! constants turned into objects and its names into interned strs.

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
    pub consts: Vec<Vec<Option<Obj>>>,
    /// Per code object: its names as str objects.
    pub names: Vec<Vec<Obj>>,
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

    /// Another code object of the same module.
    pub fn sibling(&self, index: usize) -> CodeRef {
        CodeRef {
            module: self.module.clone(),
            index,
        }
    }

    /// Constant `i`.
    pub fn konst(&self, i: u32) -> Option<&Obj> {
        self.module.consts[self.index].get(i as usize)?.as_ref()
    }

    /// Name `i`.
    pub fn name(&self, i: u32) -> Option<&Obj> {
        self.module.names[self.index].get(i as usize)
    }
}

/// Prepares a bytecode module for execution.
pub fn load(bc: bytecode::Module) -> Rc<CompiledModule> {
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
                .map(|n| crate::types::str::new_str(n))
                .collect()
        })
        .collect();
    Rc::new(CompiledModule { bc, consts, names })
}

/// The object for a constant.
pub fn const_obj(c: &Const) -> Option<Obj> {
    Some(match c {
        Const::None => rt::none(),
        Const::Bool(b) => rt::bool_obj(*b),
        Const::Int(i) => crate::types::int::from_i64(*i),
        Const::BigInt(s) => crate::types::int::from_big(s.parse::<BigInt>().ok()?),
        Const::Float(f) => crate::types::float::new_float(*f),
        Const::Imag(_) => return None,
        Const::Str(s) => crate::types::str::new_str(s),
        Const::Bytes(_) => return None,
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

/// `co_name`, `co_qualname`, `co_filename`, `co_firstlineno`, then the
/// generic lookup.
fn code_getattr(o: &Obj, name: &Obj) -> crate::error::PyResult<Option<Obj>> {
    use crate::types::str::new_str;
    if let (Some(c), Some(n)) = (o.downcast::<CodeData>(), crate::types::str::as_str(name)) {
        let co = c.0.co();
        match n {
            "co_name" => return Ok(Some(new_str(&co.name))),
            "co_qualname" => return Ok(Some(new_str(&co.qualname))),
            "co_filename" => return Ok(Some(new_str(&co.filename))),
            "co_firstlineno" => {
                return Ok(Some(crate::types::int::from_i64(co.first_line as i64)));
            }
            _ => {}
        }
    }
    crate::types::object::generic_getattr(o, name)
}

/// A code object for `code`.
pub fn code_object(code: CodeRef) -> Obj {
    alloc(CODE_TYPE.with(Obj::clone), CodeData(code))
}
