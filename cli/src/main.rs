//! The `pyrite` command: argument parsing, exit codes and terminal output.
//! Only this crate knows about argv, exit codes and stdio.

use std::process::ExitCode;
use std::sync::Mutex;

use clap::{Parser, Subcommand};
use compiler::diagnostics::CompileError;
use compiler::driver::Timings;
use std::time::Duration;

mod prompt;
mod pyargs;

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
    /// Run a program (today through the bytecode VM).
    Run {
        /// Run through the bytecode VM (the only backend so far).
        #[arg(long)]
        vm: bool,
        /// The program.
        file: String,
        /// Arguments for the program (`sys.argv[1:]`).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Compile a program; with --emit, print an intermediate form instead.
    Build {
        /// The main Python file.
        file: String,
        /// Print this form of the program on stdout.
        #[arg(long, value_enum)]
        emit: Emit,
    },
}

/// The intermediate forms `build --emit` can print.
#[derive(Clone, Copy, clap::ValueEnum)]
enum Emit {
    /// Pyrite IR, every function of the module.
    Ir,
    /// The register bytecode, disassembled: every code object of the module.
    Bytecode,
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
        Command::Run { vm: _, file, args } => {
            let mut config = runtime::run::Config {
                prog: prog.to_string(),
                args,
                ..runtime::run::Config::default()
            };
            pyargs::apply_environment(&mut config, |k| std::env::var(k).ok());
            run(config, runtime::run::Program::File(file))
        }
        Command::Build { file, emit } => build(&file, emit),
    }
}

fn build(file: &str, emit: Emit) -> ExitCode {
    let result = guarded(file, || {
        let module = compiler::driver::lower_file(file, "__main__")?;
        compiler::driver::verify(file, &module)?;
        Ok(match emit {
            Emit::Ir => module.to_string(),
            Emit::Bytecode => compiler::driver::emit_bytecode(file, &module)?.to_string(),
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

/// Runs a program on a thread with a large stack (deep Python recursion
/// recurses in Rust too), turning a runtime panic into exit code 70.
fn run(config: runtime::run::Config, program: runtime::run::Program) -> ExitCode {
    // Ctrl-C sets the runtime's flag; the VM raises KeyboardInterrupt.
    let _ =
        signal_hook::flag::register(signal_hook::consts::SIGINT, runtime::vm::interrupt::flag());
    let worker = std::thread::Builder::new()
        .name("python".into())
        .stack_size(1 << 30)
        .spawn(move || {
            let previous = std::panic::take_hook();
            std::panic::set_hook(Box::new(|info| {
                let at = info.location().map(|l| l.to_string()).unwrap_or_default();
                let what = info
                    .payload()
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| info.payload().downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                eprintln!("pyrite: internal error: {what} (at {at})");
            }));
            let status = run_and_prompt(&config, program);
            std::panic::set_hook(previous);
            status
        });
    let status = match worker.map(|w| w.join()) {
        Ok(Ok(status)) => status,
        _ => 70,
    };
    if status == runtime::run::SIGINT_STATUS {
        die_by_sigint();
        return ExitCode::from(130);
    }
    ExitCode::from(status.clamp(0, 255) as u8)
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

/// Ends the process by SIGINT, as CPython does after an uncaught
/// KeyboardInterrupt (the parent sees a signal death, not an exit code):
/// the default action is restored and the signal raised in-process.
fn die_by_sigint() {
    let _ = std::io::Write::flush(&mut std::io::stdout());
    let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGINT);
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
fn guarded<T>(
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
