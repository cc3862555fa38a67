//! Function, lambda and class definitions: the code object of the body is
//! lowered as its own IR function; the defining scope evaluates decorators,
//! defaults, annotations and bases, builds the closure and binds the name.

use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::stmt::needs_annotations;
use super::{FnLowerer, LResult};
use crate::ir::{
    Const, FuncId, FunctionKind, Imm, Loc, Opcode, Params, Suspension, Terminator, Value,
};
use crate::scopes::ScopeId;

impl<'a> FnLowerer<'_, 'a> {
    pub(super) fn lower_function_def(&mut self, s: &'a ast::StmtFunctionDef) -> LResult<()> {
        let loc = self.loc(s.range);
        let decorators = self.lower_decorators(&s.decorator_list)?;
        let scope = self.child_scope(s.range)?;
        let (defaults, kwdefaults) = self.lower_defaults(&s.parameters, loc)?;
        let annotations =
            self.lower_param_annotations(Some(&s.parameters), s.returns.as_deref(), loc)?;
        let first_line = self.def_line(s.range, &s.decorator_list);
        let id = self.lower_code(scope, FunctionKind::Function, first_line, |f| {
            f.set_params(&s.parameters);
            f.func.doc = f.docstring_of(&s.body);
            f.lower_body(&s.body)?;
            if !f.is_dead() {
                let end = f.end_loc(&s.body);
                let none = f.none(end);
                f.terminate(Terminator::Return(none), end);
            }
            Ok(())
        })?;
        let func = self.make_function(id, scope, [defaults, kwdefaults, annotations], loc);
        let result = self.apply_decorators(decorators, func, loc);
        self.store_name(&s.name, result, loc);
        Ok(())
    }

    pub(super) fn lower_lambda(&mut self, l: &'a ast::ExprLambda) -> LResult<Value> {
        let loc = self.loc(l.range);
        let scope = self.child_scope(l.range)?;
        let (defaults, kwdefaults) = match l.parameters.as_deref() {
            Some(params) => self.lower_defaults(params, loc)?,
            None => (self.none(loc), self.none(loc)),
        };
        let none = self.none(loc);
        let id = self.lower_code(scope, FunctionKind::Lambda, loc.line, |f| {
            if let Some(params) = l.parameters.as_deref() {
                f.set_params(params);
            }
            let v = f.lower_expr(&l.body)?;
            if !f.is_dead() {
                let body_loc = f.loc(l.body.range());
                f.terminate(Terminator::Return(v), body_loc);
            }
            Ok(())
        })?;
        Ok(self.make_function(id, scope, [defaults, kwdefaults, none], loc))
    }

    pub(super) fn lower_class_def(&mut self, s: &'a ast::StmtClassDef) -> LResult<()> {
        let loc = self.loc(s.range);
        let decorators = self.lower_decorators(&s.decorator_list)?;
        let scope = self.child_scope(s.range)?;
        let first_line = self.def_line(s.range, &s.decorator_list);
        let needs_cell = self.scopes().get(scope).needs_class_cell;
        let qualname = self.scopes().get(scope).qualname.clone();
        let id = self.lower_code(scope, FunctionKind::Class, first_line, |f| {
            f.lower_class_body(&s.body, &qualname, needs_cell, loc)
        })?;
        let build_class = self.value(Opcode::LoadBuildClass, Imm::None, vec![], loc);
        let none = self.none(loc);
        let body = self.make_function(id, scope, [none, none, none], loc);
        let name = self.constant(Const::Str(s.name.to_string()), loc);
        let class = match &s.arguments {
            None => self.call(build_class, vec![body, name], loc),
            Some(arguments) => {
                self.lower_call_parts(build_class, vec![body, name], arguments, loc)?
            }
        };
        let result = self.apply_decorators(decorators, class, loc);
        self.store_name(&s.name, result, loc);
        Ok(())
    }

    fn lower_class_body(
        &mut self,
        body: &'a [Stmt],
        qualname: &str,
        needs_cell: bool,
        loc: Loc,
    ) -> LResult<()> {
        let module = self.load_name_op(Opcode::LoadName, "__name__", loc);
        self.store_name("__module__", module, loc);
        let q = self.constant(Const::Str(qualname.to_string()), loc);
        self.store_name("__qualname__", q, loc);
        if needs_annotations(body) {
            self.emit(Opcode::SetupAnnotations, Imm::None, vec![], loc);
        }
        if let Some(doc) = self.docstring_of(body) {
            let d = self.constant(Const::Str(doc), loc);
            self.store_name("__doc__", d, loc);
        }
        self.lower_body(body)?;
        if !self.is_dead() {
            let end = self.end_loc(body);
            let ret = if needs_cell {
                let cell = self.value(
                    Opcode::LoadClosure,
                    Imm::Name("__class__".into()),
                    vec![],
                    end,
                );
                self.emit(
                    Opcode::StoreName,
                    Imm::Name("__classcell__".into()),
                    vec![cell],
                    end,
                );
                cell
            } else {
                self.none(end)
            };
            self.terminate(Terminator::Return(ret), end);
        }
        Ok(())
    }

    fn load_name_op(&mut self, op: Opcode, name: &str, loc: Loc) -> Value {
        self.value(op, Imm::Name(name.to_string()), vec![], loc)
    }

    /// The line CPython gives a definition: the first decorator's, or the
    /// `def`/`class` keyword's.
    fn def_line(&self, range: TextRange, decorators: &[ast::Decorator]) -> u32 {
        let start = decorators
            .first()
            .map_or(range.start(), |d| d.range.start());
        self.src().pos(start).line
    }

    fn lower_decorators(&mut self, decorators: &'a [ast::Decorator]) -> LResult<Vec<(Value, Loc)>> {
        decorators
            .iter()
            .map(|d| Ok((self.lower_expr(&d.expression)?, self.loc(d.range))))
            .collect()
    }

    fn apply_decorators(
        &mut self,
        decorators: Vec<(Value, Loc)>,
        mut v: Value,
        _loc: Loc,
    ) -> Value {
        for (d, dloc) in decorators.into_iter().rev() {
            v = self.call(d, vec![v], dloc);
        }
        v
    }

    /// Positional defaults as a tuple and keyword-only defaults as a dict
    /// (None when there are none), evaluated left to right.
    fn lower_defaults(&mut self, p: &'a ast::Parameters, loc: Loc) -> LResult<(Value, Value)> {
        let mut positional = Vec::new();
        for param in p.posonlyargs.iter().chain(&p.args) {
            if let Some(d) = &param.default {
                positional.push(self.lower_expr(d)?);
            }
        }
        let defaults = if positional.is_empty() {
            self.none(loc)
        } else {
            self.value(Opcode::TupleBuild, Imm::None, positional, loc)
        };
        let mut pairs = Vec::new();
        for param in &p.kwonlyargs {
            if let Some(d) = &param.default {
                let name = self.mangle(&param.parameter.name);
                pairs.push(self.constant(Const::Str(name), loc));
                pairs.push(self.lower_expr(d)?);
            }
        }
        let kwdefaults = if pairs.is_empty() {
            self.none(loc)
        } else {
            self.value(Opcode::DictBuild, Imm::None, pairs, loc)
        };
        Ok((defaults, kwdefaults))
    }

    /// Annotations as a tuple of name, value pairs (CPython 3.11's
    /// MAKE_FUNCTION form), or None.
    fn lower_param_annotations(
        &mut self,
        p: Option<&'a ast::Parameters>,
        returns: Option<&'a ast::Expr>,
        loc: Loc,
    ) -> LResult<Value> {
        let mut items = Vec::new();
        if let Some(p) = p {
            // CPython's order: normal parameters before positional-only.
            let params = p
                .args
                .iter()
                .chain(&p.posonlyargs)
                .map(|a| &a.parameter)
                .chain(p.vararg.as_deref())
                .chain(p.kwonlyargs.iter().map(|a| &a.parameter))
                .chain(p.kwarg.as_deref());
            for param in params {
                if let Some(ann) = &param.annotation {
                    let name = self.mangle(&param.name);
                    items.push(self.constant(Const::Str(name), loc));
                    items.push(self.lower_annotation(ann)?);
                }
            }
        }
        if let Some(r) = returns {
            items.push(self.constant(Const::Str("return".into()), loc));
            items.push(self.lower_annotation(r)?);
        }
        Ok(if items.is_empty() {
            self.none(loc)
        } else {
            self.value(Opcode::TupleBuild, Imm::None, items, loc)
        })
    }

    /// Lowers a nested code object with a fresh `FnLowerer`.
    pub(super) fn lower_code(
        &mut self,
        scope: ScopeId,
        kind: FunctionKind,
        first_line: u32,
        body: impl FnOnce(&mut FnLowerer<'_, 'a>) -> LResult<()>,
    ) -> LResult<FuncId> {
        let id = self.cx.reserve();
        let mut inner = FnLowerer::new(self.cx, scope, kind, first_line);
        let s = inner.scopes().get(scope);
        inner.func.suspension = match (s.is_coroutine, s.is_generator) {
            (false, false) => Suspension::None,
            (false, true) => Suspension::Generator,
            (true, false) => Suspension::Coroutine,
            (true, true) => Suspension::AsyncGenerator,
        };
        body(&mut inner)?;
        let func = inner.finish();
        self.cx.functions[id.index()] = Some(func);
        Ok(id)
    }

    /// Records the parameter shape of the function being lowered.
    pub(super) fn set_params(&mut self, p: &ast::Parameters) {
        self.func.params = Params {
            posonly: p.posonlyargs.len() as u32,
            positional: (p.posonlyargs.len() + p.args.len()) as u32,
            kwonly: p.kwonlyargs.len() as u32,
            varargs: p.vararg.is_some(),
            varkw: p.kwarg.is_some(),
        };
        self.init_cell_params();
    }

    /// Parameters that are cells start in their slot; CPython copies them
    /// into the cell on entry.
    fn init_cell_params(&mut self) {
        let s = self.scopes().get(self.scope);
        let loc = Loc {
            line: self.func.first_line,
            col: 0,
            end_line: self.func.first_line,
            end_col: 0,
        };
        for p in s.params.clone() {
            if s.cellvars.contains(&p) {
                let v = self.value(Opcode::LoadFast, Imm::Name(p.clone()), vec![], loc);
                self.emit(Opcode::StoreDeref, Imm::Name(p), vec![v], loc);
            }
        }
    }

    /// `function.make` with the closure the scope needs.
    pub(super) fn make_function(
        &mut self,
        id: FuncId,
        scope: ScopeId,
        [defaults, kwdefaults, annotations]: [Value; 3],
        loc: Loc,
    ) -> Value {
        let free = self.scopes().get(scope).freevars.clone();
        let closure = if free.is_empty() {
            self.none(loc)
        } else {
            let cells = free
                .into_iter()
                .map(|name| self.value(Opcode::LoadClosure, Imm::Name(name), vec![], loc))
                .collect();
            self.value(Opcode::TupleBuild, Imm::None, cells, loc)
        };
        self.value(
            Opcode::MakeFunction,
            Imm::Func(id),
            vec![defaults, kwdefaults, annotations, closure],
            loc,
        )
    }
}
