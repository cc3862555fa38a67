//! The `pyrite` command: argument parsing, exit codes and terminal output.
//! Only this crate knows about argv, exit codes and stdio.

use std::process::ExitCode;
use std::sync::Mutex;

use clap::{Parser, Subcommand};
use compiler::diagnostics::CompileError;

/// Pyrite: an ahead-of-time compiler for Python 3.
#[derive(Parser)]
#[command(name = "pyrite", version, about)]
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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check { files } => check(&files),
        Command::Build { file, emit } => build(&file, emit),
    }
}

fn build(file: &str, emit: Emit) -> ExitCode {
    match emit {
        Emit::Ir => match guarded(file, || {
            let module = compiler::driver::lower_file(file, "__main__")?;
            compiler::driver::verify(file, &module)?;
            Ok(module)
        }) {
            Ok(module) => {
                print!("{module}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("{e}");
                ExitCode::FAILURE
            }
        },
    }
}

fn check(files: &[String]) -> ExitCode {
    let mut status = ExitCode::SUCCESS;
    for file in files {
        if let Err(e) = guarded(file, || compiler::driver::check_file(file)) {
            eprintln!("{e}");
            status = ExitCode::FAILURE;
        }
    }
    status
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
