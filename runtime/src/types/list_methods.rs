//! The methods of `list` and its constructor, repeat and in-place
//! operators (the type's slots live in `list.rs`).

use crate::args::{no_args, one_arg, range_args};
use crate::error::{PyResult, index_error, type_error, value_error};
use crate::object::Obj;
use crate::protocol;
use crate::rt;
use crate::types::function::add_method;
use crate::types::list::{data, new_list, normalize, snapshot};
use crate::types::sequence;

/// Fills the `list` namespace.
pub fn init(t: &Obj) {
    add_method(t, "append", |a, k| {
        let (me, x) = one_arg("list.append", a, k)?;
        data(me).0.borrow_mut().push(x.clone());
        Ok(rt::none())
    });
    add_method(t, "extend", |a, k| {
        let (me, x) = one_arg("list.extend", a, k)?;
        extend(me, x)?;
        Ok(rt::none())
    });
    add_method(t, "insert", |a, k| {
        let (me, rest) = range_args("list.insert", "insert", a, k, 2, 2)?;
        let i = sequence::index_clamped(&rest[0])?
            .ok_or_else(|| crate::types::int::expected_int(&rest[0]))?;
        let mut v = data(me).0.borrow_mut();
        let n = v.len() as i64;
        let j = if i < 0 {
            (i.saturating_add(n)).max(0)
        } else {
            i.min(n)
        };
        v.insert(j as usize, rest[1].clone());
        Ok(rt::none())
    });
    add_method(t, "pop", |a, k| {
        let (me, rest) = range_args("list.pop", "pop", a, k, 0, 1)?;
        let i = match rest.first() {
            Some(o) => {
                sequence::index_exact(o)?.ok_or_else(|| crate::types::int::expected_int(o))?
            }
            None => -1,
        };
        let mut v = data(me).0.borrow_mut();
        if v.is_empty() {
            return Err(index_error("pop from empty list"));
        }
        match normalize(i, v.len()) {
            Some(j) => Ok(v.remove(j)),
            None => Err(index_error("pop index out of range")),
        }
    });
    add_method(t, "remove", |a, k| {
        let (me, x) = one_arg("list.remove", a, k)?;
        match find(me, x, 0, usize::MAX)? {
            Some(i) => {
                let old = {
                    let mut v = data(me).0.borrow_mut();
                    (i < v.len()).then(|| v.remove(i))
                };
                drop(old);
                Ok(rt::none())
            }
            None => Err(value_error("list.remove(x): x not in list")),
        }
    });
    add_method(t, "index", |a, k| {
        let (me, rest) = range_args("list.index", "index", a, k, 1, 3)?;
        let (start, stop) = sequence::start_stop(&rest[1..], data(me).0.borrow().len())?;
        match find(me, &rest[0], start, stop)? {
            Some(i) => Ok(crate::types::int::from_i64(i as i64)),
            None => Err(value_error(format!(
                "{} is not in list",
                protocol::repr_string(&rest[0])?
            ))),
        }
    });
    add_method(t, "count", |a, k| {
        let (me, x) = one_arg("list.count", a, k)?;
        let mut n = 0;
        for y in snapshot(me) {
            if y.is(x) || protocol::eq(&y, x)? {
                n += 1;
            }
        }
        Ok(crate::types::int::from_i64(n))
    });
    add_method(t, "clear", |a, k| {
        let me = no_args("list.clear", a, k)?;
        let old = std::mem::take(&mut *data(me).0.borrow_mut());
        drop(old);
        Ok(rt::none())
    });
    add_method(t, "copy", |a, k| {
        let me = no_args("list.copy", a, k)?;
        Ok(new_list(snapshot(me)))
    });
    add_method(t, "reverse", |a, k| {
        let me = no_args("list.reverse", a, k)?;
        data(me).0.borrow_mut().reverse();
        Ok(rt::none())
    });
    add_method(t, "sort", list_sort);
    add_method(t, "__reversed__", |a, k| {
        let me = no_args("list.__reversed__", a, k)?;
        Ok(crate::types::iter::reversed_seq_iter(me.clone()))
    });
    add_method(t, "__iadd__", |a, k| {
        let (me, x) = one_arg("list.__iadd__", a, k)?;
        iadd(me, x)
    });
    add_method(t, "__len__", |a, k| {
        let me = no_args("list.__len__", a, k)?;
        Ok(crate::types::int::from_i64(data(me).0.borrow().len() as i64))
    });
    add_method(t, "__getitem__", |a, k| {
        let (me, x) = one_arg("list.__getitem__", a, k)?;
        crate::types::list::getitem_impl(me, x)
    });
    add_method(t, "__setitem__", |a, k| {
        let (me, rest) = range_args("list.__setitem__", "__setitem__", a, k, 2, 2)?;
        crate::types::list::setitem_impl(me, &rest[0], Some(&rest[1]))?;
        Ok(rt::none())
    });
    add_method(t, "__delitem__", |a, k| {
        let (me, x) = one_arg("list.__delitem__", a, k)?;
        crate::types::list::setitem_impl(me, x, None)?;
        Ok(rt::none())
    });
    add_method(t, "__contains__", |a, k| {
        let (me, x) = one_arg("list.__contains__", a, k)?;
        Ok(rt::bool_obj(find(me, x, 0, usize::MAX)?.is_some()))
    });
    add_method(t, "__iter__", |a, k| {
        let me = no_args("list.__iter__", a, k)?;
        Ok(crate::types::iter::seq_iter(me.clone()))
    });
    add_method(t, "__init__", |a, k| {
        let Some((me, rest)) = a.split_first() else {
            return Err(type_error(
                "descriptor '__init__' of 'list' object needs an argument",
            ));
        };
        list_init(me, rest, k)?;
        Ok(rt::none())
    });
}

/// `list.__init__(self, iterable=())`: replaces the contents.
pub fn list_init(me: &Obj, args: &[Obj], kwnames: &[Obj]) -> PyResult<()> {
    if !kwnames.is_empty() {
        return Err(type_error("list() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return Err(type_error(format!(
            "list expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let old = std::mem::take(&mut *data(me).0.borrow_mut());
    drop(old);
    if let Some(x) = args.first() {
        extend(me, x)?;
    }
    Ok(())
}

/// `list.extend(x)`.
pub fn extend(me: &Obj, x: &Obj) -> PyResult<()> {
    let items = protocol::collect(x)?;
    data(me).0.borrow_mut().extend(items);
    Ok(())
}

/// The position of the first item equal to `x` in `start..stop`.
fn find(me: &Obj, x: &Obj, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let item = {
            let v = data(me).0.borrow();
            if i >= stop.min(v.len()) {
                return Ok(None);
            }
            v[i].clone()
        };
        if item.is(x) || protocol::eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

/// `list * n` and `n * list`.
pub fn mul(a: &Obj, b: &Obj) -> PyResult<Obj> {
    match sequence::repeat_count(a, b, crate::types::list::is_list)? {
        Ok((seq, n)) => {
            let v = snapshot(&seq);
            sequence::check_repeat_size(v.len(), n)?;
            let mut out = Vec::with_capacity(v.len() * n as usize);
            match v.as_slice() {
                [item] => item.push_repeated(&mut out, n as usize),
                _ => {
                    for _ in 0..n {
                        out.extend(v.iter().cloned());
                    }
                }
            }
            Ok(new_list(out))
        }
        Err(r) => Ok(r),
    }
}

/// `list += iterable`: extends in place and returns the list itself.
pub fn iadd(a: &Obj, b: &Obj) -> PyResult<Obj> {
    if !crate::types::list::is_list(a) {
        return Ok(rt::not_implemented());
    }
    extend(a, b)?;
    Ok(a.clone())
}

/// `list *= n`.
pub fn imul(a: &Obj, b: &Obj) -> PyResult<Obj> {
    if !crate::types::list::is_list(a) {
        return Ok(rt::not_implemented());
    }
    let n = match sequence::index_big(b)? {
        Some(v) => {
            num_traits::ToPrimitive::to_i64(&v).unwrap_or(if v.sign() == num_bigint::Sign::Minus {
                0
            } else {
                i64::MAX
            })
        }
        None => {
            return Err(type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                protocol::type_name(b)
            )));
        }
    };
    let v = snapshot(a);
    let n = n.max(0);
    if !v.is_empty() {
        sequence::check_repeat_size(v.len(), n)?;
    }
    let mut out = Vec::new();
    for _ in 0..n {
        out.extend(v.iter().cloned());
    }
    let old = std::mem::replace(&mut *data(a).0.borrow_mut(), out);
    drop(old);
    Ok(a.clone())
}

/// `list.sort(*, key=None, reverse=False)`: stable; the list is empty
/// while the sort runs, and a list modified meanwhile is CPython's
/// ValueError.
fn list_sort(args: &[Obj], kwnames: &[Obj]) -> PyResult<Obj> {
    let npos = args.len() - kwnames.len();
    if npos != 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let me = &args[0];
    let mut key = None;
    let mut reverse = false;
    for (name, v) in kwnames.iter().zip(&args[npos..]) {
        match crate::types::str::as_str(name) {
            Some("key") => key = Some(v.clone()).filter(|v| !rt::is_none(v)),
            Some("reverse") => {
                reverse = match crate::types::int::as_i64(v) {
                    Some(i) if crate::types::int::is_int(v) => i != 0,
                    _ => {
                        if crate::types::float::value(v).is_some() {
                            return Err(type_error(
                                "'float' object cannot be interpreted as an integer",
                            ));
                        }
                        protocol::truth(v)?
                    }
                }
            }
            Some(other) => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for sort()"
                )));
            }
            None => return Err(type_error("keywords must be strings")),
        }
    }
    let mut items = std::mem::take(&mut *data(me).0.borrow_mut());
    let saved = items.clone();
    let r = sort(&mut items, key.as_ref(), reverse);
    let modified = !data(me).0.borrow().is_empty();
    let put_back = if r.is_ok() { items } else { saved };
    let old = std::mem::replace(&mut *data(me).0.borrow_mut(), put_back);
    drop(old);
    r?;
    if modified {
        return Err(value_error("list modified during sort"));
    }
    Ok(rt::none())
}

/// A stable sort by `<` (with `key`), as `list.sort` does.
pub fn sort(items: &mut Vec<Obj>, key: Option<&Obj>, reverse: bool) -> PyResult<()> {
    let computed;
    let keys: &[Obj] = match key {
        Some(f) => {
            computed = items
                .iter()
                .map(|x| protocol::call(f, std::slice::from_ref(x), &[]))
                .collect::<PyResult<Vec<_>>>()?;
            &computed
        }
        None => items,
    };
    // Reversing before and after a stable sort keeps equal items in
    // their original order, as CPython does.
    let mut idx: Vec<usize> = (0..keys.len()).collect();
    if reverse {
        idx.reverse();
    }
    sort_indices(&mut idx, keys)?;
    if reverse {
        idx.reverse();
    }
    let sorted: Vec<Obj> = idx.into_iter().map(|i| items[i].clone()).collect();
    *items = sorted;
    Ok(())
}

/// Orders `idx` by the keys it points to. Keys that are all small ints,
/// all exact strs or all tuples of those (`plain_tuples`) have a total
/// order whose comparisons run no Python code, so any stable sort gives
/// CPython's result; they are sorted without the comparison protocol. Anything else (floats too: a NaN
/// is no total order) is merge sorted by `<`.
fn sort_indices(idx: &mut Vec<usize>, keys: &[Obj]) -> PyResult<()> {
    if keys.iter().all(|k| k.as_small().is_some()) {
        sort_by_drawn(idx, |i| keys[i].as_small().unwrap_or_default(), i64::cmp);
        return Ok(());
    }
    if keys.iter().all(rt::is_exact_str) {
        let text = |i: usize| crate::types::str::as_str(&keys[i]).unwrap_or_default();
        sort_by_drawn(idx, text, |a, b| a.cmp(b));
        return Ok(());
    }
    if plain_tuples(keys) {
        let items = |i: usize| crate::types::tuple::items(&keys[i]);
        sort_by_drawn(idx, items, |a, b| plain_order(a, b));
        return Ok(());
    }
    let mut err = None;
    let mut less = |a: &usize, b: &usize| {
        if err.is_some() {
            return false;
        }
        match protocol::less_than(&keys[*b], &keys[*a]) {
            Ok(lt) => lt,
            Err(e) => {
                err = Some(e);
                false
            }
        }
    };
    if idx.len() < 64 {
        small_sort(idx, &mut less);
    } else {
        let mut scratch = Vec::with_capacity(idx.len());
        merge_sort(idx, &mut scratch, &mut less);
    }
    match err {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Orders `idx` by what `draw` gives for each index, in `order`, with
/// Rust's stable sort (for keys whose comparisons run no Python code).
fn sort_by_drawn<K>(
    idx: &mut Vec<usize>,
    draw: impl Fn(usize) -> K,
    order: impl Fn(&K, &K) -> std::cmp::Ordering,
) {
    let mut pairs: Vec<(K, usize)> = idx.iter().map(|&i| (draw(i), i)).collect();
    pairs.sort_by(|a, b| order(&a.0, &b.0));
    idx.clear();
    idx.extend(pairs.into_iter().map(|p| p.1));
}

/// Whether every key is exactly a tuple whose items are small ints or
/// exact strs, the same one of the two at each position in every key: a
/// comparison of two such keys compares items of one kind (never an int
/// with a str, which raises), runs no Python code and cannot fail, so
/// the keys have a total order that any stable sort follows as
/// CPython's does (sort keys such as `(count, name)` pairs).
fn plain_tuples(keys: &[Obj]) -> bool {
    #[derive(Clone, Copy, PartialEq)]
    enum Kind {
        Int,
        Str,
    }
    let mut kinds: Vec<Kind> = Vec::new();
    keys.iter().all(|k| {
        if !rt::is_exact_tuple(k) {
            return false;
        }
        crate::types::tuple::items(k)
            .iter()
            .enumerate()
            .all(|(p, item)| {
                let kind = if item.as_small().is_some() {
                    Kind::Int
                } else if rt::is_exact_str(item) {
                    Kind::Str
                } else {
                    return false;
                };
                match kinds.get(p) {
                    Some(&k) => k == kind,
                    None => {
                        kinds.push(kind);
                        true
                    }
                }
            })
    })
}

/// The order of two keys `plain_tuples` accepted, as tuple `<` finds it:
/// the first items that differ decide, else the shorter comes first.
fn plain_order(x: &[Obj], y: &[Obj]) -> std::cmp::Ordering {
    for (p, q) in x.iter().zip(y) {
        let order = match (p.as_small(), q.as_small()) {
            (Some(a), Some(b)) => a.cmp(&b),
            // UTF-8 byte order is code-point order.
            _ => crate::types::str::as_str(p).cmp(&crate::types::str::as_str(q)),
        };
        if order.is_ne() {
            return order;
        }
    }
    x.len().cmp(&y.len())
}

/// CPython's timsort on fewer than 64 items, comparison for comparison:
/// the first run (reversed when strictly descending), then binary
/// insertion of the rest (listobject.c's count_run and binarysort).
/// `less(a, b)` means `b < a`.
fn small_sort(v: &mut [usize], less: &mut dyn FnMut(&usize, &usize) -> bool) {
    let n = v.len();
    if n < 2 {
        return;
    }
    let lt = |less: &mut dyn FnMut(&usize, &usize) -> bool, x: usize, y: usize| less(&y, &x);
    let mut run = 2;
    if lt(less, v[1], v[0]) {
        while run < n && lt(less, v[run], v[run - 1]) {
            run += 1;
        }
        v[..run].reverse();
    } else {
        while run < n && !lt(less, v[run], v[run - 1]) {
            run += 1;
        }
    }
    for start in run..n {
        let pivot = v[start];
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + ((r - l) >> 1);
            if lt(less, pivot, v[p]) {
                r = p;
            } else {
                l = p + 1;
            }
        }
        v.copy_within(l..start, l + 1);
        v[l] = pivot;
    }
}

/// A stable merge sort that only asks "is b < a?" (`less(a, b)` means
/// `b` must come before `a`), like CPython's use of `<` only. `scratch`
/// is the merge buffer, allocated once for the whole sort; halves
/// already in order (a sorted or nearly sorted list) are not merged.
fn merge_sort(
    v: &mut [usize],
    scratch: &mut Vec<usize>,
    less: &mut dyn FnMut(&usize, &usize) -> bool,
) {
    let n = v.len();
    if n < 2 {
        return;
    }
    let mid = n / 2;
    merge_sort(&mut v[..mid], scratch, less);
    merge_sort(&mut v[mid..], scratch, less);
    if !less(&v[mid - 1], &v[mid]) {
        return;
    }
    scratch.clear();
    let (mut i, mut j) = (0, mid);
    while i < mid && j < n {
        if less(&v[i], &v[j]) {
            scratch.push(v[j]);
            j += 1;
        } else {
            scratch.push(v[i]);
            i += 1;
        }
    }
    scratch.extend_from_slice(&v[i..mid]);
    // What is left of the right half is already in place.
    v[..scratch.len()].copy_from_slice(scratch);
}
