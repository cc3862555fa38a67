# obj[i] and obj[i] = v, which native code runs inline for a list (or a
# tuple, to read) and a small int index, and hands everything else to the
# runtime: every result and error must still be CPython's.


def get(seq, i):
    return seq[i]


def put(seq, i, v):
    seq[i] = v


def attempt(f, *args, **kwargs):
    try:
        return f(*args, **kwargs)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


xs = [10, 20, 30]
print([get(xs, i) for i in range(-3, 3)])
for i in (3, -4, 2**61 - 1, -2**61, 2**62, -2**62, 2**70):
    print(i, attempt(get, xs, i), attempt(put, xs, i, 0))
print(get(xs, True), get(xs, False), attempt(put, xs, True, 21), xs)
print(attempt(get, xs, 1.0), attempt(get, xs, "1"), attempt(get, xs, None))
print(get(xs, slice(1, None)), get(xs, slice(None, None, -1)))
put(xs, slice(0, 1), [7, 8])
print(xs, attempt(put, xs, slice(0, 2, 1), 5))


class Index:
    def __index__(self):
        return -1


print(get(xs, Index()), attempt(put, xs, Index(), 99), xs)

t = (1, "two", 3.0, [4])
print([get(t, i) for i in range(-4, 4)], attempt(get, t, 4), attempt(get, t, -5))
print(attempt(put, t, 0, 1), attempt(get, t, 2**61 - 1), get(t, slice(1, 3)))
print(get((), slice(0)), attempt(get, (), 0), attempt(get, [], -1))
print(get("abc", 1), get("abc", -1), get(b"abc", 0), get({1: "one"}, 1))
print(get(range(10), -2), attempt(get, {}, 0), attempt(put, "abc", 0, "x"))
d = {}
put(d, 0, "zero")
print(d, attempt(get, 5, 0), attempt(put, None, 0, 0))


class Doubling(list):
    def __getitem__(self, i):
        return 2 * list.__getitem__(self, i)

    def __setitem__(self, i, v):
        list.__setitem__(self, i, v + 1)


class Plain(list):
    pass


class Pair(tuple):
    def __getitem__(self, i):
        return "pair item %d" % i


dl = Doubling([1, 2, 3])
put(dl, 0, 10)
print(get(dl, 0), get(dl, -1), dl, attempt(get, dl, 5))
pl = Plain([1, 2])
put(pl, -1, 5)
print(get(pl, 0), get(pl, -1), pl, attempt(get, pl, 2))
print(get(Pair((1, 2)), 0), get(Pair((1, 2)), 7))

# An alias sees every store; a list can hold itself.
a = [0] * 4
b = a
for i in range(4):
    put(b, i, i * i)
put(a, -1, a)
print(a[:3], a[3] is a, b[-1][-1][0])
put(a, 3, None)
print(a, b is a)


# sort() empties the list while the key function runs, as CPython's does.
lst = [3, 1, 2]
print(attempt(lst.sort, key=lambda v: lst[0]), lst)
print(attempt(lst.sort, key=lambda v: put(lst, 0, v)), lst)
print(attempt(lst.sort, key=lambda v: (lst.append(v), v)[1]), lst)
print(attempt(lst.sort, key=lambda v: -v), lst)


def matmul(m, n):
    size = len(m)
    out = [[0] * size for _ in range(size)]
    for i in range(size):
        row = m[i]
        for j in range(size):
            s = 0
            for k in range(size):
                s += row[k] * n[k][j]
            out[i][j] = s
    return out


m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(matmul(m, m))
print(matmul([[1.5, -2.0], [0.25, 4.0]], [[2.0, 0.0], [1.0, 1.0]]))


def transpose_in_place(m):
    n = len(m)
    for i in range(n):
        for j in range(i + 1, n):
            m[i][j], m[j][i] = m[j][i], m[i][j]
    return m


print(transpose_in_place([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))


def norm(v):
    # Float locals fed from list items: a non-float item hands the call
    # to the VM where it enters a float slot.
    s = 0.0
    for i in range(len(v)):
        x = v[i] * 1.0
        s += x * x
    return s


print(norm([3.0, 4.0]), norm([3, 4]), norm((1.5, 2.5)), attempt(norm, [1.0, "a"]))


def swap_ends(v):
    v[0], v[-1] = v[-1], v[0]
    return v


print(swap_ends([1, 2, 3]), swap_ends(["a"]), attempt(swap_ends, []))


def bump(counts, keys):
    for k in keys:
        counts[k] += 1
    return counts


print(bump([0, 0, 0], [0, 2, 2, -1, 1]), attempt(bump, [0], [1]))
print(bump({}.fromkeys("ab", 0), "abba"))
