# Instance attributes written in loops (native code replaces the value in
# the instance dict's entry a site cached): the module's own dict written
# through the module object (global reads must see each write), class
# namespaces, deleted and re-added names, replaced values.
import sys

counter = 0


def read_counter():
    return counter


def bump_module(n):
    mod = sys.modules[__name__]
    seen = []
    for i in range(n):
        mod.counter = i * 2
        seen.append(read_counter())
    return seen


print(bump_module(5), counter)


class Box:
    def __init__(self):
        self.v = 0
        self.w = 0


def fill(objs, n):
    for i in range(n):
        for o in objs:
            o.v = i
            o.w = o.v + 1
    return [(o.v, o.w) for o in objs]


a, b = Box(), Box()
del b.v
b.v = 5  # b's dict holds w before v
print(fill([a, b], 4))
del a.w
print(fill([a], 2), sorted(vars(a)))


class Tracked:
    count = 0

    def __init__(self, n):
        self.n = n


holder = Box()
for i in range(3):
    holder.v = Tracked(i)
print("holder has", holder.v.n)


def set_class(cls, n):
    for i in range(n):
        cls.count = i
    return cls.count


print(set_class(Tracked, 3), Tracked.count)


class WithSetattr(Box):
    def __setattr__(self, name, value):
        print("__setattr__", name, value)
        object.__setattr__(self, name, value)


ws = WithSetattr()
print(fill([ws], 1))
