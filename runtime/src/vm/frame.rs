//! Frames: the registers, local slots and cells of one activation.

use crate::error::PyResult;
use crate::object::Obj;
use crate::vm::code::CodeRef;
use crate::vm::function::FunctionData;

/// One activation of a code object. Frames live on the heap (boxed) so a
/// suspended generator keeps its frame.
pub struct Frame {
    /// The code being run.
    pub code: CodeRef,
    /// SSA registers.
    pub regs: Vec<Option<Obj>>,
    /// Fast locals (`co_varnames`).
    pub fast: Vec<Option<Obj>>,
    /// Cells: this frame's cellvars, then the closure's freevars.
    pub cells: Vec<Obj>,
    /// The globals dict.
    pub globals: Obj,
    /// The builtins dict.
    pub builtins: Obj,
    /// The local namespace of a module or class body.
    pub locals: Option<Obj>,
    /// The next instruction.
    pub pc: usize,
    /// For a suspended generator: the register that receives the value
    /// sent in, and the pc of the `yield` (for `throw`).
    pub resume: Option<(u32, usize)>,
    /// How many exceptions this frame pushed on the handled stack (saved
    /// away while a generator is suspended).
    pub handled: Vec<Obj>,
}

impl Frame {
    /// A frame for calling a Python function with bound arguments.
    pub fn for_call(d: &FunctionData, args: &[Obj], kwnames: &[Obj]) -> PyResult<Box<Frame>> {
        let fast = crate::vm::function::bind_args(d, args, kwnames)?;
        let co = d.code.co();
        let mut cells: Vec<Obj> = co
            .cellvars
            .iter()
            .map(|_| crate::vm::cell::new_cell(None))
            .collect();
        cells.extend(d.closure.iter().cloned());
        Ok(Box::new(Frame {
            code: d.code.clone(),
            regs: vec![None; co.nregs as usize],
            fast,
            cells,
            globals: d.globals.clone(),
            builtins: crate::builtins::builtins_dict(),
            locals: None,
            pc: 0,
            resume: None,
            handled: Vec::new(),
        }))
    }

    /// A frame for a module or class body run in namespace `locals`.
    pub fn for_namespace(
        code: CodeRef,
        globals: Obj,
        locals: Obj,
        closure: Vec<Obj>,
    ) -> Box<Frame> {
        let co = code.co();
        let mut cells: Vec<Obj> = co
            .cellvars
            .iter()
            .map(|_| crate::vm::cell::new_cell(None))
            .collect();
        cells.extend(closure);
        Box::new(Frame {
            regs: vec![None; co.nregs as usize],
            fast: vec![None; co.varnames.len()],
            cells,
            globals,
            builtins: crate::builtins::builtins_dict(),
            locals: Some(locals),
            pc: 0,
            resume: None,
            handled: Vec::new(),
            code,
        })
    }
}
