//! The entry point of a built executable: its generated `main` calls
//! `pyrt_main` with the program image.

use std::collections::HashMap;
use std::ffi::{CStr, c_char};

use super::image::{Image, Module, RawImage};
use crate::run::{Config, Program};

/// Runs the program of `image` as `python3 MAIN args...` would run its
/// source (the environment variables python3 honours apply) and returns
/// the process exit code.
///
/// # Safety
/// `argv` holds `argc` NUL-terminated strings (C's `main` arguments);
/// `image` points at the image the native backend generated, which lives
/// for the whole process in read-only data.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyrt_main(
    argc: i32,
    argv: *const *const c_char,
    image: *const RawImage,
) -> i32 {
    let args: Vec<String> = (0..argc.max(0) as usize)
        .map(|i| {
            // SAFETY: by the contract, argv[0..argc] are valid C strings.
            let arg = unsafe { CStr::from_ptr(*argv.add(i)) };
            arg.to_string_lossy().into_owned()
        })
        .collect();
    // SAFETY: by the contract, `image` is the generated image, and its
    // layout table the `layout_len` pairs it points at (none: no table).
    let built = unsafe {
        let raw = &*image;
        match raw.layout_len {
            0 => &[],
            n => std::slice::from_raw_parts(raw.layout, n),
        }
    };
    if let Err(e) = super::abi::check_layout(built) {
        eprintln!("pyrite: internal error: {e}");
        return 70;
    }
    // SAFETY: by the contract, `image` is the generated image.
    let image = unsafe { read_image(&*image) };
    let main = image.main.clone();
    super::image::install(image);
    let mut config = Config {
        prog: args.first().cloned().unwrap_or_default(),
        args: args.iter().skip(1).cloned().collect(),
        argv0: args.first().cloned(),
        ..Config::default()
    };
    config.apply_environment(|k| std::env::var(k).ok());
    let status = crate::process::run_on_python_thread(move || {
        crate::run::run_program(&config, &Program::File(main)).status
    });
    i32::from(crate::process::exit_code(status))
}

/// Borrows the generated image's tables.
///
/// # Safety
/// As `pyrt_main`'s: every pointer and length of the image describes
/// read-only data of the executable.
unsafe fn read_image(raw: &RawImage) -> Image {
    // SAFETY: by the contract, the pointers and lengths describe static
    // arrays and strings that the generated object holds.
    let (modules, main, path0) = unsafe {
        (
            std::slice::from_raw_parts(raw.modules, raw.len),
            std::slice::from_raw_parts(raw.main, raw.main_len),
            std::slice::from_raw_parts(raw.path0, raw.path0_len),
        )
    };
    let modules = modules
        .iter()
        .map(|m| {
            // SAFETY: as above, for each module's own tables.
            let (path, bytecode, natives, direct) = unsafe {
                (
                    std::slice::from_raw_parts(m.path, m.path_len),
                    std::slice::from_raw_parts(m.bytecode, m.bytecode_len),
                    std::slice::from_raw_parts(m.natives, m.natives_len),
                    std::slice::from_raw_parts(m.direct, m.natives_len),
                )
            };
            (
                String::from_utf8_lossy(path).into_owned(),
                Module {
                    bytecode,
                    natives,
                    direct,
                },
            )
        })
        .collect::<HashMap<_, _>>();
    Image {
        main: String::from_utf8_lossy(main).into_owned(),
        path0: String::from_utf8_lossy(path0).into_owned(),
        modules,
    }
}
