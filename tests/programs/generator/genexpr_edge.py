# Generator expressions: eager first iterable, late binding, nesting,
# conditions, errors and reuse.

data = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(x * x for x in data if x % 2))
print(list(x + y for x in range(3) for y in range(x, 3) if (x + y) % 2 == 0))
print(max((len(w), w) for w in "the quick brown fox".split()))
print(tuple(c.upper() for c in "gen" if c != "e"))

g = (x for x in data)
data = None
print(list(g))

try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)

n = 2
g = (x * n for x in range(3))
n = 10
print(list(g))

funcs = [(lambda: i) for i in range(3)]
print([f() for f in funcs])
gens = [(i * j for j in range(3)) for i in range(3)]
print([list(g) for g in gens])

nested = ((i, (j for j in range(i))) for i in range(4))
print([(i, list(js)) for i, js in nested])

g = (1 / x for x in [1, 2, 0, 4])
out = []
try:
    for v in g:
        out.append(v)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, out)
print(list(g))

g = (x for x in range(5))
print(next(g), next(g), list(g), list(g))

g = (x for x in range(3))
print(g.send(None), g.send("ignored"))
try:
    g.throw(ValueError("into genexpr"))
except ValueError as e:
    print("ValueError:", e)
print(g.gi_frame)

print(sorted((v, k) for k, v in {"a": 3, "b": 1, "c": 2}.items()))
print("-".join(str(i) for i in range(5)))
print(any(x > 3 for x in range(10)), all(x < 3 for x in range(10)))
print(dict((k, len(k)) for k in ["ab", "c"]))
print(set(x % 3 for x in range(10)))


class Holder:
    items = [1, 2, 3]
    doubled = list(x * 2 for x in items)


print(Holder.doubled)
