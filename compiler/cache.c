/* cache.c: the cache of parsed files (see cache.h). */
#include "cache.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include "arena.h"
#include "source.h"

/* Identifies the sources this vmc was built from (the Makefile hashes
 * compiler/, grammar/src/ and astio's format into it), so that a new build
 * never reads an older build's entries. */
#ifndef VMC_BUILD_ID
#define VMC_BUILD_ID "dev"
#endif

static CacheStats stats;
static char *dir;        /* the cache directory, "" when off */

CacheStats *cache_stats(void) { return &stats; }

static const char *cache_dir(void) {
    if (dir) return dir;
    const char *env = getenv("VMC_CACHE_DIR");
    const char *xdg = getenv("XDG_CACHE_HOME");
    const char *home = getenv("HOME");
    char buf[4096];
    if (env && *env) {
        if (strcmp(env, "off") == 0) buf[0] = 0;
        else snprintf(buf, sizeof buf, "%s", env);
    } else if (xdg && *xdg == '/') {
        snprintf(buf, sizeof buf, "%s/vmc", xdg);
    } else if (home && *home == '/') {
        snprintf(buf, sizeof buf, "%s/.cache/vmc", home);
    } else {
        buf[0] = 0;
    }
    dir = vmc_xrealloc(NULL, strlen(buf) + 1);
    strcpy(dir, buf);
    return dir;
}

CacheKey cache_key(const char *d, const char *text, size_t len) {
    XXH3_state_t *st = XXH3_createState();
    VMC_ASSERT(st, "out of memory");
    XXH3_128bits_reset(st);
    XXH3_128bits_update(st, VMC_BUILD_ID, sizeof VMC_BUILD_ID);
    /* Lowering resolves ~/ paths against $HOME. */
    const char *home = getenv("HOME");
    if (home) XXH3_128bits_update(st, home, strlen(home) + 1);
    XXH3_128bits_update(st, d, strlen(d) + 1);
    XXH3_128bits_update(st, text, len);
    XXH128_hash_t h = XXH3_128bits_digest(st);
    XXH3_freeState(st);
    return (CacheKey){h.low64, h.high64};
}

/* DIR/ast/HH/REST: two-level, so no directory gets huge. */
static bool entry_path(CacheKey k, char *out, size_t cap) {
    const char *d = cache_dir();
    size_t n = strlen(d);
    if (!n || n + 40 > cap) return false;
    static const char hex[] = "0123456789abcdef";
    char h[32];
    for (int i = 0; i < 16; i++) {
        h[i] = hex[(k.hi >> (60 - 4 * i)) & 15];
        h[16 + i] = hex[(k.lo >> (60 - 4 * i)) & 15];
    }
    memcpy(out, d, n);
    memcpy(out + n, "/ast/", 5);
    memcpy(out + n + 5, h, 2);
    out[n + 7] = '/';
    memcpy(out + n + 8, h + 2, 30);
    out[n + 38] = 0;
    return true;
}

uint8_t *cache_get(CacheKey key, size_t *len) {
    char p[4200];
    if (!entry_path(key, p, sizeof p)) return NULL;
    size_t n = 0;
    uint8_t *data = (uint8_t *)source_read_private(p, &n);
    /* The entry ends with the XXH3-64 of the rest: a damaged file (a full
     * disk, a crash of the machine) reads as a miss. */
    uint64_t sum;
    if (data && n >= 8) memcpy(&sum, data + n - 8, 8);
    if (!data || n < 8 || sum != XXH3_64bits(data, n - 8)) {
        free(data);
        stats.misses++;
        return NULL;
    }
    stats.hits++;
    *len = n - 8;
    return data;
}

bool cache_has(CacheKey key) {
    char p[4200];
    return entry_path(key, p, sizeof p) && access(p, R_OK) == 0;
}

/* mkdir -p for the parent of `path`. */
static void make_parents(char *path) {
    for (char *s = path + 1; *s; s++) {
        if (*s != '/') continue;
        *s = 0;
        if (mkdir(path, 0700) != 0 && errno != EEXIST) {
            *s = '/';
            return;
        }
        *s = '/';
    }
}

void cache_put(CacheKey key, const uint8_t *data, size_t len) {
    char p[4200], tmp[4300];
    if (!entry_path(key, p, sizeof p)) return;
    static unsigned seq;
    snprintf(tmp, sizeof tmp, "%s.tmp%ld.%u", p, (long)getpid(), seq++);
    int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0 && errno == ENOENT) {
        make_parents(tmp);
        fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    }
    if (fd < 0) return;
    uint64_t sum = XXH3_64bits(data, len);
    bool ok = write_full(fd, data, len) && write_full(fd, (const uint8_t *)&sum, 8);
    if (close(fd) != 0 || !ok || rename(tmp, p) != 0) {
        unlink(tmp);
        return;
    }
    stats.writes++;
}
