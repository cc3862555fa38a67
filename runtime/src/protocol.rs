//! The object protocols: what `a + b`, `a.x`, `f(x)`, `hash(a)`, `a < b`,
//! `iter(a)` ... do for any object, dispatching through the slot table of
//! the operands' types and raising CPython's errors when a type lacks the
//! behaviour. Fast paths for the common builtin types come first.

use std::cell::RefCell;
use std::cmp::Ordering;

use crate::error::{PyErr, PyResult, attribute_error, type_error};
use crate::object::Obj;
use crate::rt;
use crate::types::str::{as_str, new_str};
use crate::types::typeobj::{BinOp, CompareOp};
use crate::types::typeobj_ops::{is_subtype, with_data};

/// The name of an object's type, as error messages show it.
pub fn type_name(o: &Obj) -> String {
    o.with_type(|t| t.name())
}

/// `getattr(o, name)`, or `None` if there is no such attribute.
pub fn getattr_opt(o: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    let get = o.with_type(|t| t.slots.getattr.get());
    match get {
        Some(get) => get(o, name),
        None => crate::types::object::generic_getattr(o, name),
    }
}

/// `o.name`, with CPython's AttributeError.
pub fn getattr(o: &Obj, name: &Obj) -> PyResult<Obj> {
    match getattr_opt(o, name)? {
        Some(v) => Ok(v),
        None => Err(no_attribute(o, name)),
    }
}

/// `o.name` for a Rust-side name.
pub fn getattr_str(o: &Obj, name: &str) -> PyResult<Obj> {
    getattr(o, &new_str(name))
}

/// The AttributeError for a missing attribute.
pub fn no_attribute(o: &Obj, name: &Obj) -> PyErr {
    let e = no_attribute_message(o, name);
    // `name` and `obj` feed the traceback's "Did you mean" suggestion.
    if let Some(d) = e.exc.dict() {
        let _ = crate::types::dict::set_str(&d, "name", name.clone());
        let _ = crate::types::dict::set_str(&d, "obj", o.clone());
    }
    e
}

fn no_attribute_message(o: &Obj, name: &Obj) -> PyErr {
    let n = as_str(name).unwrap_or("?");
    if crate::types::typeobj_ops::is_type(o) {
        let t = with_data(o, |d| d.name());
        return attribute_error(format!("type object '{t}' has no attribute '{n}'"));
    }
    if o.downcast::<crate::types::module::ModuleData>().is_some() {
        let m = crate::types::module::namespace(o)
            .and_then(|d| crate::types::dict::get_str(&d, "__name__").ok().flatten())
            .and_then(|s| as_str(&s).map(str::to_string))
            .unwrap_or_default();
        if crate::import::is_initializing(&m) {
            return attribute_error(format!(
                "partially initialized module '{m}' has no attribute '{n}' (most likely due to a circular import)"
            ));
        }
        return attribute_error(format!("module '{m}' has no attribute '{n}'"));
    }
    attribute_error(format!("'{}' object has no attribute '{n}'", type_name(o)))
}

/// `o.name = value` (`None`: `del o.name`).
pub fn setattr(o: &Obj, name: &Obj, value: Option<&Obj>) -> PyResult<()> {
    match o.with_type(|t| t.slots.setattr.get()) {
        Some(set) => set(o, name, value),
        // Instances of heap subclasses of builtins (list, dict, ...) whose
        // builtin base has no setattr slot still have a `__dict__`.
        None if o.dict().is_some() => crate::types::object::generic_setattr(o, name, value),
        None => {
            let n = as_str(name).unwrap_or("?");
            Err(match crate::types::typeobj_ops::lookup(&o.ty(), name)? {
                Some(_) => attribute_error(format!(
                    "'{}' object attribute '{n}' is read-only",
                    type_name(o)
                )),
                None => {
                    attribute_error(format!("'{}' object has no attribute '{n}'", type_name(o)))
                }
            })
        }
    }
}

/// `f(*args, **dict(zip(kwnames, trailing args)))`.
pub fn call(f: &Obj, args: &[Obj], kwnames: &[Obj]) -> PyResult<Obj> {
    match f.with_type(|t| t.slots.call.get()) {
        Some(c) => c(f, args, kwnames),
        None => Err(type_error(format!(
            "'{}' object is not callable",
            type_name(f)
        ))),
    }
}

/// `o.name(*args)`.
pub fn call_method(o: &Obj, name: &str, args: &[Obj]) -> PyResult<Obj> {
    let m = getattr_str(o, name)?;
    call(&m, args, &[])
}

/// Calls the special method `name` looked up on the type of `o` (bound to
/// `o`), or `None` if the type has none.
pub fn call_special(o: &Obj, name: &str, args: &[Obj]) -> PyResult<Option<Obj>> {
    let Some(m) = crate::types::typeobj_ops::lookup_special(o, name)? else {
        return Ok(None);
    };
    let bound = match m.with_type(|d| d.slots.descr_get.get()) {
        Some(get) => get(&m, Some(o), &o.ty())?,
        None => m,
    };
    call(&bound, args, &[]).map(Some)
}

/// `a op b`.
pub fn binary_op(a: &Obj, b: &Obj, op: BinOp) -> PyResult<Obj> {
    if let Some(r) = number_fast_path(a, b, op)? {
        return Ok(r);
    }
    // Two exact strs have no reflected slot to try first: `str + str`
    // (CPython 3.11 specializes it too) without the slot dispatch.
    if matches!(op, BinOp::Add) && rt::is_exact_str(a) && rt::is_exact_str(b) {
        return crate::types::str::add(a, b);
    }
    let r = binary_op1(a, b, op)?;
    if !rt::is_not_implemented(&r) {
        return Ok(r);
    }
    Err(unsupported(a, b, op.symbol()))
}

/// `a op b` for two small ints, or an exact float with an exact float or
/// small int, without slot dispatch; `None` for any other operands and for
/// operators these types lack (the caller's dispatch then raises).
#[inline]
fn number_fast_path(a: &Obj, b: &Obj, op: BinOp) -> PyResult<Option<Obj>> {
    let r = if a.as_small().is_some() && b.as_small().is_some() {
        crate::types::int::arith(a, b, op)?
    } else if let Some((x, y)) = float_operands(a, b) {
        crate::types::float::arith_values(x, y, op)?
    } else {
        return Ok(None);
    };
    Ok((!rt::is_not_implemented(&r)).then_some(r))
}

/// The values of an exact float and an exact float or small int (either
/// way round): the operands float arithmetic takes without dispatch.
#[inline]
fn float_operands(a: &Obj, b: &Obj) -> Option<(f64, f64)> {
    let (fa, fb) = (rt::is_exact_float(a), rt::is_exact_float(b));
    if !(fa || fb) {
        return None;
    }
    // A small int is below 2**61 in magnitude: `as` rounds it to the
    // nearest float, as `int.__float__` does.
    let val = |o: &Obj, is_float: bool| {
        if is_float {
            crate::types::float::value(o)
        } else {
            o.as_small().map(|i| i as f64)
        }
    };
    Some((val(a, fa)?, val(b, fb)?))
}

/// The TypeError for operand types an operator doesn't support.
pub fn unsupported(a: &Obj, b: &Obj, symbol: &str) -> PyErr {
    type_error(format!(
        "unsupported operand type(s) for {symbol}: '{}' and '{}'",
        type_name(a),
        type_name(b)
    ))
}

/// CPython's `binary_op1`: the right operand's slot first when its type is
/// a proper subclass of the left's, then left, then right.
fn binary_op1(a: &Obj, b: &Obj, op: BinOp) -> PyResult<Obj> {
    let (ta, tb) = (a.ty(), b.ty());
    let slot_a = ta.with_type_data(|t| t.slots.binary[op as usize].get());
    let slot_b = if ta.is(&tb) {
        None
    } else {
        tb.with_type_data(|t| t.slots.binary[op as usize].get())
            .filter(|sb| slot_a.is_none_or(|sa| *sb as usize != sa as usize))
    };
    if let Some(sa) = slot_a {
        if let Some(sb) = slot_b
            && is_subtype(&tb, &ta)
        {
            let r = sb(a, b)?;
            if !rt::is_not_implemented(&r) {
                return Ok(r);
            }
            let r = sa(a, b)?;
            return Ok(r);
        }
        let r = sa(a, b)?;
        if !rt::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if let Some(sb) = slot_b {
        return sb(a, b);
    }
    Ok(rt::not_implemented())
}

/// `a op= b`: the in-place slot, else the binary operation.
pub fn inplace_op(a: &Obj, b: &Obj, op: BinOp) -> PyResult<Obj> {
    // Small ints and exact floats have no in-place slots: `a op= b` is
    // `a op b` for them.
    if let Some(r) = number_fast_path(a, b, op)? {
        return Ok(r);
    }
    if let Some(slot) = a.with_type(|t| t.slots.inplace[op as usize].get()) {
        let r = slot(a, b)?;
        if !rt::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    let r = binary_op1(a, b, op)?;
    if !rt::is_not_implemented(&r) {
        return Ok(r);
    }
    let symbol = match op {
        BinOp::Pow => "**=".to_string(),
        _ => format!("{}=", op.symbol()),
    };
    Err(unsupported(a, b, &symbol))
}

/// The unary operators.
#[derive(Clone, Copy)]
pub enum UnaryOp {
    /// `-a`
    Neg,
    /// `+a`
    Pos,
    /// `~a`
    Invert,
}

/// `-a`, `+a`, `~a`.
pub fn unary_op(a: &Obj, op: UnaryOp) -> PyResult<Obj> {
    let (slot, symbol) = a.with_type(|t| match op {
        UnaryOp::Neg => (t.slots.neg.get(), "-"),
        UnaryOp::Pos => (t.slots.pos.get(), "+"),
        UnaryOp::Invert => (t.slots.invert.get(), "~"),
    });
    match slot {
        Some(f) => f(a),
        None => Err(type_error(format!(
            "bad operand type for unary {symbol}: '{}'",
            type_name(a)
        ))),
    }
}

/// One rich-comparison slot call (NotImplemented if the type has none).
pub fn rich_compare_slot(a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    match a.with_type(|t| t.slots.compare.get()) {
        Some(f) => f(a, b, op),
        None => Ok(rt::not_implemented()),
    }
}

/// `a op b` for comparisons, with reflection and the identity fallback
/// for `==`/`!=`.
pub fn rich_compare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    if let Some(ord) = exact_order(a, b) {
        return Ok(rt::bool_obj(partial_ordering_matches(ord, op)));
    }
    // Two exact tuples: no reflected operation to try first, and the
    // slot would answer.
    if rt::is_exact_tuple(a) && rt::is_exact_tuple(b) {
        let items = crate::types::tuple::items;
        return compare_sequences(items(a), items(b), op);
    }
    let (ta, tb) = (a.ty(), b.ty());
    let mut checked_reflected = false;
    if !ta.is(&tb) && is_subtype(&tb, &ta) {
        checked_reflected = true;
        let r = rich_compare_slot(b, a, op.swapped())?;
        if !rt::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    let r = rich_compare_slot(a, b, op)?;
    if !rt::is_not_implemented(&r) {
        return Ok(r);
    }
    if !checked_reflected {
        let r = rich_compare_slot(b, a, op.swapped())?;
        if !rt::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    match op {
        CompareOp::Eq => Ok(rt::bool_obj(a.is(b))),
        CompareOp::Ne => Ok(rt::bool_obj(!a.is(b))),
        _ => Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            type_name(a),
            type_name(b)
        ))),
    }
}

/// `a < b` as a Rust bool, the one question sorting asks.
pub fn less_than(a: &Obj, b: &Obj) -> PyResult<bool> {
    if let Some(ord) = exact_order(a, b) {
        return Ok(ord == Some(Ordering::Less));
    }
    // Two exact tuples (sort keys, often): what `rich_compare` does for
    // them, without making a bool to test.
    if rt::is_exact_tuple(a) && rt::is_exact_tuple(b) {
        let items = crate::types::tuple::items;
        return sequence_less(items(a), items(b));
    }
    truth(&rich_compare(a, b, CompareOp::Lt)?)
}

/// The order of two small ints, two floats or two strs (exact types:
/// a subclass may override the comparison), which runs no Python code
/// and cannot fail; `Some(None)` when they are unordered (a NaN).
/// `None` for any other pair, left to the types' slots.
#[inline]
pub fn exact_order(a: &Obj, b: &Obj) -> Option<Option<Ordering>> {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return Some(Some(x.cmp(&y)));
    }
    if a.type_word()? != b.type_word()? {
        return None;
    }
    if rt::is_exact_float(a) {
        let (x, y) = (
            crate::types::float::value(a)?,
            crate::types::float::value(b)?,
        );
        return Some(x.partial_cmp(&y));
    }
    if rt::is_exact_str(a) {
        // UTF-8 byte order is code-point order.
        return Some(Some(as_str(a)?.cmp(as_str(b)?)));
    }
    None
}

/// `a == b` as a Rust bool.
pub fn eq(a: &Obj, b: &Obj) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    let r = rich_compare(a, b, CompareOp::Eq)?;
    truth(&r)
}

/// Whether an ordering satisfies a comparison operator.
pub fn ordering_matches(ord: Ordering, op: CompareOp) -> bool {
    match op {
        CompareOp::Lt => ord == Ordering::Less,
        CompareOp::Le => ord != Ordering::Greater,
        CompareOp::Eq => ord == Ordering::Equal,
        CompareOp::Ne => ord != Ordering::Equal,
        CompareOp::Gt => ord == Ordering::Greater,
        CompareOp::Ge => ord != Ordering::Less,
    }
}

/// Whether a possibly unordered comparison (a NaN's) satisfies a
/// comparison operator: an unordered pair is only `!=`.
pub fn partial_ordering_matches(ord: Option<Ordering>, op: CompareOp) -> bool {
    match ord {
        Some(ord) => ordering_matches(ord, op),
        None => op == CompareOp::Ne,
    }
}

/// Lexicographic comparison of the items of two sequences of the same
/// kind: the first pair that is not equal decides, else the lengths.
pub fn compare_sequences(x: &[Obj], y: &[Obj], op: CompareOp) -> PyResult<Obj> {
    if matches!(op, CompareOp::Eq | CompareOp::Ne) && x.len() != y.len() {
        return Ok(rt::bool_obj(op == CompareOp::Ne));
    }
    Ok(match first_difference(x, y)? {
        // Unequal items answer `op` between themselves, as `rich_compare`
        // would (a NaN is unequal to everything and ordered with nothing).
        Difference::Ordered(ord) => rt::bool_obj(partial_ordering_matches(ord, op)),
        Difference::At(i) => match op {
            CompareOp::Eq => rt::bool_obj(false),
            CompareOp::Ne => rt::bool_obj(true),
            _ => rich_compare(&x[i], &y[i], op)?,
        },
        Difference::None => rt::bool_obj(ordering_matches(x.len().cmp(&y.len()), op)),
    })
}

/// `x < y` for two sequences' items, as `compare_sequences` answers it,
/// as a bool.
fn sequence_less(x: &[Obj], y: &[Obj]) -> PyResult<bool> {
    match first_difference(x, y)? {
        Difference::Ordered(ord) => Ok(ord == Some(Ordering::Less)),
        Difference::At(i) => less_than(&x[i], &y[i]),
        Difference::None => Ok(x.len() < y.len()),
    }
}

/// Where two sequences' items first differ.
enum Difference {
    /// A pair whose order is known without Python code.
    Ordered(Option<Ordering>),
    /// The pair at this position, unequal by `==`.
    At(usize),
    /// Nowhere: one is a prefix of the other.
    None,
}

fn first_difference(x: &[Obj], y: &[Obj]) -> PyResult<Difference> {
    for (i, (p, q)) in x.iter().zip(y.iter()).enumerate() {
        if p.is(q) {
            continue;
        }
        match exact_order(p, q) {
            Some(Some(Ordering::Equal)) => continue,
            Some(ord) => return Ok(Difference::Ordered(ord)),
            None => {}
        }
        if !eq(p, q)? {
            return Ok(Difference::At(i));
        }
    }
    Ok(Difference::None)
}

/// `bool(o)`.
pub fn truth(o: &Obj) -> PyResult<bool> {
    if let Some(i) = o.as_small() {
        return Ok(i != 0);
    }
    if let Some(b) = rt::as_bool(o) {
        return Ok(b);
    }
    let (b, l) = o.with_type(|t| (t.slots.bool.get(), t.slots.len.get()));
    if let Some(b) = b {
        return b(o);
    }
    if let Some(l) = l {
        return Ok(l(o)? > 0);
    }
    Ok(true)
}

/// `hash(o)`.
pub fn hash(o: &Obj) -> PyResult<i64> {
    if let Some(i) = o.as_small() {
        return Ok(crate::types::int::hash_i64(i));
    }
    if crate::types::str::is_str(o) {
        return Ok(crate::types::str::hash(o));
    }
    let (unhashable, h) = o.with_type(|t| (t.unhashable.get(), t.slots.hash.get()));
    match (unhashable, h) {
        (false, Some(f)) => f(o),
        _ => Err(type_error(format!("unhashable type: '{}'", type_name(o)))),
    }
}

/// `repr(o)`.
pub fn repr(o: &Obj) -> PyResult<Obj> {
    let f = o.with_type(|t| t.slots.repr.get());
    let r = match f {
        Some(f) => f(o)?,
        None => crate::types::object::default_repr(o)?,
    };
    if !crate::types::str::is_str(&r) {
        return Err(type_error(format!(
            "__repr__ returned non-string (type {})",
            type_name(&r)
        )));
    }
    Ok(r)
}

/// `repr(o)` as a Rust string.
pub fn repr_string(o: &Obj) -> PyResult<String> {
    Ok(as_str(&repr(o)?).unwrap_or_default().to_string())
}

/// `str(o)`.
pub fn str(o: &Obj) -> PyResult<Obj> {
    if rt::is_exact_str(o) {
        return Ok(o.clone());
    }
    if let Some(i) = o.as_small() {
        return Ok(crate::types::int::small_to_str(i));
    }
    let f = o.with_type(|t| t.slots.str.get());
    let r = match f {
        Some(f) => f(o)?,
        None => return repr(o),
    };
    if !crate::types::str::is_str(&r) {
        return Err(type_error(format!(
            "__str__ returned non-string (type {})",
            type_name(&r)
        )));
    }
    Ok(r)
}

/// `str(o)` as a Rust string.
pub fn str_string(o: &Obj) -> PyResult<String> {
    Ok(as_str(&str(o)?).unwrap_or_default().to_string())
}

/// `iter(o)`.
pub fn iter(o: &Obj) -> PyResult<Obj> {
    match o.with_type(|t| t.slots.iter.get()) {
        Some(f) => {
            let it = f(o)?;
            if it.with_type(|t| t.slots.next.get()).is_none() {
                return Err(type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    type_name(&it)
                )));
            }
            Ok(it)
        }
        None => {
            if o.with_type(|t| t.slots.getitem.get()).is_some() {
                return Ok(crate::types::iter::getitem_iter(o.clone()));
            }
            Err(type_error(format!(
                "'{}' object is not iterable",
                type_name(o)
            )))
        }
    }
}

/// `next(it)`: the next item, or `None` when exhausted. A `next` slot may
/// also end with StopIteration (a generator's return value): iteration
/// clears it, as CPython's loops do.
pub fn next(it: &Obj) -> PyResult<Option<Obj>> {
    // Generators first: their `next` slot's result needs no StopIteration.
    if let Some(r) = crate::vm::generator::next(it) {
        return match r {
            Ok(crate::vm::eval::Exit::Yield(v)) => Ok(Some(v)),
            Ok(crate::vm::eval::Exit::Return(_)) => Ok(None),
            Err(e) if e.matches(rt::Exc::StopIteration) => Ok(None),
            Err(e) => Err(e),
        };
    }
    match it.with_type(|t| t.slots.next.get()) {
        Some(f) => match f(it) {
            Err(e) if e.matches(rt::Exc::StopIteration) => Ok(None),
            r => r,
        },
        None => Err(type_error(format!(
            "'{}' object is not an iterator",
            type_name(it)
        ))),
    }
}

/// Every item of an iterable.
pub fn collect(o: &Obj) -> PyResult<Vec<Obj>> {
    if rt::is_exact_tuple(o)
        && let Some(t) = o.downcast::<crate::types::tuple::TupleData>()
    {
        return Ok(t.0.to_vec());
    }
    if crate::types::list::is_list(o) && o.ty().is(&rt::ty(|t| &t.list)) {
        return Ok(crate::types::list::snapshot(o));
    }
    let it = iter(o)?;
    let mut out = Vec::new();
    while let Some(x) = next(&it)? {
        out.push(x);
    }
    Ok(out)
}

/// `len(o)`.
pub fn len(o: &Obj) -> PyResult<usize> {
    match o.with_type(|t| t.slots.len.get()) {
        Some(f) => f(o),
        None => Err(type_error(format!(
            "object of type '{}' has no len()",
            type_name(o)
        ))),
    }
}

/// `o[k]`.
pub fn getitem(o: &Obj, k: &Obj) -> PyResult<Obj> {
    match o.with_type(|t| t.slots.getitem.get()) {
        Some(f) => f(o, k),
        None => {
            if crate::types::typeobj_ops::is_type(o)
                && let Some(r) = call_special_on_type(o, "__class_getitem__", k)?
            {
                return Ok(r);
            }
            if crate::types::typeobj_ops::is_type(o) {
                return crate::modules::class_getitem(o, k);
            }
            Err(type_error(format!(
                "'{}' object is not subscriptable",
                type_name(o)
            )))
        }
    }
}

fn call_special_on_type(t: &Obj, name: &str, arg: &Obj) -> PyResult<Option<Obj>> {
    match getattr_opt(t, &new_str(name))? {
        Some(m) => call(&m, std::slice::from_ref(arg), &[]).map(Some),
        None => Ok(None),
    }
}

/// `o[k] = v` (`None`: `del o[k]`).
pub fn setitem(o: &Obj, k: &Obj, v: Option<&Obj>) -> PyResult<()> {
    match o.with_type(|t| t.slots.setitem.get()) {
        Some(f) => f(o, k, v),
        None => Err(type_error(match v {
            Some(_) => format!("'{}' object does not support item assignment", type_name(o)),
            None => format!("'{}' object doesn't support item deletion", type_name(o)),
        })),
    }
}

/// `item in container`.
pub fn contains(container: &Obj, item: &Obj) -> PyResult<bool> {
    if let Some(f) = container.with_type(|t| t.slots.contains.get()) {
        return f(container, item);
    }
    let it = iter(container).map_err(|_| {
        type_error(format!(
            "argument of type '{}' is not iterable",
            type_name(container)
        ))
    })?;
    while let Some(x) = next(&it)? {
        if x.is(item) || eq(&x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

thread_local! {
    static REPR_ACTIVE: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Marks a container as being repr'd, so a container that contains itself
/// prints `[...]` instead of recursing forever.
pub struct ReprGuard(usize);

impl ReprGuard {
    /// `None` if `o` is already being repr'd further up.
    pub fn enter(o: &Obj) -> Option<ReprGuard> {
        let id = o.id();
        REPR_ACTIVE.with(|r| {
            let mut r = r.borrow_mut();
            if r.contains(&id) {
                None
            } else {
                r.push(id);
                Some(ReprGuard(id))
            }
        })
    }
}

impl Drop for ReprGuard {
    fn drop(&mut self) {
        REPR_ACTIVE.with(|r| r.borrow_mut().retain(|&x| x != self.0));
    }
}
