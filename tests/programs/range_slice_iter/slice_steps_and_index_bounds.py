# Slices: stepped and reversed reads, clamping, huge bounds, assignment and
# deletion with steps, bounds given by __index__, and the errors.

a = list(range(10))
print(a[::-1], a[8:2:-2], a[-100:100:3], a[5::-1], a[:-1:-1], a[2:2], a[::4], a[9:-11:-3], a[10**20::], a[:-10**20], a[::10**19], a[::-10**19])
t = tuple(a); s = "abcdefghij"
print(t[1::2], s[::-3], s[7:1:-2])
b = a[:]
b[:3] = [9]; print(b)
b[::2] = "abcde"[:len(b[::2])]; print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print(e)
try:
    a[::0]
except ValueError as e:
    print(e)
try:
    a["x":]
except TypeError as e:
    print(e)
class I:
    def __index__(self): return 3
print(a[I():], a[I()])
del b[1::3]; print(b)
