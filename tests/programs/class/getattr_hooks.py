class G:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
g = G()
print(g.real, g.xyz, getattr(g, "xa"), hasattr(g, "y"), getattr(g, "y", "dflt"))
try:
    g.missing
except AttributeError as e:
    print("AttributeError:", e)
class GA:
    def __getattribute__(self, name):
        if name == "secret": return "intercepted"
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return "fallback:" + name
ga = GA(); ga.v = 3
print(ga.secret, ga.v, ga.other)
