//! Filetests: every file under `tests/filetests/` (at the repository root)
//! is an input followed by its expected output.
//!
//! A test file is the input, then a separator line, then the expected
//! output:
//!
//! - `.ir` files: IR text, then `; ---- expected ----`. The input is read
//!   (`read_module`), verified (`verify_module`) and printed; the expected
//!   section is the printed module, or, when reading or verifying fails,
//!   one `error: ...` line per error (so invalid-IR tests assert the exact
//!   verifier messages). A module that verifies must also read back equal
//!   to itself from its printed form.
//! - `.py` files: Python source, then `# ---- expected ----`, then the IR
//!   that lowering produces (after the verifier; verifier errors print as
//!   `error: ...` lines), which must also read back equal to itself.
//! - `.py` files under an `infer/` folder: the same, after type
//!   inference (`passes::infer`), preceded by one `# @N (params) -> result`
//!   line per function.
//! - files under a `bytecode/` folder (`.py` or `.ir`, same separators):
//!   the input is lowered (or read) and verified, then emitted as register
//!   bytecode; the expected section is its disassembly. The module must
//!   also survive `to_bytes`/`from_bytes` unchanged.
//!
//! Every file runs; all failures are reported together, each with a diff.
//! `PYRITE_BLESS=1 cargo test -p compiler --test filetests` rewrites the
//! expected sections with the actual output instead of failing.
//! docs/dev/testing.md has the details.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use compiler::{bytecode, ir};

#[test]
fn filetests() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/filetests");
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();
    assert!(!files.is_empty(), "no filetests under {}", root.display());
    let bless = std::env::var_os("PYRITE_BLESS").is_some_and(|v| v == "1");
    let mut failures = Vec::new();
    let mut ran = 0;
    for path in &files {
        let Some(kind) = Kind::of(path) else { continue };
        ran += 1;
        let text = std::fs::read_to_string(path).expect("filetest is readable UTF-8");
        let (input, expected) = split(&text, kind.separator());
        let actual = match kind {
            Kind::Ir => run_ir(input),
            Kind::Infer => match infer_python(input) {
                Ok(ir) => ir,
                Err(e) => format!("error: {e}\n"),
            },
            Kind::Python => match lower_python(input) {
                Ok(ir) => ir,
                Err(e) => format!("error: {e}\n"),
            },
            Kind::BytecodePython | Kind::BytecodeIr => match emit_bytecode(input, kind) {
                Ok(text) => text,
                Err(e) => format!("error: {e}\n"),
            },
        };
        if expected == Some(actual.as_str()) {
            continue;
        }
        if bless {
            let mut new = input.to_string();
            if !new.ends_with('\n') {
                new.push('\n');
            }
            new.push_str(kind.separator());
            new.push('\n');
            new.push_str(&actual);
            std::fs::write(path, new).expect("filetest is writable");
        } else {
            let name = path
                .strip_prefix(&root)
                .unwrap_or(path)
                .display()
                .to_string();
            failures.push(match expected {
                None => format!("{name}: no `{}` line", kind.separator()),
                Some(exp) => format!("{name}:\n{}", diff(exp, &actual)),
            });
        }
    }
    assert!(ran > 0, "no filetest ran");
    if !failures.is_empty() {
        panic!(
            "{} of {ran} filetests failed (PYRITE_BLESS=1 to accept the new output):\n\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}

/// Lowers Python source to printed IR: parse, scopes, lower, verify. The
/// printed module must also read back equal to the lowered one.
fn lower_python(src: &str) -> Result<String, String> {
    let file = compiler::source::SourceFile::new("test.py", src);
    let module = compiler::driver::lower_source(&file, "__main__").map_err(|e| e.to_string())?;
    if let Err(errors) = ir::verify_module(&module) {
        let mut out = String::new();
        for e in errors {
            let _ = writeln!(out, "error: {e}");
        }
        return Ok(out);
    }
    let text = module.to_string();
    match ir::read_module(&text) {
        Ok(back) if back == module => Ok(text),
        Ok(_) => Err("the printed IR reads back different".into()),
        Err(e) => Err(format!("the printed IR does not read back: {e}")),
    }
}

/// Lowers Python, runs type inference (`passes::infer`) and prints a
/// line per function with what it found, then the module, which must
/// verify and read back equal to itself.
fn infer_python(src: &str) -> Result<String, String> {
    let file = compiler::source::SourceFile::new("test.py", src);
    let mut module =
        compiler::driver::lower_source(&file, "__main__").map_err(|e| e.to_string())?;
    let summaries = compiler::passes::infer::infer_module(&mut module);
    let mut out = String::new();
    for (k, s) in summaries.iter().enumerate() {
        let params: Vec<String> = s.params.iter().map(|t| t.to_string()).collect();
        let _ = writeln!(
            out,
            "# @{k} ({}) -> {}{}",
            params.join(", "),
            s.returns,
            if s.called_directly {
                ", called directly"
            } else {
                ""
            }
        );
    }
    if let Err(errors) = ir::verify_module(&module) {
        for e in errors {
            let _ = writeln!(out, "error: {e}");
        }
        return Ok(out);
    }
    let text = module.to_string();
    match ir::read_module(&text) {
        Ok(back) if back == module => {}
        Ok(_) => return Err("the printed IR reads back different".into()),
        Err(e) => return Err(format!("the printed IR does not read back: {e}")),
    }
    out.push_str(&text);
    Ok(out)
}

/// Lowers Python (or reads IR), verifies, emits bytecode and disassembles
/// it; the module must round-trip through its serialized form.
fn emit_bytecode(input: &str, kind: Kind) -> Result<String, String> {
    let module = if kind == Kind::BytecodeIr {
        ir::read_module(input).map_err(|e| e.to_string())?
    } else {
        let file = compiler::source::SourceFile::new("test.py", input);
        compiler::driver::lower_source(&file, "__main__").map_err(|e| e.to_string())?
    };
    if let Err(errors) = ir::verify_module(&module) {
        let mut out = String::new();
        for e in errors {
            let _ = writeln!(out, "error: {e}");
        }
        return Ok(out);
    }
    let code = bytecode::emit_module(&module).map_err(|e| e.to_string())?;
    let back = bytecode::Module::from_bytes(&code.to_bytes()).map_err(|e| e.to_string())?;
    if back != code {
        return Err("the serialized bytecode reads back different".into());
    }
    Ok(code.to_string())
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Ir,
    Python,
    Infer,
    BytecodeIr,
    BytecodePython,
}

impl Kind {
    fn of(path: &Path) -> Option<Kind> {
        let folder = path.parent().and_then(|p| p.file_name());
        let bytecode = folder.is_some_and(|n| n == "bytecode");
        let infer = folder.is_some_and(|n| n == "infer");
        match (path.extension()?.to_str()?, bytecode, infer) {
            ("ir", false, _) => Some(Kind::Ir),
            ("py", false, true) => Some(Kind::Infer),
            ("py", false, false) => Some(Kind::Python),
            ("ir", true, _) => Some(Kind::BytecodeIr),
            ("py", true, _) => Some(Kind::BytecodePython),
            _ => None,
        }
    }

    fn separator(self) -> &'static str {
        match self {
            Kind::Ir | Kind::BytecodeIr => "; ---- expected ----",
            Kind::Python | Kind::Infer | Kind::BytecodePython => "# ---- expected ----",
        }
    }
}

/// Reads, verifies and prints IR; errors become `error: ...` lines.
fn run_ir(input: &str) -> String {
    let module = match ir::read_module(input) {
        Ok(m) => m,
        Err(e) => return format!("error: {e}\n"),
    };
    if let Err(errors) = ir::verify_module(&module) {
        let mut out = String::new();
        for e in errors {
            let _ = writeln!(out, "error: {e}");
        }
        return out;
    }
    let printed = module.to_string();
    match ir::read_module(&printed) {
        Ok(again) if again == module => printed,
        Ok(_) => format!("error: the printed module reads back different\n{printed}"),
        Err(e) => format!("error: the printed module does not read back: {e}\n{printed}"),
    }
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// Splits a file at its separator line: the input, and the expected output
/// if there is a separator.
fn split<'a>(text: &'a str, separator: &str) -> (&'a str, Option<&'a str>) {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if line.trim_end() == separator {
            return (&text[..offset], Some(&text[offset + line.len()..]));
        }
        offset += line.len();
    }
    (text, None)
}

/// A line diff (longest common subsequence), `-` expected, `+` actual.
fn diff(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = actual.lines().collect();
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut out = String::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            let _ = writeln!(out, "   {}", a[i]);
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            let _ = writeln!(out, " + {}", b[j]);
            j += 1;
        } else {
            let _ = writeln!(out, " - {}", a[i]);
            i += 1;
        }
    }
    out
}
