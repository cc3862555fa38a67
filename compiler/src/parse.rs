//! Glue to ruff's parser: parse a module for Python 3.11 and turn the first
//! error, if any, into the `SyntaxError` CPython would raise.

use ruff_python_ast::{ModModule, PythonVersion};
use ruff_python_parser::{Mode, ParseError, ParseOptions, Parsed};
use ruff_text_size::{Ranged, TextRange};

use crate::diagnostics::{ErrorClass, SyntaxError};
use crate::source::SourceFile;

/// Parses `src` as a module of Python 3.11.
pub fn parse_module(src: &SourceFile) -> Result<Parsed<ModModule>, SyntaxError> {
    let options = ParseOptions::from(Mode::Module).with_target_version(PythonVersion::PY311);
    let parsed = ruff_python_parser::parse_unchecked(&src.text, options);
    if let Some(first) = parsed.errors().iter().min_by_key(|e| e.range().start()) {
        return Err(syntax_error_from_parse(src, first));
    }
    if let Some(first) = parsed
        .unsupported_syntax_errors()
        .iter()
        .min_by_key(|e| e.range().start())
    {
        return Err(error_at(src, "invalid syntax", first.range()));
    }
    match parsed.try_into_module() {
        Some(module) => Ok(module),
        None => Err(error_at(src, "invalid syntax", TextRange::default())),
    }
}

/// A SyntaxError at `range` of `src`.
pub fn error_at(src: &SourceFile, msg: impl Into<String>, range: TextRange) -> SyntaxError {
    class_error_at(src, ErrorClass::SyntaxError, msg, range)
}

/// An error of `class` at `range` of `src`.
pub fn class_error_at(
    src: &SourceFile,
    class: ErrorClass,
    msg: impl Into<String>,
    range: TextRange,
) -> SyntaxError {
    let start = src.pos(range.start());
    let end = src.pos(range.end());
    SyntaxError::at(
        class,
        msg,
        src,
        (start.line, start.col),
        (end.line, end.col),
    )
}

fn syntax_error_from_parse(src: &SourceFile, err: &ParseError) -> SyntaxError {
    error_at(src, "invalid syntax", err.range())
}
