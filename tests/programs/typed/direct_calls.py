# Calls of module functions by their global name: native code calls them
# directly while the name still holds the same function, and must behave
# exactly as a generic call whatever the program does to the name.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(fib(20), is_even(10), is_odd(7))


# RecursionError through direct calls, caught, and the depth counted
# right afterwards (a second deep call must still succeed).
def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
print(down(900))
try:
    forever(0)
except RecursionError as e:
    print("again:", e)
print(down(900))
sys.setrecursionlimit(200)
try:
    down(300)
except RecursionError:
    print("limit 200 holds")
sys.setrecursionlimit(1000)
print(down(500))


# Exceptions leave a direct call with its traceback entry.
def divide(a, b):
    return a // b


def average(total, count):
    return divide(total, count)


try:
    average(10, 0)
except ZeroDivisionError as e:
    print("caught:", e)


# A handler inside the callee.
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
    finally:
        pass


def use_safe():
    return safe_div(1, 0), safe_div(1, 4)


print(use_safe())


# Rebinding the name: another function, a lambda, a builtin, a class.
def pick(a, b):
    return a


def call_pick():
    return pick(1, 2)


print(call_pick())
saved = pick


def pick(a, b):
    return b


print(call_pick())
pick = lambda a, b: a + b
print(call_pick())
pick = max
print(call_pick())


class pick:
    def __init__(self, a, b):
        self.v = a * 10 + b

    def __repr__(self):
        return f"pick({self.v})"


print(call_pick())
pick = saved
print(call_pick())
del pick
try:
    call_pick()
except NameError as e:
    print(e)
pick = saved


# Argument counts that do not match go the generic way.
def with_default(a, b=5):
    return a + b


def counts():
    return with_default(1), with_default(1, 2)


print(counts())


def takes_two(a, b):
    return a, b


def wrong_count():
    return takes_two(1)


try:
    wrong_count()
except TypeError as e:
    print(e)


# Callees that need their frame: locals(), eval, globals(), a closure.
def show_locals(x):
    y = x + 1
    return sorted(locals().items())


def use_locals():
    return show_locals(3)


print(use_locals())


def evaluate(x):
    return eval("x * 2")


def use_eval():
    return evaluate(21)


print(use_eval())


def maker(k):
    def add(v):
        return v + k
    return add


def use_maker():
    return maker(3)(4)


print(use_maker())


# A typed callee (floats expected) that gets other types.
def scale(x):
    y = x * 1.5
    return y + 0.25


def use_scale():
    return scale(2.0), scale(2), scale(True)


print(use_scale())


def scale_all(values):
    out = []
    for v in values:
        out.append(scale(v))
    return out


print(scale_all([1.0, 2, 3.5]))
try:
    scale("a")
except TypeError as e:
    print(e)


# Globals read in a loop while the callee changes them.
counter = 0


def bump():
    global counter
    counter += 1
    return counter


def run_bumps():
    total = 0
    for _ in range(5):
        total += bump() + counter
    return total


print(run_bumps(), counter)


# A builtin shadowed by a global while a function keeps calling it.
def size(x):
    return len(x)


def sizes():
    return size("abc"), size([1, 2])


print(sizes())
len = lambda x: -1
print(sizes())
del len
print(sizes())


# A generator function called by name is not entered directly.
def gen(n):
    for i in range(n):
        yield i * i


def use_gen():
    return list(gen(4))


print(use_gen())


# Defined twice: whichever def ran is called.
if counter > 100:
    def twice(x):
        return "first"
else:
    def twice(x):
        return "second"


def use_twice():
    return twice(0)


print(use_twice())


# A call site that sees a new function at the word of a freed one (each
# lambda is freed before the next is made) must call the new one.
def apply(f, x):
    return f(x)


results = []
for i in range(40):
    f = (lambda x: x + 1) if i % 2 else (lambda x: x * 3)
    results.append(apply(f, i))
    del f
print(results)


# Methods called directly, and the generic forms around them.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def scaled(self, k):
        return Point(self.x * k, self.y * k)

    @staticmethod
    def origin():
        return Point(0, 0)

    @classmethod
    def unit(cls):
        return cls(1, 0)


def point_work():
    p = Point(3, 4)
    q = p.scaled(2)
    bound = q.norm2
    return p.norm2(), q.norm2(), bound(), Point.origin().norm2(), Point.unit().norm2(), Point.norm2(p)


print(point_work())
p = Point(1, 1)
p.norm2 = lambda: "instance attribute"
print(p.norm2())


# An uncaught exception through direct calls: the full traceback.
def inner(x):
    return [1, 2, 3][x]


def middle(x):
    return inner(x) * 2


def outer(x):
    return middle(x) + 1


print(outer(1))
outer(7)
