def f():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed by return"
print(f())
def g():
    try:
        1 / 0
    finally:
        raise KeyError("from finally")
try:
    g()
except KeyError as e:
    print(repr(e), repr(e.__context__))
