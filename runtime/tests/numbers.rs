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

fn decode_arg(a: &str) -> Obj {
    use runtime::types::{complex, float, int, list, str};
    let (tag, v) = a.split_once(':').unwrap();
    match tag {
        "i" => int::from_big(v.parse::<BigInt>().unwrap()),
        "f" => float::new_float(v.parse::<f64>().unwrap()),
        "s" => str::new_str(v),
        "h" => {
            let bytes: Vec<u8> = (0..v.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&v[i..i + 2], 16).unwrap())
                .collect();
            str::new_str(std::str::from_utf8(&bytes).unwrap())
        }
        "c" => {
            let (re, im) = v.split_once(',').unwrap();
            complex::new_complex(re.parse().unwrap(), im.parse().unwrap())
        }
        "b" => runtime::rt::bool_obj(v == "True"),
        "n" => runtime::rt::none(),
        "l" => list::new_list(
            v.split(',')
                .filter(|x| !x.is_empty())
                .map(|x| int::from_i64(x.parse().unwrap()))
                .collect(),
        ),
        _ => panic!("bad tag {tag}"),
    }
}

fn run_case(op: &str, args: &[Obj]) -> Result<Obj, PyErr> {
    use runtime::protocol::UnaryOp;
    use runtime::rt;
    use runtime::types::typeobj::{BinOp, CompareOp};
    let bin = |b: BinOp| protocol::binary_op(&args[0], &args[1], b);
    match op {
        "+" => bin(BinOp::Add),
        "-" => bin(BinOp::Sub),
        "*" => bin(BinOp::Mul),
        "/" => bin(BinOp::TrueDiv),
        "//" => bin(BinOp::FloorDiv),
        "%" => bin(BinOp::Mod),
        "divmod" => bin(BinOp::DivMod),
        "**" => bin(BinOp::Pow),
        "<<" => bin(BinOp::LShift),
        ">>" => bin(BinOp::RShift),
        "&" => bin(BinOp::And),
        "|" => bin(BinOp::Or),
        "^" => bin(BinOp::Xor),
        "pow3" => runtime::types::int_methods::pow3(&args[0], &args[1], &args[2]),
        "repr" => protocol::repr(&args[0]),
        "hash" => protocol::hash(&args[0]).map(runtime::types::int::from_i64),
        "abs" => {
            let f = args[0].with_type(|t| t.slots.abs.get()).unwrap();
            f(&args[0])
        }
        "neg" => protocol::unary_op(&args[0], UnaryOp::Neg),
        "invert" => protocol::unary_op(&args[0], UnaryOp::Invert),
        "from_bytes" => protocol::call_method(&rt::int_type(), "from_bytes", args),
        "fromhex" => protocol::call_method(&rt::ty(|t| &t.float), "fromhex", args),
        _ => {
            let (kind, name) = op.split_once(':').unwrap();
            match kind {
                "cmp" => {
                    let c = match name {
                        "<" => CompareOp::Lt,
                        "<=" => CompareOp::Le,
                        "==" => CompareOp::Eq,
                        "!=" => CompareOp::Ne,
                        ">" => CompareOp::Gt,
                        _ => CompareOp::Ge,
                    };
                    protocol::rich_compare(&args[0], &args[1], c)
                }
                "call" => {
                    let t = match name {
                        "int" => rt::int_type(),
                        "float" => rt::ty(|t| &t.float),
                        "bool" => rt::ty(|t| &t.bool),
                        _ => runtime::types::complex::ty(),
                    };
                    protocol::call(&t, args, &[])
                }
                "meth" => protocol::call_method(&args[0], name, &args[1..]),
                "attr" => protocol::getattr_str(&args[0], name),
                _ => panic!("bad op {op}"),
            }
        }
    }
}

#[test]
fn numbers_match_cpython() {
    let data = include_str!("data/numbers_cases.txt");
    let mut failures = Vec::new();
    for line in data.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let eq = f.iter().position(|x| *x == "=").unwrap();
        let args: Vec<Obj> = f[1..eq].iter().map(|a| decode_arg(a)).collect();
        let want = f[eq + 1];
        let got = match run_case(f[0], &args) {
            Ok(o) => protocol::repr_string(&o).unwrap_or_else(|e| err_text(&e)),
            Err(e) => err_text(&e),
        };
        if got != want {
            let mut shown_line = line.to_string();
            shown_line.truncate(150);
            failures.push(format!(
                "{shown_line}\n    got  {got:.150}\n    want {want:.150}"
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
