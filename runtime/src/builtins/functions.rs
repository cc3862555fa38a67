//! The builtin functions.

use std::cell::RefCell;

use crate::args::{exactly, no_kw, split_allowed};
use crate::error::{PyErr, PyResult, type_error, value_error};
use crate::object::{Obj, alloc};
use crate::protocol;
use crate::rt::{self, Exc};
use crate::types::function::new_builtin;
use crate::types::str::{as_str, new_str};
use crate::types::typeobj::{BinOp, CompareOp, TypeData};
use crate::types::typeobj_ops::{is_subtype, is_type};
use crate::types::{dict, int, list, tuple};

/// A builtin iterator type by name.
type Named = (&'static str, fn() -> Obj);

thread_local! {
    /// `builtins.sum` as the runtime made it: code compiled for
    /// `sum(x for x in y)` runs its loop inline while the name still
    /// holds it (`is_original`).
    static SUM: Obj = {
        let f = new_builtin("sum", |a, k| {
            let (pos, kw) = split_allowed("sum", a, k, &["start"])?;
            let (it, acc) = match pos {
                [it] => (
                    it,
                    kw.first()
                        .map(|(_, v)| (*v).clone())
                        .unwrap_or_else(|| int::from_i64(0)),
                ),
                [it, s] => (it, s.clone()),
                _ => {
                    return Err(type_error(format!(
                        "sum() takes at most 2 arguments ({} given)",
                        pos.len()
                    )));
                }
            };
            super::sum::sum(it, acc)
        });
        // It outlives the runtime at thread exit: immortal, it never
        // needs its type to be freed.
        f.make_immortal();
        f
    };
}

/// Whether `f` is the builtin function `name` as the runtime made it,
/// whatever `builtins` holds now (only `sum` is tracked; any other name
/// is never).
pub fn is_original(f: &Obj, name: &str) -> bool {
    name == "sum" && SUM.with(|s| f.is(s))
}

/// Registers every builtin function through `set`.
pub fn register(set: &dyn Fn(&str, Obj)) {
    set("print", new_builtin("print", print));
    set(
        "len",
        new_builtin("len", |a, k| {
            let a = exactly("len", a, k, 1)?;
            Ok(int::from_i64(protocol::len(&a[0])? as i64))
        }),
    );
    set(
        "repr",
        new_builtin("repr", |a, k| protocol::repr(&exactly("repr", a, k, 1)?[0])),
    );
    set(
        "ascii",
        new_builtin("ascii", |a, k| super::ascii(&exactly("ascii", a, k, 1)?[0])),
    );
    set(
        "id",
        new_builtin("id", |a, k| {
            Ok(int::from_i64(exactly("id", a, k, 1)?[0].id() as i64))
        }),
    );
    set(
        "hash",
        new_builtin("hash", |a, k| {
            Ok(int::from_i64(protocol::hash(
                &exactly("hash", a, k, 1)?[0],
            )?))
        }),
    );
    set(
        "callable",
        new_builtin("callable", |a, k| {
            let o = &exactly("callable", a, k, 1)?[0];
            Ok(rt::bool_obj(o.with_type(|t| t.slots.call.get().is_some())))
        }),
    );
    set(
        "isinstance",
        new_builtin("isinstance", |a, k| {
            let a = exactly("isinstance", a, k, 2)?;
            Ok(rt::bool_obj(isinstance(&a[0], &a[1])?))
        }),
    );
    set(
        "issubclass",
        new_builtin("issubclass", |a, k| {
            let a = exactly("issubclass", a, k, 2)?;
            if !is_type(&a[0]) {
                return Err(type_error("issubclass() arg 1 must be a class"));
            }
            Ok(rt::bool_obj(issubclass(&a[0], &a[1])?))
        }),
    );
    set(
        "iter",
        new_builtin("iter", |a, k| {
            no_kw("iter", k)?;
            match a {
                [o] => protocol::iter(o),
                [f, sentinel] => {
                    if f.with_type(|t| t.slots.call.get()).is_none() {
                        return Err(type_error("iter(v, w): v must be callable"));
                    }
                    Ok(crate::types::iter::callable_iter(
                        f.clone(),
                        sentinel.clone(),
                    ))
                }
                [] => Err(type_error("iter expected at least 1 argument, got 0")),
                _ => Err(type_error(format!(
                    "iter expected at most 2 arguments, got {}",
                    a.len()
                ))),
            }
        }),
    );
    set(
        "aiter",
        new_builtin("aiter", crate::vm::async_gen::builtin_aiter),
    );
    set(
        "anext",
        new_builtin("anext", crate::vm::async_gen::builtin_anext),
    );
    set(
        "next",
        new_builtin("next", |a, k| {
            no_kw("next", k)?;
            let (it, default) = match a {
                [it] => (it, None),
                [it, d] => (it, Some(d)),
                _ => {
                    return Err(type_error(format!(
                        "next expected at least 1 argument, got {}",
                        a.len()
                    )));
                }
            };
            let Some(f) = it.with_type(|t| t.slots.next.get()) else {
                return Err(type_error(format!(
                    "'{}' object is not an iterator",
                    protocol::type_name(it)
                )));
            };
            // The slot's own StopIteration (a generator's return value)
            // reaches the caller unless there is a default.
            match f(it) {
                Ok(Some(v)) => Ok(v),
                Ok(None) => match default {
                    Some(d) => Ok(d.clone()),
                    None => Err(super::containers::stop()),
                },
                Err(e) if e.matches(Exc::StopIteration) && default.is_some() => {
                    Ok(default.cloned().unwrap_or_else(rt::none))
                }
                Err(e) => Err(e),
            }
        }),
    );
    set(
        "getattr",
        new_builtin("getattr", |a, k| {
            no_kw("getattr", k)?;
            match a {
                [o, n] => protocol::getattr(o, check_attr_name(n)?),
                [o, n, d] => match protocol::getattr(o, check_attr_name(n)?) {
                    Ok(v) => Ok(v),
                    Err(e) if e.matches(Exc::AttributeError) => Ok(d.clone()),
                    Err(e) => Err(e),
                },
                _ => Err(type_error(format!(
                    "getattr expected 2 arguments, got {}",
                    a.len()
                ))),
            }
        }),
    );
    set(
        "setattr",
        new_builtin("setattr", |a, k| {
            let a = exactly("setattr", a, k, 3)?;
            protocol::setattr(&a[0], check_attr_name(&a[1])?, Some(&a[2]))?;
            Ok(rt::none())
        }),
    );
    set(
        "delattr",
        new_builtin("delattr", |a, k| {
            let a = exactly("delattr", a, k, 2)?;
            protocol::setattr(&a[0], check_attr_name(&a[1])?, None)?;
            Ok(rt::none())
        }),
    );
    set(
        "hasattr",
        new_builtin("hasattr", |a, k| {
            let a = exactly("hasattr", a, k, 2)?;
            match protocol::getattr(&a[0], check_attr_name(&a[1])?) {
                Ok(_) => Ok(rt::bool_obj(true)),
                Err(e) if e.matches(Exc::AttributeError) => Ok(rt::bool_obj(false)),
                Err(e) => Err(e),
            }
        }),
    );
    set(
        "abs",
        new_builtin("abs", |a, k| {
            let o = &exactly("abs", a, k, 1)?[0];
            match o.with_type(|t| t.slots.abs.get()) {
                Some(f) => f(o),
                None => Err(type_error(format!(
                    "bad operand type for abs(): '{}'",
                    protocol::type_name(o)
                ))),
            }
        }),
    );
    set(
        "divmod",
        new_builtin("divmod", |a, k| {
            let a = exactly("divmod", a, k, 2)?;
            protocol::binary_op(&a[0], &a[1], BinOp::DivMod)
        }),
    );
    set(
        "pow",
        new_builtin("pow", |a, k| {
            let (pos, kw) = split_allowed("pow", a, k, &["base", "exp", "mod"])?;
            let mut v: Vec<Obj> = pos.to_vec();
            for (name, val) in kw {
                let i = ["base", "exp", "mod"]
                    .iter()
                    .position(|n| *n == name)
                    .unwrap_or(0);
                while v.len() <= i {
                    v.push(rt::none());
                }
                v[i] = val.clone();
            }
            match v.as_slice() {
                [b, e] => protocol::binary_op(b, e, BinOp::Pow),
                [b, e, m] if rt::is_none(m) => protocol::binary_op(b, e, BinOp::Pow),
                [b, e, m] => crate::types::int_methods::pow3(b, e, m),
                _ => Err(type_error(format!(
                    "pow expected 2 arguments, got {}",
                    v.len()
                ))),
            }
        }),
    );
    set(
        "min",
        new_builtin("min", |a, k| min_max("min", a, k, CompareOp::Lt)),
    );
    set(
        "max",
        new_builtin("max", |a, k| min_max("max", a, k, CompareOp::Gt)),
    );
    set("sum", SUM.with(Obj::clone));
    set(
        "any",
        new_builtin("any", |a, k| {
            let it = protocol::iter(&exactly("any", a, k, 1)?[0])?;
            while let Some(x) = protocol::next(&it)? {
                if protocol::truth(&x)? {
                    return Ok(rt::bool_obj(true));
                }
            }
            Ok(rt::bool_obj(false))
        }),
    );
    set(
        "all",
        new_builtin("all", |a, k| {
            let it = protocol::iter(&exactly("all", a, k, 1)?[0])?;
            while let Some(x) = protocol::next(&it)? {
                if !protocol::truth(&x)? {
                    return Ok(rt::bool_obj(false));
                }
            }
            Ok(rt::bool_obj(true))
        }),
    );
    set(
        "sorted",
        new_builtin("sorted", |a, k| {
            let (pos, kw) = split_allowed("sorted", a, k, &["key", "reverse"])?;
            let [it] = pos else {
                return Err(type_error(format!(
                    "sorted expected 1 argument, got {}",
                    pos.len()
                )));
            };
            let mut items = protocol::collect(it)?;
            let key = kw
                .iter()
                .find(|(n, _)| *n == "key")
                .map(|(_, v)| (*v).clone())
                .filter(|v| !rt::is_none(v));
            let reverse = match kw.iter().find(|(n, _)| *n == "reverse") {
                Some((_, v)) => protocol::truth(v)?,
                None => false,
            };
            crate::types::list_methods::sort(&mut items, key.as_ref(), reverse)?;
            Ok(list::new_list(items))
        }),
    );
    set(
        "chr",
        new_builtin("chr", |a, k| {
            let o = &exactly("chr", a, k, 1)?[0];
            let i = int::to_index(o)?.ok_or_else(|| int::expected_int(o))?;
            match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(c) => Ok(new_str(c.encode_utf8(&mut [0; 4]))),
                None => Err(value_error("chr() arg not in range(0x110000)")),
            }
        }),
    );
    set(
        "ord",
        new_builtin("ord", |a, k| {
            let o = &exactly("ord", a, k, 1)?[0];
            let Some(s) = as_str(o) else {
                return Err(type_error(format!(
                    "ord() expected string of length 1, but {} found",
                    protocol::type_name(o)
                )));
            };
            let mut cs = s.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => Ok(int::from_i64(c as i64)),
                _ => Err(type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.chars().count()
                ))),
            }
        }),
    );
    set(
        "round",
        new_builtin("round", |a, k| {
            let (pos, kw) = split_allowed("round", a, k, &["number", "ndigits"])?;
            let mut v: Vec<Obj> = pos.to_vec();
            for (n, val) in kw {
                if n == "number" {
                    v.insert(0, val.clone());
                } else {
                    v.push(val.clone());
                }
            }
            let Some(x) = v.first() else {
                return Err(type_error(
                    "round() missing required argument 'number' (pos 1)",
                ));
            };
            let nd: Vec<Obj> = v[1..].iter().filter(|n| !rt::is_none(n)).cloned().collect();
            match protocol::call_special(x, "__round__", &nd)? {
                Some(r) => Ok(r),
                None => Err(type_error(format!(
                    "type {} doesn't define __round__ method",
                    protocol::type_name(x)
                ))),
            }
        }),
    );
    set(
        "bin",
        new_builtin("bin", |a, k| radix("bin", a, k, 2, "0b")),
    );
    set(
        "oct",
        new_builtin("oct", |a, k| radix("oct", a, k, 8, "0o")),
    );
    set(
        "hex",
        new_builtin("hex", |a, k| radix("hex", a, k, 16, "0x")),
    );
    set(
        "format",
        new_builtin("format", |a, k| {
            no_kw("format", k)?;
            match a {
                [v] => super::format_value(v, None),
                [v, s] => super::format_value(v, Some(s)),
                _ => Err(type_error(format!(
                    "format expected at most 2 arguments, got {}",
                    a.len()
                ))),
            }
        }),
    );
    set(
        "input",
        new_builtin("input", |a, k| {
            no_kw("input", k)?;
            if let Some(p) = a.first() {
                crate::io::write_stdout(&protocol::str_string(p)?)?;
            }
            crate::io::flush_stdout()?;
            let mut line = String::new();
            let n = std::io::stdin()
                .read_line(&mut line)
                .map_err(crate::io::os_error)?;
            if n == 0 {
                return Err(PyErr::new(Exc::EOFError, "EOF when reading a line"));
            }
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(new_str(&line))
        }),
    );
    set(
        "__build_class__",
        new_builtin("__build_class__", build_class),
    );
    set("range", crate::types::range::range_type());
    for (name, f) in ITERATORS {
        set(name, f());
    }
}

fn check_attr_name(n: &Obj) -> PyResult<&Obj> {
    if crate::types::str::is_str(n) {
        Ok(n)
    } else {
        Err(type_error(format!(
            "attribute name must be string, not '{}'",
            protocol::type_name(n)
        )))
    }
}

/// `isinstance(o, cls_or_tuple)` with `__instancecheck__`.
pub fn isinstance(o: &Obj, c: &Obj) -> PyResult<bool> {
    if tuple::is_tuple(c) {
        for x in tuple::items(c) {
            if isinstance(o, x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if !is_type(c) {
        return Err(type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        ));
    }
    if is_subtype(&o.ty(), c) {
        return Ok(true);
    }
    if let Some(r) = protocol::call_special(c, "__instancecheck__", std::slice::from_ref(o))? {
        return protocol::truth(&r);
    }
    Ok(false)
}

/// `issubclass(a, cls_or_tuple)`.
pub fn issubclass(a: &Obj, c: &Obj) -> PyResult<bool> {
    if tuple::is_tuple(c) {
        for x in tuple::items(c) {
            if issubclass(a, x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if !is_type(c) {
        return Err(type_error(
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        ));
    }
    if let Some(r) = protocol::call_special(c, "__subclasscheck__", std::slice::from_ref(a))? {
        return protocol::truth(&r);
    }
    Ok(is_subtype(a, c))
}

fn print(args: &[Obj], kwnames: &[Obj]) -> PyResult<Obj> {
    let (pos, kw) = split_allowed("print", args, kwnames, &["sep", "end", "file", "flush"])?;
    let get = |n: &str| {
        kw.iter()
            .find(|(k, _)| *k == n)
            .map(|(_, v)| (*v).clone())
            .filter(|v| !rt::is_none(v))
    };
    let text_arg = |n: &str, default: &str| -> PyResult<String> {
        match get(n) {
            None => Ok(default.to_string()),
            Some(v) => match as_str(&v) {
                Some(s) => Ok(s.to_string()),
                None => Err(type_error(format!(
                    "{n} must be None or a string, not {}",
                    protocol::type_name(&v)
                ))),
            },
        }
    };
    let sep = text_arg("sep", " ")?;
    let end = text_arg("end", "\n")?;
    let mut out = String::new();
    for (i, a) in pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&protocol::str_string(a)?);
    }
    out.push_str(&end);
    let flush = match get("flush") {
        Some(f) => protocol::truth(&f)?,
        None => false,
    };
    let file = get("file").or_else(|| {
        let out = crate::types::dict::get_str(&crate::import::sys_dict(), "stdout")
            .ok()
            .flatten()?;
        Some(out).filter(|o| !crate::sys::is_std_stream(o, 1))
    });
    if file.is_none()
        && crate::types::dict::get_str(&crate::import::sys_dict(), "stdout")
            .ok()
            .flatten()
            .is_some_and(|o| rt::is_none(&o))
    {
        return Ok(rt::none());
    }
    match file {
        Some(f) => {
            protocol::call_method(&f, "write", &[new_str(&out)])?;
            if flush {
                protocol::call_method(&f, "flush", &[])?;
            }
        }
        None => {
            crate::io::write_stdout(&out)?;
            if flush {
                crate::io::flush_stdout()?;
            }
        }
    }
    Ok(rt::none())
}

fn min_max(name: &str, args: &[Obj], kwnames: &[Obj], op: CompareOp) -> PyResult<Obj> {
    let (pos, kw) = split_allowed(name, args, kwnames, &["key", "default"])?;
    let key = kw
        .iter()
        .find(|(n, _)| *n == "key")
        .map(|(_, v)| (*v).clone())
        .filter(|v| !rt::is_none(v));
    let default = kw
        .iter()
        .find(|(n, _)| *n == "default")
        .map(|(_, v)| (*v).clone());
    let items = match pos {
        [] => {
            return Err(type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )));
        }
        [it] => protocol::collect(it)?,
        many => {
            if default.is_some() {
                return Err(type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            many.to_vec()
        }
    };
    let mut best: Option<(Obj, Obj)> = None;
    for x in items {
        let k = match &key {
            Some(f) => protocol::call(f, std::slice::from_ref(&x), &[])?,
            None => x.clone(),
        };
        best = match best {
            None => Some((k, x)),
            Some((bk, bx)) => {
                if protocol::truth(&protocol::rich_compare(&k, &bk, op)?)? {
                    Some((k, x))
                } else {
                    Some((bk, bx))
                }
            }
        };
    }
    match best {
        Some((_, x)) => Ok(x),
        None => default.ok_or_else(|| value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn radix(name: &str, args: &[Obj], kwnames: &[Obj], base: u32, prefix: &str) -> PyResult<Obj> {
    let o = &exactly(name, args, kwnames, 1)?[0];
    let v = match int::value(o) {
        Some(v) => v,
        None => {
            let i =
                protocol::call_special(o, "__index__", &[])?.ok_or_else(|| int::expected_int(o))?;
            int::value(&i).ok_or_else(|| int::expected_int(o))?
        }
    };
    let digits = v.magnitude().to_str_radix(base);
    let sign = if v.sign() == num_bigint::Sign::Minus {
        "-"
    } else {
        ""
    };
    Ok(new_str(&format!("{sign}{prefix}{digits}")))
}

/// `__build_class__(body, name, *bases, metaclass=..., **kw)`.
fn build_class(args: &[Obj], kwnames: &[Obj]) -> PyResult<Obj> {
    let npos = args.len() - kwnames.len();
    if npos < 2 {
        return Err(type_error("__build_class__: not enough arguments"));
    }
    let (body, name) = (&args[0], &args[1]);
    let bases_v: Vec<Obj> = args[2..npos].to_vec();
    let mut meta = None;
    let mut kw_names = Vec::new();
    let mut kw_vals = Vec::new();
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        if as_str(k) == Some("metaclass") {
            meta = Some(v.clone());
        } else {
            kw_names.push(k.clone());
            kw_vals.push(v.clone());
        }
    }
    // The most derived metaclass of the explicit one and the bases'.
    let mut meta = meta.unwrap_or_else(|| {
        bases_v
            .first()
            .map(Obj::ty)
            .unwrap_or_else(|| rt::ty(|t| &t.type_))
    });
    if is_type(&meta) {
        for b in &bases_v {
            let bm = b.ty();
            if is_subtype(&bm, &meta) {
                meta = bm;
            } else if !is_subtype(&meta, &bm) {
                return Err(type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                ));
            }
        }
    }
    let bases = tuple::new_tuple(bases_v);
    let ns = match protocol::getattr_opt(&meta, &new_str("__prepare__"))? {
        Some(prep) => {
            let mut a = vec![name.clone(), bases.clone()];
            a.extend(kw_vals.iter().cloned());
            protocol::call(&prep, &a, &kw_names)?
        }
        None => dict::new_dict(),
    };
    let Some(f) = body.downcast::<crate::vm::function::FunctionData>() else {
        return Err(type_error("__build_class__: func must be a function"));
    };
    let frame = crate::vm::frame::Frame::for_namespace(
        f.code.clone(),
        f.globals.clone(),
        ns.clone(),
        f.closure.clone(),
    );
    let mut frame = frame;
    let cell = match crate::vm::eval::run(&mut frame, None)? {
        crate::vm::eval::Exit::Return(v) => v,
        crate::vm::eval::Exit::Yield(_) => return Err(type_error("class body yielded")),
    };
    let mut call_args = vec![name.clone(), bases, ns];
    call_args.extend(kw_vals);
    let cls = protocol::call(&meta, &call_args, &kw_names)?;
    if let Some(c) = cell.downcast::<crate::vm::cell::CellData>() {
        let _ = c;
        crate::vm::cell::set(&cell, Some(cls.clone()));
    }
    Ok(cls)
}

/// The payload of the builtin lazy iterators (enumerate, zip, map,
/// filter, reversed).
pub struct LazyIter {
    state: RefCell<Lazy>,
}

enum Lazy {
    Enumerate(Obj, Obj),
    Zip(Vec<Obj>, bool),
    Map(Obj, Vec<Obj>),
    Filter(Obj, Obj),
    Reversed(Obj, i64),
    Done,
}

fn lazy_next(o: &Obj) -> PyResult<Option<Obj>> {
    let Some(l) = o.downcast::<LazyIter>() else {
        return Ok(None);
    };
    let state = std::mem::replace(&mut *l.state.borrow_mut(), Lazy::Done);
    let (result, state) = match state {
        Lazy::Enumerate(it, n) => match protocol::next(&it)? {
            Some(x) => {
                let next = protocol::binary_op(&n, &int::from_i64(1), BinOp::Add)?;
                (
                    Some(tuple::new_tuple(vec![n, x])),
                    Lazy::Enumerate(it, next),
                )
            }
            None => (None, Lazy::Done),
        },
        Lazy::Zip(its, strict) => {
            let mut items = Vec::with_capacity(its.len());
            for (i, it) in its.iter().enumerate() {
                match protocol::next(it)? {
                    Some(x) => items.push(x),
                    None => {
                        if strict
                            && (i > 0
                                || its[1..]
                                    .iter()
                                    .any(|it| matches!(protocol::next(it), Ok(Some(_)))))
                        {
                            let which = if i > 0 {
                                format!(
                                    "zip() argument {} is shorter than argument{} 1{}",
                                    i + 1,
                                    if i > 1 { "s" } else { "" },
                                    if i > 1 {
                                        format!("-{i}")
                                    } else {
                                        String::new()
                                    }
                                )
                            } else {
                                "zip() argument 2 is longer than argument 1".to_string()
                            };
                            return Err(value_error(which));
                        }
                        *l.state.borrow_mut() = Lazy::Done;
                        return Ok(None);
                    }
                }
            }
            if its.is_empty() {
                (None, Lazy::Done)
            } else {
                (Some(tuple::new_tuple(items)), Lazy::Zip(its, strict))
            }
        }
        Lazy::Map(f, its) => {
            let mut items = Vec::with_capacity(its.len());
            for it in &its {
                match protocol::next(it)? {
                    Some(x) => items.push(x),
                    None => {
                        *l.state.borrow_mut() = Lazy::Done;
                        return Ok(None);
                    }
                }
            }
            let v = protocol::call(&f, &items, &[])?;
            (Some(v), Lazy::Map(f, its))
        }
        Lazy::Filter(f, it) => {
            let mut found = None;
            while let Some(x) = protocol::next(&it)? {
                let keep = if rt::is_none(&f) {
                    protocol::truth(&x)?
                } else {
                    protocol::truth(&protocol::call(&f, std::slice::from_ref(&x), &[])?)?
                };
                if keep {
                    found = Some(x);
                    break;
                }
            }
            match found {
                Some(x) => (Some(x), Lazy::Filter(f, it)),
                None => (None, Lazy::Done),
            }
        }
        Lazy::Reversed(seq, i) => {
            if i < 0 {
                (None, Lazy::Done)
            } else {
                match protocol::getitem(&seq, &int::from_i64(i)) {
                    Ok(v) => (Some(v), Lazy::Reversed(seq, i - 1)),
                    Err(e) if e.matches(Exc::IndexError) => (None, Lazy::Done),
                    Err(e) => return Err(e),
                }
            }
        }
        Lazy::Done => (None, Lazy::Done),
    };
    *l.state.borrow_mut() = state;
    Ok(result)
}

macro_rules! lazy_type {
    ($static:ident, $name:literal, $new:expr) => {
        thread_local! {
            static $static: Obj = {
                let t = TypeData::new::<LazyIter>($name);
                t.slots.iter.set(Some(|o| Ok(o.clone())));
                t.slots.next.set(Some(lazy_next));
                t.slots.new.set(Some($new));
                let ty = crate::types::class::new_builtin_type(t);
                ty.make_immortal();
                ty
            };
        }
    };
}

fn lazy(cls: &Obj, state: Lazy) -> Obj {
    alloc(
        cls.clone(),
        LazyIter {
            state: RefCell::new(state),
        },
    )
}

lazy_type!(ENUMERATE_TYPE, "enumerate", |cls, a, k| {
    let (pos, kw) = split_allowed("enumerate", a, k, &["iterable", "start"])?;
    let it = match (
        pos.first(),
        kw.iter().find(|(n, _)| *n == "iterable").map(|(_, v)| *v),
    ) {
        (Some(x), _) | (None, Some(x)) => protocol::iter(x)?,
        _ => {
            return Err(type_error(
                "enumerate() missing required argument 'iterable' (pos 1)",
            ));
        }
    };
    let start = match (
        pos.get(1),
        kw.iter().find(|(n, _)| *n == "start").map(|(_, v)| *v),
    ) {
        (Some(s), _) | (None, Some(s)) => {
            if !int::is_int(s) {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    protocol::type_name(s)
                )));
            }
            s.clone()
        }
        _ => int::from_i64(0),
    };
    Ok(lazy(cls, Lazy::Enumerate(it, start)))
});
lazy_type!(ZIP_TYPE, "zip", |cls, a, k| {
    let (pos, kw) = split_allowed("zip", a, k, &["strict"])?;
    let strict = match kw.first() {
        Some((_, v)) => protocol::truth(v)?,
        None => false,
    };
    let mut its = Vec::new();
    for (i, x) in pos.iter().enumerate() {
        its.push(protocol::iter(x).map_err(|e| {
            if e.matches(Exc::TypeError) {
                type_error(format!("zip argument #{} must support iteration", i + 1))
            } else {
                e
            }
        })?);
    }
    Ok(lazy(cls, Lazy::Zip(its, strict)))
});
lazy_type!(MAP_TYPE, "map", |cls, a, k| {
    no_kw("map", k)?;
    if a.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let its = a[1..]
        .iter()
        .map(protocol::iter)
        .collect::<PyResult<Vec<_>>>()?;
    Ok(lazy(cls, Lazy::Map(a[0].clone(), its)))
});
lazy_type!(FILTER_TYPE, "filter", |cls, a, k| {
    no_kw("filter", k)?;
    let [f, x] = a else {
        return Err(type_error(format!(
            "filter expected 2 arguments, got {}",
            a.len()
        )));
    };
    Ok(lazy(cls, Lazy::Filter(f.clone(), protocol::iter(x)?)))
});
lazy_type!(REVERSED_TYPE, "reversed", |cls, a, k| {
    no_kw("reversed", k)?;
    let [x] = a else {
        return Err(type_error(format!(
            "reversed expected 1 argument, got {}",
            a.len()
        )));
    };
    if let Some(r) = protocol::call_special(x, "__reversed__", &[])? {
        return Ok(r);
    }
    if x.with_type(|t| t.slots.getitem.get().is_none() || t.slots.len.get().is_none())
        || dict::is_dict(x)
    {
        return Err(type_error(format!(
            "'{}' object is not reversible",
            protocol::type_name(x)
        )));
    }
    let n = protocol::len(x)? as i64;
    Ok(lazy(cls, Lazy::Reversed(x.clone(), n - 1)))
});

const ITERATORS: [Named; 5] = [
    ("enumerate", || ENUMERATE_TYPE.with(Obj::clone)),
    ("zip", || ZIP_TYPE.with(Obj::clone)),
    ("map", || MAP_TYPE.with(Obj::clone)),
    ("filter", || FILTER_TYPE.with(Obj::clone)),
    ("reversed", || REVERSED_TYPE.with(Obj::clone)),
];
