//! The text codecs built into the runtime: UTF-8, ASCII and Latin-1, with
//! the error handlers strict, ignore, replace, backslashreplace (both
//! ways) and xmlcharrefreplace (encoding), and CPython's messages.
//!
//! The Unicode errors carry their message as the only argument (CPython's
//! carry `(encoding, object, start, end, reason)`; `str(e)` is the same).

use crate::error::{PyErr, PyResult};
use crate::rt;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => 0x110000,
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
        }
    }
}

fn lookup(encoding: &str) -> PyResult<Codec> {
    let norm: String = encoding
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '_' || c == ' ' { '-' } else { c })
        .collect();
    Ok(match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
        "ascii" | "us-ascii" | "646" | "us" => Codec::Ascii,
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819"
        | "iso-ir-100" => Codec::Latin1,
        _ => {
            return Err(PyErr::new(
                rt::Exc::LookupError,
                format!("unknown encoding: {encoding}"),
            ));
        }
    })
}

fn unknown_handler(errors: &str) -> PyErr {
    PyErr::new(
        rt::Exc::LookupError,
        format!("unknown error handler name '{errors}'"),
    )
}

/// `s.encode(encoding, errors)`.
pub fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(encoding)?;
    if codec == Codec::Utf8 {
        return Ok(s.as_bytes().to_vec());
    }
    let limit = codec.limit();
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && chars[j] as u32 >= limit {
            j += 1;
        }
        match errors {
            "strict" => {
                let what = if j - i == 1 {
                    format!(
                        "character '{}' in position {i}",
                        crate::types::str::escape_non_ascii(&c.to_string())
                    )
                } else {
                    format!("characters in position {i}-{}", j - 1)
                };
                return Err(PyErr::new(
                    rt::Exc::UnicodeEncodeError,
                    format!(
                        "'{}' codec can't encode {what}: ordinal not in range({limit})",
                        codec.name()
                    ),
                ));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', j - i)),
            "backslashreplace" => {
                for &c in &chars[i..j] {
                    let n = c as u32;
                    let e = if n <= 0xff {
                        format!("\\x{n:02x}")
                    } else if n <= 0xffff {
                        format!("\\u{n:04x}")
                    } else {
                        format!("\\U{n:08x}")
                    };
                    out.extend_from_slice(e.as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..j] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            _ => return Err(unknown_handler(errors)),
        }
        i = j;
    }
    Ok(out)
}

/// `b.decode(encoding, errors)`.
pub fn decode(b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup(encoding)?;
    match codec {
        Codec::Latin1 => Ok(b.iter().map(|&x| x as char).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(b.len());
            for (i, &x) in b.iter().enumerate() {
                if x < 0x80 {
                    out.push(x as char);
                } else {
                    bad_bytes(
                        &mut out,
                        codec,
                        b,
                        i,
                        i + 1,
                        "ordinal not in range(128)",
                        errors,
                    )?;
                }
            }
            Ok(out)
        }
        Codec::Utf8 => {
            let mut out = String::with_capacity(b.len());
            let mut rest = b;
            let mut pos = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                        let start = pos + good;
                        let first = rest[good];
                        let (len, reason) = match e.error_len() {
                            _ if (0x80..0xc2).contains(&first) || first >= 0xf5 => {
                                (1, "invalid start byte")
                            }
                            None => (rest.len() - good, "unexpected end of data"),
                            Some(n) => (n, "invalid continuation byte"),
                        };
                        bad_bytes(&mut out, codec, b, start, start + len, reason, errors)?;
                        rest = &rest[good + len..];
                        pos = start + len;
                    }
                }
            }
        }
    }
}

fn bad_bytes(
    out: &mut String,
    codec: Codec,
    b: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    errors: &str,
) -> PyResult<()> {
    match errors {
        "strict" => {
            let what = if end - start == 1 {
                format!("byte 0x{:02x} in position {start}", b[start])
            } else {
                format!("bytes in position {start}-{}", end - 1)
            };
            Err(PyErr::new(
                rt::Exc::UnicodeDecodeError,
                format!("'{}' codec can't decode {what}: {reason}", codec.name()),
            ))
        }
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            for x in &b[start..end] {
                out.push_str(&format!("\\x{x:02x}"));
            }
            Ok(())
        }
        _ => Err(unknown_handler(errors)),
    }
}
