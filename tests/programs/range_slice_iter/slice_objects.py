s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
l = list(range(10))
print(l[s], "abcdefgh"[slice(2, None)], (0, 1, 2, 3)[slice(None, None, -2)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
