/*
 * kconfig.h: kernel configs, kernel requirements, and the check of one
 * against the other (`vmc lint-kernel`, and `vmc build` when the VM names
 * its kernel's config).
 *
 * A KConfig is a parsed `.config` (plain or gzip-compressed, such as
 * /proc/config.gz): every symbol it sets with `CONFIG_X=VALUE` or mentions
 * as `# CONFIG_X is not set`, found by hashing.  A Requirement says what
 * one symbol must be: enabled (y or m), built in (y), a module (m),
 * disabled (n, "is not set" or absent all count), or an exact value.
 * Symbols always carry the CONFIG_ prefix.  Values keep Kconfig's
 * spelling: y, m, n, a number (decimal, or hex with 0x), or a string in
 * double quotes with \" and \\ escapes.  Two numbers compare as numbers
 * (64 equals 0x40), anything else as text, strings after unescaping.
 *
 * Problems with the files are Diags appended to a ParseErrors (parse.h);
 * a failed requirement is not an error but a line of the report.
 */
#ifndef VMC_KCONFIG_H
#define VMC_KCONFIG_H

#include <stdio.h>

#include "arena.h"
#include "common.h"
#include "sym.h"

typedef struct ParseErrors ParseErrors;
typedef struct Source Source;
typedef struct KConfig KConfig;

typedef enum KWant {
    KWANT_ENABLED,   /* y or m: "y|m" */
    KWANT_BUILTIN,   /* y */
    KWANT_MODULE,    /* m */
    KWANT_DISABLED,  /* n, "# ... is not set", or absent */
    KWANT_VALUE,     /* exactly Requirement.value */
} KWant;

/* What one symbol must be. */
typedef struct Requirement {
    const char *symbol;  /* "CONFIG_X", NUL-terminated */
    KWant want;          /* the check */
    const char *value;   /* KWANT_VALUE: the value as Kconfig writes it ("64", "0x40", "\"-vmc\""); else NULL */
    Span span;           /* where it was required (file 0 = nowhere) */
} Requirement;

/* A list of requirements, in the order they were added; the strings live
 * in the arena.  Zero-initialized is empty. */
typedef struct Requirements {
    Requirement *items;  /* vmc_xrealloc'ed */
    uint32_t n;          /* count */
    uint32_t cap;        /* allocated */
    SymMap index;        /* symbol -> 1 + its index in items */
    Arena arena;         /* symbol and value strings */
} Requirements;

typedef enum KFormat {
    KFORMAT_TEXT,      /* one line per requirement in check-config.sh's words, then a summary */
    KFORMAT_JSON,      /* an array, one object per requirement with a boolean "ok" */
    KFORMAT_FRAGMENT,  /* the failed requirements as a Kconfig fragment for merge_config.sh */
} KFormat;

typedef struct LintOptions {
    KFormat format;  /* what to write */
    bool color;      /* KFORMAT_TEXT: ANSI colours (the caller decides: a terminal, no NO_COLOR) */
} LintOptions;

/* Reads the kernel config at absolute `path` with source_read (so a build
 * records it), inflates it when it starts with gzip's magic bytes, adds
 * the text to the source table and parses it.  Returns NULL and appends
 * diagnostics to `errs` when the file cannot be read, inflated or parsed. */
KConfig *kconfig_load(const char *path, ParseErrors *errs);
/* Parses the text of `src` (which must outlive the result).  Returns NULL
 * and appends diagnostics when a line is malformed or a symbol appears
 * twice; stops after 20 of them. */
KConfig *kconfig_parse(const Source *src, ParseErrors *errs);
/* Frees what kconfig_parse allocated (not the source). */
void kconfig_free(KConfig *kc);
/* Number of symbols in `kc`. */
uint32_t kconfig_count(const KConfig *kc);

/* Adds "symbol must be `want`" to `rs`.  `sym` may lack the CONFIG_
 * prefix; `want` is in the requirements file's syntax: y|m, y, m, n, a
 * number, or a quoted string.  A symbol required twice with the same want
 * is kept once.  Returns false, appending a diagnostic at `at`, when
 * either is malformed or the symbol is already required otherwise. */
bool kconfig_require(Requirements *rs, const char *sym, size_t slen, const char *want, size_t wlen, Span at,
                     ParseErrors *errs);
/* Reads a requirements file (lines `CONFIG_X=WANT`, `#` comments after
 * whitespace, blank lines) at absolute `path` with source_read and adds
 * its requirements to `rs`.  Returns false with diagnostics when the file
 * cannot be read or a line is malformed. */
bool kconfig_load_requirements(Requirements *rs, const char *path, ParseErrors *errs);
/* The same for a file already in the source table. */
bool kconfig_parse_requirements(Requirements *rs, const Source *src, ParseErrors *errs);
/* Frees the list and its strings. */
void kconfig_requirements_free(Requirements *rs);
/* Writes `reqs` as a requirements file (what `vmc build` writes as
 * kernel-requirements), headed by a comment naming the VM `vm_name`. */
void kconfig_write_requirements(FILE *out, const Requirement *reqs, size_t n, const char *vm_name);

/* Checks every requirement against `kc` and writes the report to `out` in
 * the requirements' order.  Returns the number that fail (0: all hold). */
uint32_t kconfig_lint(const Requirement *reqs, size_t n, const KConfig *kc, LintOptions opt, FILE *out);

#endif
