//! Helpers for the generated text tests: build values, run one operation,
//! and render the outcome as `Ok: <repr>` or `<ExcType>: <message>`, the
//! form `runtime/gen/text_tests.py` records from python3.

#![allow(dead_code)]

use runtime::error::PyResult;
use runtime::object::Obj;
use runtime::protocol;
use runtime::types::typeobj::{BinOp, CompareOp};
use runtime::types::{bytearray, bytes, dict, float, int, list, memoryview, slice, str, tuple};

/// Renders an outcome like the generator does.
pub fn outcome(r: PyResult<Obj>) -> String {
    match r {
        Ok(v) => format!("Ok: {}", protocol::repr_string(&v).expect("repr")),
        Err(e) => format!(
            "{}: {}",
            protocol::type_name(&e.exc),
            protocol::str_string(&e.exc).expect("str of exception")
        ),
    }
}

thread_local! {
    static FAILURES: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Compares an outcome with python3's (failures are reported together by
/// `finish`).
#[track_caller]
pub fn check(got: String, want: &str) {
    if got != want {
        let at = std::panic::Location::caller();
        FAILURES.with(|f| {
            f.borrow_mut().push(format!(
                "line {}:\n   got: {got}\n  want: {want}",
                at.line()
            ))
        });
    }
}

/// Fails the test if any `check` failed.
pub fn finish() {
    let failures = FAILURES.with(|f| std::mem::take(&mut *f.borrow_mut()));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

pub fn s(x: &str) -> Obj {
    str::new_str(x)
}
pub fn b(x: &[u8]) -> Obj {
    bytes::new_bytes(x.to_vec())
}
pub fn ba(x: &[u8]) -> Obj {
    bytearray::new_bytearray(x.to_vec())
}
pub fn mv(x: &[u8]) -> Obj {
    memoryview::new_memoryview(&b(x)).expect("memoryview")
}
pub fn int(x: i64) -> Obj {
    int::from_i64(x)
}
pub fn big(x: &str) -> Obj {
    int::parse(x, 10).expect("big int")
}
pub fn float(x: f64) -> Obj {
    float::new_float(x)
}
pub fn boolean(x: bool) -> Obj {
    runtime::rt::bool_obj(x)
}
pub fn none() -> Obj {
    runtime::rt::none()
}
pub fn t(v: Vec<Obj>) -> Obj {
    tuple::new_tuple(v)
}
pub fn l(v: Vec<Obj>) -> Obj {
    list::new_list(v)
}
pub fn d(v: Vec<(Obj, Obj)>) -> Obj {
    let o = dict::new_dict();
    for (k, x) in v {
        dict::set_item(&o, k, x).expect("dict item");
    }
    o
}
pub fn sl(a: Obj, b: Obj, c: Obj) -> Obj {
    slice::new_slice(a, b, c)
}

/// A builtin type by name.
pub fn ty(name: &str) -> Obj {
    match name {
        "str" => runtime::rt::ty(|t| &t.str),
        "bytes" => bytes::ty(),
        "bytearray" => bytearray::ty(),
        "memoryview" => memoryview::ty(),
        _ => panic!("unknown type {name}"),
    }
}

/// An instance of `class P: x = 5; def __repr__(self): return 'P()'`.
pub fn p() -> Obj {
    let ns = dict::new_dict();
    dict::set_str(&ns, "x", int(5)).expect("ns");
    dict::set_str(
        &ns,
        "__repr__",
        runtime::types::function::new_builtin("__repr__", |_, _| Ok(s("P()"))),
    )
    .expect("ns");
    let meta = runtime::rt::ty(|t| &t.type_);
    let cls =
        runtime::types::class::new_class(&meta, &s("P"), &t(vec![]), &ns, &[], &[]).expect("class");
    protocol::call(&cls, &[], &[]).expect("instance")
}

fn with_kw(args: &[Obj], kw: &[(&str, Obj)]) -> (Vec<Obj>, Vec<Obj>) {
    let mut all = args.to_vec();
    let mut names = Vec::new();
    for (k, v) in kw {
        all.push(v.clone());
        names.push(s(k));
    }
    (all, names)
}

/// `recv.name(*args, **kw)`.
pub fn m(recv: &Obj, name: &str, args: &[Obj], kw: &[(&str, Obj)]) -> String {
    let (all, names) = with_kw(args, kw);
    outcome(protocol::getattr_str(recv, name).and_then(|f| protocol::call(&f, &all, &names)))
}

/// `type(*args, **kw)`.
pub fn new(name: &str, args: &[Obj], kw: &[(&str, Obj)]) -> String {
    let (all, names) = with_kw(args, kw);
    outcome(protocol::call(&ty(name), &all, &names))
}

pub fn op(a: &Obj, b: &Obj, o: BinOp) -> String {
    outcome(protocol::binary_op(a, b, o))
}
pub fn cmp(a: &Obj, b: &Obj, o: CompareOp) -> String {
    outcome(protocol::rich_compare(a, b, o))
}
pub fn fmt(v: &Obj, spec: &str) -> String {
    outcome(runtime::types::formatspec::format_obj(v, spec))
}
pub fn rep(v: &Obj) -> String {
    outcome(protocol::repr(v))
}
pub fn asc(v: &Obj) -> String {
    outcome(protocol::repr(v).map(|r| s(&str::escape_non_ascii(str::as_str(&r).unwrap_or("")))))
}
pub fn item(v: &Obj, k: &Obj) -> String {
    outcome(protocol::getitem(v, k))
}
pub fn contains(v: &Obj, x: &Obj) -> String {
    outcome(protocol::contains(v, x).map(boolean))
}
pub fn length(v: &Obj) -> String {
    outcome(protocol::len(v).map(|n| int(n as i64)))
}
pub fn listed(v: &Obj) -> String {
    outcome(protocol::collect(v).map(l))
}
pub fn chr(n: i64) -> String {
    outcome(str::chr(n))
}
pub fn ord(v: &Obj) -> String {
    outcome(str::ord(v))
}
pub fn hash_eq(a: &Obj, c: &Obj) -> String {
    outcome((|| Ok(boolean(protocol::hash(a)? == protocol::hash(c)?)))())
}
