# Cyclic garbage is collected: instances, lists, dicts, closures and
# classes made in a loop do not accumulate (gc.collect finds the cycles).
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


def make_class():
    class Local:
        def me(self):
            return Local
    obj = Local()
    obj.self_ref = obj
    return obj.me() is Local


def rec_closure():
    def walk(n):
        return walk(n - 1) if n else 0
    return walk(3)


gc.collect()
for i in range(2000):
    a, b = Node("a"), Node("b")
    a.peer, b.peer = b, a
    lst = [i]
    lst.append(lst)
    d = {}
    d["d"] = d
    rec_closure()
    make_class()
found = gc.collect()
print(found >= 0, gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.collect() == 0)
