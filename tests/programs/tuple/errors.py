t = (1, 2)
for expr in ("t[5]", "t.index(9)", "t + [3]", "t * 1.0", "(1, 'a') < (1, 2)", "tuple(3)"):
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
