/*
 * parse.h: from source text to AST.
 *
 * parse_source runs tree-sitter on a file, turns every ERROR and MISSING
 * node into a diagnostic, and, when there are none, lowers the tree into
 * the AST of ast.h (resolving names, merging nested attribute paths,
 * decoding strings).  The AST lives in the given arena; no tree-sitter type
 * escapes this stage.
 */
#ifndef VMC_PARSE_H
#define VMC_PARSE_H

#include <time.h>

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "source.h"

/* Diagnostics produced by parsing or lowering, in source order. */
typedef struct ParseErrors {
    Diag **items;   /* owned */
    uint32_t n;     /* count */
    uint32_t cap;   /* allocated */
} ParseErrors;

/* The names of the global scope, sorted by byte order; slot i of the global
 * frame at run time holds names[i]. */
typedef struct GlobalNames {
    const Sym *names;  /* sorted */
    uint32_t n;        /* count */
} GlobalNames;

/* Parses and lowers `src`.  Returns the root expression, or NULL when
 * errors were appended to `errs` (every syntax error of the file, or every
 * lowering error). */
Expr *parse_source(Arena *a, const Source *src, const GlobalNames *globals, ParseErrors *errs);

/* Starts parsing `srcs` (with tree-sitter) on a second thread; parse_source
 * on one of them then lowers the tree made there.  For files known in
 * advance, such as the modules named on the command line.  The caller keeps
 * the sources alive; parse_prefetch_finish joins the thread. */
void parse_prefetch(const Source **srcs, uint32_t n);
void parse_prefetch_finish(void);
/* `src` will not be parsed (its AST came from the cache): the thread must
 * not start on it, and if it has, this waits for it to finish, so that the
 * text can be released. */
void parse_prefetch_forget(const Source *src);

/* Statistics of the last parses, for the benchmark. */
typedef struct ParseStats {
    double ts_seconds;     /* time inside tree-sitter (on either thread) */
    double wait_seconds;   /* time waiting for the prefetching thread */
    double ts_worker_seconds; /* of ts_seconds, the part on the prefetching thread */
    double lower_seconds;  /* time lowering */
    double read_seconds;   /* time reading source files and computing their cache keys */
    double load_seconds;   /* time rebuilding ASTs from the parse cache and the embedded runtime */
    uint64_t bytes;        /* source bytes parsed */
} ParseStats;
ParseStats *parse_stats(void);
/* A monotonic clock in seconds, for the statistics. */
static inline double stats_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

#endif
