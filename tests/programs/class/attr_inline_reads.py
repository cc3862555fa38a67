# Instance attributes read in loops (native code reads the instance dict's
# entry at the position a site cached): deleted and re-added attributes,
# dicts that grow and compact, keys that compare by running code, and
# objects of one class whose dicts hold the names in different orders.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def sum_xy(objs):
    total = 0
    for o in objs:
        total += o.x * 10 + o.y
    return total


a, b = P(1, 2), P(3, 4)
c = P(5, 6)
del c.x
c.x = 7  # now after y in c's dict
print(sum_xy([a, b, c, a]))
del a.y
try:
    sum_xy([a])
except AttributeError as e:
    print("AttributeError", e)
a.y = 9
print(sum_xy([a, b]))
for i in range(50):
    setattr(b, "extra%d" % i, i)
print(sum_xy([b]))
for i in range(50):
    delattr(b, "extra%d" % i)
print(sum_xy([b]), sorted(vars(b)))
b.__dict__.clear()
try:
    sum_xy([b])
except AttributeError as e:
    print("AttributeError", e)
b.y, b.x = 1, 2
print(sum_xy([b, b]))


class Key:
    def __init__(self, owner):
        self.owner = owner

    def __hash__(self):
        return hash("x")

    def __eq__(self, other):
        print("Key.__eq__ reads", self.owner.y)
        return False


d = P(1, 2)
d.__dict__[Key(d)] = "k"
print(sum_xy([d]), len(vars(d)))


class Slots:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x, self.y = 4, 5


print(sum_xy([Slots(), P(0, 0)]))


class Prop(P):
    def __init__(self, y):
        self.y = y

    @property
    def x(self):
        return 100


print(sum_xy([Prop(1), P(1, 1)]))
objs = [P(i, i) for i in range(5)]
for o in objs[::2]:
    o.__dict__.pop("x")
    o.x = -1
print(sum_xy(objs))
