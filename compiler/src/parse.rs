//! Glue to ruff's parser: parse a module for Python 3.11 and turn the first
//! error, if any, into the `SyntaxError` CPython would raise.
//!
//! CPython's parser and tokenizer interleave: the parser pulls tokens, and a
//! tokenizer error reached before the parser fails is reported; after a
//! parser failure pegen tokenizes the rest of the file, and a tokenizer error
//! raised there (or a bracket left open on an earlier line) replaces the
//! parser's error. ruff's lexer is more lenient, so `tokenize_check` finds
//! the tokenizer errors and `pick` applies pegen's precedence; `messages`
//! turns ruff's parse errors into CPython's messages and ranges.

use ruff_python_ast::ModModule;
use ruff_python_ast::PythonVersion;
use ruff_python_parser::{Mode, ParseError, ParseOptions, Parsed};
use ruff_text_size::{Ranged, TextRange, TextSize};

use crate::diagnostics::{ErrorClass, SyntaxError};
use crate::parse_messages;
use crate::source::SourceFile;
use crate::tokenize_check::{self, TokenError, TokenErrorKind};

/// Parses `src` as a module of Python 3.11.
pub fn parse_module(src: &SourceFile) -> Result<Parsed<ModModule>, SyntaxError> {
    let options = ParseOptions::from(Mode::Module).with_target_version(PythonVersion::PY311);
    let parsed = ruff_python_parser::parse_unchecked(&src.text, options);
    let token_error = tokenize_check::check(src);
    let mut errors: Vec<&ParseError> = parsed.errors().iter().collect();
    errors.sort_by_key(|e| e.range().start());
    let parser_error = errors
        .iter()
        .find_map(|e| parse_messages::from_parse_error(src, &parsed, e))
        .or_else(|| {
            parsed
                .unsupported_syntax_errors()
                .iter()
                .min_by_key(|e| e.range().start())
                .map(|e| parse_messages::from_unsupported(src, e))
        });
    if let Some(error) = pick(src, token_error, parser_error) {
        return Err(error);
    }
    match parsed.try_into_module() {
        Some(module) => Ok(module),
        None => Err(error_at(src, "invalid syntax", TextRange::default())),
    }
}

/// A parser error and the byte offset where the parser stopped.
pub struct ParserError {
    /// The error as CPython reports it.
    pub error: SyntaxError,
    /// The byte offset of the token the parser failed on.
    pub at: TextSize,
}

/// Chooses between the first tokenizer error and the first parser error as
/// pegen does.
fn pick(
    src: &SourceFile,
    token: Option<TokenError>,
    parser: Option<ParserError>,
) -> Option<SyntaxError> {
    let Some(parser) = parser else {
        return token.map(|t| t.error);
    };
    let Some(token) = token else {
        return Some(parser.error);
    };
    let parser_at = u32::from(parser.at) as usize;
    let reached = token.at <= parser_at;
    let wins = match token.kind {
        TokenErrorKind::Raised => true,
        TokenErrorKind::UnclosedBracket { line } => {
            parser.error.lineno > line
                || parser_at >= tokenize_check::last_token_end(src)
                || reached
        }
        TokenErrorKind::State => {
            reached || src.pos(TextSize::new(token.at as u32)).line <= parser.error.lineno
        }
    };
    Some(if wins { token.error } else { parser.error })
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
