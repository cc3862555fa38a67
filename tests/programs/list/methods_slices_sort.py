def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

l = [5, 3, 8, 1]
l.insert(0, 9); l.insert(-1, 7); l.insert(100, 0); l.insert(-100, -1)
print(l, l.index(8), l.index(8, 2), l.count(7), l.pop(), l.pop(0), l)
attempt(lambda: l.index(8, 0, 2))
attempt(lambda: l.append())
attempt(lambda: l.insert(1))
attempt(lambda: l.pop(1, 2))
attempt(lambda: l.sort(1))
attempt(lambda: l.sort(cmp=1))
attempt(lambda: l.copy(1))
attempt(lambda: [].pop())
attempt(lambda: [1] * 2.0)
attempt(lambda: 2 * [1, 2])
attempt(lambda: list(1))
attempt(lambda: list([1], [2]))
m = [1, 2]
m2 = m
m += (3, 4)
print(m is m2, m)
m *= 2
print(m is m2, m)
m *= 0
print(m)
x = [1, 2, 3, 4, 5, 6]
x[::2] = [10, 20, 30]
print(x)
del x[::3]
print(x)
x[1:3] = []
print(x)
x[:0] = range(3)
print(x)
try:
    x[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    x[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
def bad(v):
    y.append(v)
    return v
y = [3, 1, 2]
try:
    y.sort(key=bad)
except ValueError as e:
    print("ValueError:", e, y)
class L(list):
    pass
s = L([3, 1])
s.append(2); s.sort()
print(s, type(s).__name__, len(s), isinstance(s, list), s == [1, 2, 3])
print(list(reversed([1, 2, 3])), [1, 2] < [1, 3], [1, 2] == [1, 2.0], [[1]] * 2)
r = [1, 2, 3]
it = reversed(r)
print(next(it)); r.clear(); print(list(it))
z = [3, 1, 2]
print(z.sort(reverse=True), z, sorted(z, key=lambda v: -v), sorted("bca"))
print(list(range(5))[::-2], [1, 2, 3][-2:], [1, 2, 3][10:], [0] * -3)
