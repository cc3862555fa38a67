//! Pyrite's native backend: a program's bytecode code objects to one LLVM
//! object file, with the program image and the `main` that hands it to the
//! runtime (docs/dev/native.md). The only crate that uses LLVM.
//!
//! Each code object becomes one native function over the VM's frame
//! (`function.rs`; a generator's resumes at its frame's pc): the hot
//! instructions are inlined
//! (locals, constants, moves, small-int arithmetic and comparisons,
//! branches on bools, reference counts), control flow becomes LLVM's, and
//! every other instruction calls `pyrt_step`, the VM's own implementation
//! of it. A code object left out runs on the VM; `FunctionReport` says
//! which and why (`pyrite build --explain`).

mod debug;
mod function;
mod image;
mod runtime;

use compiler::bytecode;
use inkwell::OptimizationLevel;
use inkwell::context::Context;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::{
    CodeModel, FileType, InitializationConfig, RelocMode, Target, TargetMachine,
};

/// How to compile.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// LLVM's optimization level, 0 to 3.
    pub opt_level: u8,
    /// Emit DWARF line information: Python file and line for each
    /// instruction, Python qualnames for functions (`pyrite build -g`).
    pub debug_info: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            opt_level: 2,
            debug_info: false,
        }
    }
}

/// One module of the program: its source path (the key the runtime finds
/// it by) and its bytecode.
pub struct Unit<'a> {
    /// The source path at build time.
    pub path: &'a str,
    /// The bytecode of the whole module.
    pub bytecode: &'a bytecode::Module,
}

/// A whole program.
pub struct Program<'a> {
    /// Every module, the main one included.
    pub units: Vec<Unit<'a>>,
    /// The main module's path (one of the units').
    pub main: &'a str,
    /// `sys.path[0]` for the main module.
    pub path0: &'a str,
}

/// What to produce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Emit {
    /// An ELF object file to link with the runtime library.
    Object,
    /// LLVM's textual IR (after optimization).
    LlvmIr,
    /// Assembly.
    Asm,
}

/// What happened to one code object.
#[derive(Clone, Debug)]
pub struct FunctionReport {
    /// The source file.
    pub filename: String,
    /// The qualified name (`<module>` for a module body).
    pub qualname: String,
    /// The first line.
    pub line: u32,
    /// `None` when compiled to native code, else why it runs on the VM.
    pub fallback: Option<String>,
    /// The fast locals kept as unboxed doubles in its typed body.
    pub unboxed_locals: Vec<String>,
    /// How many registers (temporaries) are kept as unboxed doubles.
    pub unboxed_temporaries: usize,
}

/// The result of a compilation.
pub struct Output {
    /// The object file, IR or assembly.
    pub bytes: Vec<u8>,
    /// One report per code object, in module order.
    pub functions: Vec<FunctionReport>,
}

/// Compiles a program. An error is an internal compiler error (LLVM
/// rejected what we generated, or the host has no LLVM target).
pub fn compile(program: &Program, options: &Options, emit: Emit) -> Result<Output, String> {
    let context = Context::create();
    let rt = runtime::Runtime::declare(&context, context.create_module("pyrite"))?;
    let module = &rt.module;
    let debug = debug::Debug::new(&rt, program, options.debug_info, options.opt_level > 0);
    let mut functions = Vec::new();
    let mut natives = Vec::new();
    let mut direct = Vec::new();
    for (m, unit) in program.units.iter().enumerate() {
        let mut entries = Vec::new();
        let module_name = module_name(unit);
        for co in &unit.bytecode.code {
            // A readable symbol for perf and gdb (LLVM numbers duplicates).
            let name = format!("py:{module_name}.{}", co.qualname);
            let (entry, fallback) = match function::compile(&rt, &name, co, &debug.unit(m))? {
                Ok(f) => (Some(f), None),
                Err(reason) => (None, Some(reason)),
            };
            let unboxed = if entry.is_some() {
                function::unboxed_slots(co)
            } else {
                Vec::new()
            };
            entries.push(entry);
            functions.push(FunctionReport {
                filename: co.filename.clone(),
                qualname: co.qualname.clone(),
                line: co.first_line,
                fallback,
                unboxed_locals: unboxed
                    .iter()
                    .filter_map(|&s| s.checked_sub(co.nregs))
                    .filter_map(|i| co.varnames.get(i as usize).cloned())
                    .collect(),
                unboxed_temporaries: unboxed.iter().filter(|&&s| s < co.nregs).count(),
            });
        }
        direct.push(
            unit.bytecode
                .code
                .iter()
                .map(function::takes_direct_calls)
                .collect(),
        );
        natives.push(entries);
    }
    image::emit(&rt, program, &natives, &direct)?;
    debug.finish();
    module
        .verify()
        .map_err(|e| format!("LLVM rejected the generated module: {e}"))?;
    let machine = target_machine(options)?;
    module.set_triple(&machine.get_triple());
    module.set_data_layout(&machine.get_target_data().get_data_layout());
    // LLVM's own pipelines. Measured on `bench/compile_time.py`'s program
    // and the benchmarks (instructions under cachegrind): `default<O1>`
    // compiles with 16% fewer instructions than `default<O2>` but fib
    // runs 15% more, mandelbrot 7%; a hand-made pipeline (one round of
    // SROA, EarlyCSE, InstCombine, JumpThreading, CVP, LICM, GVN, SCCP,
    // DSE, SimplifyCFG) 33% fewer, with mandelbrot 50% slower. Turning
    // off vectorization and unrolling changes nothing: the C API leaves
    // the SLP vectorizer off, and the loop passes find nothing to do in
    // our code.
    let passes = format!("default<O{}>", options.opt_level.min(3));
    module
        .run_passes(&passes, &machine, PassBuilderOptions::create())
        .map_err(|e| format!("LLVM's optimizer failed: {e}"))?;
    let bytes = match emit {
        Emit::LlvmIr => module.print_to_string().to_bytes().to_vec(),
        Emit::Object | Emit::Asm => {
            let kind = if emit == Emit::Asm {
                FileType::Assembly
            } else {
                FileType::Object
            };
            machine
                .write_to_memory_buffer(module, kind)
                .map_err(|e| format!("LLVM's code generator failed: {e}"))?
                .as_slice()
                .to_vec()
        }
    };
    Ok(Output { bytes, functions })
}

/// The module's name for its functions' symbols: its `__name__`, or for
/// the main module (`__main__`) its file's stem, which says more.
fn module_name<'a>(unit: &Unit<'a>) -> &'a str {
    match unit.bytecode.name.as_str() {
        "__main__" => std::path::Path::new(unit.path)
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("__main__"),
        name => name,
    }
}

/// A machine for this host's OS and CPU family (a generic CPU, so the
/// executable runs on any machine of the family).
fn target_machine(options: &Options) -> Result<TargetMachine, String> {
    Target::initialize_native(&InitializationConfig::default())
        .map_err(|e| format!("cannot initialize LLVM's native target: {e}"))?;
    let triple = TargetMachine::get_default_triple();
    let target = Target::from_triple(&triple).map_err(|e| e.to_string())?;
    let level = match options.opt_level {
        0 => OptimizationLevel::None,
        1 => OptimizationLevel::Less,
        2 => OptimizationLevel::Default,
        _ => OptimizationLevel::Aggressive,
    };
    target
        .create_target_machine(
            &triple,
            "generic",
            "",
            level,
            RelocMode::PIC,
            CodeModel::Default,
        )
        .ok_or_else(|| format!("LLVM has no target machine for {triple}"))
}
