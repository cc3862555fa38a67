//! Compile-time errors as CPython reports them: `SyntaxError` and its
//! subclasses `IndentationError` and `TabError`, plus Pyrite's own
//! "internal compiler error".
//!
//! The fields mirror CPython's `SyntaxError` attributes (`lineno`, `offset`,
//! `end_lineno`, `end_offset`, `text`) so that the same object can later be
//! raised as a Python exception by `compile()` and `exec()`.

use std::fmt;

use crate::source::SourceFile;

/// Which builtin exception class a compile error is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorClass {
    /// `SyntaxError`.
    SyntaxError,
    /// `IndentationError` (a `SyntaxError` subclass).
    IndentationError,
    /// `TabError` (an `IndentationError` subclass).
    TabError,
}

impl ErrorClass {
    /// The class name as Python prints it.
    pub fn name(self) -> &'static str {
        match self {
            ErrorClass::SyntaxError => "SyntaxError",
            ErrorClass::IndentationError => "IndentationError",
            ErrorClass::TabError => "TabError",
        }
    }
}

/// A `SyntaxError` (or subclass) with CPython's attributes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// The exception class.
    pub class: ErrorClass,
    /// The message (`msg`).
    pub msg: String,
    /// The file name (`filename`).
    pub filename: String,
    /// 1-based line (`lineno`).
    pub lineno: u32,
    /// 1-based character offset (`offset`); 0 when CPython gives none.
    pub offset: u32,
    /// 1-based end line (`end_lineno`).
    pub end_lineno: u32,
    /// 1-based end character offset (`end_offset`); 0 when none.
    pub end_offset: u32,
    /// The source line (`text`), with its newline, when CPython shows one.
    pub text: Option<String>,
}

impl SyntaxError {
    /// An error spanning byte columns `col..end_col` (0-based) of the given
    /// lines of `src`.
    ///
    /// Like CPython's parser and compiler, the offsets are byte columns plus
    /// one, not character counts (only tokenizer errors count characters;
    /// `tokenize_check` sets those itself).
    pub fn at(
        class: ErrorClass,
        msg: impl Into<String>,
        src: &SourceFile,
        (line, col): (u32, u32),
        (end_line, end_col): (u32, u32),
    ) -> Self {
        let line = line.clamp(1, src.line_count().max(1) as u32);
        let mut text = src.line_text(line).to_string();
        if text.ends_with("\r\n") {
            text.truncate(text.len() - 2);
        } else if text.ends_with('\r') || text.ends_with('\n') {
            text.truncate(text.len() - 1);
        }
        text.push('\n');
        SyntaxError {
            class,
            msg: msg.into(),
            filename: src.name.clone(),
            lineno: line,
            offset: col + 1,
            end_lineno: end_line,
            end_offset: end_col + 1,
            text: Some(text),
        }
    }
}

/// Formats the error exactly as CPython 3.11 prints an uncaught SyntaxError
/// (no "Traceback" header: the error happens before any frame runs).
///
/// CPython prints it from C (`print_exception` and `print_error_text` in
/// pythonrun.c), not with traceback.py, and that code has quirks we keep:
/// the offset is a character count but is applied to the UTF-8 bytes of the
/// line; leading spaces, tabs and form feeds are stripped and the caret line
/// is indented with spaces only; subclasses (IndentationError, TabError)
/// always get a single caret; a range that spans lines is underlined to the
/// end of the first line; no caret is printed when it would point into the
/// stripped indentation.
impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Line 0: an error about the whole file (its encoding), which
        // CPython prints without a location.
        if self.lineno > 0 {
            writeln!(f, "  File \"{}\", line {}", self.filename, self.lineno)?;
        }
        if let Some(text) = &self.text {
            // Offsets of 0 stand for None, which CPython reads as -1.
            let offset = if self.offset == 0 {
                -1
            } else {
                i64::from(self.offset)
            };
            let line_size = text.len() as i64;
            let mut end_offset = match self.class {
                ErrorClass::SyntaxError if self.end_offset > 0 => i64::from(self.end_offset),
                _ => -1,
            };
            if self.class == ErrorClass::SyntaxError && self.end_lineno > self.lineno {
                end_offset = line_size;
            }
            end_offset = end_offset.min(line_size + 1);
            let carets = if end_offset > 0 && end_offset > offset {
                end_offset - offset
            } else {
                1
            };
            write_error_text(f, offset, carets, text)?;
        }
        write!(f, "{}: {}", self.class.name(), self.msg)
    }
}

/// The source line and caret line of a SyntaxError, as `print_error_text`
/// writes them (byte-based, see the Display impl).
fn write_error_text(
    f: &mut fmt::Formatter<'_>,
    offset: i64,
    carets: i64,
    text: &str,
) -> fmt::Result {
    let mut offset = offset - 1;
    let mut text = text.as_bytes();
    while let Some((b' ' | b'\t' | b'\x0c', rest)) = text.split_first() {
        text = rest;
        offset -= 1;
    }
    let mut len = text.len() as i64;
    if text.last() == Some(&b'\n') {
        len -= 1;
    }
    offset = offset.min(len);
    while let Some(nl) = text.iter().position(|&b| b == b'\n') {
        if nl as i64 >= offset {
            break;
        }
        text = &text[nl + 1..];
        len -= nl as i64 + 1;
        offset -= nl as i64 + 1;
    }
    f.write_str("    ")?;
    f.write_str(&String::from_utf8_lossy(text))?;
    if text.get(len.max(0) as usize) != Some(&b'\n') {
        f.write_str("\n")?;
    }
    if offset < 0 {
        return Ok(());
    }
    writeln!(
        f,
        "    {}{}",
        " ".repeat(offset as usize),
        "^".repeat(carets.max(0) as usize)
    )
}

/// Anything that stops compilation of a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompileError {
    /// Invalid Python: reported as CPython reports it.
    Syntax(Box<SyntaxError>),
    /// A bug in Pyrite, with the source location being compiled.
    Internal {
        /// File being compiled.
        filename: String,
        /// 1-based line being compiled; 0 when unknown.
        line: u32,
        /// What went wrong.
        message: String,
    },
    /// The file could not be read.
    Io {
        /// The path as given.
        filename: String,
        /// The OS error, formatted as CPython formats `OSError`.
        message: String,
    },
}

impl From<SyntaxError> for CompileError {
    fn from(e: SyntaxError) -> Self {
        CompileError::Syntax(Box::new(e))
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CompileError::Syntax(e) => e.fmt(f),
            CompileError::Internal {
                filename,
                line,
                message,
            } => {
                // Line 0: the error has no known source line.
                if *line == 0 {
                    write!(f, "{filename}: ")?;
                } else {
                    write!(f, "{filename}:{line}: ")?;
                }
                write!(
                    f,
                    "internal compiler error: {message}\n\
                     This is a bug in Pyrite; please report it with the file that caused it."
                )
            }
            CompileError::Io { filename, message } => {
                write!(f, "pyrite: can't open file '{filename}': {message}")
            }
        }
    }
}
