d = {"a": [1, {"b": (2, None)}], 3: {}, (1,): "t", None: True}
print(d, repr({}), str({1: "x"}), {"q": "it's"})
r = {}
r["self"] = r
print(r)
