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
use inkwell::module::{Linkage, Module};
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::{
    CodeModel, FileType, InitializationConfig, RelocMode, Target, TargetMachine,
};
use inkwell::values::FunctionValue;

/// How to compile.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// LLVM's optimization level, 0 to 3.
    pub opt_level: u8,
    /// Emit DWARF line information: Python file and line for each
    /// instruction, Python qualnames for functions (`pyrite build -g`).
    pub debug_info: bool,
    /// How many threads generate code, each into an object file of its
    /// own (for an object, 1 gives one object file with everything).
    pub jobs: usize,
    /// Words of the runtime's context that are the same in every process
    /// of one runtime build (where objects keep their fields), as (field
    /// index, value): the runtime the executable links gives them
    /// (`runtime::native::abi::layout_words`), and generated code uses
    /// them as constants instead of loading them. The image lists them,
    /// and the executable checks them against its runtime on start.
    /// Empty: every such word is loaded.
    pub layout: &'static [(u32, u64)],
}

impl Default for Options {
    fn default() -> Options {
        Options {
            opt_level: 2,
            debug_info: false,
            jobs: default_jobs(),
            layout: &[],
        }
    }
}

/// One thread per core, up to 8 (LLVM's work splits by function; past a
/// few threads the program's own size limits it).
fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().min(8))
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
    /// The fast locals that hold small ints only.
    pub small_int_locals: Vec<String>,
    /// How many registers hold small ints only.
    pub small_int_temporaries: usize,
}

/// The result of a compilation.
pub struct Output {
    /// The object files to link together (one per thread that generated
    /// code, the program image's apart), or the IR or assembly text.
    pub objects: Vec<Vec<u8>>,
    /// One report per code object, in module order.
    pub functions: Vec<FunctionReport>,
}

/// Compiles a program. An error is an internal compiler error (LLVM
/// rejected what we generated, or the host has no LLVM target).
///
/// With more than one job, the code objects are split among threads,
/// each with its own LLVM context and module (native functions refer to
/// each other only through the runtime, never by symbol), and the image
/// and `main` go in a module of their own made after them, which names
/// the native functions as external symbols.
pub fn compile(program: &Program, options: &Options, emit: Emit) -> Result<Output, String> {
    Target::initialize_native(&InitializationConfig::default())
        .map_err(|e| format!("cannot initialize LLVM's native target: {e}"))?;
    let names = symbol_names(program);
    let all: Vec<(usize, usize)> = program
        .units
        .iter()
        .enumerate()
        .flat_map(|(m, u)| (0..u.bytecode.code.len()).map(move |i| (m, i)))
        .collect();
    let jobs = options.jobs.clamp(1, all.len().max(1));
    let mut reports: Vec<Vec<Option<FunctionReport>>> = program
        .units
        .iter()
        .map(|u| vec![None; u.bytecode.code.len()])
        .collect();
    let mut objects = Vec::new();
    let mut record = |part: Part| {
        for ((m, i), report) in part.functions {
            reports[m][i] = Some(report);
        }
        objects.push(part.bytes);
    };
    if jobs == 1 {
        record(compile_part(program, options, emit, &all, &names, true)?);
    } else {
        let parts = partition(program, &all, jobs);
        let done: Vec<Result<Part, String>> = std::thread::scope(|s| {
            let threads: Vec<_> = parts
                .iter()
                .map(|p| s.spawn(|| compile_part(program, options, emit, p, &names, false)))
                .collect();
            threads
                .into_iter()
                .map(|t| {
                    t.join()
                        .unwrap_or_else(|_| Err("a code generation thread panicked".into()))
                })
                .collect()
        });
        for part in done {
            record(part?);
        }
        objects.push(compile_image(program, options, emit, &names, &reports)?);
    }
    let functions = reports.into_iter().flatten().flatten().collect();
    Ok(Output { objects, functions })
}

/// What one thread generated: its module's object (or text) and the
/// report of each of its code objects.
struct Part {
    bytes: Vec<u8>,
    functions: Vec<((usize, usize), FunctionReport)>,
}

/// Generates the code objects `which` (unit, index) in a module of their
/// own; `with_image` adds the image and `main` (then everything is in
/// this one module and the functions stay internal).
fn compile_part(
    program: &Program,
    options: &Options,
    emit: Emit,
    which: &[(usize, usize)],
    names: &[Vec<String>],
    with_image: bool,
) -> Result<Part, String> {
    let context = Context::create();
    let rt = runtime::Runtime::declare(&context, context.create_module("pyrite"), options.layout)?;
    let debug = debug::Debug::new(&rt, program, options.debug_info, options.opt_level > 0);
    let linkage = if with_image {
        Linkage::Internal
    } else {
        Linkage::External
    };
    let mut natives: Vec<Vec<Option<FunctionValue>>> = program
        .units
        .iter()
        .map(|u| vec![None; u.bytecode.code.len()])
        .collect();
    let mut functions = Vec::new();
    for &(m, i) in which {
        let co = &program.units[m].bytecode.code[i];
        let name = &names[m][i];
        let (entry, fallback) = match function::compile(&rt, name, co, &debug.unit(m), linkage)? {
            Ok(f) => (Some(f), None),
            Err(reason) => (None, Some(reason)),
        };
        let (unboxed, small) = if entry.is_some() {
            (function::unboxed_slots(co), function::small_int_slots(co))
        } else {
            (Vec::new(), Vec::new())
        };
        let locals = |slots: &[u32]| -> Vec<String> {
            slots
                .iter()
                .filter_map(|&s| s.checked_sub(co.nregs))
                .filter_map(|i| co.varnames.get(i as usize).cloned())
                .collect()
        };
        let temporaries = |slots: &[u32]| slots.iter().filter(|&&s| s < co.nregs).count();
        natives[m][i] = entry;
        functions.push((
            (m, i),
            FunctionReport {
                filename: co.filename.clone(),
                qualname: co.qualname.clone(),
                line: co.first_line,
                fallback,
                unboxed_locals: locals(&unboxed),
                unboxed_temporaries: temporaries(&unboxed),
                small_int_locals: locals(&small),
                small_int_temporaries: temporaries(&small),
            },
        ));
    }
    if with_image {
        image::emit(&rt, program, &natives, &direct_flags(program))?;
    }
    debug.finish();
    let bytes = finish_module(&rt.module, options, emit)?;
    Ok(Part { bytes, functions })
}

/// The module of the image and `main` when the functions are in others:
/// each code object that got native code (its report has no fallback)
/// declared as the external symbol its part defined.
fn compile_image(
    program: &Program,
    options: &Options,
    emit: Emit,
    names: &[Vec<String>],
    reports: &[Vec<Option<FunctionReport>>],
) -> Result<Vec<u8>, String> {
    let context = Context::create();
    let rt = runtime::Runtime::declare(
        &context,
        context.create_module("pyrite.image"),
        options.layout,
    )?;
    let natives: Vec<Vec<Option<FunctionValue>>> = reports
        .iter()
        .zip(names)
        .map(|(unit, names)| {
            unit.iter()
                .zip(names)
                .map(|(report, name)| {
                    let native = report.as_ref().is_some_and(|r| r.fallback.is_none());
                    native.then(|| {
                        rt.module
                            .add_function(name, rt.native_fn, Some(Linkage::External))
                    })
                })
                .collect()
        })
        .collect();
    image::emit(&rt, program, &natives, &direct_flags(program))?;
    finish_module(&rt.module, options, emit)
}

/// Per unit and code object: whether its native code takes direct calls.
fn direct_flags(program: &Program) -> Vec<Vec<bool>> {
    program
        .units
        .iter()
        .map(|u| {
            u.bytecode
                .code
                .iter()
                .map(function::takes_direct_calls)
                .collect()
        })
        .collect()
}

/// Splits the code objects among `jobs` parts of about the same cost:
/// the longest first, each to the part with the least so far. A code
/// object's instruction count stands for its cost (LLVM's time grows
/// with the IR, about a fixed amount per instruction).
fn partition(program: &Program, all: &[(usize, usize)], jobs: usize) -> Vec<Vec<(usize, usize)>> {
    let cost = |&(m, i): &(usize, usize)| program.units[m].bytecode.code[i].code.len() + 1;
    let mut order = all.to_vec();
    order.sort_by_key(|k| std::cmp::Reverse(cost(k)));
    let mut parts = vec![(0usize, Vec::new()); jobs];
    for k in order {
        if let Some(p) = parts.iter_mut().min_by_key(|(load, _)| *load) {
            p.0 += cost(&k);
            p.1.push(k);
        }
    }
    parts
        .into_iter()
        .map(|(_, p)| p)
        .filter(|p| !p.is_empty())
        .collect()
}

/// The symbol of each code object's native function: `py:` and its
/// module and qualname (readable in perf and gdb), with a number after
/// a name seen before, so that every symbol of the program is unique
/// (parts made in different modules are linked together).
fn symbol_names(program: &Program) -> Vec<Vec<String>> {
    let mut seen = std::collections::HashMap::<String, usize>::new();
    program
        .units
        .iter()
        .map(|unit| {
            let module_name = module_name(unit);
            unit.bytecode
                .code
                .iter()
                .map(|co| {
                    let base = format!("py:{module_name}.{}", co.qualname);
                    let n = seen.entry(base.clone()).or_default();
                    *n += 1;
                    match *n {
                        1 => base,
                        n => format!("{base}.{n}"),
                    }
                })
                .collect()
        })
        .collect()
}

/// Verifies, optimizes and emits one module.
fn finish_module(module: &Module, options: &Options, emit: Emit) -> Result<Vec<u8>, String> {
    module
        .verify()
        .map_err(|e| format!("LLVM rejected the generated module: {e}"))?;
    let machine = target_machine(options)?;
    module.set_triple(&machine.get_triple());
    module.set_data_layout(&machine.get_target_data().get_data_layout());
    // -O1 and -O2 run one short function pipeline (code generation makes
    // the difference): SROA turns the slot arrays into SSA values, then
    // two rounds of CSE, constant propagation, InstCombine, jump
    // threading and value-range propagation decide the inline tag and
    // type tests that earlier ones answered; LICM hoists what loops
    // recompute, and non-trivial unswitching takes a test that does not
    // change in a loop (a range loop's "shadow valid") out of it, the
    // loop copied for each outcome. LLVM's O1 pipeline runs InstCombine nine times and
    // inlines nothing our always-inline helpers leave: on
    // `bench/compile_time.py`'s program this one spends 2.2 s of CPU
    // where O1's (with the same three passes after it) spent 5.1 s, and
    // the benchmarks run within 2% of it (docs/dev/native.md).
    let passes = match options.opt_level {
        0 => "default<O0>",
        1 | 2 => concat!(
            "always-inline,function(sroa<modify-cfg>,early-cse,simplifycfg,sccp,",
            "instcombine<max-iterations=1;no-verify-fixpoint>,",
            "jump-threading,correlated-propagation,simplifycfg,",
            "instcombine<max-iterations=1;no-verify-fixpoint>,",
            "loop-mssa(licm,simple-loop-unswitch<nontrivial>),adce,",
            "simplifycfg<forward-switch-cond;switch-range-to-icmp;switch-to-lookup;",
            "no-keep-loops;hoist-common-insts;sink-common-insts>)"
        ),
        _ => "default<O3>",
    };
    module
        .run_passes(passes, &machine, PassBuilderOptions::create())
        .map_err(|e| format!("LLVM's optimizer failed: {e}"))?;
    Ok(match emit {
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
    })
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
