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

/* A range of bytes [start, start + len) in source file `file` (an index
 * into the Sources table; 0 means "no location").  Eight bytes, because
 * every attribute of every set carries one: the file index has 20 bits
 * (source.c refuses more files) and the length 12, saturating at
 * SPAN_MAX_LEN: a longer span is only ever shown as a caret line, which
 * stops at the end of its line anyway. */
#define SPAN_FILE_BITS 20
#define SPAN_MAX_LEN 4095u
typedef struct Span {
    uint32_t start;                   /* first byte */
    uint32_t file : SPAN_FILE_BITS;   /* Sources index; 0 = unknown */
    uint32_t len : 12;                /* bytes, at most SPAN_MAX_LEN */
} Span;

static inline Span span_make(uint32_t file, uint32_t start, uint32_t end) {
    Span s;
    s.start = start;
    s.file = file;
    s.len = end - start > SPAN_MAX_LEN ? SPAN_MAX_LEN : end - start;
    return s;
}

/* One past the last byte (of the first SPAN_MAX_LEN). */
static inline uint32_t span_end(Span s) { return s.start + s.len; }

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
