//! The on-disk form of a bytecode `Module` (docs/dev/bytecode.md has the
//! layout).
//!
//! A header (`MAGIC`, then `FORMAT_VERSION` as a little-endian u32), then
//! the module. Integers are unsigned LEB128 (`uvarint`: seven bits per
//! byte, low bits first), an `Option<u32>` is `0` for None and `n + 1` for
//! `Some(n)`, a string is its byte length and UTF-8 bytes, a float its IEEE
//! bits as a little-endian u64. Decoding never panics and never trusts a
//! length or an index: a truncated file, a wrong magic or version, a bad
//! tag or an index out of bounds is a `DecodeError`.

use std::fmt;

use super::{ArgRange, CodeObject, Handler, Instr, Module, NO_HANDLER, Operand};
use crate::ir;

/// The first bytes of a serialized module.
pub const MAGIC: [u8; 4] = *b"PYRB";

/// The format version; bump it whenever the encoding or the instruction
/// set changes (an instruction's tag is its position in `instrs!`).
pub const FORMAT_VERSION: u32 = 7;

/// Why bytes are not a valid serialized module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    /// The byte offset where decoding stopped (for checks after decoding,
    /// the end of the input).
    pub offset: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "bad bytecode at byte {}: {}", self.offset, self.message)
    }
}

impl std::error::Error for DecodeError {}

/// Tuples nested deeper than this are rejected, so that a crafted file
/// cannot overflow the stack.
const MAX_CONST_DEPTH: u32 = 200;

impl Module {
    /// Serializes the module.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer(Vec::new());
        w.0.extend_from_slice(&MAGIC);
        w.0.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        w.str(&self.name);
        w.str(&self.filename);
        w.len(self.code.len());
        for code in &self.code {
            code.encode(&mut w);
        }
        w.0
    }

    /// Decodes a serialized module, checking every index it holds.
    pub fn from_bytes(bytes: &[u8]) -> Result<Module, DecodeError> {
        let mut r = Reader { bytes, pos: 0 };
        if r.take(4)? != MAGIC {
            return Err(DecodeError {
                offset: 0,
                message: "not a Pyrite bytecode file (wrong magic)".into(),
            });
        }
        let version = u32::from_le_bytes(r.array()?);
        if version != FORMAT_VERSION {
            return Err(DecodeError {
                offset: 4,
                message: format!("format version {version}, expected {FORMAT_VERSION}"),
            });
        }
        let name = r.str()?;
        let filename = r.str()?;
        let n = r.len()?;
        let mut code = Vec::with_capacity(capacity(n, &r));
        for _ in 0..n {
            code.push(CodeObject::decode(&mut r)?);
        }
        if r.remaining() != 0 {
            return Err(r.error("trailing bytes".into()));
        }
        let m = Module {
            name,
            filename,
            code,
        };
        m.check().map_err(|message| DecodeError {
            offset: bytes.len(),
            message,
        })?;
        Ok(m)
    }

    /// Checks every index of every code object: the invariants the VM
    /// relies on without checking them again.
    pub fn check(&self) -> Result<(), String> {
        for (i, code) in self.code.iter().enumerate() {
            code.check(self.code.len())
                .map_err(|m| format!("code {i}: {m}"))?;
        }
        Ok(())
    }
}

impl CodeObject {
    fn encode(&self, w: &mut Writer) {
        w.str(&self.name);
        w.str(&self.qualname);
        w.str(&self.filename);
        w.uvarint(self.first_line);
        w.u8(kind_tag(self.kind));
        w.u8(suspension_tag(self.suspension));
        let p = &self.params;
        w.uvarint(p.posonly);
        w.uvarint(p.positional);
        w.uvarint(p.kwonly);
        w.u8(u8::from(p.varargs) | (u8::from(p.varkw) << 1));
        w.strs(&self.varnames);
        w.strs(&self.cellvars);
        w.strs(&self.freevars);
        match &self.doc {
            None => w.u8(0),
            Some(d) => {
                w.u8(1);
                w.str(d);
            }
        }
        w.uvarint(self.nregs);
        w.len(self.consts.len());
        for c in &self.consts {
            w.konst(c);
        }
        w.strs(&self.names);
        w.len(self.operands.len());
        for &r in &self.operands {
            w.uvarint(r);
        }
        // Code, unwind and locs have the same length, written once.
        w.len(self.code.len());
        for instr in &self.code {
            instr.encode(w);
        }
        for &u in &self.unwind {
            Field::put(&(u != NO_HANDLER).then_some(u), w);
        }
        for loc in &self.locs {
            w.uvarint(loc.line);
            w.uvarint(loc.col);
            w.uvarint(loc.end_line);
            w.uvarint(loc.end_col);
        }
        w.len(self.handlers.len());
        for h in &self.handlers {
            w.uvarint(h.pc);
            w.uvarint(h.exc);
        }
        w.len(self.slot_types.len());
        for &t in &self.slot_types {
            w.u8(type_tag(t));
        }
    }

    fn decode(r: &mut Reader<'_>) -> Result<CodeObject, DecodeError> {
        let name = r.str()?;
        let qualname = r.str()?;
        let filename = r.str()?;
        let first_line = r.uvarint()?;
        let kind = match r.u8()? {
            0 => ir::FunctionKind::Module,
            1 => ir::FunctionKind::Class,
            2 => ir::FunctionKind::Function,
            3 => ir::FunctionKind::Lambda,
            4 => ir::FunctionKind::Comprehension,
            t => return Err(r.error(format!("unknown code kind {t}"))),
        };
        let suspension = match r.u8()? {
            0 => ir::Suspension::None,
            1 => ir::Suspension::Generator,
            2 => ir::Suspension::Coroutine,
            3 => ir::Suspension::AsyncGenerator,
            t => return Err(r.error(format!("unknown suspension {t}"))),
        };
        let posonly = r.uvarint()?;
        let positional = r.uvarint()?;
        let kwonly = r.uvarint()?;
        let flags = r.u8()?;
        if flags > 3 {
            return Err(r.error(format!("bad parameter flags {flags}")));
        }
        let params = ir::Params {
            posonly,
            positional,
            kwonly,
            varargs: flags & 1 != 0,
            varkw: flags & 2 != 0,
        };
        let varnames = r.strs()?;
        let cellvars = r.strs()?;
        let freevars = r.strs()?;
        let doc = match r.u8()? {
            0 => None,
            1 => Some(r.str()?),
            t => return Err(r.error(format!("bad doc flag {t}"))),
        };
        let nregs = r.uvarint()?;
        let n = r.len()?;
        let mut consts = Vec::with_capacity(capacity(n, r));
        for _ in 0..n {
            consts.push(r.konst(0)?);
        }
        let names = r.strs()?;
        let n = r.len()?;
        let mut operands = Vec::with_capacity(capacity(n, r));
        for _ in 0..n {
            operands.push(r.uvarint()?);
        }
        let n = r.len()?;
        let mut code = Vec::with_capacity(capacity(n, r));
        for _ in 0..n {
            code.push(Instr::decode(r)?);
        }
        let mut unwind = Vec::with_capacity(capacity(n, r));
        for _ in 0..n {
            let u: Option<u32> = Field::get(r)?;
            unwind.push(u.unwrap_or(NO_HANDLER));
        }
        let mut locs = Vec::with_capacity(capacity(n, r));
        for _ in 0..n {
            locs.push(ir::Loc {
                line: r.uvarint()?,
                col: r.uvarint()?,
                end_line: r.uvarint()?,
                end_col: r.uvarint()?,
            });
        }
        let n = r.len()?;
        let mut handlers = Vec::with_capacity(capacity(n, r));
        for _ in 0..n {
            handlers.push(Handler {
                pc: r.uvarint()?,
                exc: r.uvarint()?,
            });
        }
        let n = r.len()?;
        let mut slot_types = Vec::with_capacity(capacity(n, r));
        for _ in 0..n {
            let tag = r.u8()?;
            let t = ir::Type::ALL
                .get(usize::from(tag))
                .copied()
                .ok_or_else(|| r.error(format!("bad type tag {tag}")))?;
            slot_types.push(t);
        }
        Ok(CodeObject {
            name,
            qualname,
            filename,
            first_line,
            kind,
            suspension,
            params,
            varnames,
            cellvars,
            freevars,
            doc,
            nregs,
            consts,
            names,
            operands,
            code,
            unwind,
            handlers,
            locs,
            slot_types,
        })
    }

    /// Checks the code object's indices; `ncode` is the number of code
    /// objects of its module.
    fn check(&self, ncode: usize) -> Result<(), String> {
        let ncells = self.cellvars.len() + self.freevars.len();
        if self.params.count() > self.varnames.len() || self.params.posonly > self.params.positional
        {
            return Err("parameters do not fit the varnames".into());
        }
        if self.unwind.len() != self.code.len() || self.locs.len() != self.code.len() {
            return Err("unwind or location table out of step with the code".into());
        }
        if self.code.is_empty() {
            return Err("no instructions".into());
        }
        let nslots = self.nregs as usize + self.varnames.len();
        if !self.slot_types.is_empty() && self.slot_types.len() != nslots {
            return Err("slot types out of step with the slots".into());
        }
        let reg_ok = |r: u32| r < self.nregs;
        let read_ok = |r: u32| !matches!(self.source(r), super::Source::Bad(_));
        let write_ok = |r: u32| (u64::from(r)) < u64::from(self.nregs) + self.varnames.len() as u64;
        if let Some(r) = self.operands.iter().find(|&&r| !read_ok(r)) {
            return Err(format!("operand r{r} out of range"));
        }
        for h in &self.handlers {
            if h.pc as usize >= self.code.len() || !reg_ok(h.exc) {
                return Err(format!("bad handler {h:?}"));
            }
        }
        for (pc, instr) in self.code.iter().enumerate() {
            let u = self.unwind[pc];
            if u != NO_HANDLER && u as usize >= self.handlers.len() {
                return Err(format!("pc {pc}: bad handler index {u}"));
            }
            let mut bad = None;
            instr.for_each_operand(|field, op| {
                let ok = match op {
                    Operand::Dst(r) => write_ok(r),
                    Operand::Out(r) | Operand::Take(r) => reg_ok(r),
                    Operand::Reg(r) => read_ok(r),
                    Operand::OptReg(r) => r.is_none_or(read_ok),
                    Operand::Args(range) => range.regs(&self.operands).is_some(),
                    Operand::Local(i) => (i as usize) < self.varnames.len(),
                    Operand::Cell(i) => (i as usize) < ncells,
                    Operand::Name(i) => (i as usize) < self.names.len(),
                    Operand::Const(i) => (i as usize) < self.consts.len(),
                    Operand::OptConst(i) => {
                        i.is_none_or(|i| is_kwnames(self.consts.get(i as usize)))
                    }
                    Operand::Code(i) => (i as usize) < ncode,
                    Operand::Count(_) => true,
                    Operand::Conv(c) => c <= 3,
                    Operand::Target(t) => (t as usize) < self.code.len(),
                };
                if !ok && bad.is_none() {
                    bad = Some(field);
                }
            });
            if let Some(field) = bad {
                return Err(format!(
                    "pc {pc}: {} operand `{field}` out of range",
                    instr.name()
                ));
            }
        }
        // The last instruction must not fall off the end of the code.
        match self.code.last() {
            Some(last) if !last.falls_through() => Ok(()),
            _ => Err("the code falls off its end".into()),
        }
    }
}

/// A safe initial capacity for `n` decoded items: a corrupt length must not
/// make the decoder reserve memory the input cannot fill.
fn capacity(n: usize, r: &Reader<'_>) -> usize {
    n.min(r.remaining()).min(1024)
}

/// Whether a constant is a tuple of str (keyword names).
fn is_kwnames(c: Option<&ir::Const>) -> bool {
    match c {
        Some(ir::Const::Tuple(items)) => items.iter().all(|i| matches!(i, ir::Const::Str(_))),
        _ => false,
    }
}

fn kind_tag(k: ir::FunctionKind) -> u8 {
    match k {
        ir::FunctionKind::Module => 0,
        ir::FunctionKind::Class => 1,
        ir::FunctionKind::Function => 2,
        ir::FunctionKind::Lambda => 3,
        ir::FunctionKind::Comprehension => 4,
    }
}

fn suspension_tag(s: ir::Suspension) -> u8 {
    match s {
        ir::Suspension::None => 0,
        ir::Suspension::Generator => 1,
        ir::Suspension::Coroutine => 2,
        ir::Suspension::AsyncGenerator => 3,
    }
}

/// An operand field of an instruction, as the `instrs!` table encodes it.
pub(super) trait Field: Sized {
    fn put(&self, w: &mut Writer);
    fn get(r: &mut Reader<'_>) -> Result<Self, DecodeError>;
}

impl Field for u32 {
    fn put(&self, w: &mut Writer) {
        w.uvarint(*self);
    }
    fn get(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        r.uvarint()
    }
}

impl Field for Option<u32> {
    fn put(&self, w: &mut Writer) {
        match *self {
            None => w.uvarint64(0),
            Some(n) => w.uvarint64(u64::from(n) + 1),
        }
    }
    fn get(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        match r.uvarint64()? {
            0 => Ok(None),
            n => u32::try_from(n - 1)
                .map(Some)
                .map_err(|_| r.error("index out of range".into())),
        }
    }
}

impl Field for ArgRange {
    fn put(&self, w: &mut Writer) {
        w.uvarint(self.start);
        w.uvarint(self.len);
    }
    fn get(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        Ok(ArgRange {
            start: r.uvarint()?,
            len: r.uvarint()?,
        })
    }
}

/// The encoder's output buffer.
pub(super) struct Writer(Vec<u8>);

impl Writer {
    pub(super) fn u8(&mut self, b: u8) {
        self.0.push(b);
    }

    fn uvarint(&mut self, n: u32) {
        self.uvarint64(u64::from(n));
    }

    fn uvarint64(&mut self, mut n: u64) {
        while n >= 0x80 {
            self.0.push((n as u8) | 0x80);
            n >>= 7;
        }
        self.0.push(n as u8);
    }

    fn len(&mut self, n: usize) {
        self.uvarint64(n as u64);
    }

    fn bytes(&mut self, b: &[u8]) {
        self.len(b.len());
        self.0.extend_from_slice(b);
    }

    fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }

    fn strs(&mut self, v: &[String]) {
        self.len(v.len());
        for s in v {
            self.str(s);
        }
    }

    fn konst(&mut self, c: &ir::Const) {
        match c {
            ir::Const::None => self.u8(0),
            ir::Const::Bool(false) => self.u8(1),
            ir::Const::Bool(true) => self.u8(2),
            ir::Const::Int(i) => {
                self.u8(3);
                self.0.extend_from_slice(&i.to_le_bytes());
            }
            ir::Const::BigInt(s) => {
                self.u8(4);
                self.str(s);
            }
            ir::Const::Float(x) => {
                self.u8(5);
                self.0.extend_from_slice(&x.to_bits().to_le_bytes());
            }
            ir::Const::Imag(x) => {
                self.u8(6);
                self.0.extend_from_slice(&x.to_bits().to_le_bytes());
            }
            ir::Const::Str(s) => {
                self.u8(7);
                self.str(s);
            }
            ir::Const::Bytes(b) => {
                self.u8(8);
                self.bytes(b);
            }
            ir::Const::Ellipsis => self.u8(9),
            ir::Const::Tuple(items) => {
                self.u8(10);
                self.len(items.len());
                for item in items {
                    self.konst(item);
                }
            }
        }
    }
}

/// The decoder's cursor; every read is bounds-checked.
pub(super) struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub(super) fn error(&self, message: String) -> DecodeError {
        DecodeError {
            offset: self.pos,
            message,
        }
    }

    fn remaining(&self) -> usize {
        self.bytes.len() - self.pos
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], DecodeError> {
        if n > self.remaining() {
            return Err(self.error("unexpected end of input".into()));
        }
        let out = &self.bytes[self.pos..self.pos + n];
        self.pos += n;
        Ok(out)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], DecodeError> {
        let mut out = [0; N];
        out.copy_from_slice(self.take(N)?);
        Ok(out)
    }

    pub(super) fn u8(&mut self) -> Result<u8, DecodeError> {
        Ok(self.take(1)?[0])
    }

    fn uvarint64(&mut self) -> Result<u64, DecodeError> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            let bits = u64::from(b & 0x7f);
            if shift == 63 && bits > 1 {
                return Err(self.error("integer overflow".into()));
            }
            n |= bits << shift;
            if b & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(self.error("integer too long".into()))
    }

    fn uvarint(&mut self) -> Result<u32, DecodeError> {
        let n = self.uvarint64()?;
        u32::try_from(n).map_err(|_| self.error(format!("{n} does not fit in 32 bits")))
    }

    fn len(&mut self) -> Result<usize, DecodeError> {
        let n = self.uvarint64()?;
        usize::try_from(n).map_err(|_| self.error(format!("length {n} too large")))
    }

    fn bytes(&mut self) -> Result<&'a [u8], DecodeError> {
        let n = self.len()?;
        self.take(n)
    }

    fn str(&mut self) -> Result<String, DecodeError> {
        let start = self.pos;
        let b = self.bytes()?;
        String::from_utf8(b.to_vec()).map_err(|_| DecodeError {
            offset: start,
            message: "invalid UTF-8 in a string".into(),
        })
    }

    fn strs(&mut self) -> Result<Vec<String>, DecodeError> {
        let n = self.len()?;
        let mut out = Vec::with_capacity(capacity(n, self));
        for _ in 0..n {
            out.push(self.str()?);
        }
        Ok(out)
    }

    fn konst(&mut self, depth: u32) -> Result<ir::Const, DecodeError> {
        Ok(match self.u8()? {
            0 => ir::Const::None,
            1 => ir::Const::Bool(false),
            2 => ir::Const::Bool(true),
            3 => ir::Const::Int(i64::from_le_bytes(self.array()?)),
            4 => {
                let s = self.str()?;
                let digits = s.strip_prefix('-').unwrap_or(&s);
                if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(self.error(format!("bad integer constant {s:?}")));
                }
                ir::Const::BigInt(s)
            }
            5 => ir::Const::Float(f64::from_bits(u64::from_le_bytes(self.array()?))),
            6 => ir::Const::Imag(f64::from_bits(u64::from_le_bytes(self.array()?))),
            7 => ir::Const::Str(self.str()?),
            8 => ir::Const::Bytes(self.bytes()?.to_vec()),
            9 => ir::Const::Ellipsis,
            10 => {
                if depth >= MAX_CONST_DEPTH {
                    return Err(self.error("constant tuples nested too deep".into()));
                }
                let n = self.len()?;
                let mut items = Vec::with_capacity(capacity(n, self));
                for _ in 0..n {
                    items.push(self.konst(depth + 1)?);
                }
                ir::Const::Tuple(items)
            }
            t => return Err(self.error(format!("unknown constant tag {t}"))),
        })
    }
}

/// A type's tag: its index in `Type::ALL`.
fn type_tag(t: ir::Type) -> u8 {
    ir::Type::ALL.iter().position(|&a| a == t).unwrap_or(0) as u8
}
