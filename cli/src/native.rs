//! `pyrite build` and `pyrite run` through the native backend: collect
//! the program's modules, generate the object, link it with the embedded
//! runtime library, and cache what `pyrite run` built.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use compiler::diagnostics::CompileError;
use compiler::program::Program;

/// Code generation's options for an executable that links the runtime
/// embedded in this `pyrite`: its layout words become constants of the
/// generated code (`codegen::Options::layout`).
pub fn options(opt_level: u8, debug_info: bool) -> codegen::Options {
    codegen::Options {
        opt_level,
        debug_info,
        layout: runtime::native::abi::layout_words(),
        ..codegen::Options::default()
    }
}

/// The runtime library, built by build.rs.
static LIBPYRT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/libpyrt.a"));

/// What the linker needs besides the runtime (rustc's
/// `--print native-static-libs` for the library).
const SYSTEM_LIBS: &[&str] = &[
    "-lgcc_s",
    "-lutil",
    "-lrt",
    "-lpthread",
    "-lm",
    "-ldl",
    "-lc",
];

/// A failed build: a compile error of some module, or a message.
pub enum BuildError {
    /// A module does not compile (SyntaxError, unreadable file, ...).
    Compile(CompileError),
    /// Code generation, linking or writing the output failed.
    Other(String),
}

impl From<CompileError> for BuildError {
    fn from(e: CompileError) -> BuildError {
        BuildError::Compile(e)
    }
}

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BuildError::Compile(e) => write!(f, "{e}"),
            BuildError::Other(m) => write!(f, "pyrite: error: {m}"),
        }
    }
}

/// `pyrite build FILE [-o OUT] [--emit llvm|asm|obj] [-O N] [-g] [--explain]`.
pub fn build(
    file: &str,
    output: Option<&str>,
    emit: Option<crate::Emit>,
    options: &codegen::Options,
    explain: bool,
) -> ExitCode {
    match build_inner(file, output, emit, options, explain) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

fn build_inner(
    file: &str,
    output: Option<&str>,
    emit: Option<crate::Emit>,
    options: &codegen::Options,
    explain: bool,
) -> Result<(), BuildError> {
    let program = crate::guarded(file, || collect(file))?;
    for m in &program.missing {
        eprintln!(
            "pyrite: warning: {}:{}: no module named '{}' among the program's files or \
             Pyrite's library; importing it will raise ModuleNotFoundError",
            m.filename, m.line, m.name
        );
    }
    let kind = match emit {
        Some(crate::Emit::Llvm) => codegen::Emit::LlvmIr,
        Some(crate::Emit::Asm) => codegen::Emit::Asm,
        _ => codegen::Emit::Object,
    };
    // An object or a text is written as one file: one job makes it.
    let options = &codegen::Options {
        jobs: if emit.is_some() { 1 } else { options.jobs },
        ..*options
    };
    let generated = generate(&program, options, kind)?;
    if explain {
        let types: Vec<_> = program.modules.iter().flat_map(|m| &m.types).collect();
        print!("{}", report(&generated.functions, &types));
    }
    let stem = Path::new(file)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("a.out")
        .to_string();
    match emit {
        Some(crate::Emit::Llvm | crate::Emit::Asm) => {
            let mut out = std::io::stdout();
            out.write_all(&generated.objects.concat())
                .and_then(|()| out.flush())
                .map_err(|e| BuildError::Other(format!("cannot write the output: {e}")))
        }
        Some(crate::Emit::Obj) => {
            let out = output.map_or_else(|| format!("{stem}.o"), str::to_string);
            write(Path::new(&out), &generated.objects.concat())
        }
        _ => link(
            &generated.objects,
            Path::new(output.unwrap_or(&stem)),
            options,
        ),
    }
}

/// `--explain`: each code object, native or on the VM and why, and what
/// type inference found (`types`, one per code object in the same order).
fn report(
    functions: &[codegen::FunctionReport],
    types: &[&compiler::passes::infer::Summary],
) -> String {
    let mut out = String::new();
    for (i, f) in functions.iter().enumerate() {
        let what = match &f.fallback {
            None => "native".to_string(),
            Some(why) => format!("VM: {why}"),
        };
        out.push_str(&format!(
            "{}:{}: {}: {what}\n",
            f.filename, f.line, f.qualname
        ));
        if let Some(t) = types.get(i) {
            out.push_str(&inferred(f, t));
        }
    }
    let native = functions.iter().filter(|f| f.fallback.is_none()).count();
    out.push_str(&format!(
        "{native} of {} code objects compiled to native code\n",
        functions.len()
    ));
    out
}

/// The `--explain` lines on what inference found for one function.
fn inferred(f: &codegen::FunctionReport, t: &compiler::passes::infer::Summary) -> String {
    let mut out = String::new();
    if !t.params.is_empty() {
        let params: Vec<String> = t.params.iter().map(|p| p.to_string()).collect();
        let source = if t.called_directly {
            "from the module's direct calls"
        } else {
            "no direct call by name in its module, so parameters are objects"
        };
        out.push_str(&format!(
            "    parameters ({}): {source}\n",
            params.join(", ")
        ));
    }
    out.push_str(&format!("    returns {}\n", t.returns));
    if f.fallback.is_none() {
        if f.unboxed_locals.is_empty() && f.unboxed_temporaries == 0 {
            out.push_str("    generic: no value is expected to be a float\n");
        } else {
            out.push_str(&format!(
                "    unboxed floats: locals [{}], {} temporaries (checked where they enter; \
                 the VM runs the rest of a call whose check fails)\n",
                f.unboxed_locals.join(", "),
                f.unboxed_temporaries
            ));
        }
        if !f.small_int_locals.is_empty() || f.small_int_temporaries > 0 {
            out.push_str(&format!(
                "    small ints: locals [{}], {} temporaries (checked where they enter; \
                 the VM runs the rest of a call whose check fails)\n",
                f.small_int_locals.join(", "),
                f.small_int_temporaries
            ));
        }
        if t.speculated > 0 {
            let values = if t.speculated == 1 { "value" } else { "values" };
            out.push_str(&format!(
                "    speculated floats: {} {values} read from a container, an attribute, a global \
                 or a call, because they meet floats in arithmetic\n",
                t.speculated
            ));
        }
    }
    out
}

/// Collects the program whose main file is `main` (made absolute as the
/// runtime makes `__file__`).
pub fn collect(main: &str) -> Result<Program, CompileError> {
    compiler::program::collect(
        &runtime::run::absolute(main),
        0,
        runtime::modules::is_library,
    )
}

/// Generates `emit` for a collected program.
pub fn generate(
    program: &Program,
    options: &codegen::Options,
    emit: codegen::Emit,
) -> Result<codegen::Output, BuildError> {
    let units = program
        .modules
        .iter()
        .map(|m| codegen::Unit {
            path: &m.path,
            bytecode: &m.bytecode,
        })
        .collect();
    let main = program.modules.first().map_or("", |m| m.path.as_str());
    let input = codegen::Program {
        units,
        main,
        path0: &program.path0,
    };
    codegen::compile(&input, options, emit)
        .map_err(|e| BuildError::Other(format!("internal compiler error: {e}")))
}

/// Links `objects` with the runtime into the executable `out`, which
/// appears only when complete (written beside it, then renamed). An `out`
/// that exists and is no regular file (`/dev/null`, a pipe) is written
/// into instead, as `cc -o` does: renaming over it would replace it.
/// `options` says whether it keeps debug info.
pub fn link(objects: &[Vec<u8>], out: &Path, options: &codegen::Options) -> Result<(), BuildError> {
    let work = scratch_dir()?;
    let result = link_in(&work, objects, out, options);
    let _ = std::fs::remove_dir_all(&work);
    result
}

fn link_in(
    work: &Path,
    objects: &[Vec<u8>],
    out: &Path,
    options: &codegen::Options,
) -> Result<(), BuildError> {
    let mut files = Vec::with_capacity(objects.len());
    for (k, object) in objects.iter().enumerate() {
        let obj = work.join(format!("program{k}.o"));
        write(&obj, object)?;
        files.push(obj);
    }
    let lib = runtime_library()?;
    let special = std::fs::metadata(out).is_ok_and(|m| !m.is_file() && !m.is_dir());
    let partial = if special {
        work.join("a.out")
    } else {
        out.with_file_name(format!(
            ".{}.{}.partial",
            out.file_name().and_then(|n| n.to_str()).unwrap_or("a.out"),
            std::process::id()
        ))
    };
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let mut command = Command::new(&cc);
    command
        .arg("-o")
        .arg(&partial)
        .args(&files)
        .arg(&lib)
        .arg("-Wl,--gc-sections");
    if !options.debug_info {
        // Without -g the only DWARF is the Rust standard library's (its
        // prebuilt objects carry line tables), 2 to 4 MB nobody asked for. The
        // symbol table stays, so perf and gdb still name the `py:`
        // functions and the runtime's; `strip` removes it too.
        command.arg("-Wl,--strip-debug");
    }
    let output = command
        .args(SYSTEM_LIBS)
        .output()
        .map_err(|e| BuildError::Other(format!("cannot run the linker '{cc}': {e}")))?;
    if !output.status.success() {
        let _ = std::fs::remove_file(&partial);
        return Err(BuildError::Other(format!(
            "linking failed ({cc}):\n{}",
            String::from_utf8_lossy(&output.stderr).trim_end()
        )));
    }
    let cannot =
        |e: std::io::Error| BuildError::Other(format!("cannot write {}: {e}", out.display()));
    if special {
        let mut into = std::fs::OpenOptions::new()
            .write(true)
            .open(out)
            .map_err(cannot)?;
        return std::fs::File::open(&partial)
            .and_then(|mut from| std::io::copy(&mut from, &mut into))
            .map(|_| ())
            .map_err(cannot);
    }
    std::fs::rename(&partial, out).map_err(|e| {
        let _ = std::fs::remove_file(&partial);
        cannot(e)
    })
}

/// The runtime library as a file: extracted once per library version
/// into the cache folder (atomically, so concurrent builds agree).
fn runtime_library() -> Result<PathBuf, BuildError> {
    let dir = cache_dir();
    let lib = dir.join(format!("libpyrt-{}.a", env!("PYRT_HASH")));
    if std::fs::metadata(&lib).is_ok_and(|m| m.len() == LIBPYRT.len() as u64) {
        return Ok(lib);
    }
    std::fs::create_dir_all(&dir)
        .map_err(|e| BuildError::Other(format!("cannot create {}: {e}", dir.display())))?;
    let partial = dir.join(format!(".libpyrt.{}.partial", std::process::id()));
    write(&partial, LIBPYRT)?;
    std::fs::rename(&partial, &lib)
        .map_err(|e| BuildError::Other(format!("cannot write {}: {e}", lib.display())))?;
    // Copies from other builds of Pyrite are tens of megabytes each.
    for old in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let name = old.file_name();
        let name = name.to_string_lossy();
        if name.starts_with("libpyrt-") && name.ends_with(".a") && old.path() != lib {
            let _ = std::fs::remove_file(old.path());
        }
    }
    Ok(lib)
}

/// Pyrite's cache folder: `$XDG_CACHE_HOME/pyrite`, `~/.cache/pyrite`, or
/// a folder of this user's under the temporary folder.
pub fn cache_dir() -> PathBuf {
    let var = |k: &str| {
        std::env::var_os(k)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    if let Some(x) = var("XDG_CACHE_HOME") {
        return x.join("pyrite");
    }
    if let Some(home) = var("HOME") {
        return home.join(".cache").join("pyrite");
    }
    let user = std::env::var("USER").unwrap_or_else(|_| "user".into());
    std::env::temp_dir().join(format!("pyrite-cache-{user}"))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), BuildError> {
    std::fs::File::create(path)
        .and_then(|mut f| f.write_all(bytes))
        .map_err(|e| BuildError::Other(format!("cannot write {}: {e}", path.display())))
}

/// A fresh private folder for the linker's inputs.
fn scratch_dir() -> Result<PathBuf, BuildError> {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let dir = std::env::temp_dir().join(format!("pyrite-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir)
        .map_err(|e| BuildError::Other(format!("cannot create {}: {e}", dir.display())))?;
    Ok(dir)
}
