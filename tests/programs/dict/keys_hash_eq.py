d = {1: "int", 1.0: "float", True: "bool"}
print(d, len(d))
d2 = {0: "a", -0.0: "b", False: "c", 2**61 - 1: "big", 0.5: "half"}
print(d2)
print({(1, 2): 1}[(1, 2)], {frozenset([1]): "fs"}[frozenset({1})], {None: 1}[None])
nan = float("nan")
e = {nan: 1}
print(e.get(nan), e.get(float("nan")))
