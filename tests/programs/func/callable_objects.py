class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, twice=False): return x + self.n * (2 if twice else 1)
a = Adder(5)
print(a(1), a(1, twice=True), callable(a), callable(Adder), callable(5), list(map(a, [1, 2])))
try:
    a()
except TypeError as e:
    print("TypeError:", e)
