import copy
import heapq
import bisect

a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(9); a[2]["k"].append(8)
print(b, c, b[1] is a[1], c[1] is a[1])
class Obj:
    def __init__(self): self.items = [1]; self.name = "o"
o = Obj(); o2 = copy.copy(o); o3 = copy.deepcopy(o)
o.items.append(2)
print(o2.items, o3.items, o2.name, type(o3).__name__, o3 is o)
class Hooked:
    def __copy__(self): return "copied"
    def __deepcopy__(self, memo): return "deep"
print(copy.copy(Hooked()), copy.deepcopy(Hooked()))
cyc = [1]; cyc.append(cyc)
dc = copy.deepcopy(cyc); print(dc[1] is dc, dc[1] is cyc)
t = (1, [2]); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None)
shared = [0]; pair = [shared, shared]; dp = copy.deepcopy(pair); print(dp[0] is dp[1])
print(copy.copy({1, 2}), copy.deepcopy({"a": (1, [2])}), copy.copy(5), copy.deepcopy("s"))

h = []
for v in [5, 1, 8, 3, 2]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), h)
data = [9, 4, 7, 1, 3]; heapq.heapify(data); print(data)
print(heapq.heapreplace(data, 10), data, heapq.heappushpop(data, 0), data)
print(heapq.nlargest(2, [5, 1, 9, 3]), heapq.nsmallest(2, [5, 1, 9, 3]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge([3, 1], [2], reverse=True)))
out = []
while data:
    out.append(heapq.heappop(data))
print(out)
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)

s = [1, 2, 2, 4]
print(bisect.bisect_left(s, 2), bisect.bisect_right(s, 2), bisect.bisect(s, 3), bisect.bisect_left(s, 0, 1))
bisect.insort(s, 3); bisect.insort_left(s, 2); print(s)
recs = [("a", 1), ("b", 5), ("c", 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]))
bisect.insort(recs, ("d", 6), key=lambda r: r[1]); print(recs)
try:
    bisect.bisect([], 1, -1)
except ValueError as e:
    print("ValueError", e)
