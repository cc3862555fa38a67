/* C reference for programs/fib.py: the floor the native backend aims at. */
#include <stdio.h>

static long fib(long n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(void) {
    printf("%ld\n", fib(34));
    return 0;
}
