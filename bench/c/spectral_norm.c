/* C reference for programs/spectral_norm.py: n = 320, 10 rounds of A^T A u. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static double eval_a(long i, long j) { return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1); }

/* Each result is a new list in the Python; here the caller passes the output array. */
static void eval_a_times_u(const double *u, double *out, long n) {
    for (long i = 0; i < n; i++) {
        double s = 0.0;
        for (long j = 0; j < n; j++) s += eval_a(i, j) * u[j];
        out[i] = s;
    }
}

static void eval_at_times_u(const double *u, double *out, long n) {
    for (long i = 0; i < n; i++) {
        double s = 0.0;
        for (long j = 0; j < n; j++) s += eval_a(j, i) * u[j];
        out[i] = s;
    }
}

static void eval_ata_times_u(const double *u, double *out, double *tmp, long n) {
    eval_a_times_u(u, tmp, n);
    eval_at_times_u(tmp, out, n);
}

static double run(long n) {
    double *u = malloc(sizeof(double) * (size_t)n);
    double *v = malloc(sizeof(double) * (size_t)n);
    double *tmp = malloc(sizeof(double) * (size_t)n);
    if (!u || !v || !tmp) abort();
    for (long i = 0; i < n; i++) u[i] = 1.0;
    for (int k = 0; k < 10; k++) {
        eval_ata_times_u(u, v, tmp, n);
        eval_ata_times_u(v, u, tmp, n);
    }
    double vbv = 0.0, vv = 0.0;
    for (long i = 0; i < n; i++) {
        vbv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    free(u);
    free(v);
    free(tmp);
    return pow(vbv / vv, 0.5);
}

int main(void) {
    printf("%.9f\n", run(320));
    return 0;
}
