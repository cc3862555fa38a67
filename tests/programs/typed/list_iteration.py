# `for` over lists and tuples: native code steps the iterator inline and
# must see every change the program makes while it loops.


def total(values):
    s = 0
    for v in values:
        s += v
    return s


print(total([1, 2, 3]), total((4, 5, 6)), total([]), total(()))


def float_sum(values):
    s = 0.0
    for v in values:
        s += v * 0.5
    return s


print(float_sum([1.0, 2.5, 4.0]), float_sum([1, 2.0, True]))


# Growing the list while looping: the new items are seen.
grow = [1, 2, 3]
seen = []
for x in grow:
    seen.append(x)
    if x < 6:
        grow.append(x + 3)
print(seen)

# Shrinking it: items shift under the index, as in CPython.
shrink = [0, 1, 2, 3, 4, 5, 6]
visited = []
for x in shrink:
    visited.append(x)
    if x % 2 == 0:
        shrink.remove(x)
print(visited, shrink)

# An iterator used by two loops, and an exhausted one that stays so.
items = [10, 20, 30, 40]
it = iter(items)
for x in it:
    if x == 20:
        break
print("rest:", [x for x in it])
items.append(50)
print("after append:", list(it))
it2 = iter(items)
print(next(it2), list(it2), list(it2))

# Subclasses and other iterables take the generic path.


class MyList(list):
    def __iter__(self):
        for x in list.__iter__(self):
            yield x * 100


class Plain(list):
    pass


print([x for x in MyList([1, 2])], [x for x in Plain([3, 4])])
print([x for x in "ab"], [x for x in range(3)], [x for x in {1: 2}])

# Nested loops over lists of tuples, unpacked.
pairs = [(1, "a"), (2, "b"), (3, "c")]
out = []
for n, s in pairs:
    for m, t in pairs:
        if n < m:
            out.append(s + t)
print(out)

# Sorting, clearing and replacing the list inside the loop.
data = [3, 1, 2]
for i, x in enumerate(data):
    if i == 0:
        data.sort()
    print("sorted loop", i, x)
data = [1, 2, 3]
for x in data:
    print("clear loop", x)
    data.clear()
data = [1, 2, 3]
for x in data:
    print("rebind loop", x)
    data = [7, 8, 9]

# A list holding itself, and items freed while looping.
me = [1]
me.append(me)
print([type(x).__name__ for x in me])
objs = [object() for _ in range(3)]
count = 0
for o in objs:
    objs[count] = None
    count += 1
print(count, objs)

# Iterating a tuple of floats in a typed function that gets a bad item.


def mean(values):
    s = 0.0
    n = 0
    for v in values:
        s += v
        n += 1
    return s / n


print(mean((1.0, 2.0, 4.5)))
try:
    mean([1.0, "x"])
except TypeError as e:
    print(e)
