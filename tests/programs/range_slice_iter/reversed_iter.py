print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))), list(reversed({1: 2, 3: 4})))
class R:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(R())), list(iter(R().__getitem__, 20)) if False else "skip")
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
