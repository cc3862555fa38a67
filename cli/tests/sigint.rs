//! Ctrl-C: a SIGINT sent to a running program raises KeyboardInterrupt in
//! the VM; the traceback is printed and the process dies by SIGINT, as
//! python3 does.

use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};

fn interrupt(source: &str) -> (String, String, std::process::ExitStatus) {
    let dir = std::env::temp_dir().join(format!("pyrite-sigint-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(format!("prog{}.py", source.len()));
    std::fs::write(&path, source).expect("write program");
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyrite"))
        .args(["run", "--vm"])
        .arg(&path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn pyrite");
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    out.read_line(&mut first).expect("first line");
    // The program is in its loop: interrupt it.
    let sent = Command::new("kill")
        .args(["-s", "INT", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(sent.success());
    let mut rest = String::new();
    out.read_to_string(&mut rest).expect("stdout");
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("stderr");
    let status = child.wait().expect("wait");
    let _ = std::fs::remove_file(&path);
    (first + &rest, err, status)
}

#[test]
fn sigint_in_a_loop_ends_by_signal_after_the_traceback() {
    let (out, err, status) = interrupt(
        "def step(n):\n    return n + 1\nprint('start', flush=True)\nn = 0\nwhile True:\n    n = step(n)\n",
    );
    assert_eq!(out, "start\n");
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{err}"
    );
    assert!(err.ends_with("KeyboardInterrupt\n"), "{err}");
    assert_eq!(status.signal(), Some(2), "{status:?}");
}

#[test]
fn sigint_can_be_caught() {
    let (out, err, status) = interrupt(
        "import time\nprint('start', flush=True)\ntry:\n    while True:\n        time.sleep(0.01)\nexcept KeyboardInterrupt:\n    print('caught')\n",
    );
    assert_eq!(out, "start\ncaught\n");
    assert_eq!(err, "");
    assert_eq!(status.code(), Some(0));
}
