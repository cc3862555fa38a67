# Floats stored back into list items by typed code: the item's float is
# updated in place only when nothing else can see it.


class F(float):
    pass


def step(v, d, n):
    for _ in range(n):
        v[0] -= d * 0.5
        v[1] += d * v[0]
        v[-1] *= 1.0001
    return v


def alias(v):
    a = v[0]
    v[0] += 1.0
    b = v[0]
    return a, b, a is b


def identity(v):
    t = v[0] * 1.0
    t = v[0]
    before = id(t)
    v[0] = t * 2.0
    return id(t) == before, t, v[0]


def shared_object(k):
    x = 2.5 * k
    l1 = [x]
    l2 = [x]
    l1[0] += 1.0
    return l1, l2, x


def mixed(v):
    for i in range(len(v)):
        v[i] += 0.5
    return v


def subclass():
    v = [F(1.5), 2.5]
    v[0] += 1.0
    v[1] += 1.0
    return type(v[0]).__name__, v


print(step([1.0, 2.0, 3.0], 0.25, 1000))
print(alias([1.5, 2.5]))
print(identity([3.0]))
print(shared_object(2))
w = [1.0, 2.0]
same = w
print(mixed(w), same, mixed([1, 2.0, True]))
print(subclass())
print(step([1.0, 2.0], 0.5, 1))
print(step([1.0], 0.5, 1))
