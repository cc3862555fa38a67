r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], 5 in r, 6 in r, r.index(8), r.count(8))
print(range(5), range(0), list(range(-5)), list(range(5, 0, -2)), range(10)[::2], range(1, 10) == range(1, 10, 1), range(0) == range(5, 2))
print(range(10**20)[-1], 10**19 in range(10**20), list(range(3))[::-1])
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
