//! Mutation testing of the frontend: no input makes it panic.
//!
//! The rule: for any text, `driver::lower_source` followed by
//! `driver::verify` and the passes (`driver::run_passes`) either succeeds or returns `CompileError::Syntax`. A Rust
//! panic is a bug, and so is `CompileError::Internal` (lowering met something
//! the parser or the symbol table should have rejected, or produced IR that
//! does not verify).
//!
//! The corpus is every `.py` file under `tests/` at the repository root (the
//! input part of filetests), every file in `tests/regressions/` unmutated,
//! and a fixed list of stdlib modules when `python3` and its stdlib are
//! installed (the test runs without them). Each file gets a deterministic set
//! of mutants (seeded by its name): truncations, deleted, duplicated and
//! swapped lines, deleted and duplicated tokens, changed indentation,
//! inserted keywords and brackets, and combinations of these.
//!
//! Every failure is written to `target/tmp/mutations/` (the file, then a
//! minimized `.min.py` that fails the same way) and the test lists them all.
//! A minimized crash becomes a regression test by copying it to
//! `tests/regressions/NAME.py`.
//!
//! The long mode, for manual runs, walks a whole directory:
//!
//!     PYRITE_MUTATE_DIR=/usr/lib/python3.11 PYRITE_MUTATE_COUNT=20 \
//!         cargo test --release -p compiler --test mutations -- --nocapture
//!
//! mutates every `.py` file under the directory (files that are not UTF-8,
//! and `site-packages`, are skipped) `PYRITE_MUTATE_COUNT` times instead of the fixed stdlib list.
//! A stack overflow or a hang cannot be caught: the mutant being run is
//! always in `target/tmp/mutations/in-flight.py`, and a mutant that runs for
//! more than a minute fails the test with its text saved there.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use compiler::diagnostics::CompileError;
use compiler::driver;
use compiler::source::SourceFile;

/// Mutants per repository test file in the default mode.
const REPO_MUTANTS: usize = 60;
/// Mutants per stdlib file in the default mode.
const STDLIB_MUTANTS: usize = 30;
/// Stdlib modules mutated in the default mode: small to medium files that
/// between them use most of the language.
const STDLIB_FILES: &[&str] = &[
    "abc.py",
    "bisect.py",
    "heapq.py",
    "colorsys.py",
    "contextlib.py",
    "functools.py",
    "dataclasses.py",
    "enum.py",
    "textwrap.py",
    "string.py",
    "shlex.py",
    "fnmatch.py",
    "glob.py",
    "copy.py",
    "pprint.py",
    "reprlib.py",
    "operator.py",
    "graphlib.py",
    "queue.py",
    "sched.py",
    "fractions.py",
    "selectors.py",
    "weakref.py",
    "tokenize.py",
    "json/decoder.py",
    "json/encoder.py",
    "asyncio/locks.py",
    "asyncio/queues.py",
    "asyncio/timeouts.py",
    "asyncio/taskgroups.py",
    "tomllib/_parser.py",
    "re/_parser.py",
];
/// A single mutant running longer than this is reported as a hang.
const HANG: Duration = Duration::from_secs(60);

#[test]
fn regressions_lower_or_raise_syntax_error() {
    let mut failures = Vec::new();
    for path in py_files(&repo_root().join("tests/regressions")) {
        let text = std::fs::read_to_string(&path).expect("regression file is UTF-8");
        if let Err(failure) = check(&path.display().to_string(), &text) {
            failures.push(format!("{}: {failure}", path.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn mutants_lower_or_raise_syntax_error() {
    let corpus = corpus();
    assert!(!corpus.files.is_empty(), "empty mutation corpus");
    let out = out_dir();
    // The work runs on its own thread, with a large stack for deeply nested
    // mutants, so that this thread can notice a hang.
    let (progress, heartbeat) = mpsc::channel();
    let worker = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || run_corpus(&corpus, &out, &progress))
        .expect("spawn worker");
    loop {
        match heartbeat.recv_timeout(HANG) {
            Ok(()) => continue,
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
            Err(mpsc::RecvTimeoutError::Timeout) => panic!(
                "a mutant ran for more than {HANG:?}: {}",
                out_dir().join("in-flight.py").display()
            ),
        }
    }
    let report = worker.join().expect("worker does not panic");
    eprintln!(
        "mutations: {} files, {} mutants, {} syntax errors, {} failures in {:.1?}",
        report.files,
        report.mutants,
        report.syntax_errors,
        report.failures.len(),
        report.elapsed
    );
    if !report.failures.is_empty() {
        panic!("{}", report.describe());
    }
}

/// The files to mutate, each with its number of mutants.
struct Corpus {
    files: Vec<(PathBuf, usize)>,
}

/// What a run found.
struct Report {
    files: usize,
    mutants: usize,
    syntax_errors: usize,
    failures: Vec<Failure>,
    /// The first failure of each kind, minimized.
    minimized: BTreeMap<String, PathBuf>,
    elapsed: Duration,
}

/// One mutant that panicked or gave an internal error.
struct Failure {
    /// Where its text is saved.
    saved: PathBuf,
    /// The mutations that made it.
    mutations: String,
    /// The panic message and location, or the internal error, with numbers
    /// that vary between inputs left out, so that equal kinds group.
    kind: String,
    /// The full message.
    message: String,
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn out_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("mutations")
}

fn corpus() -> Corpus {
    let count = std::env::var("PYRITE_MUTATE_COUNT")
        .ok()
        .map(|n| n.parse().expect("PYRITE_MUTATE_COUNT is a number"));
    let mut files = Vec::new();
    for dir in ["tests/filetests", "tests/scopes", "tests/syntax_errors"] {
        for path in py_files(&repo_root().join(dir)) {
            files.push((path, count.unwrap_or(REPO_MUTANTS)));
        }
    }
    for path in py_files(&repo_root().join("tests/regressions")) {
        files.push((path, count.unwrap_or(REPO_MUTANTS)));
    }
    match std::env::var_os("PYRITE_MUTATE_DIR") {
        Some(dir) => {
            for path in py_files(Path::new(&dir)) {
                files.push((path, count.unwrap_or(STDLIB_MUTANTS)));
            }
        }
        None => {
            if let Some(stdlib) = stdlib_dir() {
                for name in STDLIB_FILES {
                    let path = stdlib.join(name);
                    if path.is_file() {
                        files.push((path, count.unwrap_or(STDLIB_MUTANTS)));
                    }
                }
            }
        }
    }
    Corpus { files }
}

/// The installed stdlib, if `python3` runs.
fn stdlib_dir() -> Option<PathBuf> {
    let out = std::process::Command::new("python3")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .ok()?;
    let dir = PathBuf::from(String::from_utf8(out.stdout).ok()?.trim());
    (out.status.success() && dir.is_dir()).then_some(dir)
}

/// Every `.py` file under `dir`, recursively, sorted, except under
/// `site-packages`; none if `dir` is missing.
fn py_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                // Installed packages are not the stdlib.
                if !path.ends_with("site-packages") {
                    stack.push(path);
                }
            } else if kind.is_file() && path.extension().is_some_and(|e| e == "py") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

fn run_corpus(corpus: &Corpus, out: &Path, progress: &mpsc::Sender<()>) -> Report {
    let start = Instant::now();
    std::fs::create_dir_all(out).expect("create the mutations directory");
    for entry in std::fs::read_dir(out).expect("read the mutations directory") {
        let _ = std::fs::remove_file(entry.expect("directory entry").path());
    }
    let in_flight = out.join("in-flight.py");
    let mut report = Report {
        files: 0,
        mutants: 0,
        syntax_errors: 0,
        failures: Vec::new(),
        minimized: BTreeMap::new(),
        elapsed: Duration::ZERO,
    };
    let root = repo_root();
    for (path, count) in &corpus.files {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        // A filetest's input ends at its separator.
        let text = match text.find("\n# ---- expected ----") {
            Some(end) => text[..=end].to_string(),
            None => text,
        };
        report.files += 1;
        let name = path
            .strip_prefix(&root)
            .unwrap_or(path)
            .display()
            .to_string();
        let mut rng = Rng::new(fnv(name.as_bytes()));
        // Mutant 0 is the file itself.
        for i in 0..=*count {
            let (mutant, mutations) = if i == 0 {
                (text.clone(), "unmutated".to_string())
            } else {
                mutate(&text, &mut rng)
            };
            std::fs::write(&in_flight, &mutant).expect("write in-flight.py");
            report.mutants += 1;
            match check("mutant.py", &mutant) {
                Ok(Outcome::Lowered) => {}
                Ok(Outcome::SyntaxError) => report.syntax_errors += 1,
                Err(failure) => {
                    let saved = out.join(format!("{}-{i}.py", flatten(&name)));
                    std::fs::write(&saved, &mutant).expect("write the failing mutant");
                    if !report.minimized.contains_key(&failure.kind) {
                        let min = minimize(&mutant, &failure.kind);
                        let min_path = saved.with_extension("min.py");
                        std::fs::write(&min_path, min).expect("write the minimized mutant");
                        report.minimized.insert(failure.kind.clone(), min_path);
                    }
                    report.failures.push(Failure {
                        saved,
                        mutations: format!("{name} #{i}: {mutations}"),
                        kind: failure.kind,
                        message: failure.message,
                    });
                }
            }
            let _ = progress.send(());
        }
    }
    report.elapsed = start.elapsed();
    report
}

impl Report {
    fn describe(&self) -> String {
        let mut by_kind: BTreeMap<&str, Vec<&Failure>> = BTreeMap::new();
        for f in &self.failures {
            by_kind.entry(&f.kind).or_default().push(f);
        }
        let mut text = format!(
            "{} of {} mutants failed, {} distinct kinds:\n",
            self.failures.len(),
            self.mutants,
            by_kind.len()
        );
        for (kind, failures) in by_kind {
            text += &format!(
                "\n{kind} ({} mutants; minimized: {})\n",
                failures.len(),
                self.minimized[kind].display()
            );
            for f in failures {
                text += &format!("    {} ({})\n", f.saved.display(), f.mutations);
                text += &format!("        {}\n", f.message.lines().next().unwrap_or(""));
            }
        }
        text
    }
}

/// How a text that did not crash the frontend came out.
enum Outcome {
    Lowered,
    SyntaxError,
}

/// Why a text failed the rule.
struct Bad {
    kind: String,
    message: String,
}

impl std::fmt::Display for Bad {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// Runs the frontend on `text`, catching panics.
fn check(name: &str, text: &str) -> Result<Outcome, Bad> {
    install_panic_hook();
    let src = SourceFile::new(name, text);
    CAPTURING.with(|c| c.set(true));
    let result = catch_unwind(AssertUnwindSafe(|| {
        let mut module = driver::lower_source(&src, "__main__")?;
        driver::verify(&src.name, &module)?;
        driver::run_passes(&src.name, &mut module).map(drop)
    }));
    CAPTURING.with(|c| c.set(false));
    match result {
        Ok(Ok(())) => Ok(Outcome::Lowered),
        Ok(Err(CompileError::Syntax(_))) => Ok(Outcome::SyntaxError),
        Ok(Err(CompileError::Internal { message, .. })) => Err(Bad {
            kind: format!("internal error: {}", without_numbers(&message)),
            message: format!("internal error: {message}"),
        }),
        Ok(Err(other)) => Err(Bad {
            kind: "unexpected error".to_string(),
            message: format!("unexpected error: {other}"),
        }),
        Err(_) => {
            let (message, location) = LAST_PANIC
                .with(|p| p.borrow_mut().take())
                .unwrap_or_else(|| ("?".to_string(), "?".to_string()));
            Err(Bad {
                kind: format!("panic at {location}: {}", without_numbers(&message)),
                message: format!("panic at {location}: {message}"),
            })
        }
    }
}

thread_local! {
    /// Whether a panic on this thread is one `check` catches.
    static CAPTURING: Cell<bool> = const { Cell::new(false) };
    /// The message and location of the last caught panic.
    static LAST_PANIC: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
}

/// Records caught panics instead of printing them; other panics print as
/// usual.
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !CAPTURING.with(Cell::get) {
                return default(info);
            }
            let message = info.payload_as_str().unwrap_or("<non-string payload>");
            let location = info
                .location()
                .map_or("?".to_string(), |l| format!("{}:{}", l.file(), l.line()));
            LAST_PANIC.with(|p| *p.borrow_mut() = Some((message.to_string(), location)));
        }));
    });
}

/// `message` with digit runs replaced by `N`, so that failures of one kind
/// at different places compare equal.
fn without_numbers(message: &str) -> String {
    let mut out = String::new();
    let mut in_number = false;
    for c in message.chars() {
        if c.is_ascii_digit() {
            if !in_number {
                out.push('N');
            }
            in_number = true;
        } else {
            out.push(c);
            in_number = false;
        }
    }
    out
}

/// The smallest text found, by deleting line ranges then character ranges,
/// that still fails with `kind`.
fn minimize(text: &str, kind: &str) -> String {
    let fails = |t: &str| matches!(check("mutant.py", t), Err(b) if b.kind == kind);
    let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut chunk = lines.len().max(1);
    while chunk >= 1 {
        let mut i = 0;
        while i < lines.len() {
            let end = (i + chunk).min(lines.len());
            let candidate: String = lines[..i].iter().chain(&lines[end..]).copied().collect();
            if fails(&candidate) {
                lines.drain(i..end);
            } else {
                i += chunk;
            }
        }
        chunk /= 2;
    }
    let mut chars: Vec<char> = lines.concat().chars().collect();
    let mut chunk = chars.len().clamp(1, 64);
    while chunk >= 1 {
        let mut i = 0;
        while i < chars.len() {
            let end = (i + chunk).min(chars.len());
            let candidate: String = chars[..i].iter().chain(&chars[end..]).collect();
            if fails(&candidate) {
                chars.drain(i..end);
            } else {
                i += chunk;
            }
        }
        chunk /= 2;
    }
    chars.into_iter().collect()
}

/// A path as one file name.
fn flatten(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect::<String>()
        .trim_end_matches(".py")
        .to_string()
}

/// FNV-1a, to seed each file's mutants from its name.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// splitmix64: deterministic and good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`0` when `n` is `0`).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// One mutant of `text` and a description of the mutations applied.
fn mutate(text: &str, rng: &mut Rng) -> (String, String) {
    // One mutation most of the time; otherwise two to four in a row.
    let rounds = if rng.below(4) == 0 {
        2 + rng.below(3)
    } else {
        1
    };
    let mut text = text.to_string();
    let mut applied = Vec::new();
    for _ in 0..rounds {
        let (new, what) = mutate_once(&text, rng);
        text = new;
        applied.push(what);
    }
    (text, applied.join(", "))
}

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield", "match", "case", "_", "*", "**", ":", "=", ":=", "->", ",", ";", ".", "@",
    "\\",
];
const BRACKETS: &[&str] = &["(", ")", "[", "]", "{", "}"];

fn mutate_once(text: &str, rng: &mut Rng) -> (String, String) {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let line = rng.below(lines.len());
    match rng.below(9) {
        0 => {
            let at = char_boundary(text, rng.below(text.len() + 1));
            (text[..at].to_string(), format!("truncate at byte {at}"))
        }
        1 if !lines.is_empty() => {
            let mut out = lines.clone();
            out.remove(line);
            (out.concat(), format!("delete line {}", line + 1))
        }
        2 if !lines.is_empty() => {
            let mut out = lines.clone();
            out.insert(line, lines[line]);
            (out.concat(), format!("duplicate line {}", line + 1))
        }
        3 if !lines.is_empty() => {
            let other = rng.below(lines.len());
            let mut out = lines.clone();
            out.swap(line, other);
            (
                out.concat(),
                format!("swap lines {} and {}", line + 1, other + 1),
            )
        }
        4 => match token_at(text, rng.below(text.len() + 1)) {
            Some((start, end)) => (
                format!("{}{}", &text[..start], &text[end..]),
                format!("delete {:?} at byte {start}", &text[start..end]),
            ),
            None => (text.to_string(), "nothing".to_string()),
        },
        5 => match token_at(text, rng.below(text.len() + 1)) {
            Some((start, end)) => (
                format!("{}{}", &text[..end], &text[start..]),
                format!("duplicate {:?} at byte {start}", &text[start..end]),
            ),
            None => (text.to_string(), "nothing".to_string()),
        },
        6 if !lines.is_empty() => {
            let old = lines[line];
            let body = old.trim_start_matches([' ', '\t']);
            let indent = &old[..old.len() - body.len()];
            let (new_indent, what) = match rng.below(4) {
                0 => (indent.replacen("    ", "\t", 1), "spaces to tab"),
                1 => (indent.replacen('\t', "    ", 1), "tab to spaces"),
                2 => (format!(" {indent}"), "add a space"),
                _ => (indent.get(1..).unwrap_or("").to_string(), "remove a space"),
            };
            let mut out = lines.clone();
            let new_line = format!("{new_indent}{body}");
            out[line] = &new_line;
            (
                out.concat(),
                format!("indentation of line {}: {what}", line + 1),
            )
        }
        7 => {
            let word = if rng.below(2) == 0 {
                *rng.pick(KEYWORDS)
            } else {
                *rng.pick(BRACKETS)
            };
            // Insert at the start or end of a token, so words stay whole.
            let at = match token_at(text, rng.below(text.len() + 1)) {
                Some((start, end)) => {
                    if rng.below(2) == 0 {
                        start
                    } else {
                        end
                    }
                }
                None => text.len(),
            };
            (
                format!("{} {word} {}", &text[..at], &text[at..]),
                format!("insert {word:?} at byte {at}"),
            )
        }
        _ => {
            // Replace a token with another token from the file.
            let a = token_at(text, rng.below(text.len() + 1));
            let b = token_at(text, rng.below(text.len() + 1));
            match (a, b) {
                (Some((start, end)), Some((s2, e2))) => (
                    format!("{}{}{}", &text[..start], &text[s2..e2], &text[end..]),
                    format!("replace {:?} with {:?}", &text[start..end], &text[s2..e2]),
                ),
                _ => (text.to_string(), "nothing".to_string()),
            }
        }
    }
}

/// The largest char boundary of `text` at or before `at`.
fn char_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The token-ish span at or after byte `at`: a run of identifier
/// characters, a string literal (up to its closing quote on the same line,
/// or the closing triple quote), or one other character.
fn token_at(text: &str, at: usize) -> Option<(usize, usize)> {
    let at = char_boundary(text, at);
    let (offset, first) = text[at..]
        .char_indices()
        .find(|(_, c)| !c.is_whitespace())?;
    let start = at + offset;
    let rest = &text[start..];
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    let len = if first == '"' || first == '\'' {
        let triple: String = [first; 3].iter().collect();
        if rest.starts_with(&triple) {
            rest[3..].find(&triple).map_or(rest.len(), |e| e + 6)
        } else {
            let mut escaped = false;
            rest.char_indices()
                .skip(1)
                .find(|&(_, c)| {
                    let close = (c == first && !escaped) || c == '\n';
                    escaped = c == '\\' && !escaped;
                    close
                })
                .map_or(rest.len(), |(i, c)| i + c.len_utf8())
        }
    } else if is_ident(first) {
        rest.find(|c: char| !is_ident(c)).unwrap_or(rest.len())
    } else {
        first.len_utf8()
    };
    Some((start, start + len))
}
