# Mapping patterns ask for keys with get(key, sentinel): None values match,
# __missing__ never runs, and a subclass's get is called.
class D(dict):
    def __missing__(self, k):
        print("missing", k)
        return 0
    def get(self, k, default=None):
        print("get", k)
        return super().get(k, default)
def f(m):
    match m:
        case {"a": x, "b": None}: return f"a={x} b=None"
        case {"a": x}: return f"a={x}"
        case _: return "no"
print(f({"a": None, "b": None}), f({"a": 1}), f({}), f(D(a=2)), f(D()))
match range(3):
    case [a, *rest]: print("range", a, rest)
match memoryview(b"xy"):
    case [p, q]: print("memoryview", p, q)
