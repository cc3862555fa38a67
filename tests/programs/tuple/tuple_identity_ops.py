t = (1, 2, 3)
print(t[:] is t, tuple(t) is t, t + () == t, t * 1 == t, sorted(t, reverse=True), max(t), sum(t), list(reversed(t)))
print(tuple(sorted({3, 1, 2})), tuple(enumerate("ab")), tuple(zip((1, 2), "ab")))
