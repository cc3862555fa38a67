# super().name(...) calls (native code loads the method without making the
# super object): methods, classmethods, staticmethods, properties,
# plain attributes, builtin methods, errors, and a rebound `super`.


class Base:
    tag = "base-tag"

    def hello(self, x):
        return f"Base.hello({type(self).__name__}, {x})"

    @classmethod
    def make(cls, n):
        return f"Base.make({cls.__name__}, {n})"

    @staticmethod
    def util(a, b):
        return a * b

    @property
    def prop(self):
        return f"Base.prop of {type(self).__name__}"

    def __repr__(self):
        return "<Base>"


class Mid(Base):
    def hello(self, x):
        return "Mid>" + super().hello(x + 1)

    @classmethod
    def make(cls, n):
        return "Mid>" + super().make(n * 2)


class Child(Mid):
    tag = "child-tag"

    def hello(self, x):
        return "Child>" + super().hello(x * 10)

    def run(self):
        out = [self.hello(1), Child.make(3), super().util(6, 7), super().prop]
        out.append(super().tag)
        out.append(super().__repr__())
        out.append(super().__class__.__name__)
        return out

    def missing(self):
        return super().nothing_here()


class MyList(list):
    def append(self, x):
        super().append(x * 2)
        return len(self)


class Err(Exception):
    def __init__(self, code):
        super().__init__(code, "extra")
        self.code = code


def bad_class():
    __class__ = 42

    def inner(self):
        return super().hello(1)

    return inner


for line in Child().run():
    print(line)
lst = MyList()
for i in range(4):
    print(lst.append(i), lst)
e = Err(7)
print(e.args, e.code, repr(e))
try:
    Child().missing()
except AttributeError as exc:
    print("AttributeError:", exc)


class Loop(Base):
    def hello(self, x):
        total = 0
        for i in range(x):
            total += len(super().hello(i))
        return total


print(Loop().hello(50))


def shadow():
    class S(Base):
        def hello(self, x):
            return super().hello(x)

    return S


S = shadow()
print(S().hello(5))
import builtins

real_super = builtins.super


class Fake:
    def hello(self, x):
        return f"Fake.hello({x})"


def fake_super(*args):
    print("fake super called with", len(args), "args")
    return Fake()


builtins.super = fake_super
try:
    print(S().hello(6))
finally:
    builtins.super = real_super
print(S().hello(7))
try:
    bad_class()(Child())
except RuntimeError as exc:
    print("RuntimeError:", exc)
Child().missing()
