import random
for s in [0, 1, 42, 12345, -7, 2**100+3, "hello", b"bytes", 3.5, True]:
    random.seed(s)
    print(s, random.random(), random.getrandbits(7), random.getrandbits(70), random.randint(1, 10**30))
    print(random.randrange(100), random.randrange(5, 1000, 7), random.randrange(10, 0, -3), random.choice("abcdefg"))
    l = list(range(20)); random.shuffle(l); print(l)
    print(random.sample(range(100), 10), random.sample(range(1000), 30), random.sample("abcdef", 3))
    print(random.choices("abc", k=5), random.choices("abc", [1, 2, 3], k=4), random.choices(range(4), cum_weights=[1, 2, 3, 10], k=3))
    print(random.uniform(1, 5), random.triangular(), random.triangular(0, 10, 2), random.gauss(), random.gauss(5, 2), random.normalvariate(1, 3))
    print(random.expovariate(2), random.betavariate(2, 3), random.gammavariate(0.5, 1), random.gammavariate(3, 2), random.paretovariate(2), random.weibullvariate(1, 2), random.vonmisesvariate(1, 2), random.lognormvariate(0, 1))
    print(random.randbytes(5), random.sample(range(10), k=3, counts=None), random.sample(['a','b'], counts=[3, 2], k=4))
st = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(st)
print(a == [random.random() for _ in range(3)], len(st[1]), st[0])
r = random.Random(99)
print(r.random(), r.randint(0, 5))
class My(random.Random):
    def __init__(self, s):
        super().__init__(s)
        self.extra = 1
m = My(5); print(m.random(), m.extra, random.Random(5).random())
for bad in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randint(5, 1), lambda: random.sample([1], 2), lambda: random.seed([1]), lambda: random.getrandbits(-1)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
