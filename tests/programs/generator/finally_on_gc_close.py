def g():
    try:
        yield 1
    finally:
        print("cleanup")
x = g()
next(x)
del x
print("after del")
def h():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
y = h(); next(y); y.close(); print("closed")
