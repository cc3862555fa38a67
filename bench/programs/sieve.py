# Sieve of Eratosthenes over a list of booleans (list indexing, slices, loops).


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return flags


def main():
    count = 0
    last = 0
    for _ in range(6):
        flags = sieve(1500000)
        count = 0
        for k in range(len(flags)):
            if flags[k]:
                count += 1
                last = k
    return count, last


print(*main())
