/*
 * source.c: reading files and recording them, the line tables, and path
 * normalization.  Nothing else in vmc calls open() or fopen() on inputs.
 */
#include "source.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include "arena.h"
#include "runtime.h"
#include "sym.h"
#include "vec.h"

static VEC(Source *) sources;
static VEC(Input) inputs;
static char *cwd;

const char *path_cwd(void) {
    if (!cwd) {
        char buf[8192];
        if (getcwd(buf, sizeof buf)) cwd = path_normalize(buf, strlen(buf));
        else cwd = path_normalize("/", 1);
    }
    return cwd;
}

char *path_normalize(const char *p, size_t len) {
    char *out = vmc_xrealloc(NULL, len + 2);
    size_t o = 0;
    size_t i = 0;
    out[o++] = '/';
    while (i < len) {
        while (i < len && p[i] == '/') i++;
        size_t s = i;
        while (i < len && p[i] != '/') i++;
        size_t n = i - s;
        if (n == 0) break;
        if (n == 1 && p[s] == '.') continue;
        if (n == 2 && p[s] == '.' && p[s + 1] == '.') {
            while (o > 1 && out[o - 1] != '/') o--;   /* drop the last component */
            if (o > 1) o--;                            /* and the '/' before it */
            continue;
        }
        if (o > 1) out[o++] = '/';
        memcpy(out + o, p + s, n);
        o += n;
    }
    if (o > 1 && out[o - 1] == '/') o--;
    out[o] = 0;
    return out;
}

char *path_resolve(const char *base_dir, const char *p, size_t len) {
    if (len > 0 && p[0] == '/') return path_normalize(p, len);
    size_t bl = strlen(base_dir);
    char *tmp = vmc_xrealloc(NULL, bl + len + 2);
    memcpy(tmp, base_dir, bl);
    tmp[bl] = '/';
    memcpy(tmp + bl + 1, p, len);
    char *r = path_normalize(tmp, bl + 1 + len);
    free(tmp);
    return r;
}

/* Paths already recorded. */
static SymMap seen;

/* The first read of a path is the one that counts: a build depends on what
 * it saw then. */
static void record(const char *path, uint64_t hash, bool exists, bool is_dir) {
    Sym s = sym_cstr(path);
    if (symmap_get(&seen, s)) return;
    Input in = {s->str, hash, exists, is_dir};
    vec_push(&inputs, in);
    symmap_put(&seen, s, (void *)(uintptr_t)inputs.len);   /* 1 + its index */
}

/* The recorded hash of the file at `path` (interned), if it was read. */
static bool recorded_hash(Sym path, uint64_t *hash) {
    uintptr_t k = (uintptr_t)symmap_get(&seen, path);
    if (!k || !inputs.data[k - 1].exists || inputs.data[k - 1].hash == 0) return false;
    *hash = inputs.data[k - 1].hash;
    return true;
}

const RuntimeFile *runtime_find(const char *path) {
    size_t rl = strlen(RUNTIME_ROOT);
    if (strncmp(path, RUNTIME_ROOT "/", rl + 1) != 0) return NULL;
    for (const RuntimeFile *f = vmc_runtime_files; f->name; f++)
        if (strcmp(f->name, path + rl + 1) == 0) return f;
    return NULL;
}

/* Whether `path` is RUNTIME_ROOT or a directory of embedded files. */
static bool runtime_dir(const char *path) {
    size_t rl = strlen(RUNTIME_ROOT);
    if (strncmp(path, RUNTIME_ROOT, rl) != 0 || (path[rl] && path[rl] != '/')) return false;
    if (!path[rl]) return true;
    size_t dl = strlen(path + rl + 1);
    for (const RuntimeFile *f = vmc_runtime_files; f->name; f++)
        if (strncmp(f->name, path + rl + 1, dl) == 0 && f->name[dl] == '/') return true;
    return false;
}

/* Reads the whole file at `path` into a NUL-terminated malloc'ed buffer.
 * On failure returns false with errno set (*is_dir tells a directory). */
static bool read_whole(const char *path, char **out, size_t *len, bool *is_dir) {
    *is_dir = false;
    int fd;
    do fd = open(path, O_RDONLY | O_CLOEXEC);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) return false;
    struct stat st;
    size_t cap = 1 << 12;
    /* A regular file is read in one call when its size is known (a file
     * growing meanwhile is read as it was at fstat); anything else, and
     * files that report no size (/proc), until end of file. */
    size_t want = SIZE_MAX;
    if (fstat(fd, &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            close(fd);
            *is_dir = true;
            errno = EISDIR;
            return false;
        }
        if (S_ISREG(st.st_mode) && st.st_size > 0 && (uint64_t)st.st_size < UINT32_MAX) {
            want = (size_t)st.st_size;
            cap = want + 2;
        }
    }
    size_t n = 0;
    char *buf = vmc_xrealloc(NULL, cap);
    while (n < want) {
        if (n + 1 >= cap) buf = vmc_xrealloc(buf, cap *= 2);
        ssize_t r = read(fd, buf + n, cap - n - 1);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) {
            close(fd);
            free(buf);
            errno = EIO;
            return false;
        }
        if (r == 0) break;
        n += (size_t)r;
    }
    close(fd);
    buf[n] = 0;
    if (n >= UINT32_MAX) {
        /* Spans count bytes in 32 bits. */
        free(buf);
        errno = EFBIG;
        return false;
    }
    *out = buf;
    *len = n;
    return true;
}

bool path_mkdirs(const char *path, unsigned mode) {
    size_t n = strlen(path);
    char *p = vmc_xrealloc(NULL, n + 1);
    memcpy(p, path, n + 1);
    for (char *c = p + 1;; c++) {
        if (*c != '/' && *c) continue;
        char was = *c;
        *c = 0;
        bool ok = mkdir(p, (mode_t)mode) == 0 || errno == EEXIST;
        *c = was;
        if (!ok || !was) break;
    }
    free(p);
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

bool write_full(int fd, const void *data, size_t n) {
    const char *p = data;
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return false;
        p += w;
        n -= (size_t)w;
    }
    return true;
}

const char *source_read_private(const char *path, size_t *len) {
    char *buf;
    bool is_dir;
    return read_whole(path, &buf, len, &is_dir) ? buf : NULL;
}

const char *source_read(const char *path, size_t *len) {
    /* The runtime library is part of the binary: not an input to record. */
    const RuntimeFile *rf = runtime_find(path);
    if (rf) {
        char *buf = vmc_xrealloc(NULL, rf->len + 1);
        memcpy(buf, rf->text, rf->len);
        buf[rf->len] = 0;
        *len = rf->len;
        return buf;
    }
    if (runtime_dir(path)) {
        errno = EISDIR;
        return NULL;
    }
    if (strncmp(path, RUNTIME_ROOT "/", strlen(RUNTIME_ROOT) + 1) == 0) {
        errno = ENOENT;
        return NULL;
    }
    char *buf = NULL;
    size_t n = 0;
    bool is_dir = false;
    if (!read_whole(path, &buf, &n, &is_dir)) {
        int e = errno;
        record(path, 0, is_dir, is_dir);
        errno = e;
        return NULL;
    }
    record(path, XXH3_64bits(buf, n), true, false);
    *len = n;
    return buf;
}

/* Texts read by source_read_many share one mapping, unmapped when the
 * last of them is released (source_release_text), so that the memory goes
 * back to the system instead of staying as holes in the heap. */
typedef struct TextBlock {
    char *base;
    size_t size;
    uint32_t refs;   /* texts in it not yet released */
} TextBlock;
static VEC(TextBlock *) blocks;

/* The offset of each line's start in text: one pass, into a buffer on the
 * stack, then kept (malloc'ed) at its exact size.  Touches no shared
 * state: the reading threads build the tables of what they read. */
static uint32_t *line_offsets(const char *text, size_t len, uint32_t *count) {
    const char *end = text + len;
    uint32_t buf[1024], cap = 1024, n = 0;
    uint32_t *l = buf;
    l[n++] = 0;
    for (const char *p = text; (p = memchr(p, '\n', (size_t)(end - p))); p++) {
        if (n == cap) {
            uint32_t *nl = realloc(l == buf ? NULL : l, sizeof(uint32_t) * (cap *= 2));
            if (!nl) vmc_out_of_memory();
            if (l == buf) memcpy(nl, buf, sizeof buf);
            l = nl;
        }
        l[n++] = (uint32_t)(p - text) + 1;
    }
    uint32_t *r = l == buf ? malloc(sizeof(uint32_t) * n) : realloc(l, sizeof(uint32_t) * n);
    if (!r) vmc_out_of_memory();
    if (l == buf) memcpy(r, buf, sizeof(uint32_t) * n);
    *count = n;
    return r;
}

/* The block holding `text`, or NULL for a text of its own. */
static TextBlock *block_of(const char *text) {
    for (uint32_t i = 0; i < blocks.len; i++)
        if (text >= blocks.data[i]->base && text < blocks.data[i]->base + blocks.data[i]->size) return blocks.data[i];
    return NULL;
}

typedef struct ReadJob {
    const char *const *paths;
    uint32_t from, to;
    int phase;          /* 0: open and size them; 1: read into the block */
    int *fds;           /* 0: in the block; -1: read it alone (read_whole) */
    size_t *sizes;
    size_t *offs;       /* in the block */
    char *block;
    char **texts;       /* each text: in the block or malloc'ed */
    size_t *lens;
    int *errs;
    bool *dirs;
    uint64_t *hashes;
    uint32_t **lines;   /* each text's line table, when asked for (else NULL) */
    uint32_t *nlines;
} ReadJob;

/* Does one phase for paths[from..to), touching no shared state. */
static void *read_range(void *p) {
    ReadJob *j = p;
    for (uint32_t i = j->from; i < j->to; i++) {
        if (j->phase == 0) {
            j->texts[i] = NULL;
            j->errs[i] = 0;
            j->dirs[i] = false;
            j->sizes[i] = 0;
            /* Sizes only: holding a thousand files open would grow the
             * descriptor table, which stalls a threaded process. */
            struct stat st;
            bool whole = stat(j->paths[i], &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
                         (uint64_t)st.st_size < UINT32_MAX;
            if (whole) j->sizes[i] = (size_t)st.st_size;
            j->fds[i] = whole ? 0 : -1;   /* -1: a directory, a device, /proc, missing: read_whole deals with it */
            continue;
        }
        int fd = -1;
        if (j->fds[i] >= 0) {
            do fd = open(j->paths[i], O_RDONLY | O_CLOEXEC);
            while (fd < 0 && errno == EINTR);
        }
        if (fd < 0) {
            if (read_whole(j->paths[i], &j->texts[i], &j->lens[i], &j->dirs[i])) {
                j->hashes[i] = XXH3_64bits(j->texts[i], j->lens[i]);
                if (j->lines) j->lines[i] = line_offsets(j->texts[i], j->lens[i], &j->nlines[i]);
            } else {
                j->texts[i] = NULL;
                j->errs[i] = errno;
            }
            continue;
        }
        /* A file growing meanwhile is read as it was at fstat. */
        char *t = j->block + j->offs[i];
        size_t n = 0;
        bool failed = false;
        while (n < j->sizes[i]) {
            ssize_t r = read(fd, t + n, j->sizes[i] - n);
            if (r < 0 && errno == EINTR) continue;
            if (r < 0) failed = true;
            if (r <= 0) break;
            n += (size_t)r;
        }
        close(fd);
        if (failed) {
            j->errs[i] = EIO;
            continue;
        }
        t[n] = 0;   /* a file that shrank ends early */
        j->texts[i] = t;
        j->lens[i] = n;
        j->hashes[i] = XXH3_64bits(t, n);
        if (j->lines) j->lines[i] = line_offsets(t, n, &j->nlines[i]);
    }
    return NULL;
}

static void run_phase(ReadJob *first, ReadJob *second, int phase) {
    first->phase = second->phase = phase;
    pthread_t th;
    bool threaded = pthread_create(&th, NULL, read_range, second) == 0;
    read_range(first);
    if (threaded) pthread_join(th, NULL);
    else read_range(second);
}

void source_read_many(const char *const *paths, uint32_t n, const char **texts, size_t *lens, int *errs,
                      uint32_t **lines, uint32_t *nlines) {
    if (lines)
        for (uint32_t i = 0; i < n; i++) lines[i] = NULL;
    bool plain = n < 64;
    for (uint32_t i = 0; i < n && !plain; i++)
        if (strncmp(paths[i], RUNTIME_ROOT, strlen(RUNTIME_ROOT)) == 0) plain = true;
    if (plain) {
        for (uint32_t i = 0; i < n; i++) {
            texts[i] = source_read(paths[i], &lens[i]);
            errs[i] = texts[i] ? 0 : errno;
        }
        return;
    }
    char **t = vmc_xrealloc(NULL, sizeof(char *) * n);
    bool *dirs = vmc_xrealloc(NULL, sizeof(bool) * n);
    uint64_t *hashes = vmc_xrealloc(NULL, sizeof(uint64_t) * n);
    int *fds = vmc_xrealloc(NULL, sizeof(int) * n);
    size_t *sizes = vmc_xrealloc(NULL, sizeof(size_t) * n);
    size_t *offs = vmc_xrealloc(NULL, sizeof(size_t) * n);
    ReadJob second = {paths, n / 2, n, 0, fds, sizes, offs, NULL, t, lens, errs, dirs, hashes, lines, nlines};
    ReadJob first = {paths, 0, n / 2, 0, fds, sizes, offs, NULL, t, lens, errs, dirs, hashes, lines, nlines};
    run_phase(&first, &second, 0);
    size_t total = 0;
    for (uint32_t i = 0; i < n; i++) {
        offs[i] = total;
        if (fds[i] >= 0) {
            total += sizes[i] + 1;
        }
    }
    TextBlock *b = NULL;
    if (total) {
        /* Mapped at once (MAP_POPULATE): every page is about to be written
         * by read(), and one call maps them faster than a fault each. */
        void *m = mmap(NULL, total, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
        if (m == MAP_FAILED) vmc_out_of_memory();
        b = vmc_xrealloc(NULL, sizeof *b);
        b->base = m;
        b->size = total;
        b->refs = 0;
        first.block = second.block = m;
    }
    run_phase(&first, &second, 1);
    for (uint32_t i = 0; i < n; i++) {
        if (t[i]) record(paths[i], hashes[i], true, false);
        else record(paths[i], 0, dirs[i], dirs[i]);
        texts[i] = t[i];
        if (b && t[i] && t[i] >= b->base && t[i] < b->base + b->size) b->refs++;
    }
    if (b) {
        if (b->refs) {
            vec_push(&blocks, b);
        } else {
            munmap(b->base, b->size);
            free(b);
        }
    }
    free(t);
    free(dirs);
    free(hashes);
    free(fds);
    free(sizes);
    free(offs);
}

bool source_probe(const char *path) {
    if (strncmp(path, RUNTIME_ROOT, strlen(RUNTIME_ROOT)) == 0) return runtime_find(path) || runtime_dir(path);
    struct stat st;
    bool ok = stat(path, &st) == 0;
    record(path, 0, ok, ok && S_ISDIR(st.st_mode));
    return ok;
}

const char *source_display_path(const char *path) {
    if (strncmp(path, RUNTIME_ROOT "/", strlen(RUNTIME_ROOT) + 1) == 0) return path + 1;
    const char *c = path_cwd();
    size_t cl = strlen(c);
    if (path[0] != '/') return path;
    if (strcmp(c, "/") != 0 && strncmp(path, c, cl) == 0 && path[cl] == '/') return path + cl + 1;
    return path;
}

/* Sources by absolute path. */
static SymMap bypath;

Source *source_find(const char *path) { return symmap_get(&bypath, sym_cstr(path)); }
Source *source_find_sym(Sym path) { return symmap_get(&bypath, path); }

Source *source_add(const char *path, const char *dir, const char *text, size_t len) {
    if (sources.len == 0) vec_push(&sources, NULL);   /* id 0 = no file */
    if (sources.len >= (1u << SPAN_FILE_BITS)) {
        /* Spans name a file in SPAN_FILE_BITS bits (common.h). */
        fprintf(stderr, "vmc: error: more than %u source files in one run; split the configuration\n",
                (1u << SPAN_FILE_BITS) - 1);
        exit(1);
    }
    Source *s = vmc_xrealloc(NULL, sizeof(Source));
    s->path = path;
    s->display = source_display_path(path);
    s->dir = dir;
    s->text = text;
    s->len = (uint32_t)len;
    s->lines = NULL;   /* built when first needed: most files never need it */
    s->nlines = 0;
    s->keyed = false;
    s->released = false;
    s->id = sources.len;
    vec_push(&sources, s);
    s->psym = path[0] == '/' ? sym_cstr(path) : NULL;
    if (s->psym) symmap_put(&bypath, s->psym, s);
    return s;
}

void source_release_text(Source *s) {
    if (s->released || !s->text || s->path[0] != '/' || runtime_find(s->path)) return;
    source_line_table(s, NULL);
    /* The hash recorded when it was read is of this very text. */
    if (!recorded_hash(s->psym, &s->hash)) s->hash = XXH3_64bits(s->text, s->len);
    TextBlock *b = block_of(s->text);
    if (!b) {
        free((char *)s->text);
    } else if (--b->refs == 0) {
        arena_give(b->base, b->size);
        for (uint32_t i = 0; i < blocks.len; i++)
            if (blocks.data[i] == b) blocks.data[i] = blocks.data[--blocks.len];
        free(b);
    }
    s->text = NULL;
    s->released = true;
}

const char *source_text(const Source *cs) {
    Source *s = (Source *)cs;   /* reading again restores what was released */
    if (!s->released) return s->text;
    size_t len;
    char *t = (char *)source_read_private(s->path, &len);
    if (!t) return NULL;
    if (len != s->len || XXH3_64bits(t, len) != s->hash) {
        free(t);
        return NULL;
    }
    s->text = t;
    s->released = false;
    return t;
}

Source *source_get(uint32_t id) {
    if (id == 0 || id >= sources.len) return NULL;
    return sources.data[id];
}

const uint32_t *source_line_table(const Source *cs, uint32_t *count) {
    Source *s = (Source *)cs;   /* the table is a cache of the text */
    /* Built before the text can be released, so s->text is there. */
    if (!s->lines) s->lines = line_offsets(s->text, s->len, &s->nlines);
    if (count) *count = s->nlines;
    return s->lines;
}

void source_set_lines(Source *s, uint32_t *lines, uint32_t n) {
    if (!lines || s->lines) return;
    s->lines = lines;
    s->nlines = n;
}

void source_linecol(const Source *s, uint32_t off, uint32_t *line, uint32_t *col) {
    source_line_table(s, NULL);
    uint32_t lo = 0, hi = s->nlines;
    while (hi - lo > 1) {
        uint32_t mid = (lo + hi) / 2;
        if (s->lines[mid] <= off) lo = mid; else hi = mid;
    }
    *line = lo + 1;
    *col = off - s->lines[lo] + 1;
}

const Input *source_inputs(uint32_t *count) {
    *count = inputs.len;
    return inputs.data;
}
