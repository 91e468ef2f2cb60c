/*
 * source.h: the table of source files, and the one place where vmc reads
 * files from disk.
 *
 * Every file vmc reads (modules, imports, readFile, pathExists probes) goes
 * through source_read or source_probe, which record the path and the XXH3
 * hash of the content in the input list: cached rebuilds depend on knowing
 * exactly what a build read.  A Source owns its text and line table; index 0
 * of the table is reserved for "no file".
 */
#ifndef VMC_SOURCE_H
#define VMC_SOURCE_H

#include "common.h"
#include "sym.h"

typedef struct Source {
    const char *path;     /* absolute, normalized path, or a pseudo-name like "<expr>" */
    const char *display;  /* name shown in diagnostics (relative to cwd when under it) */
    const char *dir;      /* directory that relative paths in this file resolve against */
    const char *text;     /* contents, NUL-terminated */
    uint32_t len;         /* byte length of text */
    uint32_t *lines;      /* byte offset of the start of each line: NULL until
                             source_line_table builds it */
    uint32_t nlines;      /* entries in lines */
    uint32_t id;          /* index in the table */
    Sym psym;             /* path, interned (NULL for a pseudo-name) */
    bool released;        /* text was freed after parsing; source_text reads it again */
    uint64_t hash;        /* XXH3-64 of the text, when released */
    bool keyed;           /* key holds the parse cache's key (cache.c) */
    uint64_t key[2];      /* memo of cache_source_key, computed once per file */
} Source;

/* One recorded input of the run. */
typedef struct Input {
    const char *path;     /* absolute path */
    uint64_t hash;        /* XXH3-64 of the content; 0 when absent */
    bool exists;          /* false when the probe found nothing */
    bool is_dir;          /* true for directories (pathExists, readDir) */
} Input;

/* Reads the file at absolute `path` into memory and records it as an input.
 * Returns the text (NUL-terminated, malloc'ed: the caller frees it or hands
 * it to source_add, which keeps it) and its length, or
 * NULL with errno set when the file cannot be read. */
const char *source_read(const char *path, size_t *len);
/* source_read for many files at once, in order: texts[i] and lens[i], or
 * NULL with errs[i] = errno.  Large batches are read on two threads (opening
 * and reading a file costs microseconds of system calls, and a
 * configuration may have thousands), which also build each text's line
 * table into lines[i], nlines[i] when `lines` is given (NULL for a text
 * read alone: source_line_table builds it when needed); the inputs are
 * recorded in the order given either way. */
void source_read_many(const char *const *paths, uint32_t n, const char **texts, size_t *lens, int *errs,
                      uint32_t **lines, uint32_t *nlines);
/* Reads a file of vmc's own (its cache) without recording it: such files
 * are not inputs of a build.  Same contract as source_read. */
const char *source_read_private(const char *path, size_t *len);
/* mkdir -p: creates `path` and its missing parents with `mode`; true when
 * it is a directory afterwards. */
bool path_mkdirs(const char *path, unsigned mode);
/* Writes all of p to fd (retrying short writes); false on an error. */
bool write_full(int fd, const void *p, size_t n);
/* Records a probe for existence of `path`; returns whether it exists. */
bool source_probe(const char *path);
/* Adds a file's text to the table and returns it. */
Source *source_add(const char *path, const char *dir, const char *text, size_t len);
/* The source already added for absolute `path`, or NULL. */
Source *source_find(const char *path);
/* source_find of a path already interned. */
Source *source_find_sym(Sym path);
/* Returns source number `id` (1-based), or NULL. */
Source *source_get(uint32_t id);
/* Frees the text of a file once its AST exists (the parse cache makes
 * texts the largest thing a run keeps otherwise).  The line table is built
 * first, so positions still resolve; source_text reads the file again for
 * the rare diagnostic that shows a source line. */
void source_release_text(Source *s);
/* The text, read again when released; NULL when the file cannot be read or
 * no longer holds what was parsed. */
const char *source_text(const Source *s);
/* Gives s the line table of its text that source_read_many built
 * (nothing when `lines` is NULL or s has one). */
void source_set_lines(Source *s, uint32_t *lines, uint32_t n);
/* The start offsets of the lines of `s` (built on first use), and how many. */
const uint32_t *source_line_table(const Source *s, uint32_t *count);
/* Converts a byte offset to 1-based line and column (columns count bytes). */
void source_linecol(const Source *s, uint32_t off, uint32_t *line, uint32_t *col);
/* The recorded inputs, in the order they were first read. */
const Input *source_inputs(uint32_t *count);

/* Path helpers (results are malloc'ed and live until exit). */
/* Makes `p` absolute against `base_dir` and normalizes `.`, `..` and `//`. */
char *path_resolve(const char *base_dir, const char *p, size_t len);
/* Normalizes an absolute path textually (`.`, `..`, repeated and trailing `/`). */
char *path_normalize(const char *p, size_t len);
/* How diagnostics show `path`: relative to the working directory when it
 * is under it, else absolute.  The result points into `path`. */
const char *source_display_path(const char *path);
/* The current working directory. */
const char *path_cwd(void);

#endif
