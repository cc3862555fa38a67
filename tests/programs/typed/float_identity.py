# A float slot of a typed body that holds a constant, another slot's value
# or a container's item holds that very object, as in CPython: `is`,
# id(), containers and locals() see it. Slots whose object no one can see
# keep the double alone (items read without being counted, list floats
# then updated in place); their values must still be right everywhere.


def moves(v, k):
    a = v[0] * k
    b = a
    c = v[1]
    d = c
    e = 1.5
    f = 1.5
    return a is b, c is d, c is v[1], d is v[1], e is f


def kept_in_list(v):
    x = v[0] + 0.5
    y = x
    out = [x, y]
    return out[0] is out[1], id(x) == id(y)


def through_locals(v):
    x = v[0]
    y = x * 2.0
    z = y
    names = locals()
    return names["x"] is v[0], names["z"] is names["y"]


def aliased_update(v):
    x = v[0]
    v[0] += 1.0
    w = v[1]
    v[1] -= x * w
    return x, w, v


def unpack_then_update(points, vel, dt):
    for p, dv in zip(points, vel):
        px, py = p
        p[0] += dt * dv
        p[1] -= dt * dv
        print(px, py, p)


def shared_item(dt):
    a = [1.0, 2.0]
    b = [a[0], a[1]]
    for _ in range(3):
        x, y = a
        a[0] = x + dt * y
        a[1] = y - dt * x
    return a, b


def mixed(v):
    total = 0.0
    for p in v:
        x, y = p
        total += x * y
    return total


def held(v):
    x = v[0]
    y = x + 1.0
    return x, y


pts = [[0.5, 1.5], [2.0, -1.0]]
print(moves([1.5, 2.5], 2.0))
print(kept_in_list([1.0]))
print(through_locals([4.0]))
print(aliased_update([1.0, 3.0]))
unpack_then_update(pts, [0.25, 4.0], 0.5)
print(pts)
print(shared_item(0.125))
print(mixed([[1.5, 2.0], [0.5, 4.0]]))
print(mixed([[1.5, 2.0], [3, 4], [0.5, 4.0]]))
print(mixed([[1.5, 2.0], [2**70, 0.5]]))
v = [7.25]
x, y = held(v)
print(x is v[0], y)
print(mixed([[1.5, "ab"]]))
