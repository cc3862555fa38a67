//! Renumbering: blocks, instructions and values in layout order, with
//! everything the layout does not reach dropped. After `compact`, the
//! textual form determines the arenas exactly, so `read(write(f)) == f`.

use super::entities::{Block, Inst, Value};
use super::function::{
    BlockCall, BlockData, Function, InstData, Terminator, Unwind, ValueData, ValueDef,
};

impl Function {
    /// Renumbers the function's entities in layout order (blocks first to
    /// last; in each, parameters then instruction results), dropping
    /// blocks outside the layout and their instructions and values.
    pub fn compact(&mut self) {
        let mut block_map = vec![None; self.blocks.len()];
        for (i, &b) in self.layout.iter().enumerate() {
            block_map[b.index()] = Some(Block(i as u32));
        }
        let mut value_map = vec![None; self.values.len()];
        let mut values = Vec::new();
        let mut insts = Vec::new();
        let mut blocks = Vec::with_capacity(self.layout.len());
        for (new_b, &b) in self.layout.iter().enumerate() {
            let data = &self.blocks[b.index()];
            let mut params = Vec::with_capacity(data.params.len());
            for (i, &p) in data.params.iter().enumerate() {
                let v = Value(values.len() as u32);
                value_map[p.index()] = Some(v);
                values.push(ValueData {
                    def: ValueDef::Param(Block(new_b as u32), i as u32),
                    ty: self.values[p.index()].ty,
                });
                params.push(v);
            }
            let mut block_insts = Vec::with_capacity(data.insts.len());
            for &inst in &data.insts {
                let new_inst = Inst(insts.len() as u32);
                let mut d: InstData = self.insts[inst.index()].clone();
                if let Some(r) = d.result {
                    let v = Value(values.len() as u32);
                    value_map[r.index()] = Some(v);
                    values.push(ValueData {
                        def: ValueDef::Inst(new_inst),
                        ty: self.values[r.index()].ty,
                    });
                    d.result = Some(v);
                }
                insts.push(d);
                block_insts.push(new_inst);
            }
            blocks.push(BlockData {
                params,
                insts: block_insts,
                term: data.term.clone(),
            });
        }
        // Operands and targets, now that every definition has its number.
        let map_v = |v: &mut Value| {
            if let Some(n) = value_map[v.index()] {
                *v = n;
            }
        };
        let map_b = |b: &mut Block| {
            if let Some(n) = block_map[b.index()] {
                *b = n;
            }
        };
        for d in &mut insts {
            d.args.iter_mut().for_each(map_v);
            if let Some(Unwind::Handler(h)) = &mut d.unwind {
                map_b(h);
            }
        }
        for data in &mut blocks {
            if let Some((term, _)) = &mut data.term {
                remap_terminator(term, &map_v, &map_b);
            }
        }
        self.layout = (0..blocks.len() as u32).map(Block).collect();
        self.blocks = blocks;
        self.insts = insts;
        self.values = values;
    }
}

fn remap_terminator(t: &mut Terminator, map_v: &dyn Fn(&mut Value), map_b: &dyn Fn(&mut Block)) {
    let call = |c: &mut BlockCall| {
        map_b(&mut c.block);
        c.args.iter_mut().for_each(map_v);
    };
    let unwind = |u: &mut Unwind| {
        if let Unwind::Handler(h) = u {
            map_b(h);
        }
    };
    match t {
        Terminator::Jump(c) => call(c),
        Terminator::Branch {
            cond,
            then_dest,
            else_dest,
        } => {
            map_v(cond);
            call(then_dest);
            call(else_dest);
        }
        Terminator::Return(v) => map_v(v),
        Terminator::Raise {
            exc,
            cause,
            unwind: u,
        } => {
            exc.iter_mut().chain(cause.iter_mut()).for_each(map_v);
            unwind(u);
        }
        Terminator::Reraise { exc, unwind: u } => {
            map_v(exc);
            unwind(u);
        }
        Terminator::ForIter {
            iter,
            next,
            done,
            unwind: u,
        } => {
            map_v(iter);
            call(next);
            call(done);
            unwind(u);
        }
        Terminator::Yield {
            value,
            resume,
            unwind: u,
        } => {
            map_v(value);
            call(resume);
            unwind(u);
        }
        Terminator::Send {
            iter,
            value: v,
            yielded,
            returned,
            unwind: u,
        }
        | Terminator::Throw {
            iter,
            exc: v,
            yielded,
            returned,
            unwind: u,
        } => {
            map_v(iter);
            map_v(v);
            call(yielded);
            call(returned);
            unwind(u);
        }
        Terminator::Unreachable => {}
    }
}
