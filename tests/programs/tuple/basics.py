t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], t[::-1], len(t), t + (4,), t * 2, 2 in t, t.index(3), t.count(1), (1,), (), tuple("ab"))
a, b, c = t
print(a + b + c, tuple([1, 2]), tuple(range(3)), tuple(x for x in "hi"), type(()).__name__)
