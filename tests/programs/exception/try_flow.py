def f(x):
    out = []
    try:
        out.append("try")
        if x == 1: raise ValueError
        if x == 2: return out + ["returned"]
    except ValueError:
        out.append("except")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
print(f(0), f(1), f(2))
def g():
    try:
        return "try"
    finally:
        return "finally wins"
print(g())
def h():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
        finally:
            print("fin", i)
h()
