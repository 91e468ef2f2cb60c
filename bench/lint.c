/*
 * bench/lint.c: how long `vmc lint-kernel` takes to parse a 10,000-line
 * kernel config and check 500 requirements against it (the issue's
 * target: under 5 ms).  Generates both in memory, shaped like Debian's
 * configs (a third "is not set", section comments, numbers and strings),
 * then times parse + requirements parse + check + report (to /dev/null)
 * in-process over many iterations.  Built and run by bench/lint.sh.
 * Usage: bench-lint [ITERATIONS] [DIR]   (DIR: also write the files there)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "kconfig.h"
#include "parse.h"
#include "source.h"

#define LINES 10000
#define REQS 500

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static void write_file(const char *dir, const char *name, const char *text, size_t len) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    if (!f || fwrite(text, 1, len, f) != len || fclose(f) != 0) {
        perror(path);
        exit(1);
    }
}

int main(int argc, char **argv) {
    int iters = argc > 1 ? atoi(argv[1]) : 2000;
    if (iters < 1) iters = 1;
    static const char *const words[] = {"VIRTIO", "NET", "BLK", "SERIAL", "USB", "SND", "DRM", "FS", "CRYPTO", "DEBUG"};
    size_t cap = (size_t)LINES * 64, len = 0;
    char *cfg = malloc(cap);
    for (int i = 0; i < LINES; i++) {
        const char *w = words[i % 10], *x = words[(i / 10) % 10];
        if (i % 50 == 0) len += (size_t)snprintf(cfg + len, cap - len, "#\n# %s %s options\n", w, x), i += 2;
        switch (i % 6) {
        case 0: case 3: len += (size_t)snprintf(cfg + len, cap - len, "# CONFIG_%s_%s_%05d is not set\n", w, x, i); break;
        case 1: len += (size_t)snprintf(cfg + len, cap - len, "CONFIG_%s_%s_%05d=y\n", w, x, i); break;
        case 2: len += (size_t)snprintf(cfg + len, cap - len, "CONFIG_%s_%s_%05d=m\n", w, x, i); break;
        case 4: len += (size_t)snprintf(cfg + len, cap - len, "CONFIG_%s_%s_%05d=%d\n", w, x, i, i * 7); break;
        case 5: len += (size_t)snprintf(cfg + len, cap - len, "CONFIG_%s_%s_%05d=\"value %d\"\n", w, x, i, i); break;
        }
    }
    char *req = malloc((size_t)REQS * 64);
    size_t rlen = 0;
    rlen += (size_t)sprintf(req, "# %d requirements\n", REQS);
    for (int k = 0; k < REQS; k++) {
        int i = (k * 19) % LINES;
        const char *w = words[i % 10], *x = words[(i / 10) % 10];
        static const char *const wants[] = {"n", "y", "m|y", "n", "1234", "\"value 5\""};
        rlen += (size_t)sprintf(req + rlen, "CONFIG_%s_%s_%05d=%s\n", w, x, i, wants[i % 6]);
    }
    if (argc > 2) {
        write_file(argv[2], "config", cfg, len);
        write_file(argv[2], "requirements", req, rlen);
    }
    const Source *cs = source_add("/bench/config", "/bench", cfg, len);
    const Source *rs = source_add("/bench/requirements", "/bench", req, rlen);
    FILE *null = fopen("/dev/null", "w");
    ParseErrors errs = {0};
    uint32_t nsyms = 0, nreqs = 0, failed = 0;
    double best = 1e9, t0 = now();
    for (int it = 0; it < iters; it++) {
        double s = now();
        Requirements reqs = {0};
        KConfig *kc = kconfig_parse(cs, &errs);
        if (!kc || !kconfig_parse_requirements(&reqs, rs, &errs)) {
            fprintf(stderr, "bench-lint: the generated files do not parse (%u errors)\n", errs.n);
            return 1;
        }
        failed = kconfig_lint(reqs.items, reqs.n, kc, (LintOptions){KFORMAT_TEXT, false}, null);
        nsyms = kconfig_count(kc), nreqs = reqs.n;
        kconfig_free(kc);
        kconfig_requirements_free(&reqs);
        double d = now() - s;
        if (d < best) best = d;
    }
    double mean = (now() - t0) / iters;
    printf("lint-kernel: %d config lines (%zu bytes, %u symbols), %u requirements (%u fail): "
           "%.3f ms per lint (mean of %d), best %.3f ms\n",
           cs->nlines, len, nsyms, nreqs, failed, mean * 1e3, iters, best * 1e3);
    return 0;
}
