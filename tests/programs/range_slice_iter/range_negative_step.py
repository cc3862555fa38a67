for args in [(10, 0, -3), (0, 10, -1), (-5, 5, 4), (5, -5, -4), (0, 1), (3, 3)]:
    r = range(*args)
    print(args, list(r), len(r), r[-1] if r else None, bool(r))
print(range(0, 10, 3)[1:], range(10)[-3:], range(10)[::-3], hash(range(3)) == hash(range(0, 3)))
