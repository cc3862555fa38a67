//! `match` statements.

use ruff_python_ast as ast;

use super::{FnLowerer, LResult};

impl<'a> FnLowerer<'_, 'a> {
    pub(super) fn lower_match(&mut self, s: &'a ast::StmtMatch) -> LResult<()> {
        Err(self.internal(s.range, "match statements are not lowered yet"))
    }
}
