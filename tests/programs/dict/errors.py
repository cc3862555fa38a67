d = {"a": 1}
for expr in ("d['b']", "d[[1]]", "{}.popitem()", "d.pop('zz')", "dict([1, 2])", "dict([(1, 2, 3)])", "{[1]: 2}", "d < d"):
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
try:
    d[("a", 1)]
except KeyError as e:
    print("KeyError:", e, e.args)
try:
    {}[""]
except KeyError as e:
    print(repr(e), str(e))
