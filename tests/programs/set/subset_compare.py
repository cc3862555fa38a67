a, b = {1, 2}, {1, 2, 3}
print(a < b, a <= b, b > a, a > b, a == b, a != b, {1} < {2}, {1} > {2}, frozenset() < a)
print(sorted([{1, 2}, {1}, {2}], key=len), min([{3}, {1}], key=min))
