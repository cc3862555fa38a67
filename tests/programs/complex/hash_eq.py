print(hash(1 + 0j) == hash(1), hash(0j), hash(2.5 + 0j) == hash(2.5), hash(1j))
print({1: "a", 1.0: "b", 1 + 0j: "c"})
print(1 + 2j != 1 + 2.0000001j, abs(3j), abs(-4 + 3j))
