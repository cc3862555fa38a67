print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.5, 0.25]), sum([[1], [2]], []), sum(range(100)), sum([], start=5))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(any([0, "", None]), any(iter([0, 1])), all([1, "x"]), all([1, 0]), abs(-3), abs(-2.5), abs(3 - 4j), abs(True))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
