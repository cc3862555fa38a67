f = frozenset([1, 2, 3])
print(f, frozenset(), f | {4}, type(f | {4}).__name__, type({4} | f).__name__, f == {1, 2, 3}, hash(f) == hash(frozenset({3, 2, 1})))
d = {f: "x"}
print(d[frozenset({1, 2, 3})], {frozenset(), frozenset([0])} == {frozenset([0]), frozenset()})
try:
    f.add(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
