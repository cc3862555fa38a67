//! Data-driven tests of the symbol table against CPython.
//!
//! Expected outputs come from CPython, never by hand. Regenerate them with
//!
//!     python3 tests/scopes/regen.py
//!
//! `tests/scopes/NAME.py` must build and dump exactly `NAME.expected`;
//! `tests/scopes/errors/NAME.py` must fail with the `line: message` in its
//! `.expected` (or build, when that says `ok`).
//!
//! By hand: `PYRITE_SCOPES_TREE=/some/dir cargo test -p compiler --test scopes
//! -- --nocapture tree` prints `path: ok` or `path: line: message` for every
//! `.py` file under the directory, to compare with CPython's `compile()`.

use std::path::{Path, PathBuf};

use compiler::source::SourceFile;

fn scopes_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/scopes")
}

fn py_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("tests/scopes exists")
        .map(|e| e.expect("readable directory").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py") && !p.ends_with("regen.py"))
        .collect();
    files.sort();
    files
}

/// The table's dump, or `line: message` when building fails.
fn run(path: &Path) -> Result<String, String> {
    let text = std::fs::read_to_string(path).expect("readable test file");
    let src = SourceFile::new(path.display().to_string(), text);
    let parsed =
        compiler::parse::parse_module(&src).map_err(|e| format!("{}: {}", e.lineno, e.msg))?;
    compiler::scopes::build(&src, parsed.syntax())
        .map(|t| t.dump())
        .map_err(|e| format!("{}: {}", e.lineno, e.msg))
}

fn expected(path: &Path) -> String {
    std::fs::read_to_string(path.with_extension("expected")).unwrap_or_else(|_| {
        panic!(
            "{} has no .expected: run tests/scopes/regen.py",
            path.display()
        )
    })
}

#[test]
fn dumps_match_cpython() {
    let files = py_files(&scopes_dir());
    assert!(files.len() >= 30, "too few scope tests");
    let mut failures = Vec::new();
    for path in files {
        let got = run(&path).unwrap_or_else(|e| format!("error {e}\n"));
        let want = expected(&path);
        if got != want {
            failures.push(format!(
                "--- {}\nexpected:\n{want}got:\n{got}",
                path.display()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn errors_match_cpython() {
    let files = py_files(&scopes_dir().join("errors"));
    assert!(files.len() >= 25, "too few error tests");
    let mut failures = Vec::new();
    for path in files {
        let got = match run(&path) {
            Ok(_) => "ok".to_string(),
            Err(e) => e,
        };
        let want = expected(&path);
        if got != want.trim_end() {
            failures.push(format!(
                "{}: expected {want:?}, got {got:?}",
                path.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Only does something with `PYRITE_SCOPES_TREE` set (see the module doc).
#[test]
fn tree() {
    let Ok(root) = std::env::var("PYRITE_SCOPES_TREE") else {
        return;
    };
    let mut todo = vec![PathBuf::from(root)];
    let mut files = Vec::new();
    while let Some(dir) = todo.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                todo.push(p);
            } else if p.extension().is_some_and(|e| e == "py") {
                files.push(p);
            }
        }
    }
    files.sort();
    // The main thread's stack size, as the cli gets: test threads have less.
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(move || check_tree(files))
        .expect("thread spawns")
        .join()
        .expect("no panic");
}

fn check_tree(files: Vec<PathBuf>) {
    for path in files {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let src = SourceFile::new(path.display().to_string(), text);
        let verdict = match compiler::parse::parse_module(&src) {
            Err(e) => format!("{}: {}", e.lineno, e.msg),
            Ok(parsed) => match compiler::scopes::build(&src, parsed.syntax()) {
                Ok(_) => "ok".to_string(),
                Err(e) => format!("{}: {}", e.lineno, e.msg),
            },
        };
        println!("{}: {verdict}", path.display());
    }
}
