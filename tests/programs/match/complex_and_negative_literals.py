def f(v):
    match v:
        case -2: return "minus two"
        case 1 + 2j: return "complex"
        case -0.5: return "neg half"
        case 0: return "zero"
        case _: return "?"
for v in (-2, 1 + 2j, -0.5, 0, 0.0, False, -0.0):
    print(repr(v), f(v))
