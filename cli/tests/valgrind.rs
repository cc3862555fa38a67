//! Native code under valgrind's memcheck: a representative subset of the
//! corpus (calls, classes, closures, exceptions and tracebacks, generators
//! and coroutines, dicts, big ints, floats, strings, cycles, imports,
//! unboxed floats and their fallbacks, inline range loops, inline list
//! and tuple indexing) is built
//! with `pyrite build` and run under memcheck, which must report no error
//! (leaks are not errors: the runtime leaves its per-thread state to the
//! OS at exit). The output must still be CPython's.
//!
//! Skipped with a note when valgrind is not installed; CI installs it.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Programs of tests/programs/, as `AREA/NAME` (a file) or `AREA/CASE`
/// (a folder with main.py).
const SUBSET: &[&str] = &[
    "func/closures_cells",
    "func/cells_inline",
    "class/arith_dunders",
    "class/bound_methods",
    "exception/chaining_implicit",
    "exception/bare_raise_reraise",
    "generator/basic_yield",
    "generator/send_throw_close_native",
    "generator/yield_in_try_finally",
    "generator/deep_yield_from",
    "generator/inline_sum",
    "async/async_gen_manual",
    "dict/custom_key",
    "int/bigint_add_mul",
    "float/arith",
    "float/dying_operands",
    "str/format_spec_float",
    "list/comprehensions",
    "range_slice_iter/fused_slices",
    "list/slice_assign_release_order",
    "list/slice_move",
    "list/reverse_in_place",
    "list/slice_copy_reuse",
    "typed/dead_temporaries",
    "range_slice_iter/range_loop_state",
    "gc/cycles_collected",
    "import/circular",
    "typed/float_checks",
    "typed/range_loops",
    "typed/float_generator",
    "typed/direct_calls",
    "typed/list_index",
    "typed/list_iteration",
    "typed/unpack_lists_inline",
    "typed/speculated_floats",
    "typed/bound_slots",
    "typed/frame_readers",
    "typed/float_items_in_place",
    "typed/unpack_moves",
    "typed/float_identity",
    "typed/small_int_slots",
    "typed/dead_floats_fallback",
    "typed/chained_floats",
    "typed/float_returns",
    "class/attr_caches",
    "class/method_caches",
    "class/attr_inline_reads",
    "class/attr_inline_writes",
    "class/super_method_calls",
];

fn programs_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/programs")
}

fn has_valgrind() -> bool {
    Command::new("valgrind")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The folder a program runs in, its main file and its expected stdout.
fn locate(id: &str) -> (PathBuf, String, PathBuf) {
    let path = programs_dir().join(id);
    if path.is_dir() {
        (path.clone(), "main.py".into(), path.join("main.stdout"))
    } else {
        let dir = path.parent().expect("area").to_path_buf();
        let name = path
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        let stdout = dir.join(format!("{name}.stdout"));
        (dir, format!("{name}.py"), stdout)
    }
}

#[test]
fn native_code_is_clean_under_memcheck() {
    if !has_valgrind() {
        eprintln!("note: valgrind is not installed; memcheck skipped");
        return;
    }
    let out_dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("valgrind");
    std::fs::create_dir_all(&out_dir).expect("mkdir");
    let mut failures = Vec::new();
    for id in SUBSET {
        let (dir, file, expected) = locate(id);
        assert!(dir.join(&file).is_file(), "{id}: no such program");
        let exe = out_dir.join(id.replace('/', "__"));
        let build = Command::new(env!("CARGO_BIN_EXE_pyrite"))
            .args(["build", &file, "-o"])
            .arg(&exe)
            .current_dir(&dir)
            .env("XDG_CACHE_HOME", out_dir.join("cache"))
            .output()
            .expect("run pyrite build");
        assert!(
            build.status.success(),
            "{id}: build failed: {}",
            String::from_utf8_lossy(&build.stderr)
        );
        if let Some(failure) = memcheck(id, &exe, &dir, &expected) {
            failures.push(failure);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn memcheck(id: &str, exe: &Path, dir: &Path, expected: &Path) -> Option<String> {
    let run = Command::new("valgrind")
        .args([
            "--tool=memcheck",
            "--error-exitcode=99",
            "--leak-check=no",
            "--quiet",
        ])
        .arg(exe)
        .current_dir(dir)
        .env_clear()
        .env("LC_ALL", "C.UTF-8")
        .output()
        .expect("run valgrind");
    let stderr = String::from_utf8_lossy(&run.stderr);
    if run.status.code() == Some(99) || stderr.contains("==") && stderr.contains("Invalid") {
        return Some(format!("{id}: memcheck reported errors:\n{stderr}"));
    }
    let want = std::fs::read(expected).expect("expected stdout");
    (run.stdout != want).then(|| {
        format!(
            "{id}: stdout differs under valgrind:\n{}",
            String::from_utf8_lossy(&run.stdout)
        )
    })
}
