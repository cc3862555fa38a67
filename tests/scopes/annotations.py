def f(a: int, *b: str, c: float = 1.0, **d: bytes) -> None:
    x: int
    y: int = 2
    return y
z: int
class C:
    w: str
    v: int = 3
