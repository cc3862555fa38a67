def f(x):
    match x:
        case []: return "empty"
        case [a]: return f"one {a}"
        case [a, b]: return f"two {a} {b}"
        case [a, *rest] if len(rest) > 3: return f"long head={a} rest={rest}"
        case [a, *mid, z]: return f"head={a} mid={mid} tail={z}"
for v in ([], [1], (1, 2), [1, 2, 3], list(range(6)), "ab", range(3), (x for x in [])):
    print(f(v))
