def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    pass
print(f.__annotations__)
def g(): pass
print(g.__annotations__)
