def f(xs):
    if any((hit := x) > 2 for x in xs):
        return hit
