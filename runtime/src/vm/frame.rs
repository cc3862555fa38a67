//! Frames: the registers, local slots and cells of one activation.

use std::cell::RefCell;

use crate::error::PyResult;
use crate::object::Obj;
use crate::vm::code::CodeRef;
use crate::vm::function::FunctionData;

/// One activation of a code object. Frames live on the heap (boxed) so a
/// suspended generator keeps its frame.
pub struct Frame {
    /// The code being run.
    pub code: CodeRef,
    /// The SSA registers (`0..nregs`), then the fast locals
    /// (`co_varnames`): the address space of read operands, except the
    /// constants, which come after it and are read from the code object.
    pub regs: Vec<Option<Obj>>,
    /// Where the fast locals start in `regs`.
    pub nregs: usize,
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
    /// The fast locals.
    pub fn fast(&self) -> &[Option<Obj>] {
        self.regs.get(self.nregs..).unwrap_or_default()
    }

    /// Fast local `slot`, mutably.
    #[inline]
    pub fn fast_mut(&mut self, slot: u32) -> Option<&mut Option<Obj>> {
        self.regs.get_mut(self.nregs + slot as usize)
    }

    /// A frame for calling a Python function with bound arguments.
    pub fn for_call(d: &FunctionData, args: &[Obj], kwnames: &[Obj]) -> PyResult<Box<Frame>> {
        let mut frame = Frame::acquire(d);
        if kwnames.is_empty() && takes_positional(d, args.len()) {
            frame.regs.extend(args.iter().cloned().map(Some));
        } else {
            match crate::vm::function::bind_args(d, args, kwnames) {
                Ok(fast) => frame.regs.extend(fast),
                Err(e) => {
                    release(frame);
                    return Err(e);
                }
            }
        }
        frame.finish_call(d);
        Ok(frame)
    }

    /// A frame for calling `d` whose arguments the caller pushes onto
    /// `regs`, in parameter order, before `finish_call`: only when
    /// `takes_positional` holds for their number.
    pub fn acquire(d: &FunctionData) -> Box<Frame> {
        let mut frame = match FRAME_POOL.with(|pool| pool.borrow_mut().pop()) {
            Some(mut f) => {
                f.code = d.code.clone();
                f.globals = d.globals.clone();
                f
            }
            None => Box::new(Frame {
                code: d.code.clone(),
                regs: Vec::new(),
                nregs: 0,
                cells: Vec::new(),
                globals: d.globals.clone(),
                builtins: crate::builtins::builtins_dict(),
                locals: None,
                pc: 0,
                resume: None,
                handled: Vec::new(),
            }),
        };
        frame.nregs = d.shape.nregs;
        frame.regs.resize(d.shape.nregs, None);
        frame
    }

    /// Completes a frame from `acquire` once the arguments are pushed.
    pub fn finish_call(&mut self, d: &FunctionData) {
        self.regs.resize(d.shape.nregs + d.shape.nlocals, None);
        if d.shape.cells {
            let co = d.code.co();
            self.cells
                .extend(co.cellvars.iter().map(|_| crate::vm::cell::new_cell(None)));
            self.cells.extend(d.closure.iter().cloned());
        }
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
            regs: vec![None; co.nregs as usize + co.varnames.len()],
            nregs: co.nregs as usize,
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

/// Whether `nargs` positional arguments (and no keywords) fill `d`'s
/// parameters exactly, so that they need no binding logic.
#[inline]
pub fn takes_positional(d: &FunctionData, nargs: usize) -> bool {
    d.shape.arity == Some(nargs)
}

thread_local! {
    /// Finished frames kept for reuse, so a call allocates nothing for
    /// its registers and locals in the common case. They stay boxed: frames
    /// are handed out as `Box<Frame>` (generators own theirs).
    #[allow(clippy::vec_box)]
    static FRAME_POOL: RefCell<Vec<Box<Frame>>> = const { RefCell::new(Vec::new()) };
}

/// Returns a finished frame to the pool, dropping the values it holds.
pub fn release(mut frame: Box<Frame>) {
    frame.regs.clear();
    frame.cells.clear();
    frame.locals = None;
    frame.pc = 0;
    frame.resume = None;
    frame.handled.clear();
    if frame.regs.capacity() > 4096 {
        return;
    }
    FRAME_POOL.with(|pool| {
        let mut pool = pool.borrow_mut();
        if pool.len() < 256 {
            pool.push(frame);
        }
    });
}
