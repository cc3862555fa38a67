//! `pyrite run FILE`: the program built to native code once, kept in the
//! cache folder, and run from there while its sources stay the same.
//!
//! An entry is `CACHE/run/KEY/` with the executable `program` and a
//! `manifest` of what it was built from. KEY hashes the main file's
//! absolute path with Pyrite's version, the compiler's fingerprint and the
//! runtime library's hash; the manifest lists each module file with its
//! size and hash, and the imports that found nothing. A run rebuilds when
//! a listed file changed or a missing module appeared.

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use crate::native::{self, BuildError};

/// Runs `file` through native code; `vm` runs it on the VM instead (as
/// does a program that does not compile, so its SyntaxError reads as
/// CPython's).
pub fn run(file: &str, args: &[String], vm: impl FnOnce() -> ExitCode) -> ExitCode {
    let main = runtime::run::absolute(file);
    let entry = entry_dir(&main);
    let exe = entry.join("program");
    if !is_fresh(&entry) {
        match build(file, &entry) {
            Ok(()) => {}
            Err(BuildError::Compile(_)) => return vm(),
            Err(e) => {
                eprintln!("{e}\npyrite: running on the VM instead");
                return vm();
            }
        }
    }
    let e = Command::new(&exe).arg0(file).args(args).exec();
    eprintln!("pyrite: cannot run {}: {e}", exe.display());
    ExitCode::FAILURE
}

fn entry_dir(main: &str) -> PathBuf {
    let key = format!(
        "{main}\0{}\0{}\0{}",
        env!("CARGO_PKG_VERSION"),
        compiler::FINGERPRINT,
        env!("PYRT_HASH")
    );
    native::cache_dir()
        .join("run")
        .join(format!("{:016x}", runtime::cache::fnv1a(key.as_bytes())))
}

/// Builds the program into a fresh entry.
fn build(file: &str, entry: &Path) -> Result<(), BuildError> {
    let program = crate::guarded(file, || native::collect(file))?;
    let options = native::options(codegen::Options::default().opt_level, false);
    let generated = native::generate(&program, &options, codegen::Emit::Object)?;
    std::fs::create_dir_all(entry)
        .map_err(|e| BuildError::Other(format!("cannot create {}: {e}", entry.display())))?;
    native::link(&generated.objects, &entry.join("program"), &options)?;
    let mut manifest = format!("path0\t{}\n", program.path0);
    for m in &program.modules {
        let bytes = std::fs::read(&m.path).unwrap_or_default();
        manifest.push_str(&format!("file\t{}\t{}\n", fingerprint(&bytes), m.path));
    }
    for m in &program.missing {
        manifest.push_str(&format!("missing\t{}\n", m.name));
    }
    let partial = entry.join(format!(".manifest.{}", std::process::id()));
    std::fs::write(&partial, manifest)
        .and_then(|()| std::fs::rename(&partial, entry.join("manifest")))
        .map_err(|e| BuildError::Other(format!("cannot write the cache manifest: {e}")))
}

fn fingerprint(bytes: &[u8]) -> String {
    format!("{}:{:016x}", bytes.len(), runtime::cache::fnv1a(bytes))
}

/// Whether the entry's executable was built from the sources as they are.
fn is_fresh(entry: &Path) -> bool {
    let Ok(manifest) = std::fs::read_to_string(entry.join("manifest")) else {
        return false;
    };
    if !entry.join("program").is_file() {
        return false;
    }
    let mut path0 = "";
    for line in manifest.lines() {
        let mut fields = line.splitn(3, '\t');
        match (fields.next(), fields.next(), fields.next()) {
            (Some("path0"), Some(p), None) => path0 = p,
            (Some("file"), Some(print), Some(path)) => {
                let Ok(bytes) = std::fs::read(path) else {
                    return false;
                };
                if fingerprint(&bytes) != print {
                    return false;
                }
            }
            (Some("missing"), Some(name), None) => {
                if !name.contains('.') && compiler::program::find(path0, name) {
                    return false;
                }
            }
            _ => return false,
        }
    }
    true
}
