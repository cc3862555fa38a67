//! The process around a program, shared by `pyrite` and built
//! executables: the Python thread with its large stack, Ctrl-C, a panic
//! turned into exit code 70, and the exit status.

use crate::run::SIGINT_STATUS;

/// Runs `body` on a thread with a large stack (deep Python recursion
/// recurses in Rust too) and returns its status; a runtime panic prints
/// "internal error" with its location and gives 70.
pub fn run_on_python_thread(body: impl FnOnce() -> i32 + Send + 'static) -> i32 {
    // Ctrl-C sets the runtime's flag; the VM raises KeyboardInterrupt.
    let _ = signal_hook::flag::register(signal_hook::consts::SIGINT, crate::vm::interrupt::flag());
    let worker = std::thread::Builder::new()
        .name("python".into())
        .stack_size(1 << 30)
        .spawn(move || {
            let previous = std::panic::take_hook();
            std::panic::set_hook(Box::new(|info| {
                let at = info.location().map(|l| l.to_string()).unwrap_or_default();
                let what = info
                    .payload()
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| info.payload().downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                eprintln!("pyrite: internal error: {what} (at {at})");
                // Built executables link a runtime compiled with
                // panic=abort (cli/build.rs): no unwinding reaches the
                // join below, so the process ends here with its status.
                if cfg!(panic = "abort") {
                    std::process::exit(70);
                }
            }));
            let status = body();
            std::panic::set_hook(previous);
            status
        });
    match worker.map(|w| w.join()) {
        Ok(Ok(status)) => status,
        _ => 70,
    }
}

/// The process exit code for a program's status. After an uncaught
/// KeyboardInterrupt the process ends by SIGINT, as CPython's does (the
/// parent sees a signal death, not an exit code): the default action is
/// restored and the signal raised in-process; 130 if that returns.
pub fn exit_code(status: i32) -> u8 {
    if status == SIGINT_STATUS {
        let _ = std::io::Write::flush(&mut std::io::stdout());
        let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGINT);
        return 130;
    }
    status.clamp(0, 255) as u8
}
