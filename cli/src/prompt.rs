//! The interactive prompt: CPython's banner, `>>> ` and `... ` with its
//! continuation rules (`compiler::driver::interactive_needs_more`), each
//! entry compiled in 'single' mode and run in `__main__`
//! (`runtime::run::run_interactive`), line editing and history through
//! rustyline, the history kept in `~/.pyrite_history`.

use std::io::IsTerminal;

use rustyline::error::ReadlineError;

/// Whether stdin is a terminal (then a bare `pyrite` prompts).
pub fn stdin_is_terminal() -> bool {
    std::io::stdin().is_terminal()
}

/// The banner, in CPython's shape: name and version with the build line,
/// then the hint line.
pub fn banner() -> String {
    format!(
        "Pyrite {} (Python 3.11.7 compatible, bytecode VM) [rustc] on linux\n\
         Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
        env!("CARGO_PKG_VERSION")
    )
}

/// Runs the prompt in the `__main__` namespace `ns` until end of input or
/// SystemExit, and returns the exit status.
pub fn interact(ns: &runtime::object::Obj, quiet: bool) -> i32 {
    if !quiet {
        eprint!("{}", banner());
    }
    let Ok(mut editor) = rustyline::DefaultEditor::new() else {
        return 1;
    };
    let history =
        std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".pyrite_history"));
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    let terminal = stdin_is_terminal();
    let mut entry = String::new();
    let status = loop {
        let prompt = if entry.is_empty() { ">>> " } else { "... " };
        // rustyline shows the prompt only on a terminal; CPython writes it
        // to stderr whatever stdin is.
        if !terminal {
            eprint!("{prompt}");
        }
        match editor.readline(prompt) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = editor.add_history_entry(line.as_str());
                }
                entry.push_str(&line);
                entry.push('\n');
                if compiler::driver::interactive_needs_more(&entry) {
                    continue;
                }
                let text = std::mem::take(&mut entry);
                if text.trim().is_empty() {
                    continue;
                }
                if let Some(status) = runtime::run::run_interactive(ns, &text) {
                    break status;
                }
            }
            Err(ReadlineError::Interrupted) => {
                entry.clear();
                eprintln!("\nKeyboardInterrupt");
            }
            Err(ReadlineError::Eof) => {
                eprintln!();
                break 0;
            }
            Err(_) => break 1,
        }
    };
    if let Some(h) = &history {
        let _ = editor.save_history(h);
    }
    status
}
