# len() in loops (native code reads a list's or a tuple's length inline
# when the callee is the builtin len): subclasses with __len__, other
# types, a shadowed or rebound len, and len's errors.
import builtins


class Short(list):
    def __len__(self):
        return 1


class Pair(tuple):
    def __len__(self):
        return 99


def lengths(items):
    return [len(x) for x in items]


def count_down(lst):
    seen = []
    while len(lst):
        seen.append(len(lst))
        lst.pop()
    return seen


print(lengths([[], [1], (1, 2), (), "abc", {1: 2}, {3}, range(5), b"xy", Short([1, 2, 3]), Pair((1, 2))]))
print(count_down(list(range(5))))
big = list(range(100000))
print(len(big), len(tuple(big)))


def shadowed(items):
    len = lambda x: -1  # noqa: E731
    return [len(x) for x in items]


print(shadowed([[1, 2]]))
saved = builtins.len
builtins.len = lambda x: "rebound"
try:
    print(lengths([[1], (1,)]))
finally:
    builtins.len = saved
print(lengths([[1], (1,)]))
del builtins.len
try:
    lengths([[1]])
except NameError as e:
    print("NameError", e)
builtins.len = saved
print(lengths([[1, 2, 3]]))
for bad in (5, None, 1.5):
    try:
        len(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    len()
except TypeError as e:
    print("TypeError", e)
try:
    len([1], [2])
except TypeError as e:
    print("TypeError", e)
