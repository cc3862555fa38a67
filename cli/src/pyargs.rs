//! python3's command line: `pyrite [option] ... [-c cmd | -m mod | file | -]
//! [arg] ...`, parsed as CPython's getopt does (short options may be
//! bundled, `-c` and `-m` end the options, the first argument that is not
//! an option is the program), with the environment variables it honours.

use runtime::run::{Config, Program};

/// What a python-style command line asks for.
pub enum Invocation {
    /// Run a program (and maybe prompt afterwards).
    Run(Box<Request>),
    /// `-h`, `--help`, `-?`.
    Help,
    /// `-V`, `--version`.
    Version,
    /// A usage error: the message line, printed before the usage lines.
    Usage(String),
}

/// A program to run and how.
pub struct Request {
    /// The interpreter's configuration.
    pub config: Config,
    /// What runs as `__main__`.
    pub program: Program,
}

/// Parses `args` (the process's arguments after `argv[0]`); `env` reads an
/// environment variable (ignored under `-E` and `-I`).
pub fn parse(prog: &str, args: &[String], env: impl Fn(&str) -> Option<String>) -> Invocation {
    let mut config = Config {
        prog: prog.to_string(),
        ..Config::default()
    };
    let mut program = None;
    let mut i = 0;
    while i < args.len() && program.is_none() {
        let arg = &args[i];
        i += 1;
        if arg == "--" {
            break;
        }
        if arg == "-" || !arg.starts_with('-') {
            i -= 1;
            break;
        }
        if let Some(long) = arg.strip_prefix("--") {
            match long {
                "help" | "help-env" | "help-xoptions" | "help-all" => return Invocation::Help,
                "version" => return Invocation::Version,
                "check-hash-based-pycs" => {
                    if i >= args.len() {
                        return Invocation::Usage(
                            "Argument expected for the --check-hash-based-pycs option".into(),
                        );
                    }
                    i += 1;
                    continue;
                }
                _ => return Invocation::Usage(format!("unknown option {arg}")),
            }
        }
        let opts: Vec<char> = arg[1..].chars().collect();
        let mut k = 0;
        while k < opts.len() {
            let c = opts[k];
            k += 1;
            match c {
                'c' | 'm' | 'W' | 'X' => {
                    let value = if k < opts.len() {
                        let v: String = opts[k..].iter().collect();
                        k = opts.len();
                        v
                    } else if i < args.len() {
                        i += 1;
                        args[i - 1].clone()
                    } else {
                        return Invocation::Usage(format!("Argument expected for the -{c} option"));
                    };
                    match c {
                        'c' => program = Some(Program::Command(value)),
                        'm' => program = Some(Program::Module(value)),
                        'X' => config.xoptions.push(value),
                        _ => {}
                    }
                }
                'B' => config.dont_write_bytecode = true,
                'E' => config.ignore_environment = true,
                'I' => {
                    config.isolated = true;
                    config.safe_path = true;
                }
                'P' => config.safe_path = true,
                'O' => config.optimize = config.optimize.saturating_add(1).min(2),
                'q' => config.quiet = true,
                'i' => config.inspect = true,
                'u' => config.unbuffered = true,
                'h' | '?' => return Invocation::Help,
                'V' => return Invocation::Version,
                'b' | 'd' | 's' | 'S' | 'v' | 'x' | 'R' => {}
                _ => return Invocation::Usage(format!("Unknown option: -{c}")),
            }
        }
    }
    let program = match program {
        Some(p) => p,
        None if i < args.len() => {
            i += 1;
            if args[i - 1] == "-" {
                Program::Stdin { dash: true }
            } else {
                Program::File(args[i - 1].clone())
            }
        }
        None => Program::Stdin { dash: false },
    };
    config.args = args[i..].to_vec();
    if !(config.ignore_environment || config.isolated) {
        config.apply_environment(env);
    }
    Invocation::Run(Box::new(Request { config, program }))
}

/// The usage line that follows a usage error, as CPython prints it.
pub fn usage(prog: &str) -> String {
    format!(
        "usage: {prog} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n\
         Try `pyrite -h' for more information.\n"
    )
}

/// `pyrite --help`: python3's options that Pyrite takes, then Pyrite's own
/// subcommands.
pub fn help(prog: &str) -> String {
    format!(
        "usage: {prog} [option] ... [-c cmd | -m mod | file | -] [arg] ...
       {prog} run FILE [arg] ...
       {prog} build --emit=ir|bytecode FILE
       {prog} check [--timings] FILE ...

Pyrite runs Python 3.11 programs; its command line is python3's.
Options (and corresponding environment variables):
-B     : don't write cached bytecode (__pycache__/*.pyrite-VERSION.pyc) on
         import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate Python from the user's environment (implies -E and -P)
-m mod : run library module as a script (terminates option list)
-O     : remove assert statements and code that depends on __debug__; -OO: also remove docstrings
-P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH
-q     : don't print version and copyright messages on interactive startup
-u     : force the stdout stream to be unbuffered; also PYTHONUNBUFFERED=x
-V     : print the Python version number and exit (also --version)
-X opt : set implementation-specific option (recorded in sys._xoptions)
-b, -d, -s, -S, -v, -x, -R, -W arg: accepted and ignored
Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
Other environment variables: PYTHONPATH (':'-separated folders put on sys.path)

Pyrite's subcommands (a first argument naming one is the subcommand; a
script with such a name runs as `{prog} ./run`):
  run [--vm] FILE [arg] ...     run a program (the same as `{prog} FILE`)
  build --emit=ir|bytecode FILE print a program's IR or bytecode
  check [--timings] FILE ...    compile files without running them
"
    )
}

/// The words that name Pyrite's subcommands rather than scripts.
pub const SUBCOMMANDS: [&str; 3] = ["run", "build", "check"];
