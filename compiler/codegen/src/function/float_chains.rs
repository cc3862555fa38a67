//! Which `float` slots are worth keeping as doubles: those in a chain of
//! float arithmetic.
//!
//! A typed body gains where one inline float operation feeds another
//! (`dx * dx + dy * dy`, an accumulator `s += x * y`, a loop's `zr`): the
//! value in between is never boxed. Where nothing chains, it loses: a
//! float that a call returns is adopted (its object freed at once) and the
//! product made from it is boxed again where it leaves (`yield`,
//! `return`, an argument), an allocation and a release that the generic
//! form, writing the product into the dying operand's object, does not
//! make. `sum(f(i, j) * u[j] for j in range(n))`'s generator ran 12%
//! more instructions typed.
//!
//! Slots joined by moves are one value (`a = x * y; b = a`); arithmetic
//! and comparisons join their float operands and result into one group.
//! A group is kept when one of its values is both written by float
//! arithmetic and read by float arithmetic, a comparison, a store into
//! a list item (`v[i] += 0.5` updates the item's float in place) or, in a
//! function that takes direct calls, a `return` (a direct caller takes
//! the double, `Gen::return_float`); the others stay generic.

use compiler::bytecode::{CodeObject, Instr};

/// The slots of `floats` (sorted `float` slots) in a group with a chain.
pub(super) fn chained(co: &CodeObject, floats: &[u32]) -> Vec<u32> {
    // Returned to a direct caller, a double is never boxed
    // (`Gen::return_float`).
    let returns_doubles = super::takes_direct_calls(co);
    let index = |key: u32| floats.binary_search(&key).ok();
    let n = floats.len();
    // `values`: slots joined by moves; `groups`: also by operations.
    let mut values = UnionFind::new(n);
    let mut groups = UnionFind::new(n);
    let mut written = vec![false; n];
    let mut read = vec![false; n];
    let nregs = co.nregs;
    for instr in &co.code {
        use Instr as I;
        let (dst, operands): (Option<u32>, [u32; 2]) = match *instr {
            I::LoadFast { dst, slot } => {
                join_move(
                    &mut [&mut values, &mut groups],
                    index(dst),
                    index(nregs + slot),
                );
                continue;
            }
            I::StoreFast { slot, src } | I::StoreFastMove { slot, src } => {
                join_move(
                    &mut [&mut values, &mut groups],
                    index(nregs + slot),
                    index(src),
                );
                continue;
            }
            I::Move { dst, src } => {
                join_move(&mut [&mut values, &mut groups], index(dst), index(src));
                continue;
            }
            I::Add { dst, a, b }
            | I::InplaceAdd { dst, a, b }
            | I::Sub { dst, a, b }
            | I::InplaceSub { dst, a, b }
            | I::Mul { dst, a, b }
            | I::InplaceMul { dst, a, b }
            | I::TrueDiv { dst, a, b }
            | I::InplaceTrueDiv { dst, a, b }
            | I::Pow { dst, a, b }
            | I::InplacePow { dst, a, b } => (Some(dst), [a, b]),
            // Stored into a list item, a double updates the item's float
            // in place (`item_set_float`) instead of boxing a new one.
            I::ItemSet { value: v, .. } => {
                read_by_store(&mut read, index(v));
                continue;
            }
            I::Return { src } if returns_doubles => {
                read_by_store(&mut read, index(src));
                continue;
            }
            ref other => match other.comparison_operands() {
                Some(operands) => (None, operands),
                None => continue,
            },
        };
        let dst = dst.and_then(index);
        // Only an operation into a `float` slot is the typed body's float
        // arithmetic; a comparison is, with a `float` operand.
        if dst.is_none() && !operands.iter().any(|&o| index(o).is_some()) {
            continue;
        }
        if let Some(d) = dst {
            written[d] = true;
        }
        for o in operands.into_iter().filter_map(index) {
            read[o] = true;
            if let Some(d) = dst {
                groups.union(o, d);
            }
        }
        if let [Some(x), Some(y)] = operands.map(index) {
            groups.union(x, y);
        }
    }
    let mut value_written = vec![false; n];
    let mut value_read = vec![false; n];
    for k in 0..n {
        let v = values.find(k);
        value_written[v] |= written[k];
        value_read[v] |= read[k];
    }
    let mut group_chained = vec![false; n];
    for k in 0..n {
        let v = values.find(k);
        if value_written[v] && value_read[v] {
            group_chained[groups.find(k)] = true;
        }
    }
    (0..n)
        .filter(|&k| group_chained[groups.find(k)])
        .map(|k| floats[k])
        .collect()
}

/// A value leaving as a double (into a list item, to a direct caller)
/// reads a chain.
fn read_by_store(read: &mut [bool], slot: Option<usize>) {
    if let Some(v) = slot {
        read[v] = true;
    }
}

/// A move between two `float` slots joins them in every partition.
fn join_move(partitions: &mut [&mut UnionFind], a: Option<usize>, b: Option<usize>) {
    if let (Some(a), Some(b)) = (a, b) {
        for p in partitions {
            p.union(a, b);
        }
    }
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind((0..n).collect())
    }

    fn find(&mut self, mut k: usize) -> usize {
        while self.0[k] != k {
            self.0[k] = self.0[self.0[k]];
            k = self.0[k];
        }
        k
    }

    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        self.0[a] = b;
    }
}

#[cfg(test)]
mod tests {
    use crate::function::test_code as code;

    /// The names of `f`'s locals kept as doubles, and how many registers.
    fn unboxed(src: &str) -> (Vec<String>, usize) {
        let co = code(src, "f");
        let slots = crate::function::unboxed_slots(&co);
        let mut locals: Vec<String> = slots
            .iter()
            .filter(|&&k| k >= co.nregs)
            .map(|&k| co.varnames[(k - co.nregs) as usize].clone())
            .collect();
        locals.sort();
        let registers = slots.iter().filter(|&&k| k < co.nregs).count();
        (locals, registers)
    }

    #[test]
    fn a_product_that_only_leaves_stays_generic() {
        let src = "def f(g, u):\n    for j in range(3):\n        yield g(j) * u[j]\n";
        assert_eq!(unboxed(src), (vec![], 0));
        let ret = "def f(i):\n    return 1.0 / (i + 1)\n";
        assert_eq!(unboxed(ret), (vec![], 0));
    }

    #[test]
    fn a_float_returned_to_direct_callers_is_a_double() {
        let src = "def f(i):\n    return 1.0 / (i + 1)\n\nf(2)\n";
        assert_eq!(unboxed(src), (vec![], 1));
        let generator = "def f(i):\n    yield 1.0 / (i + 1)\n\nf(2)\n";
        assert_eq!(unboxed(generator), (vec![], 0));
    }

    #[test]
    fn operations_that_feed_operations_are_doubles() {
        let src = "def f(v):\n    x, y = v[0], v[1]\n    d = x - y\n    return d * d + 1.0\n";
        let (locals, registers) = unboxed(src);
        assert_eq!(locals, ["d", "x", "y"]);
        assert!(registers > 0);
    }

    #[test]
    fn an_accumulator_chains_through_its_loop() {
        let src =
            "def f(n):\n    s = 0.0\n    for i in range(n):\n        s += i * 0.5\n    return s\n";
        assert_eq!(unboxed(src).0, ["s"]);
    }

    #[test]
    fn an_item_updated_in_place_chains() {
        let src = "def f(v, n):\n    for i in range(n):\n        v[i] += 0.5\n";
        assert!(unboxed(src).1 > 0);
    }

    #[test]
    fn a_comparison_reads_a_chain() {
        let src =
            "def f(a, b):\n    t = a[0] * 2.0\n    if t < b[0]:\n        return 1\n    return t\n";
        assert_eq!(unboxed(src).0, ["t"]);
        let read =
            "def f(a, n):\n    for i in range(n):\n        t = a[i] - 0.0\n        print(t)\n";
        assert_eq!(unboxed(read), (vec![], 0));
    }
}
