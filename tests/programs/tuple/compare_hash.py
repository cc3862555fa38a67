print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), (1,) == [1], () < (0,))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, 2.0)) == hash((1, 2)))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
print({(1, 2): "a", (1, 2.0): "b"})
