for x in (1.0, 1.5, -2.0, 0.1, 1e300, 0.0, -0.0):
    print(x, x.is_integer(), x.as_integer_ratio())
for bad in (float("inf"), float("nan")):
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
