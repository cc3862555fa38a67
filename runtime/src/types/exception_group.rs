//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654): the constructor's
//! checks, `message`/`exceptions`, `derive`/`split`/`subgroup`, and the two
//! operations behind `except*` (CPython's Objects/exceptions.c:
//! `exception_group_match` and `_PyExc_PrepReraiseStar`).

use crate::error::{PyResult, type_error, value_error};
use crate::object::Obj;
use crate::protocol;
use crate::rt::{self, Exc};
use crate::types::exception::{self, data, is_exception, is_exception_class};
use crate::types::str::{as_str, new_str};
use crate::types::tuple::{items, new_tuple};
use crate::types::typeobj::TypeData;
use crate::types::typeobj_ops::{is_subtype, is_type};

/// The type data of the two builtin group classes.
pub fn type_data(name: &str) -> TypeData {
    let t = exception::common_type_data(name);
    t.slots.new.set(Some(new_group));
    t.slots.str.set(Some(group_str));
    t
}

/// Installs BaseExceptionGroup's methods.
pub fn install(t: &Obj) {
    use crate::types::function::add_method;
    add_method(t, "derive", derive);
    add_method(t, "split", split_method);
    add_method(t, "subgroup", subgroup_method);
}

/// Whether `o` is an exception group.
pub fn is_group(o: &Obj) -> bool {
    is_subtype(&o.ty(), &rt::exc(Exc::BaseExceptionGroup))
}

/// The `(message, exceptions)` of group `o`.
fn parts(o: &Obj) -> Option<(Obj, Obj)> {
    data(o)?.group.borrow().clone()
}

/// `message` and `exceptions`, read-only.
pub fn group_attr(o: &Obj, name: &str) -> Option<Obj> {
    let (m, e) = parts(o)?;
    match name {
        "message" => Some(m),
        "exceptions" => Some(e),
        _ => None,
    }
}

fn new_group(cls: &Obj, args: &[Obj], kw: &[Obj]) -> PyResult<Obj> {
    if !kw.is_empty() {
        return Err(type_error(format!(
            "{}() takes no keyword arguments",
            crate::types::typeobj_ops::with_data(cls, |d| d.name())
        )));
    }
    let [message, excs] = args else {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    };
    if as_str(message).is_none() {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            protocol::type_name(message)
        )));
    }
    let is_seq = crate::types::list::is_list(excs) || crate::types::tuple::is_tuple(excs);
    if !is_seq {
        return Err(type_error(
            "second argument (exceptions) must be a sequence",
        ));
    }
    let list = protocol::collect(excs)?;
    if list.is_empty() {
        return Err(value_error(
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    let mut nested_base = false;
    for (i, e) in list.iter().enumerate() {
        if !is_exception(e) {
            return Err(value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        if !is_subtype(&e.ty(), &rt::exc(Exc::Exception)) {
            nested_base = true;
        }
    }
    let mut cls = cls.clone();
    if cls.is(&rt::exc(Exc::ExceptionGroup)) {
        if nested_base {
            return Err(type_error(
                "Cannot nest BaseExceptions in an ExceptionGroup",
            ));
        }
    } else if cls.is(&rt::exc(Exc::BaseExceptionGroup)) {
        if !nested_base {
            cls = rt::exc(Exc::ExceptionGroup);
        }
    } else if nested_base && is_subtype(&cls, &rt::exc(Exc::Exception)) {
        return Err(type_error(format!(
            "Cannot nest BaseExceptions in '{}'",
            crate::types::typeobj_ops::with_data(&cls, |d| d.name())
        )));
    }
    let o = exception::new_instance(&cls, args.to_vec());
    if let Some(d) = data(&o) {
        *d.group.borrow_mut() = Some((message.clone(), new_tuple(list)));
    }
    Ok(o)
}

fn group_str(o: &Obj) -> PyResult<Obj> {
    let Some((m, e)) = parts(o) else {
        return exception::str(o);
    };
    let n = items(&e).len();
    Ok(new_str(&format!(
        "{} ({n} sub-exception{})",
        as_str(&m).unwrap_or(""),
        if n > 1 { "s" } else { "" }
    )))
}

fn derive(args: &[Obj], _kw: &[Obj]) -> PyResult<Obj> {
    let [me, excs] = args else {
        return Err(type_error("derive() takes exactly one argument"));
    };
    let (m, _) = parts(me).ok_or_else(|| type_error("derive() needs an exception group"))?;
    protocol::call(&rt::exc(Exc::BaseExceptionGroup), &[m, excs.clone()], &[])
}

/// How `split`/`subgroup` match leaves.
enum Matcher {
    Type(Obj),
    Predicate(Obj),
    Ids(Vec<usize>),
}

fn matcher(value: &Obj) -> PyResult<Matcher> {
    let callable = value.with_type(|t| t.slots.call.get()).is_some();
    if callable && !is_type(value) {
        return Ok(Matcher::Predicate(value.clone()));
    }
    if is_exception_class(value) {
        return Ok(Matcher::Type(value.clone()));
    }
    if crate::types::tuple::is_tuple(value) && items(value).iter().all(is_exception_class) {
        return Ok(Matcher::Type(value.clone()));
    }
    Err(type_error(
        "expected a function, exception type or tuple of exception types",
    ))
}

fn is_match(e: &Obj, m: &Matcher) -> PyResult<bool> {
    match m {
        Matcher::Type(t) => crate::vm::exceptions::matches(e, t),
        Matcher::Predicate(f) => protocol::truth(&protocol::call(f, std::slice::from_ref(e), &[])?),
        Matcher::Ids(ids) => Ok(ids.contains(&e.id())),
    }
}

/// A group like `orig` holding `excs`, with orig's traceback, cause,
/// context and notes; None when `excs` is empty.
fn subset(orig: &Obj, excs: Vec<Obj>) -> PyResult<Option<Obj>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let eg = protocol::call_method(orig, "derive", &[crate::types::list::new_list(excs)])?;
    if !is_group(&eg) {
        return Err(type_error(
            "derive must return an instance of BaseExceptionGroup",
        ));
    }
    copy_metadata(orig, &eg);
    Ok(Some(eg))
}

fn copy_metadata(from: &Obj, to: &Obj) {
    if let (Some(a), Some(b)) = (data(from), data(to)) {
        *b.traceback.borrow_mut() = a.traceback.borrow().clone();
        *b.cause.borrow_mut() = a.cause.borrow().clone();
        *b.context.borrow_mut() = a.context.borrow().clone();
        b.suppress_context.set(a.suppress_context.get());
    }
    if let Ok(notes) = protocol::getattr_str(from, "__notes__") {
        let _ = protocol::setattr(to, &new_str("__notes__"), Some(&notes));
    }
}

/// `(match, rest)` of splitting `exc` by `m` (rest only if `with_rest`).
fn split_recursive(
    exc: &Obj,
    m: &Matcher,
    with_rest: bool,
) -> PyResult<(Option<Obj>, Option<Obj>)> {
    if is_match(exc, m)? {
        return Ok((Some(exc.clone()), None));
    }
    let Some((_, excs)) = parts(exc) else {
        return Ok((None, with_rest.then(|| exc.clone())));
    };
    let _depth = crate::vm::eval::DepthGuard::enter()?;
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for e in items(&excs).to_vec() {
        let (a, b) = split_recursive(&e, m, with_rest)?;
        matched.extend(a);
        rest.extend(b);
    }
    let matched = subset(exc, matched)?;
    let rest = if with_rest { subset(exc, rest)? } else { None };
    Ok((matched, rest))
}

fn opt(o: Option<Obj>) -> Obj {
    o.unwrap_or_else(rt::none)
}

fn split_method(args: &[Obj], _kw: &[Obj]) -> PyResult<Obj> {
    let [me, value] = args else {
        return Err(type_error("split() takes exactly one argument"));
    };
    let (a, b) = split_recursive(me, &matcher(value)?, true)?;
    Ok(new_tuple(vec![opt(a), opt(b)]))
}

fn subgroup_method(args: &[Obj], _kw: &[Obj]) -> PyResult<Obj> {
    let [me, value] = args else {
        return Err(type_error("subgroup() takes exactly one argument"));
    };
    let (a, _) = split_recursive(me, &matcher(value)?, false)?;
    Ok(opt(a))
}

/// CHECK_EG_MATCH: `(match, rest)` for an `except* T` clause.
pub fn except_star_split(exc: &Obj, t: &Obj) -> PyResult<Obj> {
    let classes = if crate::types::tuple::is_tuple(t) {
        items(t).to_vec()
    } else {
        vec![t.clone()]
    };
    for c in &classes {
        if !is_exception_class(c) {
            return Err(type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        if is_subtype(c, &rt::exc(Exc::BaseExceptionGroup)) {
            return Err(type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
    }
    if rt::is_none(exc) {
        return Ok(new_tuple(vec![rt::none(), rt::none()]));
    }
    if crate::vm::exceptions::matches(exc, t)? {
        if is_group(exc) {
            return Ok(new_tuple(vec![exc.clone(), rt::none()]));
        }
        // A naked exception is wrapped in a group.
        let eg = protocol::call(
            &rt::exc(Exc::ExceptionGroup),
            &[new_str(""), new_tuple(vec![exc.clone()])],
            &[],
        )?;
        copy_metadata(exc, &eg);
        return Ok(new_tuple(vec![eg, rt::none()]));
    }
    if is_group(exc) {
        let (a, b) = split_recursive(exc, &Matcher::Type(t.clone()), true)?;
        return Ok(new_tuple(vec![opt(a), opt(b)]));
    }
    Ok(new_tuple(vec![rt::none(), exc.clone()]))
}

fn same_metadata(a: &Obj, b: &Obj) -> bool {
    let (Some(x), Some(y)) = (data(a), data(b)) else {
        return false;
    };
    let same = |p: &Option<Obj>, q: &Option<Obj>| match (p, q) {
        (Some(p), Some(q)) => p.is(q),
        (None, None) => true,
        _ => false,
    };
    let tb_same = {
        let (p, q) = (x.traceback.borrow(), y.traceback.borrow());
        p.len() == q.len()
            && p.iter().zip(q.iter()).all(|(u, v)| {
                std::rc::Rc::ptr_eq(&u.code.module, &v.code.module)
                    && u.code.index == v.code.index
                    && u.lasti == v.lasti
            })
    };
    let notes = |o: &Obj| protocol::getattr_str(o, "__notes__").ok();
    tb_same
        && same(&x.cause.borrow(), &y.cause.borrow())
        && same(&x.context.borrow(), &y.context.borrow())
        && same(&notes(a), &notes(b))
}

fn leaf_ids(e: &Obj, out: &mut Vec<usize>) {
    match parts(e) {
        Some((_, excs)) => {
            for x in items(&excs) {
                leaf_ids(x, out);
            }
        }
        None => out.push(e.id()),
    }
}

/// `_PyExc_PrepReraiseStar`: what an `except*` statement raises at its
/// end, given the original exception and what the clauses raised (with
/// the unhandled rest last); None for nothing.
pub fn prep_reraise_star(orig: &Obj, excs: &[Obj]) -> PyResult<Obj> {
    if excs.is_empty() {
        return Ok(rt::none());
    }
    if !is_group(orig) {
        return Ok(excs[0].clone());
    }
    let mut raised = Vec::new();
    let mut reraised = Vec::new();
    for e in excs.iter().filter(|e| !rt::is_none(e)) {
        if same_metadata(e, orig) {
            reraised.push(e.clone());
        } else {
            raised.push(e.clone());
        }
    }
    let reraised_eg = if reraised.is_empty() {
        None
    } else {
        let mut ids = Vec::new();
        for e in &reraised {
            leaf_ids(e, &mut ids);
        }
        split_recursive(orig, &Matcher::Ids(ids), false)?.0
    };
    if raised.is_empty() {
        return Ok(opt(reraised_eg));
    }
    raised.extend(reraised_eg);
    if raised.len() > 1 {
        return protocol::call(
            &rt::exc(Exc::ExceptionGroup),
            &[new_str(""), crate::types::list::new_list(raised)],
            &[],
        );
    }
    Ok(raised.swap_remove(0))
}
