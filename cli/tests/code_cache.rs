//! The on-disk code cache (`runtime/src/cache.rs`): written for the main
//! script and imported modules, used on the next run, and never able to
//! break a run: stale, corrupt, truncated, foreign-version and unwritable
//! cases recompile; concurrent runs never read half a file; `-B` and
//! PYTHONDONTWRITEBYTECODE stop the writing.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const VERSION: &str = env!("CARGO_PKG_VERSION");

const MAIN: &str = "import helper\nprint(helper.greet('cache'))\n";
const HELPER: &str = "def greet(who):\n    return 'hello ' + who\n";

/// A fresh folder with `main.py` and `helper.py`.
fn workdir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyrite-cache-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(dir.join("main.py"), MAIN).expect("write");
    std::fs::write(dir.join("helper.py"), HELPER).expect("write");
    dir
}

fn pyrite(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pyrite"));
    cmd.args(args)
        .current_dir(dir)
        .env_remove("PYTHONDONTWRITEBYTECODE");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run pyrite")
}

/// Runs `main.py` and checks it printed what it should.
fn run_ok(dir: &Path, expected: &str) {
    let out = pyrite(dir, &["main.py"], &[]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        expected,
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.status.code(), Some(0));
}

fn cache_file(dir: &Path, stem: &str) -> PathBuf {
    dir.join("__pycache__")
        .join(format!("{stem}.pyrite-{VERSION}.pyc"))
}

/// The cache's key for a source: FNV-1a over its bytes (as cache.rs).
fn fnv(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// Where the source hash sits in a cache file's header.
fn hash_offset() -> usize {
    4 + 4 + 4 + 2 + VERSION.len() + FINGERPRINT_LEN + 8
}

/// The compiler fingerprint's length (hex digits) in the header.
const FINGERPRINT_LEN: usize = 16;

#[test]
fn first_run_writes_the_cache_and_the_next_run_uses_it() {
    let dir = workdir("used");
    run_ok(&dir, "hello cache\n");
    assert!(cache_file(&dir, "main").is_file());
    assert!(cache_file(&dir, "helper").is_file());
    // Prove the second run loads the cached code instead of compiling: a
    // source of the same size whose key is patched into the old cache
    // file still runs the old code.
    let new_helper = HELPER.replace("hello", "HELLO");
    let path = cache_file(&dir, "helper");
    let mut bytes = std::fs::read(&path).expect("read cache");
    let at = hash_offset();
    bytes[at..at + 8].copy_from_slice(&fnv(new_helper.as_bytes()).to_le_bytes());
    std::fs::write(&path, bytes).expect("write cache");
    std::fs::write(dir.join("helper.py"), new_helper).expect("write");
    run_ok(&dir, "hello cache\n");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_stale_cache_is_recompiled() {
    let dir = workdir("stale");
    run_ok(&dir, "hello cache\n");
    // Same size, so only the hash tells the sources apart.
    std::fs::write(dir.join("helper.py"), HELPER.replace("hello", "HELLO")).expect("write");
    run_ok(&dir, "HELLO cache\n");
    run_ok(&dir, "HELLO cache\n");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn corrupt_truncated_and_foreign_caches_are_ignored_and_replaced() {
    let dir = workdir("broken");
    run_ok(&dir, "hello cache\n");
    let path = cache_file(&dir, "helper");
    let good = std::fs::read(&path).expect("read cache");
    let mut foreign_version = good.clone();
    foreign_version[14] ^= 0x5a; // a byte of the Pyrite version string
    let mut foreign_format = good.clone();
    foreign_format[8] ^= 0xff; // the bytecode FORMAT_VERSION
    let mut foreign_compiler = good.clone();
    foreign_compiler[4 + 4 + 4 + 2 + VERSION.len()] ^= 0x01; // the compiler fingerprint
    let mut flipped_body = good.clone();
    let last = flipped_body.len() - 3;
    flipped_body[last] ^= 0xff;
    let mut garbage_body = good[..hash_offset() + 8].to_vec();
    garbage_body.extend_from_slice(&[0xff; 64]);
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty", Vec::new()),
        ("garbage", b"not a cache file at all".to_vec()),
        ("truncated", good[..good.len() / 2].to_vec()),
        ("header only", good[..hash_offset() + 8].to_vec()),
        ("foreign version", foreign_version),
        ("foreign format", foreign_format),
        ("foreign compiler", foreign_compiler),
        ("flipped body byte", flipped_body),
        ("garbage body", garbage_body),
    ];
    for (what, bytes) in cases {
        std::fs::write(&path, &bytes).expect("write cache");
        let out = pyrite(&dir, &["main.py"], &[]);
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            "hello cache\n",
            "{what}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(out.status.code(), Some(0), "{what}");
        // Every broken cache is replaced by the good one.
        let now = std::fs::read(&path).expect("read cache");
        assert_eq!(now, good, "{what}: the cache was not rewritten");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_unwritable_cache_folder_never_breaks_a_run() {
    // `__pycache__` is a plain file, so no cache can be written under it
    // (a read-only folder would not stop root, who runs CI).
    let dir = workdir("unwritable");
    std::fs::write(dir.join("__pycache__"), "in the way").expect("write");
    run_ok(&dir, "hello cache\n");
    run_ok(&dir, "hello cache\n");
    // A read-only folder, for the runs that are not root.
    let ro = workdir("readonly");
    let mut perms = std::fs::metadata(&ro).expect("stat").permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o555);
    std::fs::set_permissions(&ro, perms).expect("chmod");
    run_ok(&ro, "hello cache\n");
    run_ok(&ro, "hello cache\n");
    let mut perms = std::fs::metadata(&ro).expect("stat").permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o755);
    std::fs::set_permissions(&ro, perms).expect("chmod");
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_dir_all(&ro);
}

#[test]
fn dont_write_bytecode_stops_the_writing() {
    let dir = workdir("nowrite");
    let out = pyrite(&dir, &["-B", "main.py"], &[]);
    assert_eq!(out.stdout, b"hello cache\n");
    let out = pyrite(&dir, &["main.py"], &[("PYTHONDONTWRITEBYTECODE", "1")]);
    assert_eq!(out.stdout, b"hello cache\n");
    let out = pyrite(
        &dir,
        &[
            "-c",
            "import sys; sys.dont_write_bytecode = True; import helper",
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(!dir.join("__pycache__").exists());
    // -E ignores the variable, so the cache is written.
    let out = pyrite(
        &dir,
        &["-E", "main.py"],
        &[("PYTHONDONTWRITEBYTECODE", "1")],
    );
    assert_eq!(out.stdout, b"hello cache\n");
    assert!(cache_file(&dir, "helper").is_file());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn concurrent_runs_never_see_half_a_cache() {
    let dir = workdir("concurrent");
    // A module big enough that writing it is not instant.
    let mut big = String::new();
    for i in 0..2000 {
        big.push_str(&format!("def f{i}(x):\n    return x + {i}\n"));
    }
    big.push_str("def greet(who):\n    return 'hello ' + who + str(f1999(0))\n");
    std::fs::write(dir.join("helper.py"), &big).expect("write");
    for round in 0..3 {
        let _ = std::fs::remove_dir_all(dir.join("__pycache__"));
        let children: Vec<_> = (0..6)
            .map(|_| {
                Command::new(env!("CARGO_BIN_EXE_pyrite"))
                    .arg("main.py")
                    .current_dir(&dir)
                    .env_remove("PYTHONDONTWRITEBYTECODE")
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .expect("spawn")
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().expect("wait");
            assert_eq!(
                String::from_utf8_lossy(&out.stdout),
                "hello cache1999\n",
                "round {round}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let leftovers: Vec<_> = std::fs::read_dir(dir.join("__pycache__"))
            .expect("cache folder")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }
    run_ok(&dir, "hello cache1999\n");
    let _ = std::fs::remove_dir_all(&dir);
}
