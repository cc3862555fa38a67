def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", repr(e) if isinstance(e, KeyError) else e)

d = dict([("a", 1), ("b", 2)], c=3)
print(d, dict(d, a=0), dict(zip("xy", (1, 2))), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
print(d.get("z"), d.get("a", 9), d.setdefault("e", 5), d.setdefault("a", 7), d)
print(d.pop("e"), d.pop("zz", None), d.popitem(), d)
attempt(lambda: d.pop("zz"))
attempt(lambda: {}.popitem())
attempt(lambda: dict([1]))
attempt(lambda: dict([(1, 2, 3)]))
attempt(lambda: dict(1))
attempt(lambda: dict({}, {}))
attempt(lambda: d.get())
attempt(lambda: d.update([1], [2]))
attempt(lambda: d[[1]])
attempt(lambda: d["missing"])
attempt(lambda: {"a": 1} | [1])
e = {1: 1}
e |= [(2, 2)]
print(e, {1: 1} | {1: 2, 3: 3}, {1: 1} == {1: 1.0}, {1: 1} != {1: 2})
k = e.keys()
print(k, e.values(), e.items(), reversed(e) is not None, list(reversed(e.items())))
print(k - {1}, {1, 5} - k, k & [1, 7], k | (8,), k ^ {2, 9}, k == {1, 2}, k <= {1, 2, 3}, k > {1})
print(e.items() & {(1, 1), (2, 3)}, (1, 1) in e.items(), [1] in e.items(), 2 in e.values())
try:
    for x in e:
        del e[x]
except RuntimeError as err:
    print("RuntimeError:", err)
f = {i: i for i in range(5)}
for x in list(f):
    if x % 2:
        del f[x]
print(f, len(f), list(f.items()))
class C(dict):
    pass
c = C(a=1)
c2 = c.copy()
print(type(c2).__name__, c2, C.fromkeys("ab", 1), type(C.fromkeys("a")).__name__)
g = {}
g[g_key := (1, 2)] = 3
print(g, {(1, 2): 3} == g, hash((1, 2)) == hash((1, 2)))
print(dict(a=1).__contains__("a"), {}.__len__(), sorted({3: 1, 1: 2}))
