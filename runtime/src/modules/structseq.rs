//! Struct sequences (CPython's structseq.c): tuples whose items are also
//! named attributes, like `time.struct_time` and `sys.version_info`.
//! Only the first `n_seq` fields are items; the rest are attributes only.

use std::cell::RefCell;

use crate::error::type_error;
use crate::object::{Obj, alloc};
use crate::protocol;
use crate::rt;
use crate::types::str::{as_str, new_str};
use crate::types::tuple;
use crate::types::typeobj::TypeData;

/// What a struct sequence type is.
#[derive(Clone, Copy)]
pub struct Desc {
    /// The qualified name shown by `repr` (`time.struct_time`).
    pub repr_name: &'static str,
    /// Every field, sequence fields first.
    pub fields: &'static [&'static str],
    /// How many fields are items.
    pub n_seq: usize,
}

/// The payload of a struct sequence instance.
pub struct StructSeq {
    desc: Desc,
    items: Vec<Obj>,
}

thread_local! {
    static TYPES: RefCell<Vec<(&'static str, Desc, Obj)>> = const { RefCell::new(Vec::new()) };
}

/// The type for `desc` (created once per thread).
pub fn type_for(desc: Desc) -> Obj {
    if let Some(t) = TYPES.with(|t| {
        t.borrow()
            .iter()
            .find(|(n, _, _)| *n == desc.repr_name)
            .map(|e| e.2.clone())
    }) {
        return t;
    }
    let short = desc.repr_name.rsplit('.').next().unwrap_or(desc.repr_name);
    let t = TypeData::new::<StructSeq>(short);
    t.slots.len.set(Some(|o| Ok(seq(o).len())));
    t.slots
        .getitem
        .set(Some(|o, k| protocol::getitem(&as_tuple(o), k)));
    t.slots.iter.set(Some(|o| protocol::iter(&as_tuple(o))));
    t.slots.hash.set(Some(|o| protocol::hash(&as_tuple(o))));
    t.slots
        .contains
        .set(Some(|o, k| protocol::contains(&as_tuple(o), k)));
    t.slots.compare.set(Some(|a, b, op| {
        let b = if b.downcast::<StructSeq>().is_some() {
            as_tuple(b)
        } else if tuple::is_tuple(b) {
            b.clone()
        } else {
            return Ok(rt::not_implemented());
        };
        protocol::rich_compare(&as_tuple(a), &b, op)
    }));
    t.slots.repr.set(Some(|o| {
        let Some(d) = o.downcast::<StructSeq>() else {
            return Ok(new_str("?"));
        };
        let mut s = format!("{}(", d.desc.repr_name);
        for (i, (f, v)) in d
            .desc
            .fields
            .iter()
            .zip(&d.items)
            .take(d.desc.n_seq)
            .enumerate()
        {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(f);
            s.push('=');
            s.push_str(&protocol::repr_string(v)?);
        }
        s.push(')');
        Ok(new_str(&s))
    }));
    t.slots.getattr.set(Some(|o, name| {
        if let (Some(d), Some(n)) = (o.downcast::<StructSeq>(), as_str(name))
            && let Some(i) = d.desc.fields.iter().rposition(|f| *f == n)
        {
            return Ok(d.items.get(i).cloned());
        }
        crate::types::object::generic_getattr(o, name)
    }));
    t.slots.new.set(Some(|cls, args, _kw| {
        let name = crate::types::typeobj_ops::with_data(cls, |d| d.name());
        let desc = TYPES.with(|t| t.borrow().iter().find(|(_, _, ty)| ty.is(cls)).map(|e| e.1));
        let Some(desc) = desc else {
            return Err(type_error(format!("cannot create '{name}' instances")));
        };
        let Some(seq_arg) = args.first() else {
            return Err(type_error(format!(
                "{}() missing required argument 'sequence' (pos 1)",
                desc.repr_name
            )));
        };
        let items = protocol::collect(seq_arg)?;
        let (min, max) = (desc.n_seq, desc.fields.len());
        if items.len() < min {
            return Err(type_error(format!(
                "{}() takes {}a {min}-sequence ({}-sequence given)",
                desc.repr_name,
                if min == max { "" } else { "at least " },
                items.len()
            )));
        }
        if items.len() > max {
            return Err(type_error(format!(
                "{}() takes {}a {max}-sequence ({}-sequence given)",
                desc.repr_name,
                if min == max { "" } else { "at most " },
                items.len()
            )));
        }
        Ok(new(desc, items))
    }));
    let ty = crate::types::class::new_builtin_type(t);
    ty.make_immortal();
    TYPES.with(|t| t.borrow_mut().push((desc.repr_name, desc, ty.clone())));
    ty
}

/// A new instance; missing non-sequence fields are None.
pub fn new(desc: Desc, mut items: Vec<Obj>) -> Obj {
    while items.len() < desc.fields.len() {
        items.push(rt::none());
    }
    alloc(type_for(desc), StructSeq { desc, items })
}

fn seq(o: &Obj) -> &[Obj] {
    o.downcast::<StructSeq>()
        .map_or(&[], |d| &d.items[..d.desc.n_seq.min(d.items.len())])
}

/// The sequence items as a tuple.
pub fn as_tuple(o: &Obj) -> Obj {
    tuple::new_tuple(seq(o).to_vec())
}

/// The items (all fields) of a struct sequence, if `o` is one.
pub fn items(o: &Obj) -> Option<&[Obj]> {
    o.downcast::<StructSeq>().map(|d| &d.items[..])
}
