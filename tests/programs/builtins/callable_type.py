print(callable(len), callable(int), callable(1), callable(lambda: 0), callable("s".upper), type(1), type("a"), type(None), type(len), type(type))
T = type("T", (object,), {"x": 5, "m": lambda self: self.x * 2})
print(T.__name__, T().m(), T.x, T.__bases__, type(T()).__name__)
S = type("S", (T,), {})
print(S().m(), [c.__name__ for c in S.__mro__])
try:
    type("Bad", 1, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
