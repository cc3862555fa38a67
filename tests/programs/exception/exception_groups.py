try:
    raise ExceptionGroup("grp", [ValueError("a"), TypeError("b"), ValueError("c")])
except* ValueError as eg:
    print("values", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types", [str(e) for e in eg.exceptions])
eg = ExceptionGroup("g", [KeyError(1)])
print(repr(eg), eg.message, eg.split(KeyError)[0] is not None)
