# ExceptionGroup construction checks, split/subgroup/derive, and except*
# combining what the clauses raise with the unhandled rest.
eg = ExceptionGroup("g", [KeyError(1)])
print(repr(eg), eg.message, eg.split(KeyError)[0] is not None)
print(eg)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
for bad in [("x", []), ("x", 5), ("x", [1]), (1, [ValueError()])]:
    try:
        ExceptionGroup(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
g = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
m, r = g.split(ValueError)
print(repr(m), repr(r))
print(repr(g.subgroup(lambda e: isinstance(e, TypeError))))
print(g.subgroup(OSError), g.split((OSError, TypeError))[0])
print(repr(g.derive([ValueError(9)])))
try:
    g.split(5)
except TypeError as e:
    print(e)
try:
    raise ExceptionGroup("grp", [ValueError("a"), TypeError("b"), ValueError("c")])
except* ValueError as eg:
    print("values", repr(eg))
except* TypeError as eg:
    print("types", repr(eg))
try:
    try:
        raise ExceptionGroup("g2", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as e:
    print("combined", repr(e))
try:
    try:
        raise ExceptionGroup("g3", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
except ExceptionGroup as e:
    print("rest", repr(e), e.__traceback__ is not None)
try:
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked caught", repr(eg))
print(repr(ValueError()), repr(ValueError(1, (2,))), repr(ValueError((1,))))
