//! Pyrite's frontend: everything between Python source text and verified IR.
//!
//! The pipeline is `parse` (ruff's parser) -> `scopes` (the symbol table) ->
//! `lower` (AST to IR; the one place where Python's semantics are spelled
//! out) -> `passes` (each followed by the verifier in debug builds). Nothing
//! here depends on LLVM: the runtime links this crate for `eval` and `exec`.

pub mod bytecode;
pub mod caret_anchors;
pub mod compile_checks;
pub mod diagnostics;
pub mod driver;
pub mod encoding;
pub mod ir;
pub mod lower;
pub mod parse;
pub mod parse_messages;
pub mod passes;
pub mod program;
pub mod scopes;
pub mod source;
pub mod tokenize_check;

/// A hash of this compiler's sources (computed by `build.rs`): code that
/// one build compiled and cached is only reused by a build with the same.
pub const FINGERPRINT: &str = env!("PYRITE_COMPILER_FINGERPRINT");
