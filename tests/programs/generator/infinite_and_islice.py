from itertools import islice
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(list(islice(primes(), 15)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print([f for f, _ in zip(fib(), range(12))])
