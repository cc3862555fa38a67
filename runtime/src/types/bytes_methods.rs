//! The methods bytes and bytearray share (results are of the receiver's
//! kind); case and class predicates are ASCII-only, as in CPython.

use crate::args::{Sig, Style, adjust, slice_index, ssize, ssize_or};
use crate::error::{PyResult, type_error, value_error};
use crate::object::Obj;
use crate::protocol;
use crate::rt;
use crate::types::bytes::{bytes_like, find, same_kind};
use crate::types::function::{NativeFn, add_method};
use crate::types::list::new_list;

/// Fills the namespace of bytes or bytearray.
pub fn init(t: &Obj) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("decode", decode),
        ("hex", hex),
        ("split", |a, k| split(a, k, false)),
        ("rsplit", |a, k| split(a, k, true)),
        ("splitlines", splitlines),
        ("join", join),
        ("strip", |a, k| strip(a, k, "strip", true, true)),
        ("lstrip", |a, k| strip(a, k, "lstrip", true, false)),
        ("rstrip", |a, k| strip(a, k, "rstrip", false, true)),
        ("startswith", |a, k| starts_ends(a, k, "startswith", false)),
        ("endswith", |a, k| starts_ends(a, k, "endswith", true)),
        ("find", |a, k| find_method(a, k, "find", false, false)),
        ("rfind", |a, k| find_method(a, k, "rfind", true, false)),
        ("index", |a, k| find_method(a, k, "index", false, true)),
        ("rindex", |a, k| find_method(a, k, "rindex", true, true)),
        ("count", count),
        ("replace", replace),
        ("upper", |a, k| {
            map(a, k, "upper", |b| b.to_ascii_uppercase())
        }),
        ("lower", |a, k| {
            map(a, k, "lower", |b| b.to_ascii_lowercase())
        }),
        ("swapcase", |a, k| map(a, k, "swapcase", swapcase)),
        ("title", |a, k| map(a, k, "title", title)),
        ("capitalize", |a, k| map(a, k, "capitalize", capitalize)),
        ("isdigit", |a, k| {
            pred(a, k, "isdigit", |b| all(b, u8::is_ascii_digit))
        }),
        ("isalpha", |a, k| {
            pred(a, k, "isalpha", |b| all(b, u8::is_ascii_alphabetic))
        }),
        ("isalnum", |a, k| {
            pred(a, k, "isalnum", |b| all(b, u8::is_ascii_alphanumeric))
        }),
        ("isspace", |a, k| {
            pred(a, k, "isspace", |b| all(b, is_space))
        }),
        ("isascii", |a, k| pred(a, k, "isascii", |b| b.is_ascii())),
        ("isupper", |a, k| {
            pred(a, k, "isupper", |b| {
                b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
            })
        }),
        ("islower", |a, k| {
            pred(a, k, "islower", |b| {
                b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
            })
        }),
        ("center", |a, k| justify(a, k, "center")),
        ("ljust", |a, k| justify(a, k, "ljust")),
        ("rjust", |a, k| justify(a, k, "rjust")),
        ("zfill", zfill),
        ("partition", |a, k| partition(a, k, "partition", false)),
        ("rpartition", |a, k| partition(a, k, "rpartition", true)),
        ("removeprefix", |a, k| affix(a, k, "removeprefix", true)),
        ("removesuffix", |a, k| affix(a, k, "removesuffix", false)),
        ("expandtabs", expandtabs),
        ("translate", translate),
        ("istitle", |a, k| pred(a, k, "istitle", istitle)),
    ];
    for (name, f) in methods {
        add_method(t, name, *f);
    }
    crate::types::typeobj_ops::set_type_attr(
        t,
        "maketrans",
        crate::types::function::new_builtin("maketrans", maketrans),
    );
}

fn this(a: &[Obj], name: &str) -> PyResult<Vec<u8>> {
    a.first().and_then(bytes_like).ok_or_else(|| {
        type_error(format!(
            "descriptor '{name}' requires a bytes-like object but received '{}'",
            a.first().map(protocol::type_name).unwrap_or_default()
        ))
    })
}

fn owner(a: &[Obj]) -> &'static str {
    if a.first().is_some_and(crate::types::bytes::is_bytes) {
        "bytes"
    } else {
        "bytearray"
    }
}

fn sig(
    a: &[Obj],
    name: &'static str,
    params: &'static [&'static str],
    required: usize,
    style: Style,
) -> Sig {
    Sig::method(owner(a), name, params, required, style)
}

fn one_arg(a: &[Obj], k: &[Obj], name: &'static str) -> PyResult<Obj> {
    let v = sig(a, name, &["arg"], 1, Style::Positional).bind(&a[1..], k)?;
    Ok(v.into_iter().next().flatten().unwrap_or_else(rt::none))
}

/// A bytes-like argument, with CPython's TypeError.
pub fn buffer_arg(o: &Obj) -> PyResult<Vec<u8>> {
    bytes_like(o).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            protocol::type_name(o)
        ))
    })
}

fn list_of(like: &Obj, parts: Vec<Vec<u8>>) -> Obj {
    new_list(parts.into_iter().map(|p| same_kind(like, p)).collect())
}

fn is_space(b: &u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn all(b: &[u8], f: fn(&u8) -> bool) -> bool {
    !b.is_empty() && b.iter().all(f)
}

fn decode(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let b = this(a, "decode")?;
    let v = sig(a, "decode", &["encoding", "errors"], 0, Style::Clinic).bind(&a[1..], k)?;
    let enc = crate::types::str::opt_str_arg(&v[0], "decode", "encoding")?;
    let errors = crate::types::str::opt_str_arg(&v[1], "decode", "errors")?;
    let s = crate::types::codecs::decode(
        &b,
        enc.as_deref().unwrap_or("utf-8"),
        errors.as_deref().unwrap_or("strict"),
    )?;
    Ok(crate::types::str::new_str(&s))
}

fn hex(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let b = this(a, "hex")?;
    let v = sig(a, "hex", &["sep", "bytes_per_sep"], 0, Style::Clinic).bind(&a[1..], k)?;
    let sep = match &v[0] {
        None => None,
        Some(o) => {
            let s = match crate::types::str::as_str(o) {
                Some(s) => s.to_string(),
                None => buffer_arg(o)?.iter().map(|&x| x as char).collect(),
            };
            if s.chars().count() != 1 {
                return Err(value_error("sep must be length 1."));
            }
            Some(s)
        }
    };
    let per = ssize_or(&v[1], 1)?;
    let digits: Vec<String> = b.iter().map(|x| format!("{x:02x}")).collect();
    let Some(sep) = sep.filter(|_| per != 0) else {
        return Ok(crate::types::str::new_str(&digits.concat()));
    };
    let n = per.unsigned_abs() as usize;
    let groups: Vec<String> = if per > 0 {
        // Groups count from the right.
        let first = digits.len() % n;
        let mut g = Vec::new();
        if first > 0 {
            g.push(digits[..first].concat());
        }
        g.extend(digits[first..].chunks(n).map(|c| c.concat()));
        g
    } else {
        digits.chunks(n).map(|c| c.concat()).collect()
    };
    Ok(crate::types::str::new_str(&groups.join(&sep)))
}

/// `bytes.fromhex(s)` contents.
pub fn fromhex(a: &[Obj]) -> PyResult<Vec<u8>> {
    let [s] = a else {
        return Err(type_error(format!(
            "fromhex() takes exactly one argument ({} given)",
            a.len()
        )));
    };
    let Some(s) = crate::types::str::as_str(s) else {
        return Err(type_error(format!(
            "fromhex() argument must be str, not {}",
            protocol::type_name(s)
        )));
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).filter(|_| chars[i].is_ascii());
        let lo = chars
            .get(i + 1)
            .and_then(|c| c.to_digit(16).filter(|_| c.is_ascii()));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (None, _) => return Err(non_hex(i)),
            (Some(_), None) => return Err(non_hex(i + 1)),
        }
        i += 2;
    }
    Ok(out)
}

fn non_hex(i: usize) -> crate::error::PyErr {
    value_error(format!(
        "non-hexadecimal number found in fromhex() arg at position {i}"
    ))
}

fn split(a: &[Obj], k: &[Obj], right: bool) -> PyResult<Obj> {
    let name = if right { "rsplit" } else { "split" };
    let b = this(a, name)?;
    let v = sig(a, name, &["sep", "maxsplit"], 0, Style::Clinic).bind(&a[1..], k)?;
    let max = ssize_or(&v[1], -1)?;
    let max = if max < 0 { usize::MAX } else { max as usize };
    let parts: Vec<Vec<u8>> = match &v[0] {
        Some(o) if !rt::is_none(o) => {
            let sep = buffer_arg(o)?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            split_on(&b, &sep, max, right)
        }
        _ => {
            // Whitespace runs, through the str implementation on Latin-1.
            let text: String = b.iter().map(|&x| x as char).collect();
            let s = crate::types::str::new_str(&text);
            let r = protocol::call_method(
                &s,
                if right { "rsplit" } else { "split" },
                &[
                    rt::none(),
                    crate::types::int::from_i64(max.min(i64::MAX as usize) as i64),
                ],
            )?;
            protocol::collect(&r)?
                .iter()
                .map(|p| {
                    crate::types::str::as_str(p)
                        .unwrap_or_default()
                        .chars()
                        .map(|c| c as u32 as u8)
                        .collect()
                })
                .collect()
        }
    };
    Ok(list_of(&a[0], parts))
}

fn split_on(b: &[u8], sep: &[u8], max: usize, right: bool) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    if right {
        let mut end = b.len();
        while out.len() < max {
            match find(b, sep, 0, end, true) {
                Some(i) => {
                    out.push(b[i + sep.len()..end].to_vec());
                    end = i;
                }
                None => break,
            }
        }
        out.push(b[..end].to_vec());
        out.reverse();
    } else {
        let mut start = 0;
        while out.len() < max {
            match find(b, sep, start, b.len(), false) {
                Some(i) => {
                    out.push(b[start..i].to_vec());
                    start = i + sep.len();
                }
                None => break,
            }
        }
        out.push(b[start..].to_vec());
    }
    out
}

fn splitlines(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let b = this(a, "splitlines")?;
    let v = sig(a, "splitlines", &["keepends"], 0, Style::Clinic).bind(&a[1..], k)?;
    let keep = match &v[0] {
        Some(o) => protocol::truth(o)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\n' || b[i] == b'\r' {
            let mut end = i + 1;
            if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            out.push(b[start..if keep { end } else { i }].to_vec());
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < b.len() {
        out.push(b[start..].to_vec());
    }
    Ok(list_of(&a[0], out))
}

fn join(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let sep = this(a, "join")?;
    let it = one_arg(a, k, "join")?;
    let items = protocol::collect(&it)?;
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        let Some(p) = bytes_like(x) else {
            return Err(type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                protocol::type_name(x)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&p);
    }
    Ok(same_kind(&a[0], out))
}

fn strip(a: &[Obj], k: &[Obj], name: &'static str, left: bool, right: bool) -> PyResult<Obj> {
    let b = this(a, name)?;
    let v = sig(a, name, &["bytes"], 0, Style::Positional).bind(&a[1..], k)?;
    let set: Option<Vec<u8>> = match &v[0] {
        Some(o) if !rt::is_none(o) => Some(buffer_arg(o)?),
        _ => None,
    };
    let strip_it = |x: &u8| match &set {
        Some(s) => s.contains(x),
        None => is_space(x),
    };
    let mut s = 0;
    let mut e = b.len();
    if left {
        while s < e && strip_it(&b[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip_it(&b[e - 1]) {
            e -= 1;
        }
    }
    Ok(same_kind(&a[0], b[s..e].to_vec()))
}

fn sub_args(a: &[Obj], k: &[Obj], name: &'static str) -> PyResult<(Obj, Option<i64>, Option<i64>)> {
    let v = sig(a, name, &["sub", "start", "end"], 1, Style::Tuple).bind(&a[1..], k)?;
    Ok((
        v[0].clone().unwrap_or_else(rt::none),
        slice_index(&v[1])?,
        slice_index(&v[2])?,
    ))
}

/// A search argument: bytes-like or an int in range(256).
fn needle(o: &Obj) -> PyResult<Vec<u8>> {
    if crate::types::int::is_int(o) {
        return crate::types::bytes::byte_value(o, true).map(|x| vec![x]);
    }
    buffer_arg(o)
}

fn starts_ends(a: &[Obj], k: &[Obj], name: &'static str, end: bool) -> PyResult<Obj> {
    let b = this(a, name)?;
    let (sub, start, stop) = sub_args(a, k, name)?;
    let (s, e) = adjust(start, stop, b.len());
    let test = |p: &[u8]| -> bool {
        if s > e || e - s < p.len() {
            return false;
        }
        if end {
            b[s..e].ends_with(p)
        } else {
            b[s..e].starts_with(p)
        }
    };
    if crate::types::tuple::is_tuple(&sub) {
        for x in crate::types::tuple::items(&sub) {
            let Some(p) = bytes_like(x) else {
                return Err(type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    protocol::type_name(x)
                )));
            };
            if test(&p) {
                return Ok(rt::bool_obj(true));
            }
        }
        return Ok(rt::bool_obj(false));
    }
    let Some(p) = bytes_like(&sub) else {
        return Err(type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            protocol::type_name(&sub)
        )));
    };
    Ok(rt::bool_obj(test(&p)))
}

fn find_method(
    a: &[Obj],
    k: &[Obj],
    name: &'static str,
    right: bool,
    raise: bool,
) -> PyResult<Obj> {
    let b = this(a, name)?;
    let (sub, start, end) = sub_args(a, k, name)?;
    let sub = needle(&sub)?;
    let (s, e) = adjust(start, end, b.len());
    match find(&b, &sub, s, e, right) {
        Some(i) => Ok(crate::types::int::from_i64(i as i64)),
        None if raise => Err(value_error("subsection not found")),
        None => Ok(Obj::small(-1)),
    }
}

fn count(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let b = this(a, "count")?;
    let (sub, start, end) = sub_args(a, k, "count")?;
    let sub = needle(&sub)?;
    let (s, e) = adjust(start, end, b.len());
    if s > e {
        return Ok(Obj::small(0));
    }
    if sub.is_empty() {
        return Ok(crate::types::int::from_i64((e - s + 1) as i64));
    }
    let mut n = 0;
    let mut i = s;
    while let Some(j) = find(&b, &sub, i, e, false) {
        n += 1;
        i = j + sub.len();
    }
    Ok(crate::types::int::from_i64(n))
}

fn replace(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let b = this(a, "replace")?;
    let v = sig(a, "replace", &["old", "new", "count"], 2, Style::Positional).bind(&a[1..], k)?;
    let old = buffer_arg(v[0].as_ref().expect("bound"))?;
    let new = buffer_arg(v[1].as_ref().expect("bound"))?;
    let max = ssize_or(&v[2], -1)?;
    let max = if max < 0 { usize::MAX } else { max as usize };
    let mut out = Vec::with_capacity(b.len());
    let mut n = 0;
    if old.is_empty() {
        for (i, &x) in b.iter().enumerate() {
            if n < max {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(x);
            let _ = i;
        }
        if n < max {
            out.extend_from_slice(&new);
        }
        return Ok(same_kind(&a[0], out));
    }
    let mut i = 0;
    while n < max {
        match find(&b, &old, i, b.len(), false) {
            Some(j) => {
                out.extend_from_slice(&b[i..j]);
                out.extend_from_slice(&new);
                i = j + old.len();
                n += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&b[i..]);
    Ok(same_kind(&a[0], out))
}

fn map(a: &[Obj], k: &[Obj], name: &'static str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Obj> {
    let b = this(a, name)?;
    sig(a, name, &[], 0, Style::Positional).bind(&a[1..], k)?;
    Ok(same_kind(&a[0], f(&b)))
}

fn swapcase(b: &[u8]) -> Vec<u8> {
    b.iter()
        .map(|&x| {
            if x.is_ascii_uppercase() {
                x.to_ascii_lowercase()
            } else {
                x.to_ascii_uppercase()
            }
        })
        .collect()
}

fn title(b: &[u8]) -> Vec<u8> {
    let mut prev = false;
    b.iter()
        .map(|&x| {
            let r = if prev {
                x.to_ascii_lowercase()
            } else {
                x.to_ascii_uppercase()
            };
            prev = x.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn capitalize(b: &[u8]) -> Vec<u8> {
    b.iter()
        .enumerate()
        .map(|(i, &x)| {
            if i == 0 {
                x.to_ascii_uppercase()
            } else {
                x.to_ascii_lowercase()
            }
        })
        .collect()
}

fn pred(a: &[Obj], k: &[Obj], name: &'static str, f: fn(&[u8]) -> bool) -> PyResult<Obj> {
    let b = this(a, name)?;
    sig(a, name, &[], 0, Style::Positional).bind(&a[1..], k)?;
    Ok(rt::bool_obj(f(&b)))
}

fn justify(a: &[Obj], k: &[Obj], name: &'static str) -> PyResult<Obj> {
    let b = this(a, name)?;
    let v = sig(a, name, &["width", "fillchar"], 1, Style::Positional).bind(&a[1..], k)?;
    let width = ssize(v[0].as_ref().expect("bound"))?;
    let fill = match &v[1] {
        None => b' ',
        Some(o) => match bytes_like(o) {
            Some(f) if f.len() == 1 => f[0],
            _ => {
                return Err(type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    protocol::type_name(o)
                )));
            }
        },
    };
    if width <= b.len() as i64 {
        return Ok(same_kind(&a[0], b));
    }
    let marg = width as usize - b.len();
    let left = match name {
        "ljust" => 0,
        "rjust" => marg,
        _ => marg / 2 + (marg & width as usize & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&b);
    out.resize(width as usize, fill);
    Ok(same_kind(&a[0], out))
}

fn zfill(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let b = this(a, "zfill")?;
    let width = ssize(&one_arg(a, k, "zfill")?)?;
    if width <= b.len() as i64 {
        return Ok(same_kind(&a[0], b));
    }
    let fill = width as usize - b.len();
    let mut out = vec![b'0'; fill];
    out.extend_from_slice(&b);
    if matches!(b.first(), Some(b'+' | b'-')) {
        out[0] = b[0];
        out[fill] = b'0';
    }
    Ok(same_kind(&a[0], out))
}

fn partition(a: &[Obj], k: &[Obj], name: &'static str, right: bool) -> PyResult<Obj> {
    let b = this(a, name)?;
    let sep = buffer_arg(&one_arg(a, k, name)?)?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let like = &a[0];
    let parts = match find(&b, &sep, 0, b.len(), right) {
        Some(i) => [b[..i].to_vec(), sep.clone(), b[i + sep.len()..].to_vec()],
        None if right => [Vec::new(), Vec::new(), b],
        None => [b, Vec::new(), Vec::new()],
    };
    Ok(crate::types::tuple::new_tuple(
        parts.into_iter().map(|p| same_kind(like, p)).collect(),
    ))
}

fn affix(a: &[Obj], k: &[Obj], name: &'static str, prefix: bool) -> PyResult<Obj> {
    let b = this(a, name)?;
    let p = buffer_arg(&one_arg(a, k, name)?)?;
    let r = if prefix {
        b.strip_prefix(p.as_slice())
    } else {
        b.strip_suffix(p.as_slice())
    };
    Ok(same_kind(&a[0], r.unwrap_or(&b).to_vec()))
}

fn expandtabs(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let b = this(a, "expandtabs")?;
    let v = sig(a, "expandtabs", &["tabsize"], 0, Style::Clinic).bind(&a[1..], k)?;
    let tab = ssize_or(&v[0], 8)?;
    let mut out = Vec::with_capacity(b.len());
    let mut col: i64 = 0;
    for &x in &b {
        match x {
            b'\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(x);
                col = 0;
            }
            _ => {
                out.push(x);
                col += 1;
            }
        }
    }
    Ok(same_kind(&a[0], out))
}

/// `bytes.maketrans(frm, to)`: the 256-byte table mapping `frm` to `to`.
fn maketrans(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let v = Sig::method("bytes", "maketrans", &["frm", "to"], 2, Style::Positional).bind(a, k)?;
    let (Some(frm), Some(to)) = (&v[0], &v[1]) else {
        return Err(type_error("maketrans expected 2 arguments"));
    };
    let (frm, to) = (buffer_arg(frm)?, buffer_arg(to)?);
    if frm.len() != to.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in frm.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(crate::types::bytes::new_bytes(table))
}

/// `b.translate(table, /, delete=b'')`: deletes the bytes in `delete`,
/// then maps the rest through `table` (None keeps them).
fn translate(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let b = this(a, "translate")?;
    if a.len() - k.len() < 2 {
        return Err(type_error(
            "translate() takes at least 1 positional argument (0 given)",
        ));
    }
    let v = sig(a, "translate", &["", "delete"], 1, Style::Clinic)
        .posonly(1)
        .bind(&a[1..], k)?;
    let table = match &v[0] {
        Some(t) if !t.is(&rt::none()) => {
            let t = buffer_arg(t)?;
            if t.len() != 256 {
                return Err(value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
        _ => None,
    };
    let delete = match &v[1] {
        Some(d) => buffer_arg(d)?,
        None => Vec::new(),
    };
    let out = b
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(same_kind(&a[0], out))
}

/// `istitle()`: cased runs start upper-case, and there is one.
fn istitle(b: &[u8]) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for c in b {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}
