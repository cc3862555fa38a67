//! DWARF line information for `pyrite build -g`, so that gdb, perf and
//! addr2line map native code back to Python source lines.
//!
//! Each module of the program is one compile unit (language Python, its
//! source file); each native function is a subprogram named by its code
//! object's qualname (`fib`, `Point.__init__`) at its first line, and the
//! code generated for each pc carries that pc's line and column
//! (`CodeObject::locs`). There are no variables or types to describe:
//! native code keeps Python values in the frame's arrays. The emission
//! kind is still "full", because with "line tables only" LLVM leaves the
//! subprograms out of `.debug_info` and gdb names frames by symbol.
//!
//! `main` and the `pyrite.incref`/`pyrite.decref` helpers have no
//! subprogram: `main` has no Python source, and the helpers are always
//! inlined, where LLVM gives their instructions the location of the call.

use std::path::Path;

use compiler::bytecode::CodeObject;
use compiler::ir::Loc;
use inkwell::builder::Builder;
use inkwell::context::Context;
use inkwell::debug_info::{
    AsDIScope, DICompileUnit, DIFlags, DIFlagsConstants, DISubprogram, DWARFEmissionKind,
    DWARFSourceLanguage, DebugInfoBuilder,
};
use inkwell::module::FlagBehavior;
use inkwell::values::FunctionValue;

use crate::Program;
use crate::runtime::Runtime;

/// The DWARF version. Not LLVM's default 5: the Rust runtime's units are
/// version 4 with `.debug_aranges`, and gdb 13 rejects those aranges when
/// version 5 units precede them, then finds no function by name.
const DWARF_VERSION: u64 = 4;

/// The program's debug information while it is being built: one compile
/// unit per module, none without `-g`.
pub struct Debug<'ctx> {
    context: &'ctx Context,
    units: Vec<(DebugInfoBuilder<'ctx>, DICompileUnit<'ctx>)>,
}

impl<'ctx> Debug<'ctx> {
    /// A compile unit for each module of `program` when `enabled`, with the
    /// module flags that make LLVM emit DWARF.
    pub fn new(rt: &Runtime<'ctx>, program: &Program, enabled: bool, optimized: bool) -> Self {
        let context = rt.context;
        if !enabled {
            return Debug {
                context,
                units: Vec::new(),
            };
        }
        let flag = |key, value| {
            let value = rt.i32.const_int(value, false);
            rt.module
                .add_basic_value_flag(key, FlagBehavior::Warning, value);
        };
        flag(
            "Debug Info Version",
            u64::from(inkwell::debug_info::debug_metadata_version()),
        );
        flag("Dwarf Version", DWARF_VERSION);
        let producer = concat!("Pyrite ", env!("CARGO_PKG_VERSION"));
        let units = program
            .units
            .iter()
            .map(|unit| {
                let (name, dir) = split(unit.path);
                rt.module.create_debug_info_builder(
                    true,
                    DWARFSourceLanguage::Python,
                    name,
                    dir,
                    producer,
                    optimized,
                    "",
                    0,
                    "",
                    DWARFEmissionKind::Full,
                    0,
                    false,
                    false,
                    "",
                    "",
                )
            })
            .collect();
        Debug { context, units }
    }

    /// Module `m`'s compile unit, for its functions.
    pub fn unit(&self, m: usize) -> Unit<'_, 'ctx> {
        Unit {
            context: self.context,
            cu: self.units.get(m),
        }
    }

    /// Completes the debug information; LLVM's verifier checks it only
    /// once it is complete.
    pub fn finish(self) {
        // Dropping a DIBuilder finalizes it.
        drop(self.units);
    }
}

/// One module's compile unit, or nothing without `-g`.
pub struct Unit<'a, 'ctx> {
    context: &'ctx Context,
    cu: Option<&'a (DebugInfoBuilder<'ctx>, DICompileUnit<'ctx>)>,
}

impl<'a, 'ctx> Unit<'a, 'ctx> {
    /// Describes `f`, the native code of `co`, and returns what places its
    /// instructions on `co`'s lines.
    pub fn function<'b>(&self, f: FunctionValue<'ctx>, co: &'b CodeObject) -> Lines<'b, 'ctx>
    where
        'a: 'b,
    {
        let Some((di, cu)) = self.cu else {
            return Lines {
                context: self.context,
                scope: None,
                locs: &co.locs,
            };
        };
        let file = cu.get_file();
        let ty = di.create_subroutine_type(file, None, &[], DIFlags::ZERO);
        // No linkage name: gdb would name the function by it (the symbol,
        // `py:app.fib`) instead of the qualname, and `break fib` would fail.
        let sub = di.create_function(
            cu.as_debug_info_scope(),
            &co.qualname,
            Some(""),
            file,
            co.first_line,
            ty,
            true,
            true,
            co.first_line,
            DIFlags::ZERO,
            false,
        );
        f.set_subprogram(sub);
        Lines {
            context: self.context,
            scope: Some((di, sub)),
            locs: &co.locs,
        }
    }
}

/// Sets a function's builder to the source location of each pc.
pub struct Lines<'a, 'ctx> {
    context: &'ctx Context,
    scope: Option<(&'a DebugInfoBuilder<'ctx>, DISubprogram<'ctx>)>,
    locs: &'a [Loc],
}

impl<'ctx> Lines<'_, 'ctx> {
    /// Code built next belongs to the function's first line (the entry
    /// block, before pc 0).
    pub fn start(&self, b: &Builder<'ctx>, first_line: u32) {
        self.set(b, first_line, 0);
    }

    /// Code built next belongs to `pc`. DWARF columns are 1-based (0 is
    /// "unknown"); CPython's are 0-based.
    pub fn at(&self, b: &Builder<'ctx>, pc: usize) {
        let loc = self.locs.get(pc).copied().unwrap_or_default();
        let col = if loc.line == 0 { 0 } else { loc.col + 1 };
        self.set(b, loc.line, col);
    }

    fn set(&self, b: &Builder<'ctx>, line: u32, col: u32) {
        if let Some((di, sub)) = self.scope {
            let loc =
                di.create_debug_location(self.context, line, col, sub.as_debug_info_scope(), None);
            b.set_current_debug_location(loc);
        }
    }
}

/// A path's file name and folder, as DWARF records a file.
fn split(path: &str) -> (&str, &str) {
    let p = Path::new(path);
    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or(path);
    let dir = p.parent().and_then(|d| d.to_str()).unwrap_or("");
    (name, dir)
}
