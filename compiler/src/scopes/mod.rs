//! PLACEHOLDER (not committed): the API of the symbol table being written on branch `scopes`.
#![allow(missing_docs, dead_code, unused_variables)]
use crate::diagnostics::SyntaxError;
use crate::source::SourceFile;
use ruff_python_ast as ast;
use ruff_text_size::TextRange;
use std::borrow::Cow;

pub fn build(src: &SourceFile, module: &ast::ModModule) -> Result<ScopeTable, SyntaxError> {
    Ok(ScopeTable {
        scopes: vec![Scope {
            kind: ScopeKind::Module,
            name: "<module>".into(),
            qualname: "<module>".into(),
            parent: None,
            range: TextRange::default(),
            params: vec![],
            locals: vec![],
            cellvars: vec![],
            freevars: vec![],
            is_generator: false,
            is_coroutine: false,
            needs_class_cell: false,
            has_future_annotations: false,
            children: vec![],
        }],
    })
}
pub struct ScopeTable {
    scopes: Vec<Scope>,
}
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct ScopeId(pub u32);
impl ScopeTable {
    pub fn module(&self) -> ScopeId {
        ScopeId(0)
    }
    pub fn scope_of(&self, node: TextRange) -> ScopeId {
        ScopeId(0)
    }
    pub fn get(&self, id: ScopeId) -> &Scope {
        &self.scopes[0]
    }
    pub fn name_op(&self, scope: ScopeId, name: &str) -> NameOp {
        NameOp::Name
    }
    pub fn mangle<'a>(&self, scope: ScopeId, name: &'a str) -> Cow<'a, str> {
        Cow::Borrowed(name)
    }
}
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NameOp {
    Fast,
    Deref,
    ClassDeref,
    Global,
    Name,
}
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub qualname: String,
    pub parent: Option<ScopeId>,
    pub range: TextRange,
    pub params: Vec<String>,
    pub locals: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub needs_class_cell: bool,
    pub has_future_annotations: bool,
    pub children: Vec<ScopeId>,
}
