counts = {}
for w in [3, 1, 3, 2, 1, 3]:
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
groups = {}
for n in range(10):
    groups.setdefault(n % 3, []).append(n)
print(groups)
