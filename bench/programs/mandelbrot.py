# Mandelbrot set: escape-time iteration over a small grid (floats, while loops).


def mandel(size, max_iter):
    total = 0
    rows = []
    for y in range(size):
        ci = 2.0 * y / size - 1.0
        row = 0
        for x in range(size):
            cr = 2.5 * x / size - 2.0
            zr = 0.0
            zi = 0.0
            i = 0
            while i < max_iter and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                i += 1
            total += i
            if i == max_iter:
                row += 1
        rows.append(row)
    return total, sum(rows)


print(*mandel(400, 100))
