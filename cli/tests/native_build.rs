//! `pyrite build` and `pyrite run` through native code: a built program
//! runs alone (moved away from its sources, empty environment, only libc
//! and friends), build errors are clear and leave no output, and `pyrite
//! run` reuses its cached executable until a source changes.
//!
//! Expected outputs come from CPython run in the test on the same files
//! (`$PYRITE_PYTHON`, else `python3`; the comparisons are skipped with a
//! note without a 3.11).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A program with a package, a relative import, a module-level name
/// lookup, a generator (VM) and an uncaught exception.
const PROGRAM: &[(&str, &str)] = &[
    (
        "app.py",
        "import sys\nfrom shapes import area\nfrom shapes.util import twice\n\
         def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n\
         def evens(n):\n    for i in range(n):\n        if i % 2 == 0:\n            yield i\n\
         print(fib(20), area.square(3), twice(21), list(evens(7)))\n\
         print(sys.argv[1:], __name__)\n\
         try:\n    import no_such_module\nexcept ImportError as e:\n    print(type(e).__name__, e)\n\
         raise SystemExit(fib(5))\n",
    ),
    ("shapes/__init__.py", "from . import area\n"),
    (
        "shapes/area.py",
        "from .util import twice\ndef square(x):\n    return twice(x) * x // 2\n",
    ),
    ("shapes/util.py", "def twice(x):\n    return 2 * x\n"),
];

fn pyrite(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pyrite"))
        .args(args)
        .current_dir(dir)
        .env("XDG_CACHE_HOME", dir.join("cache"))
        .output()
        .expect("run pyrite")
}

/// A fresh folder holding `files`.
fn workdir(tag: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("native-build")
        .join(tag);
    let _ = std::fs::remove_dir_all(&dir);
    for (name, text) in files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, text).expect("write");
    }
    dir
}

/// CPython 3.11, if this machine has it.
fn python3() -> Option<PathBuf> {
    let candidates = [std::env::var("PYRITE_PYTHON").ok(), Some("python3".into())];
    candidates
        .into_iter()
        .flatten()
        .map(PathBuf::from)
        .find(|p| {
            Command::new(p)
                .args(["-c", "import sys; print(sys.version_info[:2] == (3, 11))"])
                .output()
                .is_ok_and(|o| o.stdout == b"True\n")
        })
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn a_built_program_runs_alone_as_python3_runs_its_source() {
    let dir = workdir("alone", PROGRAM);
    let build = pyrite(&dir, &["build", "app.py", "-o", "app"]);
    assert_eq!(build.status.code(), Some(0), "{}", text(&build.stderr));
    assert!(
        text(&build.stderr).contains("app.py:13: no module named 'no_such_module'"),
        "the missing module is a warning: {}",
        text(&build.stderr)
    );
    let expected = python3().map(|py| {
        Command::new(py)
            .args(["app.py", "x", "y"])
            .current_dir(&dir)
            .env_clear()
            .output()
            .expect("run python3")
    });
    // Move the executable away and delete the sources.
    let elsewhere = workdir("alone-moved", &[]);
    std::fs::create_dir_all(&elsewhere).expect("mkdir");
    let exe = elsewhere.join("app");
    std::fs::rename(dir.join("app"), &exe).expect("move the executable");
    std::fs::remove_dir_all(&dir).expect("delete the sources");
    let out = Command::new(&exe)
        .args(["x", "y"])
        .current_dir(&elsewhere)
        .env_clear()
        .output()
        .expect("run the executable");
    if let Some(py) = expected {
        assert_eq!(text(&out.stdout), text(&py.stdout));
        assert_eq!(text(&out.stderr), text(&py.stderr));
        assert_eq!(out.status.code(), py.status.code());
    } else {
        eprintln!("note: no python3 3.11 here; the output was not compared");
    }
    let ldd = Command::new("ldd").arg(&exe).output();
    if let Ok(ldd) = ldd {
        for line in text(&ldd.stdout).lines() {
            let lib = line.split_whitespace().next().unwrap_or("");
            let allowed = [
                "linux-vdso",
                "libc.so",
                "libm.so",
                "libgcc_s.so",
                "ld-linux",
            ];
            assert!(
                allowed.iter().any(|a| lib.contains(a)),
                "the executable needs {lib}:\n{}",
                text(&ldd.stdout)
            );
        }
    }
}

#[test]
fn a_syntax_error_in_an_imported_module_fails_the_build() {
    let dir = workdir(
        "syntax",
        &[
            ("main.py", "import helper\n"),
            ("helper.py", "def f(:\n    pass\n"),
        ],
    );
    let out = pyrite(&dir, &["build", "main.py", "-o", "main"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("helper.py\", line 1"), "{err}");
    assert!(err.contains("SyntaxError: invalid syntax"), "{err}");
    assert!(!dir.join("main").exists(), "no output after a failed build");
}

#[test]
fn an_unwritable_output_is_an_error() {
    let dir = workdir("unwritable", &[("main.py", "print(1)\n")]);
    let out = pyrite(&dir, &["build", "main.py", "-o", "no/such/dir/main"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.starts_with("pyrite: error: "), "{err}");
    assert!(err.contains("no/such/dir"), "{err}");
}

#[test]
fn an_output_that_is_no_regular_file_is_written_into_not_replaced() {
    use std::os::unix::fs::FileTypeExt;
    let dir = workdir("fifo", &[("main.py", "print(1)\n")]);
    let fifo = dir.join("out.fifo");
    // As `-o /dev/null` would be, without touching this machine's.
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("note: no mkfifo here; skipped");
        return;
    }
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(fifo).expect("read the fifo"))
    };
    let out = pyrite(&dir, &["build", "main.py", "-o", "out.fifo"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // Checked before waiting for the reader, which a replaced fifo would
    // leave waiting for a writer.
    let kind = std::fs::metadata(&fifo).expect("stat").file_type();
    assert!(kind.is_fifo(), "the fifo was replaced");
    let bytes = reader.join().expect("reader");
    assert!(bytes.starts_with(b"\x7fELF"), "{} bytes", bytes.len());
    let left: Vec<_> = std::fs::read_dir(&dir)
        .expect("list")
        .flatten()
        .map(|e| e.file_name())
        .filter(|n| n.to_string_lossy().contains("partial"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn explain_says_which_code_objects_are_native() {
    let dir = workdir("explain", PROGRAM);
    let out = pyrite(&dir, &["build", "app.py", "-o", "app", "--explain"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let report = text(&out.stdout);
    assert!(report.contains("app.py:4: fib: native"), "{report}");
    assert!(report.contains("app.py:6: evens: native"), "{report}");
    assert!(report.contains("area.py:2: square: native"), "{report}");
    assert!(
        report.contains("8 of 8 code objects compiled to native code"),
        "{report}"
    );
}

#[test]
fn emit_llvm_prints_the_program_module() {
    let dir = workdir("emit", PROGRAM);
    let out = pyrite(&dir, &["build", "app.py", "--emit=llvm", "-O0"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let ir = text(&out.stdout);
    assert!(ir.contains("define i32 @main("), "{ir}");
    assert!(ir.contains("call i32 @pyrt_main("), "{ir}");
    assert!(ir.contains("@pyrt_step("), "{ir}");
}

#[test]
fn run_reuses_its_executable_until_a_source_changes() {
    let dir = workdir("run-cache", PROGRAM);
    let first = pyrite(&dir, &["run", "app.py"]);
    assert_python3_agrees(&dir, &first);
    let entries: Vec<PathBuf> = std::fs::read_dir(dir.join("cache/pyrite/run"))
        .expect("the run cache")
        .map(|e| e.expect("entry").path())
        .collect();
    assert_eq!(entries.len(), 1);
    let exe = entries[0].join("program");
    let built = std::fs::metadata(&exe)
        .and_then(|m| m.modified())
        .expect("mtime");
    let again = pyrite(&dir, &["run", "app.py"]);
    assert_eq!(again.stdout, first.stdout);
    let reused = std::fs::metadata(&exe)
        .and_then(|m| m.modified())
        .expect("mtime");
    assert_eq!(built, reused, "an unchanged program is not rebuilt");
    std::fs::write(
        dir.join("shapes/util.py"),
        "def twice(x):\n    return 3 * x\n",
    )
    .expect("edit");
    let changed = pyrite(&dir, &["run", "app.py"]);
    assert_ne!(
        changed.stdout, first.stdout,
        "an imported module's change is seen"
    );
    assert_python3_agrees(&dir, &changed);
}

/// `out` is what python3 prints for `app.py` in `dir` (when this machine
/// has a python3 3.11).
fn assert_python3_agrees(dir: &Path, out: &Output) {
    let Some(py) = python3() else {
        eprintln!("note: no python3 3.11 here; the output was not compared");
        return;
    };
    let expected = Command::new(py)
        .arg("app.py")
        .current_dir(dir)
        .output()
        .expect("run python3");
    assert_eq!(text(&out.stdout), text(&expected.stdout));
    assert_eq!(text(&out.stderr), text(&expected.stderr));
    assert_eq!(out.status.code(), expected.status.code());
}
