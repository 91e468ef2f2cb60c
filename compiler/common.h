/*
 * common.h: basic types shared by every stage of vmc.
 *
 * Span locates source text in byte offsets; diag.c turns it into line:col
 * only when printing.  VMC_ASSERT and UNREACHABLE mark bugs in vmc itself;
 * every problem with the user's input is a diagnostic instead.
 */
#ifndef VMC_COMMON_H
#define VMC_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define VMC_VERSION "0.1.0"

/* A range of bytes [start, end) in source file `file` (an index into the
 * Sources table; 0 means "no location"). */
typedef struct Span {
    uint32_t file;   /* Sources index; 0 = unknown */
    uint32_t start;  /* first byte */
    uint32_t end;    /* one past the last byte */
} Span;

static inline Span span_make(uint32_t file, uint32_t start, uint32_t end) {
    Span s = {file, start, end};
    return s;
}

/* A borrowed byte string, not necessarily NUL-terminated. */
typedef struct Str {
    const char *ptr; /* bytes */
    size_t len;      /* byte count */
} Str;

_Noreturn void vmc_assert_fail(const char *file, int line, const char *msg);

#define VMC_ASSERT(cond, msg) \
    do { if (!(cond)) vmc_assert_fail(__FILE__, __LINE__, (msg)); } while (0)
#define UNREACHABLE() vmc_assert_fail(__FILE__, __LINE__, "unreachable")

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

#endif
