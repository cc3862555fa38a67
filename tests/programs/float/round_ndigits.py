print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), type(round(2.5)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(123.456, -1), round(123.456, -2))
print(round(1e300, 2), round(5e-324, 400), round(12.5, 0), type(round(12.5, 0)).__name__, round(-0.5))
print(round(1234.5678, 3), round(0.1 + 0.2, 15), round(2.5e-8, 8))
for v in (float("inf"), float("nan")):
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
