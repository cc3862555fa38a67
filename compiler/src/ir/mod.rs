//! Pyrite IR: typed SSA with block parameters and explicit exception edges.
//!
//! A `Module` holds `Function`s; a function is a list of blocks; a block has
//! parameters, instructions and one `Terminator`. Every instruction that can
//! raise names its `Unwind` target: a handler block (whose one parameter
//! receives the exception) or the function's exit. Every instruction and
//! terminator carries its source `Loc`. Python local variables live in
//! named slots (`load.fast`/`store.fast`, cells through `load.deref`...),
//! like allocas before mem2reg; SSA values are the temporaries between them.
//! docs/dev/ir.md has the textual grammar and the meaning of each op.

pub mod compact;
pub mod constant;
pub mod entities;
pub mod function;
pub mod ops;
pub mod read;
pub mod types;
pub mod verify;
pub mod write;

pub use constant::Const;
pub use entities::{Block, FuncId, Inst, Value};
pub use function::{
    BlockCall, BlockData, Function, FunctionKind, Imm, InstData, Loc, Module, Params, Suspension,
    Terminator, Unwind, ValueData, ValueDef, hidden_local, is_hidden_local,
};
pub use ops::{Arity, ImmKind, OpInfo, Opcode, ResultKind};
pub use read::{ReadError, read_module};
pub use types::Type;
pub use verify::{VerifyError, verify_module};
