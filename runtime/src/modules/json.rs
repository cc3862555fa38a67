//! `_json`: the encoder and the scanner behind the `json` package
//! (`runtime/pylib/json/`), as CPython's `_json` accelerator is: the
//! classes, hooks and argument defaults live in Python, the character
//! work here.
//!
//! `encode(obj, indent, item_sep, key_sep, sort_keys, skipkeys,
//! ensure_ascii, allow_nan, check_circular, default)` returns the text;
//! `decode(s, idx, object_hook, object_pairs_hook, parse_float,
//! parse_int, parse_constant, strict, error_class, whole)` returns
//! `(value, end)`, raising `error_class(msg, doc, pos)` with CPython's
//! messages.

use num_bigint::BigInt;

use crate::error::{PyErr, PyResult, type_error, value_error};
use crate::object::Obj;
use crate::protocol;
use crate::rt;
use crate::types::str::{as_str, new_str};
use crate::types::{dict, float, int, list, tuple};
use crate::vm::eval::DepthGuard;

/// The `_json` module.
pub fn new_module() -> Obj {
    let m = crate::types::module::new_module("_json");
    super::add(&m, "encode", encode);
    super::add(&m, "decode", decode);
    super::add(&m, "encode_basestring_ascii", |a, _| {
        let s = str_arg(a.first())?;
        let mut out = String::new();
        write_string(&mut out, s, true);
        Ok(new_str(&out))
    });
    super::add(&m, "encode_basestring", |a, _| {
        let s = str_arg(a.first())?;
        let mut out = String::new();
        write_string(&mut out, s, false);
        Ok(new_str(&out))
    });
    m
}

fn str_arg(o: Option<&Obj>) -> PyResult<&str> {
    match o {
        Some(o) => as_str(o).ok_or_else(|| {
            type_error(format!(
                "first argument must be a string, not {}",
                protocol::type_name(o)
            ))
        }),
        None => Err(type_error("function takes exactly 1 argument (0 given)")),
    }
}

/// The encoder's settings (from `JSONEncoder`'s attributes).
struct Encoder {
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    sort_keys: bool,
    skipkeys: bool,
    ensure_ascii: bool,
    allow_nan: bool,
    check_circular: bool,
    default: Obj,
    /// The containers being encoded, by identity (for cycles).
    markers: Vec<usize>,
}

fn encode(a: &[Obj], _k: &[Obj]) -> PyResult<Obj> {
    let [
        obj,
        indent,
        item_sep,
        key_sep,
        sort_keys,
        skipkeys,
        ensure_ascii,
        allow_nan,
        check_circular,
        default,
    ] = a
    else {
        return Err(type_error("_json.encode expects 10 arguments"));
    };
    let text = |o: &Obj| as_str(o).unwrap_or("").to_string();
    let mut e = Encoder {
        indent: if indent.is(&rt::none()) {
            None
        } else {
            Some(text(indent))
        },
        item_sep: text(item_sep),
        key_sep: text(key_sep),
        sort_keys: protocol::truth(sort_keys)?,
        skipkeys: protocol::truth(skipkeys)?,
        ensure_ascii: protocol::truth(ensure_ascii)?,
        allow_nan: protocol::truth(allow_nan)?,
        check_circular: protocol::truth(check_circular)?,
        default: default.clone(),
        markers: Vec::new(),
    };
    let mut out = String::new();
    e.value(&mut out, obj, 0)?;
    Ok(new_str(&out))
}

impl Encoder {
    fn value(&mut self, out: &mut String, o: &Obj, level: usize) -> PyResult<()> {
        if o.is(&rt::none()) {
            out.push_str("null");
        } else if o.is(&rt::bool_obj(true)) {
            out.push_str("true");
        } else if o.is(&rt::bool_obj(false)) {
            out.push_str("false");
        } else if let Some(s) = as_str(o) {
            write_string(out, s, self.ensure_ascii);
        } else if let Some(v) = int::value(o) {
            out.push_str(&int::to_decimal(&v)?);
        } else if let Some(x) = float::value(o) {
            out.push_str(&self.float(x)?);
        } else if list::is_list(o) || tuple::is_tuple(o) {
            let items = if list::is_list(o) {
                list::snapshot(o)
            } else {
                tuple::items(o).to_vec()
            };
            let _depth = DepthGuard::enter()?;
            self.mark(o)?;
            self.array(out, &items, level)?;
            self.unmark();
        } else if dict::is_dict(o) {
            let _depth = DepthGuard::enter()?;
            self.mark(o)?;
            self.object(out, o, level)?;
            self.unmark();
        } else {
            let _depth = DepthGuard::enter()?;
            self.mark(o)?;
            let r = protocol::call(&self.default, std::slice::from_ref(o), &[])?;
            self.value(out, &r, level)?;
            self.unmark();
        }
        Ok(())
    }

    fn mark(&mut self, o: &Obj) -> PyResult<()> {
        if self.check_circular {
            if self.markers.contains(&o.id()) {
                return Err(value_error("Circular reference detected"));
            }
            self.markers.push(o.id());
        }
        Ok(())
    }

    fn unmark(&mut self) {
        if self.check_circular {
            self.markers.pop();
        }
    }

    fn float(&self, x: f64) -> PyResult<String> {
        if x.is_finite() {
            return Ok(float::repr(x));
        }
        if !self.allow_nan {
            // The pure-Python encoder (used with an indent) names the value.
            let msg = "Out of range float values are not JSON compliant";
            return Err(value_error(match self.indent {
                Some(_) => format!("{msg}: {}", float::repr(x)),
                None => msg.to_string(),
            }));
        }
        Ok(if x.is_nan() {
            "NaN".into()
        } else if x > 0.0 {
            "Infinity".into()
        } else {
            "-Infinity".into()
        })
    }

    /// The newline and indentation before an item at `level` (or the
    /// item separator's trailing part when there is no indent).
    fn newline(&self, out: &mut String, level: usize) {
        if let Some(ind) = &self.indent {
            out.push('\n');
            for _ in 0..level {
                out.push_str(ind);
            }
        }
    }

    fn array(&mut self, out: &mut String, items: &[Obj], level: usize) -> PyResult<()> {
        if items.is_empty() {
            out.push_str("[]");
            return Ok(());
        }
        out.push('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(&self.item_sep);
            }
            self.newline(out, level + 1);
            self.value(out, item, level + 1)?;
        }
        self.newline(out, level);
        out.push(']');
        Ok(())
    }

    fn object(&mut self, out: &mut String, d: &Obj, level: usize) -> PyResult<()> {
        let mut items = dict::items(d);
        if items.is_empty() {
            out.push_str("{}");
            return Ok(());
        }
        if self.sort_keys {
            let mut pairs: Vec<Obj> = items
                .iter()
                .map(|(k, v)| tuple::new_tuple(vec![k.clone(), v.clone()]))
                .collect();
            crate::types::list_methods::sort(&mut pairs, None, false)?;
            items = pairs
                .iter()
                .map(|p| {
                    let t = tuple::items(p);
                    (t[0].clone(), t[1].clone())
                })
                .collect();
        }
        out.push('{');
        let mut first = true;
        for (k, v) in &items {
            let key = if let Some(s) = as_str(k) {
                s.to_string()
            } else if let Some(x) = float::value(k) {
                self.float(x)?
            } else if k.is(&rt::bool_obj(true)) {
                "true".into()
            } else if k.is(&rt::bool_obj(false)) {
                "false".into()
            } else if k.is(&rt::none()) {
                "null".into()
            } else if let Some(v) = int::value(k) {
                int::to_decimal(&v)?
            } else if self.skipkeys {
                continue;
            } else {
                return Err(type_error(format!(
                    "keys must be str, int, float, bool or None, not {}",
                    protocol::type_name(k)
                )));
            };
            if !first {
                out.push_str(&self.item_sep);
            }
            first = false;
            self.newline(out, level + 1);
            write_string(out, &key, self.ensure_ascii);
            out.push_str(&self.key_sep);
            self.value(out, v, level + 1)?;
        }
        self.newline(out, level);
        out.push('}');
        Ok(())
    }
}

/// `s` as a JSON string literal: quotes, backslash escapes, control
/// characters as `\u00XX`, and with `ascii` everything past `~` as
/// `\uXXXX` (surrogate pairs above U+FFFF), lowercase hex as CPython's.
fn write_string(out: &mut String, s: &str, ascii: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (ascii && c as u32 > 0x7e) => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The scanner's state: the document as characters (positions are in
/// code points, as CPython's) and the hooks.
struct Decoder<'a> {
    s: &'a [char],
    doc: &'a Obj,
    object_hook: Option<Obj>,
    pairs_hook: Option<Obj>,
    parse_float: Option<Obj>,
    parse_int: Option<Obj>,
    parse_constant: Option<Obj>,
    strict: bool,
    error_class: Obj,
}

fn decode(a: &[Obj], _k: &[Obj]) -> PyResult<Obj> {
    let [
        doc,
        idx,
        object_hook,
        pairs_hook,
        parse_float,
        parse_int,
        parse_constant,
        strict,
        error_class,
        whole,
    ] = a
    else {
        return Err(type_error("_json.decode expects 10 arguments"));
    };
    let Some(text) = as_str(doc) else {
        return Err(type_error(format!(
            "first argument must be a string, not {}",
            protocol::type_name(doc)
        )));
    };
    let chars: Vec<char> = text.chars().collect();
    let hook = |o: &Obj| (!o.is(&rt::none())).then(|| o.clone());
    let d = Decoder {
        s: &chars,
        doc,
        object_hook: hook(object_hook),
        pairs_hook: hook(pairs_hook),
        parse_float: hook(parse_float),
        parse_int: hook(parse_int),
        parse_constant: hook(parse_constant),
        strict: protocol::truth(strict)?,
        error_class: error_class.clone(),
    };
    let start = usize::try_from(crate::args::to_bigint(idx)?).unwrap_or(usize::MAX);
    if protocol::truth(whole)? {
        if chars.first() == Some(&'\u{feff}') {
            return Err(d.error("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0));
        }
        let i = d.skip_ws(0);
        let (v, end) = d.value(i)?;
        let end = d.skip_ws(end);
        if end != chars.len() {
            return Err(d.error("Extra data", end));
        }
        return Ok(tuple::new_tuple(vec![v, Obj::small(end as i64)]));
    }
    if start > chars.len() {
        return Err(d.error("Expecting value", start.min(chars.len())));
    }
    let (v, end) = d.value(start)?;
    Ok(tuple::new_tuple(vec![v, Obj::small(end as i64)]))
}

impl Decoder<'_> {
    fn error(&self, msg: &str, pos: usize) -> PyErr {
        match protocol::call(
            &self.error_class,
            &[new_str(msg), self.doc.clone(), Obj::small(pos as i64)],
            &[],
        ) {
            Ok(exc) => PyErr::from_instance(exc),
            Err(e) => e,
        }
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.s.len() && matches!(self.s[i], ' ' | '\t' | '\n' | '\r') {
            i += 1;
        }
        i
    }

    fn starts_with(&self, i: usize, word: &str) -> bool {
        let n = word.chars().count();
        i + n <= self.s.len() && self.s[i..i + n].iter().copied().eq(word.chars())
    }

    /// One value starting exactly at `i`: the value and the position
    /// after it.
    fn value(&self, i: usize) -> PyResult<(Obj, usize)> {
        let Some(&c) = self.s.get(i) else {
            return Err(self.error("Expecting value", i));
        };
        match c {
            '"' => {
                let (s, end) = self.string(i + 1)?;
                Ok((new_str(&s), end))
            }
            '{' => {
                let _depth = DepthGuard::enter()?;
                self.object(i + 1)
            }
            '[' => {
                let _depth = DepthGuard::enter()?;
                self.array(i + 1)
            }
            'n' if self.starts_with(i, "null") => Ok((rt::none(), i + 4)),
            't' if self.starts_with(i, "true") => Ok((rt::bool_obj(true), i + 4)),
            'f' if self.starts_with(i, "false") => Ok((rt::bool_obj(false), i + 5)),
            'N' if self.starts_with(i, "NaN") => Ok((self.constant("NaN", f64::NAN)?, i + 3)),
            'I' if self.starts_with(i, "Infinity") => {
                Ok((self.constant("Infinity", f64::INFINITY)?, i + 8))
            }
            '-' if self.starts_with(i, "-Infinity") => {
                Ok((self.constant("-Infinity", f64::NEG_INFINITY)?, i + 9))
            }
            '-' | '0'..='9' => self.number(i),
            _ => Err(self.error("Expecting value", i)),
        }
    }

    fn constant(&self, name: &str, x: f64) -> PyResult<Obj> {
        match &self.parse_constant {
            Some(f) => protocol::call(f, &[new_str(name)], &[]),
            None => Ok(float::new_float(x)),
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`
    fn number(&self, start: usize) -> PyResult<(Obj, usize)> {
        let s = self.s;
        let digits = |mut i: usize| {
            while i < s.len() && s[i].is_ascii_digit() {
                i += 1;
            }
            i
        };
        let mut i = start;
        if s.get(i) == Some(&'-') {
            i += 1;
        }
        match s.get(i) {
            Some('0') => i += 1,
            Some('1'..='9') => i = digits(i),
            _ => return Err(self.error("Expecting value", start)),
        }
        let mut is_float = false;
        if s.get(i) == Some(&'.') && s.get(i + 1).is_some_and(char::is_ascii_digit) {
            i = digits(i + 1);
            is_float = true;
        }
        if matches!(s.get(i), Some('e' | 'E')) {
            let mut j = i + 1;
            if matches!(s.get(j), Some('+' | '-')) {
                j += 1;
            }
            if s.get(j).is_some_and(char::is_ascii_digit) {
                i = digits(j);
                is_float = true;
            }
        }
        let text: String = s[start..i].iter().collect();
        let v = if is_float {
            match &self.parse_float {
                Some(f) => protocol::call(f, &[new_str(&text)], &[])?,
                None => float::new_float(text.parse::<f64>().unwrap_or(f64::NAN)),
            }
        } else {
            match &self.parse_int {
                Some(f) => protocol::call(f, &[new_str(&text)], &[])?,
                None => {
                    let v: BigInt = int::parse_big(&text, 10)?;
                    int::from_big(v)
                }
            }
        };
        Ok((v, i))
    }

    /// The string whose opening quote is just before `start`.
    fn string(&self, start: usize) -> PyResult<(String, usize)> {
        let s = self.s;
        let mut out = String::new();
        let mut i = start;
        loop {
            let Some(&c) = s.get(i) else {
                return Err(self.error("Unterminated string starting at", start - 1));
            };
            match c {
                '"' => return Ok((out, i + 1)),
                '\\' => {
                    let Some(&e) = s.get(i + 1) else {
                        return Err(self.error("Unterminated string starting at", start - 1));
                    };
                    i += 2;
                    match e {
                        '"' => out.push('"'),
                        '\\' => out.push('\\'),
                        '/' => out.push('/'),
                        'b' => out.push('\u{8}'),
                        'f' => out.push('\u{c}'),
                        'n' => out.push('\n'),
                        'r' => out.push('\r'),
                        't' => out.push('\t'),
                        'u' => {
                            let hi = self.hex4(i)?;
                            i += 4;
                            let mut code = hi;
                            if (0xd800..0xdc00).contains(&hi)
                                && s.get(i) == Some(&'\\')
                                && s.get(i + 1) == Some(&'u')
                            {
                                let lo = self.hex4(i + 2)?;
                                if (0xdc00..0xe000).contains(&lo) {
                                    code = 0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00);
                                    i += 6;
                                }
                            }
                            // A lone surrogate has no place in our str.
                            out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                        }
                        _ => return Err(self.error("Invalid \\escape", i - 2)),
                    }
                }
                c if (c as u32) < 0x20 && self.strict => {
                    return Err(self.error("Invalid control character at", i));
                }
                c => {
                    out.push(c);
                    i += 1;
                }
            }
        }
    }

    fn hex4(&self, i: usize) -> PyResult<u32> {
        let ok = i + 4 <= self.s.len() && self.s[i..i + 4].iter().all(char::is_ascii_hexdigit);
        if !ok {
            return Err(self.error("Invalid \\uXXXX escape", i - 1));
        }
        let text: String = self.s[i..i + 4].iter().collect();
        Ok(u32::from_str_radix(&text, 16).unwrap_or(0xfffd))
    }

    fn array(&self, start: usize) -> PyResult<(Obj, usize)> {
        let mut items = Vec::new();
        let mut i = self.skip_ws(start);
        if self.s.get(i) == Some(&']') {
            return Ok((list::new_list(items), i + 1));
        }
        loop {
            let (v, end) = self.value(i)?;
            items.push(v);
            i = self.skip_ws(end);
            match self.s.get(i) {
                Some(']') => return Ok((list::new_list(items), i + 1)),
                Some(',') => i = self.skip_ws(i + 1),
                _ => return Err(self.error("Expecting ',' delimiter", i)),
            }
        }
    }

    fn object(&self, start: usize) -> PyResult<(Obj, usize)> {
        let mut pairs: Vec<(Obj, Obj)> = Vec::new();
        let mut i = self.skip_ws(start);
        let close = |pairs: Vec<(Obj, Obj)>, end: usize| -> PyResult<(Obj, usize)> {
            if let Some(h) = &self.pairs_hook {
                let l = list::new_list(
                    pairs
                        .into_iter()
                        .map(|(k, v)| tuple::new_tuple(vec![k, v]))
                        .collect(),
                );
                return Ok((protocol::call(h, &[l], &[])?, end));
            }
            let d = dict::new_dict();
            for (k, v) in pairs {
                dict::set_item(&d, k, v)?;
            }
            match &self.object_hook {
                Some(h) => Ok((protocol::call(h, &[d], &[])?, end)),
                None => Ok((d, end)),
            }
        };
        if self.s.get(i) == Some(&'}') {
            return close(pairs, i + 1);
        }
        loop {
            if self.s.get(i) != Some(&'"') {
                return Err(self.error("Expecting property name enclosed in double quotes", i));
            }
            let (key, end) = self.string(i + 1)?;
            i = self.skip_ws(end);
            if self.s.get(i) != Some(&':') {
                return Err(self.error("Expecting ':' delimiter", i));
            }
            i = self.skip_ws(i + 1);
            let (v, end) = self.value(i)?;
            pairs.push((crate::types::str::intern(&key), v));
            i = self.skip_ws(end);
            match self.s.get(i) {
                Some('}') => return close(pairs, i + 1),
                Some(',') => i = self.skip_ws(i + 1),
                _ => return Err(self.error("Expecting ',' delimiter", i)),
            }
        }
    }
}
