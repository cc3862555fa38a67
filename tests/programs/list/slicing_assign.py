l = list(range(10))
print(l[2:5], l[::-1], l[::3], l[-2:], l[8:2:-2])
l[2:5] = ["a", "b"]; print(l)
l[::2] = "XYZWV"; print(l)
del l[::3]; print(l)
l[1:1] = [100, 200]; print(l)
l[:] = []; print(l)
m = [1, 2, 3, 4]
try:
    m[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
m[5:] = [9]; print(m)
