g = globals()
print(g["__name__"], "g" in g, g is globals())
new_var_via_globals = None
globals()["dyn"] = 42
print(dyn)
def f(a):
    b = 2
    loc = locals()
    return sorted(loc.items())
print(f(1))
class C:
    x = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
