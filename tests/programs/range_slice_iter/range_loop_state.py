# `for` loops over ranges whose iterator only the loop sees (native code
# keeps its state in machine registers): the VM taking over mid-loop,
# shared iterators, big and empty ranges, nesting, handlers, rebinding.


def plain(n):
    total = 0
    for i in range(n):
        total += i
    for i in range(n, 0, -3):
        total -= i
    for i in range(5, 5):
        total += 1000
    return total


def shared():
    it = iter(range(10))
    for x in it:
        if x == 3:
            break
    rest = list(it)
    it2 = iter(range(4))
    seen = [x for x in it2]
    return rest, seen, list(it2)


def big():
    out = []
    for v in range(2**61 - 3, 2**61 + 2):
        out.append(v - 2**61)
    for v in range(-(2**61) + 1, -(2**61) - 3, -1):
        out.append(v + 2**61)
    for v in range(0, 2**62, 2**60):
        out.append(v >> 60)
    return out


def number(i):
    return i if i == 4 else i * 0.5


def takes_over(n):
    # A float loop: a str where a float is expected hands the call to
    # the VM in the middle of the loop, which must go on from there.
    acc = 0.0
    for i in range(n):
        acc = acc + 1.5
        x = number(i)
        acc = acc + x
        print("  step", i, acc)
    return acc


def reads_frame(n):
    out = []
    for i in range(n):
        if i == 2:
            out.append(sorted(locals()))
        out.append(i)
    return out


def nested(n):
    pairs = 0
    for i in range(n):
        for j in range(i):
            for k in range(j, i):
                pairs += k - j
        if i == n - 2:
            break
    return pairs


def handlers(n):
    caught = []
    for i in range(n):
        try:
            if i % 3 == 1:
                raise ValueError(i)
            caught.append(10 / (i - 4))
        except ValueError as e:
            caught.append(("value", e.args[0]))
        except ZeroDivisionError:
            caught.append("zero")
            continue
    return caught


def again(rounds):
    out = []
    r = 0
    while r < rounds:
        for i in range(r, r + 3):
            if i == r + 1 and r % 2:
                break
            out.append(i)
        r += 1
    return out


def gen(n):
    for i in range(n):
        yield i * i


def raises_inside(n):
    for i in range(n):
        if i == 3:
            return 1 // (i - 3)


print(plain(10))
print(shared())
print(big())
print(takes_over(6))
print(reads_frame(4))
print(nested(7))
print(handlers(7))
print(again(4))
print(list(gen(5)), sum(gen(1000)))
module_total = 0
for i in range(1, 100, 7):
    module_total += i
print(module_total, i)
raises_inside(5)
