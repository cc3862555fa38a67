d = {1: "a", 2: "b", 3: "c"}
k, v, i = d.keys(), d.values(), d.items()
d[4] = "d"
print(k, v, i, len(k), 2 in k, "b" in v, (1, "a") in i)
print(k & {1, 5}, k | {9}, k - {1}, k ^ {1, 10}, i & {(1, "a")}, list(reversed(k)), list(reversed(d.values())))
print(k == {1, 2, 3, 4}, k.isdisjoint({7}), sorted(v, reverse=True))
try:
    for key in d:
        d[key + 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
