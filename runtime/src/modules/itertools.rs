//! The `itertools` module, as CPython 3.11's itertoolsmodule.c: every
//! iterator is a lazy object of its own type (`itertools.chain`, ...)
//! sharing one payload, [`ItIter`], whose state is an enum. `next` takes
//! the state out while it runs Python code (predicates, key functions,
//! the underlying iterators) and puts it back afterwards, so a re-entrant
//! call sees an exhausted iterator instead of a borrow panic.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use crate::args::{Sig, positional, split};
use crate::error::{PyResult, type_error, value_error};
use crate::object::{Obj, alloc};
use crate::protocol;
use crate::rt;
use crate::types::str::new_str;
use crate::types::typeobj::{BinOp, CompareOp, TypeData};
use crate::types::{float, int, tuple};

/// The payload of every itertools iterator.
pub struct ItIter {
    state: RefCell<State>,
}

/// The state `groupby` shares with its `_grouper`s.
struct GroupShared {
    it: Obj,
    key: Option<Obj>,
    tgtkey: Option<Obj>,
    currkey: Option<Obj>,
    currvalue: Option<Obj>,
    /// Which grouper is current: a grouper whose generation differs is
    /// exhausted (CPython compares `currgrouper` by identity).
    generation: u64,
}

/// The buffer the iterators of one `tee` share.
struct TeeShared {
    it: Option<Obj>,
    buf: VecDeque<Obj>,
    /// Absolute index of `buf[0]`.
    start: usize,
    /// The absolute position of each tee.
    positions: Vec<usize>,
}

enum State {
    Count(Obj, Obj),
    Cycle(Option<Obj>, Vec<Obj>, usize),
    Repeat(Obj, Option<i64>),
    Accumulate {
        it: Obj,
        func: Option<Obj>,
        total: Option<Obj>,
        initial: Option<Obj>,
    },
    Chain(Option<Obj>, Option<Obj>),
    Compress(Obj, Obj),
    DropWhile(Obj, Obj, bool),
    TakeWhile(Obj, Obj, bool),
    FilterFalse(Obj, Obj),
    GroupBy(Rc<RefCell<GroupShared>>),
    Grouper(Rc<RefCell<GroupShared>>, u64, Obj),
    ISlice {
        it: Option<Obj>,
        next: usize,
        stop: Option<usize>,
        step: usize,
        cnt: usize,
    },
    StarMap(Obj, Obj),
    Tee(Rc<RefCell<TeeShared>>, usize),
    ZipLongest(Vec<Option<Obj>>, usize, Obj),
    Product {
        pools: Vec<Vec<Obj>>,
        indices: Vec<usize>,
        started: bool,
    },
    Permutations {
        pool: Vec<Obj>,
        r: usize,
        indices: Vec<usize>,
        cycles: Vec<usize>,
        started: bool,
    },
    Combinations {
        pool: Vec<Obj>,
        indices: Vec<usize>,
        started: bool,
        replace: bool,
    },
    Pairwise(Option<Obj>, Option<Obj>),
    Done,
}

macro_rules! it_types {
    ($($key:ident => $name:literal, $new:expr;)*) => {
        thread_local! {
            $(static $key: Obj = make_type($name, $new);)*
        }
    };
}

it_types! {
    COUNT => "count", count_new;
    CYCLE => "cycle", cycle_new;
    REPEAT => "repeat", repeat_new;
    ACCUMULATE => "accumulate", accumulate_new;
    CHAIN => "chain", chain_new;
    COMPRESS => "compress", compress_new;
    DROPWHILE => "dropwhile", |c, a, k| pred_new(c, a, k, "dropwhile");
    TAKEWHILE => "takewhile", |c, a, k| pred_new(c, a, k, "takewhile");
    FILTERFALSE => "filterfalse", |c, a, k| pred_new(c, a, k, "filterfalse");
    GROUPBY => "groupby", groupby_new;
    GROUPER => "_grouper", no_new;
    ISLICE => "islice", islice_new;
    STARMAP => "starmap", |c, a, k| pred_new(c, a, k, "starmap");
    TEE => "_tee", no_new;
    ZIP_LONGEST => "zip_longest", zip_longest_new;
    PRODUCT => "product", product_new;
    PERMUTATIONS => "permutations", permutations_new;
    COMBINATIONS => "combinations", |c, a, k| combinations_new(c, a, k, false);
    CWR => "combinations_with_replacement", |c, a, k| combinations_new(c, a, k, true);
    PAIRWISE => "pairwise", pairwise_new;
}

/// Creates the module.
pub fn new_module() -> Obj {
    let m = crate::types::module::new_module("itertools");
    let types: [(&str, &'static std::thread::LocalKey<Obj>); 18] = [
        ("count", &COUNT),
        ("cycle", &CYCLE),
        ("repeat", &REPEAT),
        ("accumulate", &ACCUMULATE),
        ("chain", &CHAIN),
        ("compress", &COMPRESS),
        ("dropwhile", &DROPWHILE),
        ("takewhile", &TAKEWHILE),
        ("filterfalse", &FILTERFALSE),
        ("groupby", &GROUPBY),
        ("islice", &ISLICE),
        ("starmap", &STARMAP),
        ("zip_longest", &ZIP_LONGEST),
        ("product", &PRODUCT),
        ("permutations", &PERMUTATIONS),
        ("combinations", &COMBINATIONS),
        ("combinations_with_replacement", &CWR),
        ("pairwise", &PAIRWISE),
    ];
    for (name, key) in types {
        super::set(&m, name, key.with(Obj::clone));
    }
    super::set(&m, "_grouper", GROUPER.with(Obj::clone));
    super::set(&m, "_tee", TEE.with(Obj::clone));
    super::add(&m, "tee", tee);
    m
}

fn make_type(name: &str, new: crate::types::typeobj::NewFn) -> Obj {
    let t = TypeData::new::<ItIter>(name);
    t.slots.iter.set(Some(|o| Ok(o.clone())));
    t.slots.next.set(Some(it_next));
    t.slots.new.set(Some(new));
    t.slots.repr.set(Some(it_repr));
    let ty = crate::types::class::new_builtin_type(t);
    ty.make_immortal();
    crate::types::typeobj_ops::set_type_attr(&ty, "__module__", new_str("itertools"));
    match name {
        "chain" => crate::types::descr::add_classmethod(&ty, "from_iterable", |a, k| {
            let a = positional("from_iterable", a, k, 2, 2)?;
            Ok(make(
                &a[0],
                State::Chain(Some(protocol::iter(&a[1])?), None),
            ))
        }),
        "repeat" => crate::types::function::add_method(&ty, "__length_hint__", |a, _| {
            let n = match a.first().and_then(|o| o.downcast::<ItIter>()) {
                Some(d) => match &*d.state.borrow() {
                    State::Repeat(_, Some(n)) => *n,
                    State::Repeat(_, None) => {
                        return Err(type_error("len() of unsized object"));
                    }
                    _ => 0,
                },
                None => 0,
            };
            Ok(int::from_i64(n))
        }),
        _ => {}
    }
    ty
}

fn make(cls: &Obj, state: State) -> Obj {
    alloc(
        cls.clone(),
        ItIter {
            state: RefCell::new(state),
        },
    )
}

fn no_new(cls: &Obj, _a: &[Obj], _k: &[Obj]) -> PyResult<Obj> {
    let name = crate::types::typeobj_ops::with_data(cls, |d| d.name());
    Err(type_error(format!(
        "cannot create 'itertools.{name}' instances"
    )))
}

fn it_repr(o: &Obj) -> PyResult<Obj> {
    let Some(d) = o.downcast::<ItIter>() else {
        return crate::types::object::default_repr(o);
    };
    let text = match &*d.state.borrow() {
        State::Count(cur, step) => {
            let step_is_one = int::is_int(step) && int::as_i64(step) == Some(1);
            if step_is_one {
                format!("count({})", protocol::repr_string(cur)?)
            } else {
                format!(
                    "count({}, {})",
                    protocol::repr_string(cur)?,
                    protocol::repr_string(step)?
                )
            }
        }
        State::Repeat(obj, times) => match times {
            None => format!("repeat({})", protocol::repr_string(obj)?),
            Some(n) => format!("repeat({}, {n})", protocol::repr_string(obj)?),
        },
        _ => return crate::types::object::default_repr(o),
    };
    Ok(new_str(&text))
}

fn it_next(o: &Obj) -> PyResult<Option<Obj>> {
    let Some(d) = o.downcast::<ItIter>() else {
        return Ok(None);
    };
    let mut state = std::mem::replace(&mut *d.state.borrow_mut(), State::Done);
    let result = step(&mut state);
    *d.state.borrow_mut() = state;
    result
}

/// One step of any itertools iterator.
fn step(s: &mut State) -> PyResult<Option<Obj>> {
    match s {
        State::Count(cur, step) => {
            let next = protocol::binary_op(cur, step, BinOp::Add)?;
            Ok(Some(std::mem::replace(cur, next)))
        }
        State::Cycle(it, saved, index) => {
            if let Some(i) = it {
                if let Some(x) = protocol::next(i)? {
                    saved.push(x.clone());
                    return Ok(Some(x));
                }
                *it = None;
            }
            if saved.is_empty() {
                return Ok(None);
            }
            let x = saved[*index].clone();
            *index = (*index + 1) % saved.len();
            Ok(Some(x))
        }
        State::Repeat(obj, times) => match times {
            None => Ok(Some(obj.clone())),
            Some(0) => Ok(None),
            Some(n) => {
                *n -= 1;
                Ok(Some(obj.clone()))
            }
        },
        State::Accumulate {
            it,
            func,
            total,
            initial,
        } => {
            if let Some(i) = initial.take() {
                *total = Some(i.clone());
                return Ok(Some(i));
            }
            let Some(v) = protocol::next(it)? else {
                return Ok(None);
            };
            let t = match (total.take(), func) {
                (None, _) => v,
                (Some(t), None) => protocol::binary_op(&t, &v, BinOp::Add)?,
                (Some(t), Some(f)) => protocol::call(f, &[t, v], &[])?,
            };
            *total = Some(t.clone());
            Ok(Some(t))
        }
        State::Chain(source, active) => loop {
            if let Some(a) = active {
                if let Some(x) = protocol::next(a)? {
                    return Ok(Some(x));
                }
                *active = None;
            }
            let Some(src) = source else {
                return Ok(None);
            };
            match protocol::next(src)? {
                Some(iterable) => *active = Some(protocol::iter(&iterable)?),
                None => {
                    *source = None;
                    return Ok(None);
                }
            }
        },
        State::Compress(data, sel) => loop {
            let Some(x) = protocol::next(data)? else {
                return Ok(None);
            };
            let Some(ok) = protocol::next(sel)? else {
                return Ok(None);
            };
            if protocol::truth(&ok)? {
                return Ok(Some(x));
            }
        },
        State::DropWhile(pred, it, dropped) => loop {
            let Some(x) = protocol::next(it)? else {
                return Ok(None);
            };
            if *dropped {
                return Ok(Some(x));
            }
            let r = protocol::call(pred, std::slice::from_ref(&x), &[])?;
            if !protocol::truth(&r)? {
                *dropped = true;
                return Ok(Some(x));
            }
        },
        State::TakeWhile(pred, it, stopped) => {
            if *stopped {
                return Ok(None);
            }
            let Some(x) = protocol::next(it)? else {
                return Ok(None);
            };
            let r = protocol::call(pred, std::slice::from_ref(&x), &[])?;
            if protocol::truth(&r)? {
                return Ok(Some(x));
            }
            *stopped = true;
            Ok(None)
        }
        State::FilterFalse(pred, it) => loop {
            let Some(x) = protocol::next(it)? else {
                return Ok(None);
            };
            let keep = if rt::is_none(pred) {
                protocol::truth(&x)?
            } else {
                protocol::truth(&protocol::call(pred, std::slice::from_ref(&x), &[])?)?
            };
            if !keep {
                return Ok(Some(x));
            }
        },
        State::StarMap(f, it) => {
            let Some(args) = protocol::next(it)? else {
                return Ok(None);
            };
            let args = protocol::collect(&args)?;
            protocol::call(f, &args, &[]).map(Some)
        }
        State::GroupBy(g) => groupby_next(g),
        State::Grouper(g, generation, tgtkey) => grouper_next(g, *generation, tgtkey),
        State::ISlice {
            it,
            next,
            stop,
            step,
            cnt,
        } => {
            let Some(i) = it.clone() else {
                return Ok(None);
            };
            while *cnt < *next {
                if protocol::next(&i)?.is_none() {
                    *it = None;
                    return Ok(None);
                }
                *cnt += 1;
            }
            if stop.is_some_and(|s| *cnt >= s) {
                *it = None;
                return Ok(None);
            }
            let Some(x) = protocol::next(&i)? else {
                *it = None;
                return Ok(None);
            };
            *cnt += 1;
            *next = next.saturating_add(*step);
            if let Some(s) = stop
                && *next > *s
            {
                *next = *s;
            }
            Ok(Some(x))
        }
        State::Tee(shared, id) => tee_next(shared, *id),
        State::ZipLongest(its, active, fill) => {
            if *active == 0 {
                return Ok(None);
            }
            let mut items = Vec::with_capacity(its.len());
            for slot in its.iter_mut() {
                let Some(it) = slot.clone() else {
                    items.push(fill.clone());
                    continue;
                };
                match protocol::next(&it)? {
                    Some(x) => items.push(x),
                    None => {
                        *active -= 1;
                        if *active == 0 {
                            return Ok(None);
                        }
                        *slot = None;
                        items.push(fill.clone());
                    }
                }
            }
            Ok(Some(tuple::new_tuple(items)))
        }
        State::Product {
            pools,
            indices,
            started,
        } => {
            if *started {
                // Advance the rightmost index that can move, resetting the
                // ones after it.
                let mut i = pools.len();
                loop {
                    if i == 0 {
                        *s = State::Done;
                        return Ok(None);
                    }
                    i -= 1;
                    indices[i] += 1;
                    if indices[i] < pools[i].len() {
                        break;
                    }
                    indices[i] = 0;
                }
            } else {
                *started = true;
                if pools.iter().any(Vec::is_empty) {
                    *s = State::Done;
                    return Ok(None);
                }
            }
            let items = pools
                .iter()
                .zip(indices.iter())
                .map(|(p, &i)| p[i].clone())
                .collect();
            Ok(Some(tuple::new_tuple(items)))
        }
        State::Permutations {
            pool,
            r,
            indices,
            cycles,
            started,
        } => {
            let (n, r) = (pool.len(), *r);
            if !*started {
                *started = true;
                if r > n {
                    *s = State::Done;
                    return Ok(None);
                }
            } else {
                if n == 0 {
                    *s = State::Done;
                    return Ok(None);
                }
                let mut i = r;
                let mut found = false;
                while i > 0 {
                    i -= 1;
                    cycles[i] -= 1;
                    if cycles[i] == 0 {
                        let x = indices.remove(i);
                        indices.push(x);
                        cycles[i] = n - i;
                    } else {
                        let j = cycles[i];
                        indices.swap(i, n - j);
                        found = true;
                        break;
                    }
                }
                if !found {
                    *s = State::Done;
                    return Ok(None);
                }
            }
            let items = indices[..r].iter().map(|&i| pool[i].clone()).collect();
            Ok(Some(tuple::new_tuple(items)))
        }
        State::Combinations {
            pool,
            indices,
            started,
            replace,
        } => {
            let (n, r) = (pool.len(), indices.len());
            if !*started {
                *started = true;
                if (!*replace && r > n) || (*replace && n == 0 && r > 0) {
                    *s = State::Done;
                    return Ok(None);
                }
            } else {
                // The rightmost index not at its maximum.
                let mut i = r;
                loop {
                    if i == 0 {
                        *s = State::Done;
                        return Ok(None);
                    }
                    i -= 1;
                    let max = if *replace { n - 1 } else { i + n - r };
                    if indices[i] != max {
                        break;
                    }
                }
                indices[i] += 1;
                for j in i + 1..r {
                    indices[j] = if *replace {
                        indices[i]
                    } else {
                        indices[j - 1] + 1
                    };
                }
            }
            let items = indices.iter().map(|&i| pool[i].clone()).collect();
            Ok(Some(tuple::new_tuple(items)))
        }
        State::Pairwise(it, old) => {
            let Some(i) = it.clone() else {
                return Ok(None);
            };
            let prev = match old.take() {
                Some(o) => o,
                None => match protocol::next(&i)? {
                    Some(o) => o,
                    None => {
                        *it = None;
                        return Ok(None);
                    }
                },
            };
            let Some(new) = protocol::next(&i)? else {
                *it = None;
                return Ok(None);
            };
            *old = Some(new.clone());
            Ok(Some(tuple::new_tuple(vec![prev, new])))
        }
        State::Done => Ok(None),
    }
}

fn group_step(g: &Rc<RefCell<GroupShared>>) -> PyResult<bool> {
    let (it, key) = {
        let b = g.borrow();
        (b.it.clone(), b.key.clone())
    };
    let Some(v) = protocol::next(&it)? else {
        return Ok(false);
    };
    let k = match key {
        Some(f) => protocol::call(&f, std::slice::from_ref(&v), &[])?,
        None => v.clone(),
    };
    let mut b = g.borrow_mut();
    b.currvalue = Some(v);
    b.currkey = Some(k);
    Ok(true)
}

fn groupby_next(g: &Rc<RefCell<GroupShared>>) -> PyResult<Option<Obj>> {
    g.borrow_mut().generation += 1;
    loop {
        let (curr, tgt) = {
            let b = g.borrow();
            (b.currkey.clone(), b.tgtkey.clone())
        };
        match (curr, tgt) {
            (None, _) => {}
            (Some(_), None) => break,
            (Some(c), Some(t)) => {
                if !protocol::truth(&protocol::rich_compare(&t, &c, CompareOp::Eq)?)? {
                    break;
                }
            }
        }
        if !group_step(g)? {
            return Ok(None);
        }
    }
    let (key, generation) = {
        let mut b = g.borrow_mut();
        b.tgtkey = b.currkey.clone();
        (b.currkey.clone().unwrap_or_else(rt::none), b.generation)
    };
    let grouper = make(
        &GROUPER.with(Obj::clone),
        State::Grouper(g.clone(), generation, key.clone()),
    );
    Ok(Some(tuple::new_tuple(vec![key, grouper])))
}

fn grouper_next(g: &Rc<RefCell<GroupShared>>, generation: u64, tgt: &Obj) -> PyResult<Option<Obj>> {
    if g.borrow().generation != generation {
        return Ok(None);
    }
    if g.borrow().currvalue.is_none() && !group_step(g)? {
        return Ok(None);
    }
    let Some(curr) = g.borrow().currkey.clone() else {
        return Ok(None);
    };
    if !protocol::truth(&protocol::rich_compare(tgt, &curr, CompareOp::Eq)?)? {
        return Ok(None);
    }
    Ok(g.borrow_mut().currvalue.take())
}

fn tee_next(shared: &Rc<RefCell<TeeShared>>, id: usize) -> PyResult<Option<Obj>> {
    let (pos, start, len, it) = {
        let b = shared.borrow();
        (
            b.positions.get(id).copied().unwrap_or(0),
            b.start,
            b.buf.len(),
            b.it.clone(),
        )
    };
    let item = if pos - start < len {
        shared.borrow().buf.get(pos - start).cloned()
    } else {
        let Some(it) = it else { return Ok(None) };
        match protocol::next(&it)? {
            Some(x) => {
                shared.borrow_mut().buf.push_back(x.clone());
                Some(x)
            }
            None => {
                shared.borrow_mut().it = None;
                return Ok(None);
            }
        }
    };
    let mut b = shared.borrow_mut();
    if let Some(p) = b.positions.get_mut(id) {
        *p += 1;
    }
    // Drop what every tee has read.
    let min = b.positions.iter().copied().min().unwrap_or(0);
    while b.start < min && b.buf.pop_front().is_some() {
        b.start += 1;
    }
    Ok(item)
}

fn req(v: &[Option<Obj>], i: usize) -> Obj {
    v.get(i).cloned().flatten().unwrap_or_else(rt::none)
}

fn is_number(o: &Obj) -> bool {
    int::is_int(o)
        || float::value(o).is_some()
        || crate::types::complex::value(o).is_some()
        || o.with_type(|t| {
            t.slots.index.get().is_some()
                || t.slots.float.get().is_some()
                || t.slots.int.get().is_some()
        })
}

fn count_new(cls: &Obj, a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let v = Sig::clinic("count", &["start", "step"], 0).bind(a, k)?;
    let start = v[0].clone().unwrap_or_else(|| int::from_i64(0));
    let step = v[1].clone().unwrap_or_else(|| int::from_i64(1));
    if !is_number(&start) || !is_number(&step) {
        return Err(type_error("a number is required"));
    }
    Ok(make(cls, State::Count(start, step)))
}

fn cycle_new(cls: &Obj, a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let a = positional("cycle", a, k, 1, 1)?;
    Ok(make(
        cls,
        State::Cycle(Some(protocol::iter(&a[0])?), Vec::new(), 0),
    ))
}

fn repeat_new(cls: &Obj, a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let v = Sig::clinic("repeat", &["object", "times"], 1).bind(a, k)?;
    let times = match &v[1] {
        None => None,
        Some(t) => Some(crate::args::to_bigint(t).map(|b| {
            num_traits::ToPrimitive::to_i64(&b)
                .unwrap_or(i64::MAX)
                .max(0)
        })?),
    };
    Ok(make(cls, State::Repeat(req(&v, 0), times)))
}

fn accumulate_new(cls: &Obj, a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let v = Sig::clinic("accumulate", &["iterable", "func", "initial"], 1)
        .kwonly(2)
        .bind(a, k)?;
    let func = v[1].clone().filter(|f| !rt::is_none(f));
    let initial = v[2].clone().filter(|f| !rt::is_none(f));
    Ok(make(
        cls,
        State::Accumulate {
            it: protocol::iter(&req(&v, 0))?,
            func,
            total: None,
            initial,
        },
    ))
}

fn chain_new(cls: &Obj, a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    if !k.is_empty() {
        return Err(type_error("chain() takes no keyword arguments"));
    }
    let source = protocol::iter(&tuple::new_tuple(a.to_vec()))?;
    Ok(make(cls, State::Chain(Some(source), None)))
}

fn compress_new(cls: &Obj, a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let v = Sig::clinic("compress", &["data", "selectors"], 2).bind(a, k)?;
    Ok(make(
        cls,
        State::Compress(protocol::iter(&req(&v, 0))?, protocol::iter(&req(&v, 1))?),
    ))
}

fn pred_new(cls: &Obj, a: &[Obj], k: &[Obj], name: &str) -> PyResult<Obj> {
    let a = positional(name, a, k, 2, 2)?;
    let (f, it) = (a[0].clone(), protocol::iter(&a[1])?);
    Ok(make(
        cls,
        match name {
            "dropwhile" => State::DropWhile(f, it, false),
            "takewhile" => State::TakeWhile(f, it, false),
            "filterfalse" => State::FilterFalse(f, it),
            _ => State::StarMap(f, it),
        },
    ))
}

fn groupby_new(cls: &Obj, a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let v = Sig::clinic("groupby", &["iterable", "key"], 1).bind(a, k)?;
    let shared = GroupShared {
        it: protocol::iter(&req(&v, 0))?,
        key: v[1].clone().filter(|f| !rt::is_none(f)),
        tgtkey: None,
        currkey: None,
        currvalue: None,
        generation: 0,
    };
    Ok(make(cls, State::GroupBy(Rc::new(RefCell::new(shared)))))
}

fn islice_index(o: &Obj, what: &str) -> PyResult<Option<usize>> {
    if rt::is_none(o) {
        return Ok(None);
    }
    let bad = || {
        value_error(format!(
            "{what} for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        ))
    };
    match int::to_index(o) {
        Ok(Some(n)) if n >= 0 => Ok(Some(n as usize)),
        Ok(Some(_)) => Err(bad()),
        Ok(None) | Err(_) => match int::value(o) {
            Some(b) if !num_traits::Signed::is_negative(&b) => Ok(Some(i64::MAX as usize)),
            _ => Err(bad()),
        },
    }
}

fn islice_new(cls: &Obj, a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    if !k.is_empty() {
        return Err(type_error("islice() takes no keyword arguments"));
    }
    if a.len() < 2 || a.len() > 4 {
        return Err(type_error(format!(
            "islice expected at {} {} arguments, got {}",
            if a.len() < 2 { "least" } else { "most" },
            if a.len() < 2 { 2 } else { 4 },
            a.len()
        )));
    }
    let (start, stop) = if a.len() == 2 {
        (0, islice_index(&a[1], "Stop argument")?)
    } else {
        let start = islice_index(&a[1], "Indices")?.unwrap_or(0);
        (start, islice_index(&a[2], "Stop argument")?)
    };
    if a.len() > 2 && !rt::is_none(&a[1]) && islice_index(&a[1], "Indices").is_err() {
        return Err(value_error(
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
        ));
    }
    let step = match a.get(3) {
        None => 1,
        Some(s) if rt::is_none(s) => 1,
        Some(s) => match int::to_index(s) {
            Ok(Some(n)) if n >= 1 => n as usize,
            _ => {
                return Err(value_error(
                    "Step for islice() must be a positive integer or None.",
                ));
            }
        },
    };
    Ok(make(
        cls,
        State::ISlice {
            it: Some(protocol::iter(&a[0])?),
            next: start,
            stop,
            step,
            cnt: 0,
        },
    ))
}

fn tee(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    if !k.is_empty() {
        return Err(type_error("tee() takes no keyword arguments"));
    }
    if a.is_empty() || a.len() > 2 {
        return Err(type_error(format!(
            "tee expected at {} {} argument{}, got {}",
            if a.is_empty() { "least" } else { "most" },
            if a.is_empty() { 1 } else { 2 },
            if a.is_empty() { "" } else { "s" },
            a.len()
        )));
    }
    let n = match a.get(1) {
        Some(n) => crate::args::to_bigint(n)?,
        None => 2.into(),
    };
    let n = num_traits::ToPrimitive::to_i64(&n).unwrap_or(i64::MAX);
    if n < 0 {
        return Err(value_error("n must be >= 0"));
    }
    let it = protocol::iter(&a[0])?;
    let n = n as usize;
    let shared = Rc::new(RefCell::new(TeeShared {
        it: Some(it),
        buf: VecDeque::new(),
        start: 0,
        positions: vec![0; n],
    }));
    let cls = TEE.with(Obj::clone);
    let tees = (0..n)
        .map(|i| make(&cls, State::Tee(shared.clone(), i)))
        .collect();
    Ok(tuple::new_tuple(tees))
}

fn zip_longest_new(cls: &Obj, a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let (pos, kws) = split(a, k);
    let mut fill = rt::none();
    for (name, v) in kws {
        if name != "fillvalue" {
            return Err(type_error(
                "zip_longest() got an unexpected keyword argument",
            ));
        }
        fill = v.clone();
    }
    let its = pos
        .iter()
        .map(|x| protocol::iter(x).map(Some))
        .collect::<PyResult<Vec<_>>>()?;
    let n = its.len();
    Ok(make(cls, State::ZipLongest(its, n, fill)))
}

fn product_new(cls: &Obj, a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let (pos, kws) = split(a, k);
    let mut repeat = 1i64;
    for (name, v) in kws {
        if name != "repeat" {
            return Err(type_error(format!(
                "product() got an unexpected keyword argument '{name}'"
            )));
        }
        repeat = num_traits::ToPrimitive::to_i64(&crate::args::to_bigint(v)?).unwrap_or(i64::MAX);
    }
    if repeat < 0 {
        return Err(value_error("repeat argument cannot be negative"));
    }
    let base = pos
        .iter()
        .map(protocol::collect)
        .collect::<PyResult<Vec<_>>>()?;
    let mut pools = Vec::new();
    for _ in 0..repeat {
        pools.extend(base.iter().cloned());
    }
    let indices = vec![0; pools.len()];
    Ok(make(
        cls,
        State::Product {
            pools,
            indices,
            started: false,
        },
    ))
}

fn nonneg_r(o: &Obj) -> PyResult<usize> {
    let r = crate::args::to_bigint(o)?;
    if num_traits::Signed::is_negative(&r) {
        return Err(value_error("r must be non-negative"));
    }
    Ok(num_traits::ToPrimitive::to_usize(&r).unwrap_or(usize::MAX))
}

fn permutations_new(cls: &Obj, a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let v = Sig::clinic("permutations", &["iterable", "r"], 1).bind(a, k)?;
    let pool = protocol::collect(&req(&v, 0))?;
    let n = pool.len();
    let r = match &v[1] {
        Some(r) if !rt::is_none(r) => nonneg_r(r)?,
        _ => n,
    };
    let cycles = if r <= n {
        (n - r + 1..=n).rev().collect()
    } else {
        Vec::new()
    };
    Ok(make(
        cls,
        State::Permutations {
            pool,
            r,
            indices: (0..n).collect(),
            cycles,
            started: false,
        },
    ))
}

fn combinations_new(cls: &Obj, a: &[Obj], k: &[Obj], replace: bool) -> PyResult<Obj> {
    let name = if replace {
        "combinations_with_replacement"
    } else {
        "combinations"
    };
    let v = Sig::clinic(name, &["iterable", "r"], 2).bind(a, k)?;
    let pool = protocol::collect(&req(&v, 0))?;
    let r = nonneg_r(&req(&v, 1))?;
    // An impossible r yields nothing.
    if (!replace && r > pool.len()) || (replace && pool.is_empty() && r > 0) {
        return Ok(make(cls, State::Done));
    }
    let indices = if replace {
        vec![0; r]
    } else {
        (0..r).collect()
    };
    let state = State::Combinations {
        pool,
        indices,
        started: false,
        replace,
    };
    Ok(make(cls, state))
}

fn pairwise_new(cls: &Obj, a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let a = positional("pairwise", a, k, 1, 1)?;
    Ok(make(
        cls,
        State::Pairwise(Some(protocol::iter(&a[0])?), None),
    ))
}
