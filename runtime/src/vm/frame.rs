//! Frames: the registers, local slots and cells of one activation.

use std::cell::RefCell;
use std::rc::Rc;

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
    /// constants, which come after it and are read from `consts`.
    pub regs: Vec<Option<Obj>>,
    /// Where the fast locals start in `regs`.
    pub nregs: usize,
    /// The code's constants (`code.consts()`), one indirection closer:
    /// the operands after `regs` read them.
    pub consts: Rc<[Option<Obj>]>,
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
    /// sent in, and the pc of the `yield` (for `throw`). Native code sets
    /// it only when it suspends, so it tells a yield from a return.
    pub resume: Option<(u32, usize)>,
    /// How many exceptions this frame pushed on the handled stack (saved
    /// away while a generator is suspended).
    pub handled: Vec<Obj>,
    /// The context of the frame's native code (`native::abi::pyrt_enter`).
    pub native_ctx: crate::native::abi::CtxBox,
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
            for (slot, a) in frame.params().iter_mut().zip(args) {
                *slot = Some(a.clone());
            }
        } else {
            match crate::vm::function::bind_args(d, args, kwnames) {
                Ok(fast) => {
                    for (slot, a) in frame.params().iter_mut().zip(fast) {
                        *slot = a;
                    }
                }
                Err(e) => {
                    release(frame);
                    return Err(e);
                }
            }
        }
        Ok(frame)
    }

    /// A frame for calling `d`, its registers and locals all unset: the
    /// caller stores the arguments into `params()`.
    #[inline]
    pub fn acquire(d: &FunctionData) -> Box<Frame> {
        let mut frame = match FRAME_POOL.with(|pool| pool.borrow_mut().pop()) {
            Some(mut f) => {
                // A pooled frame usually last ran the same code: keeping
                // its references saves two count updates.
                if !f.code.same(&d.code) {
                    f.code = d.code.clone();
                    f.consts = d.code.consts().clone();
                    f.native_ctx.invalidate();
                }
                if !f.globals.is(&d.globals) {
                    f.globals = d.globals.clone();
                    f.native_ctx.invalidate();
                }
                f
            }
            None => Box::new(Frame {
                code: d.code.clone(),
                regs: Vec::new(),
                nregs: 0,
                consts: d.code.consts().clone(),
                cells: Vec::new(),
                globals: d.globals.clone(),
                builtins: crate::builtins::builtins_dict(),
                locals: None,
                pc: 0,
                resume: None,
                handled: Vec::new(),
                native_ctx: crate::native::abi::CtxBox::empty(),
            }),
        };
        let arrays = (frame.regs.as_ptr(), frame.nregs);
        frame.nregs = d.shape.nregs;
        // A pooled frame's slots are all unset (see `release`): only the
        // length changes, usually not at all.
        let n = d.shape.nregs + d.shape.nlocals;
        if frame.regs.len() >= n {
            frame.regs.truncate(n);
        } else {
            let more = n - frame.regs.len();
            frame
                .regs
                .extend(std::iter::repeat_with(|| None).take(more));
        }
        if (frame.regs.as_ptr(), frame.nregs) != arrays {
            frame.native_ctx.invalidate();
        }
        if d.shape.cells {
            let co = d.code.co();
            frame
                .cells
                .extend(co.cellvars.iter().map(|_| crate::vm::cell::new_cell(None)));
            frame.cells.extend(d.closure.iter().cloned());
        }
        frame
    }

    /// The fast locals, parameters first: where a call's arguments go.
    #[inline]
    pub fn params(&mut self) -> &mut [Option<Obj>] {
        let n = self.nregs;
        self.regs.get_mut(n..).unwrap_or_default()
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
            consts: code.consts().clone(),
            cells,
            globals,
            builtins: crate::builtins::builtins_dict(),
            locals: Some(locals),
            pc: 0,
            resume: None,
            handled: Vec::new(),
            native_ctx: crate::native::abi::CtxBox::empty(),
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
    // Emptied in place, not truncated: the next frame of the same shape
    // reuses the slots as they are.
    for slot in &mut frame.regs {
        if slot.is_some() {
            *slot = None;
        }
    }
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
