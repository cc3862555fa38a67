print(7 / 2, -7 / 2, 6 / 3, 1 / 3, 10**30 / 10**10, 2**1000 / 2**999)
print((10**400) / (10**399), 1 / (2**60))
try:
    10**400 / 3
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
