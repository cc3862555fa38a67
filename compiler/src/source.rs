//! Source text with a line index, and the conversion from byte offsets to
//! CPython's (line, column) positions.
//!
//! CPython reports lines 1-based and columns as 0-based UTF-8 byte offsets in
//! `col_offset`, but as 1-based *character* offsets in `SyntaxError.offset`;
//! both conversions live here so that no other module does offset arithmetic.

use ruff_text_size::TextSize;

/// One Python source file: its name as reported in errors, and its text.
pub struct SourceFile {
    /// The file name exactly as tracebacks print it.
    pub name: String,
    /// The full text.
    pub text: String,
    line_starts: Vec<u32>,
}

/// A position in a source file: 1-based line, 0-based UTF-8 byte column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Pos {
    /// 1-based line number.
    pub line: u32,
    /// 0-based byte offset within the line.
    pub col: u32,
}

impl SourceFile {
    /// Wraps `text` and indexes its lines.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let mut line_starts = vec![0];
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // CPython's tokenizer accepts \n, \r\n and a lone \r as line ends.
            match bytes[i] {
                b'\n' => line_starts.push(i as u32 + 1),
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => line_starts.push(i as u32 + 1),
                _ => {}
            }
            i += 1;
        }
        SourceFile {
            name: name.into(),
            text,
            line_starts,
        }
    }

    /// The (line, byte column) of a byte offset.
    pub fn pos(&self, offset: TextSize) -> Pos {
        let offset = u32::from(offset).min(self.text.len() as u32);
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        Pos {
            line: line as u32 + 1,
            col: offset - self.line_starts[line],
        }
    }

    /// The number of lines (a final line without a newline counts).
    pub fn line_count(&self) -> usize {
        if self.text.ends_with('\n') || self.text.ends_with('\r') {
            self.line_starts.len() - 1
        } else {
            self.line_starts.len()
        }
    }

    /// The byte offset where 1-based `line` starts (clamped to the end).
    pub fn line_start(&self, line: u32) -> usize {
        let i = (line.max(1) - 1) as usize;
        self.line_starts
            .get(i)
            .map_or(self.text.len(), |&s| s as usize)
    }

    /// The text of 1-based `line`, including its line terminator if any.
    pub fn line_text(&self, line: u32) -> &str {
        let start = self.line_start(line);
        let end = self.line_start(line + 1);
        &self.text[start..end.max(start)]
    }

    /// Converts a 0-based byte column on `line` into CPython's 1-based
    /// character offset.
    pub fn char_offset(&self, line: u32, col: u32) -> u32 {
        let text = self.line_text(line);
        let col = (col as usize).min(text.len());
        let prefix = text.get(..col).unwrap_or(text);
        prefix.chars().count() as u32 + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_follow_every_line_ending() {
        let src = SourceFile::new("t.py", "a\r\nbc\rd\n");
        assert_eq!(src.pos(TextSize::new(0)), Pos { line: 1, col: 0 });
        assert_eq!(src.pos(TextSize::new(4)), Pos { line: 2, col: 1 });
        assert_eq!(src.pos(TextSize::new(6)), Pos { line: 3, col: 0 });
        assert_eq!(src.line_count(), 3);
        assert_eq!(src.line_text(2), "bc\r");
    }

    #[test]
    fn char_offsets_count_code_points() {
        let src = SourceFile::new("t.py", "é = 1\n");
        assert_eq!(src.char_offset(1, 3), 3);
    }
}
