# Builtins that read the caller's frame (locals, vars, dir, eval, exec)
# called from native code: the VM makes the call on an up-to-date frame.
import builtins

def plain(a, b):
    c = a + b
    return sorted(locals().items())

def floats(x):
    y = x * 2.5
    z = y + 1.0
    d = locals()
    return d["y"], d["z"], z

def method_form(n):
    k = n * 3
    return sorted(builtins.locals())

def evaluating(a):
    b = a * 2
    r = eval("a + b")
    exec("print('exec sees', a, b)")
    return r, vars()["b"]

def keywords(s):
    t = s + "!"
    return eval("t + s", None, None), dir()

def after_call(n):
    total = 0
    for i in range(n):
        total += i
        if i == 2:
            snap = locals()
            print("snapshot", sorted(snap))
    return total

class Box:
    def __init__(self, v):
        self.v = v
    def show(self):
        w = self.v + 1
        return sorted(locals())

def gen(n):
    for i in range(n):
        x = i * 1.5
        yield sorted(locals().items())

print(plain(1, 2))
print(floats(1.5))
print(method_form(2))
print(evaluating(4))
print(keywords("a"))
print(after_call(5))
print(Box(3).show())
for item in gen(2):
    print(item)
f = locals
def rebound(q):
    r = q + 1
    return sorted(f())
print(rebound(7))
