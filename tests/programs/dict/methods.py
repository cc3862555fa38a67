d = {"a": 1, "b": 2, "c": 3}
print(d.pop("b"), d.pop("zz", None), d, d.setdefault("a", 9), d.setdefault("n", []), d)
print(d.popitem(), d, d.copy(), d.copy() is d)
d.clear(); print(d, dict.fromkeys(range(3), "v"))
