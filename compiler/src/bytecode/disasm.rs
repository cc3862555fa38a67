//! The disassembler: `Display` for a bytecode `Module`, like `dis`.
//!
//! Per code object, a header (name, kind, frame shape, constants, names),
//! then one line per instruction, `pc line  [rD =] opname operands`, then
//! the handler ranges (`pcs start..end -> handler pc, exception register`).
//! Operands print as: `r3` registers, `$x` fast locals (read in place or
//! as slots), `&x` cells and
//! free variables, `'x'` names, constants in the IR's form, `code 2` code
//! objects, `field->pc` jump targets, `field=r3` registers written on one
//! path only; absent optional operands are left out.

use std::fmt::{self, Write as _};

use super::{CodeObject, Instr, Module, NO_HANDLER, Operand, Source};

impl fmt::Display for Module {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "bytecode module {:?} file {:?}",
            self.name, self.filename
        )?;
        for (i, code) in self.code.iter().enumerate() {
            writeln!(f)?;
            write_code(f, i, code)?;
        }
        Ok(())
    }
}

fn write_code(f: &mut fmt::Formatter<'_>, index: usize, c: &CodeObject) -> fmt::Result {
    writeln!(
        f,
        "code {index} {:?} qualname {:?} kind {} suspension {} line {}",
        c.name,
        c.qualname,
        c.kind.name(),
        c.suspension.name(),
        c.first_line
    )?;
    let p = &c.params;
    if p.count() > 0 {
        write!(
            f,
            "  params posonly {} positional {} kwonly {}",
            p.posonly, p.positional, p.kwonly
        )?;
        if p.varargs {
            f.write_str(" varargs")?;
        }
        if p.varkw {
            f.write_str(" varkw")?;
        }
        writeln!(f)?;
    }
    for (label, list) in [
        ("varnames", &c.varnames),
        ("cellvars", &c.cellvars),
        ("freevars", &c.freevars),
    ] {
        if !list.is_empty() {
            write!(f, "  {label}")?;
            for name in list {
                write!(f, " {name:?}")?;
            }
            writeln!(f)?;
        }
    }
    if let Some(doc) = &c.doc {
        writeln!(f, "  doc {doc:?}")?;
    }
    writeln!(f, "  nregs {}", c.nregs)?;
    if c.slot_types.iter().any(|&t| t != crate::ir::Type::Object) {
        f.write_str("  types")?;
        for (i, t) in c.slot_types.iter().enumerate() {
            if *t != crate::ir::Type::Object {
                write!(f, " {}:{t}", source_text(c, i as u32))?;
            }
        }
        writeln!(f)?;
    }
    if !c.consts.is_empty() {
        f.write_str("  consts")?;
        for (i, k) in c.consts.iter().enumerate() {
            write!(f, " {i}:{k}")?;
        }
        writeln!(f)?;
    }
    if !c.names.is_empty() {
        f.write_str("  names")?;
        for (i, n) in c.names.iter().enumerate() {
            write!(f, " {i}:'{n}'")?;
        }
        writeln!(f)?;
    }
    let mut last_line = None;
    for (pc, instr) in c.code.iter().enumerate() {
        let line = c.locs.get(pc).map(|l| l.line);
        let shown = if line != last_line {
            line.map_or(String::new(), |l| l.to_string())
        } else {
            String::new()
        };
        last_line = line;
        let mark = match c.unwind.get(pc) {
            Some(&u) if u != NO_HANDLER => "!",
            _ => " ",
        };
        writeln!(f, "  {pc:>4} {shown:>5}{mark} {}", instr_text(c, instr))?;
    }
    let ranges = handler_ranges(c);
    if !ranges.is_empty() {
        f.write_str("  handlers\n")?;
        for (start, end, h) in ranges {
            match c.handlers.get(h as usize) {
                Some(h) => writeln!(f, "    {start}..{end} -> {} r{}", h.pc, h.exc)?,
                None => writeln!(f, "    {start}..{end} -> bad handler {h}")?,
            }
        }
    }
    Ok(())
}

/// The maximal runs of consecutive pcs with the same handler:
/// `(start, end exclusive, handler index)`.
pub fn handler_ranges(c: &CodeObject) -> Vec<(usize, usize, u32)> {
    let mut out: Vec<(usize, usize, u32)> = Vec::new();
    for (pc, &u) in c.unwind.iter().enumerate() {
        if u == NO_HANDLER {
            continue;
        }
        match out.last_mut() {
            Some(last) if last.1 == pc && last.2 == u => last.1 = pc + 1,
            _ => out.push((pc, pc + 1, u)),
        }
    }
    out
}

/// A read operand: `r3`, `$x` for a fast local, a constant in the IR's
/// form.
fn source_text(c: &CodeObject, r: u32) -> String {
    match c.source(r) {
        Source::Reg(r) => format!("r{r}"),
        Source::Local(i) => match c.varnames.get(i as usize) {
            Some(n) => format!("${n}"),
            None => format!("$<bad {i}>"),
        },
        Source::Const(i) => match c.consts.get(i as usize) {
            Some(k) => k.to_string(),
            None => format!("<bad const {i}>"),
        },
        Source::Bad(r) => format!("<bad operand {r}>"),
    }
}

/// One instruction as the disassembler prints it (without pc and line).
pub fn instr_text(c: &CodeObject, instr: &Instr) -> String {
    let mut dst = None;
    let mut parts = Vec::new();
    instr.for_each_operand(|field, op| {
        let text = match op {
            Operand::Dst(r) if dst.is_none() && parts.is_empty() => {
                dst = Some(r);
                return;
            }
            Operand::Dst(r) => source_text(c, r),
            Operand::Take(r) => format!("r{r}"),
            Operand::Reg(r) | Operand::OptReg(Some(r)) => source_text(c, r),
            Operand::Out(r) => format!("{field}=r{r}"),
            Operand::OptReg(None) | Operand::OptConst(None) => return,
            Operand::Args(range) => match range.regs(&c.operands) {
                Some(regs) => {
                    let mut s = String::from("(");
                    for (i, r) in regs.iter().enumerate() {
                        if i > 0 {
                            s.push_str(", ");
                        }
                        s.push_str(&source_text(c, *r));
                    }
                    s.push(')');
                    s
                }
                None => format!("<bad range {}+{}>", range.start, range.len),
            },
            Operand::Local(i) => match c.varnames.get(i as usize) {
                Some(n) => format!("${n}"),
                None => format!("$<bad {i}>"),
            },
            Operand::Cell(i) => match c.cell_name(i) {
                Some(n) => format!("&{n}"),
                None => format!("&<bad {i}>"),
            },
            Operand::Name(i) => match c.names.get(i as usize) {
                Some(n) => format!("'{n}'"),
                None => format!("'<bad {i}>'"),
            },
            Operand::Const(i) | Operand::OptConst(Some(i)) => match c.consts.get(i as usize) {
                Some(k) if field == "kwnames" => format!("kw{k}"),
                Some(k) => k.to_string(),
                None => format!("<bad const {i}>"),
            },
            Operand::Code(i) => format!("code {i}"),
            Operand::Count(n) => format!("#{n}"),
            Operand::Conv(n) => match n {
                0 => "-".to_string(),
                1 => "!s".to_string(),
                2 => "!r".to_string(),
                3 => "!a".to_string(),
                _ => format!("!<bad {n}>"),
            },
            Operand::Target(t) if field == "target" => format!("->{t}"),
            Operand::Target(t) => format!("{}->{t}", field.trim_end_matches('_')),
        };
        parts.push(text);
    });
    let mut out = String::new();
    if let Some(r) = dst {
        let _ = write!(out, "{} = ", source_text(c, r));
    }
    out.push_str(instr.name());
    if !parts.is_empty() {
        out.push(' ');
        out.push_str(&parts.join(", "));
    }
    out
}
