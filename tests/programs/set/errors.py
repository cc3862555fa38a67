for expr in ("set(1)", "{1} + {2}", "{1} < [1]", "frozenset([[]])", "set().remove([])"):
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
