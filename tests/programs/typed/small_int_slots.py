# Slots inference expects to hold ints keep small ints only in native
# code: whatever else enters one (a big int from an overflow or an
# argument, a bool, a float, an int subclass) hands the rest of the call
# to the VM, which must finish it exactly as CPython does.


def count_up(start, n):
    i = start
    steps = 0
    while steps < n:
        i = i + 1
        steps += 1
    return i, steps


def walk(lo, hi):
    total = 0
    for i in range(lo, hi):
        total = total + (i - lo)
        last = i
    return total, last


def negate(a):
    b = -a
    return b, b + 1


def halve(a, b):
    q = a // b
    r = a % b
    return q, r, q * b + r


def mixes(n):
    k = n & 7
    k = k | 8
    k = k ^ 3
    k = k >> 1
    return k


def unbound(n):
    j = n + 1
    del j
    try:
        return j
    except UnboundLocalError as e:
        return str(e)


def in_handler(n):
    done = 0
    for i in range(n):
        try:
            if i == 2:
                raise KeyError(i)
            done = done + 1
        except KeyError:
            done = done - 10
    return done


class Count(int):
    def __add__(self, other):
        return "Count+" + str(other)


# The module calls each function with small ints only (inference then
# expects ints); other values come in through another name.
print(count_up(0, 5), count_up(-7, 2))
print(walk(0, 10), walk(-5, -2))
print(negate(5))
print(halve(17, 5), halve(-17, 5))
print(mixes(45), mixes(-45))
print(unbound(3))
print(in_handler(5))
through = count_up
print(through(2**61 - 3, 6))
print(through(-(2**61), 3))
print(through(2**70, 2))
print(through(True, 2))
print(through(1.5, 2))
print(through(Count(4), 1))
print(through(3, 2.5))
print(count_up(3, 4))
through = walk
print(through(2**61 - 4, 2**61 + 3))
print(through(-(2**61) - 2, -(2**61) + 2))
through = negate
print(through(-(2**61)), through(2**61), through(-0.0))
through = halve
print(through(-(2**61), -1), through(2**64 + 3, 7), through(7.5, 2))
through = mixes
print(through(2**65 + 45), through(True))
