/*
 * arena.h: bump allocation by lifetime.
 *
 * An Arena hands out memory from large chunks and frees it all at once.
 * vmc has three lifetimes: one arena per source file (text, line table,
 * AST), one for the evaluation (values, thunks, environments) and scratch
 * arenas reset between outputs.  Allocation never fails: out of memory
 * prints a message and exits with status 1.
 */
#ifndef VMC_ARENA_H
#define VMC_ARENA_H

#include "common.h"

typedef struct ArenaChunk ArenaChunk;

typedef struct Arena {
    ArenaChunk *head;  /* current chunk; older chunks are linked behind it */
    char *cur;         /* next free byte in head */
    char *end;         /* where the fast path stops: the end of head, or of
                          the current window when prefaulting */
    char *limit;       /* end of head */
    size_t total;      /* bytes obtained from the system, for statistics */
    bool prefault;     /* see arena_prefault */
    uint32_t window;   /* size of the window mapped next, when prefaulting */
} Arena;

/* Returns `size` bytes aligned to `align` (a power of two), uninitialized. */
void *arena_alloc_slow(Arena *a, size_t size, size_t align);
static inline void *arena_alloc(Arena *a, size_t size, size_t align) {
    uintptr_t p = ((uintptr_t)a->cur + (align - 1)) & ~(uintptr_t)(align - 1);
    if (a->cur && p + size <= (uintptr_t)a->end) {
        a->cur = (char *)(p + size);
        return (void *)p;
    }
    return arena_alloc_slow(a, size, align);
}
/* Gives back `p`, `size` bytes, if it is the latest allocation (else
 * nothing): a node made and then found unneeded costs nothing. */
static inline void arena_unalloc(Arena *a, void *p, size_t size) {
    if ((char *)p + size == a->cur) a->cur = (char *)p;
}
/* Like arena_alloc, but zeroed. */
void *arena_zalloc(Arena *a, size_t size, size_t align);
/* Copies `len` bytes and appends a NUL; returns the copy. */
char *arena_strndup(Arena *a, const char *s, size_t len);
/* Bytes handed out so far (the chunks' total less what is left free in the
 * newest one; older chunks' unused tails count as used). */
size_t arena_used(const Arena *a);
/* Frees every chunk; the arena can be used again afterwards. */
void arena_free(Arena *a);

/* Has a helper thread map the arena's memory one window (32 KB, doubling
 * up to 128 KB) ahead of its use, on machines with more than one core: a
 * first write to a fresh page costs a fault (about 2 µs under a
 * hypervisor), and the kernel can zero pages on the other core meanwhile.
 * Contents are never touched (MADV_POPULATE_WRITE); at most a window per
 * arena is mapped unused. */
void arena_prefault(Arena *a);

/* Tells the prefaulting helper about a block malloc handed out: a block
 * at the top of malloc's heap has the helper map the heap a window beyond
 * it, as an arena's memory is.  Called by vmc_xrealloc and the arenas (not
 * for tree-sitter's nodes: parsing keeps both cores busy, and a third
 * thread mapping pages then only takes time from them, measured). */
void arena_heap_used(void *p, size_t n);
/* Asks the helper to map the whole pages of [p, p + n), memory malloc just
 * handed out (a large block, which malloc maps apart from its heap). */
void arena_prefault_hint(void *p, size_t n);

/* Unmaps [p, p + n), a mapping of its own (mmap'ed): on the helper thread
 * when it runs, so that the caller does not wait for the kernel to take
 * the pages down and flush the other core's TLB; else at once.  The range
 * must not be used again. */
void arena_unmap(void *p, size_t n);

/* Gives back [p, p + n), a writable anonymous mapping of its own, mapped in
 * already: kept for the next arena_expect that it can serve, else
 * unmapped (arena_unmap).  arena_give and arena_expect are for the
 * evaluating thread only. */
void arena_give(void *p, size_t n);
/* The arena is about to be asked for about `n` bytes in a burst (an array
 * per option, once the definitions are sorted out): when a mapping given
 * back (arena_give) holds them, it becomes the arena's current chunk, so
 * that the burst writes to pages mapped already instead of faulting them
 * in one by one faster than the helper maps them. */
void arena_expect(Arena *a, size_t n);

/* A buffer that grows large (a log of thousands of entries): malloc'ed
 * while small, a mapping of its own from 64 KB on, grown with mremap.
 * `old` is its size now (0 for NULL).  vmc_big_free gives it back; a
 * mapping through arena_unmap, so that the caller does not wait (free()
 * would unmap it on the calling thread). */
void *vmc_big_realloc(void *p, size_t old, size_t size);
void vmc_big_free(void *p, size_t size);

/* Process-wide allocation of memory that lives until exit (tables, vectors). */
void *vmc_xrealloc(void *p, size_t size);
_Noreturn void vmc_out_of_memory(void);

#define ARENA_NEW(a, T) ((T *)arena_zalloc((a), sizeof(T), _Alignof(T)))
#define ARENA_ARRAY(a, T, n) ((T *)arena_alloc((a), sizeof(T) * (size_t)(n), _Alignof(T)))

#endif
