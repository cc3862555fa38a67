class Grid:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d.get(k, 0)
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __len__(self): return len(self.d)
    def __contains__(self, k): return k in self.d
    def __iter__(self): return iter(sorted(self.d))
    def __bool__(self): return True
g = Grid()
g[1, 2] = 5; g[0, 0] = 1
print(g[1, 2], g[9, 9], len(g), (1, 2) in g, list(g), bool(Grid()))
del g[0, 0]; print(len(g))
class S:
    def __getitem__(self, k): return k
s = S()
print(s[1:2], s[::3], s[1:2, 3], s[...], s[:, None])
class L:
    def __len__(self): return 0
print(bool(L()), not L())
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
