//! Character properties and case mappings with CPython 3.11's answers,
//! from the generated tables in `unicode_tables.rs`.

use crate::types::unicode_tables as t;

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let n = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < n {
                std::cmp::Ordering::Less
            } else if lo > n {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

fn mapped(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    let n = c as u32;
    table
        .binary_search_by_key(&n, |&(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}

/// `c.isprintable()`.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    in_ranges(t::PRINTABLE, c)
}

/// `c.isalpha()`.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(t::ALPHA, c)
}

/// `c.isdecimal()`.
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(t::DECIMAL, c)
}

/// `c.isdigit()`.
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(t::DIGIT, c)
}

/// `c.isnumeric()`.
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(t::NUMERIC, c)
}

/// `c.isalnum()`.
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// `c.isspace()`.
pub fn is_space(c: char) -> bool {
    // `str.split()` asks this of every character.
    if c.is_ascii() {
        return matches!(c, '\t'..='\r' | '\x1c'..='\x1f' | ' ');
    }
    in_ranges(t::SPACE, c)
}

/// The Lowercase property.
pub fn is_lower(c: char) -> bool {
    in_ranges(t::LOWER, c)
}

/// The Uppercase property.
pub fn is_upper(c: char) -> bool {
    in_ranges(t::UPPER, c)
}

/// A titlecase letter (Lt).
pub fn is_title(c: char) -> bool {
    in_ranges(t::TITLE, c)
}

/// The Cased property.
pub fn is_cased(c: char) -> bool {
    in_ranges(t::CASED, c)
}

/// The Case_Ignorable property.
pub fn is_case_ignorable(c: char) -> bool {
    in_ranges(t::CASE_IGNORABLE, c)
}

/// May start an identifier (XID_Start or `_`).
pub fn is_id_start(c: char) -> bool {
    in_ranges(t::ID_START, c)
}

/// May continue an identifier (XID_Continue).
pub fn is_id_continue(c: char) -> bool {
    in_ranges(t::ID_CONTINUE, c)
}

/// Appends the full uppercase mapping of `c`.
pub fn push_upper(out: &mut String, c: char) {
    match mapped(t::UPPER_MAP, c) {
        Some(m) => out.push_str(m),
        None => out.push(c),
    }
}

/// Appends the full lowercase mapping of `c` (no final-sigma rule).
pub fn push_lower(out: &mut String, c: char) {
    match mapped(t::LOWER_MAP, c) {
        Some(m) => out.push_str(m),
        None => out.push(c),
    }
}

/// Appends the titlecase mapping of `c`.
pub fn push_title(out: &mut String, c: char) {
    match mapped(t::TITLE_MAP, c) {
        Some(m) => out.push_str(m),
        None => push_upper(out, c),
    }
}

/// Appends the case folding of `c`.
pub fn push_fold(out: &mut String, c: char) {
    match mapped(t::FOLD_MAP, c) {
        Some(m) => out.push_str(m),
        None => push_lower(out, c),
    }
}

/// Appends the lowercase of `chars[i]`, applying the final-sigma rule to
/// capital sigma as CPython's `lower()` does.
pub fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c != '\u{3a3}' {
        push_lower(out, c);
        return;
    }
    let before = chars[..i]
        .iter()
        .rev()
        .find(|&&x| !is_case_ignorable(x))
        .is_some_and(|&x| is_cased(x));
    let after = chars[i + 1..]
        .iter()
        .find(|&&x| !is_case_ignorable(x))
        .is_some_and(|&x| is_cased(x));
    out.push(if before && !after {
        '\u{3c2}'
    } else {
        '\u{3c3}'
    });
}
