/* C reference for programs/sieve.py: a fresh flag array per sieve, six times. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned char *sieve(long n) {
    unsigned char *flags = malloc((size_t)n + 1);
    if (!flags) abort();
    memset(flags, 1, (size_t)n + 1);
    flags[0] = flags[1] = 0;
    for (long i = 2; i * i <= n; i++)
        if (flags[i])
            for (long j = i * i; j < n + 1; j += i) flags[j] = 0;
    return flags;
}

int main(void) {
    const long n = 1500000;
    long count = 0, last = 0;
    for (int rep = 0; rep < 6; rep++) {
        unsigned char *flags = sieve(n);
        count = 0;
        for (long k = 0; k < n + 1; k++)
            if (flags[k]) {
                count++;
                last = k;
            }
        free(flags);
    }
    printf("%ld %ld\n", count, last);
    return 0;
}
