//! The end-to-end corpus: every program under `tests/programs/` runs through
//! both backends, `pyrite run --vm` and `pyrite run` (native code), and must
//! print what CPython 3.11 printed.
//!
//! A program is `AREA/NAME.py` (a file directly in an area folder) or
//! `AREA/CASE/main.py` (a folder with a `main.py`; its other files are the
//! program's own modules). Next to it, written by `tests/programs/regen.py`
//! and never by hand: `NAME.stdout`, `NAME.stderr`, `NAME.exit`. Optional
//! inputs: `NAME.stdin` (fed as stdin; otherwise stdin is empty) and
//! `NAME.args` (one argument per line).
//!
//! Each program runs as `pyrite run [--vm] NAME.py ARGS...` in its own folder,
//! with only `PATH` and `LC_ALL=C.UTF-8` in the environment (as regen.py
//! runs CPython), a timeout of 10 s (90 s in native code, which includes
//! the build), on a few threads. stderr is normalized
//! as regen.py normalizes CPython's: the program folder's absolute path
//! followed by `/` is removed, so tracebacks read `File "NAME.py"`.
//!
//! `tests/programs/expected_failures.txt` (VM) and
//! `expected_failures_native.txt` list the programs known not to pass yet. The test fails when an unlisted program fails or a listed one
//! passes (remove it from the list: the list only shrinks). To rewrite the
//! list from the current results:
//!
//!     PYRITE_PROGRAMS_UPDATE_FAILURES=1 cargo test -p cli --test programs
//!
//! `PYRITE_PROGRAMS=int/,str/format` runs only the programs whose id starts
//! with one of the comma-separated prefixes (the list is then not checked
//! for programs that did not run, and not rewritten).

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::fs::File;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Wall-clock limit for one program on the VM.
const TIMEOUT: Duration = Duration::from_secs(10);
/// Wall-clock limit for one program in native code: its first run builds
/// it (the frontend, LLVM and the linker) on a busy machine.
const BUILD_TIMEOUT: Duration = Duration::from_secs(90);
/// Worker threads.
const THREADS: usize = 3;
/// Lines of diff shown per differing stream.
const DIFF_LINES: usize = 12;

/// Which backend runs the programs.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Backend {
    Vm,
    Native,
}

impl Backend {
    fn failures_file(self) -> PathBuf {
        programs_dir().join(match self {
            Backend::Vm => "expected_failures.txt",
            Backend::Native => "expected_failures_native.txt",
        })
    }

    fn timeout(self) -> Duration {
        match self {
            Backend::Vm => TIMEOUT,
            Backend::Native => BUILD_TIMEOUT,
        }
    }

    fn command(self) -> &'static str {
        match self {
            Backend::Vm => "pyrite run --vm",
            Backend::Native => "pyrite run",
        }
    }
}

struct Program {
    /// `AREA/NAME` or `AREA/CASE`.
    id: String,
    /// The folder the program runs in.
    dir: PathBuf,
    /// The file given to `pyrite run`.
    file: String,
    /// The stem of the expected files (`NAME`, or `main`).
    stem: String,
}

fn programs_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/programs")
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    entries
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .expect("file name")
        .to_string_lossy()
        .into_owned()
}

/// Every program, sorted by id (the same discovery as regen.py).
fn discover() -> Vec<Program> {
    let mut found = Vec::new();
    for area in sorted_entries(&programs_dir()) {
        let area_name = file_name(&area);
        if !area.is_dir() || area_name.starts_with(['.', '_']) {
            continue;
        }
        for entry in sorted_entries(&area) {
            let name = file_name(&entry);
            if entry.is_file() && name.ends_with(".py") {
                let stem = name.trim_end_matches(".py").to_string();
                found.push(Program {
                    id: format!("{area_name}/{stem}"),
                    dir: area.clone(),
                    file: name,
                    stem,
                });
            } else if entry.join("main.py").is_file() {
                found.push(Program {
                    id: format!("{area_name}/{name}"),
                    dir: entry.clone(),
                    file: "main.py".to_string(),
                    stem: "main".to_string(),
                });
            }
        }
    }
    found
}

/// Removes the program folder's absolute path (as given and canonical)
/// followed by `/`, as regen.py does.
fn normalize(text: &str, dir: &Path) -> String {
    let mut out = text.to_string();
    let mut dirs = vec![dir.to_path_buf()];
    if let Ok(canonical) = dir.canonicalize() {
        dirs.push(canonical);
    }
    for d in dirs {
        let prefix = format!("{}/", d.display());
        out = out.replace(&prefix, "");
    }
    out
}

fn read_expected(program: &Program, ext: &str) -> Result<String, String> {
    let path = program.dir.join(format!("{}.{ext}", program.stem));
    std::fs::read(&path)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .map_err(|e| {
            format!(
                "{}: missing expected file {} ({e}); run tests/programs/regen.py",
                program.id,
                path.display()
            )
        })
}

/// A short line diff: the first differing lines, `-` expected, `+` actual.
fn short_diff(expected: &str, actual: &str) -> String {
    let exp: Vec<&str> = expected.split_inclusive('\n').collect();
    let act: Vec<&str> = actual.split_inclusive('\n').collect();
    let first = exp
        .iter()
        .zip(&act)
        .position(|(a, b)| a != b)
        .unwrap_or(exp.len().min(act.len()));
    let mut out = String::new();
    let _ = writeln!(out, "    @@ line {}", first + 1);
    let mut shown = 0;
    for line in exp.iter().skip(first).take(DIFF_LINES / 2) {
        let _ = writeln!(out, "    -{}", line.trim_end_matches('\n'));
        shown += 1;
    }
    for line in act.iter().skip(first).take(DIFF_LINES / 2) {
        let _ = writeln!(out, "    +{}", line.trim_end_matches('\n'));
        shown += 1;
    }
    if shown == 0 {
        out.push_str("    (differ only in a final newline)\n");
    }
    out
}

/// Runs one program; `Ok` when it matches, else a description.
fn check(program: &Program, scratch: &Path, backend: Backend) -> Result<(), String> {
    let expected_stdout = read_expected(program, "stdout")?;
    let expected_stderr = read_expected(program, "stderr")?;
    let expected_exit = read_expected(program, "exit")?;
    let args: Vec<String> =
        match std::fs::read_to_string(program.dir.join(format!("{}.args", program.stem))) {
            Ok(text) => text.lines().map(str::to_string).collect(),
            Err(_) => Vec::new(),
        };
    let stdin_path = program.dir.join(format!("{}.stdin", program.stem));
    let stdin = if stdin_path.is_file() {
        Stdio::from(File::open(&stdin_path).expect("open stdin file"))
    } else {
        Stdio::null()
    };
    let tag = program.id.replace('/', "__");
    let out_path = scratch.join(format!("{tag}.stdout"));
    let err_path = scratch.join(format!("{tag}.stderr"));
    let mut command = Command::new(env!("CARGO_BIN_EXE_pyrite"));
    command.arg("run");
    if backend == Backend::Vm {
        command.arg("--vm");
    }
    let mut child = command
        .arg(&program.file)
        .args(&args)
        .current_dir(&program.dir)
        .env_clear()
        .env(
            "PATH",
            std::env::var_os("PATH").unwrap_or_else(|| "/usr/bin:/bin".into()),
        )
        .env("LC_ALL", "C.UTF-8")
        .env("XDG_CACHE_HOME", scratch.join("cache"))
        .stdin(stdin)
        .stdout(File::create(&out_path).expect("create stdout file"))
        .stderr(File::create(&err_path).expect("create stderr file"))
        .spawn()
        .map_err(|e| format!("{}: cannot run pyrite: {e}", program.id))?;
    let start = Instant::now();
    let status = loop {
        match child.try_wait().expect("wait for pyrite") {
            Some(status) => break status,
            None if start.elapsed() > backend.timeout() => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "{}: timed out after {:?}",
                    program.id,
                    backend.timeout()
                ));
            }
            None => std::thread::sleep(Duration::from_millis(5)),
        }
    };
    let stdout =
        String::from_utf8_lossy(&std::fs::read(&out_path).expect("read stdout")).into_owned();
    let stderr = normalize(
        &String::from_utf8_lossy(&std::fs::read(&err_path).expect("read stderr")),
        &program.dir,
    );
    let _ = std::fs::remove_file(&out_path);
    let _ = std::fs::remove_file(&err_path);
    if backend == Backend::Native {
        // The program ran in its folder, whose path the OS gives canonical.
        let dir = program
            .dir
            .canonicalize()
            .unwrap_or_else(|_| program.dir.clone());
        forget_build(scratch, &dir.join(&program.file));
    }
    // A signal is written as Python's subprocess writes it: minus its number
    // (an uncaught KeyboardInterrupt ends CPython by SIGINT: -2).
    let exit = match (status.code(), status.signal()) {
        (Some(code), _) => format!("{code}\n"),
        (None, Some(signal)) => format!("-{signal}\n"),
        (None, None) => format!("{status}\n"),
    };
    let mut report = String::new();
    if exit != expected_exit {
        let _ = writeln!(
            report,
            "  exit code: expected {}, got {}",
            expected_exit.trim(),
            exit.trim()
        );
    }
    if stdout != expected_stdout {
        let _ = write!(
            report,
            "  stdout differs:\n{}",
            short_diff(&expected_stdout, &stdout)
        );
    }
    if stderr != expected_stderr {
        let _ = write!(
            report,
            "  stderr differs:\n{}",
            short_diff(&expected_stderr, &stderr)
        );
    }
    if report.is_empty() {
        Ok(())
    } else {
        Err(format!("{}:\n{report}", program.id))
    }
}

/// Deletes the cached executable `pyrite run` built for `main` (its
/// manifest names the main file first): a debug build is many megabytes,
/// and the whole corpus would take gigabytes.
fn forget_build(scratch: &Path, main: &Path) {
    let runs = scratch.join("cache/pyrite/run");
    let wanted = format!("\t{}\n", main.display());
    for entry in std::fs::read_dir(&runs).into_iter().flatten().flatten() {
        let manifest = std::fs::read_to_string(entry.path().join("manifest")).unwrap_or_default();
        let first_file = manifest.lines().find(|l| l.starts_with("file\t"));
        if first_file.is_some_and(|l| format!("{l}\n").ends_with(&wanted)) {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

fn read_expected_failures(backend: Backend) -> BTreeSet<String> {
    std::fs::read_to_string(backend.failures_file())
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

fn write_expected_failures(backend: Backend, failing: &BTreeSet<String>) {
    let mut text = format!(
        "# Programs under tests/programs/ that `{}` does not pass yet.\n\
         # cli/tests/programs.rs fails when a program listed here passes (delete\n\
         # its line) or when one not listed fails. Rewrite from the current results:\n\
         #   PYRITE_PROGRAMS_UPDATE_FAILURES=1 cargo test -p cli --test programs\n",
        backend.command()
    );
    for id in failing {
        text.push_str(id);
        text.push('\n');
    }
    std::fs::write(backend.failures_file(), text).expect("write the expected failures");
}

#[test]
fn programs_match_cpython_on_the_vm() {
    run_corpus(Backend::Vm);
}

#[test]
fn programs_match_cpython_in_native_code() {
    run_corpus(Backend::Native);
}

fn run_corpus(backend: Backend) {
    let filter: Option<Vec<String>> = std::env::var("PYRITE_PROGRAMS")
        .ok()
        .map(|v| v.split(',').map(str::to_string).collect());
    let all = discover();
    assert!(all.len() >= 300, "only {} programs found", all.len());
    let programs: Vec<Program> = all
        .into_iter()
        .filter(|p| {
            filter
                .as_ref()
                .is_none_or(|f| f.iter().any(|prefix| p.id.starts_with(prefix.as_str())))
        })
        .collect();
    let scratch = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(match backend {
        Backend::Vm => "programs-vm",
        Backend::Native => "programs-native",
    });
    // Executables of earlier runs are many megabytes each: start afresh.
    let _ = std::fs::remove_dir_all(scratch.join("cache"));
    std::fs::create_dir_all(&scratch).expect("create scratch dir");

    // Programs are dealt round-robin to the threads; results keep the order.
    let mut results: Vec<Option<Result<(), String>>> = (0..programs.len()).map(|_| None).collect();
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..THREADS)
            .map(|t| {
                let programs = &programs;
                let scratch = &scratch;
                s.spawn(move || {
                    (t..programs.len())
                        .step_by(THREADS)
                        .map(|i| (i, check(&programs[i], scratch, backend)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for handle in handles {
            for (i, result) in handle.join().expect("worker thread") {
                results[i] = Some(result);
            }
        }
    });

    let listed = read_expected_failures(backend);
    let mut failing = BTreeSet::new();
    let mut unexpected = Vec::new();
    let mut fixed = Vec::new();
    for (program, result) in programs.iter().zip(results) {
        match result.expect("every program ran") {
            Ok(()) => {
                if listed.contains(&program.id) {
                    fixed.push(program.id.clone());
                }
            }
            Err(report) => {
                failing.insert(program.id.clone());
                if !listed.contains(&program.id) {
                    unexpected.push(report);
                }
            }
        }
    }
    let passed = programs.len() - failing.len();
    println!("{passed} of {} programs pass", programs.len());

    if filter.is_none() {
        let known: BTreeSet<&str> = programs.iter().map(|p| p.id.as_str()).collect();
        let stale: Vec<&String> = listed
            .iter()
            .filter(|id| !known.contains(id.as_str()))
            .collect();
        if std::env::var_os("PYRITE_PROGRAMS_UPDATE_FAILURES").is_some() {
            write_expected_failures(backend, &failing);
            println!(
                "rewrote {} ({} programs listed)",
                backend.failures_file().display(),
                failing.len()
            );
            return;
        }
        assert!(
            stale.is_empty(),
            "the expected failures list programs that do not exist: {stale:?}"
        );
    }

    let mut message = String::new();
    if !unexpected.is_empty() {
        let _ = writeln!(
            message,
            "{} program(s) not in the expected failures list fail:\n",
            unexpected.len()
        );
        for report in &unexpected {
            message.push_str(report);
        }
    }
    if !fixed.is_empty() {
        let _ = writeln!(
            message,
            "\n{} program(s) in the expected failures list now pass; delete their lines \
             (or run with PYRITE_PROGRAMS_UPDATE_FAILURES=1):",
            fixed.len()
        );
        for id in &fixed {
            let _ = writeln!(message, "  {id}");
        }
    }
    assert!(
        message.is_empty(),
        "{passed} of {} programs pass\n{message}",
        programs.len()
    );
}
