//! The `pyrite` subcommands on valid programs: `check` is silent and exits
//! 0; `build --emit=ir` prints verified IR; a missing file is reported as
//! CPython reports it.

use std::path::PathBuf;
use std::process::{Command, Output};

fn pyrite(args: &[&str]) -> Output {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    Command::new(env!("CARGO_BIN_EXE_pyrite"))
        .args(args)
        .current_dir(root)
        .output()
        .expect("run pyrite")
}

#[test]
fn check_is_silent_on_the_samples() {
    let out = pyrite(&["check", "samples/hello.py", "samples/primes.py"]);
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(out.stdout, b"");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn emit_ir_prints_every_function_and_reads_back() {
    let out = pyrite(&["build", "--emit=ir", "samples/primes.py"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let module = compiler::ir::read_module(&text).expect("printed IR reads back");
    compiler::ir::verify_module(&module).expect("printed IR verifies");
    let names: Vec<&str> = module
        .functions
        .iter()
        .map(|f| f.qualname.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "<module>",
            "Sieve",
            "Sieve.__init__",
            "Sieve.__iter__",
            "Sieve.__iter__.<locals>.<genexpr>",
            "main"
        ]
    );
}

#[test]
fn a_missing_file_is_reported_like_cpython() {
    let out = pyrite(&["check", "no/such/file.py"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "pyrite: can't open file 'no/such/file.py': [Errno 2] No such file or directory\n"
    );
}
