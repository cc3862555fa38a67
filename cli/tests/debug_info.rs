//! `pyrite build -g`: the executable's DWARF line table names the Python
//! files and lines, gdb stops at a Python line and names the Python
//! function in its backtrace, and without `-g` the object has no debug
//! information but native functions still have readable symbols.
//!
//! The checks use llvm-dwarfdump-19, objdump, nm and gdb; each is skipped
//! with a note on a machine without the tool.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Line 5 is the first line of `fib`'s body; `Point.__init__` is in a
/// class, `twice` in another module.
const PROGRAM: &[(&str, &str)] = &[
    (
        "app.py",
        "from util import twice\n\n\n\
         def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\
         class Point:\n    def __init__(self, x):\n        self.x = twice(x)\n\
         print(fib(15), Point(21).x)\n",
    ),
    ("util.py", "def twice(x):\n    return 2 * x\n"),
];

const OUTPUT: &str = "610 42\n";

fn pyrite(dir: &Path, args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_pyrite"))
        .args(args)
        .current_dir(dir)
        .env("XDG_CACHE_HOME", dir.join("cache"))
        .output()
        .expect("run pyrite");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    out
}

/// A fresh folder holding `PROGRAM`.
fn workdir(tag: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("debug-info")
        .join(tag);
    let _ = std::fs::remove_dir_all(&dir);
    for (name, source) in PROGRAM {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, source).expect("write");
    }
    dir
}

/// `tool args...` in `dir`, or `None` (with a note) when the tool is not
/// installed.
fn tool(dir: &Path, tool: &str, args: &[&str]) -> Option<Output> {
    match Command::new(tool).args(args).current_dir(dir).output() {
        Ok(out) => Some(out),
        Err(e) => {
            eprintln!("note: {tool} not available ({e}); check skipped");
            None
        }
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The lines of `file` in `llvm-dwarfdump --debug-line`'s rows.
fn lines_of(dump: &str, file: &str) -> Vec<u32> {
    // The file table lists `file_names[ N]: name: "app.py"`; rows give
    // `address line column file ...`.
    let mut index = None;
    let mut lines = Vec::new();
    let mut entry = None;
    for row in dump.lines() {
        let row = row.trim();
        if let Some(n) = row.strip_prefix("file_names[") {
            entry = n
                .split(']')
                .next()
                .and_then(|n| n.trim().parse::<u32>().ok());
        } else if row == format!("name: \"{file}\"") {
            index = entry;
        } else if row.starts_with("debug_line[") {
            index = None;
        } else if row.starts_with("0x") {
            let cols: Vec<&str> = row.split_whitespace().collect();
            let in_file = cols.get(3).and_then(|f| f.parse::<u32>().ok()) == index;
            if let (true, Some(Ok(line))) = (in_file, cols.get(1).map(|l| l.parse::<u32>())) {
                lines.push(line);
            }
        }
    }
    lines
}

#[test]
fn the_line_table_names_the_python_files_and_lines() {
    let dir = workdir("lines");
    for opt in ["-O0", "-O2"] {
        pyrite(&dir, &["build", "-g", opt, "app.py", "-o", "app"]);
        let run = Command::new(dir.join("app")).output().expect("run app");
        assert_eq!(text(&run.stdout), OUTPUT, "{}", text(&run.stderr));
        let Some(dump) = tool(&dir, "llvm-dwarfdump-19", &["--debug-line", "app"]) else {
            return;
        };
        let dump = text(&dump.stdout);
        let app = lines_of(&dump, "app.py");
        for line in [1, 5, 6, 7, 10, 11] {
            assert!(
                app.contains(&line),
                "{opt}: no row for app.py:{line} in {app:?}"
            );
        }
        let util = lines_of(&dump, "util.py");
        assert!(util.contains(&2), "{opt}: no row for util.py:2 in {util:?}");
    }
}

#[test]
fn gdb_stops_at_a_python_line_and_names_the_functions() {
    let dir = workdir("gdb");
    pyrite(&dir, &["build", "-g", "app.py", "-o", "app"]);
    let commands = [
        "set debuginfod enabled off",
        "tbreak app.py:5",
        "break util.py:2",
        "run",
        "bt",
        "continue",
        "bt",
    ];
    let mut args = vec!["-nx", "-batch"];
    for c in &commands {
        args.extend(["-ex", c]);
    }
    args.push("./app");
    let Some(out) = tool(&dir, "gdb", &args) else {
        return;
    };
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    if stderr.contains("ptrace") {
        eprintln!("note: gdb cannot trace here ({stderr}); check skipped");
        return;
    }
    let all = format!("{stdout}\n{stderr}");
    assert!(
        !stderr.contains("warning: Section"),
        "gdb rejects the DWARF:\n{all}"
    );
    let stops: Vec<&str> = stdout.split("Breakpoint ").skip(1).collect();
    assert_eq!(stops.len(), 2, "two stops:\n{all}");
    // Each stop: where it stopped, then the backtrace (the runtime's
    // frames between the Python ones have no line information).
    assert!(stops[0].contains("1, fib () at app.py:5"), "{all}");
    assert!(stops[0].contains("<module> () at app.py:11"), "{all}");
    assert!(stops[1].contains("2, twice () at util.py:2"), "{all}");
    assert!(stops[1].contains("Point.__init__ () at app.py:10"), "{all}");
    assert!(stops[1].contains("<module> () at app.py:11"), "{all}");
}

#[test]
fn without_g_there_is_no_debug_info_but_readable_symbols() {
    let dir = workdir("plain");
    for (flags, debug) in [(&[][..], false), (&["-g"][..], true)] {
        let mut args = vec!["build", "app.py", "--emit=obj", "-o", "app.o"];
        args.extend(flags);
        pyrite(&dir, &args);
        let Some(headers) = tool(&dir, "objdump", &["-h", "app.o"]) else {
            return;
        };
        let headers = text(&headers.stdout);
        assert_eq!(
            headers.contains(".debug_info"),
            debug,
            "{flags:?}:\n{headers}"
        );
        assert_eq!(
            headers.contains(".debug_line"),
            debug,
            "{flags:?}:\n{headers}"
        );
    }
    pyrite(&dir, &["build", "app.py", "-o", "app"]);
    // Not the standard library's either: the link drops it.
    if let Some(headers) = tool(&dir, "objdump", &["-h", "app"]) {
        let headers = text(&headers.stdout);
        assert!(!headers.contains(".debug_"), "{headers}");
    }
    let Some(nm) = tool(&dir, "nm", &["app"]) else {
        return;
    };
    let symbols = text(&nm.stdout);
    // Local when the program's functions were generated in one module;
    // global but hidden when threads generated them in several.
    let names = [
        "py:app.fib",
        "py:app.Point.__init__",
        "py:app.<module>",
        "py:util.twice",
    ];
    for name in names {
        assert!(
            symbols
                .lines()
                .any(|l| l.ends_with(&format!(" t {name}")) || l.ends_with(&format!(" T {name}"))),
            "no symbol {name}:\n{symbols}"
        );
    }
    // Never exported: nothing outside the executable names them.
    if let Some(dynamic) = tool(&dir, "nm", &["-D", "app"]) {
        let dynamic = text(&dynamic.stdout);
        assert!(!dynamic.contains("py:"), "{dynamic}");
    }
}
