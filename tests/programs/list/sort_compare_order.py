# The comparisons list.sort makes on a short list, in CPython's order.
log = []
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self): return f"K{self.v}"
for data in ([3, 1, 2], [1, 2, 3, 0], [5, 4, 3, 1, 2], [2, 2, 1, 3, 0, 4], []):
    log.clear()
    out = sorted(K(v) for v in data)
    print(out, log)
log.clear()
print(sorted([K(3), K(1), K(2)], reverse=True), log)
try:
    [1, "a", 2].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([None, 1])
except TypeError as e:
    print("TypeError:", e)
