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
    compile_bytecode(src, module_name).map(crate::vm::code::load)
}

/// Compiles source text to bytecode (what the code cache stores).
pub fn compile_bytecode(
    src: &SourceFile,
    module_name: &str,
) -> Result<compiler::bytecode::Module, CompileError> {
    let ir = compiler::driver::lower_source_optimized(src, module_name, rt::optimize())?;
    compiler::driver::verify(&src.name, &ir)?;
    compiler::bytecode::emit_module(&ir).map_err(|e| CompileError::Internal {
        filename: src.name.clone(),
        line: ir.functions.get(e.func.index()).map_or(0, |f| f.first_line),
        message: e.message,
    })
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
    let module = match crate::native::image::load(path) {
        Some(built) => built,
        None => {
            let bytes = std::fs::read(path).map_err(crate::io::os_error)?;
            compile_file(path, name, bytes)
        }
    }
    .map_err(compile_error)?;
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
    let config = Config {
        prog: "pyrite".into(),
        args: argv.iter().skip(1).cloned().collect(),
        ..Config::default()
    };
    run_program(&config, &Program::File(path.to_string())).status
}

/// How the command line configured the interpreter (python3's options
/// and environment variables, already read by the cli).
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// The command as invoked (the process's `argv[0]`): CPython prefixes
    /// its startup errors with it.
    pub prog: String,
    /// The program's arguments: `sys.argv[1:]`.
    pub args: Vec<String>,
    /// PYTHONPATH's entries, after the program's directory on `sys.path`.
    pub pythonpath: Vec<String>,
    /// `-P`/`-I`: the program's directory is not put first on `sys.path`.
    pub safe_path: bool,
    /// `-B`/PYTHONDONTWRITEBYTECODE: `sys.dont_write_bytecode`.
    pub dont_write_bytecode: bool,
    /// `-u`/PYTHONUNBUFFERED: stdout is written through at once.
    pub unbuffered: bool,
    /// `-O` (1) and `-OO` (2): `sys.flags.optimize`.
    pub optimize: u8,
    /// `-i`: `sys.flags.inspect` and `sys.flags.interactive`.
    pub inspect: bool,
    /// `-q`: `sys.flags.quiet`.
    pub quiet: bool,
    /// `-E`: `sys.flags.ignore_environment`.
    pub ignore_environment: bool,
    /// `-I`: `sys.flags.isolated`.
    pub isolated: bool,
    /// `-X` options, as given (`name` or `name=value`): `sys._xoptions`.
    pub xoptions: Vec<String>,
    /// `sys.argv[0]` when it is not the program's path: a built
    /// executable's name as invoked.
    pub argv0: Option<String>,
}

impl Config {
    /// The environment variables python3 honours (`PYTHONPATH`,
    /// `PYTHONDONTWRITEBYTECODE`, ...), applied to `config`; `env` reads one.
    pub fn apply_environment(&mut self, env: impl Fn(&str) -> Option<String>) {
        let set = |name: &str| env(name).is_some_and(|v| !v.is_empty());
        self.dont_write_bytecode |= set("PYTHONDONTWRITEBYTECODE");
        self.unbuffered |= set("PYTHONUNBUFFERED");
        self.inspect |= set("PYTHONINSPECT");
        self.safe_path |= set("PYTHONSAFEPATH");
        if let Some(p) = env("PYTHONPATH") {
            self.pythonpath = p
                .split(':')
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect();
        }
    }
}

/// What runs as `__main__`.
#[derive(Clone, Debug)]
pub enum Program {
    /// A script file (`pyrite FILE`).
    File(String),
    /// `-c CODE`.
    Command(String),
    /// `-m MODULE`: a module or a package's `__main__`, found on sys.path.
    Module(String),
    /// The whole of stdin; `dash` when named by `-` (then `sys.argv[0]`
    /// is `-`, otherwise it is empty).
    Stdin {
        /// Whether the command line said `-`.
        dash: bool,
    },
    /// Nothing: the prompt alone (`sys.argv[0]` is empty).
    Nothing,
}

/// The result of running a program: the exit status, and the `__main__`
/// namespace for a prompt that follows (`-i`).
pub struct Outcome {
    /// The process exit status ([`SIGINT_STATUS`] for KeyboardInterrupt).
    pub status: i32,
    /// The `__main__` module's namespace.
    pub main: Obj,
}

/// Sets up `sys`, `builtins` and `__main__` as `config` says, runs
/// `program`, and returns its exit status with the `__main__` namespace.
pub fn run_program(config: &Config, program: &Program) -> Outcome {
    if config.unbuffered {
        crate::io::set_unbuffered();
    }
    rt::with(|rt| {
        rt.optimize.set(config.optimize);
        rt.inspect.set(config.inspect);
    });
    let cwd = std::env::current_dir()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let (argv0, path0) = match program {
        Program::File(path) if std::path::Path::new(path).is_dir() => (path.clone(), path.clone()),
        Program::File(path) if crate::native::image::get().is_some_and(|i| &i.main == path) => (
            path.clone(),
            crate::native::image::get()
                .map(|i| i.path0.clone())
                .unwrap_or_default(),
        ),
        Program::File(path) => (
            path.clone(),
            std::fs::canonicalize(path)
                .ok()
                .and_then(|p| p.parent().map(|d| d.display().to_string()))
                .unwrap_or_else(|| cwd.clone()),
        ),
        Program::Command(_) => ("-c".to_string(), String::new()),
        Program::Module(_) => ("-m".to_string(), cwd.clone()),
        Program::Stdin { dash: true } => ("-".to_string(), String::new()),
        Program::Stdin { dash: false } | Program::Nothing => (String::new(), String::new()),
    };
    let mut argv = vec![config.argv0.clone().unwrap_or(argv0)];
    argv.extend(config.args.iter().cloned());
    let mut path = Vec::new();
    if !config.safe_path {
        path.push(path0);
    }
    path.extend(config.pythonpath.iter().cloned());
    let ns = init_main(config, &argv, &path);
    let status = match program {
        Program::File(file) => run_file(config, file, &ns),
        Program::Command(code) => run_source(&ns, "<string>", code.clone().into_bytes()),
        Program::Module(name) => run_module(config, name, &ns),
        Program::Stdin { .. } => {
            let _ = dict::set_str(&ns, "__file__", new_str("<stdin>"));
            let mut bytes = Vec::new();
            match std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes) {
                Ok(_) => run_source(&ns, "<stdin>", bytes),
                Err(e) => {
                    let _ = crate::io::write_stderr(&format!("{}: {e}\n", config.prog));
                    1
                }
            }
        }
        Program::Nothing => 0,
    };
    let flushed = crate::io::flush_stdout();
    let status = if flushed.is_err() && status == 0 {
        120
    } else {
        status
    };
    Outcome { status, main: ns }
}

/// Builds `sys` (argv, path, flags), `builtins` and an empty `__main__`,
/// and returns `__main__`'s namespace.
fn init_main(config: &Config, argv: &[String], path: &[String]) -> Obj {
    let modules = crate::import::modules();
    let sys = crate::sys::new_sys_module(argv, path);
    if let Some(d) = sys.dict() {
        crate::modules::sys_info::set_flags(&d, config);
    }
    let _ = dict::set_str(&modules, "sys", sys);
    if let Some(b) = crate::modules::builtin_module("builtins") {
        let _ = dict::set_str(&modules, "builtins", b);
    }
    let main = crate::types::module::new_module("__main__");
    let ns = main.dict().unwrap_or_else(dict::new_dict);
    let _ = dict::set_str(&ns, "__builtins__", crate::builtins::builtins_dict());
    let _ = dict::set_str(&ns, "__package__", rt::none());
    let _ = dict::set_str(&modules, "__main__", main);
    ns
}

/// Runs a script file in `ns`, through the code cache. As CPython 3.11,
/// `__file__` and the traceback's file name are the path made absolute by
/// joining it to the working directory (`.` and `..` kept); a folder runs
/// its `__main__.py`.
fn run_file(config: &Config, path: &str, ns: &Obj) -> i32 {
    let full = absolute(path);
    let file = if std::path::Path::new(path).is_dir() {
        let main = format!("{}/__main__.py", full.trim_end_matches('/'));
        if !std::path::Path::new(&main).is_file() {
            let _ = crate::io::write_stderr(&format!(
                "{}: can't find '__main__' module in '{full}'\n",
                config.prog
            ));
            return 1;
        }
        // runpy runs a folder's `__main__` with `__package__` empty.
        let _ = dict::set_str(ns, "__package__", new_str(""));
        main
    } else {
        full.clone()
    };
    let _ = dict::set_str(ns, "__file__", new_str(&file));
    if let Some(built) = crate::native::image::load(&file) {
        return finish(built, ns);
    }
    let bytes = match std::fs::read(&file) {
        Ok(b) => b,
        Err(e) => {
            let _ = crate::io::write_stderr(&format!(
                "{}: can't open file '{full}': [Errno {}] {}\n",
                config.prog,
                e.raw_os_error().unwrap_or(0),
                os_message(&e)
            ));
            return 2;
        }
    };
    let compiled = compile_file(&file, "__main__", bytes);
    finish(compiled, ns)
}

/// A path made absolute as CPython does for the main script: joined to
/// the working directory, not normalized.
pub fn absolute(path: &str) -> String {
    if path.starts_with('/') {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => format!("{}/{path}", cwd.display().to_string().trim_end_matches('/')),
        Err(_) => path.to_string(),
    }
}

/// The text of an OS error as CPython's `strerror` gives it.
fn os_message(e: &std::io::Error) -> String {
    let msg = e.to_string();
    msg.split(" (os error").next().unwrap_or(&msg).to_string()
}

/// Compiles and runs source text (`-c`, stdin) in `ns`.
fn run_source(ns: &Obj, filename: &str, bytes: Vec<u8>) -> i32 {
    let compiled = compiler::encoding::decode_source(filename, bytes)
        .and_then(|text| compile(&SourceFile::new(filename, text), "__main__"));
    finish(compiled, ns)
}

/// Runs a compiled body in `ns`, printing a compile error or an uncaught
/// exception as CPython does.
fn finish(
    compiled: Result<std::rc::Rc<crate::vm::code::CompiledModule>, CompileError>,
    ns: &Obj,
) -> i32 {
    match compiled {
        Err(CompileError::Syntax(s)) => {
            let _ = crate::io::write_stderr(&format!("{s}\n"));
            1
        }
        Err(e) => {
            let _ = crate::io::write_stderr(&format!("{e}\n"));
            70
        }
        Ok(module) => match exec_module(module, ns) {
            Ok(_) => 0,
            Err(e) => handle_uncaught(&e),
        },
    }
}

/// `-m NAME`: finds the module (a package runs its `__main__`) on
/// sys.path, importing its parent packages, and runs it as `__main__`
/// with `sys.argv[0]` set to its file, as runpy does.
fn run_module(config: &Config, name: &str, ns: &Obj) -> i32 {
    let fail = |msg: String| {
        let _ = crate::io::write_stderr(&format!("{}: {msg}\n", config.prog));
        1
    };
    let found = match crate::import::find_module(name) {
        Ok(Some(found)) => found,
        Ok(None) => return fail(format!("No module named {name}")),
        Err(e) if e.matches(Exc::SystemExit) => return handle_uncaught(&e),
        Err(e) => {
            let report = crate::vm::traceback::format_exception(&e.exc);
            let last = report.trim_end().lines().last().unwrap_or("").to_string();
            return fail(format!(
                "Error while finding module specification for '{name}' ({last})"
            ));
        }
    };
    let (file, run_name) = match found {
        crate::import::Found::Module(file) => (file, name.to_string()),
        crate::import::Found::Package(_) => {
            let main = format!("{name}.__main__");
            if let Err(e) = crate::import::import_module(name) {
                return handle_uncaught(&e);
            }
            match crate::import::find_module(&main) {
                Ok(Some(crate::import::Found::Module(file))) => (file, main),
                _ => {
                    return fail(format!(
                        "No module named {main}; '{name}' is a package and cannot be directly executed"
                    ));
                }
            }
        }
    };
    let full = absolute(&file.display().to_string());
    if let Some(argv) = dict::get_str(&crate::import::sys_dict(), "argv")
        .ok()
        .flatten()
    {
        let _ = crate::types::list::setitem_impl(&argv, &int::from_i64(0), Some(&new_str(&full)));
    }
    let package = run_name
        .rsplit_once('.')
        .map(|(p, _)| p.to_string())
        .unwrap_or_default();
    let _ = dict::set_str(ns, "__file__", new_str(&full));
    let _ = dict::set_str(ns, "__package__", new_str(&package));
    let bytes = match std::fs::read(&file) {
        Ok(b) => b,
        Err(e) => return fail(format!("can't open file '{full}': {}", os_message(&e))),
    };
    finish(compile_file(&full, "__main__", bytes), ns)
}

/// Compiles a source file's bytes through the code cache (written unless
/// `sys.dont_write_bytecode` is true).
pub fn compile_file(
    path: &str,
    name: &str,
    bytes: Vec<u8>,
) -> Result<std::rc::Rc<crate::vm::code::CompiledModule>, CompileError> {
    let write = !dict::get_str(&crate::import::sys_dict(), "dont_write_bytecode")
        .ok()
        .flatten()
        .is_some_and(|v| protocol::truth(&v).unwrap_or(false));
    crate::cache::compile_cached(path, name, bytes, write)
}

/// Compiles one prompt entry ('single' mode, file `<stdin>`) and runs it
/// in `ns`, printing a SyntaxError or a traceback as CPython's prompt does.
/// Returns the exit status when the entry raised SystemExit.
pub fn run_interactive(ns: &Obj, text: &str) -> Option<i32> {
    let src = SourceFile::new("<stdin>", text.to_string());
    let compiled = compiler::driver::lower_interactive_source(&src, "__main__", rt::optimize())
        .and_then(|ir| {
            compiler::driver::verify(&src.name, &ir)?;
            compiler::driver::emit_bytecode(&src.name, &ir)
        });
    let result = match compiled {
        Err(CompileError::Syntax(s)) => {
            let _ = crate::io::write_stderr(&format!("{s}\n"));
            return None;
        }
        Err(e) => Err(compile_error(e)),
        Ok(bc) => exec_module(crate::vm::code::load(bc), ns).map(|_| ()),
    };
    let _ = crate::io::flush_stdout();
    match result {
        Ok(()) => None,
        Err(e) if crate::vm::traceback::is_system_exit(&e.exc) => Some(system_exit_status(&e)),
        Err(e) => {
            let report = crate::vm::traceback::format_exception(&e.exc);
            let _ = crate::io::write_stderr(&report);
            None
        }
    }
}

/// Prints an uncaught exception and returns the exit status. SystemExit
/// prints nothing but its message and gives the status it asks for, except
/// under `-i`, where it is reported like any exception and the prompt
/// follows.
pub fn handle_uncaught(e: &PyErr) -> i32 {
    let _ = crate::io::flush_stdout();
    let inspect = rt::with(|rt| rt.inspect.get());
    if crate::vm::traceback::is_system_exit(&e.exc) && !inspect {
        return system_exit_status(e);
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

/// The exit status SystemExit asks for (its code: None is 0, an int is
/// itself, anything else is printed to stderr and gives 1).
fn system_exit_status(e: &PyErr) -> i32 {
    let code = protocol::getattr_str(&e.exc, "code").unwrap_or_else(|_| rt::none());
    if rt::is_none(&code) {
        return 0;
    }
    if let Some(i) = int::as_i64(&code).filter(|_| int::is_int(&code)) {
        return i as i32;
    }
    let text = protocol::str_string(&code).unwrap_or_default();
    let _ = crate::io::write_stderr(&format!("{text}\n"));
    1
}

/// The status `run_main` returns for an uncaught KeyboardInterrupt: the
/// process must end by SIGINT (the cli does it), as CPython's does.
pub const SIGINT_STATUS: i32 = -2;
