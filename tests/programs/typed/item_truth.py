# `if xs[i]:` decides on the item without taking a reference when it is
# True, False, None or a small int; every other item (and every other
# container) goes the generic way, including a __bool__ that changes the
# list, raises, or returns something that is not a bool.


def count_true(xs):
    n = 0
    last = -1
    for k in range(len(xs)):
        if xs[k]:
            n += 1
            last = k
    return n, last


print(count_true([True, False, None, 0, 1, -1, 2 ** 62, 2 ** 70, 0.0, 0.5]))
print(count_true(["", "a", [], [0], (), (0,), {}, {1: 2}, 0j, 1j]))
print(count_true((True, False, True)))
print(count_true([]))


class Flag:
    def __init__(self, v, owner=None):
        self.v = v
        self.owner = owner

    def __bool__(self):
        if self.owner is not None:
            # The list changes under the loop: the item is ours still.
            self.owner.clear()
            self.owner.append(False)
        return self.v


items = [Flag(True), Flag(False), True]
print(count_true(items))
shrinking = [True, True, True, True]
shrinking[1] = Flag(True, shrinking)
try:
    print(count_true(shrinking))
except IndexError as e:
    print("IndexError:", e)


class Bad:
    def __bool__(self):
        return 2


try:
    count_true([True, Bad()])
except TypeError as e:
    print("TypeError:", e)


class Boom:
    def __bool__(self):
        raise ValueError("no truth")


def negatives(xs):
    out = []
    for k in range(1, len(xs) + 1):
        if xs[-k]:
            out.append(k)
        else:
            out.append(-k)
    return out


print(negatives([0, 1, None, True, "x", ""]))


def first_false(xs):
    i = 0
    while xs[i]:
        i += 1
    return i


print(first_false([1, 2, 3, 0, 5]))
try:
    first_false([1, 1])
except IndexError as e:
    print("IndexError:", e)


def nested(grid):
    hits = 0
    for r in range(len(grid)):
        row = grid[r]
        for c in range(len(row)):
            if row[c]:
                hits += r * 10 + c
            elif row[c] is None:
                hits -= 1
    return hits


print(nested([[True, False], [None, 1], [0, 2 ** 65]]))


class Seq:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError(i)
        return i % 2


def generic(s):
    n = 0
    for i in range(4):
        if s[i]:
            n += 1
    return n


print(generic(Seq()), generic({0: 1, 1: 0, 2: 1, 3: 1}), generic("ab\0c"))


def boom():
    xs = [True, Boom()]
    for k in range(2):
        try:
            if xs[k]:
                print("true at", k)
        except ValueError as e:
            print("ValueError:", e, "at", k, "refs held:", len(xs))


boom()
