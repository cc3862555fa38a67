# An index out of range in native code's inline path, uncaught: CPython's
# traceback and exit status.


def last_but(v, k):
    return v[len(v) - k]


print(last_but([1, 2, 3], 1), last_but((4, 5), 2))
print(last_but([1, 2, 3], 0))
