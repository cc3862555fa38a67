//! Where native code finds the items of a list and of a tuple
//! (`abi::Ctx`), so that `obj[i]` and `obj[i] = v` run inline.
//!
//! A list's payload is `RefCell<Vec<Obj>>` and a tuple's `Box<[Obj]>`:
//! Rust leaves the order of the fields of all three unspecified, so the
//! offsets are measured here, once per process (`abi::measured`), on
//! values of those types, instead of being assumed. We keep std's types
//! rather than a `repr(C)` list of our own: every list operation of the
//! runtime uses the `RefCell`'s borrow checks, and a private cell type
//! would repeat them with more unsafe code than this measurement needs.
//! A measurement that does not come out unambiguous gives `None`, and
//! native code then never takes its inline path (every item access
//! calls the runtime).

use std::cell::RefCell;
use std::mem::size_of;

use crate::object::{Obj, payload_offset};
use crate::types::dict::{DictData, Table};
use crate::types::list::ListData;
use crate::types::tuple::TupleData;
use crate::vm::cell::CellData;
use crate::vm::frame::Frame;
use crate::vm::function::FunctionData;

const WORD: usize = size_of::<usize>();

/// Byte offsets from a heap object's address (its word).
#[derive(Clone, Copy, Default)]
pub struct SeqLayout {
    /// A list's borrow flag: 0 when nothing borrows the items.
    pub list_borrow: usize,
    /// A list's pointer to its first item.
    pub list_items: usize,
    /// A list's length.
    pub list_len: usize,
    /// A list's capacity.
    pub list_cap: usize,
    /// A tuple's pointer to its first item.
    pub tuple_items: usize,
    /// A tuple's length.
    pub tuple_len: usize,
}

/// The offsets, or `None` when they cannot be told apart.
pub fn measure() -> Option<SeqLayout> {
    let list = payload_offset::<ListData>() + std::mem::offset_of!(ListData, 0);
    let tuple = payload_offset::<TupleData>() + std::mem::offset_of!(TupleData, 0);
    let (borrow, items, len, cap) = refcell_vec()?;
    let (tuple_items, tuple_len) = boxed_slice()?;
    Some(SeqLayout {
        list_borrow: list + borrow,
        list_items: list + items,
        list_len: list + len,
        list_cap: list + cap,
        tuple_items: tuple + tuple_items,
        tuple_len: tuple + tuple_len,
    })
}

/// In a `RefCell<Vec<Obj>>`: the offsets of the borrow flag, of the
/// vector's buffer pointer, of its length and of its capacity.
fn refcell_vec() -> Option<(usize, usize, usize, usize)> {
    let cell = RefCell::new(sample_vec([Obj::small(1), Obj::small(2)]));
    let vec_at = cell.as_ptr() as usize - &raw const cell as usize;
    let (items_at, len_at, cap_at) = vec_words(&cell.borrow())?;
    let flag_at = borrow_flag(&cell)?;
    Some((flag_at, vec_at + items_at, vec_at + len_at, vec_at + cap_at))
}

/// A vector of the two items with room for at least four: its three
/// words (pointer, length, capacity) then differ, as `vec_words` needs.
fn sample_vec<T>(items: [T; 2]) -> Vec<T> {
    let mut v = Vec::with_capacity(4);
    v.extend(items);
    v
}

/// In vector `v` (a `sample_vec`): the offsets of its buffer pointer, of
/// its length and of its capacity, each word recognised by its value.
fn vec_words<T>(v: &Vec<T>) -> Option<(usize, usize, usize)> {
    if size_of::<Vec<T>>() != 3 * WORD {
        return None;
    }
    // SAFETY: std guarantees that a Vec is a (pointer, capacity, length)
    // triplet and nothing else; with the size of three words checked, it
    // has no padding, so its bytes are three initialized words. We only
    // copy them (the copy owns nothing).
    let words = unsafe { std::ptr::read(std::ptr::from_ref(v).cast::<[usize; 3]>()) };
    Some((
        WORD * only_position(&words, v.as_ptr() as usize)?,
        WORD * only_position(&words, v.len())?,
        WORD * only_position(&words, v.capacity())?,
    ))
}

/// Where the borrow counter of `cell` is, from its start: `cell` must be
/// its value and one word (checked), which is the counter, counting up
/// to `isize::MAX` readers, so it fills that word and is initialized.
/// It is the word that reads 0, then 1 under a shared borrow, then -1
/// under the exclusive one (checked).
fn borrow_flag<T>(cell: &RefCell<T>) -> Option<usize> {
    if size_of::<RefCell<T>>() != size_of::<T>() + WORD {
        return None;
    }
    let base = std::ptr::from_ref(cell) as usize;
    let flag_at = match cell.as_ptr() as usize - base {
        0 => size_of::<T>(),
        WORD => 0,
        _ => return None,
    };
    let flag = || {
        // SAFETY: `flag_at` is the word of `cell` outside its value, the
        // counter (above), a `Cell`, so reading it while a borrow is live
        // aliases nothing.
        unsafe { std::ptr::read((base + flag_at) as *const usize) }
    };
    let idle = flag();
    let shared = {
        let _r = cell.borrow();
        flag()
    };
    let exclusive = {
        let _w = cell.borrow_mut();
        flag()
    };
    (idle == 0 && shared == 1 && exclusive == usize::MAX).then_some(flag_at)
}

/// In a `Box<[Obj]>`: the offsets of the pointer to the first item and
/// of the length.
fn boxed_slice() -> Option<(usize, usize)> {
    let items: Box<[Obj]> = Box::new([Obj::small(1), Obj::small(2), Obj::small(3)]);
    let (ptr, len) = (items.as_ptr() as usize, items.len());
    if size_of::<Box<[Obj]>>() != 2 * WORD {
        return None;
    }
    // SAFETY: a boxed slice is a pointer and its length (a `usize`), two
    // words by the size checked above, so it has no padding; we copy its
    // bits without taking ownership.
    let words = unsafe { std::ptr::read((&raw const items).cast::<[usize; 2]>()) };
    Some((
        WORD * only_position(&words, ptr)?,
        WORD * only_position(&words, len)?,
    ))
}

/// Where native code finds the entry at a position of a dict's entries
/// (`attr.get`'s hinted read of an instance dict): byte offsets from the
/// dict's word, and within an entry.
#[derive(Clone, Copy, Default)]
pub struct DictLayout {
    /// The entries' borrow flag: 0 when nothing borrows them.
    pub table_flag: usize,
    /// The pointer to the first entry.
    pub entries: usize,
    /// The number of entries (live or deleted).
    pub entries_len: usize,
    /// The size of an entry; 0 when not measured (no inline read).
    pub entry_size: usize,
    /// Where an entry's key and value words are (a deleted entry, None,
    /// has 0 in one of them).
    pub entry_key: usize,
    /// See `entry_key`.
    pub entry_value: usize,
}

type Entry = Option<(i64, Obj, Obj)>;

/// The dict offsets, or `None` when they cannot be told apart.
pub fn measure_dict() -> Option<DictLayout> {
    let table = payload_offset::<DictData>() + std::mem::offset_of!(DictData, table);
    // The entries come first in the `repr(C)` table.
    let mut sample = Table::default();
    sample.entries = sample_vec::<Entry>([None, None]);
    let cell = RefCell::new(sample);
    let table_at = cell.as_ptr() as usize - &raw const cell as usize;
    let entries_in_table = std::mem::offset_of!(Table, entries);
    let (ptr_at, len_at, _) = vec_words(&cell.borrow().entries)?;
    let entries_at = table_at + entries_in_table + ptr_at;
    let len_at = table_at + entries_in_table + len_at;
    let flag_at = borrow_flag(&cell)?;
    let (key_at, value_at) = entry_words()?;
    Some(DictLayout {
        table_flag: table + flag_at,
        entries: table + entries_at,
        entries_len: table + len_at,
        entry_size: size_of::<Entry>(),
        entry_key: key_at,
        entry_value: value_at,
    })
}

/// In an entry, `Some((hash, key, value))`: the offsets of the key and of
/// the value.
fn entry_words() -> Option<(usize, usize)> {
    if size_of::<Entry>() != 3 * WORD {
        return None;
    }
    let (key, value) = (Obj::small(5), Obj::small(6));
    let (k, v) = (key.id(), value.id());
    let entry: Entry = Some((7, key, value));
    // SAFETY: a `Some` of three words in three words has no tag and no
    // padding (the size is checked), so its bytes are three initialized
    // words; we copy them without taking ownership.
    let words = unsafe { std::ptr::read((&raw const entry).cast::<[usize; 3]>()) };
    Some((
        WORD * only_position(&words, k)?,
        WORD * only_position(&words, v)?,
    ))
}

/// Where native code finds the cells of the running call and a cell's
/// value (`load.deref` inline): byte offsets from a frame's address
/// (`Frame::cells`), from a function's payload (`FunctionData::closure`,
/// which a direct call's `Ctx::fdata` points at) and from a cell's word.
#[derive(Clone, Copy, Default)]
pub struct CellLayout {
    /// A frame's pointer to its first cell.
    pub frame_cells: usize,
    /// A frame's number of cells.
    pub frame_cells_len: usize,
    /// A function's pointer to its first closure cell.
    pub closure: usize,
    /// A function's number of closure cells.
    pub closure_len: usize,
    /// A cell's value: the word of what it holds, 0 when empty.
    pub value: usize,
}

/// The cell offsets, or `None` when they cannot be told apart.
pub fn measure_cells() -> Option<CellLayout> {
    let (ptr_at, len_at, _) = vec_words(&sample_vec([Obj::small(1), Obj::small(2)]))?;
    let frame = std::mem::offset_of!(Frame, cells);
    let closure = std::mem::offset_of!(FunctionData, closure);
    let cell = payload_offset::<CellData>() + std::mem::offset_of!(CellData, 0);
    Some(CellLayout {
        frame_cells: frame + ptr_at,
        frame_cells_len: frame + len_at,
        closure: closure + ptr_at,
        closure_len: closure + len_at,
        value: cell + refcell_value()?,
    })
}

/// In a `RefCell<Option<Obj>>`: the offset of the value, a word that
/// reads 0 when empty and the object's word when set (checked), which
/// native code reads outside the `RefCell`'s borrow: no Rust code keeps a
/// cell borrowed while other code runs (`vm::cell`'s borrows end within
/// the call that takes them).
fn refcell_value() -> Option<usize> {
    if size_of::<Option<Obj>>() != WORD {
        return None;
    }
    let cell: RefCell<Option<Obj>> = RefCell::new(None);
    let at = cell.as_ptr() as usize - &raw const cell as usize;
    let read = || {
        // SAFETY: `at` is where the cell's value is, one word (checked
        // above), initialized; nothing borrows the cell while we read.
        unsafe { std::ptr::read((&raw const cell as usize + at) as *const usize) }
    };
    let empty = read();
    let value = Obj::small(3);
    *cell.borrow_mut() = Some(value.clone());
    (empty == 0 && read() == value.id()).then_some(at)
}

/// The index of the one word equal to `value`.
fn only_position(words: &[usize], value: usize) -> Option<usize> {
    let mut found = words.iter().enumerate().filter(|&(_, &w)| w == value);
    let (i, _) = found.next()?;
    found.next().is_none().then_some(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_a_real_list_and_tuple() {
        let l = measure().expect("layout");
        let list = crate::types::list::new_list(vec![Obj::small(7), Obj::small(8)]);
        let tuple = crate::types::tuple::new_tuple(vec![Obj::small(9)]);
        let at = |o: &Obj, off: usize| {
            // SAFETY: `off` is a measured offset of a word inside the
            // live object `o`.
            unsafe { std::ptr::read((o.id() + off) as *const usize) }
        };
        let first_item = |o: &Obj, off: usize| {
            let items = at(o, off);
            // SAFETY: `items` is the measured pointer to the first item
            // of a live, nonempty list or tuple.
            unsafe { std::ptr::read(items as *const usize) }
        };
        assert_eq!(at(&list, l.list_len), 2);
        assert_eq!(at(&list, l.list_borrow), 0);
        assert!(at(&list, l.list_cap) >= 2);
        assert_eq!(first_item(&list, l.list_items), Obj::small(7).id());
        assert_eq!(at(&tuple, l.tuple_len), 1);
        assert_eq!(first_item(&tuple, l.tuple_items), Obj::small(9).id());
    }

    #[test]
    fn measures_real_cells() {
        let l = measure_cells().expect("cell layout");
        let full = crate::vm::cell::new_cell(Some(Obj::small(4)));
        let empty = crate::vm::cell::new_cell(None);
        let at = |addr: usize| {
            // SAFETY: `addr` is a measured word of a live object or vector.
            unsafe { std::ptr::read(addr as *const usize) }
        };
        assert_eq!(at(full.id() + l.value), Obj::small(4).id());
        assert_eq!(at(empty.id() + l.value), 0);
        let cells = vec![empty.clone(), full.clone()];
        // A vector's words sit as they do in a frame or a function.
        let base = &raw const cells as usize;
        let (frame_at, closure_at) = (
            std::mem::offset_of!(Frame, cells),
            std::mem::offset_of!(FunctionData, closure),
        );
        assert_eq!(at(base + l.frame_cells_len - frame_at), 2);
        assert_eq!(at(base + l.closure_len - closure_at), 2);
        let second = at(base + l.closure - closure_at) + WORD;
        assert_eq!(at(second), full.id());
        assert_eq!(at(base + l.frame_cells - frame_at), cells.as_ptr() as usize);
    }

    #[test]
    fn measures_a_real_dict() {
        let l = measure_dict().expect("dict layout");
        let d = crate::types::dict::new_dict();
        let (a, b) = (
            crate::types::str::new_str("a"),
            crate::types::str::new_str("b"),
        );
        crate::types::dict::set_item(&d, a.clone(), Obj::small(1)).expect("set");
        crate::types::dict::set_item(&d, b.clone(), Obj::small(2)).expect("set");
        let at = |addr: usize| {
            // SAFETY: `addr` is a measured word of the live dict `d` or of
            // one of its two live entries.
            unsafe { std::ptr::read(addr as *const usize) }
        };
        assert_eq!(at(d.id() + l.table_flag), 0);
        assert_eq!(at(d.id() + l.entries_len), 2);
        let second = at(d.id() + l.entries) + l.entry_size;
        assert_eq!(at(second + l.entry_key), b.id());
        assert_eq!(at(second + l.entry_value), Obj::small(2).id());
    }
}
