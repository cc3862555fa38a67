//! Ctrl-C stops any loop: SIGINT sent to a program spinning in a loop
//! whose back edge is a conditional branch (a filtered comprehension over
//! an endless iterator, or a loop inside a generator) raises
//! KeyboardInterrupt, and the process ends by SIGINT, as CPython's does,
//! on the VM and in native code.

use std::io::{BufRead, BufReader};
use std::os::unix::process::ExitStatusExt;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const COMPREHENSION: &str = "import itertools\nprint('spinning', flush=True)\n\
                             [x for x in itertools.count() if x < 0]\n";

const GENERATOR: &str = "def spin():\n    n = yield 1\n    while n >= 0:\n        n += 1\n    \
                         yield n\ng = spin()\nnext(g)\nprint('spinning', flush=True)\ng.send(0)\n";

/// Runs `program` (as `NAME.py` in its own folder), interrupts it once it
/// prints that it spins, and expects the traceback to end in `frame`.
fn interrupted(vm: bool, name: &str, program: &str, frame: &str) {
    let backend = if vm { "vm" } else { "native" };
    let dir =
        PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("interrupt-{name}-{backend}"));
    std::fs::create_dir_all(&dir).expect("mkdir");
    let file = format!("{name}.py");
    std::fs::write(dir.join(&file), program).expect("write");
    let mut command = Command::new(env!("CARGO_BIN_EXE_pyrite"));
    command.arg("run");
    if vm {
        command.arg("--vm");
    }
    let mut child = command
        .arg(&file)
        .current_dir(&dir)
        .env("XDG_CACHE_HOME", dir.join("cache"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run pyrite");
    let mut line = String::new();
    let stdout = child.stdout.take().expect("stdout");
    BufReader::new(stdout).read_line(&mut line).expect("read");
    assert_eq!(line, "spinning\n");
    std::thread::sleep(Duration::from_millis(200));
    let kill = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("run kill");
    assert!(kill.success());
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if start.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            panic!("the loop did not stop at Ctrl-C");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut err = String::new();
    if let Some(mut e) = child.stderr.take() {
        let _ = std::io::Read::read_to_string(&mut e, &mut err);
    }
    assert!(err.ends_with("KeyboardInterrupt\n"), "{err}");
    assert!(err.contains(frame), "{err}");
    assert_eq!(status.signal(), Some(2), "{status:?}");
}

#[test]
fn ctrl_c_stops_a_loop_on_the_vm() {
    interrupted(true, "spin", COMPREHENSION, "line 3, in <listcomp>");
}

#[test]
fn ctrl_c_stops_a_loop_in_native_code() {
    interrupted(false, "spin", COMPREHENSION, "line 3, in <listcomp>");
}

#[test]
fn ctrl_c_stops_a_generator_on_the_vm() {
    interrupted(true, "genspin", GENERATOR, "line 3, in spin");
}

#[test]
fn ctrl_c_stops_a_generator_in_native_code() {
    interrupted(false, "genspin", GENERATOR, "line 3, in spin");
}
