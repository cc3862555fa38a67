//! python3's command line: each form (`FILE`, `-c`, `-m`, `-`, stdin,
//! options, errors) runs under `pyrite` and under CPython 3.11 in the same
//! folder, and stdout, stderr and the exit code must be equal.
//!
//! CPython runs in the test itself (the oracle is never hand-written): the
//! interpreter is `$PYRITE_PYTHON`, else `python3` on PATH, and must be
//! 3.11; without one the comparisons are skipped with a note. Outputs are
//! normalized in one way only: each interpreter's own path (as invoked,
//! CPython prefixes its startup errors with it) reads `PROG`, and CPython's
//! hard-wired "Try `python -h'" reads "Try `pyrite -h'".

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// One command line: arguments, stdin, extra environment variables.
struct Case {
    args: &'static [&'static str],
    stdin: &'static str,
    env: &'static [(&'static str, &'static str)],
}

const fn case(args: &'static [&'static str]) -> Case {
    Case {
        args,
        stdin: "",
        env: &[],
    }
}

/// The files every case can use.
const FILES: &[(&str, &str)] = &[
    (
        "show.py",
        "import sys\nprint(sys.argv, __name__, __file__)\n",
    ),
    ("fail.py", "print('before')\nraise ValueError('boom')\n"),
    ("bad.py", "x = (1,\n"),
    ("exit3.py", "import sys\nsys.exit(3)\n"),
    ("exitmsg.py", "raise SystemExit('bye')\n"),
    (
        "mod.py",
        "import sys\nprint(sys.argv, __name__, __file__ == sys.argv[0])\n",
    ),
    ("pkg/__init__.py", "print('pkg init')\n"),
    (
        "pkg/__main__.py",
        "import sys\nprint('main of pkg', sys.argv, __name__, __package__)\n",
    ),
    (
        "pkg/sub.py",
        "import sys\nprint('sub', sys.argv, __package__)\n",
    ),
    ("nomain/__init__.py", ""),
    ("lib/helper.py", "VALUE = 42\n"),
    ("usehelper.py", "import helper\nprint(helper.VALUE)\n"),
    (
        "flags.py",
        "import sys\nprint(sys.flags.dont_write_bytecode, sys.dont_write_bytecode, \
         sys.flags.isolated, sys.flags.ignore_environment, sys.flags.quiet, \
         sys.flags.safe_path, sys._xoptions)\n",
    ),
    (
        "path0.py",
        "import sys, os\nprint(sys.path[0] == os.path.dirname(os.path.abspath(__file__)))\n",
    ),
];

/// What `-i` cases type at the prompt (stdin is a pipe: the prompts go
/// to stderr, an entry's SystemExit ends the process with its status).
const PROMPT_INPUT: &str = "x = 1\nif x:\n    print(x)\n\n1/0\nraise SystemExit(4)\nprint('no')\n";

fn cases() -> Vec<Case> {
    vec![
        Case {
            args: &["-i", "-c", "print('program')"],
            stdin: PROMPT_INPUT,
            env: &[],
        },
        Case {
            args: &["-i", "exit3.py"],
            stdin: PROMPT_INPUT,
            env: &[],
        },
        Case {
            args: &["-i", "exitmsg.py"],
            stdin: "print('still here')\n",
            env: &[],
        },
        Case {
            args: &["-i", "fail.py"],
            stdin: "",
            env: &[],
        },
        case(&["show.py"]),
        case(&["show.py", "a", "-b", "--c", "-"]),
        case(&["./show.py", "x"]),
        case(&["fail.py"]),
        case(&["bad.py"]),
        case(&["exit3.py"]),
        case(&["exitmsg.py"]),
        case(&["nosuch.py"]),
        case(&["lib"]),
        case(&["pkg", "d"]),
        case(&[
            "-c",
            "import sys; print(sys.argv, repr(sys.path[0]))",
            "x",
            "-y",
        ]),
        case(&["-cprint('glued')"]),
        case(&["-c", "1/0"]),
        case(&["-O", "-c", "assert False, 'gone'\nprint(__debug__)"]),
        case(&["-c", "assert False, 'kept'"]),
        case(&[
            "-OO",
            "-c",
            "def f():\n    'doc'\nprint(f.__doc__, __debug__)",
        ]),
        case(&["-c", "x = ("]),
        case(&["-m", "mod", "q", "-r"]),
        case(&["-mmod"]),
        case(&["-m", "pkg", "z"]),
        case(&["-m", "pkg.sub", "w"]),
        case(&["-m", "nosuch"]),
        case(&["-m", "pkg.nosuch"]),
        case(&["-m", "nosuch.x"]),
        case(&["-m", "nomain"]),
        Case {
            args: &["-", "k"],
            stdin: "import sys\nprint(sys.argv, __file__ if '__file__' in dir() else None)\n",
            env: &[],
        },
        Case {
            args: &[],
            stdin: "import sys\nprint(sys.argv)\nprint(1/0)\n",
            env: &[],
        },
        case(&["-z"]),
        case(&["--bogus"]),
        case(&["-c"]),
        case(&["-m"]),
        case(&["-X"]),
        case(&["-uBq", "flags.py"]),
        case(&["-X", "foo", "-Xbar=baz", "flags.py"]),
        case(&["-I", "flags.py"]),
        case(&["-E", "flags.py"]),
        case(&[
            "-P",
            "-c",
            "import sys, os; print('' in sys.path, os.getcwd() in sys.path)",
        ]),
        case(&[
            "-I",
            "-c",
            "import sys, os; print('' in sys.path, os.getcwd() in sys.path)",
        ]),
        case(&["-m", "mod"]),
        case(&["-O", "-c", "print('optimized')"]),
        case(&["path0.py"]),
        case(&["--", "show.py", "--"]),
        Case {
            args: &["-c", "import helper; print(helper.VALUE)"],
            stdin: "",
            env: &[("PYTHONPATH", "lib")],
        },
        Case {
            args: &["-E", "-c", "import helper"],
            stdin: "",
            env: &[("PYTHONPATH", "lib")],
        },
        Case {
            args: &["flags.py"],
            stdin: "",
            env: &[("PYTHONDONTWRITEBYTECODE", "1")],
        },
        Case {
            args: &["-c", "import sys; print('unbuffered'); sys.stdout.flush()"],
            stdin: "",
            env: &[("PYTHONUNBUFFERED", "1")],
        },
    ]
}

/// What a run printed and returned, normalized.
#[derive(Debug, PartialEq)]
struct Seen {
    stdout: String,
    stderr: String,
    code: Option<i32>,
}

fn run(program: &Path, dir: &Path, case: &Case) -> Seen {
    let mut cmd = Command::new(program);
    cmd.args(case.args)
        .current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("LC_ALL", "C.UTF-8")
        .env("PYTHONDONTWRITEBYTECODE", "")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in case.env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("spawn");
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(case.stdin.as_bytes());
    }
    let out = child.wait_with_output().expect("wait");
    let prog = program.display().to_string();
    let norm = |b: &[u8]| {
        String::from_utf8_lossy(b)
            .replace(&prog, "PROG")
            .replace("Try `python -h'", "Try `pyrite -h'")
    };
    Seen {
        stdout: norm(&out.stdout),
        stderr: norm(&out.stderr),
        code: out.status.code(),
    }
}

/// CPython 3.11, if this machine has it.
fn python3() -> Option<PathBuf> {
    let candidates = [std::env::var("PYRITE_PYTHON").ok(), which("python3")];
    candidates
        .into_iter()
        .flatten()
        .map(PathBuf::from)
        .find(|p| {
            Command::new(p)
                .args(["-c", "import sys; print(sys.version_info[:2] == (3, 11))"])
                .output()
                .is_ok_and(|o| o.stdout == b"True\n")
        })
}

/// The real file behind a command name on PATH (version-manager shims
/// are resolved by asking the interpreter for `sys.executable`).
fn which(name: &str) -> Option<String> {
    let out = Command::new(name)
        .args(["-c", "import sys; print(sys.executable)"])
        .output()
        .ok()?;
    let path = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (!path.is_empty()).then_some(path)
}

/// A fresh folder holding `FILES`.
fn workdir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyrite-cmdline-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (name, text) in FILES {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, text).expect("write");
    }
    dir
}

#[test]
fn each_form_matches_python3() {
    let Some(python) = python3() else {
        eprintln!("note: no CPython 3.11 found; command-line comparisons skipped");
        return;
    };
    let pyrite = PathBuf::from(env!("CARGO_BIN_EXE_pyrite"));
    let dir = workdir("forms");
    let mut failures = Vec::new();
    for case in cases() {
        let expected = run(&python, &dir, &case);
        let got = run(&pyrite, &dir, &case);
        if expected != got {
            failures.push(format!(
                "pyrite {:?} (env {:?}):\n  python3: {expected:?}\n  pyrite:  {got:?}",
                case.args, case.env
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn version_starts_like_python3s() {
    let pyrite = PathBuf::from(env!("CARGO_BIN_EXE_pyrite"));
    let dir = workdir("version");
    const FLAGS: &[&[&str]] = &[&["-V"], &["--version"]];
    for &flag in FLAGS {
        let got = run(&pyrite, &dir, &case(flag));
        assert!(got.stdout.starts_with("Python 3.11.7 (Pyrite "), "{got:?}");
        assert_eq!(got.code, Some(0));
        if let Some(python) = python3() {
            let expected = run(&python, &dir, &case(flag));
            let version = expected.stdout.trim_end();
            assert!(got.stdout.starts_with(version), "{got:?} vs {expected:?}");
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn help_shows_python_options_and_pyrite_subcommands() {
    let pyrite = PathBuf::from(env!("CARGO_BIN_EXE_pyrite"));
    let dir = workdir("help");
    const FLAGS: &[&[&str]] = &[&["-h"], &["--help"], &["-?"]];
    for &flag in FLAGS {
        let got = run(&pyrite, &dir, &case(flag));
        assert_eq!(got.code, Some(0));
        for needle in [
            "usage: PROG [option] ... [-c cmd | -m mod | file | -] [arg] ...",
            "-c cmd",
            "-m mod",
            "PYTHONDONTWRITEBYTECODE",
            "run [--vm] FILE",
            "build --emit",
            "check [--timings]",
        ] {
            assert!(got.stdout.contains(needle), "{needle:?} not in {got:?}");
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn subcommand_names_win_and_paths_run_scripts() {
    // A script literally named `run` runs when written as a path; the bare
    // word is Pyrite's subcommand (README.md documents the rule).
    let pyrite = PathBuf::from(env!("CARGO_BIN_EXE_pyrite"));
    let dir = workdir("subcommands");
    std::fs::write(
        dir.join("run"),
        "import sys\nprint('script run', sys.argv)\n",
    )
    .expect("write");
    let got = run(&pyrite, &dir, &case(&["./run", "a"]));
    assert_eq!(got.stdout, "script run ['./run', 'a']\n");
    let got = run(&pyrite, &dir, &case(&["run", "run", "b"]));
    assert_eq!(got.stdout, "script run ['run', 'b']\n");
    let got = run(&pyrite, &dir, &case(&["run", "show.py", "-x"]));
    let file = dir.join("show.py");
    assert_eq!(
        got.stdout,
        format!("['show.py', '-x'] __main__ {}\n", file.display())
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn run_subcommand_honours_the_environment_as_python3_does() {
    let Some(python) = python3() else {
        eprintln!("note: no CPython 3.11 found; command-line comparisons skipped");
        return;
    };
    let pyrite = PathBuf::from(env!("CARGO_BIN_EXE_pyrite"));
    let dir = workdir("run-env");
    let pythonpath: &[(&str, &str)] = &[("PYTHONPATH", "lib")];
    let no_bytecode: &[(&str, &str)] = &[("PYTHONDONTWRITEBYTECODE", "1")];
    for (python_args, pyrite_args, env) in [
        (&["usehelper.py"], &["run", "usehelper.py"], pythonpath),
        (&["flags.py"], &["run", "flags.py"], no_bytecode),
    ] {
        let expected = run(
            &python,
            &dir,
            &Case {
                args: python_args,
                stdin: "",
                env,
            },
        );
        let got = run(
            &pyrite,
            &dir,
            &Case {
                args: pyrite_args,
                stdin: "",
                env,
            },
        );
        assert_eq!(expected, got, "pyrite {pyrite_args:?} (env {env:?})");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
