//! The frontend's entry points: from a file or a string to checked IR.

use std::time::{Duration, Instant};

use crate::compile_checks;
use crate::diagnostics::CompileError;
use crate::encoding;
use crate::source::SourceFile;
use crate::{ir, lower, parse, scopes};

/// Reads `path` and runs the whole frontend on it.
pub fn check_file(path: &str) -> Result<(), CompileError> {
    check_source(&read_source(path)?)
}

/// Time spent in each frontend stage, summed over the files checked.
#[derive(Clone, Debug, Default)]
pub struct Timings {
    /// Source lines of the files checked.
    pub lines: u64,
    /// Reading and decoding the files.
    pub read: Duration,
    /// ruff's parser and the mapping of its errors.
    pub parse: Duration,
    /// The symbol table.
    pub scopes: Duration,
    /// compile.c's checks.
    pub checks: Duration,
    /// Lowering to IR.
    pub lower: Duration,
    /// The IR verifier.
    pub verify: Duration,
}

/// Like `check_file`, adding each stage's time to `t`.
pub fn check_file_timed(path: &str, t: &mut Timings) -> Result<(), CompileError> {
    let start = Instant::now();
    let src = read_source(path)?;
    t.read += start.elapsed();
    t.lines += src.line_count() as u64;
    let module = lower_timed(&src, "__main__", 0, t)?;
    let start = Instant::now();
    let result = verify(&src.name, &module);
    t.verify += start.elapsed();
    result
}

/// Reads a source file as CPython does (UTF-8, BOM dropped).
pub fn read_source(path: &str) -> Result<SourceFile, CompileError> {
    let bytes = std::fs::read(path).map_err(|e| CompileError::Io {
        filename: path.to_string(),
        message: os_error_text(&e),
    })?;
    let text = encoding::decode_source(path, bytes)?;
    Ok(SourceFile::new(path, text))
}

/// Runs the whole frontend on `src`.
pub fn check_source(src: &SourceFile) -> Result<(), CompileError> {
    let module = lower_source(src, "__main__")?;
    verify(&src.name, &module)
}

/// Runs the IR verifier; a failure is a bug in Pyrite, reported as an
/// internal compiler error at the first offending function.
pub fn verify(filename: &str, module: &ir::Module) -> Result<(), CompileError> {
    ir::verify_module(module).map_err(|errors| {
        let line = errors
            .first()
            .and_then(|e| module.functions.get(e.func.index()))
            .map_or(1, |f| f.first_line);
        let message = errors
            .iter()
            .map(|e| e.to_string())
            .collect::<Vec<_>>()
            .join("; ");
        CompileError::Internal {
            filename: filename.to_string(),
            line,
            message: format!("invalid IR after lowering: {message}"),
        }
    })
}

/// The passes a native build runs on verified IR (type inference), then
/// the verifier again; returns what inference found per function.
pub fn run_passes(
    filename: &str,
    module: &mut ir::Module,
) -> Result<Vec<crate::passes::infer::Summary>, CompileError> {
    let summaries = crate::passes::infer::infer_module(module);
    verify(filename, module)?;
    Ok(summaries)
}

/// Emits the register bytecode of a verified module; a failure is a bug in
/// Pyrite, reported as an internal compiler error.
pub fn emit_bytecode(
    filename: &str,
    module: &ir::Module,
) -> Result<crate::bytecode::Module, CompileError> {
    crate::bytecode::emit_module(module).map_err(|e| CompileError::Internal {
        filename: filename.to_string(),
        line: module
            .functions
            .get(e.func.index())
            .map_or(1, |f| f.first_line),
        message: e.to_string(),
    })
}

/// Parses, resolves and lowers `src` as module `name`.
pub fn lower_source(src: &SourceFile, name: &str) -> Result<ir::Module, CompileError> {
    lower_timed(src, name, 0, &mut Timings::default())
}

/// Like `lower_source`, at optimization level `optimize` (`-O`: 1, `-OO`:
/// 2).
pub fn lower_source_optimized(
    src: &SourceFile,
    name: &str,
    optimize: u8,
) -> Result<ir::Module, CompileError> {
    lower_timed(src, name, optimize, &mut Timings::default())
}

/// Lowers `src` for `eval()`: a single expression whose value the module
/// code returns; anything else is CPython's "invalid syntax".
pub fn lower_eval_source(
    src: &SourceFile,
    name: &str,
    optimize: u8,
) -> Result<ir::Module, CompileError> {
    let parsed = parse::parse_module(src)?;
    if !matches!(
        parsed.syntax().body.as_slice(),
        [ruff_python_ast::Stmt::Expr(_)]
    ) {
        return Err(CompileError::Syntax(Box::new(
            crate::diagnostics::SyntaxError::at(
                crate::diagnostics::ErrorClass::SyntaxError,
                "invalid syntax",
                src,
                (1, 0),
                (1, 1),
            ),
        )));
    }
    let table = scopes::build(src, parsed.syntax())?;
    compile_checks::check(src, parsed.syntax())?;
    lower::lower_module_mode(
        src,
        parsed.syntax(),
        &table,
        name,
        lower::Mode::Eval,
        optimize,
    )
}

/// Lowers `src` as the prompt compiles an entry ('single' mode):
/// module-level expression statements echo their value with `print_expr`.
pub fn lower_interactive_source(
    src: &SourceFile,
    name: &str,
    optimize: u8,
) -> Result<ir::Module, CompileError> {
    let parsed = parse::parse_module(src)?;
    let table = scopes::build(src, parsed.syntax())?;
    compile_checks::check(src, parsed.syntax())?;
    lower::lower_module_mode(
        src,
        parsed.syntax(),
        &table,
        name,
        lower::Mode::Single,
        optimize,
    )
}

/// Whether the prompt must read another line before compiling `text` (the
/// lines entered so far, each ending in a newline), as CPython's REPL
/// decides: a trailing backslash, an open bracket, an unterminated
/// triple-quoted string or a missing indented block continue; a compound
/// statement continues until an empty line.
pub fn interactive_needs_more(text: &str) -> bool {
    if text.trim().is_empty() {
        return false;
    }
    if text.ends_with("\\\n") {
        return true;
    }
    let ended_by_blank =
        text.ends_with("\n\n") || text.lines().last().is_some_and(|l| l.trim().is_empty());
    let src = SourceFile::new("<stdin>", text.to_string());
    match parse::parse_module(&src) {
        Ok(parsed) => {
            let compound = parsed.syntax().body.first().is_some_and(|s| {
                use ruff_python_ast::Stmt;
                matches!(
                    s,
                    Stmt::If(_)
                        | Stmt::For(_)
                        | Stmt::While(_)
                        | Stmt::FunctionDef(_)
                        | Stmt::ClassDef(_)
                        | Stmt::With(_)
                        | Stmt::Try(_)
                        | Stmt::Match(_)
                )
            });
            compound && !ended_by_blank
        }
        Err(e) => {
            let msg = e.msg.as_str();
            let eof = msg.starts_with("expected an indented block")
                || msg.contains("was never closed")
                || msg.starts_with("unterminated triple-quoted string")
                || msg.starts_with("unexpected EOF");
            eof && !(ended_by_blank && msg.starts_with("expected an indented block"))
        }
    }
}

fn lower_timed(
    src: &SourceFile,
    name: &str,
    optimize: u8,
    t: &mut Timings,
) -> Result<ir::Module, CompileError> {
    let mut clock = Instant::now();
    let mut lap = |slot: &mut Duration| {
        let now = Instant::now();
        *slot += now - clock;
        clock = now;
    };
    let parsed = parse::parse_module(src);
    lap(&mut t.parse);
    let parsed = parsed?;
    let table = scopes::build(src, parsed.syntax());
    lap(&mut t.scopes);
    let table = table?;
    let checked = compile_checks::check(src, parsed.syntax());
    lap(&mut t.checks);
    checked?;
    let module = lower::lower_module_mode(
        src,
        parsed.syntax(),
        &table,
        name,
        lower::Mode::Exec,
        optimize,
    );
    lap(&mut t.lower);
    module
}

/// Reads and lowers the file at `path` as module `name`.
pub fn lower_file(path: &str, name: &str) -> Result<ir::Module, CompileError> {
    lower_source(&read_source(path)?, name)
}

/// Formats an I/O error as CPython's `OSError.__str__` does.
fn os_error_text(e: &std::io::Error) -> String {
    match e.raw_os_error() {
        Some(code) => {
            let text = e.to_string();
            let msg = text.split(" (os error").next().unwrap_or(&text);
            format!("[Errno {code}] {msg}")
        }
        None => e.to_string(),
    }
}
