//! Literals and f-strings, and the constant folding CPython's compiler
//! always does (negated numbers, tuples of constants).

use ruff_python_ast::{self as ast, ConversionFlag, Expr, Number, UnaryOp};
use ruff_text_size::Ranged;

use super::{FnLowerer, LResult};
use crate::ir::{Const, Imm, Opcode, Value};

impl<'a> FnLowerer<'_, 'a> {
    /// The constant an expression denotes, if it is one.
    pub(super) fn fold_constant(&self, e: &Expr) -> Option<Const> {
        Some(match e {
            Expr::NoneLiteral(_) => Const::None,
            Expr::BooleanLiteral(b) => Const::Bool(b.value),
            Expr::EllipsisLiteral(_) => Const::Ellipsis,
            Expr::StringLiteral(s) => Const::Str(s.value.to_str().to_string()),
            Expr::BytesLiteral(b) => Const::Bytes(b.value.bytes().collect()),
            Expr::NumberLiteral(n) => match &n.value {
                Number::Int(i) => match i.as_i64() {
                    Some(v) => Const::Int(v),
                    None => int_const(&i.to_string()),
                },
                Number::Float(f) => Const::Float(*f),
                Number::Complex { imag, .. } => Const::Imag(*imag),
            },
            Expr::UnaryOp(u) if u.op == UnaryOp::USub => match self.fold_constant(&u.operand)? {
                Const::Int(i) => match i.checked_neg() {
                    Some(n) => Const::Int(n),
                    None => Const::BigInt(format!("-{}", i.unsigned_abs())),
                },
                Const::BigInt(s) => match s.strip_prefix('-') {
                    Some(pos) => int_const(pos),
                    None if s == format!("{}", i64::MAX as u64 + 1) => Const::Int(i64::MIN),
                    None => Const::BigInt(format!("-{s}")),
                },
                Const::Float(f) => Const::Float(-f),
                _ => return None,
            },
            Expr::Tuple(t) => Const::Tuple(
                t.elts
                    .iter()
                    .map(|e| self.fold_constant(e))
                    .collect::<Option<Vec<_>>>()?,
            ),
            _ => return None,
        })
    }

    /// An f-string: its parts formatted and concatenated.
    pub(super) fn lower_fstring(&mut self, f: &'a ast::ExprFString) -> LResult<Value> {
        let loc = self.loc(f.range);
        let mut parts = Vec::new();
        let mut literal = String::new();
        for part in f.value.as_slice() {
            match part {
                ast::FStringPart::Literal(s) => literal.push_str(&s.value),
                ast::FStringPart::FString(fs) => {
                    self.lower_fstring_elements(&fs.elements, &mut parts, &mut literal)?;
                }
            }
        }
        if !literal.is_empty() || parts.is_empty() {
            parts.push(self.constant(Const::Str(std::mem::take(&mut literal)), loc));
        }
        if parts.len() == 1 && self.func.value_type(parts[0]) == crate::ir::Type::Str {
            return Ok(parts[0]);
        }
        Ok(self.value(Opcode::StrBuild, Imm::None, parts, loc))
    }

    fn lower_fstring_elements(
        &mut self,
        elements: &'a ast::InterpolatedStringElements,
        parts: &mut Vec<Value>,
        literal: &mut String,
    ) -> LResult<()> {
        for element in elements.iter() {
            match element {
                ast::InterpolatedStringElement::Literal(l) => literal.push_str(&l.value),
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let loc = self.loc(i.range);
                    if let Some(debug) = &i.debug_text {
                        literal.push_str(&debug.leading);
                        literal.push_str(&self.src().text[i.expression.range()]);
                        literal.push_str(&debug.trailing);
                    }
                    if !literal.is_empty() {
                        parts.push(self.constant(Const::Str(std::mem::take(literal)), loc));
                    }
                    let value = self.lower_expr(&i.expression)?;
                    let conversion = match i.conversion {
                        ConversionFlag::None
                            if i.debug_text.is_some() && i.format_spec.is_none() =>
                        {
                            Some('r')
                        }
                        ConversionFlag::None => None,
                        ConversionFlag::Str => Some('s'),
                        ConversionFlag::Repr => Some('r'),
                        ConversionFlag::Ascii => Some('a'),
                    };
                    let mut args = vec![value];
                    if let Some(spec) = &i.format_spec {
                        let mut spec_parts = Vec::new();
                        let mut spec_literal = String::new();
                        self.lower_fstring_elements(
                            &spec.elements,
                            &mut spec_parts,
                            &mut spec_literal,
                        )?;
                        if !spec_literal.is_empty() || spec_parts.is_empty() {
                            spec_parts.push(self.constant(Const::Str(spec_literal), loc));
                        }
                        let spec = if spec_parts.len() == 1
                            && self.func.value_type(spec_parts[0]) == crate::ir::Type::Str
                        {
                            spec_parts[0]
                        } else {
                            self.value(Opcode::StrBuild, Imm::None, spec_parts, loc)
                        };
                        args.push(spec);
                    }
                    parts.push(self.value(Opcode::Format, Imm::Conversion(conversion), args, loc));
                }
            }
        }
        Ok(())
    }
}

/// An integer constant from a literal's digits (any base prefix, with
/// underscores), reduced to `Int` when it fits.
fn int_const(token: &str) -> Const {
    let digits: String = token.chars().filter(|&c| c != '_').collect();
    let lower = digits.to_ascii_lowercase();
    let (radix, body) = match lower.get(..2) {
        Some("0x") => (16, &lower[2..]),
        Some("0o") => (8, &lower[2..]),
        Some("0b") => (2, &lower[2..]),
        _ => (10, &lower[..]),
    };
    let decimal = to_decimal(body, radix);
    match decimal.parse::<i64>() {
        Ok(v) => Const::Int(v),
        Err(_) => Const::BigInt(decimal),
    }
}

/// Converts digits in `radix` to decimal digits, with base-10^9 limbs.
fn to_decimal(digits: &str, radix: u32) -> String {
    const BASE: u64 = 1_000_000_000;
    let mut limbs: Vec<u64> = vec![0];
    for c in digits.chars() {
        let Some(d) = c.to_digit(radix) else { continue };
        let mut carry = d as u64;
        for limb in limbs.iter_mut() {
            let x = *limb * radix as u64 + carry;
            *limb = x % BASE;
            carry = x / BASE;
        }
        while carry > 0 {
            limbs.push(carry % BASE);
            carry /= BASE;
        }
    }
    let mut out = String::new();
    for (i, limb) in limbs.iter().rev().enumerate() {
        if i == 0 {
            out.push_str(&limb.to_string());
        } else {
            out.push_str(&format!("{limb:09}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn big_literals_become_decimal() {
        assert_eq!(
            int_const("0xFFFF_FFFF_FFFF_FFFF_F"),
            Const::BigInt("295147905179352825855".into())
        );
        assert_eq!(int_const("9223372036854775807"), Const::Int(i64::MAX));
        assert_eq!(int_const("0b1"), Const::Int(1));
    }
}
