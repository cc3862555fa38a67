from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap
import collections

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d.pop(), d.popleft(), d)
d.extend("ab"); d.extendleft("xy"); print(d)
m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(9); print(m)
m.appendleft(8); print(m)
print(deque(), deque([], maxlen=3), deque("ab") == deque("ab"), deque([1]) + deque([2]))
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
try:
    deque([1])[5]
except IndexError as e:
    print("IndexError", e)
d2 = deque([1, 2, 3, 2]); print(d2.count(2), d2.index(3)); d2.remove(2); print(d2, list(reversed(d2)))
d2.reverse(); print(d2); d2.clear(); print(d2, bool(d2))

dd = defaultdict(list)
dd["a"].append(1); dd["b"]
print(dd, dd.default_factory, dict(dd), isinstance(dd, dict))
print(defaultdict(), defaultdict(int, {"x": 1}))
ci = defaultdict(int)
for ch in "hello":
    ci[ch] += 1
print(sorted(ci.items()))
try:
    defaultdict(None)["k"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)

c = Counter("abracadabra")
print(c, c["z"], c.most_common(2), c.most_common())
print(sorted(c.elements()), c.total())
c.update("aaz"); c.subtract({"b": 5}); print(c)
x, y = Counter(a=3, b=1), Counter(a=1, b=2, c=1)
print(x + y, x - y, x & y, x | y, +Counter(a=-1, b=2), -Counter(a=-1))
print(Counter(), Counter({"a": 1}) == Counter({"a": 1, "b": 0}))
print(Counter([1, 2, 2, 3, 3, 3]).most_common(1), Counter("bca").most_common())

od = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
od.move_to_end("a"); print(od)
od.move_to_end("c", last=False); print(od, list(od))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict(a=1) == OrderedDict(a=1))
print(OrderedDict([(1, 1), (2, 2)]) == OrderedDict([(2, 2), (1, 1)]), OrderedDict([(1, 1), (2, 2)]) == {2: 2, 1: 1})
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)

P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=5), P._make([3, 4]))
a, b = p; print(a + b, p == (1, 2), isinstance(p, tuple), len(p))
Q = namedtuple("Q", ["a", "b", "c"], defaults=[0, 9])
print(Q(1), Q(1, 2, 3), Q._field_defaults)
R = namedtuple("R", "a def a _x", rename=True)
print(R._fields)
for bad in [("1x", "a"), ("T", "a a"), ("T", "_a"), ("T", "class")]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print("ValueError", e)
try:
    P(1)
except TypeError as e:
    print("TypeError", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError", e)
print(P.__name__, type(p).__name__, P.__doc__)

cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.get("z", 0))
cm["c"] = 4; print(cm.maps[0])
print(collections.deque.__name__, type(Counter()).__module__)
