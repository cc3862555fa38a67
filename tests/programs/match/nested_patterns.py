def evaluate(expr):
    match expr:
        case ("num", n): return n
        case ("add", l, r): return evaluate(l) + evaluate(r)
        case ("mul", l, r): return evaluate(l) * evaluate(r)
        case ("neg", e): return -evaluate(e)
        case {"op": op, "args": [a, b]}: return evaluate((op, a, b))
        case _: raise ValueError(f"bad {expr!r}")
print(evaluate(("add", ("num", 2), ("mul", ("num", 3), ("neg", ("num", 4))))))
print(evaluate({"op": "add", "args": [("num", 1), ("num", 1)]}))
try:
    evaluate(("pow", 1))
except ValueError as e:
    print("ValueError:", e)
