import random
random.seed(12345)
print([random.randint(1, 100) for _ in range(5)], random.random())
rng = random.Random(7)
l = list(range(10)); rng.shuffle(l)
print(l, rng.choice("abcdef"), rng.uniform(0, 1), rng.randrange(0, 100, 5), rng.sample(range(50), 3))
