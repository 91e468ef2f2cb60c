/*
 * vec.h: growable arrays, one macro family for every element type
 * (after tree-sitter's Array(T)).  Memory comes from vmc_xrealloc.
 */
#ifndef VMC_VEC_H
#define VMC_VEC_H

#include "arena.h"

#include <stdlib.h>

#define VEC(T) struct { T *data; uint32_t len, cap; }

#define vec_grow(v, need)                                                       \
    do {                                                                        \
        if ((need) > (v)->cap) {                                                \
            uint32_t nc_ = (v)->cap ? (v)->cap * 2 : 8;                         \
            while (nc_ < (need)) nc_ *= 2;                                      \
            (v)->data = vmc_xrealloc((v)->data, sizeof(*(v)->data) * nc_);      \
            (v)->cap = nc_;                                                     \
        }                                                                       \
    } while (0)

#define vec_push(v, x)                                                          \
    do {                                                                        \
        vec_grow((v), (v)->len + 1);                                            \
        (v)->data[(v)->len++] = (x);                                            \
    } while (0)

#define vec_pop(v) ((v)->data[--(v)->len])
#define vec_last(v) ((v)->data[(v)->len - 1])
#define vec_free(v) do { free((v)->data); (v)->data = NULL; (v)->len = (v)->cap = 0; } while (0)

#endif
