M = 2**61 - 1
for n in (0, 1, -1, -2, M - 1, M, M + 1, -M, 2**64, -(2**64), 10**30):
    print(n, hash(n))
print(hash(True), hash(False), hash(1) == hash(1.0), hash(2**61 - 1) == hash(0))
