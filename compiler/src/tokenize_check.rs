//! A scan of the source text that finds the errors CPython's tokenizer
//! (Parser/tokenizer.c) reports, with its messages and positions.
//!
//! ruff's lexer is lenient where CPython's is strict (tab/space consistency
//! compared under tab sizes 8 and 1, bracket matching, number suffixes,
//! identifier characters), and it reports what it does find with other
//! messages and ranges. This module re-tokenizes just enough to find the
//! first tokenizer error; `parse` then decides, as CPython's pegen does,
//! whether that error or the parser's wins (see `TokenErrorKind`).

use crate::diagnostics::{ErrorClass, SyntaxError};
use crate::source::SourceFile;

/// How a tokenizer error competes with a parser error, after pegen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenErrorKind {
    /// Raised at once by the tokenizer (`syntaxerror()` in tokenizer.c):
    /// wins over any parser error, even one earlier in the file, because
    /// pegen tokenizes the rest of the file after a parser error.
    Raised,
    /// A bracket still open at end of file: wins when the parser reached
    /// the end of the file, or failed on a line after the bracket's.
    UnclosedBracket {
        /// 1-based line of the bracket.
        line: u32,
    },
    /// Only an error state of the tokenizer (bad dedent, tab/space mix,
    /// end of file after a backslash): wins only if the parser reaches it
    /// before failing.
    State,
}

/// The first tokenizer error of a file.
#[derive(Clone, Debug)]
pub struct TokenError {
    /// The error as CPython reports it.
    pub error: SyntaxError,
    /// How it competes with a parser error.
    pub kind: TokenErrorKind,
    /// Byte offset at which the tokenizer stopped.
    pub at: usize,
}

/// Finds the first error CPython's tokenizer reports on `src`, if any.
pub fn check(src: &SourceFile) -> Option<TokenError> {
    Scanner::new(src).run().err()
}

/// The byte offset just past the last significant token of `src` (not
/// counting comments, blank space, NEWLINE or DEDENT).
pub fn last_token_end(src: &SourceFile) -> usize {
    let mut s = Scanner::new(src);
    let _ = s.run();
    s.last_token_end
}

/// The (start, end) byte ranges of the string literal tokens of `src`
/// (with prefix and quotes), up to the first tokenizer error.
pub fn string_ranges(src: &SourceFile) -> Vec<(usize, usize)> {
    let mut s = Scanner::new(src);
    let _ = s.run();
    s.strings
}

/// How many brackets are open at byte `at` of `src`.
pub fn bracket_depth_at(src: &SourceFile, at: usize) -> usize {
    let mut s = Scanner::new(src);
    let _ = s.run();
    s.depths
        .iter()
        .take_while(|&&(pos, _)| pos <= at)
        .last()
        .map_or(0, |&(_, d)| d)
}

struct Scanner<'a> {
    strings: Vec<(usize, usize)>,
    depths: Vec<(usize, usize)>,
    src: &'a SourceFile,
    bytes: &'a [u8],
    pos: usize,
    line: u32,
    /// Open brackets: (char, line, byte offset).
    brackets: Vec<(u8, u32, usize)>,
    indents: Vec<u32>,
    alt_indents: Vec<u32>,
    last_token_end: usize,
}

type Scan<T> = Result<T, TokenError>;

impl<'a> Scanner<'a> {
    fn new(src: &'a SourceFile) -> Self {
        Scanner {
            strings: Vec::new(),
            depths: Vec::new(),
            src,
            bytes: src.text.as_bytes(),
            pos: 0,
            line: 1,
            brackets: Vec::new(),
            indents: vec![0],
            alt_indents: vec![0],
            last_token_end: 0,
        }
    }

    fn peek(&self, k: usize) -> u8 {
        self.bytes.get(self.pos + k).copied().unwrap_or(0)
    }

    fn at_eof(&self) -> bool {
        self.pos >= self.bytes.len()
    }

    /// Consumes a line ending at `pos`, if there is one.
    fn eat_newline(&mut self) -> bool {
        match self.peek(0) {
            b'\n' => self.pos += 1,
            b'\r' if self.peek(1) == b'\n' => self.pos += 2,
            b'\r' => self.pos += 1,
            _ => return false,
        }
        self.line += 1;
        true
    }

    fn run(&mut self) -> Scan<()> {
        let mut at_line_start = true;
        loop {
            if at_line_start {
                at_line_start = false;
                if self.brackets.is_empty() {
                    self.indentation()?;
                } else {
                    self.skip_blank();
                }
            }
            if self.at_eof() {
                return self.end_of_file();
            }
            let c = self.peek(0);
            match c {
                b' ' | b'\t' | b'\x0c' => self.pos += 1,
                b'#' => self.skip_comment(),
                b'\n' | b'\r' => {
                    self.eat_newline();
                    at_line_start = true;
                }
                b'\\' => self.continuation()?,
                b'0'..=b'9' => self.number()?,
                b'.' if self.peek(1).is_ascii_digit() => self.number()?,
                b'"' | b'\'' => self.string(self.pos)?,
                b'(' | b'[' | b'{' => {
                    if self.brackets.len() >= 200 {
                        return Err(self.raised("too many nested parentheses", self.pos + 1));
                    }
                    self.brackets.push((c, self.line, self.pos));
                    self.pos += 1;
                    self.depths.push((self.pos, self.brackets.len()));
                    self.last_token_end = self.pos;
                }
                b')' | b']' | b'}' => self.close_bracket(c)?,
                c if c == b'_' || c.is_ascii_alphabetic() || c >= 0x80 => self.name()?,
                _ => {
                    self.pos += 1;
                    self.last_token_end = self.pos;
                }
            }
        }
    }

    /// Measures the indentation of a new logical line and checks it against
    /// the indentation stack (tab size 8, and tab size 1 for consistency).
    fn indentation(&mut self) -> Scan<()> {
        let (mut col, mut alt) = (0u32, 0u32);
        loop {
            match self.peek(0) {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
            self.pos += 1;
        }
        if matches!(self.peek(0), b'#' | b'\n' | b'\r') || self.at_eof() {
            return Ok(());
        }
        let top = *self.indents.last().unwrap_or(&0);
        let alt_top = *self.alt_indents.last().unwrap_or(&0);
        if col == top {
            if alt != alt_top {
                return Err(self.tab_error());
            }
        } else if col > top {
            if alt <= alt_top {
                return Err(self.tab_error());
            }
            self.indents.push(col);
            self.alt_indents.push(alt);
        } else {
            while self.indents.len() > 1 && col < *self.indents.last().unwrap_or(&0) {
                self.indents.pop();
                self.alt_indents.pop();
            }
            if col != *self.indents.last().unwrap_or(&0) {
                let line_end = self.line_end(self.pos);
                let error = self.error_at(
                    ErrorClass::IndentationError,
                    "unindent does not match any outer indentation level",
                    self.line,
                    line_end,
                    None,
                );
                return Err(TokenError {
                    error,
                    kind: TokenErrorKind::State,
                    at: self.pos,
                });
            }
            if alt != *self.alt_indents.last().unwrap_or(&0) {
                return Err(self.tab_error());
            }
        }
        Ok(())
    }

    fn tab_error(&self) -> TokenError {
        let start = self.src.line_start(self.line);
        let mut error = self.error_at(
            ErrorClass::TabError,
            "inconsistent use of tabs and spaces in indentation",
            self.line,
            start,
            None,
        );
        error.offset = 1;
        error.end_offset = 0;
        TokenError {
            error,
            kind: TokenErrorKind::State,
            at: self.pos,
        }
    }

    fn skip_blank(&mut self) {
        while matches!(self.peek(0), b' ' | b'\t' | b'\x0c') {
            self.pos += 1;
        }
    }

    fn skip_comment(&mut self) {
        while !self.at_eof() && !matches!(self.peek(0), b'\n' | b'\r') {
            self.pos += 1;
        }
    }

    fn continuation(&mut self) -> Scan<()> {
        let backslash = self.pos;
        self.pos += 1;
        if self.eat_newline() {
            if self.at_eof() {
                return Err(self.eof_after_backslash(backslash));
            }
            return Ok(());
        }
        if self.at_eof() {
            return Err(self.eof_after_backslash(backslash));
        }
        let next = self.next_char_end(self.pos);
        Err(self.raised(
            "unexpected character after line continuation character",
            next,
        ))
    }

    fn eof_after_backslash(&self, backslash: usize) -> TokenError {
        let line = self.src.pos((backslash as u32).into()).line;
        let end = self.line_end(backslash);
        let mut error = self.error_at(
            ErrorClass::SyntaxError,
            "unexpected EOF while parsing",
            line,
            end,
            None,
        );
        error.end_offset = 0;
        if let Some(&(_, line, at)) = self.brackets.last() {
            return self.unclosed(line, at);
        }
        TokenError {
            error,
            kind: TokenErrorKind::State,
            at: backslash,
        }
    }

    fn end_of_file(&mut self) -> Scan<()> {
        match self.brackets.last() {
            Some(&(_, line, at)) => Err(self.unclosed(line, at)),
            None => Ok(()),
        }
    }

    fn unclosed(&self, line: u32, at: usize) -> TokenError {
        let c = self.bytes[at] as char;
        let mut error = self.error_at(
            ErrorClass::SyntaxError,
            format!("'{c}' was never closed"),
            line,
            at,
            None,
        );
        error.end_offset = 0;
        TokenError {
            error,
            kind: TokenErrorKind::UnclosedBracket { line },
            at: self.bytes.len(),
        }
    }

    fn close_bracket(&mut self, c: u8) -> Scan<()> {
        self.pos += 1;
        let Some((open, line, _)) = self.brackets.pop() else {
            return Err(self.raised(format!("unmatched '{}'", c as char), self.pos));
        };
        let expected = match open {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        if c != expected {
            let mut msg = format!(
                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                c as char, open as char
            );
            if line != self.line {
                msg.push_str(&format!(" on line {line}"));
            }
            return Err(self.raised(msg, self.pos));
        }
        self.last_token_end = self.pos;
        self.depths.push((self.pos - 1, self.brackets.len()));
        Ok(())
    }

    /// A name, or the prefix of a string literal.
    fn name(&mut self) -> Scan<()> {
        let start = self.pos;
        while let Some(ch) = self.src.text[self.pos..].chars().next() {
            if ch == '_' || ch.is_ascii_alphanumeric() || !ch.is_ascii() {
                self.pos += ch.len_utf8();
            } else {
                break;
            }
        }
        let word = &self.src.text[start..self.pos];
        if matches!(self.peek(0), b'"' | b'\'') && is_string_prefix(word) {
            return self.string(start);
        }
        if !word.is_ascii() {
            let mut chars = word.char_indices();
            let valid = |(i, ch): (usize, char)| {
                if i == 0 {
                    is_xid_start(ch)
                } else {
                    is_xid_continue(ch)
                }
            };
            if let Some((i, ch)) = chars.find(|&p| !valid(p)) {
                let msg = if is_printable(ch) {
                    format!("invalid character '{ch}' (U+{:04X})", ch as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", ch as u32)
                };
                return Err(self.raised(msg, start + i + ch.len_utf8()));
            }
        }
        self.last_token_end = self.pos;
        Ok(())
    }

    fn string(&mut self, start: usize) -> Scan<()> {
        let quote = self.peek(0);
        let triple = self.peek(1) == quote && self.peek(2) == quote;
        let start_line = self.line;
        self.pos += if triple { 3 } else { 1 };
        let mut run = 0;
        loop {
            if self.at_eof() {
                return Err(self.unterminated(start, start_line, triple));
            }
            let c = self.peek(0);
            if c == quote {
                self.pos += 1;
                run += 1;
                if !triple || run == 3 {
                    break;
                }
                continue;
            }
            run = 0;
            match c {
                b'\\' => {
                    self.pos += 1;
                    if !self.eat_newline() && !self.at_eof() {
                        self.pos += 1;
                    }
                }
                b'\n' | b'\r' if !triple => {
                    return Err(self.unterminated(start, start_line, triple));
                }
                b'\n' | b'\r' => {
                    self.eat_newline();
                }
                _ => self.pos += 1,
            }
        }
        self.strings.push((start, self.pos));
        self.last_token_end = self.pos;
        Ok(())
    }

    fn unterminated(&self, start: usize, start_line: u32, triple: bool) -> TokenError {
        let detected = if self.at_eof() {
            self.src.line_count().max(1) as u32
        } else {
            self.line
        };
        let msg = if triple {
            format!("unterminated triple-quoted string literal (detected at line {detected})")
        } else {
            format!("unterminated string literal (detected at line {detected})")
        };
        let error = self.error_at(ErrorClass::SyntaxError, msg, start_line, start, None);
        TokenError {
            error,
            kind: TokenErrorKind::Raised,
            at: self.pos,
        }
    }

    fn number(&mut self) -> Scan<()> {
        let start = self.pos;
        let c = self.peek(0);
        if c == b'0' && matches!(self.peek(1) | 0x20, b'x' | b'o' | b'b') {
            let (kind, radix) = match self.peek(1) | 0x20 {
                b'x' => ("hexadecimal", 16),
                b'o' => ("octal", 8),
                _ => ("binary", 2),
            };
            self.pos += 2;
            let mut any = false;
            loop {
                if self.peek(0) == b'_' {
                    self.pos += 1;
                }
                let d = self.peek(0);
                if (d as char).is_digit(radix) {
                    any = true;
                    while (self.peek(0) as char).is_digit(radix) {
                        self.pos += 1;
                    }
                    if self.peek(0) != b'_' {
                        break;
                    }
                } else {
                    if radix < 10 && d.is_ascii_digit() {
                        return Err(self.raised(
                            format!("invalid digit '{}' in {kind} literal", d as char),
                            self.pos + 1,
                        ));
                    }
                    if !any || self.bytes[self.pos - 1] == b'_' {
                        return Err(self.raised(format!("invalid {kind} literal"), self.pos));
                    }
                    break;
                }
            }
            let d = self.peek(0);
            if radix < 10 && d.is_ascii_digit() {
                return Err(self.raised(
                    format!("invalid digit '{}' in {kind} literal", d as char),
                    self.pos + 1,
                ));
            }
            return self.end_of_number(kind);
        }
        // Decimal: integer part, fraction, exponent, imaginary suffix.
        let mut is_float = false;
        if c != b'.' {
            self.decimal_tail()?;
        }
        let int_end = self.pos;
        if self.peek(0) == b'.' {
            is_float = true;
            self.pos += 1;
            if self.peek(0).is_ascii_digit() {
                self.decimal_tail()?;
            }
        }
        if self.peek(0) | 0x20 == b'e' {
            let save = self.pos;
            self.pos += 1;
            if matches!(self.peek(0), b'+' | b'-') {
                self.pos += 1;
                if !self.peek(0).is_ascii_digit() {
                    return Err(self.raised("invalid decimal literal", self.pos));
                }
            }
            if self.peek(0).is_ascii_digit() {
                is_float = true;
                self.decimal_tail()?;
            } else {
                self.pos = save;
                return self.end_of_number("decimal");
            }
        }
        if self.peek(0) | 0x20 == b'j' {
            self.pos += 1;
            return self.end_of_number("imaginary");
        }
        let digits = &self.bytes[start..int_end];
        if !is_float
            && digits.first() == Some(&b'0')
            && digits.iter().any(|&d| d != b'0' && d != b'_')
        {
            let zeros_end = start
                + digits
                    .iter()
                    .take_while(|&&d| d == b'0' || d == b'_')
                    .count();
            let line = self.line;
            let mut error = self.error_at(
                ErrorClass::SyntaxError,
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                line,
                start,
                None,
            );
            let zeros = self.error_at(ErrorClass::SyntaxError, "", line, zeros_end, None);
            error.end_offset = zeros.offset;
            return Err(TokenError {
                error,
                kind: TokenErrorKind::Raised,
                at: self.pos,
            });
        }
        let _ = is_float;
        self.end_of_number("decimal")
    }

    /// Digits with single underscores between them.
    fn decimal_tail(&mut self) -> Scan<()> {
        loop {
            while self.peek(0).is_ascii_digit() {
                self.pos += 1;
            }
            if self.peek(0) != b'_' {
                return Ok(());
            }
            self.pos += 1;
            if !self.peek(0).is_ascii_digit() {
                return Err(self.raised("invalid decimal literal", self.pos + 1));
            }
        }
    }

    /// CPython's `verify_end_of_number`: a number directly followed by a
    /// name character is an error, except before the keywords that may
    /// follow a number in valid code.
    fn end_of_number(&mut self, kind: &str) -> Scan<()> {
        let rest = &self.bytes[self.pos..];
        let keyword_next = [
            &b"and"[..],
            b"else",
            b"for",
            b"if",
            b"in",
            b"is",
            b"or",
            b"not",
        ]
        .iter()
        .any(|k| rest.starts_with(k));
        let c = self.peek(0);
        if !keyword_next && (c == b'_' || c.is_ascii_alphanumeric() || c >= 0x80) {
            return Err(self.raised(format!("invalid {kind} literal"), self.pos));
        }
        self.last_token_end = self.pos;
        Ok(())
    }

    /// An error raised at once, whose offset counts the characters of the
    /// line before byte `cur` (CPython's `tok->cur`).
    fn raised(&self, msg: impl Into<String>, cur: usize) -> TokenError {
        let line = self.src.pos((cur.saturating_sub(1) as u32).into()).line;
        let mut error = self.error_at(ErrorClass::SyntaxError, msg, line, cur, None);
        error.offset = error.offset.saturating_sub(1);
        error.end_offset = error.offset;
        TokenError {
            error,
            kind: TokenErrorKind::Raised,
            at: cur,
        }
    }

    /// An error on `line` whose offset is 1 + the characters before byte
    /// `cur`, with the line's text (first line only, without its newline
    /// handling beyond what `SyntaxError::at` does).
    fn error_at(
        &self,
        class: ErrorClass,
        msg: impl Into<String>,
        line: u32,
        cur: usize,
        end: Option<u32>,
    ) -> SyntaxError {
        let line_start = self.src.line_start(line);
        let text = self.src.line_text(line);
        let upto = (cur.saturating_sub(line_start)).min(text.len());
        let mut k = upto;
        while !text.is_char_boundary(k) {
            k += 1;
        }
        let offset = text[..k].chars().count() as u32 + 1;
        let mut error = SyntaxError::at(class, msg, self.src, (line, 0), (line, 0));
        error.offset = offset;
        error.end_lineno = line;
        error.end_offset = end.unwrap_or(offset);
        error
    }

    fn line_end(&self, at: usize) -> usize {
        let rest = &self.bytes[at..];
        at + rest
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
            .unwrap_or(rest.len())
    }

    fn next_char_end(&self, at: usize) -> usize {
        at + self.src.text[at..].chars().next().map_or(0, char::len_utf8)
    }
}

fn is_string_prefix(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "r" | "u" | "b" | "f" | "br" | "rb" | "fr" | "rf"
    )
}

/// Approximates Unicode XID_Start (what `str.isidentifier` checks after
/// NFKC normalization) with the standard library's classification.
fn is_xid_start(ch: char) -> bool {
    ch == '_' || ch.is_alphabetic()
}

fn is_xid_continue(ch: char) -> bool {
    ch == '_'
        || ch.is_alphanumeric()
        || ('\u{300}'..='\u{36f}').contains(&ch)
        || ('\u{200c}'..='\u{200d}').contains(&ch)
        || ch == '\u{b7}'
        || ('\u{203f}'..='\u{2040}').contains(&ch)
        || is_mark(ch)
}

/// Combining marks of the common scripts (general categories Mn and Mc),
/// which continue identifiers.
fn is_mark(ch: char) -> bool {
    let c = ch as u32;
    (0x0483..=0x0489).contains(&c)
        || (0x0591..=0x05c7).contains(&c)
        || (0x0610..=0x061a).contains(&c)
        || (0x064b..=0x065f).contains(&c)
        || (0x0900..=0x0903).contains(&c)
        || (0x093a..=0x094f).contains(&c)
        || (0x0e31..=0x0e3a).contains(&c)
        || (0x0e47..=0x0e4e).contains(&c)
        || (0x1ab0..=0x1aff).contains(&c)
        || (0x1dc0..=0x1dff).contains(&c)
        || (0x20d0..=0x20ff).contains(&c)
        || (0x3099..=0x309a).contains(&c)
        || (0xfe00..=0xfe0f).contains(&c)
        || (0xfe20..=0xfe2f).contains(&c)
        || (0xe0100..=0xe01ef).contains(&c)
}

/// Python's `str.isprintable` for one character: not a control, format,
/// surrogate, private-use, unassigned or separator character (except the
/// ASCII space).
fn is_printable(ch: char) -> bool {
    if ch == ' ' {
        return true;
    }
    !(ch.is_control()
        || ch.is_whitespace()
        || matches!(ch, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}')
        || ('\u{e000}'..='\u{f8ff}').contains(&ch))
}
