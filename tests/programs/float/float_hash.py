for x in (0.5, 1.0, 1.5, -1.5, 2.0**60, 1e20, 0.1, 3.0):
    print(x, hash(x))
print(hash(1.5) == hash(3/2), hash(2.0) == hash(2))
