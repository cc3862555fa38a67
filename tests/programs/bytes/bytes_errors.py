for expr in ("bytes([256])", "bytes([-1])", "b'a' + 'a'", "b'a'[5]", "bytes('x')", "b'abc'.decode('ascii', 'nope')", "b'\\xff'.decode('ascii')", "bytes(-1)"):
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
