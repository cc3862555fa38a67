print(7.0 // 2, -7.0 // 2, 7.0 % 2, -7.0 % 2, 7.5 % -2, divmod(-7.5, 2), divmod(7, 0.5))
print(2.0 ** 0.5, (-8.0) ** (1/3), 2 ** -1.0, 0.0 ** 0, 10.0 ** 308)
print(1e308 + 1e308, -1e308 * 10, 1 - 1e-16, 3 * 0.1)
for e in ("1.0 / 0", "1.0 // 0.0", "1.0 % 0.0", "10.0 ** 400", "0.0 ** -1"):
    try:
        eval(e)
    except (ZeroDivisionError, OverflowError) as ex:
        print(e, type(ex).__name__, ex)
