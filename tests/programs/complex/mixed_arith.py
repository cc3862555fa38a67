print(1 + 1j + 1, 2 * (1 + 1j), (4 + 2j) / 2, 1 - 1j - 1.5, 3 == 3 + 0j, True + 1j)
x = 2
x += 1j
print(x, type(x).__name__)
print(sum([1j, 2, 3.5]))
