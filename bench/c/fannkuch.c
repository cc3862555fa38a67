/* C reference for programs/fannkuch.py: fannkuch-redux(9), run twice. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void fannkuch(long n, long *checksum_out, long *max_flips_out) {
    long *perm1 = malloc(sizeof(long) * (size_t)n);
    long *perm = malloc(sizeof(long) * (size_t)n);
    long *count = calloc((size_t)n, sizeof(long));
    if (!perm1 || !perm || !count) abort();
    for (long i = 0; i < n; i++) perm1[i] = i;
    long max_flips = 0, checksum = 0, r = n, perm_count = 0;
    for (;;) {
        while (r != 1) {
            count[r - 1] = r;
            r--;
        }
        memcpy(perm, perm1, sizeof(long) * (size_t)n);
        long flips = 0;
        long k = perm[0];
        while (k) {
            /* perm[:k+1] = perm[k::-1]: reverse the first k+1 elements. */
            for (long lo = 0, hi = k; lo < hi; lo++, hi--) {
                long t = perm[lo];
                perm[lo] = perm[hi];
                perm[hi] = t;
            }
            flips++;
            k = perm[0];
        }
        if (flips > max_flips) max_flips = flips;
        checksum += perm_count % 2 == 0 ? flips : -flips;
        for (;;) {
            if (r == n) {
                *checksum_out = checksum;
                *max_flips_out = max_flips;
                free(perm1);
                free(perm);
                free(count);
                return;
            }
            long p0 = perm1[0];
            long i = 0;
            while (i < r) {
                long j = i + 1;
                perm1[i] = perm1[j];
                i = j;
            }
            perm1[r] = p0;
            count[r]--;
            if (count[r] > 0) break;
            r++;
        }
        perm_count++;
    }
}

int main(void) {
    long checksum = 0, flips = 0;
    for (int rep = 0; rep < 2; rep++) fannkuch(9, &checksum, &flips);
    printf("%ld\n", checksum);
    printf("Pfannkuchen(9) = %ld\n", flips);
    return 0;
}
