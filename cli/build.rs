//! Builds the runtime's static library (`libpyrt.a`, package `pyrt`) so
//! that `pyrite` can embed it: `pyrite build` then links executables
//! from any directory, with no checkout nearby (a plain dependency cannot
//! give us a staticlib artifact, so this runs a nested cargo).
//!
//! A release `pyrite` gets the library built with the `pyrt` profile
//! (the workspace's Cargo.toml: release with fat LTO, one codegen unit,
//! panic=abort, the parser optimized for size), which makes executables
//! a fifth smaller and costs about two minutes; a debug `pyrite` gets a
//! debug library, quick to build. Neither has debug info (it would make
//! the library five times larger). It is built in its own target folder
//! beside ours so cargo's locks never meet.

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    let manifest_dir = PathBuf::from(env("CARGO_MANIFEST_DIR"));
    let workspace = manifest_dir.parent().unwrap_or(&manifest_dir).to_path_buf();
    // The workspace's Cargo.toml holds the library's profile.
    for dir in ["runtime", "compiler/src", "Cargo.lock", "Cargo.toml"] {
        println!("cargo:rerun-if-changed={}", workspace.join(dir).display());
    }
    let out_dir = PathBuf::from(env("OUT_DIR"));
    // OUT_DIR is TARGET/PROFILE/build/cli-HASH/out.
    let target = out_dir
        .ancestors()
        .nth(4)
        .map(Path::to_path_buf)
        .unwrap_or_else(|| out_dir.clone());
    let nested = target.join("pyrt");
    let (profile, dir) = match env("PROFILE").as_str() {
        "release" => ("pyrt", "pyrt"),
        _ => ("dev", "debug"),
    };
    let debug_var = format!("CARGO_PROFILE_{}_DEBUG", profile.to_uppercase());
    let mut cargo = Command::new(env("CARGO"));
    cargo
        .args(["build", "--quiet", "-p", "pyrt", "--profile", profile])
        .arg("--manifest-path")
        .arg(workspace.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&nested)
        .env(debug_var, "false");
    // What the outer cargo set for its own compilations (clippy's driver,
    // its flags, coverage instrumentation) must not leak into ours.
    for var in [
        "RUSTC_WORKSPACE_WRAPPER",
        "RUSTC_WRAPPER",
        "CLIPPY_ARGS",
        "CARGO_ENCODED_RUSTFLAGS",
        "CARGO_TARGET_DIR",
        "CARGO_BUILD_TARGET_DIR",
    ] {
        cargo.env_remove(var);
    }
    let status = cargo
        .status()
        .unwrap_or_else(|e| fail(&format!("cannot run cargo: {e}")));
    if !status.success() {
        fail("building the runtime library (package pyrt) failed");
    }
    let lib = nested.join(dir).join("libpyrt.a");
    let bytes = std::fs::read(&lib)
        .unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", lib.display())));
    if let Err(e) = std::fs::write(out_dir.join("libpyrt.a"), &bytes) {
        fail(&format!("cannot write libpyrt.a: {e}"));
    }
    // What `pyrite` names its extracted copy by, so a new library never
    // meets an old copy.
    println!("cargo:rustc-env=PYRT_HASH={:016x}", fnv1a(&bytes));
}

/// FNV-1a, 64 bits (as runtime::cache).
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| fail(&format!("{name} is not set")))
}

fn fail(message: &str) -> ! {
    eprintln!("cli/build.rs: {message}");
    std::process::exit(1)
}
