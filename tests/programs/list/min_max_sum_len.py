l = [5, -2, 9, 0]
print(min(l), max(l), sum(l), len(l), sorted(l)[1], any(l), all(l), l.index(9), 9 in l, 7 not in l)
print(max([[1, 2], [1, 3]]), min(["b", "a"]), sum([[1], [2]], []), max(l, key=abs), min([], default="empty"))
