/* C reference for programs/mandelbrot.py: escape-time iteration, 400x400, 100 iterations. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    const long size = 400, max_iter = 100;
    long total = 0;
    long *rows = malloc(sizeof(long) * (size_t)size);
    if (!rows) abort();
    for (long y = 0; y < size; y++) {
        double ci = 2.0 * y / size - 1.0;
        long row = 0;
        for (long x = 0; x < size; x++) {
            double cr = 2.5 * x / size - 2.0;
            double zr = 0.0, zi = 0.0;
            long i = 0;
            while (i < max_iter && zr * zr + zi * zi <= 4.0) {
                double nzr = zr * zr - zi * zi + cr;
                double nzi = 2.0 * zr * zi + ci;
                zr = nzr;
                zi = nzi;
                i++;
            }
            total += i;
            if (i == max_iter) row++;
        }
        rows[y] = row;
    }
    long sum = 0;
    for (long y = 0; y < size; y++) sum += rows[y];
    free(rows);
    printf("%ld %ld\n", total, sum);
    return 0;
}
