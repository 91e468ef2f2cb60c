/*
 * sym.h: interned strings.
 *
 * A Sym is a pointer to the one Symbol record for its bytes, so equal names
 * compare equal as pointers.  Ordering (attribute sets, printing) compares
 * the bytes with sym_cmp, never the pointers, so output never depends on
 * allocation order.  Symbols live until exit.
 */
#ifndef VMC_SYM_H
#define VMC_SYM_H

#include "common.h"

typedef struct Symbol {
    uint32_t len;    /* byte length of str */
    uint32_t hash;   /* low bits of the XXH3 hash, for the table */
    uint64_t prefix; /* the first 8 bytes, big-endian, zero-padded: most
                        comparisons in byte order end here */
    char str[];      /* the bytes, NUL-terminated */
} Symbol;

typedef const Symbol *Sym;

/* Returns the unique symbol for the `len` bytes at `s`. */
Sym sym_intern(const char *s, size_t len);
/* sym_intern for a NUL-terminated string. */
Sym sym_cstr(const char *s);
/* Byte-wise order of a symbol and a string. */
int sym_cmp_str(Sym a, const char *s, size_t len);
/* Byte-wise order of two symbols (memcmp, then length): <0, 0 or >0.
 * Inline, because most comparisons end at the 8-byte prefixes. */
static inline int sym_cmp(Sym a, Sym b) {
    if (a == b) return 0;
    if (a->prefix != b->prefix) return a->prefix < b->prefix ? -1 : 1;
    return sym_cmp_str(a, b->str, b->len);
}

/* A map from symbols to pointers (open addressing on the symbols' hashes,
 * keys compared as pointers).  Zero-initialized is empty; memory comes
 * from vmc_xrealloc and lives until symmap_free. */
typedef struct SymMap {
    Sym *keys;        /* NULL = empty slot */
    void **vals;      /* values */
    uint32_t cap;     /* slots, a power of two */
    uint32_t len;     /* used slots */
} SymMap;

/* The value stored for `k`, or NULL. */
void *symmap_get(const SymMap *m, Sym k);
/* Stores `v` for `k`, replacing any previous value. */
void symmap_put(SymMap *m, Sym k, void *v);
void symmap_free(SymMap *m);

#endif
