//! The object model and protocols from Rust: arithmetic, containers,
//! hashing and reference counting.

use runtime::object::Obj;
use runtime::protocol::{binary_op, eq, hash, repr_string};
use runtime::types::typeobj::BinOp;
use runtime::types::{dict, float, int, list, str, tuple};

fn repr(o: &Obj) -> String {
    repr_string(o).expect("repr")
}

#[test]
fn small_ints_overflow_into_big_ints() {
    let a = int::from_i64((1 << 61) - 1);
    assert!(a.as_small().is_some());
    let b = binary_op(&a, &int::from_i64(1), BinOp::Add).unwrap();
    assert!(b.as_small().is_none());
    assert_eq!(repr(&b), "2305843009213693952");
    let c = binary_op(&b, &b, BinOp::Mul).unwrap();
    assert_eq!(repr(&c), "5316911983139663491615228241121378304");
    let back = binary_op(&b, &int::from_i64(1), BinOp::Sub).unwrap();
    assert!(back.as_small().is_some());
}

#[test]
fn floor_division_and_modulo_follow_python_signs() {
    let q = binary_op(&int::from_i64(-7), &int::from_i64(2), BinOp::FloorDiv).unwrap();
    let r = binary_op(&int::from_i64(-7), &int::from_i64(2), BinOp::Mod).unwrap();
    assert_eq!((repr(&q), repr(&r)), ("-4".into(), "1".into()));
    let e = binary_op(&int::from_i64(1), &int::from_i64(0), BinOp::FloorDiv).unwrap_err();
    assert_eq!(
        runtime::protocol::str_string(&e.exc).unwrap(),
        "integer division or modulo by zero"
    );
}

#[test]
fn mixed_arithmetic_and_errors() {
    let f = binary_op(&int::from_i64(1), &float::new_float(0.5), BinOp::Add).unwrap();
    assert_eq!(repr(&f), "1.5");
    let e = binary_op(&int::from_i64(1), &str::new_str("a"), BinOp::Add).unwrap_err();
    assert_eq!(
        runtime::protocol::str_string(&e.exc).unwrap(),
        "unsupported operand type(s) for +: 'int' and 'str'"
    );
    let s = binary_op(&str::new_str("ab"), &int::from_i64(3), BinOp::Mul).unwrap();
    assert_eq!(repr(&s), "'ababab'");
}

#[test]
fn dicts_keep_insertion_order_and_python_equality() {
    let d = dict::new_dict();
    dict::set_item(&d, int::from_i64(1), str::new_str("one")).unwrap();
    dict::set_item(&d, str::new_str("k"), int::from_i64(2)).unwrap();
    dict::set_item(&d, float::new_float(1.0), str::new_str("uno")).unwrap();
    assert_eq!(repr(&d), "{1: 'uno', 'k': 2}");
    assert!(dict::del_item(&d, &int::from_i64(1)).unwrap());
    for i in 0..100 {
        dict::set_item(&d, int::from_i64(i), int::from_i64(i * i)).unwrap();
    }
    assert_eq!(dict::len(&d), 101);
    assert_eq!(
        repr(&dict::get_item(&d, &int::from_i64(9)).unwrap().unwrap()),
        "81"
    );
    let l = list::new_list(vec![]);
    let e = dict::set_item(&d, l, int::from_i64(0)).unwrap_err();
    assert_eq!(
        runtime::protocol::str_string(&e.exc).unwrap(),
        "unhashable type: 'list'"
    );
}

#[test]
fn hashes_agree_across_numeric_types() {
    assert_eq!(hash(&int::from_i64(-1)).unwrap(), -2);
    assert_eq!(
        hash(&float::new_float(2.0)).unwrap(),
        hash(&int::from_i64(2)).unwrap()
    );
    assert_eq!(hash(&float::new_float(0.5)).unwrap(), 1152921504606846976);
    let big = int::parse("123456789012345678901234567890", 10).unwrap();
    // Expected values printed by CPython 3.11's hash().
    assert_eq!(hash(&big).unwrap(), 248789772095949448);
    assert_eq!(hash(&float::new_float(-1.5)).unwrap(), -1152921504606846977);
    assert_eq!(hash(&float::new_float(1e300)).unwrap(), 1224995262755759164);
    assert_eq!(hash(&float::new_float(2.75)).unwrap(), 1729382256910270466);
    assert!(
        eq(
            &tuple::new_tuple(vec![int::from_i64(1)]),
            &tuple::new_tuple(vec![float::new_float(1.0)])
        )
        .unwrap()
    );
}

#[test]
fn recursive_containers_repr_with_ellipsis() {
    let l = list::new_list(vec![int::from_i64(1)]);
    list::append(&l, l.clone());
    assert_eq!(repr(&l), "[1, [...]]");
    // Break the cycle so the list is freed.
    runtime::protocol::setitem(&l, &int::from_i64(1), None).unwrap();
    assert_eq!(l.refcount(), 1);
}
