//! The `pyrite` command: argument parsing, exit codes and terminal output.
//! Only this crate knows about argv, exit codes and stdio.

use std::process::ExitCode;
use std::sync::Mutex;

use clap::{Parser, Subcommand};
use compiler::diagnostics::CompileError;
use compiler::driver::Timings;
use std::time::Duration;

// LLVM allocates and frees millions of small blocks per build: mimalloc,
// which replaces malloc for the whole process (its `override` feature),
// serves them faster than glibc (`pyrite build` of
// bench/compile_time.py's program takes a tenth less time).
use mimalloc as _;

mod native;
mod prompt;
mod pyargs;
mod run_native;

/// Pyrite: an ahead-of-time compiler for Python 3.
#[derive(Parser)]
#[command(name = "pyrite", version, about, disable_help_subcommand = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse, resolve scopes, lower and verify each file; silent when all are valid.
    Check {
        /// Python source files.
        #[arg(required = true)]
        files: Vec<String>,
        /// Print the time of each frontend stage and its lines per second.
        #[arg(long)]
        timings: bool,
    },
    /// Run a program: built to native code (cached), or on the VM.
    Run {
        /// Run on the bytecode VM instead of native code.
        #[arg(long)]
        vm: bool,
        /// The program.
        file: String,
        /// Arguments for the program (`sys.argv[1:]`).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Compile a program and its own modules to a standalone executable;
    /// with --emit, print an intermediate form instead.
    Build {
        /// The main Python file.
        file: String,
        /// The executable to write (default: the file's name without .py).
        #[arg(short = 'o', long = "output")]
        output: Option<String>,
        /// Print this form of the program on stdout instead (obj: write
        /// the object file to -o).
        #[arg(long, value_enum)]
        emit: Option<Emit>,
        /// Optimization level: 0 none, 1 a short pass pipeline (scalar
        /// replacement, CSE, constant and value-range propagation, jump
        /// threading, LICM) with less code generation, 2 the same passes
        /// with full code generation (code as fast as with LLVM's O1
        /// passes, compiled a third faster), 3 LLVM's O3.
        #[arg(short = 'O', value_parser = clap::value_parser!(u8).range(0..=3), default_value_t = 2)]
        opt_level: u8,
        /// Say, per function, whether it became native code and why not.
        #[arg(long)]
        explain: bool,
        /// Emit DWARF line information, so that gdb and perf show Python
        /// files, lines and function names.
        #[arg(short = 'g')]
        debug_info: bool,
    },
}

/// The intermediate forms `build --emit` can print.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Emit {
    /// Pyrite IR, every function of the module.
    Ir,
    /// The register bytecode, disassembled: every code object of the module.
    Bytecode,
    /// LLVM IR of the whole program, after optimization.
    Llvm,
    /// Assembly of the whole program.
    Asm,
    /// The object file (written to -o).
    Obj,
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let prog = argv.first().cloned().unwrap_or_else(|| "pyrite".into());
    if argv
        .get(1)
        .is_some_and(|a| pyargs::SUBCOMMANDS.contains(&a.as_str()))
    {
        return subcommand(&prog);
    }
    match pyargs::parse(&prog, argv.get(1..).unwrap_or_default(), |k| {
        std::env::var(k).ok()
    }) {
        pyargs::Invocation::Run(request) => run(request.config, request.program),
        pyargs::Invocation::Help => {
            print!("{}", pyargs::help(&prog));
            ExitCode::SUCCESS
        }
        pyargs::Invocation::Version => {
            println!("Python 3.11.7 (Pyrite {})", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        pyargs::Invocation::Usage(message) => {
            eprint!("{message}\n{}", pyargs::usage(&prog));
            ExitCode::from(2)
        }
    }
}

/// `pyrite run|build|check ...`, parsed by clap.
fn subcommand(prog: &str) -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check { files, timings } => check(&files, timings),
        Command::Run { vm, file, args } => {
            let on_vm = || {
                let mut config = runtime::run::Config {
                    prog: prog.to_string(),
                    args: args.clone(),
                    ..runtime::run::Config::default()
                };
                config.apply_environment(|k| std::env::var(k).ok());
                run(config, runtime::run::Program::File(file.clone()))
            };
            if vm || !std::path::Path::new(&file).is_file() {
                on_vm()
            } else {
                run_native::run(&file, &args, on_vm)
            }
        }
        Command::Build {
            file,
            output,
            emit,
            opt_level,
            explain,
            debug_info,
        } => {
            let options = native::options(opt_level, debug_info);
            match emit {
                Some(e @ (Emit::Ir | Emit::Bytecode)) => print_form(&file, e),
                _ => native::build(&file, output.as_deref(), emit, &options, explain),
            }
        }
    }
}

/// `build --emit=ir|bytecode`: the main module's IR or bytecode, as the
/// native build makes them (after the passes).
fn print_form(file: &str, emit: Emit) -> ExitCode {
    let result = guarded(file, || {
        let mut module = compiler::driver::lower_file(file, "__main__")?;
        compiler::driver::verify(file, &module)?;
        compiler::driver::run_passes(file, &mut module)?;
        Ok(if emit == Emit::Bytecode {
            compiler::driver::emit_bytecode(file, &module)?.to_string()
        } else {
            module.to_string()
        })
    });
    match result {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

/// Runs a program (then the prompt, if any) on the Python thread.
fn run(config: runtime::run::Config, program: runtime::run::Program) -> ExitCode {
    let status = runtime::process::run_on_python_thread(move || run_and_prompt(&config, program));
    ExitCode::from(runtime::process::exit_code(status))
}

/// Runs the program, then the prompt when there is one: with `-i`, or
/// for a bare `pyrite` whose stdin is a terminal.
fn run_and_prompt(config: &runtime::run::Config, program: runtime::run::Program) -> i32 {
    use runtime::run::Program;
    let bare = matches!(program, Program::Stdin { dash: false });
    let prompt = config.inspect || (bare && prompt::stdin_is_terminal());
    let program = if prompt && bare {
        Program::Nothing
    } else {
        program
    };
    let banner = !config.quiet && matches!(program, Program::Nothing);
    let outcome = runtime::run::run_program(config, &program);
    if prompt {
        prompt::interact(&outcome.main, !banner)
    } else {
        outcome.status
    }
}

fn check(files: &[String], timings: bool) -> ExitCode {
    let mut status = ExitCode::SUCCESS;
    let mut t = Timings::default();
    for file in files {
        if let Err(e) = guarded(file, || compiler::driver::check_file_timed(file, &mut t)) {
            eprintln!("{e}");
            status = ExitCode::FAILURE;
        }
    }
    if timings {
        print_timings(files.len(), &t);
    }
    status
}

fn print_timings(files: usize, t: &Timings) {
    eprintln!("{files} files, {} lines", t.lines);
    let stages = [
        ("read", t.read),
        ("parse", t.parse),
        ("scopes", t.scopes),
        ("checks", t.checks),
        ("lower", t.lower),
        ("verify", t.verify),
    ];
    let total: f64 = stages.iter().map(|(_, d)| d.as_secs_f64()).sum();
    for (name, d) in stages
        .iter()
        .chain([&("total", Duration::from_secs_f64(total))])
    {
        let secs = d.as_secs_f64();
        let rate = if secs > 0.0 {
            t.lines as f64 / secs
        } else {
            0.0
        };
        eprintln!("{name:>8}: {secs:8.3} s  {rate:>12.0} lines/s");
    }
}

/// Runs a compiler stage on `file`, turning a panic (a bug in Pyrite) into
/// an internal compiler error instead of a Rust backtrace.
pub(crate) fn guarded<T>(
    file: &str,
    stage: impl FnOnce() -> Result<T, CompileError>,
) -> Result<T, CompileError> {
    static WHERE: Mutex<String> = Mutex::new(String::new());
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(|info| {
        if let (Some(at), Ok(mut slot)) = (info.location(), WHERE.lock()) {
            *slot = at.to_string();
        }
    }));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(stage));
    std::panic::set_hook(previous);
    result.unwrap_or_else(|payload| {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic".to_string());
        let at = WHERE.lock().map(|s| s.clone()).unwrap_or_default();
        Err(CompileError::Internal {
            filename: file.to_string(),
            line: 0,
            message: format!("{what} (at {at})"),
        })
    })
}
