class CM:
    def __init__(self, name, swallow=False): self.name, self.swallow = name, swallow
    def __enter__(self): print("enter", self.name); return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("s", swallow=True):
    raise ValueError("swallowed")
print("after")
try:
    with CM("t"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
def f():
    with CM("r"):
        return "returned"
print(f())
class NoEnter: pass
try:
    with NoEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
