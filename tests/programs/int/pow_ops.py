print(2**10, 2**-1, (-2)**3, (-2)**-2, 0**0, 10**20)
print(pow(3, 200, 1000), pow(-3, 3, 7), pow(3, -1, 7), pow(2, 0, 1))
print(pow(7, 2), pow(2, 0.5))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
