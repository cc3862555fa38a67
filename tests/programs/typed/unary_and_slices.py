# Unary minus, plus and invert (small ints inline in native code, the
# rest through the runtime) and slices built in loops.


def negate_all(values):
    out = []
    for v in values:
        out.append((-v, +v, ~v) if not isinstance(v, float) else (-v, +v))
    return out


def edges():
    small_min = -(2**61)
    small_max = 2**61 - 1
    results = []
    for v in (small_min, small_max, small_min + 1, small_max - 1, 0, -1, 1):
        results.append((-v, ~v, +v, -(-v), ~~v))
    return results


class Num:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return Num(-self.v)

    def __pos__(self):
        return "pos"

    def __invert__(self):
        return ~self.v

    def __repr__(self):
        return f"Num({self.v})"


def flips(seq, k):
    seq = list(seq)
    while k:
        seq[: k + 1] = seq[k::-1]
        k = seq[0]
    return seq


def windows(s, n):
    return [s[i : i + n] for i in range(len(s) - n + 1)] + [s[::-2], s[-n:], s[: -n or None]]


print(negate_all([0, 1, -1, 7, True, False, 2**70, -(2**70), 1.5, -0.0]))
for row in edges():
    print(row)
print(-Num(3), +Num(3), ~Num(3))
for bad in ("s", [1], None):
    for op in (lambda x: -x, lambda x: +x, lambda x: ~x):
        try:
            op(bad)
        except TypeError as e:
            print("TypeError", e)
try:
    ~1.5
except TypeError as e:
    print("TypeError", e)
print(flips([3, 1, 4, 0, 2], 3))
print(windows("abcdefg", 3))
print(windows([1, 2, 3, 4], 2))
print([(slice(i, None, -1), slice(None, i)) for i in range(2)])
try:
    [1, 2, 3][::0]
except ValueError as e:
    print("ValueError", e)
try:
    [1, 2, 3]["a":]
except TypeError as e:
    print("TypeError", e)
total = 0
for i in range(-5, 5):
    total += -i * ~i
print(total)
