//! The informational parts of `sys`: `version_info`, `float_info`,
//! `int_info`, `hash_info`, `flags`, `implementation` and the small query
//! functions (`getdefaultencoding`, `getsizeof`, ...).

use super::structseq::{self, Desc};
use crate::object::Obj;
use crate::protocol;
use crate::rt;
use crate::types::function::new_builtin;
use crate::types::str::new_str;
use crate::types::{dict, float, int};

const VERSION_INFO: Desc = Desc {
    repr_name: "sys.version_info",
    fields: &["major", "minor", "micro", "releaselevel", "serial"],
    n_seq: 5,
};

const FLOAT_INFO: Desc = Desc {
    repr_name: "sys.float_info",
    fields: &[
        "max",
        "max_exp",
        "max_10_exp",
        "min",
        "min_exp",
        "min_10_exp",
        "dig",
        "mant_dig",
        "epsilon",
        "radix",
        "rounds",
    ],
    n_seq: 11,
};

const INT_INFO: Desc = Desc {
    repr_name: "sys.int_info",
    fields: &[
        "bits_per_digit",
        "sizeof_digit",
        "default_max_str_digits",
        "str_digits_check_threshold",
    ],
    n_seq: 4,
};

const HASH_INFO: Desc = Desc {
    repr_name: "sys.hash_info",
    fields: &[
        "width",
        "modulus",
        "inf",
        "nan",
        "imag",
        "algorithm",
        "hash_bits",
        "seed_bits",
        "cutoff",
    ],
    n_seq: 9,
};

const FLAGS: Desc = Desc {
    repr_name: "sys.flags",
    fields: &[
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
    ],
    n_seq: 18,
};

fn i(v: i64) -> Obj {
    int::from_i64(v)
}

/// Adds the informational attributes to the `sys` namespace `d`.
pub fn add_info(d: &Obj) {
    let set = |k: &str, v: Obj| {
        let _ = dict::set_str(d, k, v);
    };
    set(
        "version_info",
        structseq::new(
            VERSION_INFO,
            vec![i(3), i(11), i(7), new_str("final"), i(0)],
        ),
    );
    set(
        "float_info",
        structseq::new(
            FLOAT_INFO,
            vec![
                float::new_float(f64::MAX),
                i(1024),
                i(308),
                float::new_float(f64::MIN_POSITIVE),
                i(-1021),
                i(-307),
                i(15),
                i(53),
                float::new_float(f64::EPSILON),
                i(2),
                i(1),
            ],
        ),
    );
    set(
        "int_info",
        structseq::new(INT_INFO, vec![i(30), i(4), i(4300), i(640)]),
    );
    set(
        "hash_info",
        structseq::new(
            HASH_INFO,
            vec![
                i(64),
                i((1 << 61) - 1),
                i(314_159),
                i(0),
                i(1_000_003),
                new_str("siphash13"),
                i(64),
                i(128),
                i(0),
            ],
        ),
    );
    let mut flags = vec![i(0); 18];
    flags[4] = i(1); // -B
    flags[5] = i(1); // -s
    flags[7] = i(1); // -E
    flags[11] = i(1);
    flags[17] = i(-1);
    set("flags", structseq::new(FLAGS, flags));
    set("_xoptions", dict::new_dict());
    set("maxunicode", i(0x10ffff));
    set("api_version", i(1013));
    set("float_repr_style", new_str("short"));
    set("dont_write_bytecode", rt::bool_obj(true));
    set("prefix", new_str("/usr/local"));
    set("base_prefix", new_str("/usr/local"));
    set("exec_prefix", new_str("/usr/local"));
    set(
        "copyright",
        new_str("Copyright (c) 2001-2023 Python Software Foundation."),
    );
    set(
        "builtin_module_names",
        crate::types::tuple::new_tuple(
            ["builtins", "math", "sys", "time"]
                .iter()
                .map(|n| new_str(n))
                .collect(),
        ),
    );
    let implementation = crate::types::module::new_module("implementation");
    if let Some(id) = implementation.dict() {
        let _ = dict::set_str(&id, "name", new_str("pyrite"));
        let _ = dict::set_str(&id, "cache_tag", rt::none());
        let _ = dict::set_str(
            &id,
            "version",
            structseq::new(
                VERSION_INFO,
                vec![i(3), i(11), i(7), new_str("final"), i(0)],
            ),
        );
    }
    set("implementation", implementation);
    set(
        "getdefaultencoding",
        new_builtin("getdefaultencoding", |_, _| Ok(new_str("utf-8"))),
    );
    set(
        "getfilesystemencoding",
        new_builtin("getfilesystemencoding", |_, _| Ok(new_str("utf-8"))),
    );
    set(
        "getfilesystemencodeerrors",
        new_builtin("getfilesystemencodeerrors", |_, _| {
            Ok(new_str("surrogateescape"))
        }),
    );
    set(
        "getswitchinterval",
        new_builtin("getswitchinterval", |_, _| Ok(float::new_float(0.005))),
    );
    set(
        "get_int_max_str_digits",
        new_builtin("get_int_max_str_digits", |_, _| {
            Ok(i(int::max_str_digits() as i64))
        }),
    );
    set(
        "set_int_max_str_digits",
        new_builtin("set_int_max_str_digits", set_int_max_str_digits),
    );
    set(
        "getsizeof",
        new_builtin("getsizeof", |a, _| {
            let Some(o) = a.first() else {
                return Err(crate::error::type_error(
                    "getsizeof() missing required argument 'object' (pos 1)",
                ));
            };
            if let Some(r) = protocol::call_special(o, "__sizeof__", &[])? {
                return Ok(r);
            }
            // CPython's sizes for the common builtins on 64-bit.
            let base: i64 = match protocol::type_name(o).as_str() {
                "int" | "bool" => 28,
                "float" => 24,
                "str" => 49 + protocol::len(o).unwrap_or(0) as i64,
                "tuple" => 40 + 8 * protocol::len(o).unwrap_or(0) as i64,
                "list" => 56 + 8 * protocol::len(o).unwrap_or(0) as i64,
                "dict" => 64,
                "NoneType" => 16,
                _ => 48,
            };
            Ok(i(base))
        }),
    );
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0 (no limit) or at least 640.
fn set_int_max_str_digits(args: &[Obj], kwnames: &[Obj]) -> crate::error::PyResult<Obj> {
    use crate::error::{type_error, value_error};
    let name = "set_int_max_str_digits";
    let npos = args.len() - kwnames.len();
    let mut value = args[..npos].first().cloned();
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        let k = crate::types::str::as_str(k).unwrap_or("");
        if k != "maxdigits" {
            return Err(type_error(format!(
                "{name}() got an unexpected keyword argument '{k}'"
            )));
        }
        if value.is_some() {
            return Err(type_error(format!(
                "argument for {name}() given by name ('maxdigits') and position (1)"
            )));
        }
        value = Some(v.clone());
    }
    if npos > 1 {
        return Err(type_error(format!(
            "{name}() takes at most 1 argument ({} given)",
            args.len()
        )));
    }
    let Some(v) = value else {
        return Err(type_error(format!(
            "{name}() missing required argument 'maxdigits' (pos 1)"
        )));
    };
    let n = crate::args::to_bigint(&v)?;
    let n = i64::try_from(n).unwrap_or(-1);
    if n != 0 && n < 640 {
        return Err(value_error("maxdigits must be 0 or larger than 640"));
    }
    int::set_max_str_digits(n as usize);
    Ok(rt::none())
}

/// Sets `sys.flags`, `sys.dont_write_bytecode` and `sys._xoptions` in the
/// `sys` namespace `d` from the command line's configuration.
pub fn set_flags(d: &Obj, config: &crate::run::Config) {
    let set = |k: &str, v: Obj| {
        let _ = dict::set_str(d, k, v);
    };
    let b = |v: bool| i(i64::from(v));
    let mut flags = vec![i(0); 18];
    flags[1] = b(config.inspect);
    flags[2] = b(config.inspect);
    flags[3] = i(i64::from(config.optimize));
    flags[4] = b(config.dont_write_bytecode);
    flags[5] = b(config.isolated);
    flags[7] = b(config.ignore_environment || config.isolated);
    flags[10] = b(config.quiet);
    flags[11] = i(1);
    flags[12] = b(config.isolated);
    flags[16] = rt::bool_obj(config.safe_path);
    flags[17] = i(-1);
    set("flags", structseq::new(FLAGS, flags));
    set(
        "dont_write_bytecode",
        rt::bool_obj(config.dont_write_bytecode),
    );
    let x = dict::new_dict();
    for opt in &config.xoptions {
        let (k, v) = match opt.split_once('=') {
            Some((k, v)) => (k, new_str(v)),
            None => (opt.as_str(), rt::bool_obj(true)),
        };
        let _ = dict::set_str(&x, k, v);
    }
    set("_xoptions", x);
}
