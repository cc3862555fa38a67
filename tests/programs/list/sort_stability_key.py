words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, reverse=True))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
l = [3, 1, 2]
print(l.sort(), l, sorted(l, key=lambda x: -x), sorted((3, 2, 1)), sorted("cba"))
