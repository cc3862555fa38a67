def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", repr(e) if isinstance(e, KeyError) else e)

s = set()
for v in [5, 3, 9, 1, 17, 33, 65, -1, -2]:
    s.add(v)
print(s, len(s), set(range(20)), set([100, 8, 16, 32, 64]))
s.add(2); s.discard(100); s.discard(3)
print(s, s.pop(), s.pop(), s)
attempt(lambda: s.remove(1000))
attempt(lambda: set().pop())
attempt(lambda: {[1]})
attempt(lambda: set(1))
attempt(lambda: set([1], [2]))
attempt(lambda: set(a=1))
attempt(lambda: {1} + {2})
attempt(lambda: {1} | [2])
attempt(lambda: {1} <= [1])
a, b = {1, 2, 3, 4}, {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b, a.union([7], (8,)), a.intersection(b, {4}), a.difference([1], [2]))
print(a.symmetric_difference([4, 10]), a.issubset(range(10)), a.issuperset([1]), a.isdisjoint([9]), a < a | b, a <= a, a > {1}, a == frozenset(a))
fs = frozenset([3, 2, 1])
print(fs, fs | {9}, {9} | fs, type(fs & {1}).__name__, type({1} & fs).__name__, frozenset(), fs.copy() is fs, frozenset(fs) is fs)
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset({"a"})) == hash(frozenset(["a"])), {fs: 1}[frozenset({1, 2, 3})])
print({1, 2} in {frozenset({1, 2})}, set([1, 2]) == {2, 1}, frozenset([1]) in {frozenset([1])})
c = {1, 2, 3}
c |= {4}; c &= {1, 2, 4, 9}; c -= {2}; c ^= {7, 1}
print(c)
c.update([10, 11], {12}); c.intersection_update(range(11)); c.difference_update({4}); c.symmetric_difference_update([0])
print(c, c.copy(), sorted(c))
try:
    for x in c:
        c.add(x + 100)
except RuntimeError as e:
    print("RuntimeError:", e)
class S(set):
    pass
t = S([1, 2])
print(t, type(t | {3}).__name__, S(), isinstance(t, set), frozenset({1}) | S())
big = set(range(100))
for i in range(0, 100, 3):
    big.discard(i)
print(len(big), sorted(big)[:5], list(big)[:10])
print({-1, -2, 0}, {2**61, 2**61 + 1, 1}, {0.5, 1.5, 1}, {None} == {None})
