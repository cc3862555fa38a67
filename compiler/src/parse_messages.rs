//! CPython 3.11's messages and ranges for ruff's parse errors.
//!
//! ruff names an error by what it expected; CPython's grammar (the
//! `invalid_*` rules of python.gram) names it by what it found, usually with
//! a different range. Each arm below says which CPython rule it stands for.
//! Parser errors use byte columns, as CPython's parser does.

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{Expr, Mod, Stmt};
use ruff_python_parser::{
    InterpolatedStringErrorType, LexicalErrorType, ParseError, ParseErrorType, Parsed,
    UnsupportedSyntaxError, UnsupportedSyntaxErrorKind,
};
use ruff_text_size::{Ranged, TextRange, TextSize};

use crate::diagnostics::ErrorClass;
use crate::parse::{ParserError, class_error_at};
use crate::source::SourceFile;
use crate::tokenize_check;

/// CPython's error for one of ruff's parse errors.
pub fn from_parse_error(
    src: &SourceFile,
    parsed: &Parsed<Mod>,
    err: &ParseError,
) -> Option<ParserError> {
    let cx = Context { src, parsed };
    let range = err.range();
    let start = range.start();
    let (class, msg, range) = match &err.error {
        ParseErrorType::Lexical(lex) => return cx.lexical(lex, range),
        ParseErrorType::FStringError(e) => cx.fstring(e, range),
        ParseErrorType::ExpectedToken { expected, found } => {
            cx.expected_token(&format!("{expected}"), &format!("{found}"), range)
        }
        ParseErrorType::InvalidAssignmentTarget => cx.assign_target(range),
        ParseErrorType::InvalidDeleteTarget => cx.named("cannot delete {}", range),
        ParseErrorType::InvalidAugmentedAssignmentTarget => cx.named(
            "'{}' is an illegal expression for augmented assignment",
            range,
        ),
        ParseErrorType::InvalidNamedAssignmentTarget => {
            cx.named("cannot use assignment expressions with {}", range)
        }
        ParseErrorType::InvalidAnnotatedAssignmentTarget => {
            syntax("illegal target for annotation", range)
        }
        ParseErrorType::PositionalAfterKeywordArgument => {
            syntax("positional argument follows keyword argument", range)
        }
        ParseErrorType::PositionalAfterKeywordUnpacking => syntax(
            "positional argument follows keyword argument unpacking",
            range,
        ),
        ParseErrorType::InvalidArgumentUnpackingOrder => syntax(
            "iterable argument unpacking follows keyword argument unpacking",
            TextRange::at(start, 1.into()),
        ),
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            syntax("non-default argument follows default argument", range)
        }
        ParseErrorType::ParamAfterVarKeywordParam => {
            syntax("arguments cannot follow var-keyword argument", range)
        }
        ParseErrorType::VarParameterWithDefault => {
            let before = &src.text[..u32::from(start) as usize];
            let kind = if before
                .trim_end()
                .trim_end_matches(char::is_alphanumeric)
                .trim_end_matches('_')
                .ends_with("**")
            {
                "var-keyword"
            } else {
                "var-positional"
            };
            syntax(format!("{kind} argument cannot have default value"), range)
        }
        ParseErrorType::ExpectedKeywordParam => {
            syntax("named arguments must follow bare *", cx.token(start))
        }
        ParseErrorType::DuplicateKeywordArgumentError(name) => {
            syntax(format!("keyword argument repeated: {name}"), range)
        }
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            syntax("Generator expression must be parenthesized", range)
        }
        ParseErrorType::InvalidStarredExpressionUsage => {
            syntax("cannot use starred expression here", range)
        }
        ParseErrorType::IterableUnpackingInComprehension => {
            syntax("iterable unpacking cannot be used in comprehension", range)
        }
        ParseErrorType::UnexpectedIndentation => {
            let pos = src.pos(start);
            let line_start = src.line_start(pos.line);
            let text = &src.text[line_start..];
            let width = text.len() - text.trim_start_matches([' ', '\t', '\x0c']).len();
            let mut e = class_error_at(
                src,
                ErrorClass::IndentationError,
                "unexpected indent",
                range,
            );
            e.lineno = pos.line;
            e.offset = width as u32;
            e.end_offset = 0;
            return Some(ParserError {
                error: e,
                at: start,
            });
        }
        ParseErrorType::SimpleStatementsOnSameLine => cx.same_line(range),
        ParseErrorType::ExpectedExpression if cx.in_fstring(start).is_some() => {
            let (s, e) = cx.in_fstring(start).unwrap_or_default();
            let body = &src.text[s..e];
            let msg = if body.contains("{}") || body.contains("{!") || body.contains("{:") {
                "f-string: empty expression not allowed"
            } else {
                "f-string: invalid syntax"
            };
            syntax(msg, TextRange::empty(TextSize::new(e as u32)))
        }
        ParseErrorType::OtherError(msg) => cx.other(msg, range),
        _ => syntax("invalid syntax", cx.token(start)),
    };
    Some(ParserError {
        error: class_error_at(src, class, msg, range),
        at: start,
    })
}

/// CPython's error for syntax that ruff parses but 3.11 rejects.
pub fn from_unsupported(src: &SourceFile, err: &UnsupportedSyntaxError) -> ParserError {
    let range = err.range();
    let msg = match err.kind {
        UnsupportedSyntaxErrorKind::IterableUnpackingInListComprehension => {
            "iterable unpacking cannot be used in comprehension".to_string()
        }
        UnsupportedSyntaxErrorKind::Pep701FString(kind) => {
            // ruff does not export `FStringKind`; its Debug names are stable.
            let msg = match format!("{kind:?}").as_str() {
                "Backslash" => "f-string expression part cannot include a backslash",
                "Comment" => "f-string expression part cannot include '#'",
                _ => "f-string: expecting '}'",
            };
            let strings = tokenize_check::string_ranges(src);
            let at = u32::from(range.start()) as usize;
            let end = strings
                .iter()
                .find(|(s, e)| *s <= at && at < *e)
                .map_or(at, |&(_, e)| e);
            return ParserError {
                error: class_error_at(
                    src,
                    ErrorClass::SyntaxError,
                    msg,
                    TextRange::empty(TextSize::new(end as u32)),
                ),
                at: range.start(),
            };
        }
        _ => "invalid syntax".to_string(),
    };
    ParserError {
        error: class_error_at(src, ErrorClass::SyntaxError, msg, range),
        at: range.start(),
    }
}

fn syntax(msg: impl Into<String>, range: TextRange) -> (ErrorClass, String, TextRange) {
    (ErrorClass::SyntaxError, msg.into(), range)
}

struct Context<'a> {
    src: &'a SourceFile,
    parsed: &'a Parsed<Mod>,
}

impl Context<'_> {
    fn body(&self) -> &[Stmt] {
        match self.parsed.syntax() {
            Mod::Module(m) => &m.body,
            Mod::Expression(_) => &[],
        }
    }

    /// The range of the token starting at `at`; empty for a line end or
    /// the end of the file, as CPython reports a NEWLINE token.
    fn token(&self, at: TextSize) -> TextRange {
        let i = u32::from(at) as usize;
        match self.src.text.as_bytes().get(i) {
            None | Some(b'\n' | b'\r') => return TextRange::empty(at),
            _ => {}
        }
        self.parsed
            .tokens()
            .iter()
            .find(|t| t.start() == at)
            .map_or(TextRange::at(at, 1.into()), Ranged::range)
    }

    /// The f-string token (start, end) containing `at`, if any.
    fn in_fstring(&self, at: TextSize) -> Option<(usize, usize)> {
        let at = u32::from(at) as usize;
        tokenize_check::string_ranges(self.src)
            .into_iter()
            .find(|&(s, e)| {
                s <= at && at < e && {
                    let prefix = &self.src.text[s..e];
                    let q = prefix.find(['\'', '"']).unwrap_or(0);
                    prefix[..q].to_ascii_lowercase().contains('f')
                }
            })
    }

    fn lexical(&self, lex: &LexicalErrorType, range: TextRange) -> Option<ParserError> {
        let src = self.src;
        let at = range.start();
        let strings = tokenize_check::string_ranges(src);
        let string_end = |at: TextSize| {
            let i = u32::from(at) as usize;
            strings.iter().find(|(s, e)| *s <= i && i <= *e).copied()
        };
        let (msg, range) = match lex {
            LexicalErrorType::InvalidByteLiteral => {
                let r = string_end(at).map_or(range, |(s, e)| {
                    TextRange::new(TextSize::new(s as u32), TextSize::new(e as u32))
                });
                (
                    "bytes can only contain ASCII literal characters".to_string(),
                    r,
                )
            }
            LexicalErrorType::UnicodeError
            | LexicalErrorType::MissingUnicodeLbrace
            | LexicalErrorType::MissingUnicodeRbrace => {
                let (s, e) =
                    string_end(at).unwrap_or((u32::from(at) as usize, u32::from(at) as usize));
                let msg = escape_error(&src.text[s..e], u32::from(at) as usize - s);
                (msg, TextRange::empty(TextSize::new(e as u32)))
            }
            LexicalErrorType::FStringError(e) => {
                let (_, msg, r) = self.fstring(e, range);
                (msg, r)
            }
            _ => ("invalid syntax".to_string(), self.token(at)),
        };
        Some(ParserError {
            error: class_error_at(src, ErrorClass::SyntaxError, msg, range),
            at,
        })
    }

    fn fstring(
        &self,
        e: &InterpolatedStringErrorType,
        range: TextRange,
    ) -> (ErrorClass, String, TextRange) {
        let end = self
            .in_fstring(range.start())
            .map_or(range.end(), |(_, e)| TextSize::new(e as u32));
        let body = self
            .in_fstring(range.start())
            .map_or("", |(s, e)| &self.src.text[s..e]);
        let msg = match e {
            InterpolatedStringErrorType::UnclosedLbrace => "f-string: expecting '}'",
            InterpolatedStringErrorType::InvalidConversionFlag => {
                "f-string: invalid conversion character: expected 's', 'r', or 'a'"
            }
            InterpolatedStringErrorType::SingleRbrace => "f-string: single '}' is not allowed",
            InterpolatedStringErrorType::UnterminatedString
            | InterpolatedStringErrorType::UnterminatedTripleQuotedString => {
                if body.contains('#') {
                    "f-string expression part cannot include '#'"
                } else {
                    "f-string: expecting '}'"
                }
            }
            _ => "f-string: invalid syntax",
        };
        syntax(msg, TextRange::empty(end))
    }

    /// CPython's `invalid_expression` and `invalid_named_expression` rules
    /// for a token ruff did not expect.
    fn expected_token(
        &self,
        expected: &str,
        found: &str,
        range: TextRange,
    ) -> (ErrorClass, String, TextRange) {
        let start = range.start();
        let src = &self.src.text;
        if found.contains("'='")
            || found == "Equal"
            || src[u32::from(start) as usize..].starts_with("=")
                && !src[u32::from(start) as usize..].starts_with("==")
        {
            let e = self.expr_ending_before(start);
            if let Some(e) = e {
                let name = expr_name(e);
                if matches!(e, Expr::Name(_)) {
                    let rhs = self.expr_starting_after(range.end());
                    let end = rhs.map_or(range.end(), Ranged::end);
                    return syntax(
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                        TextRange::new(e.start(), end),
                    );
                }
                return syntax(
                    format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?"),
                    e.range(),
                );
            }
        }
        let rest = &src[u32::from(start) as usize..];
        if [
            "+=", "-=", "*=", "/=", "//=", "%=", "**=", ">>=", "<<=", "&=", "^=", "|=", "@=",
        ]
        .iter()
        .any(|op| rest.starts_with(op))
        {
            let line_start = self.src.line_start(self.src.pos(start).line);
            let first = line_start + src[line_start..].len() - src[line_start..].trim_start().len();
            let end = src[..u32::from(start) as usize].trim_end().len();
            return syntax(
                "'tuple' is an illegal expression for augmented assignment",
                TextRange::new(TextSize::new(first as u32), TextSize::new(end as u32)),
            );
        }
        if expected.contains("':'") || expected == "Colon" {
            let line = self.src.line_text(self.src.pos(start).line).trim_start();
            let compound = [
                "if", "elif", "else", "while", "for", "with", "try", "except", "finally", "class",
                "def", "async", "match", "case",
            ];
            if compound.iter().any(|k| {
                line.starts_with(k)
                    && !line[k.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
            }) {
                return syntax("expected ':'", TextRange::empty(start));
            }
        }
        if expected.contains("'('") || expected == "Lpar" {
            return syntax("expected '('", self.token(start));
        }
        if (expected.contains("','") || expected == "Comma")
            && let Some(b) = self.expr_starting_at(start)
            && let Some(a) = self.expr_ending_before(start)
            && self.in_brackets(start)
            && !(matches!(a, Expr::Name(_))
                && matches!(
                    b,
                    Expr::StringLiteral(_) | Expr::FString(_) | Expr::BytesLiteral(_)
                ))
        {
            return syntax(
                "invalid syntax. Perhaps you forgot a comma?",
                TextRange::new(a.start(), b.end()),
            );
        }
        syntax("invalid syntax", self.token(start))
    }

    fn assign_target(&self, range: TextRange) -> (ErrorClass, String, TextRange) {
        let Some(e) = self.expr_at(range) else {
            return syntax("invalid syntax", self.token(range.start()));
        };
        let name = expr_name(e);
        let after = &self.src.text[u32::from(range.end()) as usize..];
        let after_trim = after.trim_start_matches([' ', '\t', ')']);
        let assign = after_trim.starts_with('=') && !after_trim.starts_with("==");
        let bitwise_or = !matches!(
            e,
            Expr::Compare(_)
                | Expr::Lambda(_)
                | Expr::If(_)
                | Expr::BoolOp(_)
                | Expr::Named(_)
                | Expr::BooleanLiteral(_)
                | Expr::NoneLiteral(_)
                | Expr::Generator(_)
                | Expr::Starred(_)
        ) && !matches!(e, Expr::UnaryOp(u) if u.op == ruff_python_ast::UnaryOp::Not);
        let rhs = after_trim[1.min(after_trim.len())..].trim_start();
        let rhs_ok =
            !(rhs.starts_with("yield") || rhs.starts_with('*') || rhs.starts_with("lambda"));
        if assign && bitwise_or && rhs_ok && !self.in_for_or_with(range) {
            return syntax(
                format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?"),
                range,
            );
        }
        syntax(format!("cannot assign to {name}"), range)
    }

    fn named(&self, template: &str, range: TextRange) -> (ErrorClass, String, TextRange) {
        match self.expr_at(range) {
            Some(e) => syntax(template.replace("{}", expr_name(e)), range),
            None => syntax("invalid syntax", self.token(range.start())),
        }
    }

    /// `print "x"` and other two expressions without an operator between.
    fn same_line(&self, range: TextRange) -> (ErrorClass, String, TextRange) {
        let start = range.start();
        if let Some(Expr::Name(name)) = self.expr_ending_before(start)
            && matches!(name.id.as_str(), "print" | "exec")
            && !self.in_brackets(start)
        {
            let end = self
                .stmt_starting_at(start)
                .map_or(range.end(), Ranged::end);
            let id = name.id.as_str();
            return syntax(
                format!("Missing parentheses in call to '{id}'. Did you mean {id}(...)?"),
                TextRange::new(name.start(), end),
            );
        }
        syntax("invalid syntax", self.token(start))
    }

    fn other(&self, msg: &str, range: TextRange) -> (ErrorClass, String, TextRange) {
        let start = range.start();
        if let Some(rest) = msg.strip_prefix("Expected an indented block after ") {
            let keyword = rest
                .split('`')
                .nth(1)
                .unwrap_or(if rest.starts_with("function") {
                    "def"
                } else {
                    "class"
                });
            let what = if rest.starts_with("function") {
                "function definition".to_string()
            } else if rest.contains("definition") {
                "class definition".to_string()
            } else {
                format!("'{keyword}' statement")
            };
            let header = self.header_line(start, keyword);
            let line = self.src.pos(start).line;
            let mut token = self.token(start);
            if u32::from(start) as usize >= self.src.text.len() {
                token = TextRange::empty(start);
            }
            let _ = line;
            return (
                ErrorClass::IndentationError,
                format!("expected an indented block after {what} on line {header}"),
                token,
            );
        }
        let (msg, range) = match msg {
            "Only single target (not tuple) can be annotated" => (
                "only single target (not tuple) can be annotated".to_string(),
                self.token(start),
            ),
            "Only single target (not list) can be annotated" => (
                "only single target (not list) can be annotated".to_string(),
                range,
            ),
            "Expected `except` or `finally` after `try` block" => (
                "expected 'except' or 'finally' block".to_string(),
                self.token(start),
            ),
            "Expected one or more exception types" => (
                "expected one or more exception types".to_string(),
                self.token(start),
            ),
            "Cannot have both 'except' and 'except*' on the same 'try'" => (
                "cannot have both 'except' and 'except*' on the same 'try'".to_string(),
                TextRange::at(start, 7.into()),
            ),
            "Positional patterns cannot follow keyword patterns" => (
                "positional patterns follow keyword patterns".to_string(),
                range,
            ),
            "Expected a parameter name" => {
                let after = &self.src.text[u32::from(range.end()) as usize..];
                let trimmed = after.trim_start();
                if trimmed.starts_with('=') && !trimmed.starts_with("==") {
                    let eq = range.end() + TextSize::new((after.len() - trimmed.len()) as u32 + 1);
                    (
                        "expression cannot contain assignment, perhaps you meant \"==\"?"
                            .to_string(),
                        TextRange::new(start, eq),
                    )
                } else {
                    ("invalid syntax".to_string(), self.token(start))
                }
            }
            _ => ("invalid syntax".to_string(), self.token(start)),
        };
        syntax(msg, range)
    }

    /// The line of the compound statement whose block is missing: the last
    /// line before `at` that starts with `keyword`.
    fn header_line(&self, at: TextSize, keyword: &str) -> u32 {
        let mut line = self.src.pos(at).line;
        let at_eof = u32::from(at) as usize >= self.src.text.len();
        if !at_eof && !self.src.text[u32::from(at) as usize..].starts_with(['\n', '\r']) {
            line = line.saturating_sub(1);
        }
        let keywords: &[&str] = match keyword {
            "def" => &["def", "async def"],
            "for" => &["for", "async for"],
            "with" => &["with", "async with"],
            k => std::slice::from_ref(match k {
                "if" => &"if",
                other => {
                    return self.find_header(line, &[other]);
                }
            }),
        };
        self.find_header(line, keywords)
    }

    fn find_header(&self, from: u32, keywords: &[&str]) -> u32 {
        let mut line = from;
        while line >= 1 {
            let text = self.src.line_text(line).trim_start();
            if keywords.iter().any(|k| {
                text.starts_with(k)
                    && !text[k.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
            }) {
                return line;
            }
            line -= 1;
        }
        from.max(1)
    }

    fn exprs(&self) -> Vec<&Expr> {
        let mut c = Collect::default();
        c.visit_body(self.body());
        c.exprs
    }

    fn expr_at(&self, range: TextRange) -> Option<&Expr> {
        self.exprs().into_iter().find(|e| e.range() == range)
    }

    fn expr_ending_before(&self, at: TextSize) -> Option<&Expr> {
        let before = self.src.text[..u32::from(at) as usize].trim_end().len() as u32;
        self.exprs()
            .into_iter()
            .filter(|e| u32::from(e.end()) == before)
            .min_by_key(|e| e.start())
    }

    fn expr_starting_at(&self, at: TextSize) -> Option<&Expr> {
        self.exprs()
            .into_iter()
            .filter(|e| e.start() == at)
            .max_by_key(|e| e.end())
    }

    fn expr_starting_after(&self, at: TextSize) -> Option<&Expr> {
        let rest = &self.src.text[u32::from(at) as usize..];
        let skip = rest.len() - rest.trim_start_matches([' ', '\t']).len();
        self.expr_starting_at(at + TextSize::new(skip as u32))
    }

    fn stmt_starting_at(&self, at: TextSize) -> Option<&Stmt> {
        let mut c = Collect::default();
        c.visit_body(self.body());
        c.stmts.into_iter().find(|s| s.start() == at)
    }

    fn in_brackets(&self, at: TextSize) -> bool {
        tokenize_check::bracket_depth_at(self.src, u32::from(at) as usize) > 0
    }

    fn in_for_or_with(&self, range: TextRange) -> bool {
        let mut c = Collect::default();
        c.visit_body(self.body());
        c.stmts.iter().any(|s| match s {
            Stmt::For(f) => f.target.range().contains_range(range),
            Stmt::With(w) => w.items.iter().any(|i| {
                i.optional_vars
                    .as_ref()
                    .is_some_and(|v| v.range().contains_range(range))
            }),
            _ => false,
        }) || c.exprs.iter().any(|e| {
            let gens = match e {
                Expr::ListComp(x) => &x.generators,
                Expr::SetComp(x) => &x.generators,
                Expr::DictComp(x) => &x.generators,
                Expr::Generator(x) => &x.generators,
                _ => return false,
            };
            gens.iter().any(|g| g.target.range().contains_range(range))
        })
    }
}

#[derive(Default)]
struct Collect<'a> {
    exprs: Vec<&'a Expr>,
    stmts: Vec<&'a Stmt>,
}

impl<'a> Visitor<'a> for Collect<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        self.stmts.push(stmt);
        visitor::walk_stmt(self, stmt);
    }
    fn visit_expr(&mut self, expr: &'a Expr) {
        self.exprs.push(expr);
        visitor::walk_expr(self, expr);
    }
}

/// CPython's `_PyPegen_get_expr_name`.
pub fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) => "literal",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::NoneLiteral(_) => "None",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Slice(_) | Expr::IpyEscapeCommand(_) => "expression",
    }
}

/// The "(unicode error)" or "(value error)" message for a bad escape in
/// the string token `token`, whose escape starts near byte `at`.
fn escape_error(token: &str, at: usize) -> String {
    let q = token.find(['\'', '"']).unwrap_or(0);
    let prefix = token[..q].to_ascii_lowercase();
    let quote_len = if token[q..].starts_with("'''") || token[q..].starts_with("\"\"\"") {
        3
    } else {
        1
    };
    let body = &token[(q + quote_len).min(token.len())..];
    let body_at = at.saturating_sub(q + quote_len);
    let bytes = body.as_bytes();
    // Find the escape that covers body_at.
    let mut i = body_at.min(bytes.len());
    while i > 0 && bytes[i] != b'\\' {
        i -= 1;
    }
    let esc = bytes.get(i + 1).copied().unwrap_or(0);
    let (need, what) = match esc {
        b'x' => (2, "truncated \\xXX escape"),
        b'u' => (4, "truncated \\uXXXX escape"),
        b'U' => (8, "truncated \\UXXXXXXXX escape"),
        _ => (0, "malformed \\N character escape"),
    };
    if prefix.contains('b') {
        return format!("(value error) invalid \\x escape at position {i}");
    }
    let digits = bytes[(i + 2).min(bytes.len())..]
        .iter()
        .take(need)
        .take_while(|b| b.is_ascii_hexdigit())
        .count();
    if esc == b'N' {
        let close = body[i..].find('}').map_or(i + 1, |c| i + c);
        let msg = if body[i..].starts_with("\\N{") && body[i..].contains('}') {
            "unknown Unicode character name"
        } else {
            what
        };
        return format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {i}-{close}: {msg}"
        );
    }
    format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {i}-{}: {what}",
        i + 1 + digits
    )
}
