//! The interpreter loop: runs a frame's bytecode until it returns or
//! yields. An instruction that raises adds the frame's traceback entry and
//! jumps to its handler (the exception in the handler's register), or
//! leaves the frame with the error.

use compiler::bytecode::Instr;
use compiler::ir::Suspension;

use crate::error::{PyErr, PyResult, type_error};
use crate::object::Obj;
use crate::protocol::{self, UnaryOp};
use crate::rt::{self, Exc};
use crate::types::typeobj::{BinOp, CompareOp};
use crate::types::{dict, exception, int, list, tuple};
use crate::vm::frame::Frame;
use crate::vm::{cell, names};

/// How a frame stopped.
pub enum Exit {
    /// It returned a value.
    Return(Obj),
    /// It yielded a value (generators).
    Yield(Obj),
}

/// Runs a new frame for a call: a plain function runs to completion; a
/// generator or coroutine function returns its generator object.
#[inline]
pub fn call_frame(frame: Box<Frame>) -> PyResult<Obj> {
    match frame.code.co().suspension {
        Suspension::None => {
            let depth = match DepthGuard::enter() {
                Ok(d) => d,
                Err(e) => {
                    crate::vm::frame::release(frame);
                    return Err(e);
                }
            };
            let mut frame = frame;
            let result = run(&mut frame, None);
            drop(depth);
            crate::vm::frame::release(frame);
            match result? {
                Exit::Return(v) => Ok(v),
                Exit::Yield(_) => Err(PyErr::new(Exc::SystemError, "yield in a plain function")),
            }
        }
        kind => Ok(crate::vm::generator::new_generator(frame, kind)),
    }
}

/// Counts Python call depth for RecursionError.
pub struct DepthGuard;

thread_local! {
    /// The call depth and the recursion limit (`sys.setrecursionlimit`),
    /// apart from the runtime state so that a call reads them without
    /// the runtime's lazy initialization check. Native code's direct
    /// calls count the depth down through `depth_ptr`.
    static DEPTH: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    static LIMIT: std::cell::Cell<u32> = const { std::cell::Cell::new(1000) };
}

/// `sys.getrecursionlimit()`.
pub fn recursion_limit() -> u32 {
    LIMIT.with(|l| l.get())
}

/// `sys.setrecursionlimit(n)`.
pub fn set_recursion_limit(n: u32) {
    LIMIT.with(|l| l.set(n));
}

/// Where this thread's recursion limit is (the cell lives as long as the
/// thread).
pub fn limit_ptr() -> *const u32 {
    LIMIT.with(|l| l.as_ptr().cast_const())
}

/// Where this thread's call depth is: native code leaving a direct call
/// decrements it in place (the cell lives as long as the thread).
pub fn depth_ptr() -> *mut u32 {
    DEPTH.with(|d| d.as_ptr())
}

impl DepthGuard {
    /// Enters one level; RecursionError beyond the limit.
    #[inline]
    pub fn enter() -> PyResult<DepthGuard> {
        let depth = DEPTH.with(|d| d.get());
        if depth >= recursion_limit() {
            return Err(recursion_error());
        }
        DEPTH.with(|d| d.set(depth + 1));
        Ok(DepthGuard)
    }
}

/// The RecursionError of a call beyond the limit.
pub fn recursion_error() -> PyErr {
    PyErr::new(Exc::RecursionError, "maximum recursion depth exceeded")
}

impl Drop for DepthGuard {
    #[inline]
    fn drop(&mut self) {
        DEPTH.with(|d| d.set(d.get().saturating_sub(1)));
    }
}

/// What one instruction did.
enum Step {
    Next,
    /// A call returned: go on, usually to the `clear`s of its operands.
    Called,
    Jump(usize),
    Return(Obj),
    Yield(Obj),
}

/// Runs `frame` from its pc. `pending` is an exception to raise at the pc
/// first (`generator.throw`).
#[inline]
pub fn run(frame: &mut Frame, pending: Option<PyErr>) -> PyResult<Exit> {
    if let Some(f) = frame.code.native() {
        // A thrown exception is unwound here, so native code is entered
        // at the handler's pc like at any other resume point.
        if let Some(e) = pending {
            let pc = frame.pc;
            unwind(frame, pc, e, true)?;
        }
        return crate::native::abi::enter(f, frame);
    }
    interpret(frame, pending)
}

/// Runs `frame` from its pc on the VM, whether or not its code object has
/// native code (which hands a call over to the VM this way when a type
/// check fails).
pub fn interpret(frame: &mut Frame, pending: Option<PyErr>) -> PyResult<Exit> {
    let code = frame.code.clone();
    let co = code.co();
    if let Some(e) = pending {
        let pc = frame.pc;
        unwind(frame, pc, e, true)?;
    }
    // The pc lives in a local; `frame.pc` is kept one past the running
    // instruction for what reads it (caches, tracebacks, yield), and read
    // back only after an unwind moved it to a handler.
    let mut pc = frame.pc;
    loop {
        let Some(instr) = co.code.get(pc) else {
            return Err(PyErr::new(
                Exc::SystemError,
                "ran off the end of the bytecode",
            ));
        };
        frame.pc = pc + 1;
        match step(frame, instr) {
            Ok(Step::Next) => pc += 1,
            // The operands a call used last are cleared right after it:
            // run those `clear`s here rather than through the dispatch,
            // whose indirect jump is the loop's main cost.
            Ok(Step::Called) => {
                pc += 1;
                while let Some(Instr::Clear { dst }) = co.code.get(pc) {
                    if let Some(slot) = frame.regs.get_mut(*dst as usize) {
                        *slot = None;
                    }
                    pc += 1;
                }
            }
            // Every backward jump (a loop's, whichever instruction takes
            // it) checks for Ctrl-C, as CPython's JUMP_BACKWARD does.
            Ok(Step::Jump(t)) if t <= pc => match crate::vm::interrupt::check() {
                Ok(()) => pc = t,
                Err(e) => {
                    unwind(frame, pc, e, true)?;
                    pc = frame.pc;
                }
            },
            Ok(Step::Jump(t)) => pc = t,
            Ok(Step::Return(v)) => return Ok(Exit::Return(v)),
            Ok(Step::Yield(v)) => return Ok(Exit::Yield(v)),
            Err(e) => {
                let entry = records_entry(Some(instr), &e.exc);
                unwind(frame, pc, e, entry)?;
                pc = frame.pc;
            }
        }
    }
}

/// Runs the one instruction at `pc`: native code's path for everything it
/// does not inline. `Ok(None)` goes on to the next instruction, `Ok(Some(t))`
/// jumps to `t`.
pub fn step_at(frame: &mut Frame, pc: usize) -> PyResult<Option<usize>> {
    let Some(&instr) = frame.code.co().code.get(pc) else {
        return Err(PyErr::new(Exc::SystemError, "bad native pc"));
    };
    frame.pc = pc + 1;
    match step(frame, &instr)? {
        Step::Next | Step::Called => Ok(None),
        Step::Jump(t) => Ok(Some(t)),
        Step::Return(_) | Step::Yield(_) => Err(PyErr::new(
            Exc::SystemError,
            "native code stepped a return or yield",
        )),
    }
}

/// An exception raised at `pc`: adds the frame's traceback entry (unless
/// it is re-raised as it is) and continues at the handler, or leaves the
/// frame with it. Out of line: the loop's hot path stays small.
#[cold]
#[inline(never)]
fn unwind(frame: &mut Frame, pc: usize, e: PyErr, traceback: bool) -> PyResult<()> {
    if traceback {
        add_traceback(frame, pc, &e.exc);
    }
    match frame.code.co().handler_at(pc) {
        Some(h) => {
            set(frame, h.exc, e.exc);
            frame.pc = h.pc as usize;
            Ok(())
        }
        None => Err(e),
    }
}

/// Whether `exc`, raised by `instr`, gets the frame's traceback entry: not
/// when the instruction re-raises (`Reraise`, or a bare `raise` of the
/// handled exception, which CPython's do_raise hands straight to the
/// unwinding), as the entries are there already. A bare `raise` with
/// nothing handled raises a new RuntimeError, which has none yet.
pub(crate) fn records_entry(instr: Option<&Instr>, exc: &Obj) -> bool {
    match instr {
        Some(Instr::Reraise { .. }) => false,
        Some(Instr::Raise { exc: None, .. }) => {
            exception::data(exc).is_none_or(|d| d.traceback.borrow().is_empty())
        }
        _ => true,
    }
}

/// Records the traceback entry of an exception raised at `pc`.
pub(crate) fn add_traceback(frame: &Frame, pc: usize, exc: &Obj) {
    record_entry(&frame.code, &frame.globals, pc, exc);
}

/// Records the traceback entry of an exception raised at `pc` of `code`,
/// run with `globals`.
pub(crate) fn record_entry(code: &crate::vm::code::CodeRef, globals: &Obj, pc: usize, exc: &Obj) {
    if let Some(d) = exception::data(exc) {
        let l = code.co().locs.get(pc).copied().unwrap_or_default();
        d.traceback.borrow_mut().push(exception::TbEntry {
            code: code.clone(),
            globals: globals.clone(),
            lasti: pc as u32,
            loc: (l.line, l.col, l.end_line, l.end_col),
        });
    }
}

#[inline]
fn reg(frame: &Frame, r: u32) -> PyResult<Obj> {
    reg_ref(frame, r).cloned()
}

/// A read operand's value, borrowed (no refcount traffic): a register or
/// fast local in `frame.regs`, or a constant after them.
#[inline]
fn reg_ref(frame: &Frame, r: u32) -> PyResult<&Obj> {
    match frame.regs.get(r as usize) {
        Some(Some(v)) => Ok(v),
        Some(None) => Err(unset_register(frame, r)),
        None => konst_ref(frame, r - frame.regs.len() as u32),
    }
}

/// Reading an empty register is a bug of the emitter; reading an empty
/// local is UnboundLocalError (the emitter only lets an instruction read a
/// local in place where it is certainly bound, so this is a safety net).
#[cold]
fn unset_register(frame: &Frame, r: u32) -> PyErr {
    match (r as usize).checked_sub(frame.nregs) {
        Some(slot) => unbound_local(frame, slot as u32),
        None => PyErr::new(
            Exc::SystemError,
            format!("register {r} read before written"),
        ),
    }
}

#[cold]
fn unbound_local(frame: &Frame, slot: u32) -> PyErr {
    let n = frame
        .code
        .co()
        .varnames
        .get(slot as usize)
        .cloned()
        .unwrap_or_default();
    PyErr::new(
        Exc::UnboundLocalError,
        format!("cannot access local variable '{n}' where it is not associated with a value"),
    )
}

/// Writes register `r`, releasing its old value.
#[inline(always)]
pub(crate) fn set(frame: &mut Frame, r: u32, v: Obj) {
    if let Some(slot) = frame.regs.get_mut(r as usize) {
        let old = slot.replace(v);
        drop(old);
    }
}

fn regs(frame: &Frame, range: compiler::bytecode::ArgRange) -> PyResult<Vec<Obj>> {
    let co = frame.code.co();
    let Some(rs) = range.regs(&co.operands) else {
        return Err(PyErr::new(Exc::SystemError, "bad operand range"));
    };
    let mut out = Vec::with_capacity(rs.len());
    for &r in rs {
        out.push(reg_ref(frame, r)?.clone());
    }
    Ok(out)
}

/// Appends the operands `range` to `out`, like `regs`; with a `SmallVec`
/// owned by the caller, short argument lists need no heap allocation (and
/// no copy of the vector on return).
fn push_regs(
    frame: &Frame,
    range: compiler::bytecode::ArgRange,
    out: &mut smallvec::SmallVec<[Obj; 8]>,
) -> PyResult<()> {
    let co = frame.code.co();
    let Some(rs) = range.regs(&co.operands) else {
        return Err(PyErr::new(Exc::SystemError, "bad operand range"));
    };
    for &r in rs {
        out.push(reg_ref(frame, r)?.clone());
    }
    Ok(())
}

fn name(frame: &Frame, i: u32) -> PyResult<Obj> {
    name_ref(frame, i).cloned()
}

/// Name `i` of the frame's code object.
pub(crate) fn name_ref(frame: &Frame, i: u32) -> PyResult<&Obj> {
    code_name(&frame.code, i)
}

/// Name `i` of `code`.
pub(crate) fn code_name(code: &crate::vm::code::CodeRef, i: u32) -> PyResult<&Obj> {
    code.name(i)
        .ok_or_else(|| PyErr::new(Exc::SystemError, "bad name index"))
}

/// The attribute caches of the frame's code object.
pub(crate) fn attr_caches(frame: &Frame) -> &crate::vm::attr_cache::Caches {
    &frame.code.module.attr_cache[frame.code.index]
}

fn konst(frame: &Frame, i: u32) -> PyResult<Obj> {
    konst_ref(frame, i).cloned()
}

#[inline]
fn konst_ref(frame: &Frame, i: u32) -> PyResult<&Obj> {
    match frame.consts.get(i as usize) {
        Some(Some(c)) => Ok(c),
        _ => Err(PyErr::new(
            Exc::SystemError,
            "this constant's type is not available in the runtime yet",
        )),
    }
}

#[inline(always)]
fn binary(frame: &mut Frame, dst: u32, a: u32, b: u32, op: BinOp) -> PyResult<Step> {
    let (x, y) = (reg_ref(frame, a)?, reg_ref(frame, b)?);
    let v = match arith_fast(x, y, op) {
        Some(Fast::Obj(v)) => v,
        Some(Fast::Float(f)) => {
            set_float(frame, dst, f);
            return Ok(Step::Next);
        }
        None => protocol::binary_op(x, y, op)?,
    };
    set(frame, dst, v);
    Ok(Step::Next)
}

/// The operator of a binary instruction, and whether it is the in-place
/// form (what `binary` and `inplace` are called with for it).
pub(crate) fn binary_operator(instr: &Instr) -> Option<(BinOp, bool)> {
    use Instr as I;
    Some(match *instr {
        I::Add { .. } => (BinOp::Add, false),
        I::Sub { .. } => (BinOp::Sub, false),
        I::Mul { .. } => (BinOp::Mul, false),
        I::MatMul { .. } => (BinOp::MatMul, false),
        I::TrueDiv { .. } => (BinOp::TrueDiv, false),
        I::FloorDiv { .. } => (BinOp::FloorDiv, false),
        I::Mod { .. } => (BinOp::Mod, false),
        I::Pow { .. } => (BinOp::Pow, false),
        I::LShift { .. } => (BinOp::LShift, false),
        I::RShift { .. } => (BinOp::RShift, false),
        I::BitAnd { .. } => (BinOp::And, false),
        I::BitOr { .. } => (BinOp::Or, false),
        I::BitXor { .. } => (BinOp::Xor, false),
        I::InplaceAdd { .. } => (BinOp::Add, true),
        I::InplaceSub { .. } => (BinOp::Sub, true),
        I::InplaceMul { .. } => (BinOp::Mul, true),
        I::InplaceMatMul { .. } => (BinOp::MatMul, true),
        I::InplaceTrueDiv { .. } => (BinOp::TrueDiv, true),
        I::InplaceFloorDiv { .. } => (BinOp::FloorDiv, true),
        I::InplaceMod { .. } => (BinOp::Mod, true),
        I::InplacePow { .. } => (BinOp::Pow, true),
        I::InplaceLShift { .. } => (BinOp::LShift, true),
        I::InplaceRShift { .. } => (BinOp::RShift, true),
        I::InplaceBitAnd { .. } => (BinOp::And, true),
        I::InplaceBitOr { .. } => (BinOp::Or, true),
        I::InplaceBitXor { .. } => (BinOp::Xor, true),
        _ => return None,
    })
}

#[inline(always)]
fn inplace(frame: &mut Frame, dst: u32, a: u32, b: u32, op: BinOp) -> PyResult<Step> {
    let (x, y) = (reg_ref(frame, a)?, reg_ref(frame, b)?);
    // Small ints and floats have no in-place slots: `x op= y` is `x op y`.
    let v = match arith_fast(x, y, op) {
        Some(Fast::Obj(v)) => v,
        Some(Fast::Float(f)) => {
            set_float(frame, dst, f);
            return Ok(Step::Next);
        }
        None => protocol::inplace_op(x, y, op)?,
    };
    set(frame, dst, v);
    Ok(Step::Next)
}

/// A result of `arith_fast`.
enum Fast {
    Obj(Obj),
    /// A float result, not boxed yet (see `set_float`).
    Float(f64),
}

/// `x op y` for the operands loops see most, computed here rather than
/// through the protocol's calls: two small ints (`int::small_arith`), or
/// `+ - * /` and the plain cases of `**` of exact floats, or of an exact
/// float and a small int
/// (converted as float's own slots convert it). `None` leaves it to the
/// protocol.
#[inline(always)]
fn arith_fast(x: &Obj, y: &Obj, op: BinOp) -> Option<Fast> {
    if let (Some(i), Some(j)) = (x.as_small(), y.as_small()) {
        return int::small_arith(i, j, op).map(Fast::Obj);
    }
    let (a, b) = (float_operand(x)?, float_operand(y)?);
    Some(Fast::Float(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::TrueDiv if b != 0.0 => a / b,
        // A positive finite base to a finite power: float's `**` is C's
        // `pow` there, unless the result overflows (OverflowError).
        BinOp::Pow if a > 0.0 && a.is_finite() && b.is_finite() => {
            let r = a.powf(b);
            if !r.is_finite() {
                return None;
            }
            r
        }
        _ => return None,
    }))
}

/// Writes float `v` to register `r`. When the register holds a float that
/// nothing else references, which writing would free, the value goes
/// into that float instead: a loop's temporaries then allocate nothing.
/// (Freeing and allocating would most likely hand back the same block,
/// so no program can tell.)
#[inline(always)]
fn set_float(frame: &mut Frame, r: u32, v: f64) {
    if let Some(Some(old)) = frame.regs.get_mut(r as usize)
        && rt::is_exact_float(old)
        && let Some(f) = old.unique_mut::<crate::types::float::FloatData>()
    {
        f.0 = v;
        return;
    }
    set(frame, r, crate::types::float::new_float(v));
}

/// The value of an exact float or a small int, for `arith_fast` (which
/// has ruled out two small ints).
#[inline(always)]
fn float_operand(x: &Obj) -> Option<f64> {
    match x.as_small() {
        Some(i) => Some(i as f64),
        None if rt::is_exact_float(x) => crate::types::float::value(x),
        None => None,
    }
}

fn compare(frame: &mut Frame, dst: u32, a: u32, b: u32, op: CompareOp) -> PyResult<Step> {
    let (x, y) = (reg_ref(frame, a)?, reg_ref(frame, b)?);
    let v = match compare_fast(x, y, op) {
        Some(t) => rt::bool_obj(t),
        None => protocol::rich_compare(x, y, op)?,
    };
    set(frame, dst, v);
    Ok(Step::Next)
}

/// A conditional branch on a comparison. Inlined into each branch
/// instruction so that the operator is a constant there: two small ints
/// or floats compare without a call; the rest goes out of line.
#[inline(always)]
fn branch_compare(
    frame: &Frame,
    a: u32,
    b: u32,
    op: CompareOp,
    then: u32,
    else_: u32,
) -> PyResult<Step> {
    let (x, y) = (reg_ref(frame, a)?, reg_ref(frame, b)?);
    let t = match compare_fast(x, y, op) {
        Some(t) => t,
        None => compare_truth(x, y, op)?,
    };
    Ok(Step::Jump(if t { then } else { else_ } as usize))
}

/// Whether `x op y` is true, by the comparison protocol.
#[inline(never)]
fn compare_truth(x: &Obj, y: &Obj, op: CompareOp) -> PyResult<bool> {
    protocol::truth(&protocol::rich_compare(x, y, op)?)
}

/// `x op y` of two small ints or two exact floats (IEEE comparisons, as
/// float's slot makes them); `None` leaves it to the protocol.
#[inline(always)]
fn compare_fast(x: &Obj, y: &Obj, op: CompareOp) -> Option<bool> {
    if let (Some(i), Some(j)) = (x.as_small(), y.as_small()) {
        return Some(protocol::ordering_matches(i.cmp(&j), op));
    }
    if !(rt::is_exact_float(x) && rt::is_exact_float(y)) {
        return None;
    }
    let (f, g) = (
        crate::types::float::value(x)?,
        crate::types::float::value(y)?,
    );
    Some(match op {
        CompareOp::Lt => f < g,
        CompareOp::Le => f <= g,
        CompareOp::Eq => f == g,
        CompareOp::Ne => f != g,
        CompareOp::Gt => f > g,
        CompareOp::Ge => f >= g,
    })
}

fn kwnames_of(frame: &Frame, k: Option<u32>) -> PyResult<Vec<Obj>> {
    match k {
        Some(i) => Ok(tuple::items(&konst(frame, i)?).to_vec()),
        None => Ok(Vec::new()),
    }
}

#[allow(clippy::too_many_lines)]
#[inline(always)]
fn step(frame: &mut Frame, instr: &Instr) -> PyResult<Step> {
    use Instr as I;
    match *instr {
        I::Const { dst, value } => {
            let v = konst(frame, value)?;
            set(frame, dst, v);
        }
        I::LoadFast { dst, slot } => match frame.fast_mut(slot).and_then(|s| s.clone()) {
            Some(v) => set(frame, dst, v),
            None => return Err(unbound_local(frame, slot)),
        },
        I::StoreFast { slot, src } => {
            let v = reg(frame, src)?;
            if let Some(s) = frame.fast_mut(slot) {
                let old = s.replace(v);
                drop(old);
            }
        }
        I::DelFast { slot } => {
            let old = frame.fast_mut(slot).and_then(Option::take);
            if old.is_none() {
                return Err(unbound_local(frame, slot));
            }
        }
        I::LoadDeref { dst, cell: c } => {
            let v = frame.cells.get(c as usize).and_then(cell::get);
            match v {
                Some(v) => set(frame, dst, v),
                None => return Err(unbound_cell(frame, c)),
            }
        }
        I::StoreDeref { cell: c, src } => {
            let v = reg(frame, src)?;
            if let Some(cl) = frame.cells.get(c as usize) {
                cell::set(cl, Some(v));
            }
        }
        I::DelDeref { cell: c } => {
            let had = frame.cells.get(c as usize).and_then(cell::get).is_some();
            if !had {
                return Err(unbound_cell(frame, c));
            }
            if let Some(cl) = frame.cells.get(c as usize) {
                cell::set(cl, None);
            }
        }
        I::LoadClassDeref {
            dst,
            name: n,
            cell: c,
        } => {
            let key = name(frame, n)?;
            let local = match &frame.locals {
                Some(l) => names::mapping_get(l, &key)?,
                None => None,
            };
            match local.or_else(|| frame.cells.get(c as usize).and_then(cell::get)) {
                Some(v) => set(frame, dst, v),
                None => return Err(unbound_cell(frame, c)),
            }
        }
        I::LoadClosure { dst, cell: c } => {
            let v = frame
                .cells
                .get(c as usize)
                .cloned()
                .ok_or_else(|| PyErr::new(Exc::SystemError, "bad cell index"))?;
            set(frame, dst, v);
        }
        I::LoadGlobal { dst, name: n } => {
            let v = load_global_cached(frame, n)?;
            set(frame, dst, v);
        }
        I::StoreGlobal { name: n, src } => {
            let (key, v) = (name(frame, n)?, reg(frame, src)?);
            dict::set_item(&frame.globals, key, v)?;
        }
        I::DelGlobal { name: n } => {
            let key = name(frame, n)?;
            if !dict::del_item(&frame.globals, &key)? {
                return Err(names::name_error(&key));
            }
        }
        I::LoadName { dst, name: n } => {
            let key = name(frame, n)?;
            let v = names::load_name(frame, &key)?;
            set(frame, dst, v);
        }
        I::StoreName { name: n, src } => {
            let (key, v) = (name(frame, n)?, reg(frame, src)?);
            match &frame.locals {
                Some(l) => names::mapping_set(l, key, Some(v))?,
                None => dict::set_item(&frame.globals, key, v)?,
            }
        }
        I::DelName { name: n } => {
            let key = name(frame, n)?;
            let ns = frame
                .locals
                .clone()
                .unwrap_or_else(|| frame.globals.clone());
            if names::mapping_get(&ns, &key)?.is_none() {
                return Err(names::name_error(&key));
            }
            names::mapping_set(&ns, key, None)?;
        }
        I::LoadBuiltinExc { dst, name: n } => {
            let key = name(frame, n)?;
            let v = dict::get_item(&frame.builtins, &key)?
                .unwrap_or_else(|| rt::exc(Exc::AssertionError));
            set(frame, dst, v);
        }
        I::IsBuiltin {
            dst,
            name: n,
            value,
        } => {
            let f = reg_ref(frame, value)?;
            let is = crate::types::str::as_str(name_ref(frame, n)?)
                .is_some_and(|n| crate::builtins::is_original(f, n));
            set(frame, dst, rt::bool_obj(is));
        }
        I::LoadBuildClass { dst } => {
            let v = dict::get_str(&frame.builtins, "__build_class__")?
                .ok_or_else(|| PyErr::new(Exc::NameError, "__build_class__ not found"))?;
            set(frame, dst, v);
        }
        I::SetupAnnotations {} => {
            let ns = frame
                .locals
                .clone()
                .unwrap_or_else(|| frame.globals.clone());
            let key = crate::types::str::new_str("__annotations__");
            if names::mapping_get(&ns, &key)?.is_none() {
                names::mapping_set(&ns, key, Some(dict::new_dict()))?;
            }
        }
        I::AttrGet { dst, name: n, obj } => {
            let v = crate::vm::attr_cache::get(
                attr_caches(frame),
                frame.pc - 1,
                reg_ref(frame, obj)?,
                name_ref(frame, n)?,
            )?;
            set(frame, dst, v);
        }
        I::AttrSet {
            name: n,
            obj,
            value,
        } => {
            crate::vm::attr_cache::set(
                attr_caches(frame),
                frame.pc - 1,
                reg_ref(frame, obj)?,
                name_ref(frame, n)?,
                reg_ref(frame, value)?,
            )?;
        }
        I::AttrDel { name: n, obj } => {
            let (o, key) = (reg(frame, obj)?, name(frame, n)?);
            protocol::setattr(&o, &key, None)?;
        }
        I::ItemGet { dst, obj, key } => {
            let (o, k) = (reg_ref(frame, obj)?, reg_ref(frame, key)?);
            let v = if rt::is_exact_list(o) {
                list::getitem_impl(o, k)?
            } else {
                protocol::getitem(o, k)?
            };
            set(frame, dst, v);
        }
        I::ItemSet { obj, key, value } => {
            let (o, k, v) = (
                reg_ref(frame, obj)?,
                reg_ref(frame, key)?,
                reg_ref(frame, value)?,
            );
            if rt::is_exact_list(o) {
                list::setitem_impl(o, k, Some(v))?;
            } else {
                protocol::setitem(o, k, Some(v))?;
            }
        }
        I::ItemDel { obj, key } => {
            let (o, k) = (reg(frame, obj)?, reg(frame, key)?);
            protocol::setitem(&o, &k, None)?;
        }
        I::Slice {
            dst,
            start,
            stop,
            step,
        } => {
            let v = crate::types::slice::new_slice(
                reg(frame, start)?,
                reg(frame, stop)?,
                reg(frame, step)?,
            );
            set(frame, dst, v);
        }
        I::Add { dst, a, b } => return binary(frame, dst, a, b, BinOp::Add),
        I::Sub { dst, a, b } => return binary(frame, dst, a, b, BinOp::Sub),
        I::Mul { dst, a, b } => return binary(frame, dst, a, b, BinOp::Mul),
        I::MatMul { dst, a, b } => return binary(frame, dst, a, b, BinOp::MatMul),
        I::TrueDiv { dst, a, b } => return binary(frame, dst, a, b, BinOp::TrueDiv),
        I::FloorDiv { dst, a, b } => return binary(frame, dst, a, b, BinOp::FloorDiv),
        I::Mod { dst, a, b } => return binary(frame, dst, a, b, BinOp::Mod),
        I::Pow { dst, a, b } => return binary(frame, dst, a, b, BinOp::Pow),
        I::LShift { dst, a, b } => return binary(frame, dst, a, b, BinOp::LShift),
        I::RShift { dst, a, b } => return binary(frame, dst, a, b, BinOp::RShift),
        I::BitAnd { dst, a, b } => return binary(frame, dst, a, b, BinOp::And),
        I::BitOr { dst, a, b } => return binary(frame, dst, a, b, BinOp::Or),
        I::BitXor { dst, a, b } => return binary(frame, dst, a, b, BinOp::Xor),
        I::InplaceAdd { dst, a, b } => return inplace(frame, dst, a, b, BinOp::Add),
        I::InplaceSub { dst, a, b } => return inplace(frame, dst, a, b, BinOp::Sub),
        I::InplaceMul { dst, a, b } => return inplace(frame, dst, a, b, BinOp::Mul),
        I::InplaceMatMul { dst, a, b } => return inplace(frame, dst, a, b, BinOp::MatMul),
        I::InplaceTrueDiv { dst, a, b } => return inplace(frame, dst, a, b, BinOp::TrueDiv),
        I::InplaceFloorDiv { dst, a, b } => return inplace(frame, dst, a, b, BinOp::FloorDiv),
        I::InplaceMod { dst, a, b } => return inplace(frame, dst, a, b, BinOp::Mod),
        I::InplacePow { dst, a, b } => return inplace(frame, dst, a, b, BinOp::Pow),
        I::InplaceLShift { dst, a, b } => return inplace(frame, dst, a, b, BinOp::LShift),
        I::InplaceRShift { dst, a, b } => return inplace(frame, dst, a, b, BinOp::RShift),
        I::InplaceBitAnd { dst, a, b } => return inplace(frame, dst, a, b, BinOp::And),
        I::InplaceBitOr { dst, a, b } => return inplace(frame, dst, a, b, BinOp::Or),
        I::InplaceBitXor { dst, a, b } => return inplace(frame, dst, a, b, BinOp::Xor),
        I::Neg { dst, a } => {
            let v = protocol::unary_op(&reg(frame, a)?, UnaryOp::Neg)?;
            set(frame, dst, v);
        }
        I::Pos { dst, a } => {
            let v = protocol::unary_op(&reg(frame, a)?, UnaryOp::Pos)?;
            set(frame, dst, v);
        }
        I::Invert { dst, a } => {
            let v = protocol::unary_op(&reg(frame, a)?, UnaryOp::Invert)?;
            set(frame, dst, v);
        }
        I::Not { dst, a } => {
            let t = protocol::truth(&reg(frame, a)?)?;
            set(frame, dst, rt::bool_obj(!t));
        }
        I::Truth { dst, a } => {
            let t = protocol::truth(reg_ref(frame, a)?)?;
            set(frame, dst, rt::bool_obj(t));
        }
        I::Lt { dst, a, b } => return compare(frame, dst, a, b, CompareOp::Lt),
        I::Le { dst, a, b } => return compare(frame, dst, a, b, CompareOp::Le),
        I::Eq { dst, a, b } => return compare(frame, dst, a, b, CompareOp::Eq),
        I::Ne { dst, a, b } => return compare(frame, dst, a, b, CompareOp::Ne),
        I::Gt { dst, a, b } => return compare(frame, dst, a, b, CompareOp::Gt),
        I::Ge { dst, a, b } => return compare(frame, dst, a, b, CompareOp::Ge),
        I::Is { dst, a, b } => {
            let r = reg(frame, a)?.is(&reg(frame, b)?);
            set(frame, dst, rt::bool_obj(r));
        }
        I::IsNot { dst, a, b } => {
            let r = !reg(frame, a)?.is(&reg(frame, b)?);
            set(frame, dst, rt::bool_obj(r));
        }
        I::In { dst, a, b } => {
            let r = protocol::contains(&reg(frame, b)?, &reg(frame, a)?)?;
            set(frame, dst, rt::bool_obj(r));
        }
        I::NotIn { dst, a, b } => {
            let r = protocol::contains(&reg(frame, b)?, &reg(frame, a)?)?;
            set(frame, dst, rt::bool_obj(!r));
        }
        I::TupleBuild { dst, items } => {
            let v = tuple::new_tuple(regs(frame, items)?);
            set(frame, dst, v);
        }
        I::ListBuild { dst, items } => {
            let v = list::new_list(regs(frame, items)?);
            set(frame, dst, v);
        }
        I::SetBuild { dst, items } => {
            let v = crate::builtins::containers::new_set(regs(frame, items)?)?;
            set(frame, dst, v);
        }
        I::DictBuild { dst, items } => {
            let d = dict::new_dict();
            for pair in regs(frame, items)?.chunks(2) {
                if let [k, v] = pair {
                    dict::set_item(&d, k.clone(), v.clone())?;
                }
            }
            set(frame, dst, d);
        }
        I::ListAppend { list: l, item } => {
            list::append(reg_ref(frame, l)?, reg(frame, item)?);
        }
        I::ListExtend { list: l, iterable } => {
            let items = protocol::collect(&reg(frame, iterable)?)?;
            let l = reg(frame, l)?;
            for x in items {
                list::append(&l, x);
            }
        }
        I::ListToTuple { dst, list: l } => {
            let v = tuple::new_tuple(list::snapshot(&reg(frame, l)?));
            set(frame, dst, v);
        }
        I::SetAdd { set: s, item } => {
            crate::builtins::containers::set_add(&reg(frame, s)?, reg(frame, item)?)?;
        }
        I::SetUpdate { set: s, iterable } => {
            // CPython's `_PySet_Update`: a set merges table-wise.
            crate::types::set::update_internal(&reg(frame, s)?, &reg(frame, iterable)?)?;
        }
        I::DictSet {
            dict: d,
            key,
            value,
        } => {
            dict::set_item(&reg(frame, d)?, reg(frame, key)?, reg(frame, value)?)?;
        }
        I::DictUpdate { dict: d, mapping } => {
            let (d, m) = (reg(frame, d)?, reg(frame, mapping)?);
            crate::builtins::containers::dict_update(&d, &m, None)?;
        }
        I::ArgsExtend {
            callee,
            list: l,
            iterable,
        } => {
            let it = reg(frame, iterable)?;
            let items = match protocol::collect(&it) {
                Ok(items) => items,
                Err(e) if e.matches(Exc::TypeError) && protocol::iter(&it).is_err() => {
                    return Err(type_error(format!(
                        "{} argument after * must be an iterable, not {}",
                        crate::builtins::callable_name(&reg(frame, callee)?),
                        protocol::type_name(&it)
                    )));
                }
                Err(e) => return Err(e),
            };
            let l = reg(frame, l)?;
            for x in items {
                list::append(&l, x);
            }
        }
        I::KwargsMerge {
            callee,
            dict: d,
            mapping,
        } => {
            let (c, d, m) = (reg(frame, callee)?, reg(frame, d)?, reg(frame, mapping)?);
            crate::builtins::containers::dict_update(&d, &m, Some(&c))?;
        }
        I::UnpackSeq { dst, count, src } => {
            let x = reg_ref(frame, src)?;
            if rt::is_exact_list(x) {
                let x = x.clone();
                if let Some(Some(t)) = frame.regs.get_mut(dst as usize)
                    && crate::builtins::containers::unpack_list_into(t, &x, count as usize)
                {
                    return Ok(Step::Next);
                }
                let v = crate::builtins::containers::unpack(&x, count as usize, None)?;
                set(frame, dst, v);
            } else {
                let v = crate::builtins::containers::unpack(x, count as usize, None)?;
                set(frame, dst, v);
            }
        }
        I::UnpackEx {
            dst,
            before,
            after,
            src,
        } => {
            let v = crate::builtins::containers::unpack(
                &reg(frame, src)?,
                before as usize,
                Some(after as usize),
            )?;
            set(frame, dst, v);
        }
        I::TupleItem {
            dst,
            index,
            tuple: t,
        } => {
            let v = tuple::items(reg_ref(frame, t)?)
                .get(index as usize)
                .cloned()
                .ok_or_else(|| PyErr::new(Exc::SystemError, "tuple.item out of range"))?;
            set(frame, dst, v);
        }
        I::Format {
            dst,
            conv,
            value,
            spec,
        } => {
            let v = reg(frame, value)?;
            let v = match conv {
                1 => protocol::str(&v)?,
                2 => protocol::repr(&v)?,
                3 => crate::builtins::ascii(&v)?,
                _ => v,
            };
            let spec = match spec {
                Some(s) => Some(reg(frame, s)?),
                None => None,
            };
            let out = crate::builtins::format_value(&v, spec.as_ref())?;
            set(frame, dst, out);
        }
        I::StrBuild { dst, parts } => {
            let parts = regs(frame, parts)?;
            let texts: smallvec::SmallVec<[crate::types::str::Str; 8]> =
                parts.iter().filter_map(crate::types::str::data).collect();
            let s: smallvec::SmallVec<[&str; 8]> = texts.iter().map(|t| t.s).collect();
            let chars = texts.iter().map(|t| t.chars).sum();
            set(frame, dst, crate::types::str::concat(&s, chars));
        }
        I::Call {
            dst,
            kwnames,
            callee,
            args,
        } => {
            crate::vm::interrupt::check()?;
            let f = reg_ref(frame, callee)?;
            let v = match python_callee(f, kwnames, args.len as usize, true) {
                Some((d, self_)) => call_python(frame, d, self_.cloned(), args)?,
                None => {
                    let f = f.clone();
                    let mut a = smallvec::SmallVec::new();
                    push_regs(frame, args, &mut a)?;
                    call_in_frame(frame, &f, &a, kwnames)?
                }
            };
            set(frame, dst, v);
            return Ok(Step::Called);
        }
        I::CallEx {
            dst,
            callee,
            args,
            kwargs,
        } => {
            let f = reg(frame, callee)?;
            let mut a = tuple::items(&reg(frame, args)?).to_vec();
            let kw = reg(frame, kwargs)?;
            let mut names = Vec::new();
            if !rt::is_none(&kw) {
                for (k, v) in dict::items(&kw) {
                    if !crate::types::str::is_str(&k) {
                        return Err(type_error("keywords must be strings"));
                    }
                    names.push(k);
                    a.push(v);
                }
            }
            let v = if crate::builtins::frame_fns::is_frame_fn(&f) {
                crate::builtins::frame_fns::call(frame, &f, &a, &names)?
            } else {
                protocol::call(&f, &a, &names)?
            };
            set(frame, dst, v);
        }
        I::SuperZero {
            dst,
            sup,
            class_cell,
            first,
        } => {
            let s = reg(frame, sup)?;
            let (cell, first) = (reg(frame, class_cell)?, reg(frame, first)?);
            let v = match crate::builtins::descriptors::zero_arg_super(&s, &cell, &first) {
                Some(v) => v?,
                None => protocol::call(&s, &[], &[])?,
            };
            set(frame, dst, v);
        }
        I::Iter { dst, src } => {
            let v = protocol::iter(reg_ref(frame, src)?)?;
            set(frame, dst, v);
        }
        I::AIter { dst, src } => {
            let o = reg(frame, src)?;
            let v = match protocol::call_special(&o, "__aiter__", &[])? {
                Some(v) => v,
                None => {
                    return Err(type_error(format!(
                        "'async for' requires an object with __aiter__ method, got {}",
                        protocol::type_name(&o)
                    )));
                }
            };
            set(frame, dst, v);
        }
        I::ANext { dst, src } => {
            let o = reg(frame, src)?;
            let v = match protocol::call_special(&o, "__anext__", &[])? {
                Some(v) => v,
                None => {
                    return Err(type_error(format!(
                        "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                        protocol::type_name(&o)
                    )));
                }
            };
            set(frame, dst, v);
        }
        I::AwaitIter { dst, src } => {
            let v = crate::vm::generator::await_iter(&reg(frame, src)?)?;
            set(frame, dst, v);
        }
        I::AsyncGenWrap { dst, src } => {
            let v = crate::vm::async_gen::wrap(reg(frame, src)?);
            set(frame, dst, v);
        }
        I::YieldFromIter { dst, src } => {
            let v = crate::vm::generator::yield_from_iter(reg(frame, src)?)?;
            set(frame, dst, v);
        }
        I::MakeFunction {
            dst,
            code,
            defaults,
            kwdefaults,
            annotations,
            closure,
        } => {
            let v = make_function(frame, code, defaults, kwdefaults, annotations, closure)?;
            set(frame, dst, v);
        }
        I::GenexprUnwind { dst, code, exc } => {
            let e = reg(frame, exc)?;
            let pc = frame.pc - 1;
            let v = crate::vm::generator::inline_unwind(frame, pc, code, e);
            set(frame, dst, v);
        }
        I::Import {
            dst,
            name: n,
            level,
            fromlist,
        } => {
            let (key, fl) = (name(frame, n)?, reg(frame, fromlist)?);
            let v = crate::import::import_name(&frame.globals, &key, &fl, level)?;
            set(frame, dst, v);
        }
        I::ImportFrom {
            dst,
            name: n,
            module,
        } => {
            let (key, m) = (name(frame, n)?, reg(frame, module)?);
            let v = crate::import::import_from(&m, &key)?;
            set(frame, dst, v);
        }
        I::ImportStar { module } => {
            let m = reg(frame, module)?;
            let ns = frame
                .locals
                .clone()
                .unwrap_or_else(|| frame.globals.clone());
            crate::import::import_star(&m, &ns)?;
        }
        I::ExcMatch { dst, exc, ty } => {
            let (e, t) = (reg(frame, exc)?, reg(frame, ty)?);
            let r = crate::vm::exceptions::matches(&e, &t)?;
            set(frame, dst, rt::bool_obj(r));
        }
        I::ExcPush { exc } => {
            let e = reg(frame, exc)?;
            rt::with(|rt| rt.handled.borrow_mut().push(e));
        }
        I::ExcPop {} => {
            let old = rt::with(|rt| rt.handled.borrow_mut().pop());
            drop(old);
        }
        I::ExcType { dst, exc } => {
            let v = reg(frame, exc)?.ty();
            set(frame, dst, v);
        }
        I::ExcTraceback { dst, exc } => {
            let v = crate::vm::exceptions::traceback_obj(&reg(frame, exc)?);
            set(frame, dst, v);
        }
        I::ExcGroupSplit { dst, exc, ty } => {
            let v = crate::vm::exceptions::group_split(&reg(frame, exc)?, &reg(frame, ty)?)?;
            set(frame, dst, v);
        }
        I::ExcGroupReraise { dst, orig, raised } => {
            let v = crate::vm::exceptions::group_reraise(&reg(frame, orig)?, &reg(frame, raised)?)?;
            set(frame, dst, v);
        }
        I::SpecialLookup { dst, name: n, obj } => {
            let (o, key) = (reg(frame, obj)?, name(frame, n)?);
            let v = crate::vm::exceptions::special_lookup(&o, &key)?;
            set(frame, dst, v);
        }
        I::Len { dst, obj } => {
            let n = protocol::len(&reg(frame, obj)?)?;
            set(frame, dst, int::from_i64(n as i64));
        }
        I::MatchClass {
            dst,
            positional,
            kwnames,
            subject,
            cls,
        } => {
            let kw = kwnames_of(frame, kwnames)?;
            let v = crate::vm::patterns::match_class(
                &reg(frame, subject)?,
                &reg(frame, cls)?,
                positional as usize,
                &kw,
            )?;
            set(frame, dst, v);
        }
        I::MatchMapping { dst, subject } => {
            let r = crate::vm::patterns::is_mapping(&reg(frame, subject)?);
            set(frame, dst, rt::bool_obj(r));
        }
        I::MatchSequence { dst, subject } => {
            let r = crate::vm::patterns::is_sequence(&reg(frame, subject)?);
            set(frame, dst, rt::bool_obj(r));
        }
        I::MatchKeys { dst, subject, keys } => {
            let v = crate::vm::patterns::match_keys(&reg(frame, subject)?, &reg(frame, keys)?)?;
            set(frame, dst, v);
        }
        I::DictWithout { dst, mapping, keys } => {
            let v = crate::vm::patterns::dict_without(&reg(frame, mapping)?, &reg(frame, keys)?)?;
            set(frame, dst, v);
        }
        I::PrintExpr { value } => {
            crate::builtins::print_expr(&reg(frame, value)?)?;
        }
        I::LoadMethod {
            dst,
            self_,
            name: n,
            obj,
        } => {
            let o = reg(frame, obj)?;
            let key = name(frame, n)?;
            match crate::vm::attr_cache::method(attr_caches(frame), frame.pc - 1, &o, &key)? {
                Some(f) => {
                    set(frame, dst, f);
                    set(frame, self_, o);
                }
                None => {
                    let v = protocol::getattr(&o, &key)?;
                    set(frame, dst, v);
                    if let Some(slot) = frame.regs.get_mut(self_ as usize) {
                        *slot = None;
                    }
                }
            }
        }
        I::CallMethod {
            dst,
            kwnames,
            callee,
            self_,
            args,
        } => {
            crate::vm::interrupt::check()?;
            let recv = frame.regs.get_mut(self_ as usize).and_then(Option::take);
            let nargs = args.len as usize + usize::from(recv.is_some());
            let f = reg_ref(frame, callee)?;
            let v = match python_callee(f, kwnames, nargs, recv.is_none()) {
                Some((d, self_)) => call_python(frame, d, recv.or_else(|| self_.cloned()), args)?,
                None => {
                    let f = f.clone();
                    let mut a = smallvec::SmallVec::new();
                    a.extend(recv);
                    push_regs(frame, args, &mut a)?;
                    call_in_frame(frame, &f, &a, kwnames)?
                }
            };
            set(frame, dst, v);
            return Ok(Step::Called);
        }
        I::Move { dst, src } => {
            let v = reg(frame, src)?;
            set(frame, dst, v);
        }
        I::StoreFastMove { slot, src } => {
            let v = frame.regs.get_mut(src as usize).and_then(Option::take);
            let Some(v) = v else {
                return Err(unset_register(frame, src));
            };
            if let Some(s) = frame.fast_mut(slot) {
                let old = s.replace(v);
                drop(old);
            }
        }
        I::Clear { dst } => {
            if let Some(slot) = frame.regs.get_mut(dst as usize) {
                *slot = None;
            }
        }
        I::Jump { target } => return Ok(Step::Jump(target as usize)),
        I::BranchIf { cond, then, else_ } => {
            let t = protocol::truth(reg_ref(frame, cond)?)?;
            return Ok(Step::Jump(if t { then } else { else_ } as usize));
        }
        I::BranchLt { a, b, then, else_ } => {
            return branch_compare(frame, a, b, CompareOp::Lt, then, else_);
        }
        I::BranchLe { a, b, then, else_ } => {
            return branch_compare(frame, a, b, CompareOp::Le, then, else_);
        }
        I::BranchEq { a, b, then, else_ } => {
            return branch_compare(frame, a, b, CompareOp::Eq, then, else_);
        }
        I::BranchNe { a, b, then, else_ } => {
            return branch_compare(frame, a, b, CompareOp::Ne, then, else_);
        }
        I::BranchGt { a, b, then, else_ } => {
            return branch_compare(frame, a, b, CompareOp::Gt, then, else_);
        }
        I::BranchGe { a, b, then, else_ } => {
            return branch_compare(frame, a, b, CompareOp::Ge, then, else_);
        }
        I::Return { src } => {
            crate::vm::interrupt::check()?;
            return Ok(Step::Return(reg(frame, src)?));
        }
        I::Raise { exc, cause } => {
            return Err(crate::vm::exceptions::raise(
                exc.map(|r| reg(frame, r)).transpose()?,
                cause.map(|r| reg(frame, r)).transpose()?,
            ));
        }
        I::Reraise { exc } => return Err(PyErr::reraise(reg(frame, exc)?)),
        I::ForIter {
            dst,
            iter,
            next,
            done,
        } => {
            return match protocol::next(reg_ref(frame, iter)?)? {
                Some(v) => {
                    set(frame, dst, v);
                    Ok(Step::Jump(next as usize))
                }
                None => Ok(Step::Jump(done as usize)),
            };
        }
        I::Yield { dst, src, resume } => {
            let v = reg(frame, src)?;
            frame.resume = Some((dst, frame.pc - 1));
            frame.pc = resume as usize;
            return Ok(Step::Yield(v));
        }
        I::Send {
            iter,
            value,
            yielded,
            yielded_dst,
            returned,
            returned_dst,
        } => {
            let (it, v) = (reg(frame, iter)?, reg(frame, value)?);
            return Ok(match crate::vm::generator::send_to(&it, v)? {
                Exit::Yield(y) => {
                    set(frame, yielded_dst, y);
                    Step::Jump(yielded as usize)
                }
                Exit::Return(r) => {
                    set(frame, returned_dst, r);
                    Step::Jump(returned as usize)
                }
            });
        }
        I::Throw {
            iter,
            exc,
            yielded,
            yielded_dst,
            returned,
            returned_dst,
        } => {
            let (it, e) = (reg(frame, iter)?, reg(frame, exc)?);
            return Ok(match crate::vm::generator::throw_to(&it, e)? {
                Exit::Yield(y) => {
                    set(frame, yielded_dst, y);
                    Step::Jump(yielded as usize)
                }
                Exit::Return(r) => {
                    set(frame, returned_dst, r);
                    Step::Jump(returned as usize)
                }
            });
        }
        I::Unreachable {} => return Err(PyErr::new(Exc::SystemError, "reached unreachable code")),
    }
    Ok(Step::Next)
}

/// The function data of `f` when it is a Python function that `nargs`
/// positional arguments fill exactly, or (with `unbind`) a method bound to
/// such a function, with its `self`: the call needs neither the call
/// protocol nor argument binding.
#[inline]
pub(crate) fn python_callee(
    f: &Obj,
    kwnames: Option<u32>,
    nargs: usize,
    unbind: bool,
) -> Option<(&crate::vm::function::FunctionData, Option<&Obj>)> {
    use crate::vm::function::{FunctionData, MethodData};
    if kwnames.is_some() {
        return None;
    }
    if let Some(d) = f.downcast::<FunctionData>() {
        return crate::vm::frame::takes_positional(d, nargs).then_some((d, None));
    }
    let m = f.downcast::<MethodData>().filter(|_| unbind)?;
    let d = m.func.downcast::<FunctionData>()?;
    crate::vm::frame::takes_positional(d, nargs + 1).then_some((d, Some(&m.self_)))
}

/// Calls Python function `d` with `self_` (if any) and the operands
/// `args` of `frame`, copied straight into the new frame's locals.
fn call_python(
    frame: &Frame,
    d: &crate::vm::function::FunctionData,
    self_: Option<Obj>,
    args: compiler::bytecode::ArgRange,
) -> PyResult<Obj> {
    let Some(rs) = args.regs(&frame.code.co().operands) else {
        return Err(PyErr::new(Exc::SystemError, "bad operand range"));
    };
    let mut callee = Frame::acquire(d);
    let params = callee.params();
    let skip = usize::from(self_.is_some());
    if let Some(s) = self_
        && let Some(slot) = params.first_mut()
    {
        *slot = Some(s);
    }
    let mut failed = None;
    for (slot, &r) in params.iter_mut().skip(skip).zip(rs) {
        match reg_ref(frame, r) {
            Ok(v) => *slot = Some(v.clone()),
            Err(e) => {
                failed = Some(e);
                break;
            }
        }
    }
    if let Some(e) = failed {
        crate::vm::frame::release(callee);
        return Err(e);
    }
    call_frame(callee)
}

/// Calls `f` with `args` (keyword names in constant `kwnames`); the
/// builtins that read the caller's frame get this frame.
fn call_in_frame(frame: &Frame, f: &Obj, args: &[Obj], kwnames: Option<u32>) -> PyResult<Obj> {
    // A builtin function or unbound method with positional arguments: no
    // slot dispatch.
    if kwnames.is_none()
        && let Some(call) = crate::types::function::unbound_builtin(f)
    {
        return call(args, &[]);
    }
    if crate::builtins::frame_fns::is_frame_fn(f) {
        let kw = kwnames_of(frame, kwnames)?;
        return crate::builtins::frame_fns::call(frame, f, args, &kw);
    }
    match kwnames {
        None => protocol::call(f, args, &[]),
        Some(_) => protocol::call(f, args, &kwnames_of(frame, kwnames)?),
    }
}

/// LOAD_GLOBAL through the per-instruction cache, revalidated by the
/// version of the globals dict and, for a name found in the builtins, of
/// the builtins dict too (a global is found whatever the builtins hold).
#[inline(always)]
pub(crate) fn load_global_cached(frame: &Frame, n: u32) -> PyResult<Obj> {
    load_global_at(
        &frame.code,
        &frame.globals,
        &frame.builtins,
        frame.pc - 1,
        n,
    )
}

/// `load_global_cached` for the instruction at `pc` of `code`, with
/// these globals and builtins (native code called directly has no frame).
#[inline(always)]
pub(crate) fn load_global_at(
    code: &crate::vm::code::CodeRef,
    globals: &Obj,
    builtins: &Obj,
    pc: usize,
    n: u32,
) -> PyResult<Obj> {
    let g = (globals.id(), dict::version(globals));
    if let Some(cache) = code.module.global_cache.get(code.index)
        && let Ok(cache) = cache.try_borrow()
        && let Some(Some(c)) = cache.get(pc)
        && c.globals == g
        && c.builtins
            .is_none_or(|b| b == (builtins.id(), dict::version(builtins)))
    {
        return Ok(c.value.clone());
    }
    load_global_miss(code, globals, builtins, pc, n)
}

/// `load_global_at` when the instruction's cache does not hold: looks
/// the name up and caches what it finds.
#[inline(never)]
fn load_global_miss(
    code: &crate::vm::code::CodeRef,
    globals: &Obj,
    builtins: &Obj,
    pc: usize,
    n: u32,
) -> PyResult<Obj> {
    let g = (globals.id(), dict::version(globals));
    let cache = &code.module.global_cache[code.index];
    let key = code_name(code, n)?;
    let (v, builtins) = match dict::get_item(globals, key)? {
        Some(v) => (v, None),
        None => {
            let b = (builtins.id(), dict::version(builtins));
            (names::lookup_global(globals, builtins, key)?, Some(b))
        }
    };
    if let Some(slot) = cache.borrow_mut().get_mut(pc) {
        *slot = Some(crate::vm::code::GlobalCache {
            globals: g,
            builtins,
            value: v.clone(),
        });
    }
    Ok(v)
}

fn unbound_cell(frame: &Frame, c: u32) -> PyErr {
    let co = frame.code.co();
    let n = co.cell_name(c).unwrap_or("?").to_string();
    if (c as usize) < co.cellvars.len() {
        PyErr::new(
            Exc::UnboundLocalError,
            format!("cannot access local variable '{n}' where it is not associated with a value"),
        )
    } else {
        PyErr::new(
            Exc::NameError,
            format!(
                "cannot access free variable '{n}' where it is not associated with a value in enclosing scope"
            ),
        )
    }
}

fn make_function(
    frame: &Frame,
    code: u32,
    defaults: u32,
    kwdefaults: u32,
    annotations: u32,
    closure: u32,
) -> PyResult<Obj> {
    let code = frame.code.sibling(code as usize);
    let opt = |r: u32| -> PyResult<Option<Obj>> {
        let v = reg(frame, r)?;
        Ok((!rt::is_none(&v)).then_some(v))
    };
    let closure = opt(closure)?
        .map(|t| tuple::items(&t).to_vec())
        .unwrap_or_default();
    let co = code.co();
    let doc = co.doc.as_ref().map(|d| crate::types::str::new_str(d));
    let data = crate::vm::function::FunctionData {
        name: std::cell::RefCell::new(crate::types::str::new_str(&co.name)),
        qualname: std::cell::RefCell::new(crate::types::str::new_str(&co.qualname)),
        globals: frame.globals.clone(),
        defaults: std::cell::RefCell::new(opt(defaults)?),
        kwdefaults: std::cell::RefCell::new(opt(kwdefaults)?),
        annotations: std::cell::RefCell::new(opt(annotations)?),
        doc: Default::default(),
        shape: crate::vm::function::CallShape::of(&code, &closure),
        closure,
        code,
    };
    Ok(crate::vm::function::new_function(data, doc))
}
