print({5, 3, 1, 4, 2}, set(range(10)), {-1, -2, 8}, {100, 2, 33}, repr(set()), repr(frozenset()), frozenset({1}))
print(sorted({"pear", "apple", "fig"}), {1.0, 2}, {(1, 2), (0,)} == {(0,), (1, 2)})
