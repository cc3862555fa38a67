//! The program image of a built executable: each module's bytecode, keyed
//! by the path its source had at build time, with the native entries of
//! its code objects.
//!
//! Imports and the main program look files up here before the disk
//! (`is_file`, `load`), so a built program finds its modules by the same
//! search as `pyrite run --vm` would, moved away from its sources or not.

use std::collections::HashMap;
use std::rc::Rc;
use std::sync::OnceLock;

use compiler::diagnostics::CompileError;

use super::NativeFn;
use crate::vm::code::CompiledModule;

/// One module of the image, as the generated object lays it out.
#[repr(C)]
pub struct RawModule {
    /// The source path at build time (UTF-8, not NUL-terminated).
    pub path: *const u8,
    /// Its length in bytes.
    pub path_len: usize,
    /// The serialized bytecode module (`bytecode::Module::to_bytes`).
    pub bytecode: *const u8,
    /// Its length in bytes.
    pub bytecode_len: usize,
    /// One entry per code object: its native function, or null.
    pub natives: *const Option<NativeFn>,
    /// The number of entries.
    pub natives_len: usize,
    /// One byte per code object: 1 when its native function also takes
    /// direct calls (`native::direct`), else 0.
    pub direct: *const u8,
}

/// The whole image, as the generated object lays it out.
#[repr(C)]
pub struct RawImage {
    /// The modules.
    pub modules: *const RawModule,
    /// How many.
    pub len: usize,
    /// The main program's path (one of the modules).
    pub main: *const u8,
    /// Its length in bytes.
    pub main_len: usize,
    /// `sys.path[0]`: the main program's folder, resolved at build time.
    pub path0: *const u8,
    /// Its length in bytes.
    pub path0_len: usize,
    /// The context's layout words that the native code was built with
    /// (`abi::layout_words`): (word index, value) pairs.
    pub layout: *const [u64; 2],
    /// How many.
    pub layout_len: usize,
}

/// A module of the image, borrowed from the executable's read-only data.
#[derive(Clone, Copy)]
pub struct Module {
    /// Serialized bytecode.
    pub bytecode: &'static [u8],
    /// Native entries, one per code object.
    pub natives: &'static [Option<NativeFn>],
    /// Which of them take direct calls (nonzero), one per code object.
    pub direct: &'static [u8],
}

/// The image of the running executable.
pub struct Image {
    /// The main program's path.
    pub main: String,
    /// `sys.path[0]` for the main program.
    pub path0: String,
    /// The modules by path.
    pub modules: HashMap<String, Module>,
}

static IMAGE: OnceLock<Image> = OnceLock::new();

/// Installs the image (once, before the program runs).
pub fn install(image: Image) {
    let _ = IMAGE.set(image);
}

/// The installed image, if this process is a built executable.
pub fn get() -> Option<&'static Image> {
    IMAGE.get()
}

/// Whether `path` names a module file: in the image, or on disk.
pub fn is_file(path: &std::path::Path) -> bool {
    let in_image = get().is_some_and(|i| path.to_str().is_some_and(|p| i.modules.contains_key(p)));
    in_image || path.is_file()
}

/// The image's compiled module for `path`, with its native entries, or
/// `None` when the image has no such file.
pub fn load(path: &str) -> Option<Result<Rc<CompiledModule>, CompileError>> {
    let m = get()?.modules.get(path)?;
    Some(
        compiler::bytecode::Module::from_bytes(m.bytecode)
            .map(|bc| crate::vm::code::load_native(bc, m.natives, m.direct))
            .map_err(|e| CompileError::Internal {
                filename: path.to_string(),
                line: 0,
                message: format!("corrupt program image: {e}"),
            }),
    )
}
