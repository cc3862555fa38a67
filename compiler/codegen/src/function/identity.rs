//! Which `float` slots of a typed body never show which object they
//! hold, only its value.
//!
//! A typed body keeps a `float` slot's value as a double and boxes it
//! only when generic code reads the word (`Gen::materialize`). For a
//! result of arithmetic that is CPython's behaviour: a new object, whose
//! identity nothing else shares. A slot filled from another (`b = a`), a
//! constant or a container (`x = v[0]`) holds in CPython the *same*
//! object as its source, and `a is b`, `id(x)`, a list that gets both, or
//! `locals()` can tell. Such a slot may keep only the double when its
//! identity cannot be seen: every instruction that reads it is inline
//! float arithmetic or a comparison on doubles (with float operands
//! only, so that no generic path hands the object to other code), or a
//! move into another `float` slot; and no call that may be one of the
//! builtins that read the frame's locals (`locals()`, `eval`...: a callee
//! loaded by another name is taken not to be; one rebound to `locals`
//! would see a copy) runs while it holds a value. Anywhere else
//! the slot takes the object itself: moves share the word (boxing the
//! source once), items are adopted with their count.
//!
//! What this buys in numeric code: `x1, y1, z1 = pos` takes the doubles
//! without counting the three floats, and `v[0] -= dx * m` finds the
//! list's float held by the list alone and updates it in place.

use std::collections::HashSet;

use compiler::bytecode::{CodeObject, Instr, Source};
use compiler::ir::{Const, Suspension};

use super::bound::{self, State};
use super::loaded::LoadedNames;

/// What a typed body knows of its `float` slots' identities.
#[derive(Default)]
pub(super) struct Identity {
    unseen: HashSet<u32>,
    compared: HashSet<u32>,
}

impl Identity {
    pub(super) fn of(
        co: &CodeObject,
        facts: &[Option<State>],
        loaded: &LoadedNames,
        floats: &[u32],
    ) -> Self {
        Identity {
            unseen: unseen(co, facts, loaded, floats),
            compared: compared(co),
        }
    }

    /// Whether no one can see which object slot `key` holds.
    pub(super) fn unseen(&self, key: u32) -> bool {
        self.unseen.contains(&key)
    }

    /// Whether `dst` may take the double of a move's source (a `float`
    /// slot, or a float constant when `constant`) without its object.
    /// A slot moves its object on only into slots whose identity is seen
    /// (`unseen`'s closure), so the destination decides. A constant is
    /// copied unless `is` compares the slot: a float constant that leaves
    /// the function through it (returned, stored) is then an object of the
    /// same value, not the code object's own, which only `is` against
    /// another load of that constant can tell (a known difference: keeping
    /// the object would cost every loop that starts `acc = 0.0` a count
    /// test per iteration).
    pub(super) fn copies(&self, constant: bool, dst: u32) -> bool {
        self.unseen(dst) || (constant && !self.compared.contains(&dst))
    }
}

/// The `float` slots among `floats` whose identity no one can see.
fn unseen(
    co: &CodeObject,
    facts: &[Option<State>],
    loaded: &LoadedNames,
    floats: &[u32],
) -> HashSet<u32> {
    // A suspended generator's frame keeps boxed words; keep it simple.
    if co.suspension != Suspension::None {
        return HashSet::new();
    }
    let floats: HashSet<u32> = floats.iter().copied().collect();
    let exact = |addr: u32| {
        floats.contains(&addr)
            || matches!(
                co.source(addr),
                Source::Const(i) if matches!(co.consts.get(i as usize), Some(Const::Float(_)))
            )
    };
    let calls: Vec<usize> = co
        .code
        .iter()
        .enumerate()
        .filter(|&(pc, i)| match i {
            Instr::Call { .. } | Instr::CallMethod { .. } => loaded.may_read_frame(co, pc),
            Instr::CallEx { .. } => true,
            _ => false,
        })
        .map(|(pc, _)| pc)
        .collect();
    // A slot may be unseen when every read is a value read or a move,
    // none is held across a call that may read the frame, and every slot
    // it moves into is unseen too (a move hands its object on).
    let mut moves_into: Vec<(u32, Vec<u32>)> = Vec::new();
    for &key in &floats {
        let held = calls
            .iter()
            .any(|&pc| !matches!(facts.get(pc), Some(Some(s)) if s.is_empty(key)));
        let mut into = Vec::new();
        let mut seen = held;
        for instr in &co.code {
            if seen || !bound::reads(co, instr, key) {
                continue;
            }
            match reads_value(co, instr, &floats, &exact) {
                Read::Value => {}
                Read::Move(dst) => into.push(dst),
                Read::Object => seen = true,
            }
        }
        if !seen {
            moves_into.push((key, into));
        }
    }
    let mut unseen: HashSet<u32> = moves_into.iter().map(|(k, _)| *k).collect();
    loop {
        let before = unseen.len();
        moves_into.retain(|(key, into)| {
            let keep = into.iter().all(|d| unseen.contains(d));
            if !keep {
                unseen.remove(key);
            }
            keep
        });
        if unseen.len() == before {
            return unseen;
        }
    }
}

/// The slots read by `is` or `is not`, which compare objects.
fn compared(co: &CodeObject) -> HashSet<u32> {
    let mut out = HashSet::new();
    for instr in &co.code {
        if let Instr::Is { a, b, .. } | Instr::IsNot { a, b, .. } = *instr {
            out.extend([a, b]);
        }
    }
    out
}

/// How an instruction reads a `float` slot.
enum Read {
    /// As a double only.
    Value,
    /// As a move into another `float` slot, which gets its object.
    Move(u32),
    /// As an object.
    Object,
}

/// How `instr` reads its `float` operands: as doubles in the typed
/// body's inline arithmetic and comparisons with float operands only
/// (`**` may leave floats for complex numbers, through generic code), as
/// a move into another `float` slot, or else as objects.
fn reads_value(
    co: &CodeObject,
    instr: &Instr,
    floats: &HashSet<u32>,
    exact: &impl Fn(u32) -> bool,
) -> Read {
    use Instr as I;
    let value = |ok: bool| if ok { Read::Value } else { Read::Object };
    let into = |dst: u32| {
        if floats.contains(&dst) {
            Read::Move(dst)
        } else {
            Read::Object
        }
    };
    match *instr {
        I::Add { dst, a, b }
        | I::InplaceAdd { dst, a, b }
        | I::Sub { dst, a, b }
        | I::InplaceSub { dst, a, b }
        | I::Mul { dst, a, b }
        | I::InplaceMul { dst, a, b }
        | I::TrueDiv { dst, a, b }
        | I::InplaceTrueDiv { dst, a, b } => value(floats.contains(&dst) && exact(a) && exact(b)),
        I::LoadFast { dst, .. } | I::Move { dst, .. } => into(dst),
        I::StoreFast { slot, .. } | I::StoreFastMove { slot, .. } => into(co.nregs + slot),
        ref other => match other.comparison_operands() {
            Some([a, b]) => value(exact(a) && exact(b)),
            None => Read::Object,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::function::test_code as code;

    fn unseen_locals(src: &str) -> Vec<String> {
        let co = code(src, "f");
        let facts = bound::analyze(&co);
        let floats = crate::function::unboxed_slots(&co);
        let loaded = LoadedNames::of(&co, &bound::merges(&co));
        let keys = Identity::of(&co, &facts, &loaded, &floats).unseen;
        let mut names: Vec<String> = co
            .varnames
            .iter()
            .enumerate()
            .filter(|(i, _)| keys.contains(&(co.nregs + *i as u32)))
            .map(|(_, n)| n.clone())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn values_used_in_arithmetic_only_are_unseen() {
        let src = "def f(v, k):\n    x, y = v[0], v[1]\n    d = x - y\n    e = d * 2.0\n    return e * k\n";
        assert_eq!(unseen_locals(src), ["d", "x", "y"]);
    }

    #[test]
    fn identity_tests_calls_and_returns_show_the_object() {
        let src = "def f(v):\n    a = v[0] * 2.0\n    b = a\n    c = v[1] + 0.5\n    print(c)\n    return a is b\n";
        assert!(unseen_locals(src).is_empty());
    }

    #[test]
    fn a_call_while_the_value_is_held_may_read_the_locals() {
        let src = "def f(v, h):\n    x = v[0] + 1.0\n    h()\n    return x * 2.0 > 1.0\n";
        assert!(unseen_locals(src).is_empty());
        let frame = "def f(v):\n    x = v[0] + 1.0\n    locals()\n    return x * 2.0 > 1.0\n";
        assert!(unseen_locals(frame).is_empty());
        let named = "def f(v):\n    x = v[0] + 1.0\n    g()\n    return x * 2.0 > 1.0\n";
        assert_eq!(unseen_locals(named), ["x"]);
        let before = "def f(v, h):\n    h()\n    x = v[0] + 1.0\n    return x * 2.0 > 1.0\n";
        assert_eq!(unseen_locals(before), ["x"]);
    }

    #[test]
    fn a_move_into_a_seen_slot_shows_the_source() {
        let src = "def f(v):\n    a = v[0] - 0.5\n    b = a\n    c = b * 2.0\n    return b is v[1], c > 1.0\n";
        assert_eq!(unseen_locals(src), ["c"]);
        let unseen_chain = "def f(v):\n    a = v[0] - 0.5\n    b = a\n    return b * 2.0 > 1.0\n";
        assert_eq!(unseen_locals(unseen_chain), ["a", "b"]);
    }
}
