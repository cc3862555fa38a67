//! Calls: positional and keyword arguments, `*args` and `**kwargs`, and
//! zero-argument `super()`.

use ruff_python_ast::{self as ast, Expr};

use super::{FnLowerer, LResult};
use crate::ir::{Imm, Opcode, Value};
use crate::scopes::ScopeKind;

impl<'a> FnLowerer<'_, 'a> {
    pub(super) fn lower_call(&mut self, c: &'a ast::ExprCall) -> LResult<Value> {
        let loc = self.loc(c.range);
        if let Some(v) = self.lower_super_zero(c)? {
            return Ok(v);
        }
        if let Some(v) = self.lower_inline_sum(c)? {
            return Ok(v);
        }
        let callee = self.lower_expr(&c.func)?;
        self.lower_call_parts(callee, vec![], &c.arguments, loc)
    }

    /// A call of `callee` with `prefix` values before the source arguments
    /// (`__build_class__` takes the body and the name first).
    pub(super) fn lower_call_parts(
        &mut self,
        callee: Value,
        prefix: Vec<Value>,
        args: &'a ast::Arguments,
        loc: crate::ir::Loc,
    ) -> LResult<Value> {
        let simple = !args.args.iter().any(Expr::is_starred_expr)
            && args.keywords.iter().all(|k| k.arg.is_some());
        if simple {
            let mut values = vec![callee];
            values.extend(prefix);
            for a in args.args.iter() {
                let v = match a {
                    Expr::Generator(g) if !g.parenthesized => {
                        self.lower_generator_exp_at(g, args.range)?
                    }
                    _ => self.lower_expr(a)?,
                };
                values.push(v);
            }
            let mut names = Vec::new();
            for k in args.keywords.iter() {
                values.push(self.lower_expr(&k.value)?);
                names.push(k.arg.as_ref().map(|n| n.to_string()).unwrap_or_default());
            }
            return Ok(self.value(Opcode::Call, Imm::Keywords(names), values, loc));
        }
        // The general form: a positional tuple and a keyword dict, built
        // in source order of evaluation.
        let list = self.value(Opcode::ListBuild, Imm::None, prefix, loc);
        for a in args.args.iter() {
            match a {
                Expr::Starred(s) => {
                    let it = self.lower_expr(&s.value)?;
                    self.emit(
                        Opcode::ArgsExtend,
                        Imm::None,
                        vec![callee, list, it],
                        self.loc(s.range),
                    );
                }
                _ => {
                    let v = self.lower_expr(a)?;
                    self.emit(Opcode::ListAppend, Imm::None, vec![list, v], loc);
                }
            }
        }
        let positional = self.value(Opcode::ListToTuple, Imm::None, vec![list], loc);
        let kwargs = if args.keywords.is_empty() {
            self.none(loc)
        } else {
            let dict = self.value(Opcode::DictBuild, Imm::None, vec![], loc);
            for k in args.keywords.iter() {
                let v = self.lower_expr(&k.value)?;
                match &k.arg {
                    Some(name) => {
                        // A single-entry merge reports a repeated keyword
                        // exactly as CPython does.
                        let key = self.constant(crate::ir::Const::Str(name.to_string()), loc);
                        let one = self.value(Opcode::DictBuild, Imm::None, vec![key, v], loc);
                        self.emit(Opcode::KwargsMerge, Imm::None, vec![callee, dict, one], loc);
                    }
                    None => {
                        self.emit(
                            Opcode::KwargsMerge,
                            Imm::None,
                            vec![callee, dict, v],
                            self.loc(k.range),
                        );
                    }
                }
            }
            dict
        };
        Ok(self.value(
            Opcode::CallEx,
            Imm::None,
            vec![callee, positional, kwargs],
            loc,
        ))
    }

    /// `super()` with no arguments inside a method: CPython finds the class
    /// in the `__class__` cell and the instance in the first argument.
    fn lower_super_zero(&mut self, c: &'a ast::ExprCall) -> LResult<Option<Value>> {
        let Expr::Name(n) = &*c.func else {
            return Ok(None);
        };
        if &*n.id != "super" || !c.arguments.args.is_empty() || !c.arguments.keywords.is_empty() {
            return Ok(None);
        }
        let scope = self.scopes().get(self.scope);
        if !matches!(scope.kind, ScopeKind::Function | ScopeKind::Lambda)
            || !scope.freevars.iter().any(|f| f == "__class__")
        {
            return Ok(None);
        }
        let Some(first) = scope.params.first().cloned() else {
            return Ok(None);
        };
        let loc = self.loc(c.range);
        let sup = self.lower_expr(&c.func)?;
        let cell = self.value(
            Opcode::LoadClosure,
            Imm::Name("__class__".into()),
            vec![],
            loc,
        );
        let arg = if scope.cellvars.contains(&first) {
            self.value(Opcode::LoadDeref, Imm::Name(first), vec![], loc)
        } else {
            self.value(Opcode::LoadFast, Imm::Name(first), vec![], loc)
        };
        Ok(Some(self.value(
            Opcode::SuperZero,
            Imm::None,
            vec![sup, cell, arg],
            loc,
        )))
    }
}
