# A list span assigned its own reversal (`p[:k + 1] = p[k::-1]`) is
# reversed in place; any other pair of spans goes the general way.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


def flips(perm):
    perm = perm[:]
    count = 0
    k = perm[0]
    while k:
        perm[: k + 1] = perm[k::-1]
        count += 1
        k = perm[0]
    return count, perm


print(flips([3, 1, 0, 2]), flips([0]), flips([4, 3, 2, 1, 0]))


class Tracked(list):
    def __setitem__(self, k, v):
        print("setitem", k, v)
        super().__setitem__(k, v)


def cases():
    a = list(range(8))
    a[:] = a[::-1]
    print(a)
    a[2:5] = a[4:1:-1]
    print(a)
    a[-3:] = a[:-4:-1]
    print(a)
    a[5:8] = a[7:4:-1]
    print(a)
    a[1:1] = a[0:0:-1]
    print(a)
    a[:3] = a[3::-1]
    print(a)
    a[:2] = a[3:0:-1]
    print(a)
    a[0:3] = a[2::-1]
    print(a)
    b = list(range(6))
    b[1:4] = b[3:0:-1]
    print(b)
    b[10:20] = b[20:10:-1]
    print(b)
    b[-100:2] = b[1:-100:-1]
    print(b)
    b[4:2] = b[3:3:-1]
    print(b)
    e = []
    e[:] = e[::-1]
    print(e)
    objs = [Noisy(c) for c in "abcde"]
    before = [id(o) for o in objs]
    objs[1:4] = objs[3:0:-1]
    print(objs, sorted(before) == sorted(id(o) for o in objs))


    t = Tracked([1, 2, 3])
    t[:3] = t[2::-1]
    print(t)
    c = list("abc")
    d = c
    c[0:3] = d[2::-1]
    print(c, d is c)
    k = 2
    for _ in range(3):
        c[: k + 1] = c[k::-1]
        print(c)
    z = list(range(5))
    for k in (-1, 10, 0, 4, True, 2.5):
        try:
            z[: k + 1] = z[k::-1]
        except TypeError as e:
            print("TypeError", e)
        print(k, z)
    w = [9, 8, 7]
    k = 2
    w[: k + 1] = z[k::-1]
    print(w, z)


cases()
