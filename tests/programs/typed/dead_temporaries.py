# Temporaries that die at once: native code releases a register right after
# its last use. Where code reads a value later than the bytecode names it
# (a slice built for the item access after it, super() for the method
# load after it, a sequence unpacked into the items after it), the value
# must live until then.


def flips(n):
    perm = list(range(n))
    total = 0
    for k in range(1, n):
        perm[: k + 1] = perm[k::-1]
        total += perm[0] * k
        part = perm[k // 2 : k + 1]
        total += len(part) + sum(perm[1 : k : 2])
    return total, perm


class Base:
    def __init__(self, scale):
        self.scale = scale

    def value(self, x):
        return x * self.scale


class Child(Base):
    def __init__(self, scale, offset):
        super().__init__(scale)
        self.offset = offset

    def value(self, x):
        return super().value(x) + self.offset


def methods(n):
    out = 0
    for i in range(n):
        c = Child(i % 4 + 1, i)
        out += c.value(i) + super(Child, c).value(1)
    return out


def unpack(n):
    s = 0
    pairs = [(i, i * i) for i in range(n)]
    for i in range(n):
        a, b = [i, i + 1]
        c, d = pairs[i]
        q, r = divmod(i * 7, 5)
        s += a * b + c - d + q * r
    return s


def floats(n):
    acc = 0.0
    x = 0.25
    for i in range(n):
        y = x * 1.5 - i * 0.125
        acc += y * y / (1.0 + i)
        x = 3.5 * x * (1.0 - x)
    return round(acc, 9), round(x, 9)


def nested(rows):
    found = []
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v < 0:
                found.append((r, c))
                break
        else:
            found.append((r, None))
    return found


def handlers(items):
    total = 0
    for it in items:
        key = str(it)
        try:
            total += int(key) * 2
        except ValueError:
            total += len(key)
        finally:
            total += 1
    return total


print(flips(9))
print(methods(12))
print(unpack(20))
print(floats(50))
print(nested([[1, 2, -3, 4], [5, 6], [-1], []]))
print(handlers([1, "x", 22, "yz", 3.5]))
