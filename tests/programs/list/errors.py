l = [1, 2, 3]
for expr in ("l[3]", "l[-4]", "l.index(9)", "l.remove(9)", "[].pop()", "l.pop(10)", "l['a']", "l + (4,)", "l * 'a'", "l < [1, 'a']"):
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
