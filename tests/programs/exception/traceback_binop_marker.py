def ratio(a, b):
    total = a + b
    return (a * 2) / (b - b)
ratio(3, 4)
