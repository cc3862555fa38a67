# Sorting and comparing ints, floats, strs and tuples of them, which take
# fast paths, next to the subclasses and user classes that must not.
import random

rng = random.Random(7)

# Small ints, long lists (merge sort) and short ones (insertion), with
# duplicates, reverse and a key: stability shows in the original indices.
for n in (0, 1, 2, 5, 63, 64, 65, 300):
    nums = [rng.randrange(-20, 20) for _ in range(n)]
    assert sorted(nums) == sorted(nums, key=lambda v: v)
    tagged = list(enumerate(nums))
    print(n, sorted(nums)[:8], sorted(nums, reverse=True)[:8])
    print([i for i, _ in sorted(tagged, key=lambda p: p[1])][:12])
    print([i for i, _ in sorted(tagged, key=lambda p: p[1], reverse=True)][:12])
    print([i for i, _ in sorted(tagged, key=lambda p: p[1] % 3)][:12])

# Already sorted and reversed input, long enough for the merge sort.
print(sorted(range(200, 0, -1))[:5], sorted(range(200))[-5:])
print(sorted([1] * 100 + [0])[:3])

# Big ints among small ones, bools and negative zero.
big = [2**70, -(2**65), 3, -1, 2**62, 2**61, -(2**62), True, False, 0]
print(sorted(big))
print(sorted(big, reverse=True))

# Mixed ints and floats, infinities, NaN (sorting with NaN is order
# dependent but deterministic), -0.0 and 0 keep their order.
mixed = [3, 1.5, -2, 2**53 + 1, float(2**53), 0.0, -0.0, 0, float("inf"), -float("inf")]
print(sorted(mixed))
print(sorted(mixed, reverse=True))
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0, nan, 0.5]))
print(sorted([1, nan, 0.5, 2]))
print(nan < nan, nan == nan, nan != nan, [nan] == [nan], (nan,) == (nan,))
print((nan,) < (nan,), (1.0, nan) < (1.0, float("nan")), [float("nan")] == [float("nan")])
print((1, nan) <= (1, 2), (1, 2) <= (1, nan), (nan, 1) > (nan, 0))
floats = [rng.random() * 100 - 50 for _ in range(150)]
print(sorted(floats)[:3], sorted(floats, reverse=True)[:3])

# Strs, including non-ASCII (code-point order is UTF-8 byte order) and
# prefixes.
words = ["b", "a", "", "ab", "aa", "é", "z", "\u00ff", "\u0100", "\U0001f600", "A", "a"]
print(sorted(words))
print(sorted(words * 10, reverse=True)[:6])
print("a" < "b", "ab" < "a", "é" > "z", "\U0001f600" > "\uffff", "" < "a")

# Tuples: equal prefixes, different lengths, nested, mixed item types
# that only meet at the decisive position.
tups = [(1, "b"), (1, "a"), (0, "z"), (1,), (), (1, "a", 0), ((1, 2), 3), ((1, 1), 4)]
print(sorted(tups[:6]), sorted(tups[6:]))
print((1, 2) < (1, 2, 0), (1, 2) == (1, 2), (1, "x") < (1, "y"), (1, 2.5) < (1, 3))
print(sorted([(v % 5, -v) for v in range(80)])[:10])
pairs = [(v % 3, str(v)) for v in range(100)]
pairs.sort()
print(pairs[:5], pairs[-3:])
pairs.sort(reverse=True)
print(pairs[:5])
try:
    sorted([(1, 2), (1, "a")])
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2) < (1, None)
except TypeError as e:
    print("TypeError:", e)

# Type errors between unorderable builtins.
for bad in ([1, "a"], ["a", 1], [1.0, "a"], [None, 1], [1, 2, 3] * 30 + ["x"], [(1,), [1]]):
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    1 < "a"
except TypeError as e:
    print("TypeError:", e)


# A str subclass with its own __lt__ must be asked, both ways round.
class Rev(str):
    def __lt__(self, other):
        return str(other) < str(self)


print(sorted([Rev("a"), Rev("c"), Rev("b")]))
print(Rev("a") < "b", "a" < Rev("b"), "b" > Rev("a"))
print(sorted(["a", Rev("c"), "b", Rev("d")]))


class MyInt(int):
    def __lt__(self, other):
        return int(self) > int(other)


print(sorted([MyInt(1), MyInt(3), MyInt(2)]), MyInt(1) < 2, 2 > MyInt(1))


class MyFloat(float):
    def __lt__(self, other):
        print("MyFloat.__lt__", float(self), other)
        return NotImplemented


print(MyFloat(1.0) < 2.0, 2.0 > MyFloat(1.0))


# A user class whose __lt__ returns NotImplemented falls back to the
# reflected __gt__ of the other operand, then to TypeError.
class Weird:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return NotImplemented

    def __repr__(self):
        return f"Weird({self.v})"


class Ordered:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        print("Ordered.__gt__", self.v, other)
        return self.v > other.v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return f"Ordered({self.v})"


print(Weird(1) < Ordered(2))
try:
    sorted([Weird(2), Weird(1)])
except TypeError as e:
    print("TypeError:", e)
try:
    (1, Weird(1)) < (1, Weird(2))
except TypeError as e:
    print("TypeError:", e)
print(sorted([Ordered(3), Ordered(1), Ordered(2)]))
print(sorted([(1, Ordered(2)), (1, Ordered(1)), (0, Ordered(5))]))


# Comparisons that run code: a __lt__ that counts calls (insertion sort
# below 64 items is CPython's comparison for comparison).
calls = []


class Counted:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v


sorted([Counted(v) for v in [5, 2, 8, 1, 9, 3]])
print(calls)


# An error raised by __lt__ leaves the list unchanged.
class Boom:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 3 or other.v == 3:
            raise ValueError("boom")
        return self.v < other.v

    def __repr__(self):
        return f"Boom({self.v})"


lst = [Boom(v) for v in [4, 1, 3, 2]]
try:
    lst.sort()
except ValueError as e:
    print("ValueError:", e, lst)

# min and max go through the same comparisons.
print(min([3, 1, 2]), max(["b", "c", "a"]), min([(1, "b"), (1, "a")]), max([1.5, 2, -1]))
print(min([nan, 1.0, 2.0]), min([1.0, nan, 0.5]), max("hello"))
