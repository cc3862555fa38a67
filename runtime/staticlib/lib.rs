//! The runtime as a static library (`libpyrt.a`): what `pyrite build`
//! links with the generated object. The library is the `runtime` crate
//! itself; its `pyrt_*` functions (`runtime::native`) are the symbols the
//! generated code calls, `pyrt_main` the one its `main` calls.

pub use runtime;
