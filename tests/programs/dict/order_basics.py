d = {"b": 1, "a": 2}
d["c"] = 3; d["b"] = 10
print(d, list(d), list(d.values()), list(d.items()), len(d))
del d["b"]; d["b"] = 0
print(d, d.get("a"), d.get("z"), d.get("z", 5), "a" in d, 2 in d)
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"x": 1}, y=2), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
