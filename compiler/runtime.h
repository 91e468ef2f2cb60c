/*
 * runtime.h: vmc's own library and modules (runtime/), embedded in the
 * binary by tools/embed.c.  Source files see them under the virtual
 * directory /<runtime>/ (shown as <runtime>/... in diagnostics).
 */
#ifndef VMC_RUNTIME_H
#define VMC_RUNTIME_H

#include <stddef.h>

typedef struct RuntimeFile {
    const char *name;          /* path under runtime/, e.g. "lib/default.cfg" */
    const char *text;          /* contents */
    size_t len;                /* byte length */
    const unsigned char *ast;  /* its parsed AST (astio.h), or NULL */
    size_t ast_len;            /* byte length of ast */
} RuntimeFile;

/* The embedded files, terminated by a NULL name (build/runtime_gen.c). */
extern const RuntimeFile vmc_runtime_files[];

/* The embedded file at `path` (under RUNTIME_ROOT), or NULL (source.c). */
const RuntimeFile *runtime_find(const char *path);

/* The virtual directory the embedded files live in. */
#define RUNTIME_ROOT "/<runtime>"

#endif
