def kind(v):
    match v:
        case (int() | float()) as n if n < 0: return "negative"
        case int(): return "int"
        case list() | tuple(): return "sequence"
        case dict(): return "dict"
        case str(s) if not s: return "empty str"
        case str(): return "str"
    return "fallthrough"
for v in (-1, 3, -2.5, [1], (), {}, "", "x", None):
    print(repr(v), kind(v))
