//! Pyrite's runtime: the object model, the builtins and the bytecode VM.
//!
//! It links the frontend (for `eval`, `exec` and the prompt) and never LLVM.
//! Its contents arrive with the runtime issue; until then the crate only
//! fixes its place in the dependency graph.
