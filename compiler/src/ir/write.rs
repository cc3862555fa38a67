//! The printer: IR to its textual form (grammar in docs/dev/ir.md).
//!
//! The reader (`read.rs`) parses exactly what this writes, so that
//! `read(write(m)) == m` for every module.

use std::fmt::{self, Write};

use super::constant::write_str_literal;
use super::entities::{Block, FuncId, Inst};
use super::function::{BlockCall, Function, Imm, Loc, Module, Terminator, Unwind};
use super::ops::ResultKind;

/// Writes a whole module.
pub fn write_module(out: &mut dyn Write, m: &Module) -> fmt::Result {
    write!(out, "module ")?;
    write!(out, "{}", Quoted(&m.name))?;
    writeln!(out, " file {}", Quoted(&m.filename))?;
    for (i, f) in m.functions.iter().enumerate() {
        writeln!(out)?;
        write_function(out, FuncId(i as u32), f)?;
    }
    Ok(())
}

/// Writes one function.
pub fn write_function(out: &mut dyn Write, id: FuncId, f: &Function) -> fmt::Result {
    writeln!(
        out,
        "function {id} {} qualname {} kind {} suspension {} line {}",
        Quoted(&f.name),
        Quoted(&f.qualname),
        f.kind.name(),
        f.suspension.name(),
        f.first_line
    )?;
    let p = &f.params;
    if p.count() > 0 {
        write!(
            out,
            "  params posonly {} positional {} kwonly {}",
            p.posonly, p.positional, p.kwonly
        )?;
        if p.varargs {
            write!(out, " varargs")?;
        }
        if p.varkw {
            write!(out, " varkw")?;
        }
        writeln!(out)?;
    }
    for (label, names) in [
        ("locals", &f.locals),
        ("cellvars", &f.cellvars),
        ("freevars", &f.freevars),
    ] {
        if !names.is_empty() {
            write!(out, "  {label}")?;
            for n in names {
                write!(out, " {}", Quoted(n))?;
            }
            writeln!(out)?;
        }
    }
    if !f.local_types.is_empty() {
        write!(out, "  local_types")?;
        for t in &f.local_types {
            write!(out, " {t}")?;
        }
        writeln!(out)?;
    }
    if let Some(doc) = &f.doc {
        writeln!(out, "  doc {}", Quoted(doc))?;
    }
    for &b in &f.layout {
        write_block(out, f, b)?;
    }
    writeln!(out, "end")
}

fn write_block(out: &mut dyn Write, f: &Function, b: Block) -> fmt::Result {
    let data = &f.blocks[b.index()];
    write!(out, "{b}")?;
    if !data.params.is_empty() {
        write!(out, "(")?;
        for (i, &v) in data.params.iter().enumerate() {
            if i > 0 {
                write!(out, ", ")?;
            }
            write!(out, "{v}: {}", f.value_type(v))?;
        }
        write!(out, ")")?;
    }
    writeln!(out, ":")?;
    for &inst in &data.insts {
        write_inst(out, f, inst)?;
    }
    match &data.term {
        Some((term, loc)) => {
            write!(out, "    ")?;
            write_terminator(out, term)?;
            writeln!(out, " {}", LocText(*loc))
        }
        None => writeln!(out, "    <no terminator>"),
    }
}

fn write_inst(out: &mut dyn Write, f: &Function, inst: Inst) -> fmt::Result {
    let data = &f.insts[inst.index()];
    write!(out, "    ")?;
    if let Some(v) = data.result {
        write!(out, "{v}")?;
        let ty = f.value_type(v);
        let default = match data.op.info().result {
            ResultKind::Typed(t) => Some(t),
            ResultKind::OfConst => match &data.imm {
                Imm::Const(c) => Some(c.ty()),
                _ => None,
            },
            ResultKind::Nothing => None,
        };
        if default != Some(ty) {
            write!(out, ": {ty}")?;
        }
        write!(out, " = ")?;
    }
    write!(out, "{}", data.op.name())?;
    let mut sep = " ";
    let imm = ImmText(&data.imm).to_string();
    if !imm.is_empty() {
        write!(out, " {imm}")?;
        sep = ", ";
    }
    for (i, v) in data.args.iter().enumerate() {
        write!(out, "{}{v}", if i == 0 { sep } else { ", " })?;
    }
    if let Some(u) = data.unwind {
        write!(out, " {}", UnwindText(u))?;
    }
    writeln!(out, " {}", LocText(data.loc))
}

fn write_terminator(out: &mut dyn Write, t: &Terminator) -> fmt::Result {
    match t {
        Terminator::Jump(c) => write!(out, "jump {}", CallText(c)),
        Terminator::Branch {
            cond,
            then_dest,
            else_dest,
        } => write!(
            out,
            "branch {cond}, {}, {}",
            CallText(then_dest),
            CallText(else_dest)
        ),
        Terminator::Return(v) => write!(out, "return {v}"),
        Terminator::Raise { exc, cause, unwind } => {
            write!(out, "raise")?;
            if let Some(e) = exc {
                write!(out, " {e}")?;
            }
            if let Some(c) = cause {
                write!(out, " from {c}")?;
            }
            write!(out, " {}", UnwindText(*unwind))
        }
        Terminator::Reraise { exc, unwind } => write!(out, "reraise {exc} {}", UnwindText(*unwind)),
        Terminator::ForIter {
            iter,
            next,
            done,
            unwind,
        } => write!(
            out,
            "for_iter {iter}, next {}, done {} {}",
            CallText(next),
            CallText(done),
            UnwindText(*unwind)
        ),
        Terminator::Yield {
            value,
            resume,
            unwind,
        } => write!(
            out,
            "yield {value}, resume {} {}",
            CallText(resume),
            UnwindText(*unwind)
        ),
        Terminator::Send {
            iter,
            value,
            yielded,
            returned,
            unwind,
        } => write!(
            out,
            "send {iter}, {value}, yielded {}, returned {} {}",
            CallText(yielded),
            CallText(returned),
            UnwindText(*unwind)
        ),
        Terminator::Throw {
            iter,
            exc,
            yielded,
            returned,
            unwind,
        } => write!(
            out,
            "throw {iter}, {exc}, yielded {}, returned {} {}",
            CallText(yielded),
            CallText(returned),
            UnwindText(*unwind)
        ),
        Terminator::Unreachable => write!(out, "unreachable"),
    }
}

/// A name or string, always double-quoted.
struct Quoted<'a>(&'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_str_literal(f, self.0)
    }
}

struct ImmText<'a>(&'a Imm);

impl fmt::Display for ImmText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let keywords = |f: &mut fmt::Formatter<'_>, names: &[String]| {
            write!(f, "kw[")?;
            for (i, n) in names.iter().enumerate() {
                if i > 0 {
                    write!(f, ", ")?;
                }
                write!(f, "{}", Quoted(n))?;
            }
            write!(f, "]")
        };
        match self.0 {
            Imm::None => Ok(()),
            Imm::Name(n) => write!(f, "{}", Quoted(n)),
            Imm::Const(c) => write!(f, "{c}"),
            Imm::Func(id) => write!(f, "{id}"),
            Imm::Count(n) => write!(f, "#{n}"),
            Imm::Pair(a, b) => write!(f, "#{a} #{b}"),
            Imm::Keywords(names) if names.is_empty() => Ok(()),
            Imm::Keywords(names) => keywords(f, names),
            Imm::Import { name, level } => write!(f, "{} #{level}", Quoted(name)),
            Imm::Conversion(c) => match c {
                Some(c) => write!(f, "{c}"),
                None => write!(f, "-"),
            },
            Imm::ClassPattern {
                positional,
                keywords: names,
            } => {
                write!(f, "#{positional} ")?;
                keywords(f, names)
            }
        }
    }
}

struct UnwindText(Unwind);

impl fmt::Display for UnwindText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Unwind::Exit => write!(f, "!exit"),
            Unwind::Handler(b) => write!(f, "!{b}"),
        }
    }
}

struct CallText<'a>(&'a BlockCall);

impl fmt::Display for CallText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.block)?;
        if !self.0.args.is_empty() {
            write!(f, "(")?;
            for (i, v) in self.0.args.iter().enumerate() {
                if i > 0 {
                    write!(f, ", ")?;
                }
                write!(f, "{v}")?;
            }
            write!(f, ")")?;
        }
        Ok(())
    }
}

struct LocText(Loc);

impl fmt::Display for LocText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let l = self.0;
        write!(f, "@{}:{}-{}:{}", l.line, l.col, l.end_line, l.end_col)
    }
}

impl fmt::Display for Module {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_module(f, self)
    }
}
