//! Suspension: `yield`, `yield from`, `await` and `async for`'s step.
//!
//! `yield from` and `await` become an explicit loop of `send` terminators:
//! a value the delegate yields is yielded to our caller; what the caller
//! sends back is sent to the delegate; an exception thrown into us is
//! thrown into the delegate (`throw`); the delegate's return value is the
//! expression's value.

use super::{FnLowerer, LResult};
use crate::ir::{BlockCall, Imm, Loc, Opcode, Terminator, Unwind, Value};

impl FnLowerer<'_, '_> {
    /// `yield v`: the value of the expression is what the caller sends.
    /// In an async generator the value is wrapped first (`async_gen.wrap`)
    /// so the driver can tell it from a value an `await` passes up.
    pub(super) fn lower_yield(&mut self, v: Value, loc: Loc) -> Value {
        let v = if self.func.suspension == crate::ir::Suspension::AsyncGenerator {
            self.value(Opcode::AsyncGenWrap, Imm::None, vec![v], loc)
        } else {
            v
        };
        let (resume, sent) = self.new_block_with_param();
        self.terminate(
            Terminator::Yield {
                value: v,
                resume: BlockCall {
                    block: resume,
                    args: vec![],
                },
                unwind: self.unwind,
            },
            loc,
        );
        self.switch_to(resume);
        sent
    }

    /// `yield from v`.
    pub(super) fn lower_yield_from(&mut self, v: Value, loc: Loc) -> LResult<Value> {
        let it = self.value(Opcode::YieldFromIter, Imm::None, vec![v], loc);
        Ok(self.delegate(it, loc))
    }

    /// `await v`.
    pub(super) fn lower_await(&mut self, v: Value, loc: Loc) -> LResult<Value> {
        let it = self.value(Opcode::AwaitIter, Imm::None, vec![v], loc);
        Ok(self.delegate(it, loc))
    }

    /// The delegation loop; returns the delegate's return value.
    fn delegate(&mut self, it: Value, loc: Loc) -> Value {
        let (send_b, sent) = self.new_block_with_param();
        let (yielded_b, yielded) = self.new_block_with_param();
        let (returned_b, returned) = self.new_block_with_param();
        let (thrown_b, thrown) = self.new_block_with_param();
        let none = self.none(loc);
        self.jump(send_b, vec![none], loc);
        let call = |b| BlockCall {
            block: b,
            args: vec![],
        };
        self.switch_to(send_b);
        self.terminate(
            Terminator::Send {
                iter: it,
                value: sent,
                yielded: call(yielded_b),
                returned: call(returned_b),
                unwind: self.unwind,
            },
            loc,
        );
        self.switch_to(yielded_b);
        self.terminate(
            Terminator::Yield {
                value: yielded,
                resume: call(send_b),
                unwind: Unwind::Handler(thrown_b),
            },
            loc,
        );
        self.switch_to(thrown_b);
        self.terminate(
            Terminator::Throw {
                iter: it,
                exc: thrown,
                yielded: call(yielded_b),
                returned: call(returned_b),
                unwind: self.unwind,
            },
            loc,
        );
        self.switch_to(returned_b);
        returned
    }

    /// One step of `async for`: awaits `anext(it)`; jumps to `body` with
    /// the item, or to `done` on `StopAsyncIteration`.
    pub(super) fn async_for_next(
        &mut self,
        it: Value,
        body: crate::ir::Block,
        done: crate::ir::Block,
        loc: Loc,
    ) -> LResult<()> {
        let outer = self.unwind;
        let awaitable = self.value(Opcode::ANext, Imm::None, vec![it], loc);
        let (handler, exc) = self.new_block_with_param();
        let item = self.with_unwind(Unwind::Handler(handler), |f| f.lower_await(awaitable, loc))?;
        self.jump(body, vec![item], loc);
        self.switch_to(handler);
        let stop = self.value(
            Opcode::LoadBuiltinExc,
            Imm::Name("StopAsyncIteration".into()),
            vec![],
            loc,
        );
        let is_stop = self.with_unwind(outer, |f| {
            f.value(Opcode::ExcMatch, Imm::None, vec![exc, stop], loc)
        });
        let reraise = self.new_block();
        self.branch(is_stop, done, reraise, loc);
        self.switch_to(reraise);
        self.reraise(exc, outer, loc);
        Ok(())
    }
}
