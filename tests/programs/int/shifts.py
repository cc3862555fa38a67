print(1 << 0, 1 << 64, 1 << 100, -1 << 10)
print(-1 >> 1, -5 >> 1, 5 >> 1, (1 << 100) >> 99, -(1 << 100) >> 200)
print(12345 >> 100)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -3
except ValueError as e:
    print("ValueError:", e)
