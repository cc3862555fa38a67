//! Source decoding as CPython's tokenizer does it: UTF-8 by default
//! (PEP 3120), a UTF-8 byte-order mark, or a coding declaration in the
//! first two lines (PEP 263).

use crate::diagnostics::{CompileError, ErrorClass, SyntaxError};

/// Decodes a source file's bytes to text.
pub fn decode_source(path: &str, bytes: Vec<u8>) -> Result<String, CompileError> {
    let (bom, body) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, &bytes[..]),
    };
    let Some(declared) = coding_cookie(body) else {
        return decode_utf8(path, body);
    };
    let name = normal_name(&declared);
    if bom && name != "utf-8" {
        return Err(file_error(
            path,
            format!("encoding problem: {declared} with BOM"),
        ));
    }
    match name.as_str() {
        "utf-8" => decode_utf8(path, body),
        // Python's latin-1 maps every byte to the code point of its value
        // (WHATWG's label would mean windows-1252).
        "iso-8859-1" => Ok(body.iter().map(|&b| b as char).collect()),
        _ => {
            let encoding = encoding_rs::Encoding::for_label(declared.as_bytes())
                .ok_or_else(|| file_error(path, format!("encoding problem: {declared}")))?;
            encoding
                .decode_without_bom_handling_and_without_replacement(body)
                .map(|text| text.into_owned())
                .ok_or_else(|| {
                    file_error(
                        path,
                        format!("(unicode error) '{declared}' codec can't decode bytes"),
                    )
                })
        }
    }
}

/// The encoding named by a `coding[:=]name` comment on the first line, or
/// on the second if the first is blank or a comment.
fn coding_cookie(text: &[u8]) -> Option<String> {
    let mut lines = text.split(|&b| b == b'\n');
    let first = lines.next()?;
    if let Some(name) = cookie_in_line(first) {
        return Some(name);
    }
    let trimmed: Vec<u8> = first
        .iter()
        .copied()
        .skip_while(|b| matches!(b, b' ' | b'\t' | b'\x0c'))
        .collect();
    if trimmed.is_empty() || trimmed == b"\r" || trimmed.starts_with(b"#") {
        return cookie_in_line(lines.next()?);
    }
    None
}

/// `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)` on one line.
fn cookie_in_line(line: &[u8]) -> Option<String> {
    let start = line
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t' | b'\x0c'))?;
    if line[start] != b'#' {
        return None;
    }
    let comment = &line[start..];
    let at = comment.windows(6).position(|w| w == b"coding")?;
    let rest = &comment[at + 6..];
    let rest = match rest.first() {
        Some(b':') | Some(b'=') => &rest[1..],
        _ => return None,
    };
    let name: String = rest
        .iter()
        .skip_while(|b| matches!(b, b' ' | b'\t'))
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        .map(|&b| b as char)
        .collect();
    (!name.is_empty()).then_some(name)
}

/// CPython's `get_normal_name`: the spellings of UTF-8 and Latin-1 it
/// recognizes itself; anything else goes to the codec registry.
fn normal_name(name: &str) -> String {
    let lower: String = name
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    if lower == "utf-8" || lower.starts_with("utf-8-") {
        "utf-8".into()
    } else if ["latin-1", "iso-8859-1", "iso-latin-1"]
        .iter()
        .any(|l| lower == *l || lower.starts_with(&format!("{l}-")))
    {
        "iso-8859-1".into()
    } else {
        name.to_string()
    }
}

fn decode_utf8(path: &str, body: &[u8]) -> Result<String, CompileError> {
    std::str::from_utf8(body).map(str::to_string).map_err(|e| {
        let valid = e.valid_up_to();
        let line = body[..valid].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
        CompileError::from(SyntaxError {
            class: ErrorClass::SyntaxError,
            msg: format!(
                "Non-UTF-8 code starting with '\\x{:02x}' in file {path} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                body[valid]
            ),
            filename: path.to_string(),
            lineno: line,
            offset: 0,
            end_lineno: line,
            end_offset: 0,
            text: None,
        })
    })
}

/// An error about the file as a whole, which CPython reports without a
/// line.
fn file_error(path: &str, msg: String) -> CompileError {
    CompileError::from(SyntaxError {
        class: ErrorClass::SyntaxError,
        msg,
        filename: path.to_string(),
        lineno: 0,
        offset: 0,
        end_lineno: 0,
        end_offset: 0,
        text: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_found_on_the_first_two_lines_only() {
        assert_eq!(
            coding_cookie(b"# -*- coding: koi8-r -*-\n"),
            Some("koi8-r".into())
        );
        assert_eq!(
            coding_cookie(b"#!/usr/bin/python\n# vim: set fileencoding=latin-1 :\n"),
            Some("latin-1".into())
        );
        assert_eq!(coding_cookie(b"x = 1\n# coding: latin-1\n"), None);
    }

    #[test]
    fn declared_encodings_decode() {
        assert_eq!(
            decode_source("t.py", b"# coding: latin-1\nx = '\xe9'\n".to_vec()).unwrap(),
            "# coding: latin-1\nx = '\u{e9}'\n"
        );
        assert!(decode_source("t.py", b"# coding: uft-8\n".to_vec()).is_err());
        assert!(decode_source("t.py", b"\xef\xbb\xbf# coding: utf8\n".to_vec()).is_err());
        assert!(decode_source("t.py", b"\xef\xbb\xbf# coding: utf-8\nx = 1\n".to_vec()).is_ok());
    }
}
