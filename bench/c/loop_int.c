/* C reference for programs/loop_int.py (64-bit ints suffice: no overflow). */
#include <stdio.h>

int main(void) {
    long total = 0, x = 1;
    for (long i = 0; i < 3500000; i++) {
        x = (x * 1103515245 + 12345) % 2147483648L;
        total += (x >> 8) ^ i;
        if (i % 3 == 0) total -= i;
    }
    printf("%ld\n", total);
    return 0;
}
