"""Prime numbers with a sieve, a generator and a class."""


class Sieve:
    def __init__(self, limit):
        self.limit = limit
        self.flags = [True] * (limit + 1)
        self.flags[0:2] = [False, False]
        for i in range(2, int(limit ** 0.5) + 1):
            if self.flags[i]:
                for j in range(i * i, limit + 1, i):
                    self.flags[j] = False

    def __iter__(self):
        yield from (i for i, is_prime in enumerate(self.flags) if is_prime)


def main():
    primes = list(Sieve(100))
    print(len(primes), "primes below 100:", primes)
    try:
        print(primes[100])
    except IndexError as e:
        print("no 101st prime:", e)


main()
