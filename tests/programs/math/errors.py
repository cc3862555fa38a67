import math
for expr in ("math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.factorial(-1)", "math.factorial(2.5)", "math.exp(1000)", "math.acos(2)", "math.isqrt(-1)", "math.comb(-1, 2)", "math.pow(0, -1)"):
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
