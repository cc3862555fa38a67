//! What generated code knows of the runtime: the `pyrt_*` functions it
//! calls (runtime/src/native/abi.rs), the `Ctx` layout, and the inline
//! reference counting of the object header (runtime/src/object.rs: a heap
//! object starts with its count, which immortal objects keep so high that
//! it never reaches 0: counting needs no test for them).

use inkwell::IntPredicate;
use inkwell::attributes::{Attribute, AttributeLoc};
use inkwell::context::Context;
use inkwell::module::{Linkage, Module};
use inkwell::types::{IntType, PointerType, StructType};
use inkwell::values::FunctionValue;

/// The word of a typed body's `float` slot whose double alone is current
/// (`function/typed.rs`): odd, so the reference count helpers pass it by
/// as a small int's (a float slot's write releases its old word with no
/// test for `STALE`), yet no small int's word (those of -2^61..2^61 - 1
/// are below 2^62): a small int may sit in a `float` slot for a moment,
/// before its check hands the call to the VM, and must not pass for a
/// stale double there. Never read as a value: every generic read of a
/// `float` slot boxes it first (`Gen::materialize`).
pub const STALE: u64 = (1 << 62) | 1;

/// `abi::FLOAT_RETURNED`: a direct call's result is the double in the
/// thread's context (`CtxField::FloatReturn`).
pub const FLOAT_RETURNED: u64 = 2;

/// `pyrt_call`'s result for a builtin that reads the caller's frame
/// (`runtime::native::abi::READS_FRAME`): the VM makes that call.
pub const READS_FRAME: u64 = 4;

/// Declares `CtxField` and its `ALL` from one list.
macro_rules! ctx_fields {
    ($($field:ident,)*) => {
        /// The fields of `abi::Ctx`, in its order: a field's discriminant
        /// is its index in `Runtime::ctx`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum CtxField {
            $($field,)*
        }

        impl CtxField {
            /// Every field, in order.
            pub const ALL: &[CtxField] = &[$(CtxField::$field,)*];
        }
    };
}

ctx_fields! {
    Regs,
    Fast,
    Consts,
    True,
    False,
    Interrupt,
    None,
    FloatType,
    TypeOffset,
    FloatOffset,
    RangeIterType,
    RangeIterOffset,
    Pc,
    Code,
    Globals,
    Builtins,
    Depth,
    DictVersionOffset,
    ListType,
    ListBorrowOffset,
    ListItemsOffset,
    ListLenOffset,
    TupleType,
    TupleItemsOffset,
    TupleLenOffset,
    FunctionsFreed,
    Limit,
    SeqIterType,
    SeqIterOffset,
    Frame,
    Fdata,
    Epoch,
    DictOffset,
    Thread,
    DictTableFlag,
    DictEntries,
    DictEntriesLen,
    DictEntrySize,
    DictEntryKey,
    DictEntryValue,
    DictNamespaceOffset,
    NextDictVersion,
    ListAppend,
    ListCapOffset,
    LenFn,
    CellType,
    FrameCellsOffset,
    FrameCellsLenOffset,
    ClosureOffset,
    ClosureLenOffset,
    CellValueOffset,
    FloatReturn,
}

impl CtxField {
    /// Whether the field is a pointer (else a word).
    pub fn is_pointer(self) -> bool {
        use CtxField::*;
        matches!(
            self,
            Regs | Fast
                | Consts
                | Interrupt
                | Code
                | Depth
                | FunctionsFreed
                | Limit
                | Frame
                | Fdata
                | Epoch
                | Thread
                | NextDictVersion
        )
    }

    /// The field's index in the struct.
    pub fn index(self) -> u32 {
        self as u32
    }
}

/// The declarations generated code uses.
pub struct Runtime<'ctx> {
    pub context: &'ctx Context,
    /// The module being built (the whole program).
    pub module: Module<'ctx>,
    pub word: IntType<'ctx>,
    pub i32: IntType<'ctx>,
    pub ptr: PointerType<'ctx>,
    /// `abi::Ctx`, field by field as `CtxField` lists them.
    pub ctx: StructType<'ctx>,
    /// The context's words that are constants (`Options::layout`).
    pub layout: &'static [(u32, u64)],
    /// The type of every native function: the frame (or null for a
    /// direct call), the call site's cache, the argument words and the
    /// caller's context (all three null when the VM calls).
    pub native_fn: inkwell::types::FunctionType<'ctx>,
    /// `direct::DirectSite`: the callee's word, the argument count, the
    /// count of freed functions, the function's data and native code,
    /// then its constants, code object and globals for the context.
    pub site: StructType<'ctx>,
    pub f64: inkwell::types::FloatType<'ctx>,
    pub float_new: FunctionValue<'ctx>,
    pub load_global_fill: FunctionValue<'ctx>,
    pub resume: FunctionValue<'ctx>,
    pub call: FunctionValue<'ctx>,
    pub getitem: FunctionValue<'ctx>,
    pub setitem: FunctionValue<'ctx>,
    pub getattr: FunctionValue<'ctx>,
    pub load_method: FunctionValue<'ctx>,
    pub unpack: FunctionValue<'ctx>,
    pub load_deref: FunctionValue<'ctx>,
    pub store_deref: FunctionValue<'ctx>,
    pub load_closure: FunctionValue<'ctx>,
    pub super_zero: FunctionValue<'ctx>,
    pub super_method: FunctionValue<'ctx>,
    pub exc_push: FunctionValue<'ctx>,
    pub exc_pop: FunctionValue<'ctx>,
    pub exc_match: FunctionValue<'ctx>,
    pub raise: FunctionValue<'ctx>,
    pub binary: FunctionValue<'ctx>,
    pub build_seq: FunctionValue<'ctx>,
    pub unary: FunctionValue<'ctx>,
    pub slice: FunctionValue<'ctx>,
    pub getslice: FunctionValue<'ctx>,
    pub setslice: FunctionValue<'ctx>,
    pub slice_move: FunctionValue<'ctx>,
    pub get_hinted: FunctionValue<'ctx>,
    pub method_unshadowed: FunctionValue<'ctx>,
    pub set_hinted: FunctionValue<'ctx>,
    /// LLVM's `llvm.pow.f64` (libm's `pow`).
    pub pow: FunctionValue<'ctx>,
    pub setattr: FunctionValue<'ctx>,
    pub next: FunctionValue<'ctx>,
    pub send: FunctionValue<'ctx>,
    pub enter: FunctionValue<'ctx>,
    pub frame_ctx: FunctionValue<'ctx>,
    pub direct_callee: FunctionValue<'ctx>,
    pub recursion_error: FunctionValue<'ctx>,
    pub leave_direct: FunctionValue<'ctx>,
    pub drop_frame: FunctionValue<'ctx>,
    pub step: FunctionValue<'ctx>,
    pub yield_: FunctionValue<'ctx>,
    pub truth: FunctionValue<'ctx>,
    pub check_interrupt: FunctionValue<'ctx>,
    pub unwind: FunctionValue<'ctx>,
    pub main: FunctionValue<'ctx>,
    /// Increments a word's count (inline).
    pub incref: FunctionValue<'ctx>,
    /// Decrements a word's count, freeing at zero; 0 is ignored (inline).
    pub decref: FunctionValue<'ctx>,
    /// `decref` out of line, for cold code: one call instead of five
    /// blocks.
    pub release: FunctionValue<'ctx>,
    /// `decref` with only the test for a heap object inline (zeros and
    /// small ints, the common words, cost no call), the rest in `release`:
    /// two blocks instead of five.
    pub decref_split: FunctionValue<'ctx>,
    /// `incref` of a word known not to be 0 (an operand past its unset
    /// test, an item): the heap test is the tag bit alone.
    pub incref_set: FunctionValue<'ctx>,
    /// `decref` of a word known not to be 0 (a surely bound slot's).
    pub decref_set: FunctionValue<'ctx>,
    /// `decref_split` of a word known not to be 0.
    pub decref_split_set: FunctionValue<'ctx>,
    /// The word of a typed body's `float` slot from its word and double:
    /// a new float when the word is `STALE`, else the word. Out of line:
    /// it serves the copies to the frame before runtime calls, where a
    /// call more costs little and each inline copy would be three blocks.
    pub box_stale: FunctionValue<'ctx>,
}

type Built<T> = Result<T, inkwell::builder::BuilderError>;

impl<'ctx> Runtime<'ctx> {
    /// Declares the runtime's functions in `module` and defines the inline
    /// helpers.
    pub fn declare(
        context: &'ctx Context,
        module: Module<'ctx>,
        layout: &'static [(u32, u64)],
    ) -> Result<Self, String> {
        let word = context.i64_type();
        let i32 = context.i32_type();
        let ptr = context.ptr_type(Default::default());
        let void = context.void_type();
        let declare = |name: &str, ty| module.add_function(name, ty, Some(Linkage::External));
        let incref = module.add_function(
            "pyrite.incref",
            void.fn_type(&[word.into()], false),
            Some(Linkage::Private),
        );
        let decref = module.add_function(
            "pyrite.decref",
            void.fn_type(&[word.into()], false),
            Some(Linkage::Private),
        );
        let release = module.add_function(
            "pyrite.release",
            void.fn_type(&[word.into()], false),
            Some(Linkage::Private),
        );
        let decref_split = module.add_function(
            "pyrite.decref.split",
            void.fn_type(&[word.into()], false),
            Some(Linkage::Private),
        );
        let incref_set = module.add_function(
            "pyrite.incref.set",
            void.fn_type(&[word.into()], false),
            Some(Linkage::Private),
        );
        let decref_set = module.add_function(
            "pyrite.decref.set",
            void.fn_type(&[word.into()], false),
            Some(Linkage::Private),
        );
        let decref_split_set = module.add_function(
            "pyrite.decref.split.set",
            void.fn_type(&[word.into()], false),
            Some(Linkage::Private),
        );
        let box_stale = module.add_function(
            "pyrite.box",
            word.fn_type(&[word.into(), context.f64_type().into()], false),
            Some(Linkage::Private),
        );
        let fields: Vec<inkwell::types::BasicTypeEnum> = CtxField::ALL
            .iter()
            .map(|f| {
                if f.is_pointer() {
                    ptr.into()
                } else {
                    word.into()
                }
            })
            .collect();
        let ctx = context.struct_type(&fields, false);
        let f64 = context.f64_type();
        let float_new = declare("pyrt_float_new", word.fn_type(&[f64.into()], false));
        let dealloc = declare("pyrt_dealloc", void.fn_type(&[word.into()], false));
        let pow = inkwell::intrinsics::Intrinsic::find("llvm.pow")
            .and_then(|i| i.get_declaration(&module, &[f64.into()]))
            .ok_or("LLVM has no llvm.pow intrinsic")?;
        let rt = Runtime {
            context,
            word,
            i32,
            ptr,
            ctx,
            native_fn: word.fn_type(&[ptr.into(), ptr.into(), ptr.into(), ptr.into()], false),
            site: context.struct_type(
                &[
                    word.into(),
                    word.into(),
                    word.into(),
                    ptr.into(),
                    ptr.into(),
                    ptr.into(),
                    ptr.into(),
                    word.into(),
                ],
                false,
            ),
            f64,
            float_new,
            load_global_fill: declare(
                "pyrt_load_global_fill",
                word.fn_type(&[ptr.into(), i32.into(), i32.into(), ptr.into()], false),
            ),
            call: declare(
                "pyrt_call",
                word.fn_type(
                    &[ptr.into(), word.into(), ptr.into(), i32.into(), word.into()],
                    false,
                ),
            ),
            getitem: declare(
                "pyrt_getitem",
                word.fn_type(&[word.into(), word.into()], false),
            ),
            setitem: declare(
                "pyrt_setitem",
                i32.fn_type(&[word.into(), word.into(), word.into()], false),
            ),
            getattr: declare(
                "pyrt_getattr",
                word.fn_type(
                    &[ptr.into(), i32.into(), word.into(), i32.into(), ptr.into()],
                    false,
                ),
            ),
            method_unshadowed: declare(
                "pyrt_method_unshadowed",
                word.fn_type(&[word.into(), ptr.into()], false),
            ),
            get_hinted: declare(
                "pyrt_get_hinted",
                word.fn_type(&[word.into(), ptr.into()], false),
            ),
            set_hinted: declare(
                "pyrt_set_hinted",
                word.fn_type(&[word.into(), ptr.into(), word.into()], false),
            ),
            pow,
            unpack: declare(
                "pyrt_unpack",
                word.fn_type(&[word.into(), i32.into()], false),
            ),
            load_deref: declare(
                "pyrt_load_deref",
                word.fn_type(&[ptr.into(), i32.into()], false),
            ),
            store_deref: declare(
                "pyrt_store_deref",
                void.fn_type(&[ptr.into(), i32.into(), word.into()], false),
            ),
            exc_push: declare("pyrt_exc_push", void.fn_type(&[word.into()], false)),
            exc_pop: declare("pyrt_exc_pop", void.fn_type(&[], false)),
            exc_match: declare(
                "pyrt_exc_match",
                i32.fn_type(&[word.into(), word.into()], false),
            ),
            raise: declare(
                "pyrt_raise",
                void.fn_type(&[word.into(), word.into()], false),
            ),
            binary: declare(
                "pyrt_binary",
                word.fn_type(&[ptr.into(), i32.into(), word.into(), word.into()], false),
            ),
            unary: declare(
                "pyrt_unary",
                word.fn_type(&[word.into(), i32.into()], false),
            ),
            slice: declare(
                "pyrt_slice",
                word.fn_type(&[word.into(), word.into(), word.into()], false),
            ),
            getslice: declare("pyrt_getslice", word.fn_type(&[word.into(); 5], false)),
            slice_move: declare("pyrt_slice_move", i32.fn_type(&[word.into(); 8], false)),
            setslice: declare(
                "pyrt_setslice",
                i32.fn_type(
                    &[
                        word.into(),
                        word.into(),
                        word.into(),
                        word.into(),
                        word.into(),
                    ],
                    false,
                ),
            ),
            build_seq: declare(
                "pyrt_build_seq",
                word.fn_type(&[ptr.into(), i32.into(), i32.into()], false),
            ),
            super_zero: declare(
                "pyrt_super_zero",
                i32.fn_type(&[word.into(), word.into(), word.into(), ptr.into()], false),
            ),
            super_method: declare(
                "pyrt_super_method",
                i32.fn_type(
                    &[ptr.into(), ptr.into(), i32.into(), ptr.into(), ptr.into()],
                    false,
                ),
            ),
            load_closure: declare(
                "pyrt_load_closure",
                word.fn_type(&[ptr.into(), i32.into()], false),
            ),
            load_method: declare(
                "pyrt_load_method",
                word.fn_type(
                    &[
                        ptr.into(),
                        i32.into(),
                        word.into(),
                        i32.into(),
                        ptr.into(),
                        ptr.into(),
                    ],
                    false,
                ),
            ),
            setattr: declare(
                "pyrt_setattr",
                i32.fn_type(
                    &[
                        ptr.into(),
                        i32.into(),
                        word.into(),
                        i32.into(),
                        word.into(),
                        ptr.into(),
                    ],
                    false,
                ),
            ),
            next: declare("pyrt_next", i32.fn_type(&[word.into(), ptr.into()], false)),
            send: declare(
                "pyrt_send",
                i32.fn_type(&[word.into(), word.into(), ptr.into()], false),
            ),
            enter: declare("pyrt_enter", void.fn_type(&[ptr.into(), ptr.into()], false)),
            frame_ctx: declare("pyrt_frame_ctx", ptr.fn_type(&[ptr.into()], false)),
            direct_callee: declare(
                "pyrt_direct_callee",
                ptr.fn_type(&[word.into(), i32.into(), ptr.into()], false),
            ),
            recursion_error: declare("pyrt_recursion_error", void.fn_type(&[], false)),
            leave_direct: declare("pyrt_leave_direct", void.fn_type(&[ptr.into()], false)),
            drop_frame: declare("pyrt_drop_frame", void.fn_type(&[ptr.into()], false)),
            step: declare("pyrt_step", word.fn_type(&[ptr.into(), i32.into()], false)),
            yield_: declare(
                "pyrt_yield",
                void.fn_type(&[ptr.into(), i32.into(), i32.into(), i32.into()], false),
            ),
            resume: declare(
                "pyrt_resume",
                word.fn_type(&[ptr.into(), i32.into()], false),
            ),
            truth: declare("pyrt_truth", i32.fn_type(&[word.into()], false)),
            check_interrupt: declare("pyrt_check_interrupt", i32.fn_type(&[], false)),
            unwind: declare(
                "pyrt_unwind",
                void.fn_type(&[ptr.into(), i32.into()], false),
            ),
            main: declare(
                "pyrt_main",
                i32.fn_type(&[i32.into(), ptr.into(), ptr.into()], false),
            ),
            incref,
            decref,
            release,
            decref_split,
            incref_set,
            decref_set,
            decref_split_set,
            box_stale,
            module,
            layout,
        };
        for (f, attribute) in [
            (incref, "alwaysinline"),
            (decref, "alwaysinline"),
            (decref_split, "alwaysinline"),
            (incref_set, "alwaysinline"),
            (decref_set, "alwaysinline"),
            (decref_split_set, "alwaysinline"),
            (release, "noinline"),
            (release, "cold"),
            (box_stale, "noinline"),
        ] {
            rt.add_attribute(f, attribute);
        }
        // The runtime's slow paths: a call of one of these follows a failed
        // inline check (or an exception, a miss of a cache, a count at
        // zero), so LLVM lays its block out of line and, above all, puts
        // the register allocator's spills and reloads there rather than
        // in the loop around it.
        for f in [
            rt.step,
            rt.resume,
            rt.check_interrupt,
            rt.unwind,
            rt.recursion_error,
            dealloc,
            rt.getitem,
            rt.setitem,
            rt.binary,
            rt.load_global_fill,
            rt.direct_callee,
            rt.leave_direct,
            rt.drop_frame,
            rt.raise,
        ] {
            rt.add_attribute(f, "cold");
        }
        rt.define_incref(rt.incref, false)
            .and_then(|()| rt.define_incref(rt.incref_set, true))
            .and_then(|()| rt.define_decref(rt.decref, dealloc, false))
            .and_then(|()| rt.define_decref(rt.release, dealloc, false))
            .and_then(|()| rt.define_decref(rt.decref_set, dealloc, true))
            .and_then(|()| rt.define_decref_split(rt.decref_split, false))
            .and_then(|()| rt.define_decref_split(rt.decref_split_set, true))
            .and_then(|()| rt.define_box_stale())
            .map_err(|e| format!("building the reference count helpers: {e}"))?;
        Ok(rt)
    }

    /// Tells LLVM that native function `f`'s last parameter, the thread's
    /// context, points at a whole `Ctx`: loads from it can then be hoisted
    /// out of loops and redone instead of spilled.
    pub fn mark_thread_param(&self, f: FunctionValue<'ctx>) {
        // Every field is a word or a pointer: eight bytes.
        let size = CtxField::ALL.len() as u64 * 8;
        let at = AttributeLoc::Param(3);
        for (name, value) in [
            ("nonnull", 0),
            ("noundef", 0),
            ("align", 8),
            ("dereferenceable", size),
        ] {
            let kind = Attribute::get_named_enum_kind_id(name);
            f.add_attribute(at, self.context.create_enum_attribute(kind, value));
        }
    }

    fn add_attribute(&self, f: FunctionValue<'ctx>, name: &str) {
        let kind = Attribute::get_named_enum_kind_id(name);
        f.add_attribute(
            AttributeLoc::Function,
            self.context.create_enum_attribute(kind, 0),
        );
    }

    /// Starts reference count helper `f` (parameter: a word, 0 allowed
    /// unless `set`): its blocks up to the one reached when the word is a
    /// heap object, where the builder is left. Returns the word, the
    /// header address, the count and the block every path ends in (which
    /// returns).
    fn heap_prologue(&self, f: FunctionValue<'ctx>, set: bool) -> Built<Option<Prologue<'ctx>>> {
        let b = self.context.create_builder();
        let entry = self.context.append_basic_block(f, "entry");
        let heap = self.context.append_basic_block(f, "heap");
        let done = self.context.append_basic_block(f, "done");
        b.position_at_end(done);
        b.build_return(None)?;
        b.position_at_end(entry);
        let Some(w) = f.get_first_param().map(|p| p.into_int_value()) else {
            return Ok(None);
        };
        let is_heap = self.is_heap(&b, w, set)?;
        b.build_conditional_branch(is_heap, heap, done)?;
        b.position_at_end(heap);
        let header = b.build_int_to_ptr(w, self.ptr, "header")?;
        let count = b.build_load(self.word, header, "count")?.into_int_value();
        Ok(Some(Prologue {
            b,
            w,
            header,
            count,
            done,
        }))
    }

    /// `if heap(w) { count += 1 }`.
    fn define_incref(&self, f: FunctionValue<'ctx>, set: bool) -> Built<()> {
        let Some(p) = self.heap_prologue(f, set)? else {
            return Ok(());
        };
        let n1 =
            p.b.build_int_add(p.count, self.word.const_int(1, false), "")?;
        p.b.build_store(p.header, n1)?;
        p.b.build_unconditional_branch(p.done)?;
        Ok(())
    }

    /// `if heap(w) { count -= 1; if count == 0 { dealloc } }`: the
    /// count is written first, which x86 does in the one instruction
    /// that also sets the flag the test reads (`pyrt_dealloc` takes a
    /// count of 0).
    fn define_decref(
        &self,
        f: FunctionValue<'ctx>,
        dealloc: FunctionValue<'ctx>,
        set: bool,
    ) -> Built<()> {
        let Some(p) = self.heap_prologue(f, set)? else {
            return Ok(());
        };
        let last = self.context.append_basic_block(f, "last");
        let n1 =
            p.b.build_int_sub(p.count, self.word.const_int(1, false), "")?;
        p.b.build_store(p.header, n1)?;
        let is_last =
            p.b.build_int_compare(IntPredicate::EQ, n1, self.word.const_zero(), "")?;
        p.b.build_conditional_branch(is_last, last, p.done)?;
        p.b.position_at_end(last);
        p.b.build_call(dealloc, &[p.w.into()], "")?;
        p.b.build_unconditional_branch(p.done)?;
        Ok(())
    }
}

impl<'ctx> Runtime<'ctx> {
    /// `if heap(w) { release(w) }` (`w` not 0 when `set`).
    fn define_decref_split(&self, f: FunctionValue<'ctx>, set: bool) -> Built<()> {
        let b = self.context.create_builder();
        let entry = self.context.append_basic_block(f, "entry");
        let heap = self.context.append_basic_block(f, "heap");
        let done = self.context.append_basic_block(f, "done");
        b.position_at_end(entry);
        let Some(w) = f.get_first_param().map(|p| p.into_int_value()) else {
            return Ok(());
        };
        let is_heap = self.is_heap(&b, w, set)?;
        b.build_conditional_branch(is_heap, heap, done)?;
        b.position_at_end(heap);
        b.build_call(self.release, &[w.into()], "")?;
        b.build_unconditional_branch(done)?;
        b.position_at_end(done);
        b.build_return(None)?;
        Ok(())
    }

    /// `w == STALE ? pyrt_float_new(v) : w`.
    fn define_box_stale(&self) -> Built<()> {
        let f = self.box_stale;
        let b = self.context.create_builder();
        let entry = self.context.append_basic_block(f, "entry");
        let boxing = self.context.append_basic_block(f, "box");
        let done = self.context.append_basic_block(f, "done");
        b.position_at_end(entry);
        let (Some(w), Some(v)) = (f.get_nth_param(0), f.get_nth_param(1)) else {
            return Ok(());
        };
        let stale = b.build_int_compare(
            IntPredicate::EQ,
            w.into_int_value(),
            self.word.const_int(STALE, false),
            "",
        )?;
        b.build_conditional_branch(stale, boxing, done)?;
        b.position_at_end(boxing);
        let fresh = b
            .build_call(self.float_new, &[v.into()], "")?
            .try_as_basic_value()
            .basic()
            .unwrap_or(self.word.const_zero().into());
        b.build_return(Some(&fresh))?;
        b.position_at_end(done);
        b.build_return(Some(&w))?;
        Ok(())
    }

    /// Whether word `w` is a heap object: nonzero with its tag bit clear.
    /// One comparison: rotated right by one, a small int (tag bit set)
    /// is at least 2^63 and 0 stays 0, so less one, only heap words fall
    /// below 2^63 - 1. A word known to be `set` (not 0) needs only its
    /// tag bit tested.
    fn is_heap(
        &self,
        b: &inkwell::builder::Builder<'ctx>,
        w: inkwell::values::IntValue<'ctx>,
        set: bool,
    ) -> Built<inkwell::values::IntValue<'ctx>> {
        let word = self.word;
        if set {
            let tag = b.build_and(w, word.const_int(1, false), "tag")?;
            return b.build_int_compare(IntPredicate::EQ, tag, word.const_zero(), "heap");
        }
        let low = b.build_right_shift(w, word.const_int(1, false), false, "")?;
        let high = b.build_left_shift(w, word.const_int(63, false), "")?;
        let rotated = b.build_or(low, high, "rot")?;
        let less = b.build_int_sub(rotated, word.const_int(1, false), "")?;
        b.build_int_compare(
            IntPredicate::ULT,
            less,
            word.const_int(i64::MAX as u64, false),
            "heap",
        )
    }
}

/// What `Runtime::heap_prologue` leaves for the helper's body.
struct Prologue<'ctx> {
    b: inkwell::builder::Builder<'ctx>,
    w: inkwell::values::IntValue<'ctx>,
    header: inkwell::values::PointerValue<'ctx>,
    count: inkwell::values::IntValue<'ctx>,
    done: inkwell::basic_block::BasicBlock<'ctx>,
}
