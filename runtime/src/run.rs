//! Running programs: compiling a source file to bytecode and executing it
//! in a namespace, the `__main__` module, and the process's exit status
//! (uncaught exceptions, SystemExit, KeyboardInterrupt).

use compiler::diagnostics::{CompileError, SyntaxError};
use compiler::source::SourceFile;

use crate::error::{PyErr, PyResult};
use crate::object::Obj;
use crate::protocol;
use crate::rt::{self, Exc};
use crate::types::str::new_str;
use crate::types::{dict, int};
use crate::vm::eval::{Exit, run};
use crate::vm::frame::Frame;

/// Compiles source text to a loaded bytecode module.
pub fn compile(
    src: &SourceFile,
    module_name: &str,
) -> Result<std::rc::Rc<crate::vm::code::CompiledModule>, CompileError> {
    let ir = compiler::driver::lower_source(src, module_name)?;
    compiler::driver::verify(&src.name, &ir)?;
    let bc = compiler::bytecode::emit_module(&ir).map_err(|e| CompileError::Internal {
        filename: src.name.clone(),
        line: ir.functions.get(e.func.index()).map_or(0, |f| f.first_line),
        message: e.message,
    })?;
    Ok(crate::vm::code::load(bc))
}

/// Executes the module body of `module` in namespace `ns`.
pub fn exec_module(
    module: std::rc::Rc<crate::vm::code::CompiledModule>,
    ns: &Obj,
) -> PyResult<Obj> {
    let code = crate::vm::code::CodeRef { module, index: 0 };
    let mut frame = Frame::for_namespace(code, ns.clone(), ns.clone(), Vec::new());
    let _depth = crate::vm::eval::DepthGuard::enter()?;
    match run(&mut frame, None)? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => Err(PyErr::new(Exc::SystemError, "module body yielded")),
    }
}

/// Reads, compiles and executes a file as module `name` in `ns`.
pub fn exec_file(path: &str, name: &str, ns: &Obj) -> PyResult<()> {
    let bytes = std::fs::read(path).map_err(crate::io::os_error)?;
    let text = compiler::encoding::decode_source(path, bytes).map_err(compile_error)?;
    let src = SourceFile::new(path, text);
    let module = compile(&src, name).map_err(compile_error)?;
    exec_module(module, ns).map(|_| ())
}

/// A compile error as the Python exception CPython raises.
pub fn compile_error(e: CompileError) -> PyErr {
    match e {
        CompileError::Syntax(s) => syntax_error(&s),
        CompileError::Internal {
            filename,
            line,
            message,
        } => PyErr::new(
            Exc::SystemError,
            format!("internal compiler error at {filename}:{line}: {message}"),
        ),
        CompileError::Io { filename, message } => PyErr::new(
            Exc::OSError,
            format!("can't open file '{filename}': {message}"),
        ),
    }
}

/// A SyntaxError (or IndentationError, TabError) instance with CPython's
/// attributes.
pub fn syntax_error(s: &SyntaxError) -> PyErr {
    let kind = match s.class {
        compiler::diagnostics::ErrorClass::SyntaxError => Exc::SyntaxError,
        compiler::diagnostics::ErrorClass::IndentationError => Exc::IndentationError,
        compiler::diagnostics::ErrorClass::TabError => Exc::TabError,
    };
    let text = s.text.as_ref().map(|t| new_str(t)).unwrap_or_else(rt::none);
    let details = crate::types::tuple::new_tuple(vec![
        new_str(&s.filename),
        int::from_i64(s.lineno as i64),
        int::from_i64(s.offset as i64),
        text.clone(),
        int::from_i64(s.end_lineno as i64),
        int::from_i64(s.end_offset as i64),
    ]);
    let e = PyErr::with_args(kind, vec![new_str(&s.msg), details]);
    let set = |k: &str, v: Obj| {
        let _ = protocol::setattr(&e.exc, &new_str(k), Some(&v));
    };
    set("msg", new_str(&s.msg));
    set("filename", new_str(&s.filename));
    set("lineno", int::from_i64(s.lineno as i64));
    set("offset", int::from_i64(s.offset as i64));
    set("text", text);
    set("end_lineno", int::from_i64(s.end_lineno as i64));
    set("end_offset", int::from_i64(s.end_offset as i64));
    e
}

/// Runs a program file as `__main__` with `argv` (`argv[0]` is the path)
/// and returns the process exit status ([`SIGINT_STATUS`] for an uncaught
/// KeyboardInterrupt).
pub fn run_main(path: &str, argv: &[String]) -> i32 {
    let script_dir = std::fs::canonicalize(path)
        .ok()
        .and_then(|p| p.parent().map(|d| d.display().to_string()))
        .unwrap_or_else(|| ".".into());
    let modules = crate::import::modules();
    let sys = crate::sys::new_sys_module(argv, &[script_dir]);
    let _ = dict::set_str(&modules, "sys", sys);
    if let Some(b) = crate::modules::builtin_module("builtins") {
        let _ = dict::set_str(&modules, "builtins", b);
    }
    let main = crate::types::module::new_module("__main__");
    let Some(ns) = main.dict() else { return 70 };
    let _ = dict::set_str(&ns, "__file__", new_str(path));
    let _ = dict::set_str(&ns, "__builtins__", crate::builtins::builtins_dict());
    let _ = dict::set_str(&ns, "__package__", rt::none());
    let _ = dict::set_str(&modules, "__main__", main.clone());

    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            let msg = e.to_string();
            let msg = msg.split(" (os error").next().unwrap_or(&msg).to_string();
            let _ = crate::io::write_stderr(&format!(
                "pyrite: can't open file '{}': [Errno {}] {msg}\n",
                std::path::absolute(path)
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|_| path.to_string()),
                e.raw_os_error().unwrap_or(0)
            ));
            return 2;
        }
    };
    let result = compiler::encoding::decode_source(path, bytes)
        .and_then(|text| compile(&SourceFile::new(path, text), "__main__"));
    let status = match result {
        Err(CompileError::Syntax(s)) => {
            let _ = crate::io::write_stderr(&format!("{s}\n"));
            1
        }
        Err(e) => {
            let _ = crate::io::write_stderr(&format!("{e}\n"));
            70
        }
        Ok(module) => match exec_module(module, &ns) {
            Ok(_) => 0,
            Err(e) => handle_uncaught(&e),
        },
    };
    let flushed = crate::io::flush_stdout();
    if flushed.is_err() && status == 0 {
        return 120;
    }
    status
}

/// Prints an uncaught exception (or handles SystemExit) and returns the
/// exit status.
pub fn handle_uncaught(e: &PyErr) -> i32 {
    let _ = crate::io::flush_stdout();
    if crate::vm::traceback::is_system_exit(&e.exc) {
        let code = protocol::getattr_str(&e.exc, "code").unwrap_or_else(|_| rt::none());
        if rt::is_none(&code) {
            return 0;
        }
        if let Some(i) = int::as_i64(&code).filter(|_| int::is_int(&code)) {
            return i as i32;
        }
        let text = protocol::str_string(&code).unwrap_or_default();
        let _ = crate::io::write_stderr(&format!("{text}\n"));
        return 1;
    }
    let report = crate::vm::traceback::format_exception(&e.exc);
    let _ = crate::io::write_stderr(&report);
    if e.matches(Exc::KeyboardInterrupt) {
        // CPython re-raises SIGINT with the default handler so the parent
        // sees death by signal; the cli does that for this status.
        return SIGINT_STATUS;
    }
    1
}

/// The status `run_main` returns for an uncaught KeyboardInterrupt: the
/// process must end by SIGINT (the cli does it), as CPython's does.
pub const SIGINT_STATUS: i32 = -2;
