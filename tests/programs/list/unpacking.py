a, b, *c = [1, 2, 3, 4]
print(a, b, c)
*d, e = "xyz"
print(d, e)
f, (g, h), i = 1, [2, 3], 4
print(f, g, h, i, [*range(3), *"ab"], [*[], 0])
for expr in ("x, y = [1, 2, 3]", "x, y, z = [1, 2]", "x, *y, z = [1]", "x, y = 5"):
    try:
        exec(expr)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
