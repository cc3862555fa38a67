# list.append in loops (native code appends inline while the list has
# room): growth, lists of every kind of value, subclasses, a rebound or
# shadowed append, appends while iterating and during a sort.


def build(n):
    out = []
    for i in range(n):
        out.append(i * i)
    return out


def mixed():
    out = []
    for v in (1, 2.5, "s", None, (1,), [2], {3: 4}, 2**80, True):
        out.append(v)
    out.append(out)
    return out


class Logged(list):
    def append(self, v):
        print("Logged.append", v)
        super().append(v)


class Plain(list):
    pass


def grow(lst, n):
    for i in range(n):
        lst.append(i)
    return lst


print(len(build(1000)), build(10))
print(mixed())
print(grow(Logged(), 3), grow(Plain([9]), 3))
src = [1, 2, 3]
for x in src:
    if x < 3:
        src.append(x + 10)
print(src)
app = [].append
app(5)


class Holder:
    def __init__(self):
        self.append = lambda v: print("instance append", v)


h = Holder()
for i in range(2):
    h.append(i)
lst = [3, 1, 2]


def key(x):
    lst.append(0)
    return x


try:
    lst.sort(key=key)
except ValueError as e:
    print("ValueError", e)
print(lst)
try:
    [].append()
except TypeError as e:
    print("TypeError", e)
try:
    [].append(1, 2)
except TypeError as e:
    print("TypeError", e)
t = (1, 2)
try:
    t.append(3)
except AttributeError as e:
    print("AttributeError", e)
big = []
for i in range(100000):
    big.append(i)
print(len(big), sum(big))
