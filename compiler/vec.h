/*
 * vec.h: growable arrays, one macro family for every element type
 * (after tree-sitter's Array(T)).  Memory comes from vmc_xrealloc.
 */
#ifndef VMC_VEC_H
#define VMC_VEC_H

#include "arena.h"

#include <stdlib.h>
#include <string.h>

#define VEC(T) struct { T *data; uint32_t len, cap; }

static inline uint32_t vec_next_cap_(uint32_t c) { return c < 64 ? c * 2 : c + c / 2; }

#define vec_grow(v, need)                                                       \
    do {                                                                        \
        if ((need) > (v)->cap) {                                                \
            /* Most vectors stay tiny (an option's declarations, a       \
             * namespace's members): start at 2, then grow by half once  \
             * large, so that little capacity is left unused. */          \
            uint32_t nc_ = (v)->cap ? vec_next_cap_((v)->cap) : 2;            \
            while (nc_ < (need)) nc_ = vec_next_cap_(nc_);                      \
            (v)->data = vmc_xrealloc((v)->data, sizeof(*(v)->data) * nc_);      \
            (v)->cap = nc_;                                                     \
        }                                                                       \
    } while (0)

#define vec_push(v, x)                                                          \
    do {                                                                        \
        vec_grow((v), (v)->len + 1);                                            \
        (v)->data[(v)->len++] = (x);                                            \
    } while (0)

/* The same, with memory from an arena (arena.h): for vectors that live as
 * long as the arena does (the module system's option tree, lowering's
 * binding builders), where a push that grows costs a bump of the arena
 * instead of a realloc.  The old array stays in the arena, unused: at most
 * as much again as the final one.  Never vec_free such a vector. */
static inline void *avec_grow_(Arena *ar, void *data, uint32_t len, uint32_t *cap, size_t elem) {
    uint32_t nc = *cap ? vec_next_cap_(*cap) : 2;
    void *p = arena_alloc(ar, elem * nc, 8);
    if (len) memcpy(p, data, elem * len);
    *cap = nc;
    return p;
}

#define avec_push(ar, v, x)                                                         \
    do {                                                                            \
        if ((v)->len == (v)->cap)                                                   \
            (v)->data = avec_grow_((ar), (v)->data, (v)->len, &(v)->cap, sizeof(*(v)->data)); \
        (v)->data[(v)->len++] = (x);                                                \
    } while (0)

#define vec_pop(v) ((v)->data[--(v)->len])
#define vec_last(v) ((v)->data[(v)->len - 1])
#define vec_free(v) do { free((v)->data); (v)->data = NULL; (v)->len = (v)->cap = 0; } while (0)

#endif
