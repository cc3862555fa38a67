# Slice assignment whose new items come from code that changes the list
# while it runs, and the plain cases it must agree with (same length,
# longer, shorter, empty, reversed, extended slices).


def shrink(lst, items):
    def gen():
        del lst[1:]
        yield from items
    return gen()


a = [1, 2, 3, 4]
a[1:4] = shrink(a, [5])
print(a)
b = [1, 2, 3, 4, 5, 6]
b[2:5] = shrink(b, [7, 8, 9])
print(b)
c = [1, 2, 3]
c[0:3] = shrink(c, [])
print(c)
d = [0, 1, 2, 3, 4, 5, 6, 7]
d[:4] = d[3::-1]
print(d)
d[2:4] = ["x", "y", "z"]
print(d)
d[1:5] = []
print(d)
d[:] = range(3)
print(d)
d[5:10] = [9]
print(d)
d[-2:] = d
print(d)
e = list(range(10))
e[::3] = "abcd"
print(e)
e[8:0:-2] = [None] * 4
print(e)
try:
    e[::2] = [1, 2]
except ValueError as exc:
    print("ValueError:", exc)
try:
    e[1:3] = 5
except TypeError as exc:
    print("TypeError:", exc)


def grow(lst):
    lst.extend([100, 200])
    yield -1


f = [1, 2, 3]
f[0:2] = grow(f)
print(f)
