//! `match` statements: each pattern becomes a chain of tests that fall
//! through on success and jump to the next case on failure.
//!
//! Captured values are collected while a pattern matches and bound only
//! once the whole pattern has matched, before the guard, as CPython does.
//! The alternatives of an or-pattern join in a block whose parameters are
//! the captured names, in sorted order.

use ruff_python_ast::{self as ast, Pattern, Singleton};
use ruff_text_size::Ranged;

use super::{FnLowerer, LResult};
use crate::ir::{Block, Const, Imm, Loc, Opcode, Type, Value};

/// Captured names and their values, in binding order.
type Captures = Vec<(String, Value)>;

impl<'a> FnLowerer<'_, 'a> {
    pub(super) fn lower_match(&mut self, s: &'a ast::StmtMatch) -> LResult<()> {
        let subject = self.lower_expr(&s.subject)?;
        let after = self.new_block();
        for case in &s.cases {
            let loc = self.loc(case.range);
            let next = self.new_block();
            let mut captures = Captures::new();
            self.match_pattern(&case.pattern, subject, next, &mut captures)?;
            for (name, v) in captures {
                self.store_name(&name, v, loc);
            }
            if let Some(guard) = &case.guard {
                let body = self.new_block();
                self.lower_condition(guard, body, next)?;
                self.switch_to(body);
            }
            self.lower_body(&case.body)?;
            self.jump_if_live(after, loc);
            self.switch_to(next);
        }
        self.jump(after, vec![], self.loc(s.range));
        self.switch_to(after);
        Ok(())
    }

    /// Tests `subject` against `p`: falls through on success, jumps to
    /// `fail` otherwise.
    fn match_pattern(
        &mut self,
        p: &'a Pattern,
        subject: Value,
        fail: Block,
        captures: &mut Captures,
    ) -> LResult<()> {
        let loc = self.loc(p.range());
        match p {
            Pattern::MatchValue(v) => {
                let value = self.lower_expr(&v.value)?;
                let eq = self.value(Opcode::Eq, Imm::None, vec![subject, value], loc);
                self.require(eq, fail, loc);
            }
            Pattern::MatchSingleton(s) => {
                let c = match s.value {
                    Singleton::None => Const::None,
                    Singleton::True => Const::Bool(true),
                    Singleton::False => Const::Bool(false),
                };
                let c = self.constant(c, loc);
                let is = self.value(Opcode::Is, Imm::None, vec![subject, c], loc);
                self.require(is, fail, loc);
            }
            Pattern::MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    self.match_pattern(inner, subject, fail, captures)?;
                }
                if let Some(name) = &a.name {
                    captures.push((name.to_string(), subject));
                }
            }
            Pattern::MatchStar(s) => {
                return Err(self.internal(s.range, "star pattern outside a sequence"));
            }
            Pattern::MatchOr(o) => self.match_or(o, subject, fail, captures)?,
            Pattern::MatchSequence(s) => self.match_sequence(s, subject, fail, captures)?,
            Pattern::MatchMapping(m) => self.match_mapping(m, subject, fail, captures)?,
            Pattern::MatchClass(c) => {
                let cls = self.lower_expr(&c.cls)?;
                let keywords: Vec<String> = c
                    .arguments
                    .keywords
                    .iter()
                    .map(|k| k.attr.to_string())
                    .collect();
                let found = self.value(
                    Opcode::MatchClass,
                    Imm::ClassPattern {
                        positional: c.arguments.patterns.len() as u32,
                        keywords,
                    },
                    vec![subject, cls],
                    loc,
                );
                self.require_not_none(found, fail, loc);
                let subpatterns = c
                    .arguments
                    .patterns
                    .iter()
                    .chain(c.arguments.keywords.iter().map(|k| &k.pattern));
                for (i, sub) in subpatterns.enumerate() {
                    let item =
                        self.value(Opcode::TupleItem, Imm::Count(i as u32), vec![found], loc);
                    self.match_pattern(sub, item, fail, captures)?;
                }
            }
        }
        Ok(())
    }

    fn match_or(
        &mut self,
        o: &'a ast::PatternMatchOr,
        subject: Value,
        fail: Block,
        captures: &mut Captures,
    ) -> LResult<()> {
        let loc = self.loc(o.range);
        let mut names = Vec::new();
        if let Some(first) = o.patterns.first() {
            capture_names(first, &mut names);
        }
        names.sort();
        let join = self.new_block();
        let params: Vec<Value> = names
            .iter()
            .map(|_| self.func.add_param(join, Type::Object))
            .collect();
        for alt in &o.patterns {
            let next = self.new_block();
            let mut alt_captures = Captures::new();
            self.match_pattern(alt, subject, next, &mut alt_captures)?;
            let mut args = Vec::new();
            for n in &names {
                match alt_captures.iter().find(|(m, _)| m == n) {
                    Some((_, v)) => args.push(*v),
                    None => {
                        return Err(
                            self.internal(alt.range(), "alternative patterns bind different names")
                        );
                    }
                }
            }
            self.jump(join, args, loc);
            self.switch_to(next);
        }
        self.jump(fail, vec![], loc);
        self.switch_to(join);
        captures.extend(names.into_iter().zip(params));
        Ok(())
    }

    fn match_sequence(
        &mut self,
        s: &'a ast::PatternMatchSequence,
        subject: Value,
        fail: Block,
        captures: &mut Captures,
    ) -> LResult<()> {
        let loc = self.loc(s.range);
        let is_seq = self.value(Opcode::MatchSequence, Imm::None, vec![subject], loc);
        self.require(is_seq, fail, loc);
        let star = s
            .patterns
            .iter()
            .position(|p| matches!(p, Pattern::MatchStar(_)));
        let n = s.patterns.len();
        let len = self.value(Opcode::Len, Imm::None, vec![subject], loc);
        let (want, op) = match star {
            None => (n, Opcode::Eq),
            Some(_) => (n - 1, Opcode::Ge),
        };
        let want = self.constant(Const::Int(want as i64), loc);
        let ok = self.value(op, Imm::None, vec![len, want], loc);
        self.require(ok, fail, loc);
        if s.patterns.iter().all(is_wildcard) {
            return Ok(());
        }
        let items = match star {
            None => self.value(Opcode::UnpackSeq, Imm::Count(n as u32), vec![subject], loc),
            Some(i) => self.value(
                Opcode::UnpackEx,
                Imm::Pair(i as u32, (n - i - 1) as u32),
                vec![subject],
                loc,
            ),
        };
        for (i, p) in s.patterns.iter().enumerate() {
            if is_wildcard(p) {
                continue;
            }
            let item = self.value(Opcode::TupleItem, Imm::Count(i as u32), vec![items], loc);
            match p {
                Pattern::MatchStar(st) => {
                    if let Some(name) = &st.name {
                        captures.push((name.to_string(), item));
                    }
                }
                _ => self.match_pattern(p, item, fail, captures)?,
            }
        }
        Ok(())
    }

    fn match_mapping(
        &mut self,
        m: &'a ast::PatternMatchMapping,
        subject: Value,
        fail: Block,
        captures: &mut Captures,
    ) -> LResult<()> {
        let loc = self.loc(m.range);
        let is_map = self.value(Opcode::MatchMapping, Imm::None, vec![subject], loc);
        self.require(is_map, fail, loc);
        if m.keys.is_empty() && m.rest.is_none() {
            return Ok(());
        }
        if !m.keys.is_empty() {
            let len = self.value(Opcode::Len, Imm::None, vec![subject], loc);
            let want = self.constant(Const::Int(m.keys.len() as i64), loc);
            let ok = self.value(Opcode::Ge, Imm::None, vec![len, want], loc);
            self.require(ok, fail, loc);
        }
        let keys = m
            .keys
            .iter()
            .map(|k| self.lower_expr(k))
            .collect::<LResult<Vec<_>>>()?;
        let keys = self.value(Opcode::TupleBuild, Imm::None, keys, loc);
        if !m.keys.is_empty() {
            let values = self.value(Opcode::MatchKeys, Imm::None, vec![subject, keys], loc);
            self.require_not_none(values, fail, loc);
            for (i, p) in m.patterns.iter().enumerate() {
                let item = self.value(Opcode::TupleItem, Imm::Count(i as u32), vec![values], loc);
                self.match_pattern(p, item, fail, captures)?;
            }
        }
        if let Some(rest) = &m.rest {
            let d = self.value(Opcode::DictWithout, Imm::None, vec![subject, keys], loc);
            captures.push((rest.to_string(), d));
        }
        Ok(())
    }

    /// Continues if `cond` is true, else jumps to `fail`.
    fn require(&mut self, cond: Value, fail: Block, loc: Loc) {
        let t = self.truth(cond, loc);
        let ok = self.new_block();
        self.branch(t, ok, fail, loc);
        self.switch_to(ok);
    }

    /// Continues if `v` is not None, else jumps to `fail`.
    fn require_not_none(&mut self, v: Value, fail: Block, loc: Loc) {
        let none = self.none(loc);
        let is_not = self.value(Opcode::IsNot, Imm::None, vec![v, none], loc);
        self.require(is_not, fail, loc);
    }
}

/// `_` or `*_`: matches anything and binds nothing.
fn is_wildcard(p: &Pattern) -> bool {
    match p {
        Pattern::MatchAs(a) => a.pattern.is_none() && a.name.is_none(),
        Pattern::MatchStar(s) => s.name.is_none(),
        _ => false,
    }
}

/// The names a pattern binds.
fn capture_names(p: &Pattern, out: &mut Vec<String>) {
    match p {
        Pattern::MatchValue(_) | Pattern::MatchSingleton(_) => {}
        Pattern::MatchAs(a) => {
            if let Some(inner) = &a.pattern {
                capture_names(inner, out);
            }
            if let Some(n) = &a.name {
                out.push(n.to_string());
            }
        }
        Pattern::MatchStar(s) => {
            if let Some(n) = &s.name {
                out.push(n.to_string());
            }
        }
        Pattern::MatchOr(o) => {
            if let Some(first) = o.patterns.first() {
                capture_names(first, out);
            }
        }
        Pattern::MatchSequence(s) => s.patterns.iter().for_each(|p| capture_names(p, out)),
        Pattern::MatchMapping(m) => {
            m.patterns.iter().for_each(|p| capture_names(p, out));
            if let Some(r) = &m.rest {
                out.push(r.to_string());
            }
        }
        Pattern::MatchClass(c) => {
            c.arguments
                .patterns
                .iter()
                .for_each(|p| capture_names(p, out));
            c.arguments
                .keywords
                .iter()
                .for_each(|k| capture_names(&k.pattern, out));
        }
    }
}
