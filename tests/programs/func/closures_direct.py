# Closures and methods using super() called without a frame in native
# code: free variables read and written, super() in all its forms, bound
# methods called through the runtime, and the errors and tracebacks of
# all of them.


def make_adder(n):
    def add(x):
        return x + n

    return add


def make_counter():
    count = 0

    def bump(k):
        nonlocal count
        count += k
        return count

    return bump


def make_late():
    def read():
        return later

    r1 = read
    later = "bound late"
    return r1


def make_unbound():
    def read():
        return missing

    return read
    missing = 1  # noqa: unreachable, makes `missing` a cell


def make_deleter():
    value = [1]

    def drop():
        nonlocal value
        del value

    def read():
        return value

    return drop, read


add5 = make_adder(5)
total = 0
for i in range(1000):
    total += add5(i)
print(total)
bump = make_counter()
for i in range(10):
    bump(i)
print(bump(0))
print(make_late()())
try:
    make_unbound()()
except NameError as e:
    print("NameError", e)
drop, read = make_deleter()
print(read())
drop()
try:
    read()
except NameError as e:
    print("NameError", e)


class Base:
    def __init__(self, v):
        self.v = v

    def step(self, k):
        self.v = self.v * 10 + k
        return self

    def fail(self):
        raise ValueError("from Base.fail " + str(self.v))


class Child(Base):
    def step(self, k):
        super().step(k)
        return self

    def fail(self):
        return super().fail()

    def via_class(self):
        return super(Child, self).step(7)


class Grand(Child):
    def step(self, k):
        return super().step(k + 1)


c = Child(1)
for k in range(3):
    c.step(k)
print(c.v)
g = Grand(0)
for k in range(4):
    g.step(k)
print(g.v, g.via_class().v)
try:
    c.fail()
except ValueError as e:
    print("ValueError", e)


def use_rebound_super():
    class Local(Base):
        def step(self, k):
            return super().step(k)

    return Local


Local = use_rebound_super()
print(Local(2).step(3).v)
super_saved = super


def fake_super(*args):
    return ("fake", args)


class Odd(Base):
    def which(self):
        return super()


import builtins

builtins.super = fake_super
try:
    print(Odd(1).which())
finally:
    builtins.super = super_saved
print(type(Odd(1).which()).__name__)


class NoClassCell:
    pass


def bad_super():
    __class__ = None  # noqa

    def inner(self):
        return super()

    return inner


try:
    bad_super()(object())
except RuntimeError as e:
    print("RuntimeError", e)
except TypeError as e:
    print("TypeError", e)

bound = c.step
for k in range(3):
    bound(k)
print(c.v)
methods = [g.step, c.step, add5]
print([m(1) if m is not add5 else m(1) for m in methods][2])


def deep(o, n):
    if n == 0:
        return o.v
    return deep(o.step(1), n - 1)


print(deep(Base(0), 5))


class Boom(Base):
    def step(self, k):
        return super().step(k) if k else self.explode()

    def explode(self):
        return 1 / 0


b = Boom(1)
m = b.step
print(m(2).v)
m(0)
