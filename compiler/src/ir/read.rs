//! The reader: the textual form of IR back to a `Module` (grammar in
//! docs/dev/ir.md).
//!
//! It parses exactly what `write.rs` prints, with a hand-written lexer and a
//! recursive-descent parser, and never panics: every problem is a
//! `ReadError` at a line and column of the text. Newlines are whitespace;
//! `;` starts a comment that runs to the end of the line.
//!
//! Arenas are rebuilt so that `read_module(&m.to_string()) == m`:
//!
//! - values and blocks get the index printed in the text (`v7` is
//!   `values[7]`, whatever order the text defines them in);
//! - instructions, whose numbers the text does not show, are numbered in
//!   textual order. The round trip is therefore exact for modules whose
//!   instruction arena is in layout order and has no dead entries (what the
//!   builder API produces when blocks are filled one after the other); for
//!   others it holds up to instruction numbering, and printing the result
//!   again always gives the same text;
//! - a value number the text uses or skips but never defines gets a
//!   placeholder entry (type `object`, defined as parameter `u32::MAX` of
//!   block `u32::MAX`, which no block has) so that the verifier, not the
//!   reader, reports the bad use; a block the text jumps to but never
//!   defines is an empty block outside the layout, for the same reason.
//!
//! The reader is lenient where the verifier is precise: an immediate of the
//! wrong kind, a wrong operand count, a missing unwind target or a value
//! defined twice all read fine (the first definition fills the arena) and
//! are reported by `verify_module`, so invalid IR can be written as text.

use std::fmt;

use super::constant::Const;
use super::entities::{Block, FuncId, Value};
use super::function::{
    BlockCall, BlockData, Function, FunctionKind, Imm, InstData, Loc, Module, Params, Suspension,
    Terminator, Unwind, ValueData, ValueDef,
};
use super::ops::{ImmKind, Opcode, ResultKind};
use super::types::Type;

/// An error in IR text, at a 1-based line and column (in characters).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadError {
    /// The line.
    pub line: u32,
    /// The column.
    pub col: u32,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.col, self.message)
    }
}

impl std::error::Error for ReadError {}

/// Parses a module from its textual form.
pub fn read_module(text: &str) -> Result<Module, ReadError> {
    let toks = Lexer::new(text).run()?;
    Parser { toks, i: 0 }.module()
}

/// The largest value or block number the reader accepts, so that a typo
/// like `v99999999999` is an error rather than a huge allocation.
const MAX_ENTITY: u32 = 1 << 22;

/// The definition given to value numbers the text never defines.
const PLACEHOLDER: ValueData = ValueData {
    def: ValueDef::Param(Block(u32::MAX), u32::MAX),
    ty: Type::Object,
};

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    /// Keywords, op names, type names, `nan`, `inf`, conversions.
    Ident(String),
    Value(u32),
    Block(u32),
    Func(u32),
    Loc(Loc),
    Count(u32),
    /// Digits of an integer literal, without sign.
    Int(String),
    /// A float literal's text, without sign.
    Float(String),
    /// An imaginary literal's text, without sign and `j`.
    Imag(String),
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
    Punct(char),
    /// `<no terminator>`.
    NoTerm,
    Eof,
}

impl fmt::Display for Tok {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tok::Ident(s) => write!(f, "`{s}`"),
            Tok::Value(n) => write!(f, "`v{n}`"),
            Tok::Block(n) => write!(f, "`block{n}`"),
            Tok::Func(n) => write!(f, "`@{n}`"),
            Tok::Loc(l) => write!(f, "`@{}:{}-{}:{}`", l.line, l.col, l.end_line, l.end_col),
            Tok::Count(n) => write!(f, "`#{n}`"),
            Tok::Int(s) | Tok::Float(s) => write!(f, "`{s}`"),
            Tok::Imag(s) => write!(f, "`{s}j`"),
            Tok::Str(_) => write!(f, "a string"),
            Tok::Bytes(_) => write!(f, "a bytes literal"),
            Tok::Ellipsis => write!(f, "`...`"),
            Tok::Punct(c) => write!(f, "`{c}`"),
            Tok::NoTerm => write!(f, "`<no terminator>`"),
            Tok::Eof => write!(f, "end of input"),
        }
    }
}

#[derive(Clone, Copy, Debug)]
struct Pos {
    line: u32,
    col: u32,
}

struct Lexer<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    rest: &'a str,
    line: u32,
    col: u32,
}

impl<'a> Lexer<'a> {
    fn new(text: &'a str) -> Self {
        Lexer {
            chars: text.chars().peekable(),
            rest: text,
            line: 1,
            col: 1,
        }
    }

    fn err<T>(&self, pos: Pos, message: impl Into<String>) -> Result<T, ReadError> {
        Err(ReadError {
            line: pos.line,
            col: pos.col,
            message: message.into(),
        })
    }

    fn pos(&self) -> Pos {
        Pos {
            line: self.line,
            col: self.col,
        }
    }

    fn peek(&mut self) -> Option<char> {
        self.chars.peek().copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.chars.next()?;
        self.rest = &self.rest[c.len_utf8()..];
        if c == '\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
        Some(c)
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.bump();
            true
        } else {
            false
        }
    }

    fn run(mut self) -> Result<Vec<(Tok, Pos)>, ReadError> {
        let mut out = Vec::new();
        loop {
            while let Some(c) = self.peek() {
                if c.is_whitespace() {
                    self.bump();
                } else if c == ';' {
                    while self.peek().is_some_and(|c| c != '\n') {
                        self.bump();
                    }
                } else {
                    break;
                }
            }
            let pos = self.pos();
            let Some(c) = self.peek() else {
                out.push((Tok::Eof, pos));
                return Ok(out);
            };
            let tok = self.token(c, pos)?;
            out.push((tok, pos));
        }
    }

    fn token(&mut self, c: char, pos: Pos) -> Result<Tok, ReadError> {
        if c == 'b' && self.rest[1..].starts_with('"') {
            self.bump();
            return self.bytes(pos);
        }
        if c.is_ascii_alphabetic() || c == '_' {
            let mut s = String::new();
            while let Some(c) = self
                .peek()
                .filter(|c| c.is_ascii_alphanumeric() || "_.".contains(*c))
            {
                s.push(c);
                self.bump();
            }
            return self.ident(s, pos);
        }
        if c.is_ascii_digit() {
            return self.number(pos);
        }
        if self.rest.starts_with("<no terminator>") {
            for _ in 0.."<no terminator>".len() {
                self.bump();
            }
            return Ok(Tok::NoTerm);
        }
        if self.rest.starts_with("...") {
            self.bump();
            self.bump();
            self.bump();
            return Ok(Tok::Ellipsis);
        }
        self.bump();
        match c {
            '"' => self.string(pos).map(Tok::Str),
            '#' => Ok(Tok::Count(self.u32(pos)?)),
            '@' => {
                let line = self.u32(pos)?;
                if !self.eat(':') {
                    return Ok(Tok::Func(line));
                }
                let col = self.u32(pos)?;
                if !self.eat('-') {
                    return self.err(self.pos(), "expected `-` in a source location");
                }
                let end_line = self.u32(pos)?;
                if !self.eat(':') {
                    return self.err(self.pos(), "expected `:` in a source location");
                }
                let end_col = self.u32(pos)?;
                Ok(Tok::Loc(Loc {
                    line,
                    col,
                    end_line,
                    end_col,
                }))
            }
            '(' | ')' | ',' | ':' | '=' | '[' | ']' | '!' | '-' => Ok(Tok::Punct(c)),
            _ => self.err(pos, format!("unexpected character {c:?}")),
        }
    }

    fn ident(&self, s: String, pos: Pos) -> Result<Tok, ReadError> {
        for (prefix, make) in [("v", Tok::Value as fn(u32) -> Tok), ("block", Tok::Block)] {
            if let Some(digits) = s.strip_prefix(prefix)
                && !digits.is_empty()
                && digits.bytes().all(|b| b.is_ascii_digit())
            {
                return match digits.parse::<u32>() {
                    Ok(n) if n < MAX_ENTITY => Ok(make(n)),
                    _ => self.err(pos, format!("entity number too large in `{s}`")),
                };
            }
        }
        Ok(Tok::Ident(s))
    }

    fn u32(&mut self, pos: Pos) -> Result<u32, ReadError> {
        let mut s = String::new();
        while let Some(c) = self.peek().filter(char::is_ascii_digit) {
            s.push(c);
            self.bump();
        }
        if s.is_empty() {
            return self.err(self.pos(), "expected a number");
        }
        s.parse()
            .or_else(|_| self.err(pos, format!("number too large: {s}")))
    }

    fn number(&mut self, _pos: Pos) -> Result<Tok, ReadError> {
        let mut s = String::new();
        let mut float = false;
        let digits = |lx: &mut Self, s: &mut String| {
            while let Some(c) = lx.peek().filter(char::is_ascii_digit) {
                s.push(c);
                lx.bump();
            }
        };
        digits(self, &mut s);
        if self.peek() == Some('.') && !self.rest.starts_with("...") {
            float = true;
            s.push('.');
            self.bump();
            digits(self, &mut s);
        }
        if matches!(self.peek(), Some('e' | 'E')) {
            float = true;
            s.push('e');
            self.bump();
            if let Some(c) = self.peek().filter(|c| *c == '+' || *c == '-') {
                s.push(c);
                self.bump();
            }
            let before = s.len();
            digits(self, &mut s);
            if s.len() == before {
                return self.err(self.pos(), "expected digits in an exponent");
            }
        }
        if self.eat('j') {
            Ok(Tok::Imag(s))
        } else if float {
            Ok(Tok::Float(s))
        } else {
            Ok(Tok::Int(s))
        }
    }

    /// The body of a string literal, after its opening quote.
    fn string(&mut self, start: Pos) -> Result<String, ReadError> {
        let mut s = String::new();
        loop {
            let pos = self.pos();
            match self.bump() {
                None => return self.err(start, "unterminated string"),
                Some('"') => return Ok(s),
                Some('\\') => match self.bump() {
                    Some('"') => s.push('"'),
                    Some('\\') => s.push('\\'),
                    Some('n') => s.push('\n'),
                    Some('r') => s.push('\r'),
                    Some('t') => s.push('\t'),
                    Some('u') => {
                        if !self.eat('{') {
                            return self.err(pos, "expected `{` after `\\u`");
                        }
                        let mut hex = String::new();
                        while let Some(c) = self.peek().filter(char::is_ascii_hexdigit) {
                            hex.push(c);
                            self.bump();
                        }
                        if !self.eat('}') {
                            return self.err(pos, "expected `}` to close `\\u{`");
                        }
                        match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                            Some(c) => s.push(c),
                            None => {
                                return self.err(pos, format!("invalid code point \\u{{{hex}}}"));
                            }
                        }
                    }
                    _ => return self.err(pos, "invalid escape in a string"),
                },
                Some(c) => s.push(c),
            }
        }
    }

    /// A bytes literal, after its `b`.
    fn bytes(&mut self, start: Pos) -> Result<Tok, ReadError> {
        self.bump();
        let mut b = Vec::new();
        loop {
            let pos = self.pos();
            match self.bump() {
                None => return self.err(start, "unterminated bytes literal"),
                Some('"') => return Ok(Tok::Bytes(b)),
                Some('\\') => match self.bump() {
                    Some('"') => b.push(b'"'),
                    Some('\\') => b.push(b'\\'),
                    Some('x') => {
                        let hi = self.bump().and_then(|c| c.to_digit(16));
                        let lo = self.bump().and_then(|c| c.to_digit(16));
                        match (hi, lo) {
                            (Some(hi), Some(lo)) => b.push((hi * 16 + lo) as u8),
                            _ => return self.err(pos, "expected two hex digits after `\\x`"),
                        }
                    }
                    _ => return self.err(pos, "invalid escape in a bytes literal"),
                },
                Some(c @ ' '..='~') => b.push(c as u8),
                Some(c) => {
                    return self.err(pos, format!("{c:?} must be escaped in a bytes literal"));
                }
            }
        }
    }
}

struct Parser {
    toks: Vec<(Tok, Pos)>,
    i: usize,
}

/// A function's arenas while they are being read.
#[derive(Default)]
struct FuncBuilder {
    blocks: Vec<Option<BlockData>>,
    values: Vec<Option<ValueData>>,
    insts: Vec<InstData>,
    layout: Vec<Block>,
    /// The highest block number used (defined or referenced), plus one.
    block_count: usize,
    /// The highest value number used, plus one.
    value_count: usize,
}

impl FuncBuilder {
    fn use_block(&mut self, b: Block) {
        self.block_count = self.block_count.max(b.index() + 1);
    }

    fn use_value(&mut self, v: Value) {
        self.value_count = self.value_count.max(v.index() + 1);
    }

    fn define_value(&mut self, v: Value, data: ValueData) {
        self.use_value(v);
        if self.values.len() <= v.index() {
            self.values.resize(v.index() + 1, None);
        }
        // A second definition is invalid IR; the verifier reports it.
        self.values[v.index()].get_or_insert(data);
    }
}

const TERMINATORS: [&str; 10] = [
    "jump",
    "branch",
    "return",
    "raise",
    "reraise",
    "for_iter",
    "yield",
    "send",
    "throw",
    "unreachable",
];

impl Parser {
    fn peek(&self) -> &Tok {
        &self.toks[self.i].0
    }

    fn pos(&self) -> Pos {
        self.toks[self.i].1
    }

    fn next(&mut self) -> Tok {
        let t = self.toks[self.i].0.clone();
        if self.i + 1 < self.toks.len() {
            self.i += 1;
        }
        t
    }

    fn err<T>(&self, message: impl Into<String>) -> Result<T, ReadError> {
        let pos = self.pos();
        Err(ReadError {
            line: pos.line,
            col: pos.col,
            message: message.into(),
        })
    }

    fn unexpected<T>(&self, what: &str) -> Result<T, ReadError> {
        self.err(format!("expected {what}, found {}", self.peek()))
    }

    fn is_punct(&self, c: char) -> bool {
        *self.peek() == Tok::Punct(c)
    }

    fn eat_punct(&mut self, c: char) -> bool {
        let yes = self.is_punct(c);
        if yes {
            self.next();
        }
        yes
    }

    fn expect_punct(&mut self, c: char) -> Result<(), ReadError> {
        if self.eat_punct(c) {
            Ok(())
        } else {
            self.unexpected(&format!("`{c}`"))
        }
    }

    fn is_kw(&self, kw: &str) -> bool {
        matches!(self.peek(), Tok::Ident(s) if s == kw)
    }

    fn eat_kw(&mut self, kw: &str) -> bool {
        let yes = self.is_kw(kw);
        if yes {
            self.next();
        }
        yes
    }

    fn expect_kw(&mut self, kw: &str) -> Result<(), ReadError> {
        if self.eat_kw(kw) {
            Ok(())
        } else {
            self.unexpected(&format!("`{kw}`"))
        }
    }

    fn ident(&mut self, what: &str) -> Result<String, ReadError> {
        match self.peek() {
            Tok::Ident(s) => {
                let s = s.clone();
                self.next();
                Ok(s)
            }
            _ => self.unexpected(what),
        }
    }

    fn string(&mut self) -> Result<String, ReadError> {
        match self.peek() {
            Tok::Str(s) => {
                let s = s.clone();
                self.next();
                Ok(s)
            }
            _ => self.unexpected("a string"),
        }
    }

    fn uint(&mut self) -> Result<u32, ReadError> {
        match self.peek() {
            Tok::Int(s) => match s.parse() {
                Ok(n) => {
                    self.next();
                    Ok(n)
                }
                Err(_) => self.err(format!("number out of range: {s}")),
            },
            _ => self.unexpected("a number"),
        }
    }

    fn ty(&mut self) -> Result<Type, ReadError> {
        let pos = self.i;
        let name = self.ident("a type")?;
        Type::from_name(&name).map_or_else(
            || {
                self.i = pos;
                self.err(format!("unknown type `{name}`"))
            },
            Ok,
        )
    }

    fn module(mut self) -> Result<Module, ReadError> {
        self.expect_kw("module")?;
        let name = self.string()?;
        self.expect_kw("file")?;
        let filename = self.string()?;
        let mut functions = Vec::new();
        while self.is_kw("function") {
            functions.push(self.function(functions.len())?);
        }
        if *self.peek() != Tok::Eof {
            return self.unexpected("`function` or end of input");
        }
        Ok(Module {
            name,
            filename,
            functions,
        })
    }

    fn function(&mut self, index: usize) -> Result<Function, ReadError> {
        self.expect_kw("function")?;
        match *self.peek() {
            Tok::Func(n) if n as usize == index => {
                self.next();
            }
            Tok::Func(_) => return self.err(format!("expected function number @{index}")),
            _ => return self.unexpected("a function number like `@0`"),
        }
        let name = self.string()?;
        self.expect_kw("qualname")?;
        let qualname = self.string()?;
        self.expect_kw("kind")?;
        let kind_name = self.ident("a function kind")?;
        let Some(kind) = FunctionKind::from_name(&kind_name) else {
            return self.err(format!("unknown function kind `{kind_name}`"));
        };
        self.expect_kw("suspension")?;
        let susp_name = self.ident("a suspension")?;
        let Some(suspension) = Suspension::from_name(&susp_name) else {
            return self.err(format!("unknown suspension `{susp_name}`"));
        };
        self.expect_kw("line")?;
        let mut f = Function::new(name, qualname, kind);
        f.suspension = suspension;
        f.first_line = self.uint()?;
        if self.eat_kw("params") {
            self.expect_kw("posonly")?;
            let posonly = self.uint()?;
            self.expect_kw("positional")?;
            let positional = self.uint()?;
            self.expect_kw("kwonly")?;
            let kwonly = self.uint()?;
            let varargs = self.eat_kw("varargs");
            let varkw = self.eat_kw("varkw");
            f.params = Params {
                posonly,
                positional,
                kwonly,
                varargs,
                varkw,
            };
        }
        for (label, names) in [
            ("locals", &mut f.locals),
            ("cellvars", &mut f.cellvars),
            ("freevars", &mut f.freevars),
        ] {
            if self.eat_kw(label) {
                while let Tok::Str(s) = self.peek() {
                    names.push(s.clone());
                    self.next();
                }
            }
        }
        if self.eat_kw("local_types") {
            while f.local_types.len() < f.locals.len() {
                let t = self.ty()?;
                f.local_types.push(t);
            }
        }
        if self.eat_kw("doc") {
            f.doc = Some(self.string()?);
        }
        let mut fb = FuncBuilder::default();
        while let Tok::Block(_) = self.peek() {
            self.block(&mut fb)?;
        }
        self.expect_kw("end")?;
        f.blocks = (0..fb.block_count)
            .map(|i| {
                fb.blocks
                    .get_mut(i)
                    .and_then(Option::take)
                    .unwrap_or_default()
            })
            .collect();
        f.values = (0..fb.value_count)
            .map(|i| fb.values.get(i).copied().flatten().unwrap_or(PLACEHOLDER))
            .collect();
        f.insts = fb.insts;
        f.layout = fb.layout;
        Ok(f)
    }

    fn block(&mut self, fb: &mut FuncBuilder) -> Result<(), ReadError> {
        let Tok::Block(n) = self.next() else {
            unreachable!("callers check for a block");
        };
        let b = Block(n);
        fb.use_block(b);
        if fb.blocks.get(b.index()).is_some_and(Option::is_some) {
            self.i -= 1;
            return self.err(format!("{b} is defined twice"));
        }
        let mut data = BlockData::default();
        if self.eat_punct('(') {
            loop {
                let v = self.value()?;
                self.expect_punct(':')?;
                let ty = self.ty()?;
                let def = ValueDef::Param(b, data.params.len() as u32);
                fb.define_value(v, ValueData { def, ty });
                data.params.push(v);
                if !self.eat_punct(',') {
                    break;
                }
            }
            self.expect_punct(')')?;
        }
        self.expect_punct(':')?;
        loop {
            match self.peek() {
                Tok::NoTerm => {
                    self.next();
                    break;
                }
                Tok::Ident(s) if TERMINATORS.contains(&s.as_str()) => {
                    let term = self.terminator(fb)?;
                    let loc = self.loc()?;
                    data.term = Some((term, loc));
                    break;
                }
                Tok::Value(_) | Tok::Ident(_) => {
                    let inst = self.inst(fb)?;
                    data.insts.push(inst);
                }
                _ => return self.unexpected("an instruction or a terminator"),
            }
        }
        if fb.blocks.len() <= b.index() {
            fb.blocks.resize(b.index() + 1, None);
        }
        fb.blocks[b.index()] = Some(data);
        fb.layout.push(b);
        Ok(())
    }

    fn value(&mut self) -> Result<Value, ReadError> {
        match *self.peek() {
            Tok::Value(n) => {
                self.next();
                Ok(Value(n))
            }
            _ => self.unexpected("a value like `v0`"),
        }
    }

    fn use_value(&mut self, fb: &mut FuncBuilder) -> Result<Value, ReadError> {
        let v = self.value()?;
        fb.use_value(v);
        Ok(v)
    }

    fn loc(&mut self) -> Result<Loc, ReadError> {
        match *self.peek() {
            Tok::Loc(l) => {
                self.next();
                Ok(l)
            }
            _ => self.unexpected("a source location like `@1:0-1:5`"),
        }
    }

    fn inst(&mut self, fb: &mut FuncBuilder) -> Result<super::entities::Inst, ReadError> {
        let inst = super::entities::Inst(fb.insts.len() as u32);
        let mut result = None;
        if let Tok::Value(n) = *self.peek() {
            self.next();
            let ty = if self.eat_punct(':') {
                Some(self.ty()?)
            } else {
                None
            };
            self.expect_punct('=')?;
            result = Some((Value(n), ty));
        }
        let name = self.ident("an op name")?;
        let Some(op) = Opcode::from_name(&name) else {
            self.i -= 1;
            return self.err(format!("unknown op `{name}`"));
        };
        let before_imm = self.i;
        let imm = self.imm(op.info().imm)?;
        let mut args = Vec::new();
        let has_imm = self.i != before_imm;
        if (has_imm && self.eat_punct(',')) || (!has_imm && matches!(self.peek(), Tok::Value(_))) {
            loop {
                args.push(self.use_value(fb)?);
                if !self.eat_punct(',') {
                    break;
                }
            }
        }
        let unwind = if self.is_punct('!') {
            Some(self.unwind(fb)?)
        } else {
            None
        };
        let loc = self.loc()?;
        let result = result.map(|(v, ty)| {
            let default = match (op.info().result, &imm) {
                (ResultKind::Typed(t), _) => t,
                (ResultKind::OfConst, Imm::Const(c)) => c.ty(),
                _ => Type::Object,
            };
            let def = ValueDef::Inst(inst);
            fb.define_value(
                v,
                ValueData {
                    def,
                    ty: ty.unwrap_or(default),
                },
            );
            v
        });
        fb.insts.push(InstData {
            op,
            imm,
            args,
            result,
            unwind,
            loc,
        });
        Ok(inst)
    }

    /// An immediate. `kind` (the op's) only settles what the text alone
    /// cannot: whether a string is a name or a `str` constant, and whether
    /// `-` is a conversion or a minus sign. Anything else reads as what it
    /// looks like, so that the verifier can report a mismatch.
    fn imm(&mut self, kind: ImmKind) -> Result<Imm, ReadError> {
        match self.peek().clone() {
            Tok::Str(s) if kind != ImmKind::Const => {
                self.next();
                if let Tok::Count(level) = *self.peek() {
                    self.next();
                    Ok(Imm::Import { name: s, level })
                } else {
                    Ok(Imm::Name(s))
                }
            }
            Tok::Count(n) => {
                self.next();
                match self.peek() {
                    Tok::Count(m) => {
                        let m = *m;
                        self.next();
                        Ok(Imm::Pair(n, m))
                    }
                    Tok::Ident(s) if s == "kw" => Ok(Imm::ClassPattern {
                        positional: n,
                        keywords: self.keywords()?,
                    }),
                    _ => Ok(Imm::Count(n)),
                }
            }
            Tok::Ident(s) if s == "kw" => Ok(Imm::Keywords(self.keywords()?)),
            Tok::Func(n) => {
                self.next();
                Ok(Imm::Func(FuncId(n)))
            }
            Tok::Ident(s) if ["s", "r", "a"].contains(&s.as_str()) => {
                self.next();
                Ok(Imm::Conversion(s.chars().next()))
            }
            Tok::Punct('-') if kind == ImmKind::Conversion => {
                self.next();
                Ok(Imm::Conversion(None))
            }
            // A call without keywords prints no `kw[]`.
            Tok::Value(_) | Tok::Punct('!') | Tok::Loc(_) if kind == ImmKind::Keywords => {
                Ok(Imm::Keywords(Vec::new()))
            }
            Tok::Value(_) | Tok::Punct('!') | Tok::Loc(_) => Ok(Imm::None),
            _ => Ok(Imm::Const(self.constant()?)),
        }
    }

    fn keywords(&mut self) -> Result<Vec<String>, ReadError> {
        self.expect_kw("kw")?;
        self.expect_punct('[')?;
        let mut names = Vec::new();
        if !self.is_punct(']') {
            loop {
                names.push(self.string()?);
                if !self.eat_punct(',') {
                    break;
                }
            }
        }
        self.expect_punct(']')?;
        Ok(names)
    }

    fn constant(&mut self) -> Result<Const, ReadError> {
        let neg = self.eat_punct('-');
        let sign = if neg { "-" } else { "" };
        let tok = self.peek().clone();
        let float = |s: &str| format!("{sign}{s}").parse::<f64>().ok();
        let c = match tok {
            Tok::Int(s) => {
                let text = format!("{sign}{s}");
                match text.parse::<i64>() {
                    Ok(i) => Const::Int(i),
                    Err(_) => Const::BigInt(text),
                }
            }
            Tok::Float(s) => match float(&s) {
                Some(x) => Const::Float(x),
                None => return self.err(format!("invalid float `{s}`")),
            },
            Tok::Imag(s) => match float(&s) {
                Some(x) => Const::Imag(x),
                None => return self.err(format!("invalid imaginary `{s}j`")),
            },
            Tok::Ident(s) if s == "nan" || s == "inf" => Const::Float(float(&s).unwrap_or(0.0)),
            Tok::Ident(s) if s == "nanj" || s == "infj" => {
                Const::Imag(float(&s[..s.len() - 1]).unwrap_or(0.0))
            }
            _ if neg => return self.unexpected("a number after `-`"),
            Tok::Ident(s) if s == "None" => Const::None,
            Tok::Ident(s) if s == "True" => Const::Bool(true),
            Tok::Ident(s) if s == "False" => Const::Bool(false),
            Tok::Str(s) => Const::Str(s),
            Tok::Bytes(b) => Const::Bytes(b),
            Tok::Ellipsis => Const::Ellipsis,
            Tok::Punct('(') => {
                self.next();
                let mut items = Vec::new();
                while !self.is_punct(')') {
                    items.push(self.constant()?);
                    if !self.eat_punct(',') {
                        break;
                    }
                }
                self.expect_punct(')')?;
                return Ok(Const::Tuple(items));
            }
            _ => return self.unexpected("an immediate"),
        };
        self.next();
        Ok(c)
    }

    fn unwind(&mut self, fb: &mut FuncBuilder) -> Result<Unwind, ReadError> {
        self.expect_punct('!')?;
        match self.next() {
            Tok::Ident(s) if s == "exit" => Ok(Unwind::Exit),
            Tok::Block(n) => {
                fb.use_block(Block(n));
                Ok(Unwind::Handler(Block(n)))
            }
            _ => {
                self.i -= 1;
                self.unexpected("`exit` or a block after `!`")
            }
        }
    }

    fn call(&mut self, fb: &mut FuncBuilder) -> Result<BlockCall, ReadError> {
        let block = match *self.peek() {
            Tok::Block(n) => {
                self.next();
                Block(n)
            }
            _ => return self.unexpected("a block like `block1`"),
        };
        fb.use_block(block);
        let mut args = Vec::new();
        if self.eat_punct('(') {
            loop {
                args.push(self.use_value(fb)?);
                if !self.eat_punct(',') {
                    break;
                }
            }
            self.expect_punct(')')?;
        }
        Ok(BlockCall { block, args })
    }

    /// `kw call` after a comma.
    fn labelled_call(&mut self, fb: &mut FuncBuilder, kw: &str) -> Result<BlockCall, ReadError> {
        self.expect_punct(',')?;
        self.expect_kw(kw)?;
        self.call(fb)
    }

    fn terminator(&mut self, fb: &mut FuncBuilder) -> Result<Terminator, ReadError> {
        let name = self.ident("a terminator")?;
        Ok(match name.as_str() {
            "jump" => Terminator::Jump(self.call(fb)?),
            "branch" => {
                let cond = self.use_value(fb)?;
                self.expect_punct(',')?;
                let then_dest = self.call(fb)?;
                self.expect_punct(',')?;
                let else_dest = self.call(fb)?;
                Terminator::Branch {
                    cond,
                    then_dest,
                    else_dest,
                }
            }
            "return" => Terminator::Return(self.use_value(fb)?),
            "raise" => {
                let exc = match self.peek() {
                    Tok::Value(_) => Some(self.use_value(fb)?),
                    _ => None,
                };
                let cause = if self.eat_kw("from") {
                    Some(self.use_value(fb)?)
                } else {
                    None
                };
                let unwind = self.unwind(fb)?;
                Terminator::Raise { exc, cause, unwind }
            }
            "reraise" => {
                let exc = self.use_value(fb)?;
                let unwind = self.unwind(fb)?;
                Terminator::Reraise { exc, unwind }
            }
            "for_iter" => {
                let iter = self.use_value(fb)?;
                let next = self.labelled_call(fb, "next")?;
                let done = self.labelled_call(fb, "done")?;
                let unwind = self.unwind(fb)?;
                Terminator::ForIter {
                    iter,
                    next,
                    done,
                    unwind,
                }
            }
            "yield" => {
                let value = self.use_value(fb)?;
                let resume = self.labelled_call(fb, "resume")?;
                let unwind = self.unwind(fb)?;
                Terminator::Yield {
                    value,
                    resume,
                    unwind,
                }
            }
            "send" | "throw" => {
                let iter = self.use_value(fb)?;
                self.expect_punct(',')?;
                let value = self.use_value(fb)?;
                let yielded = self.labelled_call(fb, "yielded")?;
                let returned = self.labelled_call(fb, "returned")?;
                let unwind = self.unwind(fb)?;
                if name == "send" {
                    Terminator::Send {
                        iter,
                        value,
                        yielded,
                        returned,
                        unwind,
                    }
                } else {
                    Terminator::Throw {
                        iter,
                        exc: value,
                        yielded,
                        returned,
                        unwind,
                    }
                }
            }
            _ => Terminator::Unreachable,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::verify_module;

    /// A module built through the API with values numbered out of textual
    /// order (a block parameter created after later instructions).
    fn built() -> Module {
        let mut body = Function::new("<module>", "<module>", FunctionKind::Module);
        let entry = body.add_block();
        let exit = body.add_block();
        let loc = Loc {
            line: 1,
            col: 0,
            end_line: 1,
            end_col: 4,
        };
        let inst = |op: Opcode, imm: Imm, args: Vec<Value>, unwind: Option<Unwind>| InstData {
            op,
            imm,
            args,
            result: None,
            unwind,
            loc,
        };
        let none = body
            .append_inst(
                entry,
                inst(Opcode::Const, Imm::Const(Const::None), vec![], None),
            )
            .expect("const has a result");
        let g = body
            .append_inst(
                entry,
                inst(
                    Opcode::LoadGlobal,
                    Imm::Name("g".into()),
                    vec![],
                    Some(Unwind::Exit),
                ),
            )
            .expect("load.global has a result");
        body.set_terminator(
            entry,
            Terminator::Jump(BlockCall {
                block: exit,
                args: vec![g],
            }),
            loc,
        );
        let p = body.add_param(exit, Type::Object);
        let _ = none;
        body.set_terminator(exit, Terminator::Return(p), loc);
        Module {
            name: "__main__".into(),
            filename: "t.py".into(),
            functions: vec![body],
        }
    }

    #[test]
    fn round_trip_of_a_built_module() {
        let m = built();
        assert_eq!(verify_module(&m), Ok(()));
        let text = m.to_string();
        assert_eq!(read_module(&text), Ok(m));
    }

    #[test]
    fn undefined_values_get_placeholders() {
        let text = "module \"m\" file \"f\"\nfunction @0 \"m\" qualname \"m\" kind module \
                    suspension plain line 1\nblock0:\n    return v3 @1:0-1:0\nend\n";
        let m = read_module(text).expect("reads");
        assert_eq!(m.functions[0].values, vec![PLACEHOLDER; 4]);
        let errors = verify_module(&m).expect_err("v3 is undefined");
        assert_eq!(
            errors[0].to_string(),
            "@0 block0 terminator: uses v3, which is not defined"
        );
    }

    #[test]
    fn every_prefix_of_valid_text_reads_without_panicking() {
        let text = built().to_string() + "; comment\n";
        for (i, _) in text.char_indices() {
            let _ = read_module(&text[..i]);
        }
    }
}
