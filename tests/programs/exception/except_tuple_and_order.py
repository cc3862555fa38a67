def f(x):
    try:
        if x == 0: raise KeyError("k")
        if x == 1: raise IndexError("i")
        if x == 2: raise TypeError("t")
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except Exception as e:
        return "generic " + type(e).__name__
    return "none"
print(f(0), f(1), f(2), f(3))
e = None
try:
    raise ValueError
except ValueError as e:
    pass
try:
    e
except NameError as ne:
    print("NameError:", ne)
