# Sorting by tuples of ints and strs: lexicographic order, shorter
# prefixes first, stability among equal keys, reverse, and the cases
# that compare items of different kinds (an error only where CPython
# compares them).


def lcg(seed):
    return (seed * 1103515245 + 12345) & 0x7FFFFFFF


seed = 7
nums = []
for _ in range(300):
    seed = lcg(seed)
    nums.append(seed % 1000 - 500)

pairs = [(v % 7, str(v)) for v in nums]
pairs.sort()
print(pairs[:6], pairs[-3:])

by_key = sorted(nums, key=lambda v: (v % 5, -v))
print(by_key[:10], by_key[-5:])

labelled = [(v % 3, "x" * (v % 4), v) for v in nums]
print(sorted(labelled, reverse=True)[:5])

# Equal keys keep their order, forwards and reversed.
records = [("b", 2, "first"), ("a", 1, "second"), ("b", 2, "third"), ("a", 1, "fourth")]
print(sorted(records, key=lambda r: (r[0], r[1])))
print(sorted(records, key=lambda r: (r[0], r[1]), reverse=True))

# Different lengths: a prefix sorts first; the empty tuple before all.
print(sorted([(1, 2, 3), (1, 2), (), (1,), (0, 9), (1, 2, 3, 0)]))
print(sorted([("b",), ("a", "z"), ("a",), ("ab",), ("", "q")]))

# Non-ASCII strs order by code point.
print(sorted([("é", 1), ("e", 2), ("z", 0), ("É", 5), ("ü", 1)]))

# Big ints, bools and floats take the general path, with the same result.
print(sorted([(2**70, "a"), (-(2**65), "b"), (3, "c")]))
print(sorted([(True, 1), (0, 2), (False, 0), (1, 1)]))
print(sorted([(1.5, "a"), (1, "b"), (0.5, "c")]))

# Mixed kinds at a position: compared only when the items before are
# equal.
print(sorted([(1, "a"), (2, 3), (0, None)]))
try:
    sorted([(1, "a"), (1, 3)])
except TypeError as e:
    print("TypeError:", e)
try:
    [("x", 1), (2, "y")].sort()
except TypeError as e:
    print("TypeError:", e)
