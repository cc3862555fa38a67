//! Passes over verified IR. Each pass's output passes `verify_module`
//! (the architecture invariant), and each is tested as filetests
//! (`tests/filetests/<pass>/`).

pub mod infer;
