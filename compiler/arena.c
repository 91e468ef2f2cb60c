/*
 * arena.c: chunked bump allocator; the only place that calls malloc,
 * besides vmc_xrealloc which backs the growable vectors of vec.h.
 */
#include "arena.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23   /* Linux 5.14 */
#endif

struct ArenaChunk {
    ArenaChunk *next;  /* older chunk */
    size_t size;       /* usable bytes after the header */
    bool mapped;       /* a mapping given back (arena_give), not malloc'ed */
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
    arena_heap_used(q, size);
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
    arena_heap_used(c, sizeof(ArenaChunk) + csize);
    c->size = csize;
    c->mapped = false;
    return c;
}

/* ------------------------------------------------------------------------ */
/* Prefaulting: a queue of page ranges and one thread that maps them (or
 * unmaps them, see arena_unmap). */

#define WINDOW (128 * 1024)         /* an arena's window, once grown */
#define WINDOW_MIN (32 * 1024)      /* its first: a small run maps little it does not use */
#define PREFAULT_CHUNK (4 * 1024 * 1024)
#define HEAP_WINDOW (512 * 1024)    /* how far beyond its top the heap is mapped, once grown */
#define HEAP_WINDOW_MIN (64 * 1024) /* at first */

static struct {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    struct { uintptr_t from, to; bool unmap; } q[16];   /* unmap: see arena_unmap */
    unsigned head, tail;   /* pushed at head, taken at tail */
    int state;             /* 0 = not started, 1 = running, -1 = off */
} pf = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, {{0, 0, false}}, 0, 0, 0};

/* malloc's heap, see arena_heap_used. */
static uintptr_t heap_start;    /* the break when the helper started */
static uintptr_t heap_ahead;    /* the heap is asked to be mapped up to here; under pf.mu */
static uintptr_t heap_window = HEAP_WINDOW_MIN;   /* doubles with each request, to HEAP_WINDOW; under pf.mu */

static void *prefault_main(void *arg) {
    (void)arg;
    bool populated = false;   /* a request succeeded: the kernel knows MADV_POPULATE_WRITE */
    for (;;) {
        pthread_mutex_lock(&pf.mu);
        while (pf.head == pf.tail) pthread_cond_wait(&pf.cv, &pf.mu);
        uintptr_t from = pf.q[pf.tail % 16].from, to = pf.q[pf.tail % 16].to;
        bool unmap = pf.q[pf.tail % 16].unmap;
        pf.tail++;
        pthread_mutex_unlock(&pf.mu);
        if (unmap) {
            munmap((void *)from, to - from);
            continue;
        }
        /* Maps the pages without writing to them: whatever the range holds
         * by now (even memory freed and reused) stays as it is.  A kernel
         * without MADV_POPULATE_WRITE turns prefaulting off; once a request
         * has worked, a failure is a range mapped otherwise since (a pack
         * mapped read-only where a heap window was), and is ignored. */
        if (madvise((void *)from, to - from, MADV_POPULATE_WRITE) == 0) {
            populated = true;
        } else if (errno == EINVAL && !populated) {
            pthread_mutex_lock(&pf.mu);
            pf.state = -1;   /* arena_unmap unmaps at once from now on */
            /* The unmaps queued meanwhile are done before leaving. */
            while (pf.head != pf.tail) {
                unsigned k = pf.tail++ % 16;
                if (pf.q[k].unmap) munmap((void *)pf.q[k].from, pf.q[k].to - pf.q[k].from);
            }
            pthread_mutex_unlock(&pf.mu);
            return NULL;
        }
    }
}

void arena_prefault(Arena *a) {
    pthread_mutex_lock(&pf.mu);
    if (pf.state == 0) {
        pf.state = -1;
        if (sysconf(_SC_NPROCESSORS_ONLN) > 1) {
            pthread_attr_t at;
            pthread_attr_init(&at);
            pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
            pthread_attr_setstacksize(&at, 64 * 1024);
            sigset_t all, old;
            sigfillset(&all);
            pthread_sigmask(SIG_SETMASK, &all, &old);   /* signals stay with the other threads */
            pthread_t t;
            if (pthread_create(&t, &at, prefault_main, NULL) == 0) pf.state = 1;
            heap_start = (uintptr_t)sbrk(0);
            __atomic_store_n(&heap_ahead, heap_start, __ATOMIC_RELAXED);
            pthread_sigmask(SIG_SETMASK, &old, NULL);
            pthread_attr_destroy(&at);
        }
    }
    a->prefault = pf.state == 1;
    pthread_mutex_unlock(&pf.mu);
}

/* Queues [from, to) for the helper (to map, or to unmap): false when the
 * helper is not running or the queue is full. */
static bool enqueue(uintptr_t from, uintptr_t to, bool unmap) {
    pthread_mutex_lock(&pf.mu);
    bool queued = false;
    if (pf.state == 1 && pf.head - pf.tail < 16) {
        pf.q[pf.head % 16].from = from;
        pf.q[pf.head % 16].to = to;
        pf.q[pf.head % 16].unmap = unmap;
        pf.head++;
        queued = true;
    }
    pthread_mutex_unlock(&pf.mu);
    /* Signalled after unlocking, so that the helper, woken, does not block
     * on the mutex this thread still holds (a second system call here). */
    if (queued) pthread_cond_signal(&pf.cv);
    return queued;
}

/* Asks for the whole pages of [from, to) to be mapped (a full queue drops
 * the request). */
static void prefault_range(char *from, char *to) {
    uintptr_t f = ((uintptr_t)from + 4095) & ~(uintptr_t)4095, t = (uintptr_t)to & ~(uintptr_t)4095;
    if (f < t) enqueue(f, t, false);
}

void arena_unmap(void *p, size_t n) {
    if (!enqueue((uintptr_t)p, (uintptr_t)p + n, true)) munmap(p, n);
}

/* One mapping given back, kept for an arena's burst (arena_expect): its
 * pages are mapped already.  Under AddressSanitizer mappings are not kept:
 * LeakSanitizer does not look for pointers in memory it did not allocate. */
#define SPARE_MIN (256 * 1024)
static struct {
    char *p;
    size_t n;
} spare;

void arena_give(void *p, size_t n) {
#if !defined(__SANITIZE_ADDRESS__)
    if (n >= SPARE_MIN && n > spare.n) {
        if (spare.p) arena_unmap(spare.p, spare.n);
        spare.p = p;
        spare.n = n;
        return;
    }
#endif
    arena_unmap(p, n);
}

void arena_expect(Arena *a, size_t n) {
    if (!spare.p || spare.n < sizeof(ArenaChunk) + n) return;
    ArenaChunk *c = (ArenaChunk *)(void *)spare.p;
    c->size = spare.n - sizeof(ArenaChunk);
    c->mapped = true;
    c->next = a->head;
    a->head = c;
    a->cur = c->data;
    a->end = a->limit = c->data + c->size;
    a->total += spare.n;
    spare.p = NULL;
    spare.n = 0;
}

void arena_prefault_hint(void *p, size_t n) {
    if (__atomic_load_n(&pf.state, __ATOMIC_RELAXED) == 1) prefault_range(p, (char *)p + n);
}

/* malloc's heap (vectors, file texts, small chunks) grows at its top, by
 * M_TOP_PAD (main.c) at a time.  A block handed out at the top has the
 * helper map the heap a window beyond it (not the whole pad: what the run
 * never uses stays unmapped).  The break is read without a system call; a
 * block below the mapped end (a reused one) costs a comparison. */
void arena_heap_used(void *p, size_t n) {
    uintptr_t end = (uintptr_t)p + n;
    if (end + HEAP_WINDOW_MIN / 2 <= __atomic_load_n(&heap_ahead, __ATOMIC_RELAXED)) return;
    if (__atomic_load_n(&pf.state, __ATOMIC_RELAXED) != 1) return;
    uintptr_t brk = (uintptr_t)sbrk(0);
    if ((uintptr_t)p < heap_start || end > brk) return;   /* mapped apart by malloc */
    pthread_mutex_lock(&pf.mu);
    uintptr_t from = heap_ahead > end ? heap_ahead : end, to = end + heap_window < brk ? end + heap_window : brk;
    bool ask = to > from;
    if (ask) {
        __atomic_store_n(&heap_ahead, to, __ATOMIC_RELAXED);
        if (heap_window < HEAP_WINDOW) heap_window *= 2;
    }
    pthread_mutex_unlock(&pf.mu);
    if (ask) prefault_range((char *)from, (char *)to);
}

void *arena_alloc_slow(Arena *a, size_t size, size_t align) {
    uintptr_t p = ((uintptr_t)a->cur + (align - 1)) & ~(uintptr_t)(align - 1);
    if (a->cur && p + size <= (uintptr_t)a->limit) {
        /* The window is used up, not the chunk: open the next window and
         * have the one after it mapped. */
        char *e = (char *)(p + size);
        char *ne = a->end + a->window;   /* the window the helper was asked for */
        if (ne < e) ne = e;
        if (ne > a->limit) ne = a->limit;
        a->end = ne;
        if (a->window < WINDOW) a->window *= 2;
        prefault_range(ne, (size_t)(a->limit - ne) > a->window ? ne + a->window : a->limit);
        a->cur = e;
        return (void *)p;
    }
    {
        size_t want = size + align;
        size_t csize = CHUNK_MIN;
        if (a->head && a->head->size < 16 * 1024 * 1024) csize = a->head->size * 2;
        /* A prefaulted arena starts big: memory not yet written costs
         * nothing, and each new chunk's first window is faulted by its user
         * (the helper has not had time to map it). */
        if (a->prefault && csize < PREFAULT_CHUNK) csize = PREFAULT_CHUNK;
        if (csize < want) csize = want;
        ArenaChunk *c = new_chunk(csize);
        c->next = a->head;
        a->head = c;
        a->cur = c->data;
        a->limit = c->data + c->size;
        a->end = a->limit;
        a->total += c->size;
        p = ((uintptr_t)a->cur + (align - 1)) & ~(uintptr_t)(align - 1);
        if (a->prefault && c->size - size > 2 * WINDOW) {
            if (!a->window) a->window = WINDOW_MIN;
            a->end = (char *)(p + size) + a->window;
            prefault_range((char *)(p + size), a->end + a->window);
        }
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
    return a->head ? a->total - (size_t)(a->limit - a->cur) : 0;
}

void arena_free(Arena *a) {
    ArenaChunk *c = a->head;
    while (c) {
        ArenaChunk *n = c->next;
        if (c->mapped) munmap(c, sizeof(ArenaChunk) + c->size);
        else free(c);
        c = n;
    }
    a->head = NULL;
    a->cur = a->end = a->limit = NULL;
    a->total = 0;
}

#define BIG_MAPPED (64 * 1024)

void *vmc_big_realloc(void *p, size_t old, size_t size) {
    if (size < BIG_MAPPED) return vmc_xrealloc(p, size);
    void *m;
    if (old < BIG_MAPPED) {
        m = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (m == MAP_FAILED) vmc_out_of_memory();
        if (old) memcpy(m, p, old);
        free(p);
    } else {
        m = mremap(p, old, size, MREMAP_MAYMOVE);
        if (m == MAP_FAILED) vmc_out_of_memory();
    }
    return m;
}

void vmc_big_free(void *p, size_t size) {
    if (size >= BIG_MAPPED) arena_give(p, size);
    else free(p);
}
