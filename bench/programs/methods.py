# Method calls on user objects: small methods, inheritance, super(), bound methods.


class Counter:
    def __init__(self, start):
        self.value = start

    def step(self, k):
        self.value = (self.value + k) % 1000003
        return self

    def get(self):
        return self.value


class Doubler(Counter):
    def step(self, k):
        super().step(k)
        return self.twice()

    def twice(self):
        self.value = (self.value * 2) % 1000003
        return self


def run(n):
    a = Counter(1)
    b = Doubler(2)
    get_b = b.get
    total = 0
    for i in range(n):
        a.step(i).step(1)
        b.step(i)
        total += a.get() + get_b()
    return total


print(run(1300000))
