for e in (ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(), KeyError("a", "b"), OSError(2, "No such"), Exception(None), StopIteration(5)):
    print(repr(e), "|", str(e), "|", e.args)
e = OSError(2, "No such file", "f.txt")
print(e.errno, e.strerror, e.filename, type(e).__name__, str(e))
print(type(OSError(2, "x")).__name__, FileNotFoundError(2, "y").errno)
