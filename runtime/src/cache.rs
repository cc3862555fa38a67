//! The on-disk code cache, like CPython's `__pycache__`: the bytecode of a
//! source file is kept in `__pycache__/NAME.pyrite-VERSION.pyc` beside it,
//! so that the next run loads it without parsing or lowering.
//!
//! A cache file is a header and a serialized `compiler::bytecode::Module`:
//!
//! ```text
//! "PYRC"  u32 layout version  u32 FORMAT_VERSION  u16 len + Pyrite version
//! 16 hex digits: the compiler's source fingerprint  u64 source size  u64 FNV-1a hash of the source bytes
//! u64 FNV-1a hash of the module bytes  module bytes...
//! ```
//!
//! (integers little-endian). The fingerprint (`compiler::FINGERPRINT`)
//! keeps a development build from running code that an older compiler
//! cached under the same version number. The key is the source's size and hash, not
//! its mtime: a file rewritten within the same second with the same size
//! is still seen as changed, and `touch` does not invalidate the cache.
//! Hashing is cheap next to compiling (a 5,000-line module hashes in well
//! under a millisecond).
//!
//! **Invariant:** the cache never breaks a run. A missing, stale,
//! truncated, corrupt or foreign file is ignored (and replaced when the
//! directory is writable); the body's own hash catches a corrupted byte
//! that would still decode, and `Module::from_bytes` checks every index
//! before the VM sees the code. Writes go to a temporary file in the same
//! directory, then `rename` it over the cache file, so a concurrent reader
//! sees the old file or the new one, never half of one. Writing is skipped
//! when `sys.dont_write_bytecode` is true (`-B`, PYTHONDONTWRITEBYTECODE).

use std::path::{Path, PathBuf};
use std::rc::Rc;

use compiler::bytecode::{FORMAT_VERSION, Module};
use compiler::diagnostics::CompileError;
use compiler::source::SourceFile;

use crate::vm::code::CompiledModule;

/// The first bytes of a cache file.
const MAGIC: [u8; 4] = *b"PYRC";

/// The version of the header layout above.
const LAYOUT_VERSION: u32 = 1;

/// Pyrite's version, part of the cache file's name and of its key.
pub const PYRITE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The cache file for `source`: `DIR/__pycache__/STEM.pyrite-VERSION.pyc`,
/// or `STEM.pyrite-VERSION.opt-N.pyc` for code compiled with `-O`/`-OO`
/// (as CPython names its caches).
pub fn cache_path(source: &Path) -> Option<PathBuf> {
    let stem = source.file_stem()?.to_str()?;
    let dir = source.parent().unwrap_or(Path::new(""));
    let opt = match crate::rt::optimize() {
        0 => String::new(),
        n => format!(".opt-{n}"),
    };
    Some(
        dir.join("__pycache__")
            .join(format!("{stem}.pyrite-{PYRITE_VERSION}{opt}.pyc")),
    )
}

/// Compiles the source `bytes` of file `path` as module `name`, or loads
/// its code from the cache when the cache holds this very source; stores
/// freshly compiled code in the cache when `write` is set.
pub fn compile_cached(
    path: &str,
    name: &str,
    bytes: Vec<u8>,
    write: bool,
) -> Result<Rc<CompiledModule>, CompileError> {
    let key = Key::of(&bytes);
    let cache = cache_path(Path::new(path));
    if let Some(module) = cache.as_deref().and_then(|c| read(c, key)) {
        return Ok(crate::vm::code::load(rename(module, path, name)));
    }
    let text = compiler::encoding::decode_source(path, bytes)?;
    let bc = crate::run::compile_bytecode(&SourceFile::new(path, text), name)?;
    if write && let Some(c) = &cache {
        store(c, key, &bc);
    }
    Ok(crate::vm::code::load(bc))
}

/// What a cache file must match: the source's size and hash.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Key {
    size: u64,
    hash: u64,
}

impl Key {
    fn of(bytes: &[u8]) -> Key {
        Key {
            size: bytes.len() as u64,
            hash: fnv1a(bytes),
        }
    }
}

/// FNV-1a, 64 bits: stable across Rust versions, unlike std's hasher
/// (also what `pyrite run` keys its native builds by).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// The header of a cache file for `key`.
fn header(key: Key) -> Vec<u8> {
    let mut h = Vec::with_capacity(40);
    h.extend_from_slice(&MAGIC);
    h.extend_from_slice(&LAYOUT_VERSION.to_le_bytes());
    h.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    h.extend_from_slice(&(PYRITE_VERSION.len() as u16).to_le_bytes());
    h.extend_from_slice(PYRITE_VERSION.as_bytes());
    h.extend_from_slice(compiler::FINGERPRINT.as_bytes());
    h.extend_from_slice(&key.size.to_le_bytes());
    h.extend_from_slice(&key.hash.to_le_bytes());
    h
}

/// The cached module, if the file exists, matches `key` and decodes.
fn read(cache: &Path, key: Key) -> Option<Module> {
    let bytes = std::fs::read(cache).ok()?;
    let rest = bytes.strip_prefix(header(key).as_slice())?;
    let (sum, body) = rest.split_first_chunk::<8>()?;
    if u64::from_le_bytes(*sum) != fnv1a(body) {
        return None;
    }
    Module::from_bytes(body).ok()
}

/// Gives a cached module the file and module names of this run (the same
/// file may be run as `__main__`, imported, or reached by another path).
fn rename(mut module: Module, path: &str, name: &str) -> Module {
    module.name = name.to_string();
    module.filename = path.to_string();
    for code in &mut module.code {
        code.filename = path.to_string();
    }
    module
}

/// Writes the cache file atomically; any failure (read-only directory,
/// full disk) leaves the run unaffected.
fn store(cache: &Path, key: Key, module: &Module) {
    let Some(dir) = cache.parent() else { return };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let body = module.to_bytes();
    let mut bytes = header(key);
    bytes.extend_from_slice(&fnv1a(&body).to_le_bytes());
    bytes.extend_from_slice(&body);
    let tmp = temp_name(cache);
    if std::fs::write(&tmp, &bytes).is_err() || std::fs::rename(&tmp, cache).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}

/// A temporary file name beside `cache`, unique to this process and call.
fn temp_name(cache: &Path) -> PathBuf {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let mut name = cache.as_os_str().to_owned();
    name.push(format!(".{}.{n}.tmp", std::process::id()));
    PathBuf::from(name)
}
