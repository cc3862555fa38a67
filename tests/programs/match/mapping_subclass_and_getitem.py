from collections import OrderedDict, defaultdict
def f(m):
    match m:
        case {"k": v}: return f"has k={v}"
        case _: return "no k"
print(f(OrderedDict(k=1)), f(defaultdict(int)), f({"k": None}), f({"K": 1}))
dd = defaultdict(int)
f(dd)
print(dict(dd))
