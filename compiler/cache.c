/* cache.c: the cache of parsed files (see cache.h). */
#include "cache.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/mman.h>
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

CacheKey cache_source_key(Source *src) {
    if (!src->keyed) {
        CacheKey k = cache_key(src->dir, src->text, src->len);
        src->key[0] = k.lo;
        src->key[1] = k.hi;
        src->keyed = true;
    }
    return (CacheKey){src->key[0], src->key[1]};
}

/* ---- packs -------------------------------------------------------------
 *
 * Entries live in pack files, DIR/packs/HASH.pack, one written per run that
 * parsed something (creating a file costs about a millisecond on some file
 * systems, so one file per parsed file made a first run of 1000 modules
 * seconds slower).  A pack:
 *
 *   "VMCPACK1", u32 count, u32 0,
 *   count x { u64 key.lo, u64 key.hi, u64 offset, u64 length, u64 XXH3 of the blob },
 *   u64 XXH3 of everything above, then the blobs.
 *
 * A run maps every pack once, and reads an entry straight from the map
 * after checking its hash; a pack with a bad header or index is ignored.
 * When there are more than MAX_PACKS, the run writes one pack with every
 * entry it used and deletes the packs it read: the cache keeps the working
 * set, and old builds' entries go. */

#define MAX_PACKS 16
#define PACK_MAGIC "VMCPACK1"
#define PACK_HEAD 16   /* magic, count, 0 */
#define PACK_REC 40    /* an index record: key, offset, length, XXH3 */

typedef struct Entry {
    CacheKey key;
    const uint8_t *data;   /* owned when new (pack < 0); else NULL, see entry_data */
    uint64_t off;          /* in its pack */
    int32_t pack;          /* index in tab.maps, or -1 */
    bool present;          /* the slot is in use */
    uint64_t len, sum;
    bool checked, bad, used, fresh;
} Entry;

static struct {
    bool loaded;
    Entry *e;              /* open-addressed by key.lo */
    uint32_t cap, n;
    uint32_t nfresh;       /* entries put since the last flush */
    char **packs;          /* paths of the packs read */
    uint32_t npacks;
    /* Their mappings: unmapped by cache_release, mapped again (from the
     * descriptor kept open) when an entry is wanted afterwards. */
    struct { const uint8_t *base; size_t size; int fd; uint32_t count; } *maps;
} tab;

/* The bytes of an entry, mapping its pack again if needed; NULL if that
 * fails. */
static const uint8_t *entry_data(const Entry *e) {
    if (e->pack < 0) return e->data;
    __typeof__(*tab.maps) *m = &tab.maps[e->pack];
    if (!m->base) {
        void *b = mmap(NULL, m->size, PROT_READ, MAP_PRIVATE, m->fd, 0);
        if (b == MAP_FAILED) return NULL;
        m->base = b;
    }
    return m->base + e->off;
}

static Entry *slot(CacheKey k) {
    uint32_t i = (uint32_t)k.lo & (tab.cap - 1);
    while (tab.e[i].present && (tab.e[i].key.lo != k.lo || tab.e[i].key.hi != k.hi)) i = (i + 1) & (tab.cap - 1);
    return &tab.e[i];
}

/* Room for `more` entries beyond those in (at most half full): one table
 * of the size they need, not a doubling per thousand. */
static void reserve(uint32_t more) {
    uint32_t oc = tab.cap, nc = oc ? oc : 1024;
    while ((uint64_t)tab.n + more + 1 > nc / 2) {
        if (nc >= 1u << 30) vmc_out_of_memory();   /* a billion entries: not a cache of this size */
        nc *= 2;
    }
    if (nc == oc) return;
    Entry *old = tab.e;
    tab.cap = nc;
    tab.e = calloc(tab.cap, sizeof(Entry));
    VMC_ASSERT(tab.e, "out of memory");
    for (uint32_t i = 0; i < oc; i++)
        if (old[i].present) *slot(old[i].key) = old[i];
    free(old);
}

static void add(Entry e) {
    if ((tab.n + 1) * 2 > tab.cap) reserve(1);   /* doubles */
    Entry *s = slot(e.key);
    if (s->present) return;   /* the first pack that has it */
    *s = e;
    tab.n++;
}

static uint64_t rd64(const uint8_t *p) {
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static void read_pack(const char *path) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;   /* deleted by another run meanwhile */
    struct stat st;
    if (fstat(fd, &st) != 0 || (uint64_t)st.st_size < PACK_HEAD + 8) {
        close(fd);
        return;
    }
    size_t size = (size_t)st.st_size;
    const uint8_t *m = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (m == MAP_FAILED) {
        close(fd);
        return;
    }
    uint32_t count;
    memcpy(&count, m + 8, 4);
    size_t index_end = PACK_HEAD + (size_t)count * PACK_REC;
    if (memcmp(m, PACK_MAGIC, 8) != 0 || count > size / PACK_REC || index_end + 8 > size ||
        rd64(m + index_end) != XXH3_64bits(m, index_end)) {
        munmap((void *)m, size);
        close(fd);
        return;
    }
    tab.maps = vmc_xrealloc(tab.maps, sizeof(*tab.maps) * (tab.npacks + 1));
    tab.maps[tab.npacks].base = m;
    tab.maps[tab.npacks].size = size;
    tab.maps[tab.npacks].fd = fd;
    tab.maps[tab.npacks].count = count;
    tab.packs = vmc_xrealloc(tab.packs, sizeof(char *) * (tab.npacks + 1));
    tab.packs[tab.npacks] = vmc_xrealloc(NULL, strlen(path) + 1);
    strcpy(tab.packs[tab.npacks++], path);
}

/* Pack i's entries go into the table (checked by read_pack). */
static void index_pack(uint32_t k) {
    const uint8_t *m = tab.maps[k].base;
    size_t size = tab.maps[k].size, index_end = PACK_HEAD + (size_t)tab.maps[k].count * PACK_REC;
    for (uint32_t i = 0; i < tab.maps[k].count; i++) {
        const uint8_t *r = m + PACK_HEAD + (size_t)i * PACK_REC;
        uint64_t off = rd64(r + 16), len = rd64(r + 24);
        if (off < index_end + 8 || off > size || len > size - off) continue;
        add((Entry){{rd64(r), rd64(r + 8)}, NULL, off, (int32_t)k, true, len, rd64(r + 32), false, false, false,
                    false});
    }
}

static void load(void) {
    if (tab.loaded) return;
    tab.loaded = true;
    const char *d = cache_dir();
    char p[4200];
    snprintf(p, sizeof p, "%s/packs", d);
    DIR *dp = *d ? opendir(p) : NULL;
    if (!dp) {
        reserve(0);
        return;
    }
    for (struct dirent *de; (de = readdir(dp));) {
        size_t n = strlen(de->d_name);
        if (n < 6 || strcmp(de->d_name + n - 5, ".pack") != 0) continue;
        char f[4500];
        snprintf(f, sizeof f, "%s/%s", p, de->d_name);
        read_pack(f);
    }
    closedir(dp);
    /* Sized once for every pack's entries, then filled. */
    uint64_t total = 0;
    for (uint32_t k = 0; k < tab.npacks; k++) total += tab.maps[k].count;
    reserve(total < UINT32_MAX / 4 ? (uint32_t)total : UINT32_MAX / 4);
    for (uint32_t k = 0; k < tab.npacks; k++) index_pack(k);
}

static Entry *find(CacheKey key) {
    if (!*cache_dir()) return NULL;
    load();
    Entry *e = slot(key);
    if (!e->present) return NULL;
    if (!e->checked) {
        const uint8_t *d = entry_data(e);
        if (!d) return NULL;
        e->checked = true;
        /* A damaged pack (a full disk, a crash) reads as a miss. */
        e->bad = XXH3_64bits(d, e->len) != e->sum;
    }
    return e->bad ? NULL : e;
}

const uint8_t *cache_get(CacheKey key, size_t *len) {
    Entry *e = find(key);
    if (!e) {
        stats.misses++;
        return NULL;
    }
    const uint8_t *d = entry_data(e);
    if (!d) {
        stats.misses++;
        return NULL;
    }
    e->used = true;
    stats.hits++;
    *len = e->len;
    return d;
}

void cache_release(void) {
    for (uint32_t i = 0; i < tab.npacks; i++) {
        if (!tab.maps[i].base) continue;
        arena_unmap((void *)tab.maps[i].base, tab.maps[i].size);
        tab.maps[i].base = NULL;
    }
}

bool cache_enabled(void) { return *cache_dir() != 0; }

bool cache_has(CacheKey key) {
    return find(key) != NULL;
}

void cache_put(CacheKey key, const uint8_t *data, size_t len) {
    if (!*cache_dir()) return;
    load();
    Entry *e = slot(key);
    if (e->present && !e->bad) return;
    uint8_t *copy = vmc_xrealloc(NULL, len ? len : 1);
    memcpy(copy, data, len);
    Entry ne = {key, copy, 0, -1, true, len, XXH3_64bits(copy, len), true, false, true, true};
    if (e->present) {
        *e = ne;   /* replaces a damaged one */
    } else {
        add(ne);
    }
    tab.nfresh++;
}

void cache_flush(void) {
    if (!tab.loaded || !*cache_dir()) return;
    /* Counted as they are put: a run that reads everything from the cache
     * does not walk the table (thousands of entries) to find none. */
    uint32_t nfresh = tab.nfresh;
    if (!nfresh) return;
    bool repack = tab.npacks + 1 > MAX_PACKS;
    /* What goes in: the new entries, and when repacking every entry used. */
    uint32_t count = 0;
    size_t total = 0;
    for (uint32_t i = 0; i < tab.cap; i++) {
        Entry *e = &tab.e[i];
        if (e->present && (e->fresh || (repack && e->used && entry_data(e)))) {
            count++;
            total += e->len;
        }
    }
    size_t index_end = PACK_HEAD + (size_t)count * PACK_REC;
    uint8_t *buf = malloc(index_end + 8 + total);
    if (!buf) return;
    memcpy(buf, PACK_MAGIC, 8);
    memcpy(buf + 8, &count, 4);
    memset(buf + 12, 0, 4);
    size_t off = index_end + 8;
    uint32_t k = 0;
    for (uint32_t i = 0; i < tab.cap; i++) {
        Entry *e = &tab.e[i];
        if (!(e->present && (e->fresh || (repack && e->used && entry_data(e))))) continue;
        uint64_t f[5] = {e->key.lo, e->key.hi, off, e->len, e->sum};
        memcpy(buf + PACK_HEAD + (size_t)k++ * PACK_REC, f, PACK_REC);
        memcpy(buf + off, entry_data(e), e->len);
        off += e->len;
    }
    uint64_t isum = XXH3_64bits(buf, index_end);
    memcpy(buf + index_end, &isum, 8);
    char p[4200], tmp[4300], fin[4300];
    snprintf(p, sizeof p, "%s/packs", cache_dir());
    XXH128_hash_t h = XXH3_128bits(buf, off);
    snprintf(fin, sizeof fin, "%s/%016llx%016llx.pack", p, (unsigned long long)h.high64, (unsigned long long)h.low64);
    snprintf(tmp, sizeof tmp, "%s/.tmp-XXXXXX", p);
    int fd = path_mkdirs(p, 0700) ? mkstemp(tmp) : -1;
    if (fd >= 0) {
        bool ok = write_full(fd, buf, off);
        if (close(fd) != 0) ok = false;
        if (ok && rename(tmp, fin) == 0) {
            stats.writes += nfresh;
            for (uint32_t i = 0; i < tab.cap; i++) tab.e[i].fresh = false;
            tab.nfresh = 0;
            if (repack)
                for (uint32_t i = 0; i < tab.npacks; i++)
                    if (strcmp(tab.packs[i], fin) != 0) unlink(tab.packs[i]);
        } else {
            unlink(tmp);
        }
    }
    free(buf);
}
