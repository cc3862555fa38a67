//! The anchors of CPython 3.11's traceback carets: re-parses the source
//! segment of a failing instruction and, for a binary operation or a
//! subscript, finds the operator (or the brackets) to mark with `^` while
//! the rest of the range gets `~` (`extract_anchors_from_expr` in CPython's
//! Python/traceback.c, 3.11.7).

use ruff_python_ast::{Expr, PythonVersion, Stmt};
use ruff_python_parser::{Mode, ParseOptions};
use ruff_text_size::Ranged;

fn is_whitespace(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\x0c')
}

/// The `(left_end, right_start)` byte offsets inside `segment` of the part
/// to mark with `^`, if `segment` parses as a single expression statement
/// that is a binary operation or a subscript.
pub fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    let options = ParseOptions::from(Mode::Module).with_target_version(PythonVersion::PY311);
    let parsed = ruff_python_parser::parse_unchecked(segment, options);
    if !parsed.errors().is_empty() || !parsed.unsupported_syntax_errors().is_empty() {
        return None;
    }
    let module = parsed.syntax().as_module()?;
    let [Stmt::Expr(stmt)] = module.body.as_slice() else {
        return None;
    };
    let bytes = segment.as_bytes();
    match stmt.value.as_ref() {
        Expr::BinOp(b) => {
            let left_end = b.left.range().end().to_usize();
            let right_start = b.right.range().start().to_usize();
            // CPython's fallback when the loop finds nothing: anchors stay
            // unset (-1), shown as no secondary range; never happens for
            // a binary operation, which has an operator between operands.
            let mut anchors = None;
            let mut i = left_end;
            while i < right_start {
                let c = *bytes.get(i)?;
                if is_whitespace(c) {
                    i += 1;
                    continue;
                }
                let mut right = i + 1;
                if i + 1 < right_start && !is_whitespace(*bytes.get(i + 1)?) {
                    right += 1;
                }
                anchors = Some((i, right));
                // A closing parenthesis of the left operand is not the
                // operator: keep going.
                if i + 1 < right_start && c == b')' {
                    i += 1;
                    continue;
                }
                break;
            }
            anchors
        }
        Expr::Subscript(s) => {
            let len = bytes.len();
            let mut left = s.value.range().end().to_usize();
            let mut right = s.slice.range().end().to_usize() + 1;
            while left < len && bytes[left] != b'[' {
                left += 1;
            }
            while right < len && bytes[right] != b']' {
                right += 1;
            }
            if right < len {
                right += 1;
            }
            Some((left, right))
        }
        _ => None,
    }
}
