# `[x] * n`: n references to the same object, whatever x is; repeating a
# longer list keeps its order; counts of zero and below give [].

x = object()
a = [x] * 1000
print(len(a), a[0] is x, a[999] is x, all(y is x for y in a))
del a
print([0] * 3, [None] * 2, [[1]] * 2, [1, 2] * 2, [] * 5, [7] * 0, [7] * -1, 3 * [True])
b = [[]] * 3
b[0].append(1)
print(b)
s = "ab"
print([s] * 3, [2**70] * 2, [1.5] * 2)
c = [x] * 3
c *= 2
print(len(c), c.count(x))
try:
    [1] * (2**62)
except MemoryError:
    print("MemoryError")
try:
    [1] * 1.5
except TypeError as e:
    print(e)
