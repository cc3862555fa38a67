# Method calls through the call-site caches: objects with and without an
# instance dict, methods replaced on the class, shadowed on the instance,
# builtin types and their subclasses, one site seeing several types.


class Plain:
    def hello(self):
        return "plain hello"


class Slotted:
    __slots__ = ("x",)

    def __init__(self):
        self.x = 1

    def hello(self):
        return "slotted hello %d" % self.x


def call_hello(o):
    return o.hello()


def appender(seq, v):
    seq.append(v)
    return len(seq)


class MyList(list):
    pass


def main():
    s = Slotted()
    for _ in range(3):
        print(call_hello(s))
    # The class's method replaced: the site must see the new one.
    Slotted.hello = lambda self: "patched slotted hello"
    print(call_hello(s))
    del Slotted.hello
    try:
        call_hello(s)
    except AttributeError as e:
        print("AttributeError:", e)

    p = Plain()
    print(call_hello(p))
    p.hello = lambda: "instance hello"
    print(call_hello(p))
    del p.hello
    print(call_hello(p))

    # One site, several types: list, a list subclass with an instance
    # attribute shadowing append, a deque-like class.
    out = []
    for seq in ([], MyList(), [], MyList()):
        print(type(seq).__name__, appender(seq, 1), appender(seq, 2))
        out.append(seq)
    m = MyList()
    m.append = lambda v: print("shadowed append", v)
    m.append(5)
    print(len(m))

    class Logger(list):
        def append(self, v):
            print("Logger.append", v)
            super().append(v)

    lg = Logger()
    print(appender(lg, "x"), lg)
    words = "a b c".split()
    for w in words:
        print(w.upper(), w.upper().lower())
    # A method on a str subclass, then on str again.
    class S(str):
        def upper(self):
            return "S.upper"

    for t in ("abc", S("abc"), "def"):
        print(t.upper())
    print(out)


main()


# Instances with a dict: a method call site sees the dict shadow the
# method, then not.
def call_all(objs):
    return [o.hello() for o in objs]


ps = [Plain() for _ in range(3)]
print(call_all(ps))
ps[1].hello = lambda: "shadowed"
print(call_all(ps))
ps[2].__dict__[1] = "int key"
ps[2].__dict__["other"] = "str key"
print(call_all(ps))
del ps[1].hello
print(call_all(ps))
ps[0].__dict__["hello"] = lambda: "through the dict"
print(call_all(ps))
