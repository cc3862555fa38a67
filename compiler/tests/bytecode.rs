//! The bytecode emitter and serialization over every Python file of the
//! test suites: each module emits, passes `Module::check`, and survives
//! `to_bytes`/`from_bytes` unchanged; corrupt bytes are errors, never
//! panics.

use std::path::{Path, PathBuf};

use compiler::bytecode::{self, Instr, Module};

fn python_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests");
    let mut files = Vec::new();
    for dir in ["filetests", "scopes"] {
        collect(&root.join(dir), &mut files);
    }
    files.sort();
    files
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

/// Lowers, verifies and emits a file; `None` when the frontend rejects it
/// (a test of invalid Python).
fn emit(path: &Path) -> Option<Module> {
    let text = std::fs::read_to_string(path).ok()?;
    // Filetests carry their expected output after the separator.
    let src = text.split("# ---- expected ----").next().unwrap_or("");
    let file = compiler::source::SourceFile::new(path.display().to_string(), src);
    let ir = compiler::driver::lower_source(&file, "__main__").ok()?;
    compiler::ir::verify_module(&ir).ok()?;
    match bytecode::emit_module(&ir) {
        Ok(m) => Some(m),
        Err(e) => panic!("{}: {e}", path.display()),
    }
}

#[test]
fn every_test_program_emits_and_round_trips() {
    let files = python_files();
    let mut emitted = 0;
    for path in &files {
        let Some(m) = emit(path) else { continue };
        emitted += 1;
        if let Err(e) = m.check() {
            panic!("{}: emitted bytecode fails its check: {e}", path.display());
        }
        let bytes = m.to_bytes();
        match Module::from_bytes(&bytes) {
            Ok(back) => assert!(back == m, "{}: reads back different", path.display()),
            Err(e) => panic!("{}: {e}", path.display()),
        }
    }
    assert!(
        emitted >= 20,
        "only {emitted} of {} files emitted",
        files.len()
    );
}

fn sample() -> Module {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/filetests/bytecode/try-finally.py");
    emit(&path).expect("the sample lowers")
}

#[test]
fn truncated_input_is_an_error() {
    let bytes = sample().to_bytes();
    for n in 0..bytes.len() {
        assert!(
            Module::from_bytes(&bytes[..n]).is_err(),
            "prefix of {n} bytes"
        );
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(Module::from_bytes(&longer).is_err());
}

#[test]
fn wrong_magic_and_version_are_errors() {
    let bytes = sample().to_bytes();
    let mut bad = bytes.clone();
    bad[0] = b'X';
    let e = Module::from_bytes(&bad).unwrap_err();
    assert!(e.message.contains("magic"), "{e}");
    let mut bad = bytes;
    bad[4] = bad[4].wrapping_add(1);
    let e = Module::from_bytes(&bad).unwrap_err();
    assert!(e.message.contains("version"), "{e}");
}

#[test]
fn corrupt_bytes_never_panic() {
    let bytes = sample().to_bytes();
    for i in 0..bytes.len() {
        for flip in [0x01, 0x80, 0xff] {
            let mut bad = bytes.clone();
            bad[i] ^= flip;
            // Either an error or a module whose indices all check.
            if let Ok(m) = Module::from_bytes(&bad) {
                assert!(m.check().is_ok());
            }
        }
    }
}

#[test]
fn bad_indices_are_errors() {
    let good = sample();
    // A read operand may address a register, a local or a constant; one
    // past the constants is out of range.
    let mut m = good.clone();
    let c = &m.code[1];
    let past = c.nregs + c.varnames.len() as u32 + c.consts.len() as u32;
    m.code[1].code[0] = Instr::Return { src: past };
    let e = Module::from_bytes(&m.to_bytes()).unwrap_err();
    assert!(e.message.contains("out of range"), "{e}");
    m.code[1].code[0] = Instr::Return { src: past - 1 };
    assert!(Module::from_bytes(&m.to_bytes()).is_ok());

    // Instructions write registers or locals, never constants.
    let mut m = good.clone();
    let c = &m.code[1];
    m.code[1].code[0] = Instr::Clear {
        dst: c.nregs + c.varnames.len() as u32,
    };
    let e = Module::from_bytes(&m.to_bytes()).unwrap_err();
    assert!(e.message.contains("out of range"), "{e}");

    let mut m = good.clone();
    m.code[1].code[0] = Instr::Jump {
        target: m.code[1].code.len() as u32,
    };
    assert!(Module::from_bytes(&m.to_bytes()).is_err());

    let mut m = good.clone();
    m.code[1].unwind[0] = m.code[1].handlers.len() as u32;
    assert!(Module::from_bytes(&m.to_bytes()).is_err());

    let mut m = good;
    m.code[0].code.pop();
    m.code[0].unwind.pop();
    m.code[0].locs.pop();
    let e = Module::from_bytes(&m.to_bytes()).unwrap_err();
    assert!(e.message.contains("falls off"), "{e}");
}
