a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
import copy
e = copy.deepcopy(a)
a[1].append(4); a.append(5)
print(a, b, c, d, e, a is b, c is a, c[1] is a[1], e[1] is a[1])
m = [[0] * 2] * 2; m[0][0] = 1; print(m)
