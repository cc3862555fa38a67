# Unpacking lists and other iterables in native code (the runtime's unpack
# without a VM step): lengths, errors, subclasses, generators, nesting.


def pairs(rows):
    out = []
    for [a, b], (c, d) in rows:
        out.append(a + b + c + d)
    return out


def unpack3(seq):
    x, y, z = seq
    return x, y, z


class Seq(list):
    def __iter__(self):
        print("Seq.__iter__")
        return iter([7, 8, 9])


def gen():
    yield 1
    yield 2
    yield 3


print(pairs([([1, 2], [3, 4]), ([5, 6], (7, 8))]))
for s in ([1, 2, 3], (4, 5, 6), "abc", range(3), gen(), Seq([1, 2, 3]), {1: 2, 3: 4, 5: 6}):
    print(unpack3(s))
for bad in ([1, 2], [1, 2, 3, 4], (1,), "ab", 5, None, iter([1, 2, 3, 4])):
    try:
        print(unpack3(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    pairs([([1, 2, 3], [3, 4])])
except ValueError as e:
    print("ValueError", e)


class Boom:
    def __iter__(self):
        raise RuntimeError("boom in __iter__")


try:
    unpack3(Boom())
except RuntimeError as e:
    print("RuntimeError", e)
row = [[1.5, 2.5, 3.5], [4, 5, 6]]
for r in row:
    a, b, c = r
    r[0] = a * 2
print(row)
