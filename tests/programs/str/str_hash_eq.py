print(hash("") == 0, hash("abc") == hash("ab" + "c"), "abc" == "".join(["a", "b", "c"]))
d = {"x": 1, "y": 2}
d["z"] = 3
print(list(d), sorted({"b", "a", "c"}), "x" in d)
