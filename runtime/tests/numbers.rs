//! Numbers (int, bool, float, complex) against CPython 3.11: every
//! expectation here was produced by python3 (see `data/gen_*.py`).

use num_bigint::BigInt;
use runtime::error::PyErr;
use runtime::object::Obj;
use runtime::protocol;
use runtime::types::numfmt::{format_float, format_int};

/// `!ExcName: message` for an error, as the data files spell it.
fn err_text(e: &PyErr) -> String {
    format!(
        "!{}: {}",
        protocol::type_name(&e.exc),
        protocol::str_string(&e.exc).unwrap_or_default()
    )
}

fn shown(r: Result<String, PyErr>) -> String {
    r.unwrap_or_else(|e| err_text(&e))
}

#[allow(dead_code)]
fn repr(o: &Obj) -> String {
    protocol::repr_string(o).expect("repr")
}

#[test]
fn format_matches_cpython() {
    let data = include_str!("data/format_cases.txt");
    let mut failures = Vec::new();
    for line in data.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let (kind, value, spec, want) = (f[0], f[1], f[2], f[3]);
        let got = match kind {
            "int" => shown(format_int(&value.parse::<BigInt>().unwrap(), spec)),
            _ => shown(format_float(value.parse::<f64>().unwrap(), spec)),
        };
        if got != want {
            failures.push(format!(
                "format({value}, {spec:?}): got {got:?}, want {want:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
