//! The interactive prompt through a pseudo-terminal (expectrl): the same
//! keystrokes go to CPython 3.11 and to `pyrite`, each line sent after the
//! prompt shows, and the transcripts after the banner must be equal once
//! terminal control sequences and carriage returns are removed (rustyline
//! and GNU readline redraw the line differently). CPython runs live, as in
//! command_line.rs; without it the comparison is skipped with a note.

use std::path::PathBuf;
use std::process::Command;

use expectrl::{Eof, Regex};

/// A session's keystrokes: lines, `\x03` for Ctrl-C, `\x04` for Ctrl-D.
const SESSION: &[&str] = &[
    "1+1",
    "x = 5",
    "def f(a):",
    "  return a*2",
    "",
    "f(x)",
    "_",
    "None",
    "1/0",
    "(1,",
    "2)",
    "if x:",
    "  'yes'",
    "",
    "print('a\\",
    "b')",
    "s = '''one",
    "two'''",
    "s",
    "x y",
    "class C:",
    "  def __repr__(self): return 'C!'",
    "",
    "C()",
    "import math",
    "math.pi",
    "for i in range(2): i",
    "",
    "exit(3)",
];

fn python3() -> Option<PathBuf> {
    let exe = std::env::var("PYRITE_PYTHON").ok().or_else(|| {
        let out = Command::new("python3")
            .args(["-c", "import sys; print(sys.executable)"])
            .output()
            .ok()?;
        Some(String::from_utf8(out.stdout).ok()?.trim().to_string())
    })?;
    let ok = Command::new(&exe)
        .args(["-c", "import sys; print(sys.version_info[:2] == (3, 11))"])
        .output()
        .is_ok_and(|o| o.stdout == b"True\n");
    ok.then(|| PathBuf::from(exe))
}

/// Runs `program` in a terminal with `keys`, returning the transcript from
/// the first prompt on and the exit status.
fn transcript(program: &PathBuf, args: &[&str], keys: &[&str]) -> (String, Option<i32>) {
    let home = std::env::temp_dir().join(format!("pyrite-prompt-home-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&home);
    let mut cmd = Command::new(program);
    cmd.args(args)
        .env("HOME", &home)
        .env("TERM", "xterm")
        .env("LC_ALL", "C.UTF-8")
        .env_remove("PYTHONSTARTUP");
    let mut session = expectrl::Session::spawn(cmd).expect("spawn in a pty");
    session.set_expect_timeout(Some(std::time::Duration::from_secs(10)));
    let mut text = String::new();
    let prompt = Regex(r"(>>> |\.\.\. )");
    for key in keys {
        let seen = session.expect(&prompt).expect("a prompt");
        text.push_str(&String::from_utf8_lossy(seen.before()));
        text.push_str(&String::from_utf8_lossy(seen.get(0).unwrap_or_default()));
        session.send(format!("{key}\r")).expect("send");
    }
    if let Ok(rest) = session.expect(Eof) {
        text.push_str(&String::from_utf8_lossy(rest.before()));
    }
    let status = match session.get_process().wait() {
        Ok(expectrl::WaitStatus::Exited(_, code)) => Some(code),
        _ => None,
    };
    let text = clean(&text);
    let start = text.find(">>> ").unwrap_or(0);
    (outputs(&text[start..], keys), status)
}

/// The transcript without prompts and without the echo of the typed lines
/// (GNU readline's echo may arrive before or after the prompt is read, so
/// only what the interpreter printed is compared, in order).
fn outputs(text: &str, keys: &[&str]) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let mut rest = line;
        while let Some(r) = rest
            .strip_prefix(">>> ")
            .or_else(|| rest.strip_prefix("... "))
        {
            rest = r;
        }
        let rest = rest.trim_end_matches([' ', '>', '.']);
        if rest.trim().is_empty() || keys.contains(&rest) {
            continue;
        }
        out.push_str(rest);
        out.push('\n');
    }
    out
}

/// Drops terminal control sequences and carriage returns.
fn clean(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => {
                if chars.peek() == Some(&'[') {
                    chars.next();
                    while let Some(&n) = chars.peek() {
                        chars.next();
                        if n.is_ascii_alphabetic() || n == '~' {
                            break;
                        }
                    }
                }
            }
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

#[test]
fn a_session_reads_like_cpythons() {
    let Some(python) = python3() else {
        eprintln!("note: no CPython 3.11 found; prompt comparison skipped");
        return;
    };
    let pyrite = PathBuf::from(env!("CARGO_BIN_EXE_pyrite"));
    let expected = transcript(&python, &[], SESSION);
    let got = transcript(&pyrite, &[], SESSION);
    assert_eq!(got, expected);
}

#[test]
fn dash_i_prompts_after_the_script_with_its_globals() {
    let Some(python) = python3() else {
        return;
    };
    let pyrite = PathBuf::from(env!("CARGO_BIN_EXE_pyrite"));
    let args = ["-i", "-c", "y = 41"];
    let keys = ["y + 1", "exit()"];
    let expected = transcript(&python, &args, &keys);
    let got = transcript(&pyrite, &args, &keys);
    assert_eq!(got, expected);
}

#[test]
fn the_banner_has_cpythons_shape() {
    let pyrite = PathBuf::from(env!("CARGO_BIN_EXE_pyrite"));
    let mut cmd = Command::new(&pyrite);
    cmd.env("HOME", std::env::temp_dir());
    let mut session = expectrl::Session::spawn(cmd).expect("spawn in a pty");
    session.set_expect_timeout(Some(std::time::Duration::from_secs(10)));
    let seen = session.expect(">>> ").expect("a prompt");
    let banner = clean(&String::from_utf8_lossy(seen.before()));
    let lines: Vec<&str> = banner.lines().collect();
    assert!(lines[0].starts_with("Pyrite "), "{banner:?}");
    assert!(lines[0].ends_with(" on linux"), "{banner:?}");
    assert_eq!(
        lines[1],
        "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information."
    );
    session.send("quit()\r").expect("send");
    let _ = session.expect(Eof);
}
