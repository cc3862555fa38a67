l = [3, 1, 2]
l.append(5); l.insert(0, 9); l.extend((7, 7)); l.insert(-1, 0); l.insert(100, 8)
print(l, len(l), l.count(7), l.index(7), l.pop(), l.pop(0), l)
l.remove(7); print(l)
l.reverse(); print(l)
l.sort(); print(l)
l.clear(); print(l, [] == l, [1, 2] + [3], [0] * 3, [[0]] * 2)
