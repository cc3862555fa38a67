a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, {**a, **b}, {**b, "w": 0})
a |= b; print(a)
a.update([("q", 1)], r=2); print(a)
a.update({"x": -1}); print(a)
try:
    a | [("a", 1)]
except TypeError as e:
    print("TypeError:", e)
