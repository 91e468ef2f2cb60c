/*
 * sym.c: the symbol table, an open-addressing hash table keyed by XXH3.
 * Grows at 50% load; records are allocated in a private arena.
 */
#include "sym.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "arena.h"

static struct {
    Arena arena;     /* Symbol records */
    Sym *slots;      /* open addressing, NULL = empty */
    uint32_t cap;    /* power of two */
    uint32_t count;  /* live symbols */
} tab;

static void grow(void) {
    uint32_t ncap = tab.cap ? tab.cap * 2 : 1024;
    Sym *ns = vmc_xrealloc(NULL, sizeof(Sym) * ncap);
    memset(ns, 0, sizeof(Sym) * ncap);
    for (uint32_t i = 0; i < tab.cap; i++) {
        Sym s = tab.slots[i];
        if (!s) continue;
        uint32_t j = s->hash & (ncap - 1);
        while (ns[j]) j = (j + 1) & (ncap - 1);
        ns[j] = s;
    }
    free(tab.slots);
    tab.slots = ns;
    tab.cap = ncap;
}

/* Short names (most of them) are found through a direct-mapped memo of
 * symbols, indexed by a mix of their bytes: no hashing of the string. */
#define SHORT_BITS 12
static Sym short_memo[1u << SHORT_BITS];

static Sym sym_intern_slow(const char *s, size_t len);

Sym sym_intern(const char *s, size_t len) {
    if (len > 16) return sym_intern_slow(s, len);
    uint64_t w[2] = {0, 0};
    memcpy(w, s, len);
    uint64_t h = (w[0] * 0x9E3779B97F4A7C15ull) ^ (w[1] * 0xC2B2AE3D27D4EB4Full) ^ len;
    h ^= h >> 29;
    Sym *m = &short_memo[(h * 0x94D049BB133111EBull) >> (64 - SHORT_BITS)];
    if (*m && (*m)->len == len && memcmp((*m)->str, s, len) == 0) return *m;
    return *m = sym_intern_slow(s, len);
}

static Sym sym_intern_slow(const char *s, size_t len) {
    if (tab.count * 2 >= tab.cap) grow();
    uint32_t h = (uint32_t)XXH3_64bits(s, len);
    uint32_t i = h & (tab.cap - 1);
    for (;;) {
        Sym e = tab.slots[i];
        if (!e) break;
        if (e->hash == h && e->len == len && memcmp(e->str, s, len) == 0) return e;
        i = (i + 1) & (tab.cap - 1);
    }
    Symbol *n = arena_alloc(&tab.arena, sizeof(Symbol) + len + 1, _Alignof(Symbol));
    n->len = (uint32_t)len;
    n->hash = h;
    n->prefix = 0;
    for (size_t k = 0; k < 8; k++) n->prefix = n->prefix << 8 | (k < len ? (unsigned char)s[k] : 0);
    memcpy(n->str, s, len);
    n->str[len] = 0;
    tab.slots[i] = n;
    tab.count++;
    return n;
}

Sym sym_cstr(const char *s) { return sym_intern(s, strlen(s)); }

void *symmap_get(const SymMap *m, Sym k) {
    if (!m->cap) return NULL;
    for (uint32_t j = k->hash & (m->cap - 1); m->keys[j]; j = (j + 1) & (m->cap - 1))
        if (m->keys[j] == k) return m->vals[j];
    return NULL;
}

void symmap_put(SymMap *m, Sym k, void *v) {
    if ((m->len + 1) * 2 > m->cap) {
        uint32_t nc = m->cap ? m->cap * 2 : 64;
        Sym *nk = vmc_xrealloc(NULL, sizeof(Sym) * nc);
        void **nv = vmc_xrealloc(NULL, sizeof(void *) * nc);
        memset(nk, 0, sizeof(Sym) * nc);
        for (uint32_t i = 0; i < m->cap; i++) {
            if (!m->keys[i]) continue;
            uint32_t j = m->keys[i]->hash & (nc - 1);
            while (nk[j]) j = (j + 1) & (nc - 1);
            nk[j] = m->keys[i];
            nv[j] = m->vals[i];
        }
        free(m->keys);
        free(m->vals);
        m->keys = nk;
        m->vals = nv;
        m->cap = nc;
    }
    uint32_t j = k->hash & (m->cap - 1);
    while (m->keys[j] && m->keys[j] != k) j = (j + 1) & (m->cap - 1);
    if (!m->keys[j]) m->len++;
    m->keys[j] = k;
    m->vals[j] = v;
}

void symmap_free(SymMap *m) {
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

int sym_cmp_str(Sym a, const char *s, size_t len) {
    size_t m = a->len < len ? a->len : len;
    int c = memcmp(a->str, s, m);
    if (c) return c;
    return a->len < len ? -1 : a->len > len ? 1 : 0;
}
