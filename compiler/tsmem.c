/* tsmem.c: tree-sitter's memory, in heaps let go of whole (see tsmem.h). */
#include "tsmem.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <tree_sitter/api.h>

#include "arena.h"   /* vmc_out_of_memory */

/* A block: a header of two words, then what tree-sitter asked for.  Word 0
 * is the block's own address mixed with KEY (so that a pointer into the
 * middle of a block is not taken for one); word 1 is 0 for a malloc'd
 * block, else its heap's address with its size class in the low byte. */
#define HDR 16
#define KEY ((uintptr_t)0x9E3779B97F4A7C15ull)

/* Heap blocks come in classes of 16 bytes up to 2,032, carved from chunks
 * of 64 KB; bigger ones are malloc'd and listed (class BIG). */
#define GRAIN 16
#define NCLASS 128
#define BIG 0xFF
#define CHUNK ((size_t)64 * 1024)

typedef struct Chunk {
    struct Chunk *next;
    size_t pad;   /* keeps blocks 16-aligned */
} Chunk;

typedef struct Big {
    struct Big *prev, *next;
    size_t size;
    size_t pad;
} Big;

struct TsHeap {
    Chunk *chunks;          /* every chunk taken */
    char *cur, *end;        /* what is left of the newest */
    void *free_[NCLASS];    /* blocks freed, by class, linked through their first word */
    Big *big;               /* big blocks, linked */
};

static _Thread_local TsHeap *in_use;

/* Chunks of heaps let go of, for the next ones (a run parses files one
 * after the other, a few at a time).  Not under AddressSanitizer: there
 * chunks go back to malloc, so that a use after the heap is gone is caught. */
#if defined(__SANITIZE_ADDRESS__)
#define POOL_MAX 0
#else
#define POOL_MAX 64
#endif
static pthread_mutex_t pool_mu = PTHREAD_MUTEX_INITIALIZER;
static Chunk *pool;
static unsigned npool, pool_max = POOL_MAX;

static void *mark(char *b, uintptr_t tag) {
    char *p = b + HDR;
    ((uintptr_t *)b)[0] = (uintptr_t)p ^ KEY;
    ((uintptr_t *)b)[1] = tag;
    return p;
}

static uintptr_t *header(const void *p) { return (uintptr_t *)((char *)p - HDR); }

static bool owned(const void *p) { return header(p)[0] == ((uintptr_t)p ^ KEY); }

static Chunk *chunk_new(void) {
    Chunk *c = NULL;
    if (pool_max) {
        pthread_mutex_lock(&pool_mu);
        if (pool) {
            c = pool;
            pool = c->next;
            npool--;
        }
        pthread_mutex_unlock(&pool_mu);
    }
    if (!c && !(c = malloc(CHUNK))) vmc_out_of_memory();
    return c;
}

static void *heap_alloc(TsHeap *h, size_t n) {
    if (n > (NCLASS - 1) * GRAIN) {
        if (n > SIZE_MAX - sizeof(Big) - HDR) vmc_out_of_memory();
        Big *g = malloc(sizeof(Big) + HDR + n);
        if (!g) vmc_out_of_memory();
        g->size = n;
        g->prev = NULL;
        g->next = h->big;
        if (h->big) h->big->prev = g;
        h->big = g;
        return mark((char *)(g + 1), (uintptr_t)h | BIG);
    }
    uintptr_t c = n ? (n + GRAIN - 1) / GRAIN : 1;
    void *p = h->free_[c];
    if (p) {
        h->free_[c] = *(void **)p;
        return mark((char *)p - HDR, (uintptr_t)h | c);
    }
    size_t need = HDR + c * GRAIN;
    if ((size_t)(h->end - h->cur) < need) {
        Chunk *k = chunk_new();
        k->next = h->chunks;
        h->chunks = k;
        h->cur = (char *)(k + 1);
        h->end = (char *)k + CHUNK;
    }
    char *b = h->cur;
    h->cur += need;
    return mark(b, (uintptr_t)h | c);
}

/* A block's size, as allocated. */
static size_t block_size(const void *p) {
    uintptr_t c = header(p)[1] & 0xFF;
    return c == BIG ? ((Big *)header(p) - 1)->size : c * GRAIN;
}

void *tsmem_malloc(size_t n) {
    if (in_use) return heap_alloc(in_use, n);
    if (n > SIZE_MAX - HDR) vmc_out_of_memory();
    char *b = malloc(n + HDR);
    if (!b) vmc_out_of_memory();
    return mark(b, 0);
}

void *tsmem_calloc(size_t n, size_t k) {
    if (k && n > (SIZE_MAX - HDR) / k) vmc_out_of_memory();
    void *p = tsmem_malloc(n * k);
    memset(p, 0, n * k);
    return p;
}

/* Whether p's header names the heap in use (see tsmem_free). */
static bool in_heap_in_use(const void *p) { return (header(p)[1] & ~(uintptr_t)0xFF) == (uintptr_t)in_use; }

void tsmem_free(void *p) {
    if (!p || !owned(p)) return;
    uintptr_t *hd = header(p), tag = hd[1];
    /* Tree-sitter frees a heap's blocks while it parses, the heap in use.
     * Anything else is no block of a live heap: a chunk taken again from
     * the pool still holds the headers of the blocks a freed heap cut from
     * it, and tree-sitter's bug (tsmem.h) frees pointers into blocks. */
    if (tag && !in_heap_in_use(p)) return;
    hd[0] = 0;   /* a second free of it is ignored */
    if (!tag) {
        free(hd);
        return;
    }
    TsHeap *h = in_use;
    uintptr_t c = tag & 0xFF;
    if (c == BIG) {
        Big *g = (Big *)hd - 1;
        if (g->prev) g->prev->next = g->next;
        else h->big = g->next;
        if (g->next) g->next->prev = g->prev;
        free(g);
        return;
    }
    *(void **)p = h->free_[c];
    h->free_[c] = p;
}

void *tsmem_realloc(void *p, size_t n) {
    if (!p || !owned(p) || (header(p)[1] && !in_heap_in_use(p))) return tsmem_malloc(n);
    uintptr_t *hd = header(p), tag = hd[1];
    if (!tag) {
        if (n > SIZE_MAX - HDR) vmc_out_of_memory();
        hd[0] = 0;
        char *b = realloc(hd, n + HDR);
        if (!b) vmc_out_of_memory();
        return mark(b, 0);
    }
    size_t old = block_size(p);
    if ((tag & 0xFF) != BIG && n <= old) return p;
    void *q = heap_alloc(in_use, n);
    memcpy(q, p, old < n ? old : n);
    tsmem_free(p);
    return q;
}

void tsmem_install(void) { ts_set_allocator(tsmem_malloc, tsmem_calloc, tsmem_realloc, tsmem_free); }

TsHeap *tsmem_heap_new(void) {
    /* Aligned so that the low byte of its address holds a class. */
    TsHeap *h = aligned_alloc(256, (sizeof(TsHeap) + 255) / 256 * 256);
    if (!h) vmc_out_of_memory();
    memset(h, 0, sizeof *h);
    return h;
}

void tsmem_use(TsHeap *h) { in_use = h; }

TsHeap *tsmem_heap_of(const void *p) {
    if (!p || !owned(p)) return NULL;
    uintptr_t tag = header(p)[1];
    return (TsHeap *)(tag & ~(uintptr_t)0xFF);
}

void tsmem_heap_free(TsHeap *h) {
    if (!h) return;
    for (Big *g = h->big, *next; g; g = next) {
        next = g->next;
        free(g);
    }
    /* The chunks go to the pool while it has room, the rest to malloc. */
    Chunk *c = h->chunks;
    pthread_mutex_lock(&pool_mu);
    while (c && npool < pool_max) {
        Chunk *next = c->next;
        c->next = pool;
        pool = c;
        npool++;
        c = next;
    }
    pthread_mutex_unlock(&pool_mu);
    while (c) {
        Chunk *next = c->next;
        free(c);
        c = next;
    }
    free(h);
}
