//! The modules of a program, for `pyrite build`: the main file and every
//! module of the program's own that it imports, found by following the
//! `import` statements (as Nuitka does) on the search path the running
//! program will have (`sys.path[0]`, then each package's folder).
//!
//! Paths are spelled exactly as the runtime's import system spells them
//! (`DIR/NAME.py`, `DIR/NAME/__init__.py`), because the executable's image
//! is keyed by them.

use std::collections::{HashSet, VecDeque};
use std::path::Path;

use crate::bytecode;
use crate::diagnostics::CompileError;
use crate::ir::{Imm, Opcode};

/// One module of the program.
pub struct ProgramModule {
    /// The path the runtime will look it up by.
    pub path: String,
    /// Its `__name__` (`__main__` for the main file).
    pub name: String,
    /// Its bytecode.
    pub bytecode: bytecode::Module,
    /// What type inference found, per code object.
    pub types: Vec<crate::passes::infer::Summary>,
}

/// A whole program, ready for the native backend.
pub struct Program {
    /// The modules, the main one first.
    pub modules: Vec<ProgramModule>,
    /// `sys.path[0]`: the main file's folder, resolved.
    pub path0: String,
    /// Imports of modules found neither among the program's files nor in
    /// the runtime's library: importing one raises ModuleNotFoundError.
    pub missing: Vec<Missing>,
}

/// An import that finds nothing at build time.
pub struct Missing {
    /// The module name.
    pub name: String,
    /// The importing file.
    pub filename: String,
    /// The line of the import.
    pub line: u32,
}

/// Where an import leads.
enum Found {
    /// A module file.
    Module(String),
    /// A package: its folder and its `__init__.py`.
    Package(String, String),
}

/// Collects the program whose main file is `main` (a path as the runtime
/// will spell it: absolute). `is_library(name)` tells which top-level
/// names the runtime provides itself.
pub fn collect(
    main: &str,
    optimize: u8,
    is_library: impl Fn(&str) -> bool,
) -> Result<Program, CompileError> {
    let path0 = std::fs::canonicalize(main)
        .ok()
        .and_then(|p| p.parent().map(|d| d.display().to_string()))
        .unwrap_or_else(|| ".".into());
    let mut program = Program {
        modules: Vec::new(),
        path0: path0.clone(),
        missing: Vec::new(),
    };
    // Packages found so far: name -> folder.
    let mut packages: Vec<(String, String)> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut queue = VecDeque::from([(main.to_string(), "__main__".to_string(), false)]);
    while let Some((path, name, is_package)) = queue.pop_front() {
        let src = crate::driver::read_source(&path)?;
        let mut ir = crate::driver::lower_source_optimized(&src, &name, optimize)?;
        crate::driver::verify(&path, &ir)?;
        let types = crate::driver::run_passes(&path, &mut ir)?;
        let bc = crate::driver::emit_bytecode(&path, &ir)?;
        let package = if is_package {
            name.clone()
        } else {
            name.rsplit_once('.')
                .map(|(p, _)| p.to_string())
                .unwrap_or_default()
        };
        for (wanted, line, optional) in imports(&ir, &package) {
            let mut prefix = String::new();
            for part in wanted.split('.') {
                if !prefix.is_empty() {
                    prefix.push('.');
                }
                prefix.push_str(part);
                if !seen.insert(prefix.clone()) {
                    continue;
                }
                let found = match prefix.rsplit_once('.') {
                    None if is_library(&prefix) && !find(&path0, &prefix) => continue,
                    None => search(&path0, &prefix),
                    Some((parent, leaf)) => packages
                        .iter()
                        .find(|(p, _)| p == parent)
                        .and_then(|(_, dir)| search(dir, leaf)),
                };
                match found {
                    Some(Found::Module(file)) => queue.push_back((file, prefix.clone(), false)),
                    Some(Found::Package(dir, init)) => {
                        packages.push((prefix.clone(), dir));
                        queue.push_back((init, prefix.clone(), true));
                    }
                    None if optional || prefix.contains('.') && !is_known(&packages, &prefix) => {}
                    None => program.missing.push(Missing {
                        name: prefix.clone(),
                        filename: path.clone(),
                        line,
                    }),
                }
            }
        }
        program.modules.push(ProgramModule {
            path,
            name,
            bytecode: bc,
            types,
        });
    }
    Ok(program)
}

/// Whether the parent package of a dotted name is one of the program's
/// (then a missing submodule is worth a warning; under a library package
/// it is the library's business).
fn is_known(packages: &[(String, String)], name: &str) -> bool {
    name.rsplit_once('.')
        .is_some_and(|(parent, _)| packages.iter().any(|(p, _)| p == parent))
}

/// Whether `dir` holds a module or package named `leaf` (the program's
/// own module of a library's name shadows the library, as on CPython).
pub fn find(dir: &str, leaf: &str) -> bool {
    search(dir, leaf).is_some()
}

/// `LEAF/__init__.py` or `LEAF.py` in `dir`, spelled as the runtime does.
fn search(dir: &str, leaf: &str) -> Option<Found> {
    let base = Path::new(if dir.is_empty() { "." } else { dir });
    let init = base.join(leaf).join("__init__.py");
    if init.is_file() {
        return Some(Found::Package(
            base.join(leaf).display().to_string(),
            init.display().to_string(),
        ));
    }
    let file = base.join(format!("{leaf}.py"));
    file.is_file()
        .then(|| Found::Module(file.display().to_string()))
}

/// The absolute module names a module imports, with the line of each and
/// whether a miss is expected (`from pkg import name` where `name` may be
/// an attribute rather than a submodule).
fn imports(ir: &crate::ir::Module, package: &str) -> Vec<(String, u32, bool)> {
    let mut out = Vec::new();
    for f in &ir.functions {
        let mut last_import: Option<String> = None;
        for inst in &f.insts {
            match (&inst.op, &inst.imm) {
                (Opcode::Import, Imm::Import { name, level }) => {
                    let Some(abs) = absolute(name, *level, package) else {
                        continue;
                    };
                    if !abs.is_empty() {
                        out.push((abs.clone(), inst.loc.line, false));
                    }
                    last_import = Some(abs);
                }
                (Opcode::ImportFrom, Imm::Name(attr)) => {
                    if let Some(base) = &last_import {
                        let sub = if base.is_empty() {
                            attr.clone()
                        } else {
                            format!("{base}.{attr}")
                        };
                        out.push((sub, inst.loc.line, true));
                    }
                }
                _ => {}
            }
        }
    }
    out
}

/// The absolute name of `name` imported at `level` from `package`, as the
/// runtime resolves it; `None` when it climbs above the top package.
fn absolute(name: &str, level: u32, package: &str) -> Option<String> {
    if level == 0 {
        return Some(name.to_string());
    }
    let parts: Vec<&str> = package.split('.').filter(|p| !p.is_empty()).collect();
    let keep = parts.len().checked_sub(level as usize - 1)?;
    let base = parts[..keep].join(".");
    Some(match (base.is_empty(), name.is_empty()) {
        (_, true) => base,
        (true, false) => name.to_string(),
        (false, false) => format!("{base}.{name}"),
    })
}
