//! Runs `pyrite check NAME.py` on every program under tests/syntax_errors and
//! compares its stderr and exit code with what CPython 3.11 produced (the
//! NAME.stderr and NAME.exit files written by tests/syntax_errors/regen.sh).

use std::path::PathBuf;
use std::process::Command;

#[test]
fn check_reports_errors_as_cpython_does() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/syntax_errors");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/syntax_errors exists")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".py").map(str::to_string)
        })
        .collect();
    names.sort();
    assert!(!names.is_empty(), "no programs in {}", dir.display());

    // Programs where Pyrite's message or caret is known to differ from
    // CPython's (one name a line); their class and line must still match,
    // and the test fails if one of them starts to pass, so the list stays
    // honest.
    let known: Vec<String> = std::fs::read_to_string(dir.join("known_differences.txt"))
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect();
    let mut failures = Vec::new();
    let mut fixed = Vec::new();
    for name in &names {
        let expected_err = std::fs::read_to_string(dir.join(format!("{name}.stderr")))
            .unwrap_or_else(|e| panic!("{name}.stderr: {e} (run regen.sh)"));
        let expected_exit: i32 = std::fs::read_to_string(dir.join(format!("{name}.exit")))
            .unwrap_or_else(|e| panic!("{name}.exit: {e} (run regen.sh)"))
            .trim()
            .parse()
            .expect("exit code");
        let out = Command::new(env!("CARGO_BIN_EXE_pyrite"))
            .args(["check", &format!("{name}.py")])
            .current_dir(&dir)
            .output()
            .expect("run pyrite");
        let actual_err = String::from_utf8_lossy(&out.stderr);
        let actual_exit = out.status.code().unwrap_or(-1);
        let differs = actual_err != expected_err || actual_exit != expected_exit;
        if known.contains(name) {
            // Even where the message or caret still differs, the exception
            // class and the line must be CPython's.
            let class_and_line = |s: &str| {
                let line = s.lines().next().map(str::to_string);
                let class = s
                    .lines()
                    .last()
                    .and_then(|l| l.split(':').next())
                    .map(str::to_string);
                (line, class)
            };
            if actual_exit != expected_exit
                || class_and_line(&actual_err) != class_and_line(&expected_err)
            {
                failures.push(format!(
                    "--- {name}.py (known to differ) has the wrong class or line\n\
                     expected stderr:\n{expected_err}actual stderr:\n{actual_err}"
                ));
            } else if !differs {
                fixed.push(name.clone());
            }
            continue;
        }
        if differs {
            failures.push(format!(
                "--- {name}.py: exit {actual_exit}, expected {expected_exit}\n\
                 expected stderr:\n{expected_err}actual stderr:\n{actual_err}"
            ));
        }
    }
    assert!(
        fixed.is_empty(),
        "now match CPython, remove from known_differences.txt: {fixed:?}"
    );
    assert!(
        failures.is_empty(),
        "{} of {} programs differ from CPython:\n{}",
        failures.len(),
        names.len(),
        failures.join("\n")
    );
}
