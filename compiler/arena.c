/*
 * arena.c: chunked bump allocator; the only place that calls malloc,
 * besides vmc_xrealloc which backs the growable vectors of vec.h.
 */
#include "arena.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ArenaChunk {
    ArenaChunk *next;  /* older chunk */
    size_t size;       /* usable bytes after the header */
    _Alignas(16) char data[];
};

#define CHUNK_MIN (64 * 1024)

_Noreturn void vmc_out_of_memory(void) {
    fputs("vmc: error: out of memory\n", stderr);
    exit(1);
}

void *vmc_xrealloc(void *p, size_t size) {
    void *q = realloc(p, size ? size : 1);
    if (!q) vmc_out_of_memory();
    return q;
}

_Noreturn void vmc_assert_fail(const char *file, int line, const char *msg) {
    fprintf(stderr, "vmc: internal error at %s:%d: %s\n"
                    "This is a bug in vmc; please report it with the input that caused it.\n",
            file, line, msg);
    abort();
}

/* Chunks come from malloc, which maps large ones itself.  (Mapping them
 * here, to offer them for transparent huge pages, was tried: with this
 * kernel's defrag setting faults stall on compaction, and LeakSanitizer does
 * not look for pointers in memory it did not allocate.) */
static ArenaChunk *new_chunk(size_t csize) {
    ArenaChunk *c = malloc(sizeof(ArenaChunk) + csize);
    if (!c) vmc_out_of_memory();
    c->size = csize;
    return c;
}

void *arena_alloc_slow(Arena *a, size_t size, size_t align) {
    uintptr_t p = ((uintptr_t)a->cur + (align - 1)) & ~(uintptr_t)(align - 1);
    if (!a->cur || p + size > (uintptr_t)a->end) {
        size_t want = size + align;
        size_t csize = CHUNK_MIN;
        if (a->head && a->head->size < 16 * 1024 * 1024) csize = a->head->size * 2;
        if (csize < want) csize = want;
        ArenaChunk *c = new_chunk(csize);
        c->next = a->head;
        a->head = c;
        a->cur = c->data;
        a->end = c->data + c->size;
        a->total += c->size;
        p = ((uintptr_t)a->cur + (align - 1)) & ~(uintptr_t)(align - 1);
    }
    a->cur = (char *)(p + size);
    return (void *)p;
}

void *arena_zalloc(Arena *a, size_t size, size_t align) {
    void *p = arena_alloc(a, size, align);
    memset(p, 0, size);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t len) {
    char *d = arena_alloc(a, len + 1, 1);
    if (len) memcpy(d, s, len);
    d[len] = 0;
    return d;
}

size_t arena_used(const Arena *a) {
    return a->head ? a->total - (size_t)(a->end - a->cur) : 0;
}

void arena_free(Arena *a) {
    ArenaChunk *c = a->head;
    while (c) {
        ArenaChunk *n = c->next;
        free(c);
        c = n;
    }
    a->head = NULL;
    a->cur = a->end = NULL;
    a->total = 0;
}
