# `a, b = x, y` stores without a visible tuple, in CPython's order:
# every value first, left to right, then every target, left to right.
log = []


def v(name, value):
    log.append("value " + name)
    return value


class Recorder:
    def __setattr__(self, name, value):
        log.append(f"setattr {name}={value!r}")
        object.__setattr__(self, name, value)

    def __setitem__(self, key, value):
        log.append(f"setitem {key!r}={value!r}")


def obj(name, o):
    log.append("target " + name)
    return o


r = Recorder()
obj("r1", r).x, obj("r2", r)[v("key", 0)] = v("one", 1), v("two", 2)
print(log)

a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = c, a, b = 7, 8, 9
print(a, b, c)
[x, y] = y, x = "p", "q"
print(x, y)


def failing():
    raise RuntimeError("value failed")


a = b = "unchanged"
try:
    a, b = "changed", failing()
except RuntimeError as e:
    print(e, a, b)

log.clear()
try:
    obj("r", r).attr, obj("missing", None).attr = v("first", 10), v("second", 20)
except AttributeError as e:
    print(type(e).__name__, e)
print(log, r.attr)

# Swaps of mixed numbers, and in-place operators on small ints and floats.
p, q = 1.5, 3
p, q = q * p, p - q
print(p, q)
i, f = 0, 0.25
for _ in range(5):
    i += 3
    f *= 2
    i, f = i - 1, f + i
print(i, f)
n = 2**61 - 1
n += 1
m = -(2**61)
m -= 1
print(n, m, type(n).__name__)
z = 1e308
z *= 10
w = 5
w @= 2
