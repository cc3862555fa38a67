//! One code object to one native function over the VM's frame.
//!
//! The function fills an `abi::Ctx` on entry, then runs one LLVM block per
//! pc. Registers and fast locals stay in the frame's arrays (so the VM's
//! `locals()`, tracebacks and the cycle collector see them as always);
//! LLVM keeps what it can in machine registers between calls. An
//! instruction without an inline form, or whose inline form does not
//! apply (not small ints, an unset local), calls `pyrt_step`, which runs
//! it with the VM's code; its exception goes through `pyrt_unwind` to the
//! handler's block or out of the function, as in the VM's loop.
//!
//! A generator's function is a state machine over its frame: it starts at
//! the frame's pc (`resume_dispatch`) and a `yield` leaves it like a
//! return, after `pyrt_yield` has recorded where to resume.

use std::collections::HashMap;

use compiler::bytecode::{CodeObject, Instr, Operand, Source};
use compiler::ir::{Const, Suspension, Type};
use inkwell::basic_block::BasicBlock;
use inkwell::builder::{Builder, BuilderError};
use inkwell::module::Linkage;
use inkwell::types::BasicType;
use inkwell::values::{BasicValue, BasicValueEnum};
use inkwell::values::{FloatValue, FunctionValue, IntValue, PointerValue};
use inkwell::{FloatPredicate, IntPredicate};

use crate::debug;
use crate::runtime::{CtxField, FLOAT_RETURNED, READS_FRAME, Runtime};

mod bound;
mod float_chains;
mod identity;
mod item;
mod liveness;
mod loaded;
mod loops;
mod range_loop;
mod small_ints;
mod typed;

type Built<T> = Result<T, BuilderError>;

/// The smallest and largest small int (`runtime::object::SMALL_MIN/MAX`).
const SMALL_MIN: i64 = -(1 << 61);
const SMALL_MAX: i64 = (1 << 61) - 1;

/// The value of constant `i` of `co` when it is a small int (whose word
/// native code knows without the runtime).
fn small_int(co: &CodeObject, i: u32) -> Option<i64> {
    match co.consts.get(i as usize) {
        Some(&Const::Int(n)) if (SMALL_MIN..=SMALL_MAX).contains(&n) => Some(n),
        _ => None,
    }
}

/// Compiles `co` as function `name`: `Ok(Ok(f))`, or `Ok(Err(reason))`
/// when it stays on the VM. `Err` is an internal compiler error.
pub fn compile<'ctx>(
    rt: &Runtime<'ctx>,
    name: &str,
    co: &CodeObject,
    unit: &debug::Unit<'_, 'ctx>,
    linkage: Linkage,
) -> Result<Result<FunctionValue<'ctx>, String>, String> {
    // Internal, not private: the symbol stays in the object for perf and
    // gdb. External (hidden) when the image is in another module.
    let f = rt.module.add_function(name, rt.native_fn, Some(linkage));
    if linkage == Linkage::External {
        f.as_global_value()
            .set_visibility(inkwell::GlobalVisibility::Hidden);
    }
    rt.mark_thread_param(f);
    let lines = unit.function(f, co);
    let mut g = Gen::new(rt, f, co, lines).map_err(|e| format!("{name}: {e}"))?;
    g.body().map_err(|e| format!("{name}: {e}"))?;
    Ok(Ok(f))
}

/// The longest code object, in instructions, that takes direct calls: the
/// frame they save matters for short functions, and the lazy frame costs
/// compile time in proportion to a function's length.
const MAX_DIRECT_SIZE: usize = 300;

/// Whether `co`'s native function takes direct calls from other native
/// code (`runtime::native::direct`): a plain function (not a generator or
/// coroutine, not a module or class body) whose cells, if any, are free
/// variables (the closure's, which native code reads from the function
/// until a frame is made; cells of its own would have to be made on
/// entry), on the register cache. Which arguments fill its parameters is
/// the caller's check at run time.
pub fn takes_direct_calls(co: &CodeObject) -> bool {
    co.kind == compiler::ir::FunctionKind::Function
        && co.code.len() <= MAX_DIRECT_SIZE
        && co.suspension == Suspension::None
        && co.cellvars.is_empty()
        && cached(co)
}

/// The slots (registers, then fast locals) `co`'s native function keeps
/// as unboxed doubles in its typed body.
pub fn unboxed_slots(co: &CodeObject) -> Vec<u32> {
    if !cached(co) {
        return Vec::new();
    }
    let in_cache = loops::cached_slots(co);
    let floats: Vec<u32> = co
        .slot_types
        .iter()
        .enumerate()
        .filter(|&(i, &t)| t == Type::Float && in_cache.get(i) == Some(&true))
        .map(|(i, _)| i as u32)
        .collect();
    float_chains::chained(co, &floats)
}

/// The slots (registers, then fast locals) `co`'s native function keeps
/// to small ints (`small_ints.rs`).
pub fn small_int_slots(co: &CodeObject) -> Vec<u32> {
    small_ints::slots(co)
}

/// Whether a code object gets the register cache. Module and class bodies
/// run once, and in a very long function LLVM's promotion of the cache to
/// SSA (a phi per register per join) costs more than it saves: those work
/// on the frame's arrays directly.
fn cached(co: &CodeObject) -> bool {
    let once = matches!(
        co.kind,
        compiler::ir::FunctionKind::Module | compiler::ir::FunctionKind::Class
    );
    !once && co.code.len() as u64 * u64::from(co.nregs) <= MAX_CACHED_SIZE
}

/// The largest code object, in instructions times registers (what the
/// promotion's cost grows with), that gets the register cache. A long
/// function keeps many registers live to its end (the bytecode clears
/// few), and LLVM's register allocation and coalescing grow faster than
/// its size: at 100,000 the 400-instruction, 200-register `main` of
/// `bench/compile_time.py` took 4.7 s of code generation with the cache
/// and takes 0.5 s without it. The benchmarks' functions stay below 5,000.
const MAX_CACHED_SIZE: u64 = 20_000;

struct Gen<'a, 'ctx> {
    rt: &'a Runtime<'ctx>,
    b: Builder<'ctx>,
    f: FunctionValue<'ctx>,
    co: &'a CodeObject,
    lines: debug::Lines<'a, 'ctx>,
    /// Whether the function takes direct calls (`takes_direct_calls`):
    /// then the runtime makes its frame on first need (`abi::frame_of`),
    /// and until then the context's slot arrays are a scratch area.
    direct: bool,
    /// In a direct call: the argument words.
    args_in: PointerValue<'ctx>,
    /// Whether this is a direct call (`frame_param` is null).
    is_direct: IntValue<'ctx>,
    /// The `abi::Ctx` the runtime filled on entry.
    ctx: PointerValue<'ctx>,
    /// A context whose per-thread part is filled: `ctx` when the VM
    /// called, the caller's thread context in a direct call (which fills
    /// only this call's part of `ctx`). Direct calls pass it on.
    thread: PointerValue<'ctx>,
    /// The registers and fast locals native code works on: its own copies
    /// (allocas that LLVM promotes to machine registers), which own the
    /// references they hold.
    regs: PointerValue<'ctx>,
    fast: PointerValue<'ctx>,
    /// For each slot address, whether the cache holds it
    /// (`loops::cached_slots`); the others are read and written in the
    /// frame's array where they are used. Empty off the cache.
    in_cache: Vec<bool>,
    /// For each pc, whether its code runs at most once per call: outside
    /// loops, in a function with loops or off the cache (a function
    /// without loops may well be a hot one's callee). There the code is
    /// the compact form: releases are calls (`Gen::release_fn`),
    /// arithmetic has only its small-int form inline (`Gen::arith`),
    /// calls are generic (no inline `len` or `append`, no direct call),
    /// and global loads ask the runtime (`Gen::load_global`).
    /// Code generation's time grows with blocks, and the inline forms
    /// are most of them.
    once: Vec<bool>,
    /// The frame's slot array (registers, then fast locals), which the
    /// VM's code and the frame's release read. It is brought up to date
    /// (`sync_out`) before a call that reads it, which then owns what it
    /// holds, and read back (`reload`) after it; between such points it
    /// is stale. With the register cache it is read from the context
    /// where needed (`mem_slots`: a direct call's frame is made late);
    /// without it it is the array the function works on.
    mem_regs: PointerValue<'ctx>,
    consts: PointerValue<'ctx>,
    /// The word of the globals dict (the caches of `load.global`).
    globals: IntValue<'ctx>,
    /// The pc the frame starts at (a generator resumes in the middle).
    start_pc: IntValue<'ctx>,
    /// Room for the argument words of the largest call (with a receiver).
    args: PointerValue<'ctx>,
    /// The block of each pc.
    blocks: Vec<BasicBlock<'ctx>>,
    /// The unwinding block of each pc that has one.
    unwinds: HashMap<usize, BasicBlock<'ctx>>,
    /// The unwinding code shared by the pcs with the same handler, with
    /// the pc it unwinds at (`unwind_tail`).
    unwind_tails: HashMap<UnwindKey, (BasicBlock<'ctx>, inkwell::values::PhiValue<'ctx>)>,
    /// The block running `pyrt_step` for each pc that has one: every
    /// failed check of the pc's inline form goes there.
    slows: HashMap<usize, BasicBlock<'ctx>>,
    /// The exit block and its result.
    exit: Option<(BasicBlock<'ctx>, inkwell::values::PhiValue<'ctx>)>,
    /// In a function that takes direct calls, the exit of an exception
    /// that leaves the function (`leave_raising`).
    raise_exit: Option<BasicBlock<'ctx>>,
    /// In a function that takes direct calls, the end of its returns
    /// (`return_direct`) and their result.
    return_tail: Option<(BasicBlock<'ctx>, inkwell::values::PhiValue<'ctx>)>,
    /// While the typed body is generated (`typed.rs`): the double of each
    /// `float` slot, keyed by slot address.
    nums: HashMap<u32, PointerValue<'ctx>>,
    /// Whether the typed body is being generated.
    typed: bool,
    /// The pc the instruction being generated continues at, where a
    /// failed type check falls back to generic code.
    resume: usize,
    /// The typed body's fallback blocks, by resume pc.
    deopts: HashMap<usize, BasicBlock<'ctx>>,
    /// The typed body's one block that hands the call to the VM, with the
    /// pc to resume at.
    deopt_all: Option<(BasicBlock<'ctx>, inkwell::values::PhiValue<'ctx>)>,
    /// Which slots are surely bound or empty before each pc (`bound.rs`),
    /// past the releases on the way in.
    facts: Vec<Option<bound::State>>,
    /// The registers released on the way into each pc
    /// (`liveness::released_on_entry`); none in a generator, whose frame
    /// keeps every slot.
    released: Vec<Vec<bound::Release>>,
    /// Where the code of a pc with releases starts, after them: a small
    /// int fast path whose operands are all that the next pc releases
    /// goes there, past tests LLVM cannot decide (`next_small`).
    bodies: Vec<Option<BasicBlock<'ctx>>>,
    /// The pc whose instruction is being generated (`None` before the
    /// first: the entry knows nothing of the slots).
    at: Option<usize>,
    /// The name each call's callee is loaded by (`loaded.rs`).
    loaded: loaded::LoadedNames,
    /// The pcs control reaches from elsewhere than the pc before
    /// (`bound::merges`).
    merges: Vec<bool>,
    /// Which of the typed body's `float` slots may keep a double without
    /// its object (`identity.rs`).
    identity: identity::Identity,
    /// The range iterators kept in machine registers, by register
    /// (`range_loop.rs`).
    shadows: HashMap<u32, range_loop::Shadow<'ctx>>,
    /// The block a shadowed loop's jumps back go to, by its `for_iter`'s
    /// pc: past the filling of the shadow (`range_loop.rs`).
    loop_heads: HashMap<usize, BasicBlock<'ctx>>,
    /// The slots that hold small ints only (`small_ints.rs`).
    ints: std::collections::HashSet<u32>,
    /// The typed body's `float` slots, and before each pc which of them
    /// the rest of the call may read (`liveness.rs`); empty in a
    /// generator, whose frame keeps every slot.
    live_doubles: (Vec<u32>, Vec<Vec<bool>>),
}

impl<'a, 'ctx> Gen<'a, 'ctx> {
    fn new(
        rt: &'a Runtime<'ctx>,
        f: FunctionValue<'ctx>,
        co: &'a CodeObject,
        lines: debug::Lines<'a, 'ctx>,
    ) -> Built<Self> {
        let b = rt.context.create_builder();
        lines.start(&b, co.first_line);
        let entry = rt.context.append_basic_block(f, "entry");
        let blocks = (0..co.code.len())
            .map(|pc| rt.context.append_basic_block(f, &format!("pc{pc}")))
            .collect::<Vec<_>>();
        b.position_at_end(entry);
        let param = |i: u32| {
            f.get_nth_param(i)
                .map(|p| p.into_pointer_value())
                .unwrap_or_else(|| rt.ptr.const_null())
        };
        let (frame_param, site, args_in, parent) = (param(0), param(1), param(2), param(3));
        let most_args = co
            .code
            .iter()
            .map(|i| match i {
                Instr::Call { args, .. } | Instr::CallMethod { args, .. } => args.len + 1,
                Instr::TupleBuild { items, .. } | Instr::ListBuild { items, .. } => items.len,
                // `super_method`'s three operands.
                Instr::SuperZero { .. } => 3,
                _ => 0,
            })
            .max()
            .unwrap_or(0);
        // Arrays of a fixed type, not `alloca i64, N`: SROA splits only
        // those, so the slots become SSA values in the first pass that
        // looks at them instead of after InstCombine rewrites the alloca.
        let words = |n: u32, name: &str| b.build_alloca(rt.word.array_type(n.max(1)), name);
        let args = words(most_args, "args")?;
        // The register cache: LLVM keeps these in machine registers.
        // Registers and fast locals are one array, as in the frame.
        let cache = if cached(co) {
            let slots = (co.nregs + co.varnames.len() as u32).max(1);
            let regs = words(slots, "slots")?;
            let nregs = rt.word.const_int(u64::from(co.nregs), false);
            // SAFETY: `nregs` is within the array of `slots` words.
            #[allow(unsafe_code)]
            let fast = unsafe { b.build_in_bounds_gep(rt.word, regs, &[nregs], "fast")? };
            Some((regs, fast))
        } else {
            None
        };
        let direct = takes_direct_calls(co);
        let nslots = co.nregs + co.varnames.len() as u32;
        let scratch = if direct {
            words(nslots, "scratch")?
        } else {
            args
        };
        let is_direct = b.build_is_null(frame_param, "direct")?;
        // The context: for a function that takes direct calls, its own,
        // filled here or by `pyrt_enter`; otherwise the frame's
        // (`pyrt_frame_ctx`).
        // Every caller passes the thread's context (`abi::thread_ctx`).
        let thread = parent;
        // A field of this call's part of a context; the per-thread fields
        // are read where used (`thread_word`).
        let field = |ctx: PointerValue<'ctx>, f: CtxField| -> Built<BasicValueEnum<'ctx>> {
            let p = b.build_struct_gep(rt.ctx, ctx, f.index(), "")?;
            let ty = if f.is_pointer() {
                rt.ptr.as_basic_type_enum()
            } else {
                rt.word.as_basic_type_enum()
            };
            b.build_load(ty, p, "")
        };
        let (ctx, call) = if direct {
            let ctx = b.build_alloca(rt.ctx, "ctx")?;
            // The VM passes a frame; a direct call passes none.
            let (from_vm, from_native, refused, ready) = (
                rt.context.append_basic_block(f, "enter"),
                rt.context.append_basic_block(f, "enter.direct"),
                rt.context.append_basic_block(f, "refused"),
                rt.context.append_basic_block(f, "ready"),
            );
            b.build_conditional_branch(is_direct, from_native, from_vm)?;
            b.position_at_end(from_vm);
            b.build_call(rt.enter, &[frame_param.into(), ctx.into()], "")?;
            let vm_call = (
                field(ctx, CtxField::Consts)?,
                field(ctx, CtxField::Pc)?,
                field(ctx, CtxField::Globals)?,
            );
            b.build_unconditional_branch(ready)?;
            b.position_at_end(from_native);
            // The call site's cache gives what comes from the function;
            // the caller's context, the same for every call of the
            // thread, the rest: read from it where needed (`thread` below),
            // and copied here only what the runtime and the exit read in
            // this context. The code object, constants and globals stay
            // unset in it: the runtime takes them from the function
            // (`abi::ctx_code`), and this code from the site.
            let from_site = |i: u32, ty: inkwell::types::BasicTypeEnum<'ctx>| {
                let p = b.build_struct_gep(rt.site, site, i, "")?;
                b.build_load(ty, p, "")
            };
            let from_parent = |f: CtxField, ty: inkwell::types::BasicTypeEnum<'ctx>| {
                let p = b.build_struct_gep(rt.ctx, parent, f.index(), "")?;
                b.build_load(ty, p, "")
            };
            let d = from_site(3, rt.ptr.into())?;
            let set = |f: CtxField, v: inkwell::values::BasicValueEnum<'ctx>| -> Built<()> {
                let p = b.build_struct_gep(rt.ctx, ctx, f.index(), "")?;
                b.build_store(p, v)?;
                Ok(())
            };
            // No frame yet: the slot arrays are the scratch area.
            set(CtxField::Regs, scratch.into())?;
            let nregs = rt.word.const_int(u64::from(co.nregs), false);
            // SAFETY: `nregs` is within the scratch area of `nslots` words.
            #[allow(unsafe_code)]
            let scratch_fast = unsafe { b.build_in_bounds_gep(rt.word, scratch, &[nregs], "")? };
            set(CtxField::Fast, scratch_fast.into())?;
            set(CtxField::Frame, rt.ptr.const_null().into())?;
            set(CtxField::Fdata, d)?;
            let direct_call = (
                from_site(5, rt.ptr.into())?,
                rt.word.const_zero().into(),
                from_site(7, rt.word.into())?,
            );
            // The depth and freed-function cells are read from the
            // thread's context (`count_out`, the call sites' caches): no
            // copy here.
            let depth = from_parent(CtxField::Depth, rt.ptr.into())?;
            set(CtxField::Thread, parent.into())?;
            // The recursion depth, counted as a VM call counts it.
            let depth = depth.into_pointer_value();
            let limit = from_parent(CtxField::Limit, rt.ptr.into())?.into_pointer_value();
            let dv = b.build_load(rt.i32, depth, "depth")?.into_int_value();
            let lv = b.build_load(rt.i32, limit, "limit")?.into_int_value();
            let over = b.build_int_compare(IntPredicate::UGE, dv, lv, "")?;
            let counted = rt.context.append_basic_block(f, "counted");
            b.build_conditional_branch(over, refused, counted)?;
            // RecursionError: the call did not start, nothing is held.
            b.position_at_end(refused);
            b.build_call(rt.recursion_error, &[], "")?;
            b.build_return(Some(&rt.word.const_zero()))?;
            b.position_at_end(counted);
            let dv = b.build_int_add(dv, rt.i32.const_int(1, false), "")?;
            b.build_store(depth, dv)?;
            b.build_unconditional_branch(ready)?;
            b.position_at_end(ready);
            // The counted block is the direct path's last.
            let merged = |i: usize, vm: BasicValueEnum<'ctx>, native: BasicValueEnum<'ctx>| {
                let phi = b.build_phi(vm.get_type(), ["consts", "pc", "globals"][i])?;
                phi.add_incoming(&[(&vm, from_vm), (&native, counted)]);
                Built::Ok(phi.as_basic_value())
            };
            let call = (
                merged(0, vm_call.0, direct_call.0)?,
                merged(1, vm_call.1, direct_call.1)?,
                merged(2, vm_call.2, direct_call.2)?,
            );
            (ctx, call)
        } else {
            let ctx = b
                .build_call(rt.frame_ctx, &[frame_param.into()], "")?
                .try_as_basic_value()
                .basic()
                .map(|v| v.into_pointer_value())
                .ok_or(BuilderError::UnsetPosition)?;
            let call = (
                field(ctx, CtxField::Consts)?,
                field(ctx, CtxField::Pc)?,
                field(ctx, CtxField::Globals)?,
            );
            (ctx, call)
        };
        let mem_regs = field(ctx, CtxField::Regs)?.into_pointer_value();
        let consts = call.0.into_pointer_value();
        let start_pc = call.1.into_int_value();
        let globals = call.2.into_int_value();
        let (regs, fast) = match cache {
            Some(cache) => cache,
            None => (mem_regs, field(ctx, CtxField::Fast)?.into_pointer_value()),
        };
        let merges = bound::merges(co);
        let in_cache = if cache.is_some() {
            loops::cached_slots(co)
        } else {
            Vec::new()
        };
        let looped = loops::in_loops(co);
        let once = if cache.is_none() || looped.contains(&true) {
            looped.iter().map(|l| !l).collect()
        } else {
            vec![false; looped.len()]
        };
        let dead = if co.suspension == Suspension::None {
            liveness::released_on_entry(co)
        } else {
            Vec::new()
        };
        let (facts, released) = bound::analyze_releasing(co, &dead);
        Ok(Gen {
            rt,
            b,
            f,
            co,
            lines,
            direct,
            args_in,
            is_direct,
            ctx,
            thread,
            regs,
            fast,
            in_cache,
            once,
            mem_regs,
            consts,
            globals,
            start_pc,
            args,
            blocks,
            unwinds: HashMap::new(),
            unwind_tails: HashMap::new(),
            slows: HashMap::new(),
            exit: None,
            raise_exit: None,
            return_tail: None,
            nums: HashMap::new(),
            typed: false,
            resume: 0,
            deopts: HashMap::new(),
            deopt_all: None,
            facts,
            released,
            bodies: Vec::new(),
            at: None,
            loaded: loaded::LoadedNames::of(co, &merges),
            merges,
            identity: Default::default(),
            shadows: HashMap::new(),
            loop_heads: HashMap::new(),
            ints: Default::default(),
            live_doubles: Default::default(),
        })
    }

    /// The frame's slot array where the builder is (a direct call's
    /// scratch area until the runtime makes its frame). Its fast locals
    /// follow its registers, as in the cache (`abi::Ctx::fast`), so one
    /// load serves both.
    fn mem_slots(&self) -> Built<PointerValue<'ctx>> {
        if self.regs == self.mem_regs {
            return Ok(self.mem_regs);
        }
        Ok(self.ctx_field(CtxField::Regs)?.into_pointer_value())
    }

    /// A field of this call's context, read where used: the runtime may
    /// change it (`frame` once it makes a direct call's frame, and the
    /// slot arrays with it); the per-thread fields are `thread_field`'s.
    fn ctx_field(&self, f: CtxField) -> Built<BasicValueEnum<'ctx>> {
        let p = self
            .b
            .build_struct_gep(self.rt.ctx, self.ctx, f.index(), "")?;
        let ty = if f.is_pointer() {
            self.rt.ptr.as_basic_type_enum()
        } else {
            self.rt.word.as_basic_type_enum()
        };
        self.b.build_load(ty, p, "")
    }

    fn body(&mut self) -> Built<()> {
        let resumable = self.co.suspension != Suspension::None;
        if self.regs != self.mem_regs {
            if resumable {
                // What was live at the `yield` is in the frame (nothing
                // at the first entry).
                let all: Vec<u32> = (0..self.co.nregs).collect();
                self.reload(&all)?;
            } else {
                // Registers start unset; the fast locals hold the arguments.
                for r in 0..self.co.nregs {
                    let p = self.slot(self.regs, r)?;
                    self.b.build_store(p, self.rt.word.const_zero())?;
                }
            }
            if self.direct {
                self.direct_or_not(Self::take_args, Self::reload_fast)?;
            } else {
                self.reload_fast()?;
            }
        }
        let Some(&first) = self.blocks.first() else {
            self.b.build_return(Some(&self.rt.word.const_zero()))?;
            return Ok(());
        };
        let shadowed = range_loop::shadowed(self.co);
        if !shadowed.is_empty() {
            self.alloc_shadows(&shadowed)?;
        }
        let float_slots = unboxed_slots(self.co);
        if resumable {
            if !float_slots.is_empty() {
                self.alloc_doubles(&float_slots)?;
            }
            self.resume_dispatch()?;
        } else {
            // The doubles first: the checks below may make the fallback
            // block, which boxes them.
            if !float_slots.is_empty() {
                self.identity =
                    identity::Identity::of(self.co, &self.facts, &self.loaded, &float_slots);
                let live = liveness::live_in(self.co, &float_slots);
                self.live_doubles = (float_slots.clone(), live);
                self.alloc_doubles(&float_slots)?;
                self.spend_doubles()?;
            }
            self.ints = small_ints::slots(self.co).into_iter().collect();
            self.check_int_locals()?;
            self.adopt_float_params(&float_slots)?;
            self.b.build_unconditional_branch(first)?;
        }
        self.instrs()
    }

    fn instrs(&mut self) -> Built<()> {
        self.bodies = (0..self.co.code.len())
            .map(|pc| {
                let releases = self.released.get(pc).is_some_and(|r| !r.is_empty());
                releases.then(|| self.block(&format!("body{pc}")))
            })
            .collect();
        for (pc, instr) in self.co.code.iter().enumerate() {
            self.b.position_at_end(self.blocks[pc]);
            self.resume = pc + 1;
            self.at = Some(pc);
            self.release_dead(pc, false)?;
            if let Some(body) = self.bodies[pc] {
                self.b.build_unconditional_branch(body)?;
                self.b.position_at_end(body);
            }
            self.instr(pc, instr)?;
        }
        Ok(())
    }

    /// On to the next pc from a path where operands `small` (addresses: a
    /// register's is its number, which is all a release names) hold small
    /// ints: past its releases when they are all of those registers
    /// (releasing a small int does nothing, and LLVM, which sees only
    /// that each word is tested on some path, cannot skip the tests).
    fn next_small(&self, pc: usize, small: &[u32]) -> Built<()> {
        let (Some(Some(body)), Some(released)) =
            (self.bodies.get(pc + 1), self.released.get(pc + 1))
        else {
            return self.next(pc);
        };
        let skippable =
            |r: u32| small.contains(&r) && !self.is_float_slot(r) && !self.shadows.contains_key(&r);
        if released.iter().all(|rel| skippable(rel.reg)) {
            self.b.build_unconditional_branch(*body)?;
            return Ok(());
        }
        self.next(pc)
    }

    /// Releases the registers whose value dies on the way into `pc`
    /// (`Gen::released`), as a `clear` of each would. A shadowed loop's
    /// own jumps back, which skip the start of its `for_iter`'s block,
    /// release the cached ones too (`back`), where LLVM sees them empty
    /// already; a register the cache does not hold is named by nothing
    /// in the loop, so it is still empty there.
    fn release_dead(&mut self, pc: usize, back: bool) -> Built<()> {
        let Some(dead) = self.released.get(pc).filter(|d| !d.is_empty()) else {
            return Ok(());
        };
        for bound::Release { reg, bound } in dead.clone() {
            if back && !self.is_cached(reg) {
                continue;
            }
            self.invalidate_shadows(&Instr::Clear { dst: reg })?;
            if self.is_float_slot(reg) {
                self.spend_double(reg)?;
            } else if self.is_int_slot(reg) {
                self.put_small(reg, self.rt.word.const_zero())?;
            } else {
                let p = self.slot(self.regs, reg)?;
                let old = self.b.build_load(self.rt.word, p, "dead")?;
                self.b.build_store(p, self.rt.word.const_zero())?;
                self.b
                    .build_call(self.release_fn(bound), &[old.into()], "")?;
            }
        }
        Ok(())
    }

    /// A generator's entry: on to the block of the pc it starts at, which
    /// is 0, the pc after a `yield`, or the handler a `yield` unwinds to
    /// (`vm::eval::run` unwinds an exception thrown in before entering).
    /// In a typed body, each of them adopts the `float` slots first.
    fn resume_dispatch(&mut self) -> Built<()> {
        let mut entries = vec![0];
        for (pc, instr) in self.co.code.iter().enumerate() {
            if let Instr::Yield { resume, .. } = *instr {
                entries.push(resume as usize);
                entries.extend(self.co.handler_at(pc).map(|h| h.pc as usize));
            }
        }
        entries.sort_unstable();
        entries.dedup();
        entries.retain(|&pc| pc < self.blocks.len());
        let landings: Vec<_> = entries
            .iter()
            .map(|&pc| (pc, self.block(&format!("enter{pc}"))))
            .collect();
        let cases: Vec<_> = landings
            .iter()
            .map(|&(pc, b)| (self.word(pc as i64), b))
            .collect();
        let bad = self.block("badentry");
        self.b.build_switch(self.start_pc, bad, &cases)?;
        for (pc, landing) in landings {
            self.b.position_at_end(landing);
            self.adopt_all(pc)?;
            self.b.build_unconditional_branch(self.blocks[pc])?;
        }
        // The runtime never enters elsewhere; if it did, the VM's step of
        // a pc past the end raises SystemError instead of running on.
        self.b.position_at_end(bad);
        let past_end = self.rt.i32.const_int(self.co.code.len() as u64, false);
        self.b
            .build_call(self.rt.step, &[self.ctx.into(), past_end.into()], "")?;
        self.leave(self.rt.word.const_zero())?;
        Ok(())
    }

    fn word(&self, v: i64) -> IntValue<'ctx> {
        self.rt.word.const_int(v as u64, true)
    }

    fn block(&self, name: &str) -> BasicBlock<'ctx> {
        self.rt.context.append_basic_block(self.f, name)
    }

    /// The address of word `i` of an array.
    #[allow(unsafe_code)]
    fn slot(&self, base: PointerValue<'ctx>, i: u32) -> Built<PointerValue<'ctx>> {
        let (base, i) = match self.address(base, i) {
            Some(addr) if self.regs != self.mem_regs && !self.is_cached(addr) => {
                (self.mem_slots()?, addr)
            }
            _ => (base, i),
        };
        let index = self.rt.word.const_int(u64::from(i), false);
        // SAFETY: `i` indexes an array of the code object's shape (a
        // register below `nregs`, a local below `varnames.len()`, a constant
        // below `consts.len()`; `Module::check` verified every index), so
        // the in-bounds GEP stays within the frame's array.
        unsafe { self.b.build_in_bounds_gep(self.rt.word, base, &[index], "") }
    }

    /// The slot address (registers, then fast locals) of `base[i]` when
    /// `base` is the register cache or its fast locals.
    fn address(&self, base: PointerValue<'ctx>, i: u32) -> Option<u32> {
        if base == self.regs {
            Some(i)
        } else if base == self.fast {
            Some(self.co.nregs + i)
        } else {
            None
        }
    }

    /// Whether slot `addr` is in the register cache (in a function on
    /// the cache; the others, and every slot of a function off it, are
    /// the frame's).
    fn is_cached(&self, addr: u32) -> bool {
        self.in_cache.get(addr as usize) == Some(&true)
    }

    /// Copies word `i` between the cache and the frame's arrays, raw:
    /// a typed body's `float` slot is boxed on the way out (out of line:
    /// a copy precedes a runtime call), and what comes back is adopted
    /// by the caller (`typed.rs`).
    fn copy(&self, from: PointerValue<'ctx>, to: PointerValue<'ctx>, i: u32) -> Built<()> {
        if from == to {
            return Ok(());
        }
        let w = match self.float_key(from, i) {
            Some(key) => self.box_out_of_line(key)?,
            None => self.load(from, i)?,
        };
        let p = self.slot(to, i)?;
        self.b.build_store(p, w)?;
        Ok(())
    }

    /// Brings the frame's copies of `slots` (addresses: registers, then
    /// fast locals) up to date.
    fn sync_out(&self, slots: &[u32]) -> Built<()> {
        if slots.is_empty() {
            return Ok(());
        }
        let mem = self.mem_slots()?;
        for &i in slots.iter().filter(|&&i| self.is_cached(i)) {
            self.copy(self.regs, mem, i)?;
        }
        Ok(())
    }

    /// Reads `slots` back from the frame's array.
    fn reload(&self, slots: &[u32]) -> Built<()> {
        if slots.is_empty() {
            return Ok(());
        }
        let mem = self.mem_slots()?;
        for &i in slots.iter().filter(|&&i| self.is_cached(i)) {
            self.copy(mem, self.regs, i)?;
        }
        Ok(())
    }

    /// The addresses of the fast locals.
    fn locals(&self) -> Vec<u32> {
        let nregs = self.co.nregs;
        (nregs..nregs + self.co.varnames.len() as u32).collect()
    }

    /// The addresses of every register and fast local.
    fn all_slots(&self) -> Vec<u32> {
        (0..self.co.nregs + self.co.varnames.len() as u32).collect()
    }

    /// A direct call's fast locals: its own references to the argument
    /// words for the parameters, the rest unbound.
    fn take_args(&mut self) -> Built<()> {
        let nparams = self.co.params.positional;
        for i in 0..self.co.varnames.len() as u32 {
            let w = if i < nparams {
                let w = self.load(self.args_in, i)?;
                self.incref_set(w)?;
                w
            } else {
                self.rt.word.const_zero()
            };
            let p = self.slot(self.fast, i)?;
            self.b.build_store(p, w)?;
        }
        Ok(())
    }

    /// Generates `direct` for a direct call and `vm` for a call from the
    /// VM, and goes on after both.
    fn direct_or_not(
        &mut self,
        direct: impl FnOnce(&mut Self) -> Built<()>,
        vm: impl FnOnce(&mut Self) -> Built<()>,
    ) -> Built<()> {
        let (d, v, join) = (self.block("direct"), self.block("vm"), self.block("join"));
        self.b.build_conditional_branch(self.is_direct, d, v)?;
        self.b.position_at_end(d);
        direct(self)?;
        self.b.build_unconditional_branch(join)?;
        self.b.position_at_end(v);
        vm(self)?;
        self.b.build_unconditional_branch(join)?;
        self.b.position_at_end(join);
        Ok(())
    }

    /// The fast locals the VM's implementation of instruction `pc` may
    /// read or write: its local operands, or every local for the calls,
    /// which hand the frame to `locals()`, `vars()`, `eval` and the like.
    /// (Nothing else sees a frame's locals: no frame object exposes them.)
    fn local_operands(&self, pc: usize) -> Vec<u32> {
        let nlocals = self.co.varnames.len() as u32;
        let Some(instr) = self.co.code.get(pc) else {
            return Vec::new();
        };
        if matches!(
            instr,
            Instr::Call { .. } | Instr::CallMethod { .. } | Instr::CallEx { .. }
        ) {
            return (0..nlocals).collect();
        }
        let nregs = self.co.nregs;
        let mut out = Vec::new();
        let mut local = |addr: u32| {
            if (nregs..nregs + nlocals).contains(&addr) {
                out.push(addr - nregs);
            }
        };
        instr.for_each_operand(|_, op| match op {
            Operand::Dst(r) | Operand::Reg(r) | Operand::Take(r) | Operand::Out(r) => local(r),
            Operand::OptReg(Some(r)) => local(r),
            Operand::Local(i) => local(nregs + i),
            Operand::Args(range) => {
                for r in range.regs(&self.co.operands).unwrap_or_default() {
                    local(*r);
                }
            }
            _ => {}
        });
        out.sort_unstable();
        out.dedup();
        out
    }

    fn reload_fast(&mut self) -> Built<()> {
        self.reload(&self.locals())
    }

    /// Leaves the function with `w` (an owned word, or 0 for an
    /// exception) through the one exit block, which first hands the frame
    /// what the function owns (the frame's release drops it). A direct
    /// call leaves by its own ways (`return_direct`, `leave_raising`).
    fn leave(&mut self, w: IntValue<'ctx>) -> Built<inkwell::values::InstructionValue<'ctx>> {
        let here = self.b.get_insert_block();
        let (exit, phi) = self.exit()?;
        if let Some(here) = here {
            self.b.position_at_end(here);
            self.drop_doubles()?;
            let here = self.b.get_insert_block().unwrap_or(here);
            phi.add_incoming(&[(&w, here)]);
        }
        self.b.build_unconditional_branch(exit)
    }

    /// The exit block and its result phi, made on first need (the builder
    /// is then left in it).
    fn exit(&mut self) -> Built<(BasicBlock<'ctx>, inkwell::values::PhiValue<'ctx>)> {
        Ok(match self.exit {
            Some(e) => e,
            None => {
                let block = self.block("exit");
                self.b.position_at_end(block);
                let phi = self.b.build_phi(self.rt.word, "result")?;
                // The words are current here (`drop_doubles`): plain copies.
                let typed = std::mem::replace(&mut self.typed, false);
                self.sync_out_all()?;
                self.typed = typed;
                self.b.build_return(Some(&phi.as_basic_value()))?;
                self.exit = Some((block, phi));
                (block, phi)
            }
        })
    }

    /// Leaves the function with the pending exception. A direct call
    /// releases its whole cache with calls (`Runtime::release`) on a way
    /// out of its own, as its returns do theirs (`return_direct`).
    fn leave_raising(&mut self) -> Built<inkwell::values::InstructionValue<'ctx>> {
        let zero = self.rt.word.const_zero();
        if !self.direct {
            return self.leave(zero);
        }
        self.drop_doubles()?;
        let block = match self.raise_exit {
            Some(b) => b,
            None => {
                let here = self.b.get_insert_block();
                let (exit, result) = self.exit()?;
                let (block, direct) = (self.block("raise"), self.block("raise.direct"));
                self.b.position_at_end(block);
                // A call from the VM leaves as from a return: the frame
                // takes the slots.
                self.b
                    .build_conditional_branch(self.is_direct, direct, exit)?;
                result.add_incoming(&[(&zero, block)]);
                self.b.position_at_end(direct);
                let typed = std::mem::replace(&mut self.typed, false);
                for i in self.all_slots() {
                    if self.is_int_slot(i) {
                        continue;
                    }
                    let w = self.load(self.regs, i)?;
                    self.b.build_call(self.rt.release, &[w.into()], "")?;
                }
                self.typed = typed;
                self.leave_frame()?;
                self.count_out()?;
                self.b.build_return(Some(&zero))?;
                if let Some(here) = here {
                    self.b.position_at_end(here);
                }
                self.raise_exit = Some(block);
                block
            }
        };
        self.b.build_unconditional_branch(block)
    }

    /// Hands the frame every slot (its release drops them).
    fn sync_out_all(&mut self) -> Built<()> {
        self.sync_out(&self.all_slots())
    }

    /// `return src` in a function that takes direct calls. Called
    /// directly, it releases what the register cache may hold at `pc` (a
    /// test for a heap object inline, the release a call: a function's
    /// registers mostly hold small ints or nothing there) except `src`,
    /// whose reference becomes the result; then the frame if the runtime
    /// made one (`pyrt_leave_direct`), and the call is counted out, in a
    /// tail the returns share. Each return releasing only its own slots
    /// spares a base case the releases of the recursive case's
    /// temporaries. Called from the VM, it leaves as any function does.
    fn return_direct(&mut self, pc: usize, src: u32, w: IntValue<'ctx>) -> Built<()> {
        self.drop_doubles()?;
        let (direct, vm) = self.return_ways(pc)?;
        self.incref_operand(src, w)?;
        let (exit, phi) = self.exit()?;
        phi.add_incoming(&[(&w, vm)]);
        self.b.position_at_end(vm);
        self.b.build_unconditional_branch(exit)?;
        self.b.position_at_end(direct);
        let moved = matches!(self.co.source(src), Source::Reg(_) | Source::Local(_));
        if !moved {
            self.incref_operand(src, w)?;
        }
        self.release_held(pc, moved.then_some(src))?;
        self.return_direct_tail(w)
    }

    /// `return src` of a `float` slot in a function that takes direct
    /// calls: a direct caller gets the double in the thread's context and
    /// `FLOAT_RETURNED` (`Gen::direct_call`), so no float is made; a call
    /// from the VM gets a float object.
    fn return_float(&mut self, pc: usize, src: u32) -> Built<()> {
        let v = self.slot_double(pc, src)?;
        let (direct, _) = self.return_ways(pc)?;
        let w = self.read(src)?;
        self.incref_operand(src, w)?;
        self.leave(w)?;
        self.b.position_at_end(direct);
        self.drop_doubles()?;
        self.release_held(pc, None)?;
        // Stored after the releases, which may run code (a generator's
        // `finally`) that makes direct calls of its own.
        let p = self.float_return()?;
        self.b.build_store(p, v)?;
        self.return_direct_tail(self.word(FLOAT_RETURNED as i64))
    }

    /// The ways out of a `return` at `pc`, of a direct call and of a call
    /// from the VM, taken on `is_direct`; the builder is left in the VM's.
    fn return_ways(&self, pc: usize) -> Built<(BasicBlock<'ctx>, BasicBlock<'ctx>)> {
        let (direct, vm) = (
            self.block(&format!("return.direct{pc}")),
            self.block(&format!("return.vm{pc}")),
        );
        self.b
            .build_conditional_branch(self.is_direct, direct, vm)?;
        self.b.position_at_end(vm);
        Ok((direct, vm))
    }

    /// Where a direct call's double result sits (`CtxField::FloatReturn`).
    fn float_return(&self) -> Built<PointerValue<'ctx>> {
        let f = CtxField::FloatReturn.index();
        self.b.build_struct_gep(self.rt.ctx, self.thread, f, "fret")
    }

    /// Before a direct call's return at `pc`: releases what the register
    /// cache may hold there but `kept` (whose reference is the result).
    fn release_held(&mut self, pc: usize, kept: Option<u32>) -> Built<()> {
        let typed = std::mem::replace(&mut self.typed, false);
        let facts = self.facts.get(pc).and_then(Option::as_ref);
        for i in bound::held_at(self.co, &self.facts, pc) {
            if kept == Some(i) || self.is_int_slot(i) {
                continue;
            }
            let old = self.load(self.regs, i)?;
            // A typed body's stale words are 0 by now (`drop_doubles`).
            let set = !self.nums.contains_key(&i) && facts.is_some_and(|s| s.is_bound(i));
            let release = if set {
                self.rt.decref_split_set
            } else {
                self.rt.decref_split
            };
            self.b.build_call(release, &[old.into()], "")?;
        }
        self.typed = typed;
        Ok(())
    }

    /// A direct call's return of `w` through the returns' shared tail.
    fn return_direct_tail(&mut self, w: IntValue<'ctx>) -> Built<()> {
        let here = self
            .b
            .get_insert_block()
            .ok_or(BuilderError::UnsetPosition)?;
        let (tail, result) = self.return_tail()?;
        result.add_incoming(&[(&w, here)]);
        self.b.position_at_end(here);
        self.b.build_unconditional_branch(tail)?;
        Ok(())
    }

    /// The end of a direct call's returns, with the result's phi, made
    /// on first need (the builder is then left in it).
    fn return_tail(&mut self) -> Built<(BasicBlock<'ctx>, inkwell::values::PhiValue<'ctx>)> {
        if let Some(t) = self.return_tail {
            return Ok(t);
        }
        let block = self.block("return.tail");
        self.b.position_at_end(block);
        let phi = self.b.build_phi(self.rt.word, "result")?;
        self.leave_frame()?;
        self.count_out()?;
        self.b.build_return(Some(&phi.as_basic_value()))?;
        self.return_tail = Some((block, phi));
        Ok((block, phi))
    }

    /// Returns a direct call's frame, if the runtime made one
    /// (`pyrt_leave_direct`); the test is inline, as most calls make none
    /// (LLVM often knows the field is still the null stored on entry).
    fn leave_frame(&mut self) -> Built<()> {
        let frame = self.ctx_field(CtxField::Frame)?.into_pointer_value();
        let none = self.b.build_is_null(frame, "")?;
        let (leave, done) = (self.block("leave.frame"), self.block("left"));
        self.b.build_conditional_branch(none, done, leave)?;
        self.b.position_at_end(leave);
        self.b
            .build_call(self.rt.leave_direct, &[self.ctx.into()], "")?;
        self.b.build_unconditional_branch(done)?;
        self.b.position_at_end(done);
        Ok(())
    }

    /// One call level less (the direct entry counted it in).
    fn count_out(&self) -> Built<()> {
        let depth = self.thread_ptr(CtxField::Depth)?;
        let i32 = self.rt.i32;
        let d = self.b.build_load(i32, depth, "")?.into_int_value();
        let d = self.b.build_int_sub(d, i32.const_int(1, false), "")?;
        self.b.build_store(depth, d)?;
        Ok(())
    }

    /// The registers instruction `pc` reads or writes (what `pyrt_step`
    /// touches of the frame's registers; locals are synced whole).
    fn register_operands(&self, pc: usize) -> Vec<u32> {
        let mut out = Vec::new();
        if let Some(instr) = self.co.code.get(pc) {
            instr.for_each_operand(|_, op| match op {
                Operand::Dst(r)
                | Operand::Reg(r)
                | Operand::Take(r)
                | Operand::Out(r)
                | Operand::OptReg(Some(r)) => out.push(r),
                Operand::Args(range) => {
                    out.extend(range.regs(&self.co.operands).unwrap_or_default())
                }
                _ => {}
            });
        }
        out.retain(|&r| r < self.co.nregs);
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Word `i` of an array; a `float` slot of the typed body is boxed
    /// first when only its double is current.
    fn load(&self, base: PointerValue<'ctx>, i: u32) -> Built<IntValue<'ctx>> {
        if let Some(key) = self.float_key(base, i) {
            return self.materialize(key);
        }
        let p = self.slot(base, i)?;
        Ok(self.b.build_load(self.rt.word, p, "")?.into_int_value())
    }

    /// The word of read operand `addr`: a register or fast local (one
    /// array), or a constant (0 when the runtime could not build it).
    fn read(&self, addr: u32) -> Built<IntValue<'ctx>> {
        match self.co.source(addr) {
            Source::Const(i) => self.konst(i),
            Source::Reg(_) | Source::Local(_) => self.load(self.regs, addr),
            // `Module::check` rejects these; an unset word takes the VM's
            // path, which reports it.
            Source::Bad(_) => Ok(self.rt.word.const_zero()),
        }
    }

    /// The word of constant `i`: a small int's word is known here (the
    /// runtime tags it the same way), so LLVM folds its tag tests and
    /// arithmetic; None, True and False are the thread's (loads LLVM
    /// may hoist out of loops); any other constant is loaded from the
    /// code's array.
    fn konst(&self, i: u32) -> Built<IntValue<'ctx>> {
        if let Some(n) = small_int(self.co, i) {
            return Ok(self.word((n << 1) | 1));
        }
        match self.co.consts.get(i as usize) {
            Some(Const::None) => self.thread_word(CtxField::None),
            Some(Const::Bool(true)) => self.thread_word(CtxField::True),
            Some(Const::Bool(false)) => self.thread_word(CtxField::False),
            _ => self.load(self.consts, i),
        }
    }

    fn incref(&self, w: IntValue<'ctx>) -> Built<()> {
        self.b.build_call(self.rt.incref, &[w.into()], "")?;
        Ok(())
    }

    /// `incref` of a word known not to be 0: an operand past its unset
    /// test, an argument, a list's or tuple's item.
    pub(super) fn incref_set(&self, w: IntValue<'ctx>) -> Built<()> {
        self.b.build_call(self.rt.incref_set, &[w.into()], "")?;
        Ok(())
    }

    /// Takes a reference to `w`, the value of operand `src`, unless it is
    /// the constant None, True or False: immortal objects, whose words
    /// LLVM cannot tell from others' (they come from memory). The
    /// release of the reference not taken counts theirs down by one,
    /// which takes more releases than a program can run to bring it near
    /// 0 (`runtime::object::IMMORTAL`).
    fn incref_operand(&self, src: u32, w: IntValue<'ctx>) -> Built<()> {
        if let Source::Const(i) = self.co.source(src)
            && matches!(
                self.co.consts.get(i as usize),
                Some(Const::None | Const::Bool(_))
            )
        {
            return Ok(());
        }
        self.incref_set(w)
    }

    fn decref(&self, w: IntValue<'ctx>) -> Built<()> {
        self.b.build_call(self.release_fn(false), &[w.into()], "")?;
        Ok(())
    }

    /// Whether the instruction being generated runs at most once per call
    /// (`Gen::once`).
    fn runs_once(&self) -> bool {
        self.at.is_some_and(|pc| self.once.get(pc) == Some(&true))
    }

    /// The release of a word (known not to be 0 with `set`) where the
    /// builder is: inline in code that may run many times per call, a
    /// call (`pyrite.release`) in code that runs once (`Gen::once`). The
    /// inline form is three blocks, and code generation's time grows
    /// with blocks: bench/compile_time.py's 10-function program builds
    /// in 7% fewer instructions; the benchmarks' instructions move by
    /// -6% (loop_float) to +4% (sieve: its loops' spills moved), 0.05%
    /// fewer in the geometric mean.
    fn release_fn(&self, set: bool) -> FunctionValue<'ctx> {
        match (self.runs_once(), set) {
            (false, false) => self.rt.decref,
            (false, true) => self.rt.decref_set,
            (true, _) => self.rt.release,
        }
    }

    /// Stores an owned word in `base[i]` (the registers or the fast
    /// locals), releasing the old one unless the slot is surely empty; a
    /// `float` slot of the typed body takes its double from it (or the
    /// function hands the call to the VM at `self.resume`).
    fn replace(&mut self, base: PointerValue<'ctx>, i: u32, w: IntValue<'ctx>) -> Built<()> {
        if let Some(key) = self.int_key(base, i) {
            return self.put_small(key, w);
        }
        if let Some(key) = self.float_key(base, i) {
            self.release_old(key)?;
            let p = self.slot(self.regs, key)?;
            self.b.build_store(p, w)?;
            let resume = self.resume;
            return self.adopt(key, w, resume);
        }
        let p = self.slot(base, i)?;
        if self
            .address(base, i)
            .is_some_and(|addr| self.fact(addr, bound::State::is_empty))
        {
            self.b.build_store(p, w)?;
            return Ok(());
        }
        let old = self.b.build_load(self.rt.word, p, "old")?.into_int_value();
        self.b.build_store(p, w)?;
        let set = self
            .address(base, i)
            .is_some_and(|addr| self.fact(addr, bound::State::is_bound));
        self.b.build_call(self.release_fn(set), &[old.into()], "")?;
        Ok(())
    }

    /// The word of a register whose value moved out, or was never made
    /// (a fused `slice`'s), where the bound analysis takes it to be set:
    /// the small int 0, which nothing reads and whose release is a tag
    /// test. A surely bound slot never holds 0 (`Runtime::decref_set`).
    fn spent(&self) -> IntValue<'ctx> {
        self.word(1)
    }

    fn is_zero(&self, w: IntValue<'ctx>) -> Built<IntValue<'ctx>> {
        self.b
            .build_int_compare(IntPredicate::EQ, w, self.rt.word.const_zero(), "")
    }

    /// Whether operand `addr` surely holds an object before `pc`: a slot
    /// the bound analysis knows bound, or a constant the runtime always
    /// builds (None, a bool, a small int).
    fn surely_set(&self, pc: usize, addr: u32) -> bool {
        match self.co.source(addr) {
            Source::Const(i) => self.const_set(i),
            Source::Reg(_) | Source::Local(_) => self
                .facts
                .get(pc)
                .and_then(Option::as_ref)
                .is_some_and(|s| s.is_bound(addr)),
            Source::Bad(_) => false,
        }
    }

    /// Whether constant `i` is one the runtime always builds (None, a
    /// bool, a small int): its word is never 0.
    fn const_set(&self, i: u32) -> bool {
        matches!(
            self.co.consts.get(i as usize),
            Some(Const::None | Const::Bool(_))
        ) || small_int(self.co, i).is_some()
    }

    /// What holds of slot `addr` (a register or fast local) before the
    /// current pc, if anything is known.
    fn fact(&self, addr: u32, test: fn(&bound::State, u32) -> bool) -> bool {
        let known = self.at.and_then(|pc| self.facts.get(pc)?.as_ref());
        known.is_some_and(|s| test(s, addr))
    }

    /// Whether word `w`, read from operand `addr`, is unset (an unbound
    /// local, or a constant the runtime could not build): false, with no
    /// test, where the slot is surely bound or the constant always built.
    fn unset(&self, addr: u32, w: IntValue<'ctx>) -> Built<IntValue<'ctx>> {
        let set = match self.co.source(addr) {
            Source::Reg(_) | Source::Local(_) => self.fact(addr, bound::State::is_bound),
            Source::Const(i) => self.const_set(i),
            Source::Bad(_) => false,
        };
        if set {
            return Ok(self.rt.context.bool_type().const_zero());
        }
        self.is_zero(w)
    }

    /// The block that handles an exception pending at `pc`: it only
    /// names its pc to the unwinding code shared by every pc with the
    /// same handler (`unwind_tail`).
    fn unwind(&mut self, pc: usize) -> Built<BasicBlock<'ctx>> {
        if let Some(&b) = self.unwinds.get(&pc) {
            return Ok(b);
        }
        let key = UnwindKey {
            handler: self.co.handler_at(pc).map(|h| (h.pc, h.exc)),
        };
        let (tail, at) = self.unwind_tail(key)?;
        let here = self.b.get_insert_block();
        let block = self.block(&format!("unwind{pc}"));
        self.b.position_at_end(block);
        self.b.build_unconditional_branch(tail)?;
        at.add_incoming(&[(&self.rt.i32.const_int(pc as u64, false), block)]);
        if let Some(here) = here {
            self.b.position_at_end(here);
        }
        self.unwinds.insert(pc, block);
        Ok(block)
    }

    /// The unwinding code of the pcs with handler and flag `key`:
    /// `pyrt_unwind` at the pc its phi receives (the traceback entry, the
    /// exception in the handler's register), then on to the handler's
    /// block or out of the function.
    fn unwind_tail(
        &mut self,
        key: UnwindKey,
    ) -> Built<(BasicBlock<'ctx>, inkwell::values::PhiValue<'ctx>)> {
        if let Some(&t) = self.unwind_tails.get(&key) {
            return Ok(t);
        }
        let here = self.b.get_insert_block();
        let block = self.block("unwind");
        self.b.position_at_end(block);
        let at = self.b.build_phi(self.rt.i32, "pc")?;
        if let Some((_, exc)) = key.handler {
            self.sync_out(&[exc])?;
        }
        self.b.build_call(
            self.rt.unwind,
            &[self.ctx.into(), at.as_basic_value().into()],
            "",
        )?;
        match key
            .handler
            .and_then(|(pc, exc)| Some((exc, *self.blocks.get(pc as usize)?)))
        {
            Some((exc, handler)) => {
                self.reload(&[exc])?;
                self.b.build_unconditional_branch(handler)?
            }
            None => self.leave_raising()?,
        };
        if let Some(here) = here {
            self.b.position_at_end(here);
        }
        self.unwind_tails.insert(key, (block, at));
        Ok((block, at))
    }

    /// The VM's implementation of the instruction at `pc`, then on to the
    /// next pc, a jump target, or the unwinding block.
    fn step(&mut self, pc: usize) -> Built<()> {
        let instr = self.co.code[pc];
        let mut targets = Vec::new();
        let mut copy = instr;
        copy.for_each_target_mut(|t| targets.push(*t as usize));
        targets.sort_unstable();
        targets.dedup();
        let falls_through = instr.falls_through();
        let mut touched = self.register_operands(pc);
        touched.extend(self.local_operands(pc).iter().map(|i| self.co.nregs + i));
        let frame = self.ctx;
        self.sync_out(&touched)?;
        let pc32 = self.rt.i32.const_int(pc as u64, false);
        let r = self
            .b
            .build_call(self.rt.step, &[frame.into(), pc32.into()], "step")?
            .try_as_basic_value()
            .basic()
            .map(|v| v.into_int_value())
            .unwrap_or_else(|| self.word(-1));
        self.reload(&touched)?;
        let unwind = self.unwind(pc)?;
        let here = self.b.get_insert_block();
        let mut cases = Vec::new();
        if falls_through && pc + 1 < self.blocks.len() {
            let next = self.after_step(pc, pc + 1)?;
            cases.push((self.word(-2), next));
        }
        for t in targets {
            if t < self.blocks.len() {
                let b = self.after_step(pc, t)?;
                cases.push((self.word(t as i64), b));
            }
        }
        if let Some(here) = here {
            self.b.position_at_end(here);
        }
        self.b.build_switch(r, unwind, &cases)?;
        Ok(())
    }

    /// Branches to the block running `step(pc)` when `cond` holds, and
    /// continues the fast path in a new block. A condition known false
    /// (an operand known to be a float) needs no branch.
    fn slow_if(&mut self, pc: usize, cond: IntValue<'ctx>) -> Built<()> {
        if cond.get_zero_extended_constant() == Some(0) {
            return Ok(());
        }
        let slow = self.slow(pc)?;
        self.off_if(cond, slow, &format!("fast{pc}"))
    }

    /// Branches to `away` when `cond` holds, and continues in a new block
    /// named `name`.
    fn off_if(&self, cond: IntValue<'ctx>, away: BasicBlock<'ctx>, name: &str) -> Built<()> {
        let go = self.block(name);
        self.b.build_conditional_branch(cond, away, go)?;
        self.b.position_at_end(go);
        Ok(())
    }

    /// Whether `v`, an `i128`, is within the small ints.
    fn wide_in_small(&self, v: IntValue<'ctx>) -> Built<IntValue<'ctx>> {
        let wide = self.rt.context.i128_type();
        let lo = self.b.build_int_compare(
            IntPredicate::SGE,
            v,
            wide.const_int(SMALL_MIN as u64, true),
            "",
        )?;
        let hi = self.b.build_int_compare(
            IntPredicate::SLE,
            v,
            wide.const_int(SMALL_MAX as u64, true),
            "",
        )?;
        self.b.build_and(lo, hi, "")
    }

    /// Hands the call to the VM at `pc` when `cond` holds (the typed
    /// body's arithmetic: a fallback that does not come back keeps the
    /// slots' words as the typed body left them, so that LLVM knows a
    /// `float` slot's old word is no object to release), and continues
    /// in a new block.
    fn vm_if(&mut self, pc: usize, cond: IntValue<'ctx>) -> Built<()> {
        if cond.get_zero_extended_constant() == Some(0) {
            return Ok(());
        }
        let vm = self.deopt(pc)?;
        self.off_if(cond, vm, &format!("typed{pc}"))
    }

    /// The one block running `step(pc)`, shared by all the checks of the
    /// pc's inline form: they run before the form changes anything, so
    /// the step finds the state it would find at any of them.
    fn slow(&mut self, pc: usize) -> Built<BasicBlock<'ctx>> {
        if let Some(&b) = self.slows.get(&pc) {
            return Ok(b);
        }
        let here = self.b.get_insert_block();
        let block = self.block(&format!("slow{pc}"));
        self.b.position_at_end(block);
        match self.co.code[pc].binary_operands() {
            Some((dst, a, b)) => self.generic_binary(pc, dst, a, b)?,
            None => self.step(pc)?,
        }
        if let Some(here) = here {
            self.b.position_at_end(here);
        }
        self.slows.insert(pc, block);
        Ok(block)
    }

    /// A binary instruction's generic form: `pyrt_binary`, what the VM's
    /// step would compute without the step's decoding and frame traffic;
    /// an unset operand (an unbound local) takes the step, which raises.
    fn generic_binary(&mut self, pc: usize, dst: u32, a: u32, b: u32) -> Built<()> {
        // Not `operands`: its unset branch is this very block.
        let (words, unset) = self.read_all(&[a, b])?;
        let (x, y) = (words[0], words[1]);
        if unset.get_zero_extended_constant() != Some(0) {
            let (stepped, go) = (
                self.block(&format!("unset{pc}")),
                self.block(&format!("generic{pc}")),
            );
            self.b.build_conditional_branch(unset, stepped, go)?;
            self.b.position_at_end(stepped);
            self.step(pc)?;
            self.b.position_at_end(go);
        }
        let pc32 = self.rt.i32.const_int(pc as u64, false);
        let w = self.call_word(
            self.rt.binary,
            &[self.ctx.into(), pc32.into(), x.into(), y.into()],
        )?;
        self.finish_word(pc, dst, w)
    }

    /// The blocks of two jump targets (`None` for a pc past the code,
    /// which `Module::check` rules out).
    fn two_blocks(&self, a: u32, b: u32) -> Option<(BasicBlock<'ctx>, BasicBlock<'ctx>)> {
        Some((*self.blocks.get(a as usize)?, *self.blocks.get(b as usize)?))
    }

    fn next(&self, pc: usize) -> Built<()> {
        match self.blocks.get(pc + 1) {
            Some(&b) => self.b.build_unconditional_branch(b)?,
            None => self.b.build_unreachable()?,
        };
        Ok(())
    }

    /// A branch that may jump backward (a loop's) checks for Ctrl-C first.
    fn check_backward(&mut self, pc: usize, targets: &[u32]) -> Built<()> {
        if targets.iter().any(|&t| t as usize <= pc) {
            self.check_interrupt(pc)?;
        }
        Ok(())
    }

    /// Raises KeyboardInterrupt at `pc` if Ctrl-C was pressed (the VM checks
    /// at backward jumps and returns).
    fn check_interrupt(&mut self, pc: usize) -> Built<()> {
        let flag = self
            .b
            .build_load(
                self.rt.context.i8_type(),
                self.thread_ptr(CtxField::Interrupt)?,
                "sigint",
            )?
            .into_int_value();
        let set = self.b.build_int_compare(
            IntPredicate::NE,
            flag,
            self.rt.context.i8_type().const_zero(),
            "",
        )?;
        let check = self.block(&format!("sigint{pc}"));
        let go = self.block(&format!("go{pc}"));
        self.b.build_conditional_branch(set, check, go)?;
        self.b.position_at_end(check);
        let r = self
            .b
            .build_call(self.rt.check_interrupt, &[], "")?
            .try_as_basic_value()
            .basic()
            .map(|v| v.into_int_value())
            .unwrap_or_else(|| self.rt.i32.const_zero());
        let failed = self
            .b
            .build_int_compare(IntPredicate::NE, r, self.rt.i32.const_zero(), "")?;
        let unwind = self.unwind(pc)?;
        self.b.build_conditional_branch(failed, unwind, go)?;
        self.b.position_at_end(go);
        Ok(())
    }

    /// Whether operands `a` and `b` (words `x` and `y`) are both small
    /// ints: known without a test for `int` slots surely bound here
    /// (`small_ints.rs`), else `both_small`.
    fn small_operands(
        &self,
        (a, x): (u32, IntValue<'ctx>),
        (b, y): (u32, IntValue<'ctx>),
    ) -> Built<IntValue<'ctx>> {
        if self.known_small(a) && self.known_small(b) {
            return Ok(self.rt.context.bool_type().const_int(1, false));
        }
        if self.float_const(a).is_some() || self.float_const(b).is_some() {
            return Ok(self.rt.context.bool_type().const_zero());
        }
        self.both_small(x, y)
    }

    /// Both words small ints (tag bit set; an unset register is 0).
    fn both_small(&self, a: IntValue<'ctx>, b: IntValue<'ctx>) -> Built<IntValue<'ctx>> {
        let both = self.b.build_and(a, b, "")?;
        let tag = self.b.build_and(both, self.word(1), "")?;
        self.b
            .build_int_compare(IntPredicate::NE, tag, self.rt.word.const_zero(), "")
    }

    fn instr(&mut self, pc: usize, instr: &Instr) -> Built<()> {
        self.lines.at(&self.b, pc);
        self.invalidate_shadows(instr)?;
        if self.typed && self.typed_instr(pc, instr)? {
            return Ok(());
        }
        use Instr as I;
        match *instr {
            I::Const { dst, value } => {
                let w = self.konst(value)?;
                let unset = self.is_zero(w)?;
                self.slow_if(pc, unset)?;
                self.incref_set(w)?;
                self.replace(self.regs, dst, w)?;
                self.next(pc)
            }
            I::LoadFast { dst, slot } => {
                let w = self.load(self.fast, slot)?;
                let unbound = self.unset(self.co.local_operand(slot), w)?;
                self.slow_if(pc, unbound)?;
                self.incref_set(w)?;
                self.replace(self.regs, dst, w)?;
                self.next(pc)
            }
            I::StoreFast { slot, src } => {
                let w = self.read(src)?;
                let unset = self.unset(src, w)?;
                self.slow_if(pc, unset)?;
                self.incref_operand(src, w)?;
                self.replace(self.fast, slot, w)?;
                self.next(pc)
            }
            I::StoreFastMove { slot, src } => {
                let w = self.read(src)?;
                let unset = self.unset(src, w)?;
                self.slow_if(pc, unset)?;
                let p = self.slot(self.regs, src)?;
                self.b.build_store(p, self.rt.word.const_zero())?;
                self.replace(self.fast, slot, w)?;
                self.next(pc)
            }
            I::Move { dst, src } => {
                let w = self.read(src)?;
                let unset = self.unset(src, w)?;
                self.slow_if(pc, unset)?;
                self.incref_operand(src, w)?;
                self.replace(self.regs, dst, w)?;
                self.next(pc)
            }
            I::Clear { dst } => {
                self.replace(self.regs, dst, self.rt.word.const_zero())?;
                self.next(pc)
            }
            I::Jump { target } => {
                let target = target as usize;
                let back = target <= pc;
                if back {
                    self.check_interrupt(pc)?;
                }
                // A loop's own jump back skips the filling of its shadow.
                let head = self.loop_heads.get(&target).copied().filter(|_| back);
                if head.is_some() {
                    self.release_dead(target, true)?;
                }
                match head.or(self.blocks.get(target).copied()) {
                    Some(t) => self.b.build_unconditional_branch(t)?,
                    None => self.b.build_unreachable()?,
                };
                Ok(())
            }
            I::BranchIf { cond, then, else_ } => {
                self.check_backward(pc, &[then, else_])?;
                self.branch(pc, cond, then, else_)
            }
            I::Return { src } => {
                self.check_interrupt(pc)?;
                if self.direct && self.is_float_slot(src) {
                    return self.return_float(pc, src);
                }
                let w = self.read(src)?;
                let unset = self.unset(src, w)?;
                self.slow_if(pc, unset)?;
                if self.direct {
                    return self.return_direct(pc, src, w);
                }
                self.incref_operand(src, w)?;
                self.leave(w)?;
                Ok(())
            }
            I::Yield { dst, src, resume } => {
                let w = self.read(src)?;
                let unset = self.unset(src, w)?;
                self.slow_if(pc, unset)?;
                self.incref_set(w)?;
                let i32 = |v: u64| self.rt.i32.const_int(v, false);
                self.b.build_call(
                    self.rt.yield_,
                    &[
                        self.ctx.into(),
                        i32(pc as u64).into(),
                        i32(u64::from(dst)).into(),
                        i32(u64::from(resume)).into(),
                    ],
                    "",
                )?;
                self.box_doubles()?;
                self.leave(w)?;
                Ok(())
            }
            I::Send {
                iter,
                value,
                yielded,
                yielded_dst,
                returned,
                returned_dst,
            } => self.send(
                pc,
                (iter, value),
                (yielded, yielded_dst),
                (returned, returned_dst),
            ),
            I::Add { dst, a, b } | I::InplaceAdd { dst, a, b } => {
                self.arith(pc, dst, a, b, Arith::Add)
            }
            I::Sub { dst, a, b } | I::InplaceSub { dst, a, b } => {
                self.arith(pc, dst, a, b, Arith::Sub)
            }
            I::Mul { dst, a, b } | I::InplaceMul { dst, a, b } => {
                self.arith(pc, dst, a, b, Arith::Mul)
            }
            I::TrueDiv { dst, a, b } | I::InplaceTrueDiv { dst, a, b } => {
                self.arith(pc, dst, a, b, Arith::Div)
            }
            I::Pow { dst, a, b } | I::InplacePow { dst, a, b } => {
                self.arith(pc, dst, a, b, Arith::Pow)
            }
            I::FloorDiv { dst, a, b } | I::InplaceFloorDiv { dst, a, b } => {
                self.small_int_op(pc, dst, (a, b), IntOp::FloorDiv)
            }
            I::Mod { dst, a, b } | I::InplaceMod { dst, a, b } => {
                self.small_int_op(pc, dst, (a, b), IntOp::Mod)
            }
            I::LShift { dst, a, b } | I::InplaceLShift { dst, a, b } => {
                self.small_int_op(pc, dst, (a, b), IntOp::LShift)
            }
            I::RShift { dst, a, b } | I::InplaceRShift { dst, a, b } => {
                self.small_int_op(pc, dst, (a, b), IntOp::RShift)
            }
            I::BitAnd { dst, a, b } | I::InplaceBitAnd { dst, a, b } => {
                self.small_bits(pc, dst, a, b, Bits::And)
            }
            I::BitOr { dst, a, b } | I::InplaceBitOr { dst, a, b } => {
                self.small_bits(pc, dst, a, b, Bits::Or)
            }
            I::BitXor { dst, a, b } | I::InplaceBitXor { dst, a, b } => {
                self.small_bits(pc, dst, a, b, Bits::Xor)
            }
            I::Lt { dst, a, b } => self.compare(pc, dst, a, b, Cmp::Lt),
            I::Le { dst, a, b } => self.compare(pc, dst, a, b, Cmp::Le),
            I::Gt { dst, a, b } => self.compare(pc, dst, a, b, Cmp::Gt),
            I::Ge { dst, a, b } => self.compare(pc, dst, a, b, Cmp::Ge),
            I::Eq { dst, a, b } => self.compare(pc, dst, a, b, Cmp::Eq),
            I::Ne { dst, a, b } => self.compare(pc, dst, a, b, Cmp::Ne),
            I::LoadGlobal { dst, name } => self.load_global(pc, dst, name),
            I::LoadDeref { dst, cell } => self.load_cell(pc, dst, cell, false),
            I::LoadClosure { dst, cell } => self.load_cell(pc, dst, cell, true),
            I::ExcPush { exc } => {
                let ws = self.operands(pc, &[exc])?;
                self.b.build_call(self.rt.exc_push, &[ws[0].into()], "")?;
                self.next(pc)
            }
            I::ExcPop {} => {
                self.b.build_call(self.rt.exc_pop, &[], "")?;
                self.next(pc)
            }
            I::ExcMatch { dst, exc, ty } => self.exc_match(pc, dst, exc, ty),
            I::Raise { exc, cause } => self.raise(pc, exc, cause),
            I::Neg { dst, a } => self.unary(pc, dst, a, Unary::Neg),
            I::Pos { dst, a } => self.unary(pc, dst, a, Unary::Pos),
            I::Invert { dst, a } => self.unary(pc, dst, a, Unary::Invert),
            // The `item.get` or `item.set` after it does both.
            I::Slice { dst, .. } if self.fused_slice(pc + 1).is_some() => {
                self.replace(self.regs, dst, self.spent())?;
                self.next(pc)
            }
            I::Slice {
                dst,
                start,
                stop,
                step,
            } => {
                let ws = self.operands(pc, &[start, stop, step])?;
                let w =
                    self.call_word(self.rt.slice, &[ws[0].into(), ws[1].into(), ws[2].into()])?;
                self.finish_word(pc, dst, w)
            }
            I::TupleBuild { dst, items } => self.build_seq(pc, dst, items, false),
            I::ListBuild { dst, items } => self.build_seq(pc, dst, items, true),
            I::DelFast { slot } if self.float_key(self.fast, slot).is_none() => {
                let w = self.load(self.fast, slot)?;
                let unbound = self.unset(self.co.local_operand(slot), w)?;
                // The VM's step raises UnboundLocalError.
                self.slow_if(pc, unbound)?;
                self.replace(self.fast, slot, self.rt.word.const_zero())?;
                self.next(pc)
            }
            I::SuperZero {
                dst,
                sup,
                class_cell,
                first,
            } => match self.fused_super_method(pc, dst) {
                Some(load) => self.super_method(pc, dst, [sup, class_cell, first], load),
                None => self.super_zero(pc, dst, [sup, class_cell, first]),
            },
            I::StoreDeref { cell, src } => self.store_deref(pc, cell, src),
            I::BranchLt { a, b, then, else_ } => {
                self.branch_compare(pc, (a, b), Cmp::Lt, (then, else_))
            }
            I::BranchLe { a, b, then, else_ } => {
                self.branch_compare(pc, (a, b), Cmp::Le, (then, else_))
            }
            I::BranchEq { a, b, then, else_ } => {
                self.branch_compare(pc, (a, b), Cmp::Eq, (then, else_))
            }
            I::BranchNe { a, b, then, else_ } => {
                self.branch_compare(pc, (a, b), Cmp::Ne, (then, else_))
            }
            I::BranchGt { a, b, then, else_ } => {
                self.branch_compare(pc, (a, b), Cmp::Gt, (then, else_))
            }
            I::BranchGe { a, b, then, else_ } => {
                self.branch_compare(pc, (a, b), Cmp::Ge, (then, else_))
            }
            I::ItemGet { dst, obj, key } => self.item_get(pc, dst, obj, key),
            I::UnpackSeq { dst, count, src } => self.unpack_seq(pc, dst, count, src),
            I::TupleItem { dst, index, tuple } => self.tuple_item(pc, dst, index, tuple),
            I::ItemSet { obj, key, value } => self.item_set(pc, obj, key, value),
            I::AttrGet { dst, name, obj } => {
                let ws = self.operands(pc, &[obj])?;
                self.attr_get(pc, dst, name, ws[0])
            }
            I::AttrSet { name, obj, value } => {
                let ws = self.operands(pc, &[obj, value])?;
                self.attr_set(pc, name, (ws[0], ws[1]))
            }
            I::LoadMethod {
                dst,
                self_,
                name,
                obj,
            } => {
                let ws = self.operands(pc, &[obj])?;
                self.load_method(pc, (dst, self_), name, ws[0])
            }
            I::ForIter {
                dst,
                iter,
                next,
                done,
            } => self.for_iter(pc, dst, iter, next, done),
            I::Call {
                dst,
                kwnames,
                callee,
                args,
            } => self.call(pc, dst, kwnames, callee, None, args),
            I::CallMethod {
                dst,
                kwnames,
                callee,
                self_,
                args,
            } => self.call(pc, dst, kwnames, callee, Some(self_), args),
            I::Is { dst, a, b } => self.identity(pc, dst, a, b, IntPredicate::EQ),
            I::IsNot { dst, a, b } => self.identity(pc, dst, a, b, IntPredicate::NE),
            _ => self.step(pc),
        }
    }

    /// `branch cond`: True, False, None and small ints decide inline,
    /// anything else through `pyrt_truth`.
    fn branch(&mut self, pc: usize, cond: u32, then: u32, else_: u32) -> Built<()> {
        let Some((t, e)) = self.two_blocks(then, else_) else {
            self.b.build_unreachable()?;
            return Ok(());
        };
        let w = self.read(cond)?;
        let unset = self.unset(cond, w)?;
        self.slow_if(pc, unset)?;
        let other = self.inline_truth(pc, w, (t, e))?;
        self.b.position_at_end(other);
        let r = self
            .b
            .build_call(self.rt.truth, &[w.into()], "")?
            .try_as_basic_value()
            .basic()
            .map(|v| v.into_int_value())
            .unwrap_or_else(|| self.rt.i32.const_zero());
        let unwind = self.unwind(pc)?;
        self.b.build_switch(
            r,
            t,
            &[
                (self.rt.i32.const_zero(), e),
                (self.rt.i32.const_int(u64::MAX, true), unwind),
            ],
        )?;
        Ok(())
    }

    /// Goes to `t` or `e` when word `w` is True, False, None or a small
    /// int; returns the block where it is anything else.
    fn inline_truth(
        &mut self,
        pc: usize,
        w: IntValue<'ctx>,
        (t, e): (BasicBlock<'ctx>, BasicBlock<'ctx>),
    ) -> Built<BasicBlock<'ctx>> {
        let is_true =
            self.b
                .build_int_compare(IntPredicate::EQ, w, self.thread_word(CtxField::True)?, "")?;
        let not_true = self.block(&format!("nottrue{pc}"));
        self.b.build_conditional_branch(is_true, t, not_true)?;
        self.b.position_at_end(not_true);
        let is_false = self.b.build_int_compare(
            IntPredicate::EQ,
            w,
            self.thread_word(CtxField::False)?,
            "",
        )?;
        let not_false = self.block(&format!("notfalse{pc}"));
        self.b.build_conditional_branch(is_false, e, not_false)?;
        self.b.position_at_end(not_false);
        let is_none =
            self.b
                .build_int_compare(IntPredicate::EQ, w, self.thread_word(CtxField::None)?, "")?;
        let not_none = self.block(&format!("notnone{pc}"));
        self.b.build_conditional_branch(is_none, e, not_none)?;
        self.b.position_at_end(not_none);
        // A small int is true unless it is 0 (the word 1).
        let tag = self.b.build_and(w, self.word(1), "")?;
        let is_small =
            self.b
                .build_int_compare(IntPredicate::NE, tag, self.rt.word.const_zero(), "")?;
        let small = self.block(&format!("smalltruth{pc}"));
        let other = self.block(&format!("truth{pc}"));
        self.b.build_conditional_branch(is_small, small, other)?;
        self.b.position_at_end(small);
        let zero = self
            .b
            .build_int_compare(IntPredicate::EQ, w, self.word(1), "")?;
        self.b.build_conditional_branch(zero, e, t)?;
        Ok(other)
    }

    /// `+ - * /`: two small ints whose result is a small int (not for `/`),
    /// else two numbers of which one is a float (or `/` of two small ints),
    /// as doubles; anything else through the VM.
    fn arith(&mut self, pc: usize, dst: u32, a: u32, b: u32, op: Arith) -> Built<()> {
        // Code that runs once per call keeps only the small-int form: the
        // float form is a dozen blocks.
        let once = self.runs_once();
        if once && matches!(op, Arith::Div | Arith::Pow) {
            return self.generic_binary(pc, dst, a, b);
        }
        let (x, y) = (self.read(a)?, self.read(b)?);
        let ints = (self.expects_int(a), self.expects_int(b));
        // Expected ints that are not small, or overflow, make no float
        // (`int` and `int` gives an int but for `/` and `**`): the VM's
        // work.
        let int_only = (once || ints == (true, true)) && !matches!(op, Arith::Div | Arith::Pow);
        let floats = if int_only {
            self.slow(pc)?
        } else {
            self.block(&format!("float{pc}"))
        };
        // Two ints may divide or raise to a float, a big int or (a
        // negative power) anything: only the float path here; so too with
        // a float constant.
        let float_const = self.float_const(a).is_some() || self.float_const(b).is_some();
        if !matches!(op, Arith::Div | Arith::Pow) && !float_const {
            let (ok, r) = self.small_arith((a, x), (b, y), op)?;
            let int_done = self.block(&format!("int{pc}"));
            self.b.build_conditional_branch(ok, int_done, floats)?;
            self.b.position_at_end(int_done);
            let w = self.small_word(r)?;
            self.replace(self.regs, dst, w)?;
            self.next_small(pc, &[a, b, dst])?;
            if int_only {
                return Ok(());
            }
        } else {
            // `floats` is the VM's step when only the small-int form is
            // kept (code that runs once, with a float constant here).
            self.b.build_unconditional_branch(floats)?;
            if int_only {
                return Ok(());
            }
        }
        self.b.position_at_end(floats);
        let fx = self.operand_number(pc, a)?;
        let fy = self.operand_number(pc, b)?;
        let (v, not_usable) = self.float_arith(fx, fy, op)?;
        self.slow_if(pc, not_usable)?;
        self.store_float(pc, dst, v, [a, b])
    }

    /// `x op y` on doubles, and whether the result is not what Python
    /// computes (usable when both are numbers and the result is a float:
    /// one of them a float, or `/` by a nonzero number; two ints may make
    /// a big int): the caller's fallback then runs the instruction.
    fn float_arith(
        &mut self,
        x: Number<'ctx>,
        y: Number<'ctx>,
        op: Arith,
    ) -> Built<(FloatValue<'ctx>, IntValue<'ctx>)> {
        let both = self.b.build_and(x.ok, y.ok, "")?;
        let one_float = self.b.build_or(x.is_float, y.is_float, "")?;
        // The operations are pure: computed first, used only if usable.
        let r = match op {
            Arith::Add => self.b.build_float_add(x.value, y.value, "")?,
            Arith::Sub => self.b.build_float_sub(x.value, y.value, "")?,
            Arith::Mul => self.b.build_float_mul(x.value, y.value, "")?,
            Arith::Div => self.b.build_float_div(x.value, y.value, "")?,
            Arith::Pow => self.pow(x.value, y.value)?,
        };
        let f = |p, a, b: f64| -> Built<IntValue<'ctx>> {
            self.b
                .build_float_compare(p, a, self.rt.f64.const_float(b), "")
        };
        let usable = match op {
            Arith::Div => {
                let nonzero = f(FloatPredicate::ONE, y.value, 0.0)?;
                self.b.build_and(both, nonzero, "")?
            }
            // A positive finite base to a finite power with a finite
            // result, as CPython's float_pow computes it (libm's pow);
            // a zero or negative base (ZeroDivisionError, a complex
            // result), infinities, NaN or an overflow through the VM.
            Arith::Pow => {
                let checks = [
                    f(FloatPredicate::OGT, x.value, 0.0)?,
                    f(FloatPredicate::OLT, x.value, f64::INFINITY)?,
                    f(FloatPredicate::ONE, y.value, f64::INFINITY)?,
                    f(FloatPredicate::ONE, y.value, f64::NEG_INFINITY)?,
                    f(FloatPredicate::OLT, r, f64::INFINITY)?,
                ];
                let mut all = self.b.build_and(both, one_float, "")?;
                for c in checks {
                    all = self.b.build_and(all, c, "")?;
                }
                all
            }
            _ => self.b.build_and(both, one_float, "")?,
        };
        let not_usable = self.b.build_not(usable, "")?;
        Ok((r, not_usable))
    }

    /// `x ** y` with libm's `pow` (what CPython calls), as LLVM's
    /// intrinsic: it sets no errno, so LLVM may fold it.
    fn pow(
        &self,
        x: inkwell::values::FloatValue<'ctx>,
        y: inkwell::values::FloatValue<'ctx>,
    ) -> Built<inkwell::values::FloatValue<'ctx>> {
        let r = self
            .b
            .build_call(self.rt.pow, &[x.into(), y.into()], "pow")?;
        // The intrinsic returns a double (declared so in `Runtime`).
        Ok(r.try_as_basic_value()
            .basic()
            .map_or(self.rt.f64.const_zero(), |v| v.into_float_value()))
    }

    /// Puts a double in register `dst`: into the float the register holds
    /// when nothing else references it (as CPython reuses a dying float),
    /// else into such a float of a register among `operands` that dies
    /// here (`dst` shares it until the register's release), else into a
    /// new float.
    fn store_float(
        &mut self,
        pc: usize,
        dst: u32,
        v: inkwell::values::FloatValue<'ctx>,
        operands: [u32; 2],
    ) -> Built<()> {
        // A `float` slot of the typed body holds the double itself.
        if let Some(key) = self.float_key(self.regs, dst) {
            self.set_num(key, v)?;
            return self.next(pc);
        }
        let old = self.load(self.regs, dst)?;
        let mut otherwise = self.block(&format!("fresh{pc}"));
        self.if_lone_float(old, otherwise)?;
        self.set_float_value(old, v)?;
        self.next(pc)?;
        let mut dying: Vec<u32> = operands
            .into_iter()
            .filter(|&r| {
                r != dst
                    && matches!(self.co.source(r), Source::Reg(_))
                    && !self.is_float_slot(r)
                    && !self.is_int_slot(r)
                    && bound::dead_after(self.co, pc, r)
            })
            .collect();
        dying.dedup();
        for r in dying {
            self.b.position_at_end(otherwise);
            let w = self.load(self.regs, r)?;
            otherwise = self.block(&format!("fresh{pc}.{r}"));
            self.if_lone_float(w, otherwise)?;
            self.set_float_value(w, v)?;
            self.incref(w)?;
            self.replace(self.regs, dst, w)?;
            self.next(pc)?;
        }
        self.b.position_at_end(otherwise);
        let w = self.call_word(self.rt.float_new, &[v.into()])?;
        self.replace(self.regs, dst, w)?;
        self.next(pc)
    }

    /// Goes on in a new block when word `w` is an exact float that
    /// nothing else references, whose value may change; to `otherwise`
    /// when not.
    fn if_lone_float(&self, w: IntValue<'ctx>, otherwise: BasicBlock<'ctx>) -> Built<()> {
        let (heap_bb, type_bb, lone_bb) = (
            self.block("lone.heap"),
            self.block("lone.type"),
            self.block("lone"),
        );
        let tag = self.b.build_and(w, self.word(1), "")?;
        let untagged =
            self.b
                .build_int_compare(IntPredicate::EQ, tag, self.rt.word.const_zero(), "")?;
        let nonzero =
            self.b
                .build_int_compare(IntPredicate::NE, w, self.rt.word.const_zero(), "")?;
        let heap = self.b.build_and(untagged, nonzero, "")?;
        self.b.build_conditional_branch(heap, heap_bb, otherwise)?;
        self.b.position_at_end(heap_bb);
        let count = self.field(w, self.rt.word.const_zero(), self.rt.word.into())?;
        let only =
            self.b
                .build_int_compare(IntPredicate::EQ, count.into_int_value(), self.word(1), "")?;
        self.b.build_conditional_branch(only, type_bb, otherwise)?;
        self.b.position_at_end(type_bb);
        let is_float = self.type_is(w, CtxField::FloatType)?;
        self.b
            .build_conditional_branch(is_float, lone_bb, otherwise)?;
        self.b.position_at_end(lone_bb);
        Ok(())
    }

    /// The value of read operand `addr` when it is a float constant.
    pub(super) fn float_const(&self, addr: u32) -> Option<f64> {
        match self.co.source(addr) {
            Source::Const(i) => match self.co.consts.get(i as usize) {
                Some(&Const::Float(c)) => Some(c),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether inference expects read operand `addr` to hold an int: an
    /// int constant, or a slot of type `int`.
    pub(super) fn expects_int(&self, addr: u32) -> bool {
        match self.co.source(addr) {
            Source::Const(i) => matches!(
                self.co.consts.get(i as usize),
                Some(Const::Int(_) | Const::BigInt(_))
            ),
            Source::Reg(_) | Source::Local(_) => {
                self.co.slot_types.get(addr as usize) == Some(&Type::Int)
            }
            Source::Bad(_) => false,
        }
    }

    /// A word as a double: a small int of at most 53 bits (so that the
    /// double is exact, as CPython's comparisons need), or an exact float.
    /// For a word expected to be an int (`int`), only the small int: the
    /// test is then a few instructions with no branch, and a float there
    /// takes the VM's path.
    fn number(&mut self, w: IntValue<'ctx>, int: bool) -> Built<Number<'ctx>> {
        if int {
            let tag = self.b.build_and(w, self.word(1), "")?;
            let is_small =
                self.b
                    .build_int_compare(IntPredicate::NE, tag, self.rt.word.const_zero(), "")?;
            let i = self.b.build_right_shift(w, self.word(1), true, "")?;
            let exact = self.exact_int(i)?;
            return Ok(Number {
                ok: self.b.build_and(is_small, exact, "")?,
                is_float: self.rt.context.bool_type().const_zero(),
                value: self.b.build_signed_int_to_float(i, self.rt.f64, "")?,
            });
        }
        let (small_bb, ptr_bb, type_bb, float_bb, join) = (
            self.block("num.small"),
            self.block("num.ptr"),
            self.block("num.type"),
            self.block("num.float"),
            self.block("num"),
        );
        let tag = self.b.build_and(w, self.word(1), "")?;
        let is_small =
            self.b
                .build_int_compare(IntPredicate::NE, tag, self.rt.word.const_zero(), "")?;
        self.b
            .build_conditional_branch(is_small, small_bb, ptr_bb)?;

        self.b.position_at_end(small_bb);
        let i = self.b.build_right_shift(w, self.word(1), true, "")?;
        let exact = self.exact_int(i)?;
        let from_int = self.b.build_signed_int_to_float(i, self.rt.f64, "")?;
        self.b.build_unconditional_branch(join)?;

        self.b.position_at_end(ptr_bb);
        let nonzero =
            self.b
                .build_int_compare(IntPredicate::NE, w, self.rt.word.const_zero(), "")?;
        self.b.build_conditional_branch(nonzero, type_bb, join)?;

        self.b.position_at_end(type_bb);
        let is_float = self.type_is(w, CtxField::FloatType)?;
        self.b.build_conditional_branch(is_float, float_bb, join)?;

        self.b.position_at_end(float_bb);
        let from_float = self.float_value(w)?;
        self.b.build_unconditional_branch(join)?;

        self.b.position_at_end(join);
        let bool_ty = self.rt.context.bool_type();
        let (yes, no) = (bool_ty.const_int(1, false), bool_ty.const_zero());
        let zero = self.rt.f64.const_zero();
        let ok = self.b.build_phi(bool_ty, "num.ok")?;
        ok.add_incoming(&[
            (&exact, small_bb),
            (&no, ptr_bb),
            (&no, type_bb),
            (&yes, float_bb),
        ]);
        let float = self.b.build_phi(bool_ty, "num.isfloat")?;
        float.add_incoming(&[
            (&no, small_bb),
            (&no, ptr_bb),
            (&no, type_bb),
            (&yes, float_bb),
        ]);
        let value = self.b.build_phi(self.rt.f64, "num.value")?;
        value.add_incoming(&[
            (&from_int, small_bb),
            (&zero, ptr_bb),
            (&zero, type_bb),
            (&from_float, float_bb),
        ]);
        Ok(Number {
            ok: ok.as_basic_value().into_int_value(),
            is_float: float.as_basic_value().into_int_value(),
            value: value.as_basic_value().into_float_value(),
        })
    }

    /// Whether machine integer `i` is exact as a double (at most 53 bits).
    fn exact_int(&self, i: IntValue<'ctx>) -> Built<IntValue<'ctx>> {
        let biased = self.b.build_int_add(i, self.word(1 << 53), "")?;
        self.b
            .build_int_compare(IntPredicate::ULE, biased, self.word(1 << 54), "")
    }

    /// Loads a value of type `ty` at byte `offset` of the object `w`.
    fn field(
        &self,
        w: IntValue<'ctx>,
        offset: IntValue<'ctx>,
        ty: inkwell::types::BasicTypeEnum<'ctx>,
    ) -> Built<inkwell::values::BasicValueEnum<'ctx>> {
        let addr = self.b.build_int_add(w, offset, "")?;
        let p = self.b.build_int_to_ptr(addr, self.rt.ptr, "")?;
        self.b.build_load(ty, p, "")
    }

    /// Makes `v` the value of float object `w`, which no one else can
    /// see (a dying float reused instead of freed and allocated again).
    fn set_float_value(&self, w: IntValue<'ctx>, v: FloatValue<'ctx>) -> Built<()> {
        let addr = self
            .b
            .build_int_add(w, self.thread_word(CtxField::FloatOffset)?, "")?;
        let p = self.b.build_int_to_ptr(addr, self.rt.ptr, "")?;
        self.b.build_store(p, v)?;
        Ok(())
    }

    /// Calls a runtime function that returns a word.
    fn call_word(
        &self,
        f: FunctionValue<'ctx>,
        args: &[inkwell::values::BasicMetadataValueEnum<'ctx>],
    ) -> Built<IntValue<'ctx>> {
        Ok(self
            .b
            .build_call(f, args, "")?
            .try_as_basic_value()
            .basic()
            .map(|v| v.into_int_value())
            .unwrap_or_else(|| self.rt.word.const_zero()))
    }

    /// Goes to the unwinding block when a runtime call returned 0.
    fn unwind_if_zero(&mut self, pc: usize, w: IntValue<'ctx>) -> Built<()> {
        let failed = self.is_zero(w)?;
        let unwind = self.unwind(pc)?;
        let go = self.block(&format!("ok{pc}"));
        self.b.build_conditional_branch(failed, unwind, go)?;
        self.b.position_at_end(go);
        Ok(())
    }

    /// The words of registers `regs`, going to the VM's implementation of
    /// the instruction when one is unset.
    fn operands(&mut self, pc: usize, regs: &[u32]) -> Built<Vec<IntValue<'ctx>>> {
        let (words, unset) = self.read_all(regs)?;
        self.slow_if(pc, unset)?;
        Ok(words)
    }

    /// The words of registers `regs`, and whether one of them is unset.
    fn read_all(&self, regs: &[u32]) -> Built<(Vec<IntValue<'ctx>>, IntValue<'ctx>)> {
        let mut words = Vec::with_capacity(regs.len());
        let mut unset = self.rt.context.bool_type().const_zero();
        for &r in regs {
            let w = self.read(r)?;
            let z = self.unset(r, w)?;
            unset = self.b.build_or(unset, z, "")?;
            words.push(w);
        }
        Ok((words, unset))
    }

    /// After a runtime call that returns an owned word or 0: the word to
    /// `dst`, or the exception unwound.
    fn finish_word(&mut self, pc: usize, dst: u32, w: IntValue<'ctx>) -> Built<()> {
        self.unwind_if_zero(pc, w)?;
        self.replace(self.regs, dst, w)?;
        self.next(pc)
    }

    /// After a runtime call that returns 0 or -1 (raised).
    fn finish_status(&mut self, pc: usize, r: IntValue<'ctx>) -> Built<()> {
        let failed =
            self.b
                .build_int_compare(IntPredicate::NE, r, r.get_type().const_zero(), "")?;
        let unwind = self.unwind(pc)?;
        let go = self.block(&format!("ok{pc}"));
        self.b.build_conditional_branch(failed, unwind, go)?;
        self.b.position_at_end(go);
        self.next(pc)
    }

    /// `for_iter`: the next item to `dst` and on to `next`, or on to
    /// `done` at exhaustion.
    fn for_iter(&mut self, pc: usize, dst: u32, iter: u32, next: u32, done: u32) -> Built<()> {
        let Some((next_bb, done_bb)) = self.two_blocks(next, done) else {
            self.b.build_unreachable()?;
            return Ok(());
        };
        if let Some(&head) = self.loop_heads.get(&pc) {
            let ws = self.operands(pc, &[iter])?;
            self.fill_shadow(pc, iter, ws[0], head)?;
            self.b.position_at_end(head);
        }
        let ws = self.operands(pc, &[iter])?;
        let expects_range = self.co.slot_types.get(iter as usize) == Some(&Type::RangeIter);
        if expects_range {
            self.shadow_next(pc, (dst, iter), (next, done_bb))?;
            self.range_next(pc, dst, ws[0], (next, done_bb))?;
        } else {
            self.seq_next(pc, dst, ws[0], next)?;
        }
        // The item goes through the first word of the argument area.
        let r = self.call_word(self.rt.next, &[ws[0].into(), self.args.into()])?;
        let got = self.block(&format!("item{pc}"));
        let unwind = self.unwind(pc)?;
        self.b.build_switch(
            r,
            unwind,
            &[
                (self.rt.i32.const_int(1, false), got),
                (self.rt.i32.const_zero(), done_bb),
            ],
        )?;
        self.b.position_at_end(got);
        let item = self
            .b
            .build_load(self.rt.word, self.args, "item")?
            .into_int_value();
        self.resume = next as usize;
        self.replace(self.regs, dst, item)?;
        self.b.build_unconditional_branch(next_bb)?;
        Ok(())
    }

    /// The inline step of a range iterator whose values fit small ints
    /// (`runtime::types::range::SmallRange`): the item to `dst` and on to
    /// `next`, or on to `done`. Anything else (another iterator, values
    /// beyond small ints) continues where the builder is left.
    fn range_next(
        &mut self,
        pc: usize,
        dst: u32,
        it: IntValue<'ctx>,
        (next, done_bb): (u32, BasicBlock<'ctx>),
    ) -> Built<()> {
        let (check, small, step, generic) = (
            self.block(&format!("range.type{pc}")),
            self.block(&format!("range{pc}")),
            self.block(&format!("range.step{pc}")),
            self.block(&format!("range.generic{pc}")),
        );
        let tag = self.b.build_and(it, self.word(1), "")?;
        let is_ptr = self.is_zero(tag)?;
        self.b.build_conditional_branch(is_ptr, check, generic)?;
        self.b.position_at_end(check);
        let is_range = self.type_is(it, CtxField::RangeIterType)?;
        self.b.build_conditional_branch(is_range, small, generic)?;
        self.b.position_at_end(small);
        let [p_next, p_step, p_left] = self.range_fields(it)?;
        let left = self
            .b
            .build_load(self.rt.word, p_left, "left")?
            .into_int_value();
        let value = self
            .b
            .build_load(self.rt.word, p_next, "value")?
            .into_int_value();
        let exhausted = self.is_zero(left)?;
        let more = self.block(&format!("range.more{pc}"));
        self.b.build_conditional_branch(exhausted, done_bb, more)?;
        self.b.position_at_end(more);
        // A negative count means the big form; a value beyond small ints
        // is made by the runtime.
        let counting =
            self.b
                .build_int_compare(IntPredicate::SGT, left, self.rt.word.const_zero(), "")?;
        let lo = self
            .b
            .build_int_compare(IntPredicate::SGE, value, self.word(SMALL_MIN), "")?;
        let hi = self
            .b
            .build_int_compare(IntPredicate::SLE, value, self.word(SMALL_MAX), "")?;
        let fits = self.b.build_and(lo, hi, "")?;
        let ok = self.b.build_and(counting, fits, "")?;
        self.b.build_conditional_branch(ok, step, generic)?;
        self.b.position_at_end(step);
        let stride = self
            .b
            .build_load(self.rt.word, p_step, "")?
            .into_int_value();
        let following = self.b.build_int_add(value, stride, "")?;
        self.b.build_store(p_next, following)?;
        let remaining = self.b.build_int_sub(left, self.word(1), "")?;
        self.b.build_store(p_left, remaining)?;
        let shifted = self.b.build_left_shift(value, self.word(1), "")?;
        let item = self.b.build_or(shifted, self.word(1), "")?;
        self.loop_item(dst, item, next)?;
        self.b.position_at_end(generic);
        Ok(())
    }

    /// A `for_iter`'s item (an owned word) to `dst` (a typed body's failed
    /// check resumes at the loop body), then on to the loop body `next`.
    fn loop_item(&mut self, dst: u32, item: IntValue<'ctx>, next: u32) -> Built<()> {
        self.resume = next as usize;
        self.replace(self.regs, dst, item)?;
        match self.blocks.get(next as usize) {
            Some(&b) => self.b.build_unconditional_branch(b)?,
            None => self.b.build_unreachable()?,
        };
        Ok(())
    }

    /// `send` (a step of `yield from` or `await`): on to `yielded` with
    /// the value the delegate yielded, or to `returned` with the value it
    /// returned.
    fn send(
        &mut self,
        pc: usize,
        (iter, value): (u32, u32),
        (yielded, yielded_dst): (u32, u32),
        (returned, returned_dst): (u32, u32),
    ) -> Built<()> {
        let Some((yielded_bb, returned_bb)) = self.two_blocks(yielded, returned) else {
            self.b.build_unreachable()?;
            return Ok(());
        };
        self.check_backward(pc, &[yielded, returned])?;
        let ws = self.operands(pc, &[iter, value])?;
        // The result goes through the first word of the argument area.
        let r = self.call_word(
            self.rt.send,
            &[ws[0].into(), ws[1].into(), self.args.into()],
        )?;
        let got_yield = self.block(&format!("yielded{pc}"));
        let got_return = self.block(&format!("returned{pc}"));
        let unwind = self.unwind(pc)?;
        self.b.build_switch(
            r,
            unwind,
            &[
                (self.rt.i32.const_int(1, false), got_yield),
                (self.rt.i32.const_zero(), got_return),
            ],
        )?;
        for (block, dst, target, target_pc) in [
            (got_yield, yielded_dst, yielded_bb, yielded as usize),
            (got_return, returned_dst, returned_bb, returned as usize),
        ] {
            self.b.position_at_end(block);
            let w = self
                .b
                .build_load(self.rt.word, self.args, "")?
                .into_int_value();
            self.resume = target_pc;
            self.replace(self.regs, dst, w)?;
            self.b.build_unconditional_branch(target)?;
        }
        Ok(())
    }

    /// `load.global` through a cache of its own (`abi::GlobalSite`): the
    /// value found when the globals and builtins dicts had the versions
    /// they have now; otherwise the VM's lookup, which fills it.
    fn load_global(&mut self, pc: usize, dst: u32, name: u32) -> Built<()> {
        let word = self.rt.word;
        let ty = self
            .rt
            .context
            .struct_type(&[word.into(), word.into(), word.into()], false);
        let site = self.rt.module.add_global(ty, None, "global.site");
        site.set_linkage(Linkage::Internal);
        let never = word.const_all_ones();
        site.set_initializer(&ty.const_named_struct(&[
            never.into(),
            never.into(),
            word.const_zero().into(),
        ]));
        let site = site.as_pointer_value();
        let pc32 = self.rt.i32.const_int(pc as u64, false);
        let name = self.rt.i32.const_int(u64::from(name), false);
        // Code that runs once per call (`Gen::once`) asks the runtime's
        // cached lookup every time, without the site's test inline.
        if self.runs_once() {
            let w = self.call_word(
                self.rt.load_global_fill,
                &[self.ctx.into(), pc32.into(), name.into(), site.into()],
            )?;
            return self.finish_word(pc, dst, w);
        }
        let version = |dict: IntValue<'ctx>| -> Built<IntValue<'ctx>> {
            Ok(self
                .field(
                    dict,
                    self.thread_word(CtxField::DictVersionOffset)?,
                    word.into(),
                )?
                .into_int_value())
        };
        let cached = |i: u32| -> Built<IntValue<'ctx>> {
            let p = self.b.build_struct_gep(ty, site, i, "")?;
            Ok(self.b.build_load(word, p, "")?.into_int_value())
        };
        let same_globals =
            self.b
                .build_int_compare(IntPredicate::EQ, version(self.globals)?, cached(0)?, "")?;
        let same_builtins = self.b.build_int_compare(
            IntPredicate::EQ,
            version(self.thread_word(CtxField::Builtins)?)?,
            cached(1)?,
            "",
        )?;
        let hit = self.b.build_and(same_globals, same_builtins, "")?;
        let (found, lookup, done) = (
            self.block("global.hit"),
            self.block("global.lookup"),
            self.block("global.done"),
        );
        self.b.build_conditional_branch(hit, found, lookup)?;
        self.b.position_at_end(found);
        let w = cached(2)?;
        // A site is filled only with a found value, never 0: LLVM then
        // drops the hit's test for an exception.
        if let Some(load) = w.as_instruction_value() {
            let nonzero = self
                .rt
                .context
                .metadata_node(&[word.const_int(1, false).into(), word.const_zero().into()]);
            let kind = self.rt.context.get_kind_id("range");
            load.set_metadata(nonzero, kind)
                .map_err(|_| BuilderError::UnsetPosition)?;
        }
        self.incref(w)?;
        self.b.build_unconditional_branch(done)?;
        self.b.position_at_end(lookup);
        let looked_up = self.call_word(
            self.rt.load_global_fill,
            &[self.ctx.into(), pc32.into(), name.into(), site.into()],
        )?;
        let lookup_end = self.b.get_insert_block().unwrap_or(lookup);
        self.b.build_unconditional_branch(done)?;
        self.b.position_at_end(done);
        let phi = self.b.build_phi(word, "")?;
        phi.add_incoming(&[(&w, found), (&looked_up, lookup_end)]);
        self.finish_word(pc, dst, phi.as_basic_value().into_int_value())
    }

    /// `load.deref` and `load.closure` (`closure`: the cell itself)
    /// through the runtime, which finds the cell without a frame; an empty
    /// cell takes the VM's step, which raises NameError.
    fn load_cell(&mut self, pc: usize, dst: u32, cell: u32, closure: bool) -> Built<()> {
        // Code that runs once per call keeps the call: compact.
        if !closure && !self.runs_once() && self.inline_cells() {
            return self.load_deref_inline(pc, dst, cell);
        }
        let f = if closure {
            self.rt.load_closure
        } else {
            self.rt.load_deref
        };
        let cell = self.rt.i32.const_int(u64::from(cell), false);
        let w = self.call_word(f, &[self.ctx.into(), cell.into()])?;
        let empty = self.is_zero(w)?;
        self.slow_if(pc, empty)?;
        self.replace(self.regs, dst, w)?;
        self.next(pc)
    }

    /// Whether this build of the runtime measured where cells keep their
    /// values (`layout::CellLayout`), so that native code reads them.
    fn inline_cells(&self) -> bool {
        self.rt
            .layout
            .iter()
            .any(|&(i, v)| i == CtxField::CellValueOffset.index() && v != 0)
    }

    /// `load.deref` read inline: the cell from the frame's cells, or from
    /// the function's closure when a direct call has no frame (the cells
    /// `pyrt_load_deref` finds), then its value. An index past the cells,
    /// an object that is no cell or an empty cell takes the VM's step.
    fn load_deref_inline(&mut self, pc: usize, dst: u32, cell: u32) -> Built<()> {
        let word = self.rt.word;
        let frame = self.ctx_field(CtxField::Frame)?.into_pointer_value();
        let frame = self.b.build_ptr_to_int(frame, word, "frame")?;
        let (in_frame, in_function, join) = (
            self.block(&format!("cells.frame{pc}")),
            self.block(&format!("cells.function{pc}")),
            self.block(&format!("cells{pc}")),
        );
        // Only a function that takes direct calls runs without a frame.
        let framed = if takes_direct_calls(self.co) {
            self.b
                .build_int_compare(IntPredicate::NE, frame, self.word(0), "")?
        } else {
            self.rt.context.bool_type().const_int(1, false)
        };
        self.b
            .build_conditional_branch(framed, in_frame, in_function)?;
        let vector = |this: &Self, base: IntValue<'ctx>, ptr: CtxField, len: CtxField| {
            let items = this.field(base, this.thread_word(ptr)?, word.into())?;
            let n = this.field(base, this.thread_word(len)?, word.into())?;
            this.b.build_unconditional_branch(join)?;
            Built::Ok((items.into_int_value(), n.into_int_value()))
        };
        self.b.position_at_end(in_frame);
        let of_frame = vector(
            self,
            frame,
            CtxField::FrameCellsOffset,
            CtxField::FrameCellsLenOffset,
        )?;
        self.b.position_at_end(in_function);
        let fdata = self.ctx_field(CtxField::Fdata)?.into_pointer_value();
        let fdata = self.b.build_ptr_to_int(fdata, word, "fdata")?;
        let of_function = vector(
            self,
            fdata,
            CtxField::ClosureOffset,
            CtxField::ClosureLenOffset,
        )?;
        self.b.position_at_end(join);
        let items = self.b.build_phi(word, "cells")?;
        items.add_incoming(&[(&of_frame.0, in_frame), (&of_function.0, in_function)]);
        let n = self.b.build_phi(word, "ncells")?;
        n.add_incoming(&[(&of_frame.1, in_frame), (&of_function.1, in_function)]);
        let index = self.word(i64::from(cell));
        let past = self.b.build_int_compare(
            IntPredicate::UGE,
            index,
            n.as_basic_value().into_int_value(),
            "",
        )?;
        self.slow_if(pc, past)?;
        let c = self.field(
            items.as_basic_value().into_int_value(),
            self.word(i64::from(cell) * 8),
            word.into(),
        )?;
        let c = c.into_int_value();
        let tag = self.b.build_and(c, self.word(1), "")?;
        let small = self
            .b
            .build_int_compare(IntPredicate::NE, tag, self.word(0), "")?;
        self.slow_if(pc, small)?;
        let is_cell = self.type_is(c, CtxField::CellType)?;
        let not_cell = self.b.build_not(is_cell, "")?;
        self.slow_if(pc, not_cell)?;
        let v = self
            .field(c, self.thread_word(CtxField::CellValueOffset)?, word.into())?
            .into_int_value();
        let empty = self.is_zero(v)?;
        self.slow_if(pc, empty)?;
        self.incref(v)?;
        self.replace(self.regs, dst, v)?;
        self.next(pc)
    }

    /// `super.zero` through `pyrt_super_zero`; when the name `super`
    /// means something else, the VM's step calls it.
    fn super_zero(&mut self, pc: usize, dst: u32, operands: [u32; 3]) -> Built<()> {
        let ws = self.operands(pc, &operands)?;
        // The result goes through the first word of the argument area.
        let r = self.call_word(
            self.rt.super_zero,
            &[ws[0].into(), ws[1].into(), ws[2].into(), self.args.into()],
        )?;
        let (made, slow, unwind) = (
            self.block(&format!("super{pc}")),
            self.slow(pc)?,
            self.unwind(pc)?,
        );
        self.b.build_switch(
            r,
            unwind,
            &[
                (self.rt.i32.const_int(1, false), made),
                (self.rt.i32.const_zero(), slow),
            ],
        )?;
        self.b.position_at_end(made);
        let w = self
            .b
            .build_load(self.rt.word, self.args, "super")?
            .into_int_value();
        self.replace(self.regs, dst, w)?;
        self.next(pc)
    }

    /// When `super.zero` at `pc` (result `dst`) is followed by a
    /// `load_method` of that result and nothing else reads it, as lowering
    /// emits `super().name(...)`: that `load_method`'s method and receiver
    /// registers and name.
    fn fused_super_method(&self, pc: usize, dst: u32) -> Option<(u32, u32, u32)> {
        let Some(&Instr::LoadMethod {
            dst: method,
            self_,
            name,
            obj,
        }) = self.co.code.get(pc + 1)
        else {
            return None;
        };
        // The load_method's block is skipped: nothing may be released on
        // the way into it (`Gen::release_dead`).
        if obj != dst || self.released.get(pc + 1).is_some_and(|r| !r.is_empty()) {
            return None;
        }
        let mut reads = 0;
        for instr in &self.co.code {
            instr.for_each_operand(|_, op| match op {
                Operand::Reg(r) | Operand::Take(r) | Operand::OptReg(Some(r)) if r == dst => {
                    reads += 1
                }
                Operand::Args(range) => {
                    let regs = range.regs(&self.co.operands).unwrap_or_default();
                    reads += regs.iter().filter(|&&r| r == dst).count();
                }
                _ => {}
            });
        }
        (reads == 1).then_some((method, self_, name))
    }

    /// `super().name` for a call (`fused_super_method`): `pyrt_super_method`
    /// loads the method without making the super object and the code goes
    /// on after the `load_method`; when `super` is not the builtin super,
    /// the two instructions run as they are.
    fn super_method(
        &mut self,
        pc: usize,
        dst: u32,
        operands: [u32; 3],
        (method, self_, name): (u32, u32, u32),
    ) -> Built<()> {
        let ws = self.operands(pc, &operands)?;
        for (i, w) in ws.iter().enumerate() {
            let p = self.slot(self.args, i as u32)?;
            self.b.build_store(p, *w)?;
        }
        let receiver_at = self.slot(self.args, 1)?;
        let n = self.rt.i32.const_int(u64::from(name), false);
        let r = self
            .b
            .build_call(
                self.rt.super_method,
                &[
                    self.ctx.into(),
                    self.args.into(),
                    n.into(),
                    self.args.into(),
                    receiver_at.into(),
                ],
                "",
            )?
            .try_as_basic_value()
            .basic()
            .map(|v| v.into_int_value())
            .ok_or(BuilderError::UnsetPosition)?;
        let (loaded, plain) = (
            self.block(&format!("super.loaded{pc}")),
            self.block(&format!("super.plain{pc}")),
        );
        let (unmade, unloaded) = (self.unwind(pc)?, self.unwind(pc + 1)?);
        let i32 = self.rt.i32;
        self.b.build_switch(
            r,
            unloaded,
            &[
                (i32.const_int(1, false), loaded),
                (i32.const_zero(), plain),
                (i32.const_all_ones(), unmade),
            ],
        )?;
        self.b.position_at_end(loaded);
        let f = self
            .b
            .build_load(self.rt.word, self.args, "method")?
            .into_int_value();
        let receiver = self
            .b
            .build_load(self.rt.word, receiver_at, "receiver")?
            .into_int_value();
        self.replace(self.regs, method, f)?;
        self.replace(self.regs, self_, receiver)?;
        // No super object was made; the bound analysis takes `dst` set.
        self.replace(self.regs, dst, self.spent())?;
        self.next(pc + 1)?;
        self.b.position_at_end(plain);
        self.super_zero(pc, dst, operands)
    }

    /// `-a`, `+a`, `~a`: of a small int inline (`-` of the smallest one
    /// overflows: the runtime makes the big int), else `pyrt_unary`.
    fn unary(&mut self, pc: usize, dst: u32, a: u32, op: Unary) -> Built<()> {
        let w = self.operands(pc, &[a])?[0];
        let tag = self.b.build_and(w, self.word(1), "")?;
        let mut small = self
            .b
            .build_int_compare(IntPredicate::NE, tag, self.word(0), "")?;
        if op == Unary::Neg {
            // The word of the smallest small int, whose negation is not one.
            let min = self.word((SMALL_MIN << 1) | 1);
            let fits = self.b.build_int_compare(IntPredicate::NE, w, min, "")?;
            small = self.b.build_and(small, fits, "")?;
        }
        let (fast, generic) = (
            self.block(&format!("unary{pc}")),
            self.block(&format!("unary.generic{pc}")),
        );
        self.b.build_conditional_branch(small, fast, generic)?;
        self.b.position_at_end(fast);
        // With w = 2x + 1: -x is 2 - w, ~x is -w, +x is w.
        let r = match op {
            Unary::Neg => self.b.build_int_sub(self.word(2), w, "")?,
            Unary::Invert => self.b.build_int_neg(w, "")?,
            Unary::Pos => w,
        };
        self.replace(self.regs, dst, r)?;
        self.next(pc)?;
        self.b.position_at_end(generic);
        let code = self.rt.i32.const_int(op as u64, false);
        let r = self.call_word(self.rt.unary, &[w.into(), code.into()])?;
        self.finish_word(pc, dst, r)
    }

    /// `exc.match` through `pyrt_exc_match`: True or False to `dst`.
    fn exc_match(&mut self, pc: usize, dst: u32, exc: u32, ty: u32) -> Built<()> {
        let ws = self.operands(pc, &[exc, ty])?;
        let r = self.call_word(self.rt.exc_match, &[ws[0].into(), ws[1].into()])?;
        let raised =
            self.b
                .build_int_compare(IntPredicate::SLT, r, self.rt.i32.const_zero(), "")?;
        let (unwind, go) = (self.unwind(pc)?, self.block(&format!("matched{pc}")));
        self.b.build_conditional_branch(raised, unwind, go)?;
        self.b.position_at_end(go);
        let yes = self
            .b
            .build_int_compare(IntPredicate::NE, r, self.rt.i32.const_zero(), "")?;
        let w = self
            .b
            .build_select(
                yes,
                self.thread_word(CtxField::True)?,
                self.thread_word(CtxField::False)?,
                "",
            )?
            .into_int_value();
        self.replace(self.regs, dst, w)?;
        self.next(pc)
    }

    /// `raise`: the exception made and left pending by `pyrt_raise`, then
    /// unwound (the VM's step would first make a direct call's frame,
    /// which raising does not need).
    fn raise(&mut self, pc: usize, exc: Option<u32>, cause: Option<u32>) -> Built<()> {
        let regs: Vec<u32> = exc.into_iter().chain(cause).collect();
        let words = self.operands(pc, &regs)?;
        let absent = self.word(0);
        // The cause, when there is one, is the last operand.
        let e = exc.and(words.first().copied()).unwrap_or(absent);
        let c = cause.and(words.last().copied()).unwrap_or(absent);
        self.b
            .build_call(self.rt.raise, &[e.into(), c.into()], "")?;
        let unwind = self.unwind(pc)?;
        self.b.build_unconditional_branch(unwind)?;
        Ok(())
    }

    /// `tuple.build` / `list.build` through `pyrt_build_seq`, the items'
    /// words passed in the argument area.
    fn build_seq(
        &mut self,
        pc: usize,
        dst: u32,
        items: compiler::bytecode::ArgRange,
        list: bool,
    ) -> Built<()> {
        let Some(regs) = items.regs(&self.co.operands) else {
            return self.step(pc);
        };
        let regs = regs.to_vec();
        let words = self.operands(pc, &regs)?;
        for (i, w) in words.iter().enumerate() {
            let p = self.slot(self.args, i as u32)?;
            self.b.build_store(p, *w)?;
        }
        let n = self.rt.i32.const_int(words.len() as u64, false);
        let list = self.rt.i32.const_int(u64::from(list), false);
        let w = self.call_word(
            self.rt.build_seq,
            &[self.args.into(), n.into(), list.into()],
        )?;
        self.finish_word(pc, dst, w)
    }

    /// `store.deref` through `pyrt_store_deref`.
    fn store_deref(&mut self, pc: usize, cell: u32, src: u32) -> Built<()> {
        let ws = self.operands(pc, &[src])?;
        let cell = self.rt.i32.const_int(u64::from(cell), false);
        self.b.build_call(
            self.rt.store_deref,
            &[self.ctx.into(), cell.into(), ws[0].into()],
            "",
        )?;
        self.next(pc)
    }

    /// `load_method`: through the site's cache (`abi::MethodSite`) when it
    /// holds for the object's type and the object has no instance dict,
    /// else through `pyrt_load_method`, which fills the cache.
    fn load_method(
        &mut self,
        pc: usize,
        (dst, self_): (u32, u32),
        name: u32,
        obj: IntValue<'ctx>,
    ) -> Built<()> {
        let word = self.rt.word;
        let (ty, site) = self.site(5, "method.site");
        let cached = |i: u32| -> Built<IntValue<'ctx>> {
            let p = self.b.build_struct_gep(ty, site, i, "")?;
            Ok(self.b.build_load(word, p, "")?.into_int_value())
        };
        let (check, found, lookup, done) = (
            self.block(&format!("method.check{pc}")),
            self.block(&format!("method.hit{pc}")),
            self.block(&format!("method.lookup{pc}")),
            self.block(&format!("method.done{pc}")),
        );
        let (typed, dicted) = (
            self.block(&format!("method.typed{pc}")),
            self.block(&format!("method.dict{pc}")),
        );
        let same = self.same_type_and_epoch(obj, (ty, site), check, lookup)?;
        self.b.build_conditional_branch(same, typed, lookup)?;
        self.b.position_at_end(typed);
        let dict_offset = self.thread_word(CtxField::DictOffset)?;
        let dict = self.field(obj, dict_offset, word.into())?.into_int_value();
        let no_dict = self.is_zero(dict)?;
        self.b.build_conditional_branch(no_dict, found, dicted)?;
        // An instance dict may shadow the method: the runtime looks.
        self.b.position_at_end(dicted);
        let unshadowed = self.call_word(self.rt.method_unshadowed, &[obj.into(), site.into()])?;
        let shadowed = self.is_zero(unshadowed)?;
        self.b.build_conditional_branch(shadowed, lookup, found)?;
        self.b.position_at_end(found);
        let method = cached(2)?;
        self.incref(method)?;
        self.incref(obj)?;
        self.b.build_unconditional_branch(done)?;
        self.b.position_at_end(lookup);
        let n = self.rt.i32.const_int(u64::from(name), false);
        let pc32 = self.rt.i32.const_int(pc as u64, false);
        // The receiver comes back through the argument area.
        let looked_up = self.call_word(
            self.rt.load_method,
            &[
                self.ctx.into(),
                pc32.into(),
                obj.into(),
                n.into(),
                self.args.into(),
                site.into(),
            ],
        )?;
        self.unwind_if_zero(pc, looked_up)?;
        let receiver = self
            .b
            .build_load(word, self.args, "receiver")?
            .into_int_value();
        let lookup_end = self.b.get_insert_block().unwrap_or(lookup);
        self.b.build_unconditional_branch(done)?;
        self.b.position_at_end(done);
        let f = self.b.build_phi(word, "method")?;
        f.add_incoming(&[(&method, found), (&looked_up, lookup_end)]);
        let recv = self.b.build_phi(word, "receiver")?;
        recv.add_incoming(&[(&obj, found), (&receiver, lookup_end)]);
        self.replace(self.regs, dst, f.as_basic_value().into_int_value())?;
        self.replace(self.regs, self_, recv.as_basic_value().into_int_value())?;
        self.next(pc)
    }

    /// A per-thread field of the context, loaded where it is used: a
    /// direct call then loads only what its path needs (loading them all
    /// on entry cost each of fib's calls some forty instructions of loads
    /// and spills).
    fn thread_field(&self, f: CtxField) -> Built<inkwell::values::BasicValueEnum<'ctx>> {
        // A layout word is a constant of the runtime's build.
        let constant = self.rt.layout.iter().find(|&&(i, _)| i == f.index());
        if let Some(&(_, v)) = constant.filter(|_| !f.is_pointer()) {
            return Ok(self.rt.word.const_int(v, false).into());
        }
        let p = self
            .b
            .build_struct_gep(self.rt.ctx, self.thread, f.index(), "")?;
        let ty = if f.is_pointer() {
            self.rt.ptr.as_basic_type_enum()
        } else {
            self.rt.word.as_basic_type_enum()
        };
        let v = self.b.build_load(ty, p, "")?;
        if let Some(load) = v.as_instruction_value() {
            // Filled before any native code runs and never written again
            // (`abi::thread_ctx`).
            let kind = self.rt.context.get_kind_id("invariant.load");
            load.set_metadata(self.rt.context.metadata_node(&[]), kind)
                .map_err(|_| BuilderError::UnsetPosition)?;
        }
        Ok(v)
    }

    /// Whether heap object `w`'s type is the one whose word the thread's
    /// context holds in `ty`.
    fn type_is(&self, w: IntValue<'ctx>, ty: CtxField) -> Built<IntValue<'ctx>> {
        let offset = self.thread_word(CtxField::TypeOffset)?;
        let t = self.field(w, offset, self.rt.word.into())?.into_int_value();
        self.b
            .build_int_compare(IntPredicate::EQ, t, self.thread_word(ty)?, "")
    }

    /// A per-thread word of the context (`thread_field`).
    fn thread_word(&self, f: CtxField) -> Built<IntValue<'ctx>> {
        Ok(self.thread_field(f)?.into_int_value())
    }

    /// A per-thread pointer of the context (`thread_field`).
    fn thread_ptr(&self, f: CtxField) -> Built<PointerValue<'ctx>> {
        Ok(self.thread_field(f)?.into_pointer_value())
    }

    /// For a site cache whose first two words are a type's word and a
    /// type-lookup epoch: goes to `check` when `obj` is a heap object, and
    /// gives whether its type and the thread's epoch are the cached ones
    /// (computed in `check`); a small int goes to `miss`.
    fn same_type_and_epoch(
        &self,
        obj: IntValue<'ctx>,
        (ty, site): (inkwell::types::StructType<'ctx>, PointerValue<'ctx>),
        check: BasicBlock<'ctx>,
        miss: BasicBlock<'ctx>,
    ) -> Built<IntValue<'ctx>> {
        let word = self.rt.word;
        let tag = self.b.build_and(obj, self.word(1), "")?;
        let heap = self.is_zero(tag)?;
        self.b.build_conditional_branch(heap, check, miss)?;
        self.b.position_at_end(check);
        let cached = |i: u32| -> Built<IntValue<'ctx>> {
            let p = self.b.build_struct_gep(ty, site, i, "")?;
            Ok(self.b.build_load(word, p, "")?.into_int_value())
        };
        let epoch_ptr = self.thread_ptr(CtxField::Epoch)?;
        let epoch = self
            .b
            .build_load(word, epoch_ptr, "epoch")?
            .into_int_value();
        let obj_ty = self
            .field(obj, self.thread_word(CtxField::TypeOffset)?, word.into())?
            .into_int_value();
        let same_type = self
            .b
            .build_int_compare(IntPredicate::EQ, obj_ty, cached(0)?, "")?;
        let same_epoch = self
            .b
            .build_int_compare(IntPredicate::EQ, epoch, cached(1)?, "")?;
        self.b.build_and(same_type, same_epoch, "")
    }

    /// A new site cache of `n` words, zeroed (no type is 0).
    fn site(&self, n: usize, name: &str) -> (inkwell::types::StructType<'ctx>, PointerValue<'ctx>) {
        let word = self.rt.word;
        let ty = self.rt.context.struct_type(&vec![word.into(); n], false);
        let site = self.rt.module.add_global(ty, None, name);
        site.set_linkage(Linkage::Internal);
        site.set_initializer(&ty.const_zero());
        (ty, site.as_pointer_value())
    }

    /// The inline half of `attr.get` (no `value`) and `attr.set`: a new
    /// site cache (`abi::AttrSite`: where the instance dict of objects of
    /// the cached type held the name), its type and epoch checked, then
    /// `pyrt_get_hinted` / `pyrt_set_hinted`, whose 0 (missed) goes to the
    /// full path. Leaves the builder in the full path's block.
    fn attr_fast_path(
        &mut self,
        pc: usize,
        obj: IntValue<'ctx>,
        value: Option<IntValue<'ctx>>,
    ) -> Built<AttrPath<'ctx>> {
        let (ty, site) = self.site(6, "attr.site");
        let (check, hinted, lookup, done) = (
            self.block(&format!("attr.check{pc}")),
            self.block(&format!("attr.hinted{pc}")),
            self.block(&format!("attr.lookup{pc}")),
            self.block(&format!("attr.done{pc}")),
        );
        let same = self.same_type_and_epoch(obj, (ty, site), check, lookup)?;
        self.b.build_conditional_branch(same, hinted, lookup)?;
        self.b.position_at_end(hinted);
        let (fast, hinted) = match value {
            None => self.hinted_read(pc, obj, (ty, site))?,
            Some(v) => self.hinted_write(pc, obj, v, (ty, site))?,
        };
        let missed = self.is_zero(fast)?;
        self.b.build_conditional_branch(missed, lookup, done)?;
        self.b.position_at_end(lookup);
        Ok(AttrPath {
            site,
            hinted,
            fast,
            done,
        })
    }

    /// The entry of `obj`'s instance dict at the position a site whose
    /// type and epoch hold cached (`layout::DictLayout`), when it still
    /// holds the name: the dict not borrowed, the position in range, the
    /// key the name itself, the value set. Gives the dict, the entry's
    /// address and its value, the builder where they hold; anything else
    /// goes to `call` (a class attribute's hint, `usize::MAX`, is never in
    /// range).
    fn hinted_entry(
        &mut self,
        pc: usize,
        obj: IntValue<'ctx>,
        (ty, site): (inkwell::types::StructType<'ctx>, PointerValue<'ctx>),
        call: BasicBlock<'ctx>,
    ) -> Built<[IntValue<'ctx>; 3]> {
        let word = self.rt.word;
        let cached = |i: u32| -> Built<IntValue<'ctx>> {
            let p = self.b.build_struct_gep(ty, site, i, "")?;
            Ok(self.b.build_load(word, p, "")?.into_int_value())
        };
        let [in_dict, in_table, at_entry, live] =
            ["dict", "table", "entry", "live"].map(|n| self.block(&format!("attr.{n}{pc}")));
        let dict = self
            .field(obj, self.thread_word(CtxField::DictOffset)?, word.into())?
            .into_int_value();
        let entry_size = self.thread_word(CtxField::DictEntrySize)?;
        let has_dict = self
            .b
            .build_int_compare(IntPredicate::NE, dict, word.const_zero(), "")?;
        let measured =
            self.b
                .build_int_compare(IntPredicate::NE, entry_size, word.const_zero(), "")?;
        let go = self.b.build_and(has_dict, measured, "")?;
        self.b.build_conditional_branch(go, in_dict, call)?;
        self.b.position_at_end(in_dict);
        let flag = self
            .field(
                dict,
                self.thread_word(CtxField::DictTableFlag)?,
                word.into(),
            )?
            .into_int_value();
        let len = self
            .field(
                dict,
                self.thread_word(CtxField::DictEntriesLen)?,
                word.into(),
            )?
            .into_int_value();
        let hint = cached(2)?;
        let idle = self.is_zero(flag)?;
        let in_range = self.b.build_int_compare(IntPredicate::ULT, hint, len, "")?;
        let go = self.b.build_and(idle, in_range, "")?;
        self.b.build_conditional_branch(go, in_table, call)?;
        self.b.position_at_end(in_table);
        let entries = self
            .field(dict, self.thread_word(CtxField::DictEntries)?, word.into())?
            .into_int_value();
        let offset = self.b.build_int_mul(hint, entry_size, "")?;
        let entry = self.b.build_int_add(entries, offset, "")?;
        let key = self
            .field(
                entry,
                self.thread_word(CtxField::DictEntryKey)?,
                word.into(),
            )?
            .into_int_value();
        let same = self
            .b
            .build_int_compare(IntPredicate::EQ, key, cached(3)?, "")?;
        self.b.build_conditional_branch(same, at_entry, call)?;
        self.b.position_at_end(at_entry);
        let value = self
            .field(
                entry,
                self.thread_word(CtxField::DictEntryValue)?,
                word.into(),
            )?
            .into_int_value();
        let set = self
            .b
            .build_int_compare(IntPredicate::NE, value, word.const_zero(), "")?;
        self.b.build_conditional_branch(set, live, call)?;
        self.b.position_at_end(live);
        Ok([dict, entry, value])
    }

    /// The read of an `attr.get` site that holds for `obj`'s type: the
    /// value at the cached entry (`hinted_entry`), else `pyrt_get_hinted`
    /// (a class attribute, a moved entry). The owned value or 0, and the
    /// block that has it.
    fn hinted_read(
        &mut self,
        pc: usize,
        obj: IntValue<'ctx>,
        site: (inkwell::types::StructType<'ctx>, PointerValue<'ctx>),
    ) -> Built<(IntValue<'ctx>, BasicBlock<'ctx>)> {
        let (call, got) = (
            self.block(&format!("attr.call{pc}")),
            self.block(&format!("attr.got{pc}")),
        );
        let [_, _, value] = self.hinted_entry(pc, obj, site, call)?;
        self.incref(value)?;
        let hit = self.current()?;
        self.b.build_unconditional_branch(got)?;
        self.b.position_at_end(call);
        let called = self.call_word(self.rt.get_hinted, &[obj.into(), site.1.into()])?;
        self.b.build_unconditional_branch(got)?;
        self.b.position_at_end(got);
        let w = self.b.build_phi(self.rt.word, "hinted")?;
        w.add_incoming(&[(&value, hit), (&called, call)]);
        Ok((w.as_basic_value().into_int_value(), got))
    }

    /// The write of an `attr.set` site that holds for `obj`'s type:
    /// `value` replaces the cached entry's (`hinted_entry`) as
    /// `dict::hinted_replace` does (the dict's version moves; the old
    /// value is released after the store), unless the dict is a type's
    /// namespace; else `pyrt_set_hinted`. 1 when done, 0 when not, and
    /// the block that has it.
    fn hinted_write(
        &mut self,
        pc: usize,
        obj: IntValue<'ctx>,
        value: IntValue<'ctx>,
        site: (inkwell::types::StructType<'ctx>, PointerValue<'ctx>),
    ) -> Built<(IntValue<'ctx>, BasicBlock<'ctx>)> {
        let word = self.rt.word;
        let [call, got, store] =
            ["call", "set", "store"].map(|n| self.block(&format!("attr.{n}{pc}")));
        let [dict, entry, old] = self.hinted_entry(pc, obj, site, call)?;
        let ns_offset = self.thread_word(CtxField::DictNamespaceOffset)?;
        let ns = self
            .field(dict, ns_offset, self.rt.context.i8_type().into())?
            .into_int_value();
        let plain =
            self.b
                .build_int_compare(IntPredicate::EQ, ns, ns.get_type().const_zero(), "")?;
        self.b.build_conditional_branch(plain, store, call)?;
        self.b.position_at_end(store);
        self.incref_set(value)?;
        let value_offset = self.thread_word(CtxField::DictEntryValue)?;
        let at = self.b.build_int_add(entry, value_offset, "")?;
        let at = self.b.build_int_to_ptr(at, self.rt.ptr, "")?;
        self.b.build_store(at, value)?;
        let next = self.thread_ptr(CtxField::NextDictVersion)?;
        let version = self.b.build_load(word, next, "version")?.into_int_value();
        let at = self
            .b
            .build_int_add(dict, self.thread_word(CtxField::DictVersionOffset)?, "")?;
        let at = self.b.build_int_to_ptr(at, self.rt.ptr, "")?;
        self.b.build_store(at, version)?;
        let following = self.b.build_int_add(version, self.word(1), "")?;
        self.b.build_store(next, following)?;
        self.decref(old)?;
        let done = self.current()?;
        self.b.build_unconditional_branch(got)?;
        self.b.position_at_end(call);
        let called = self.call_word(
            self.rt.set_hinted,
            &[obj.into(), site.1.into(), value.into()],
        )?;
        self.b.build_unconditional_branch(got)?;
        self.b.position_at_end(got);
        let w = self.b.build_phi(word, "stored")?;
        w.add_incoming(&[(&self.word(1), done), (&called, call)]);
        Ok((w.as_basic_value().into_int_value(), got))
    }

    /// `attr.get`: through the site's cache when it holds, else through
    /// `pyrt_getattr`, which fills it.
    fn attr_get(&mut self, pc: usize, dst: u32, name: u32, obj: IntValue<'ctx>) -> Built<()> {
        let path = self.attr_fast_path(pc, obj, None)?;
        let n = self.rt.i32.const_int(u64::from(name), false);
        let pc32 = self.rt.i32.const_int(pc as u64, false);
        let slow = self.call_word(
            self.rt.getattr,
            &[
                self.ctx.into(),
                pc32.into(),
                obj.into(),
                n.into(),
                path.site.into(),
            ],
        )?;
        self.unwind_if_zero(pc, slow)?;
        let slow_end = self.b.get_insert_block().unwrap_or(path.done);
        self.b.build_unconditional_branch(path.done)?;
        self.b.position_at_end(path.done);
        let w = self.b.build_phi(self.rt.word, "attr")?;
        w.add_incoming(&[(&path.fast, path.hinted), (&slow, slow_end)]);
        self.replace(self.regs, dst, w.as_basic_value().into_int_value())?;
        self.next(pc)
    }

    /// `attr.set`: as `attr_get`, replacing the value in place.
    fn attr_set(
        &mut self,
        pc: usize,
        name: u32,
        (obj, value): (IntValue<'ctx>, IntValue<'ctx>),
    ) -> Built<()> {
        let path = self.attr_fast_path(pc, obj, Some(value))?;
        let n = self.rt.i32.const_int(u64::from(name), false);
        let pc32 = self.rt.i32.const_int(pc as u64, false);
        let status = self.call_word(
            self.rt.setattr,
            &[
                self.ctx.into(),
                pc32.into(),
                obj.into(),
                n.into(),
                value.into(),
                path.site.into(),
            ],
        )?;
        let failed = self.b.build_int_compare(
            IntPredicate::NE,
            status,
            status.get_type().const_zero(),
            "",
        )?;
        let unwind = self.unwind(pc)?;
        self.b.build_conditional_branch(failed, unwind, path.done)?;
        self.b.position_at_end(path.done);
        self.next(pc)
    }

    /// `call` / `call_method`: the argument words go to `pyrt_call` in
    /// place (no copies, no count updates). A method call's receiver, when
    /// `load_method` found one, is moved out of its register first, as the
    /// VM does, and released after the call.
    fn call(
        &mut self,
        pc: usize,
        dst: u32,
        kwnames: Option<u32>,
        callee: u32,
        receiver: Option<u32>,
        args: compiler::bytecode::ArgRange,
    ) -> Built<()> {
        let Some(regs) = args.regs(&self.co.operands) else {
            return self.step(pc);
        };
        let f = self.read(callee)?;
        let mut unset = self.unset(callee, f)?;
        let mut words = Vec::with_capacity(regs.len());
        for &r in regs {
            let w = self.read(r)?;
            let z = self.unset(r, w)?;
            unset = self.b.build_or(unset, z, "")?;
            words.push(w);
        }
        self.slow_if(pc, unset)?;
        for (i, w) in words.iter().enumerate() {
            let p = self.slot(self.args, i as u32 + 1)?;
            self.b.build_store(p, *w)?;
        }
        let n = self.rt.i32.const_int(words.len() as u64, false);
        let (base, count, recv) = match receiver {
            None => (self.slot(self.args, 1)?, n, None),
            Some(r) => {
                let recv = self.load(self.regs, r)?;
                let p = self.slot(self.regs, r)?;
                self.b.build_store(p, self.rt.word.const_zero())?;
                self.b.build_store(self.args, recv)?;
                let has = self.b.build_int_compare(
                    IntPredicate::NE,
                    recv,
                    self.rt.word.const_zero(),
                    "",
                )?;
                let from = self.slot(self.args, 1)?;
                let base = self
                    .b
                    .build_select(has, self.args, from, "")?
                    .into_pointer_value();
                let one = self.b.build_int_z_extend(has, self.rt.i32, "")?;
                let count = self.b.build_int_add(n, one, "")?;
                (base, count, Some(recv))
            }
        };
        // Code that runs once per call makes the generic call alone
        // (`Gen::once`).
        let once = self.runs_once();
        let named = |name| !once && self.loaded.may_be(self.co, pc, name);
        match (recv, kwnames, words.as_slice()) {
            (Some(recv), None, [item]) if named("append") => {
                self.list_append(pc, dst, f, recv, *item)?
            }
            (None, None, [arg]) if named("len") => self.list_len(pc, dst, f, *arg)?,
            _ => {}
        }
        let direct = match kwnames {
            None if !once => Some(self.direct_call(pc, dst, recv, (f, base, count))?),
            _ => None,
        };
        let frame = self.ctx;
        let kw = self
            .rt
            .word
            .const_int(kwnames.map_or(u64::MAX, u64::from), kwnames.is_none());
        let mut w = self.call_word(
            self.rt.call,
            &[frame.into(), f.into(), base.into(), count.into(), kw.into()],
        )?;
        self.frame_reader(pc, receiver.zip(recv), w)?;
        if let Some((done, direct_w, direct_from)) = direct {
            let generic_from = self.b.get_insert_block();
            self.b.build_unconditional_branch(done)?;
            self.b.position_at_end(done);
            let phi = self.b.build_phi(self.rt.word, "")?;
            phi.add_incoming(&[(&direct_w, direct_from)]);
            if let Some(g) = generic_from {
                phi.add_incoming(&[(&w, g)]);
            }
            w = phi.as_basic_value().into_int_value();
        }
        if let Some(recv) = recv {
            self.decref(recv)?;
        }
        self.finish_word(pc, dst, w)
    }

    /// After `pyrt_call` returned `w`: when it is `READS_FRAME` (the
    /// callee is `locals()`, `vars()`, `dir()`, `eval` or `exec`, which
    /// read the caller's fast locals, not kept current in the frame
    /// across calls), the call and the rest of the function run on the
    /// VM from the call's pc, the receiver back in its register.
    fn frame_reader(
        &mut self,
        pc: usize,
        receiver: Option<(u32, IntValue<'ctx>)>,
        w: IntValue<'ctx>,
    ) -> Built<()> {
        let reads = self.b.build_int_compare(
            IntPredicate::EQ,
            w,
            self.rt.word.const_int(READS_FRAME, false),
            "",
        )?;
        let (vm, go) = (
            self.block(&format!("reads.frame{pc}")),
            self.block(&format!("called{pc}")),
        );
        self.b.build_conditional_branch(reads, vm, go)?;
        self.b.position_at_end(vm);
        if let Some((r, recv)) = receiver {
            let p = self.slot(self.regs, r)?;
            self.b.build_store(p, recv)?;
        }
        let resume = self.deopt(pc)?;
        self.b.build_unconditional_branch(resume)?;
        self.b.position_at_end(go);
        Ok(())
    }

    /// `lst.append(item)` inline when the method is `list.append`, the
    /// receiver exactly a list with nothing borrowing its items and room
    /// for one more: the item stored (a new reference) past the end, the
    /// length one more, the result None. Leaves the builder where anything
    /// else continues (the generic call).
    fn list_append(
        &mut self,
        pc: usize,
        dst: u32,
        f: IntValue<'ctx>,
        recv: IntValue<'ctx>,
        item: IntValue<'ctx>,
    ) -> Built<()> {
        let word = self.rt.word;
        let [is_append, room, generic] =
            ["append", "append.room", "append.generic"].map(|n| self.block(&format!("{n}{pc}")));
        let append = self.thread_word(CtxField::ListAppend)?;
        let same = self.b.build_int_compare(IntPredicate::EQ, f, append, "")?;
        // A receiver of 0 (the method came unbound) is no list either.
        let set = self
            .b
            .build_int_compare(IntPredicate::NE, recv, word.const_zero(), "")?;
        let go = self.b.build_and(same, set, "")?;
        self.b.build_conditional_branch(go, is_append, generic)?;
        self.b.position_at_end(is_append);
        let (items, len) = self.exact_list(pc, recv, generic)?;
        let cap_offset = self.thread_word(CtxField::ListCapOffset)?;
        let cap = self.field(recv, cap_offset, word.into())?.into_int_value();
        let fits = self.b.build_int_compare(IntPredicate::ULT, len, cap, "")?;
        self.b.build_conditional_branch(fits, room, generic)?;
        self.b.position_at_end(room);
        self.incref_set(item)?;
        let offset = self.b.build_left_shift(len, self.word(3), "")?;
        let at = self.b.build_int_add(items, offset, "")?;
        let at = self.b.build_int_to_ptr(at, self.rt.ptr, "")?;
        self.b.build_store(at, item)?;
        let len_offset = self.thread_word(CtxField::ListLenOffset)?;
        let at = self.b.build_int_add(recv, len_offset, "")?;
        let at = self.b.build_int_to_ptr(at, self.rt.ptr, "")?;
        let more = self.b.build_int_add(len, self.word(1), "")?;
        self.b.build_store(at, more)?;
        self.decref(recv)?;
        self.replace(self.regs, dst, self.thread_word(CtxField::None)?)?;
        self.next(pc)?;
        self.b.position_at_end(generic);
        Ok(())
    }

    /// `len(x)` inline when the callee is the builtin `len` and `x` exactly
    /// a list with nothing borrowing its items, or a tuple: the length as
    /// a small int. Leaves the builder where anything else continues (the
    /// generic call).
    fn list_len(
        &mut self,
        pc: usize,
        dst: u32,
        f: IntValue<'ctx>,
        arg: IntValue<'ctx>,
    ) -> Built<()> {
        let word = self.rt.word;
        let [is_len, typed, generic] =
            ["len", "len.type", "len.generic"].map(|n| self.block(&format!("{n}{pc}")));
        let len_fn = self.thread_word(CtxField::LenFn)?;
        let same = self.b.build_int_compare(IntPredicate::EQ, f, len_fn, "")?;
        self.b.build_conditional_branch(same, is_len, generic)?;
        self.b.position_at_end(is_len);
        let tag = self.b.build_and(arg, self.word(1), "")?;
        let heap = self
            .b
            .build_int_compare(IntPredicate::EQ, tag, word.const_zero(), "")?;
        self.b.build_conditional_branch(heap, typed, generic)?;
        self.b.position_at_end(typed);
        let ty = self
            .field(arg, self.thread_word(CtxField::TypeOffset)?, word.into())?
            .into_int_value();
        let (_, len) = self.sequence(pc, arg, ty, generic)?;
        // A length is far below the small ints' bound.
        let shifted = self.b.build_left_shift(len, self.word(1), "")?;
        let w = self.b.build_or(shifted, self.word(1), "")?;
        self.replace(self.regs, dst, w)?;
        self.next(pc)?;
        self.b.position_at_end(generic);
        Ok(())
    }

    /// A call that may go straight to the callee's native code: when
    /// callee word `f` is a Python function whose native code takes
    /// direct calls and `n` positional arguments fill its parameters (as
    /// the site's cache, `direct::DirectSite`, remembers from the last
    /// call with this callee while no function was freed), calls it with the argument words at `args`
    /// and no frame. Returns the join block (which the generic path,
    /// generated where the builder is left, must branch to), the direct
    /// call's result and the block it comes from.
    fn direct_call(
        &mut self,
        pc: usize,
        dst: u32,
        recv: Option<IntValue<'ctx>>,
        (f, args, n): (IntValue<'ctx>, PointerValue<'ctx>, IntValue<'ctx>),
    ) -> Built<(BasicBlock<'ctx>, IntValue<'ctx>, BasicBlock<'ctx>)> {
        let (word, ptr) = (self.rt.word, self.rt.ptr);
        let ty = self.rt.site;
        let site = self.rt.module.add_global(ty, None, "call.site");
        site.set_linkage(Linkage::Internal);
        site.set_initializer(&ty.const_zero());
        let site = site.as_pointer_value();
        let field = |i: u32, t: inkwell::types::BasicTypeEnum<'ctx>| {
            let p = self.b.build_struct_gep(ty, site, i, "")?;
            self.b.build_load(t, p, "")
        };
        let same_callee = self.b.build_int_compare(
            IntPredicate::EQ,
            field(0, word.into())?.into_int_value(),
            f,
            "",
        )?;
        let freed = self.thread_ptr(CtxField::FunctionsFreed)?;
        let freed = self.b.build_load(word, freed, "freed")?.into_int_value();
        let mut same = self.b.build_int_compare(
            IntPredicate::EQ,
            field(2, word.into())?.into_int_value(),
            freed,
            "",
        )?;
        // Only this call fills its site, so a constant count (no
        // receiver that `load_method` may or may not have found) is the
        // one the site holds.
        if !n.is_const() {
            let n64 = self.b.build_int_z_extend(n, word, "")?;
            let same_count = self.b.build_int_compare(
                IntPredicate::EQ,
                field(1, word.into())?.into_int_value(),
                n64,
                "",
            )?;
            same = self.b.build_and(same, same_count, "")?;
        }
        let same = self.b.build_and(same_callee, same, "")?;
        let (check, known, go, generic, done) = (
            self.block("callee.check"),
            self.block("callee"),
            self.block("call.direct"),
            self.block("call.generic"),
            self.block("call.done"),
        );
        self.b.build_conditional_branch(same, known, check)?;
        self.b.position_at_end(check);
        self.b.build_call(
            self.rt.direct_callee,
            &[f.into(), n.into(), site.into()],
            "",
        )?;
        self.b.build_unconditional_branch(known)?;
        self.b.position_at_end(known);
        let d = field(3, ptr.into())?.into_pointer_value();
        let code = field(4, ptr.into())?.into_pointer_value();
        let direct = self.b.build_is_not_null(d, "")?;
        self.b.build_conditional_branch(direct, go, generic)?;
        self.b.position_at_end(go);
        let null = ptr.const_null();
        let w = self
            .b
            .build_indirect_call(
                self.rt.native_fn,
                code,
                &[null.into(), site.into(), args.into(), self.thread.into()],
                "",
            )?
            .try_as_basic_value()
            .basic()
            .map(|v| v.into_int_value())
            .unwrap_or_else(|| word.const_zero());
        let w = self.float_returned(pc, dst, recv, w)?;
        let from = self.b.get_insert_block().unwrap_or(go);
        self.b.build_unconditional_branch(done)?;
        self.b.position_at_end(generic);
        Ok((done, w, from))
    }

    /// After a direct call returned `w`: when it is `FLOAT_RETURNED`
    /// (`Gen::return_float`), the result is the double in the thread's
    /// context, which a `float` slot `dst` takes as it is (the call is
    /// done: the receiver released, on to the next pc) and anything else
    /// boxes. The word to go on with otherwise.
    fn float_returned(
        &mut self,
        pc: usize,
        dst: u32,
        recv: Option<IntValue<'ctx>>,
        w: IntValue<'ctx>,
    ) -> Built<IntValue<'ctx>> {
        let returned =
            self.b
                .build_int_compare(IntPredicate::EQ, w, self.word(FLOAT_RETURNED as i64), "")?;
        let (unboxed, word) = (
            self.block(&format!("float.returned{pc}")),
            self.block(&format!("word.returned{pc}")),
        );
        let from = self.b.get_insert_block();
        self.b.build_conditional_branch(returned, unboxed, word)?;
        self.b.position_at_end(unboxed);
        let v = self
            .b
            .build_load(self.rt.f64, self.float_return()?, "")?
            .into_float_value();
        if let Some(key) = self.float_key(self.regs, dst) {
            if let Some(recv) = recv {
                self.decref(recv)?;
            }
            self.set_num(key, v)?;
            self.next(pc)?;
            self.b.position_at_end(word);
            return Ok(w);
        }
        let boxed = self.call_word(self.rt.float_new, &[v.into()])?;
        let boxed_from = self.b.get_insert_block().unwrap_or(unboxed);
        self.b.build_unconditional_branch(word)?;
        self.b.position_at_end(word);
        let phi = self.b.build_phi(self.rt.word, "")?;
        phi.add_incoming(&[(&boxed, boxed_from)]);
        if let Some(from) = from {
            phi.add_incoming(&[(&w, from)]);
        }
        Ok(phi.as_basic_value().into_int_value())
    }

    /// `+ - *` (`op`) of operands `a` and `b` (words `x` and `y`) as small
    /// ints: whether both are small ints whose result is one too, and the
    /// result, 128 bits wide (`small_word` makes its word).
    fn small_arith(
        &self,
        (a, x): (u32, IntValue<'ctx>),
        (b, y): (u32, IntValue<'ctx>),
        op: Arith,
    ) -> Built<(IntValue<'ctx>, IntValue<'ctx>)> {
        let small = self.small_operands((a, x), (b, y))?;
        let wide = self.rt.context.i128_type();
        let xi = self.b.build_right_shift(x, self.word(1), true, "")?;
        let yi = self.b.build_right_shift(y, self.word(1), true, "")?;
        let xw = self.b.build_int_s_extend(xi, wide, "")?;
        let yw = self.b.build_int_s_extend(yi, wide, "")?;
        let r = match op {
            Arith::Add => self.b.build_int_add(xw, yw, "")?,
            Arith::Sub => self.b.build_int_sub(xw, yw, "")?,
            _ => self.b.build_int_mul(xw, yw, "")?,
        };
        let fits = self.wide_in_small(r)?;
        Ok((self.b.build_and(small, fits, "")?, r))
    }

    /// The word of small int `r` (`small_arith`'s result, in range).
    fn small_word(&self, r: IntValue<'ctx>) -> Built<IntValue<'ctx>> {
        let r = self.b.build_int_truncate(r, self.rt.word, "")?;
        let shifted = self.b.build_left_shift(r, self.word(1), "")?;
        self.b.build_or(shifted, self.word(1), "")
    }

    /// `//`, `%`, `<<`, `>>` of two small ints with Python's rounding
    /// (toward negative infinity) when the result is a small int; a zero
    /// divisor, a negative shift, an overflow or other types go to the VM.
    fn small_int_op(&mut self, pc: usize, dst: u32, (a, b): (u32, u32), op: IntOp) -> Built<()> {
        let (x, y) = (self.read(a)?, self.read(b)?);
        let small = self.small_operands((a, x), (b, y))?;
        let xi = self.b.build_right_shift(x, self.word(1), true, "")?;
        let yi = self.b.build_right_shift(y, self.word(1), true, "")?;
        let zero = self.rt.word.const_zero();
        let defined = match op {
            IntOp::FloorDiv | IntOp::Mod => {
                self.b.build_int_compare(IntPredicate::NE, yi, zero, "")?
            }
            IntOp::RShift => self.b.build_int_compare(IntPredicate::SGE, yi, zero, "")?,
            IntOp::LShift => {
                let lo = self.b.build_int_compare(IntPredicate::SGE, yi, zero, "")?;
                let hi = self
                    .b
                    .build_int_compare(IntPredicate::SLT, yi, self.word(62), "")?;
                self.b.build_and(lo, hi, "")?
            }
        };
        let ok = self.b.build_and(small, defined, "")?;
        let not_ok = self.b.build_not(ok, "")?;
        // The division must not run with a zero divisor: a block of its own.
        self.slow_if(pc, not_ok)?;
        let r = match op {
            IntOp::Mod | IntOp::FloorDiv => {
                let q = self.b.build_int_signed_div(xi, yi, "")?;
                let rem = self.b.build_int_signed_rem(xi, yi, "")?;
                // Python rounds toward negative infinity: a nonzero
                // remainder whose sign differs from the divisor's moves.
                let nonzero = self.b.build_int_compare(IntPredicate::NE, rem, zero, "")?;
                let signs = self.b.build_xor(rem, yi, "")?;
                let differ = self
                    .b
                    .build_int_compare(IntPredicate::SLT, signs, zero, "")?;
                let adjust = self.b.build_and(nonzero, differ, "")?;
                if op == IntOp::Mod {
                    let moved = self.b.build_int_add(rem, yi, "")?;
                    self.b
                        .build_select(adjust, moved, rem, "")?
                        .into_int_value()
                } else {
                    let moved = self.b.build_int_sub(q, self.word(1), "")?;
                    self.b.build_select(adjust, moved, q, "")?.into_int_value()
                }
            }
            IntOp::RShift => {
                let capped = self
                    .b
                    .build_int_compare(IntPredicate::SGT, yi, self.word(63), "")?;
                let by = self
                    .b
                    .build_select(capped, self.word(63), yi, "")?
                    .into_int_value();
                self.b.build_right_shift(xi, by, true, "")?
            }
            IntOp::LShift => self.b.build_left_shift(xi, yi, "")?,
        };
        // `//` of the smallest int by -1 and `<<` can leave the small ints
        // (a shift that loses bits shows as a different value shifted back).
        let mut fits = self.b.build_and(
            self.b
                .build_int_compare(IntPredicate::SGE, r, self.word(SMALL_MIN), "")?,
            self.b
                .build_int_compare(IntPredicate::SLE, r, self.word(SMALL_MAX), "")?,
            "",
        )?;
        if op == IntOp::LShift {
            let back = self.b.build_right_shift(r, yi, true, "")?;
            let kept = self.b.build_int_compare(IntPredicate::EQ, back, xi, "")?;
            fits = self.b.build_and(fits, kept, "")?;
        }
        let overflow = self.b.build_not(fits, "")?;
        self.slow_if(pc, overflow)?;
        let shifted = self.b.build_left_shift(r, self.word(1), "")?;
        let w = self.b.build_or(shifted, self.word(1), "")?;
        self.replace(self.regs, dst, w)?;
        self.next(pc)
    }

    /// `&`, `|`, `^` of two small ints, on the tagged words.
    fn small_bits(&mut self, pc: usize, dst: u32, a: u32, b: u32, op: Bits) -> Built<()> {
        let (x, y) = (self.read(a)?, self.read(b)?);
        let small = self.small_operands((a, x), (b, y))?;
        let not_small = self.b.build_not(small, "")?;
        self.slow_if(pc, not_small)?;
        let w = match op {
            Bits::And => self.b.build_and(x, y, "")?,
            Bits::Or => self.b.build_or(x, y, "")?,
            Bits::Xor => {
                let v = self.b.build_xor(x, y, "")?;
                self.b.build_or(v, self.word(1), "")?
            }
        };
        self.replace(self.regs, dst, w)?;
        self.next(pc)
    }

    /// A comparison: of two small ints (the tagged words order as the
    /// ints), else of two numbers as doubles (exact: floats, and ints of
    /// at most 53 bits); anything else through the VM.
    fn compare(&mut self, pc: usize, dst: u32, a: u32, b: u32, op: Cmp) -> Built<()> {
        let c = self.compare_cond(pc, a, b, op)?;
        let w = self
            .b
            .build_select(
                c,
                self.thread_word(CtxField::True)?,
                self.thread_word(CtxField::False)?,
                "",
            )?
            .into_int_value();
        self.replace(self.regs, dst, w)?;
        self.next(pc)
    }

    /// `branch.lt` and the like: a comparison decided as `compare` decides
    /// it, feeding the branch.
    fn branch_compare(
        &mut self,
        pc: usize,
        (a, b): (u32, u32),
        op: Cmp,
        (then, else_): (u32, u32),
    ) -> Built<()> {
        let Some((t, e)) = self.two_blocks(then, else_) else {
            self.b.build_unreachable()?;
            return Ok(());
        };
        self.check_backward(pc, &[then, else_])?;
        let c = self.compare_cond(pc, a, b, op)?;
        self.b.build_conditional_branch(c, t, e)?;
        Ok(())
    }

    /// The outcome (an `i1`) of comparing two numbers inline; operands of
    /// other types go to the VM's implementation of the instruction.
    fn compare_cond(&mut self, pc: usize, a: u32, b: u32, op: Cmp) -> Built<IntValue<'ctx>> {
        let (x, y) = (self.read(a)?, self.read(b)?);
        let small = self.small_operands((a, x), (b, y))?;
        let ints = self.block(&format!("int{pc}"));
        let expected = (self.expects_int(a), self.expects_int(b));
        if expected == (true, true) {
            // Expected ints that are not both small compare on the VM
            // (as doubles only small ints would).
            let slow = self.slow(pc)?;
            self.b.build_conditional_branch(small, ints, slow)?;
            self.b.position_at_end(ints);
            return self.b.build_int_compare(op.int(), x, y, "");
        }
        let floats = self.block(&format!("float{pc}"));
        let join = self.block(&format!("cmp{pc}"));
        self.b.build_conditional_branch(small, ints, floats)?;
        self.b.position_at_end(ints);
        let ci = self.b.build_int_compare(op.int(), x, y, "")?;
        self.b.build_unconditional_branch(join)?;
        self.b.position_at_end(floats);
        let fx = self.operand_number(pc, a)?;
        let fy = self.operand_number(pc, b)?;
        let both = self.b.build_and(fx.ok, fy.ok, "")?;
        let not_both = self.b.build_not(both, "")?;
        self.slow_if(pc, not_both)?;
        let cf = self
            .b
            .build_float_compare(op.float(), fx.value, fy.value, "")?;
        let float_done = self.b.get_insert_block();
        self.b.build_unconditional_branch(join)?;
        self.b.position_at_end(join);
        let phi = self.b.build_phi(self.rt.context.bool_type(), "")?;
        phi.add_incoming(&[(&ci, ints)]);
        if let Some(fb) = float_done {
            phi.add_incoming(&[(&cf, fb)]);
        }
        Ok(phi.as_basic_value().into_int_value())
    }

    /// `is` / `is not`: identity of the words.
    fn identity(&mut self, pc: usize, dst: u32, a: u32, b: u32, pred: IntPredicate) -> Built<()> {
        let (x, y) = (self.read(a)?, self.read(b)?);
        let either_unset = {
            let zx = self.unset(a, x)?;
            let zy = self.unset(b, y)?;
            self.b.build_or(zx, zy, "")?
        };
        self.slow_if(pc, either_unset)?;
        let c = self.b.build_int_compare(pred, x, y, "")?;
        let w = self
            .b
            .build_select(
                c,
                self.thread_word(CtxField::True)?,
                self.thread_word(CtxField::False)?,
                "",
            )?
            .into_int_value();
        self.replace(self.regs, dst, w)?;
        self.next(pc)
    }
}

/// What the unwinding code of a pc depends on: its handler's pc and
/// register.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct UnwindKey {
    handler: Option<(u32, u32)>,
}

/// What `attr_fast_path` made: the site, the block of the hinted call
/// and its result, and the block both paths join in.
struct AttrPath<'ctx> {
    site: PointerValue<'ctx>,
    hinted: BasicBlock<'ctx>,
    fast: IntValue<'ctx>,
    done: BasicBlock<'ctx>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Arith {
    Add,
    Sub,
    Mul,
    Div,
    Pow,
}

#[derive(Clone, Copy)]
enum Cmp {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
}

impl Cmp {
    fn int(self) -> IntPredicate {
        match self {
            Cmp::Lt => IntPredicate::SLT,
            Cmp::Le => IntPredicate::SLE,
            Cmp::Gt => IntPredicate::SGT,
            Cmp::Ge => IntPredicate::SGE,
            Cmp::Eq => IntPredicate::EQ,
            Cmp::Ne => IntPredicate::NE,
        }
    }

    /// IEEE comparisons as Python's: false with a NaN, except `!=`.
    fn float(self) -> FloatPredicate {
        match self {
            Cmp::Lt => FloatPredicate::OLT,
            Cmp::Le => FloatPredicate::OLE,
            Cmp::Gt => FloatPredicate::OGT,
            Cmp::Ge => FloatPredicate::OGE,
            Cmp::Eq => FloatPredicate::OEQ,
            Cmp::Ne => FloatPredicate::UNE,
        }
    }
}

/// A word seen as a double (`Gen::number`).
struct Number<'ctx> {
    /// Whether it is a number usable as a double.
    ok: IntValue<'ctx>,
    /// Whether it is a float object.
    is_float: IntValue<'ctx>,
    /// Its value (meaningless unless `ok`).
    value: inkwell::values::FloatValue<'ctx>,
}

/// The unary operators, numbered as `pyrt_unary` takes them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Unary {
    Neg = 0,
    Pos = 1,
    Invert = 2,
}

/// The int operators `small_int_op` computes inline.
#[derive(Clone, Copy, PartialEq, Eq)]
enum IntOp {
    FloorDiv,
    Mod,
    LShift,
    RShift,
}

#[derive(Clone, Copy)]
enum Bits {
    And,
    Or,
    Xor,
}

/// The code object of function `name` in `src`, as a native build
/// compiles it.
#[cfg(test)]
fn test_code(src: &str, name: &str) -> CodeObject {
    let file = compiler::source::SourceFile::new("t.py", src);
    let mut module = compiler::driver::lower_source(&file, "__main__").expect("lowers");
    compiler::driver::run_passes("t.py", &mut module).expect("passes");
    let bc = compiler::driver::emit_bytecode("t.py", &module).expect("emits");
    bc.code
        .into_iter()
        .find(|co| co.name == name)
        .expect("function")
}
