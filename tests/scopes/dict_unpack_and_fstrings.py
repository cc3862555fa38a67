def f(a, b):
    w = 3
    return {**a, 'k': b}, f'{a!r:{w}}'
