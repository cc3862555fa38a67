//! The methods of `str`, registered lazily in the type's namespace.
//! Every result and error message follows CPython 3.11.

use crate::args::{Sig, Style, adjust, must_be, slice_index, ssize, ssize_or};
use crate::error::{PyResult, type_error, value_error};
use crate::object::Obj;
use crate::protocol;
use crate::rt;
use crate::types::function::{NativeFn, add_method};
use crate::types::list::new_list;
use crate::types::str::{Str, as_str, char_index, char_range, new_str};
use crate::types::tuple::new_tuple;
use crate::types::unicode as uc;

/// Fills the `str` type's namespace.
pub fn init(t: &Obj) {
    let methods: &[(&'static str, NativeFn)] = &[
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
            map_case(a, k, "upper", str::make_ascii_uppercase, upper)
        }),
        ("lower", |a, k| {
            map_case(a, k, "lower", str::make_ascii_lowercase, lower)
        }),
        ("capitalize", |a, k| {
            map_text(a, k, "capitalize", capitalize)
        }),
        ("title", |a, k| map_text(a, k, "title", title)),
        ("swapcase", |a, k| map_text(a, k, "swapcase", swapcase)),
        ("casefold", |a, k| map_text(a, k, "casefold", casefold)),
        ("isdigit", |a, k| {
            pred(a, k, "isdigit", |s| all(s, uc::is_digit))
        }),
        ("isalpha", |a, k| {
            pred(a, k, "isalpha", |s| all(s, uc::is_alpha))
        }),
        ("isalnum", |a, k| {
            pred(a, k, "isalnum", |s| all(s, uc::is_alnum))
        }),
        ("isspace", |a, k| {
            pred(a, k, "isspace", |s| all(s, uc::is_space))
        }),
        ("isdecimal", |a, k| {
            pred(a, k, "isdecimal", |s| all(s, uc::is_decimal))
        }),
        ("isnumeric", |a, k| {
            pred(a, k, "isnumeric", |s| all(s, uc::is_numeric))
        }),
        ("isprintable", |a, k| {
            pred(a, k, "isprintable", |s| s.chars().all(uc::is_printable))
        }),
        ("isascii", |a, k| pred(a, k, "isascii", |s| s.is_ascii())),
        ("isupper", |a, k| {
            pred(a, k, "isupper", |s| cased_all(s, true))
        }),
        ("islower", |a, k| {
            pred(a, k, "islower", |s| cased_all(s, false))
        }),
        ("istitle", |a, k| pred(a, k, "istitle", istitle)),
        ("isidentifier", |a, k| {
            pred(a, k, "isidentifier", is_identifier)
        }),
        ("center", |a, k| justify(a, k, "center")),
        ("ljust", |a, k| justify(a, k, "ljust")),
        ("rjust", |a, k| justify(a, k, "rjust")),
        ("zfill", zfill),
        ("partition", |a, k| partition(a, k, "partition", false)),
        ("rpartition", |a, k| partition(a, k, "rpartition", true)),
        ("expandtabs", expandtabs),
        ("encode", encode),
        ("format", |a, k| {
            let s = this(a, "format")?;
            crate::types::str_format::format(s.s, &a[1..a.len() - k.len()], kwargs(a, k)?)
                .map(|r| new_str(&r))
        }),
        ("format_map", |a, k| {
            let s = this(a, "format_map")?;
            let m = one_arg(a, k, "format_map")?;
            crate::types::str_format::format_map(s.s, &m).map(|r| new_str(&r))
        }),
        ("translate", translate),
        ("removeprefix", |a, k| {
            remove_affix(a, k, "removeprefix", true)
        }),
        ("removesuffix", |a, k| {
            remove_affix(a, k, "removesuffix", false)
        }),
        ("__format__", |a, k| {
            let s = this(a, "__format__")?;
            let spec = one_arg(a, k, "__format__")?;
            let spec = as_str(&spec).ok_or_else(|| {
                type_error(format!(
                    "__format__() argument must be str, not {}",
                    protocol::type_name(&spec)
                ))
            })?;
            let name = protocol::type_name(&a[0]);
            crate::types::formatspec::format_str(s.s, spec, &name).map(|r| new_str(&r))
        }),
        ("__len__", |a, k| {
            let s = this(a, "__len__")?;
            no_args(a, k, "__len__")?;
            Ok(crate::types::int::from_i64(s.chars as i64))
        }),
        ("__getitem__", |a, k| {
            this(a, "__getitem__")?;
            protocol::getitem(&a[0], &one_arg(a, k, "__getitem__")?)
        }),
        ("__contains__", |a, k| {
            this(a, "__contains__")?;
            let x = one_arg(a, k, "__contains__")?;
            protocol::contains(&a[0], &x).map(rt::bool_obj)
        }),
        ("__str__", |a, k| {
            let s = this(a, "__str__")?;
            no_args(a, k, "__str__")?;
            Ok(new_str(s.s))
        }),
        ("__repr__", |a, k| {
            this(a, "__repr__")?;
            no_args(a, k, "__repr__")?;
            protocol::repr(&a[0])
        }),
        ("__hash__", |a, k| {
            this(a, "__hash__")?;
            no_args(a, k, "__hash__")?;
            Ok(crate::types::int::from_i64(crate::types::str::hash(&a[0])))
        }),
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

/// `self` as a str, with CPython's error for a foreign `self`.
fn this<'a>(args: &'a [Obj], name: &str) -> PyResult<Str<'a>> {
    let s = args.first().and_then(crate::types::str::data);
    s.ok_or_else(|| match args.first() {
        Some(o) => type_error(format!(
            "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
            protocol::type_name(o)
        )),
        None => type_error(format!("unbound method str.{name}() needs an argument")),
    })
}

fn sig(name: &'static str, params: &'static [&'static str], required: usize, style: Style) -> Sig {
    Sig::method("str", name, params, required, style)
}

fn no_args(a: &[Obj], k: &[Obj], name: &'static str) -> PyResult<()> {
    // The common call, `s.lower()`, needs no binding (nor its vector).
    if a.len() == 1 && k.is_empty() {
        return Ok(());
    }
    sig(name, &[], 0, Style::Positional)
        .bind(&a[1..], k)
        .map(drop)
}

fn one_arg(a: &[Obj], k: &[Obj], name: &'static str) -> PyResult<Obj> {
    let v = sig(name, &["arg"], 1, Style::Positional).bind(&a[1..], k)?;
    Ok(v.into_iter().next().flatten().unwrap_or_else(rt::none))
}

/// The keyword arguments of a call as a dict (for `str.format`).
fn kwargs(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let d = crate::types::dict::new_dict();
    let start = a.len() - k.len();
    for (name, v) in k.iter().zip(&a[start..]) {
        crate::types::dict::set_item(&d, name.clone(), v.clone())?;
    }
    Ok(d)
}

fn str_arg<'a>(o: &'a Obj, what: &str) -> PyResult<&'a str> {
    as_str(o).ok_or_else(|| must_be(what, o))
}

fn split(a: &[Obj], k: &[Obj], right: bool) -> PyResult<Obj> {
    let name = if right { "rsplit" } else { "split" };
    let d = this(a, name)?;
    let s = d.s;
    let v = sig(name, &["sep", "maxsplit"], 0, Style::Clinic).bind(&a[1..], k)?;
    let sep = match &v[0] {
        Some(o) if !rt::is_none(o) => Some(str_arg(o, "str or None")?),
        _ => None,
    };
    let max = ssize_or(&v[1], -1)?;
    let max = if max < 0 { usize::MAX } else { max as usize };
    let parts: Vec<&str> = match sep {
        Some("") => return Err(value_error("empty separator")),
        Some(sep) => {
            if right {
                let mut p: Vec<&str> = s.rsplitn(max.saturating_add(1), sep).collect();
                p.reverse();
                p
            } else {
                s.splitn(max.saturating_add(1), sep).collect()
            }
        }
        None => split_whitespace(s, max, right),
    };
    // The parts of ASCII text are ASCII: their length is their count of
    // characters.
    let part = |p: &str| {
        if d.is_ascii() {
            crate::types::str::concat(&[p], p.len())
        } else {
            new_str(p)
        }
    };
    Ok(new_list(parts.into_iter().map(part).collect()))
}

/// `s.split()` / `s.rsplit()`: runs of non-whitespace, at most `max`
/// splits; the unsplit rest keeps its whitespace on the far side.
fn split_whitespace(s: &str, max: usize, right: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    loop {
        let t = if right {
            rest.trim_end_matches(uc::is_space)
        } else {
            rest.trim_start_matches(uc::is_space)
        };
        if t.is_empty() {
            break;
        }
        if out.len() == max {
            out.push(t);
            break;
        }
        if right {
            let start = t
                .char_indices()
                .rev()
                .find(|&(_, c)| uc::is_space(c))
                .map_or(0, |(i, c)| i + c.len_utf8());
            out.push(&t[start..]);
            rest = &t[..start];
        } else {
            let end = t.find(uc::is_space).unwrap_or(t.len());
            out.push(&t[..end]);
            rest = &t[end..];
        }
    }
    if right {
        out.reverse();
    }
    out
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// The lines of `s`, each with its terminator when `keepends`.
pub fn split_lines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && matches!(it.peek(), Some((_, '\n'))) {
            it.next();
            end += 1;
        }
        out.push(if keepends {
            &s[start..end]
        } else {
            &s[start..i]
        });
        start = end;
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

fn splitlines(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let s = this(a, "splitlines")?.s;
    let v = sig("splitlines", &["keepends"], 0, Style::Clinic).bind(&a[1..], k)?;
    let keep = match &v[0] {
        Some(o) => {
            if crate::types::float::value(o).is_some() {
                return Err(crate::types::int::expected_int(o));
            }
            protocol::truth(o)?
        }
        None => false,
    };
    Ok(new_list(
        split_lines(s, keep).into_iter().map(new_str).collect(),
    ))
}

fn join(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let sep = this(a, "join")?;
    let it = one_arg(a, k, "join")?;
    let items = protocol::collect(&it).map_err(|e| {
        if e.matches(rt::Exc::TypeError) && protocol::iter(&it).is_err() {
            type_error("can only join an iterable")
        } else {
            e
        }
    })?;
    let mut parts = Vec::with_capacity(2 * items.len());
    let mut chars = 0;
    for (i, x) in items.iter().enumerate() {
        let Some(t) = crate::types::str::data(x) else {
            return Err(type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                protocol::type_name(x)
            )));
        };
        if i > 0 {
            parts.push(sep.s);
            chars += sep.chars;
        }
        parts.push(t.s);
        chars += t.chars;
    }
    Ok(crate::types::str::concat(&parts, chars))
}

fn strip(a: &[Obj], k: &[Obj], name: &'static str, left: bool, right: bool) -> PyResult<Obj> {
    let s = this(a, name)?.s;
    let v = sig(name, &["chars"], 0, Style::Positional).bind(&a[1..], k)?;
    let chars = match &v[0] {
        Some(o) if !rt::is_none(o) => {
            Some(as_str(o).ok_or_else(|| type_error(format!("{name} arg must be None or str")))?)
        }
        _ => None,
    };
    let strip_it = |c: char| match chars {
        Some(set) => set.contains(c),
        None => uc::is_space(c),
    };
    let mut r = s;
    if left {
        r = r.trim_start_matches(strip_it);
    }
    if right {
        r = r.trim_end_matches(strip_it);
    }
    Ok(new_str(r))
}

/// The `(sub, start, end)` arguments of find/count/startswith/...
fn sub_args(a: &[Obj], k: &[Obj], name: &'static str) -> PyResult<(Obj, Option<i64>, Option<i64>)> {
    let v = sig(name, &["sub", "start", "end"], 1, Style::Tuple).bind(&a[1..], k)?;
    let sub = v[0].clone().unwrap_or_else(rt::none);
    Ok((sub, slice_index(&v[1])?, slice_index(&v[2])?))
}

fn starts_ends(a: &[Obj], k: &[Obj], name: &'static str, end: bool) -> PyResult<Obj> {
    let d = this(a, name)?;
    let (sub, start, stop) = sub_args(a, k, name)?;
    let (st, en) = adjust(start, stop, d.chars);
    let test = |p: &str| -> bool {
        let plen = p.chars().count();
        if st > en || en - st < plen {
            return false;
        }
        let (x, y) = char_range(d, st, en);
        let window = &d.s[x..y];
        if end {
            window.ends_with(p)
        } else {
            window.starts_with(p)
        }
    };
    if let Some(t) = crate::types::tuple::is_tuple(&sub).then(|| crate::types::tuple::items(&sub)) {
        for x in t {
            let Some(p) = as_str(x) else {
                return Err(type_error(format!(
                    "tuple for {name} must only contain str, not {}",
                    protocol::type_name(x)
                )));
            };
            if test(p) {
                return Ok(rt::bool_obj(true));
            }
        }
        return Ok(rt::bool_obj(false));
    }
    let Some(p) = as_str(&sub) else {
        return Err(type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            protocol::type_name(&sub)
        )));
    };
    Ok(rt::bool_obj(test(p)))
}

/// Finds `sub` in code points `start..end` of `d`: the code-point index.
pub fn find_in(d: Str<'_>, sub: &str, start: usize, end: usize, right: bool) -> Option<usize> {
    if start > end {
        return None;
    }
    let (x, y) = char_range(d, start, end);
    let window = &d.s[x..y];
    let found = if right {
        window.rfind(sub)
    } else {
        window.find(sub)
    }?;
    Some(start + char_index(window, d.is_ascii(), found))
}

fn find_method(
    a: &[Obj],
    k: &[Obj],
    name: &'static str,
    right: bool,
    raise: bool,
) -> PyResult<Obj> {
    let d = this(a, name)?;
    let (sub, start, end) = sub_args(a, k, name)?;
    let sub = str_arg(&sub, "str")?;
    let (st, en) = adjust(start, end, d.chars);
    match find_in(d, sub, st, en, right) {
        Some(i) => Ok(crate::types::int::from_i64(i as i64)),
        None if raise => Err(value_error("substring not found")),
        None => Ok(Obj::small(-1)),
    }
}

fn count(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let d = this(a, "count")?;
    let (sub, start, end) = sub_args(a, k, "count")?;
    let sub = str_arg(&sub, "str")?;
    let (st, en) = adjust(start, end, d.chars);
    if st > en {
        return Ok(Obj::small(0));
    }
    let (x, y) = char_range(d, st, en);
    let window = &d.s[x..y];
    let n = if sub.is_empty() {
        en - st + 1
    } else {
        window.matches(sub).count()
    };
    Ok(crate::types::int::from_i64(n as i64))
}

fn replace(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let s = this(a, "replace")?.s;
    let v = sig("replace", &["old", "new", "count"], 2, Style::Positional).bind(&a[1..], k)?;
    let arg = |i: usize| -> PyResult<&str> {
        let o = v[i].as_ref().expect("bound");
        as_str(o).ok_or_else(|| {
            type_error(format!(
                "replace() argument {} must be str, not {}",
                i + 1,
                protocol::type_name(o)
            ))
        })
    };
    let (old, new) = (arg(0)?, arg(1)?);
    let n = ssize_or(&v[2], -1)?;
    let out = if n < 0 {
        s.replace(old, new)
    } else {
        s.replacen(old, new, n as usize)
    };
    Ok(new_str(&out))
}

fn map_text(a: &[Obj], k: &[Obj], name: &'static str, f: fn(&str) -> String) -> PyResult<Obj> {
    let s = this(a, name)?.s;
    no_args(a, k, name)?;
    Ok(new_str(&f(s)))
}

/// `map_text` for a case mapping `f` that is `ascii` on ASCII text, which
/// changes no length: then without an intermediate String.
fn map_case(
    a: &[Obj],
    k: &[Obj],
    name: &'static str,
    ascii: fn(&mut str),
    f: fn(&str) -> String,
) -> PyResult<Obj> {
    let s = this(a, name)?;
    no_args(a, k, name)?;
    // One byte per code point: ASCII.
    if s.chars == s.s.len() {
        return Ok(crate::types::str::mapped(s, ascii));
    }
    Ok(new_str(&f(s.s)))
}

/// `s.upper()`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        uc::push_upper(&mut out, c);
    }
    out
}

/// `s.lower()`.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        uc::push_lower_at(&mut out, &chars, i);
    }
    out
}

fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if i == 0 {
            uc::push_title(&mut out, chars[0]);
        } else {
            uc::push_lower_at(&mut out, &chars, i);
        }
    }
    out
}

fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            uc::push_lower_at(&mut out, &chars, i);
        } else {
            uc::push_title(&mut out, c);
        }
        prev_cased = uc::is_cased(c);
    }
    out
}

fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if uc::is_upper(c) {
            uc::push_lower_at(&mut out, &chars, i);
        } else if uc::is_lower(c) {
            uc::push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        uc::push_fold(&mut out, c);
    }
    out
}

fn pred(a: &[Obj], k: &[Obj], name: &'static str, f: fn(&str) -> bool) -> PyResult<Obj> {
    let s = this(a, name)?.s;
    no_args(a, k, name)?;
    Ok(rt::bool_obj(f(s)))
}

fn all(s: &str, f: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

fn cased_all(s: &str, want_upper: bool) -> bool {
    let mut cased = false;
    for c in s.chars() {
        let (is_up, is_lo) = (uc::is_upper(c), uc::is_lower(c));
        if want_upper && (is_lo || uc::is_title(c)) || !want_upper && (is_up || uc::is_title(c)) {
            return false;
        }
        if (want_upper && is_up) || (!want_upper && is_lo) {
            cased = true;
        }
    }
    cased
}

fn istitle(s: &str) -> bool {
    let (mut cased, mut prev) = (false, false);
    for c in s.chars() {
        if uc::is_upper(c) || uc::is_title(c) {
            if prev {
                return false;
            }
            prev = true;
            cased = true;
        } else if uc::is_lower(c) {
            if !prev {
                return false;
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    cased
}

/// `s.isidentifier()`.
pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if uc::is_id_start(c) => it.all(uc::is_id_continue),
        _ => false,
    }
}

fn fill_char(o: &Option<Obj>) -> PyResult<char> {
    let Some(o) = o else {
        return Ok(' ');
    };
    let Some(s) = as_str(o) else {
        return Err(type_error(format!(
            "The fill character must be a unicode character, not {}",
            protocol::type_name(o)
        )));
    };
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(type_error(
            "The fill character must be exactly one character long",
        )),
    }
}

fn justify(a: &[Obj], k: &[Obj], name: &'static str) -> PyResult<Obj> {
    let d = this(a, name)?;
    let v = sig(name, &["width", "fillchar"], 1, Style::Positional).bind(&a[1..], k)?;
    let width = ssize(v[0].as_ref().expect("bound"))?;
    let fill = fill_char(&v[1])?;
    if width <= d.chars as i64 {
        return Ok(if a[0].ty().is(&rt::ty(|t| &t.str)) {
            a[0].clone()
        } else {
            new_str(d.s)
        });
    }
    let marg = width as usize - d.chars;
    let left = match name {
        "ljust" => 0,
        "rjust" => marg,
        // CPython's `pad`: odd margins put the extra space on the left
        // only when the width is odd too.
        _ => marg / 2 + (marg & width as usize & 1),
    };
    let mut out = String::new();
    out.try_reserve(d.s.len() + marg * fill.len_utf8())
        .map_err(|_| crate::types::str::memory_error())?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(d.s);
    out.extend(std::iter::repeat_n(fill, marg - left));
    Ok(new_str(&out))
}

fn zfill(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let d = this(a, "zfill")?;
    let width = ssize(&one_arg(a, k, "zfill")?)?;
    if width <= d.chars as i64 {
        return Ok(new_str(d.s));
    }
    let fill = width as usize - d.chars;
    let mut out = "0".repeat(fill);
    out.push_str(d.s);
    if d.s.starts_with(['+', '-']) {
        // Move the sign in front of the zeros.
        let sign = d.s.as_bytes()[0] as char;
        out.replace_range(fill..fill + 1, "0");
        out.replace_range(0..1, &sign.to_string());
    }
    Ok(new_str(&out))
}

fn partition(a: &[Obj], k: &[Obj], name: &'static str, right: bool) -> PyResult<Obj> {
    let s = this(a, name)?.s;
    let sep = one_arg(a, k, name)?;
    let sep = str_arg(&sep, "str")?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let found = if right { s.rfind(sep) } else { s.find(sep) };
    let parts = match found {
        Some(i) => [&s[..i], sep, &s[i + sep.len()..]],
        None if right => ["", "", s],
        None => [s, "", ""],
    };
    Ok(new_tuple(parts.iter().map(|p| new_str(p)).collect()))
}

fn expandtabs(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let s = this(a, "expandtabs")?.s;
    let v = sig("expandtabs", &["tabsize"], 0, Style::Clinic).bind(&a[1..], k)?;
    let tab = ssize_or(&v[0], 8)?;
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_str(&out))
}

fn encode(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let s = this(a, "encode")?.s;
    let v = sig("encode", &["encoding", "errors"], 0, Style::Clinic).bind(&a[1..], k)?;
    let enc = crate::types::str::opt_str_arg(&v[0], "encode", "encoding")?;
    let errors = crate::types::str::opt_str_arg(&v[1], "encode", "errors")?;
    let b = crate::types::codecs::encode(
        s,
        enc.as_deref().unwrap_or("utf-8"),
        errors.as_deref().unwrap_or("strict"),
    )?;
    Ok(crate::types::bytes::new_bytes(b))
}

fn translate(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let s = this(a, "translate")?.s;
    let table = one_arg(a, k, "translate")?;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let r = match protocol::getitem(&table, &Obj::small(c as i64)) {
            Ok(r) => r,
            Err(e) if e.matches(rt::Exc::LookupError) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        if rt::is_none(&r) {
            continue;
        }
        if let Some(t) = as_str(&r) {
            out.push_str(t);
        } else if let Some(i) = crate::types::int::as_i64(&r) {
            match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(ch) => out.push(ch),
                None => {
                    return Err(value_error("character mapping must be in range(0x110000)"));
                }
            }
        } else {
            return Err(type_error(
                "character mapping must return integer, None or str",
            ));
        }
    }
    Ok(new_str(&out))
}

fn maketrans(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let v = Sig::method("str", "maketrans", &["x", "y", "z"], 1, Style::Positional).bind(a, k)?;
    let d = crate::types::dict::new_dict();
    let x = v[0].clone().expect("bound");
    let arg = |i: usize| -> PyResult<Option<&str>> {
        match &v[i] {
            None => Ok(None),
            Some(o) => as_str(o).map(Some).ok_or_else(|| {
                type_error(format!(
                    "maketrans() argument {} must be str, not {}",
                    i + 1,
                    protocol::type_name(o)
                ))
            }),
        }
    };
    match arg(1)? {
        None => {
            if !crate::types::dict::is_dict(&x) {
                return Err(type_error(
                    "if you give only one argument to maketrans it must be a dict",
                ));
            }
            for (key, val) in crate::types::dict::items(&x) {
                let key = if let Some(s) = as_str(&key) {
                    let mut it = s.chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => Obj::small(c as i64),
                        _ => {
                            return Err(value_error(
                                "string keys in translate table must be of length 1",
                            ));
                        }
                    }
                } else if crate::types::int::is_int(&key) {
                    key
                } else {
                    return Err(type_error(
                        "keys in translate table must be strings or integers",
                    ));
                };
                crate::types::dict::set_item(&d, key, val)?;
            }
        }
        Some(y) => {
            let xs = as_str(&x).ok_or_else(|| {
                type_error(
                    "first maketrans argument must be a string if there is a second argument",
                )
            })?;
            if xs.chars().count() != y.chars().count() {
                return Err(value_error(
                    "the first two maketrans arguments must have equal length",
                ));
            }
            for (p, q) in xs.chars().zip(y.chars()) {
                crate::types::dict::set_item(&d, Obj::small(p as i64), Obj::small(q as i64))?;
            }
            if let Some(z) = arg(2)? {
                for c in z.chars() {
                    crate::types::dict::set_item(&d, Obj::small(c as i64), rt::none())?;
                }
            }
        }
    }
    Ok(d)
}

fn remove_affix(a: &[Obj], k: &[Obj], name: &'static str, prefix: bool) -> PyResult<Obj> {
    let s = this(a, name)?.s;
    let p = one_arg(a, k, name)?;
    let p = as_str(&p).ok_or_else(|| {
        type_error(format!(
            "{name}() argument must be str, not {}",
            protocol::type_name(&p)
        ))
    })?;
    let r = if prefix {
        s.strip_prefix(p)
    } else {
        s.strip_suffix(p)
    };
    Ok(new_str(r.unwrap_or(s)))
}
