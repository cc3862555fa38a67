# Float functions that hand the rest of a call to the VM after some of
# their float locals are dead (never read again): the VM must go on with
# the ones still read, and locals() must see every local it names. Each
# function is called with floats by name (so inference expects floats)
# and with other values through another name.


class Num(float):
    pass


def mix(a, b, c):
    x = a * 2.0
    y = x + b
    z = y * y
    w = z - c
    # x, y and z are not read again. A negative w makes v a complex,
    # which the float code leaves to the VM from here on.
    v = w ** 0.5
    return v + a


def loop(n, k):
    s = 0.0
    t = 1.0
    for i in range(n):
        u = (t - k) ** 0.5
        s = s + u
        t = t * 0.5
    return s, t


def seen(a, b):
    x = a / 3.0
    y = b / 7.0
    r = x - y
    q = r * r
    names = sorted(locals())
    print(names, q == q)
    p = (x - y) ** 0.5
    return p + q


def handler(a, b):
    x = a * 3.0
    y = b * 0.5
    try:
        z = x / y
    except ZeroDivisionError:
        return "div", x
    return z - b


print(mix(1.0, 2.0, 3.0))
print(mix(1.0, 2.0, 20.0))
print(loop(10, 0.25))
print(loop(10, 0.01))
print(seen(2.0, 3.0))
print(seen(1.0, 30.0))
print(handler(1.0, 2.0))
print(handler(1.0, 0.0))

other_mix, other_loop, other_seen, other_handler = mix, loop, seen, handler
print(other_mix(1.0, 2.0, 3))
print(other_mix(1.0, 2.0, Num(3.5)))
print(other_mix(1.5, -2.0, True))
print(other_mix(1, 2.0, 3.0))
print(other_loop(10, 1))
print(other_loop(3, Num(0.5)))
try:
    other_loop(3, "x")
except TypeError as e:
    print("TypeError", e)
print(other_seen(2.0, 3))
print(other_seen(2, 3.0))
print(other_handler(1.0, 0))
print(other_handler(2.0, 4))
print(other_handler(2, 4.0))
