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
    /// lines of `src`, converted to CPython's character offsets.
    pub fn at(
        class: ErrorClass,
        msg: impl Into<String>,
        src: &SourceFile,
        (line, col): (u32, u32),
        (end_line, end_col): (u32, u32),
    ) -> Self {
        let line = line.clamp(1, src.line_count().max(1) as u32);
        let mut text = src.line_text(line).to_string();
        if !text.ends_with('\n') {
            text = text.trim_end_matches('\r').to_string();
            text.push('\n');
        } else if text.ends_with("\r\n") {
            text.truncate(text.len() - 2);
            text.push('\n');
        }
        SyntaxError {
            class,
            msg: msg.into(),
            filename: src.name.clone(),
            lineno: line,
            offset: src.char_offset(line, col),
            end_lineno: end_line,
            end_offset: src.char_offset(end_line, end_col),
            text: Some(text),
        }
    }
}

/// Formats the error exactly as CPython 3.11 prints an uncaught SyntaxError
/// (no "Traceback" header: the error happens before any frame runs).
impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "  File \"{}\", line {}", self.filename, self.lineno)?;
        if let Some(text) = &self.text {
            let rtext = text.trim_end_matches('\n');
            let ltext = rtext.trim_start_matches([' ', '\t', '\x0c']);
            let spaces = (rtext.chars().count() - ltext.chars().count()) as i64;
            writeln!(f, "    {ltext}")?;
            if self.offset > 0 {
                let offset = self.offset as i64;
                let len = ltext.chars().count() as i64;
                let mut end_offset = if self.end_offset == 0 || self.end_lineno != self.lineno {
                    offset
                } else {
                    self.end_offset as i64
                };
                if end_offset <= offset {
                    end_offset = offset + 1;
                }
                let colno = (offset - 1 - spaces).min(len);
                let end_colno = (end_offset - 1 - spaces).min(len + 1).max(colno + 1);
                if colno >= 0 {
                    let pad: String = ltext
                        .chars()
                        .take(colno as usize)
                        .map(|c| if c == '\t' || c == '\x0c' { c } else { ' ' })
                        .collect();
                    writeln!(f, "    {pad}{}", "^".repeat((end_colno - colno) as usize))?;
                }
            }
        }
        write!(f, "{}: {}", self.class.name(), self.msg)
    }
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
        /// 1-based line being compiled.
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
            } => write!(
                f,
                "{filename}:{line}: internal compiler error: {message}\n\
                 This is a bug in Pyrite; please report it with the file that caused it."
            ),
            CompileError::Io { filename, message } => {
                write!(f, "pyrite: can't open file '{filename}': {message}")
            }
        }
    }
}
