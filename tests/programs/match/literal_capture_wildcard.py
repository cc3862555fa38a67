def f(x):
    match x:
        case 0: return "zero"
        case 1 | 2 | 3: return "small"
        case "hi": return "greeting"
        case None: return "none"
        case True: return "true"
        case -1: return "minus one"
        case 1.5: return "one and a half"
        case n if n > 100: return f"big {n}"
        case _: return "other"
for v in (0, 2, "hi", None, True, False, -1, 1.5, 500, 50, 1.0):
    print(repr(v), f(v))
