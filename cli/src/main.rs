//! The `pyrite` command: argument parsing, exit codes and terminal output.
//! Only this crate knows about argv, exit codes and stdio.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

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
        Emit::Ir => match compiler::driver::lower_file(file, "__main__") {
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
        if let Err(e) = compiler::driver::check_file(file) {
            eprintln!("{e}");
            status = ExitCode::FAILURE;
        }
    }
    status
}
