//! Unit tests of the symbol table's API; CPython comparisons live in
//! `compiler/tests/scopes.rs`.

use ruff_python_ast as ast;
use ruff_text_size::Ranged;

use super::{NameOp, ScopeKind, ScopeTable, build};
use crate::parse::parse_module;
use crate::source::SourceFile;

fn table(text: &str) -> (ScopeTable, ast::ModModule) {
    let src = SourceFile::new("<test>", text);
    let parsed = parse_module(&src).expect("valid test program");
    let table = build(&src, parsed.syntax()).expect("no symtable error");
    (table, parsed.into_syntax())
}

fn error(text: &str) -> (u32, String) {
    let src = SourceFile::new("<test>", text);
    let parsed = parse_module(&src).expect("parses");
    let e = build(&src, parsed.syntax())
        .err()
        .expect("a symtable error");
    (e.lineno, e.msg)
}

#[test]
fn mangling_follows_cpython() {
    let (t, m) = table("class _C:\n    def f(self): pass\nclass __:\n    pass\n");
    let ast::Stmt::ClassDef(c) = &m.body[0] else {
        panic!()
    };
    let cls = t.scope_of(c.range());
    assert_eq!(t.mangle(cls, "__x"), "_C__x");
    assert_eq!(t.mangle(cls, "__x__"), "__x__");
    assert_eq!(t.mangle(cls, "__a.b"), "__a.b");
    assert_eq!(t.mangle(cls, "_x"), "_x");
    let method = t.get(cls).children[0];
    assert_eq!(t.mangle(method, "__y"), "_C__y");
    assert_eq!(t.mangle(t.module(), "__y"), "__y");
    let ast::Stmt::ClassDef(u) = &m.body[1] else {
        panic!()
    };
    assert_eq!(t.mangle(t.scope_of(u.range()), "__y"), "__y");
}

#[test]
fn scope_of_keys_by_whole_range() {
    let (t, m) = table("f(lambda: 0)\ng = (x for x in y)\n");
    let ast::Stmt::Expr(e) = &m.body[0] else {
        panic!()
    };
    let ast::Expr::Call(call) = &*e.value else {
        panic!()
    };
    let lambda = t.scope_of(call.arguments.args[0].range());
    assert_eq!(t.get(lambda).kind, ScopeKind::Lambda);
    let ast::Stmt::Assign(a) = &m.body[1] else {
        panic!()
    };
    let gen_scope = t.scope_of(a.value.range());
    let s = t.get(gen_scope);
    assert_eq!(
        (s.kind, s.name.as_str(), s.is_generator),
        (ScopeKind::Comprehension, "<genexpr>", true)
    );
    assert_eq!(s.params, [".0"]);
    assert_eq!(t.name_op(gen_scope, "x"), NameOp::Fast);
    assert_eq!(t.name_op(t.module(), "y"), NameOp::Name);
}

#[test]
fn name_ops() {
    let (t, _) = table(
        "def f(a):\n    global g\n    b = 1\n    def h():\n        return b, len\n    class C:\n        print(b)\n    return h\n",
    );
    let f = t.get(t.module()).children[0];
    assert_eq!(t.name_op(f, "a"), NameOp::Fast);
    assert_eq!(t.name_op(f, "g"), NameOp::Global);
    assert_eq!(t.name_op(f, "b"), NameOp::Deref);
    assert_eq!(t.name_op(t.module(), "g"), NameOp::Global);
    let h = t.get(f).children[0];
    assert_eq!(t.name_op(h, "len"), NameOp::Global);
    assert_eq!(t.name_op(h, "b"), NameOp::Deref);
    let c = t.get(f).children[1];
    assert_eq!(t.name_op(c, "b"), NameOp::ClassDeref);
    assert_eq!(t.name_op(c, "print"), NameOp::Name);
    assert_eq!(t.get(f).cellvars, ["b"]);
    assert_eq!(t.get(h).qualname, "f.<locals>.h");
}

#[test]
fn class_cell() {
    let (t, _) = table("class C:\n    def m(self):\n        return super().m()\n");
    let c = t.get(t.module()).children[0];
    assert!(t.get(c).needs_class_cell);
    assert_eq!(t.get(c).cellvars, ["__class__"]);
    let m = t.get(c).children[0];
    assert_eq!(t.get(m).freevars, ["__class__"]);
    assert_eq!(t.get(m).qualname, "C.m");
}

#[test]
fn errors_come_in_cpython_order() {
    assert_eq!(
        error("def f():\n    nonlocal x\ndef g(a, a): pass\n"),
        (
            3,
            "duplicate argument 'a' in function definition".to_string()
        )
    );
    assert_eq!(
        error("x = 1\ndef f():\n    x = 2\n    def g():\n        global x\n        nonlocal x\n"),
        (5, "name 'x' is nonlocal and global".to_string())
    );
}

#[test]
fn odd_but_parsed_input_does_not_panic() {
    for text in [
        "",
        "pass\n",
        "f(*a, **b)\n",
        "x = [] if [] else {}\n",
        "del ()\n",
        "[*a] = b\n",
    ] {
        table(text);
    }
}
