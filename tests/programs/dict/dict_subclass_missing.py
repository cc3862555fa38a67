class D(dict):
    def __missing__(self, key):
        return key * 2
d = D(a=1)
print(d["a"], d["xy"], d.get("xy"), "xy" in d, d, type(d).__name__, isinstance(d, dict))
class E(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
e = E(); e["x"] = 1; e.update(y=2)
print(e)
