ge = (x * 2 for x in range(4) if x != 1)
print(type(ge).__name__, next(ge), list(ge), list(ge))
print(sum(i for i in range(5)), list((a, b) for a in range(2) for b in "xy"))
it = iter([1, 2, 3])
g2 = (v for v in it)
print(next(it), list(g2))
try:
    (1 / x for x in [0]).__next__()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
