def f(v):
    match v:
        case [1, (2 | 3) as second, *_] as whole: return f"second={second} whole={whole}"
        case (0 | 1) as bit: return f"bit {bit}"
        case [x, y] if x > y: return "descending pair"
        case [x, y]: return "pair"
        case _: return "no"
for v in ([1, 3, 9], [1, 2], 0, 1, [5, 2], [2, 5], "x"):
    print(repr(v), f(v))
