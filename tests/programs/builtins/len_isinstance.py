print(len("abc"), len([1]), len({}), len(range(5)), len(b"xy"), len({1, 2}))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(1, (str, (float, int))), isinstance(True, int), issubclass(bool, (str, int)), isinstance([], ()), issubclass(int, object))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
