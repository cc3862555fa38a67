# Unpacking lists in loops (the VM reuses its tuple for them): values kept
# across iterations, lists mutated after unpacking, wrong lengths, subclasses.
rows = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
keep = []
for i in range(3):
    for r in rows:
        a, b, c = r
        keep.append((a, b, c))
        r[0] += 10
print(keep)
pairs = [([1.5, 2.5], 'x'), ([3.5, 4.5], 'y')]
for _ in range(2):
    for ([p, q], name) in pairs:
        print(name, p + q)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
for l in ([1, 2], [3, 4, 5], [6, 7]):
    try:
        x, y = l
        print(x, y)
    except ValueError as e:
        print("err", e)
class L(list):
    pass
for l in (L([1, 2]), [3, 4], (5, 6), [7, 8]):
    x, y = l
    print(x, y)
