/*
 * astio.h: the AST as bytes, and back.
 *
 * A lowered file (ast.h) is self-contained: nodes, names and strings, with
 * spans relative to one source file and no pointers into tree-sitter's tree.
 * astio_write turns it into a compact byte string; astio_read rebuilds it in
 * an arena for a given source id.  The build uses it to carry the runtime
 * library already parsed (tools/astgen.c); a later cache of parsed files,
 * keyed by their content hash, can use the same format.  The format starts
 * with a header naming its version and the global scope it was resolved
 * against: astio_read refuses a blob made for other globals.
 */
#ifndef VMC_ASTIO_H
#define VMC_ASTIO_H

#include "arena.h"
#include "ast.h"
#include "parse.h"

typedef struct ByteBuf {
    uint8_t *data;   /* bytes (malloc'ed) */
    size_t len;      /* used */
    size_t cap;      /* allocated */
} ByteBuf;

/* Appends the serialized form of `e` (resolved against `globals`) to `out`. */
void astio_write(ByteBuf *out, const Expr *e, const GlobalNames *globals);

/* Rebuilds the AST from `data`, in arena `a`, with spans in source `file`.
 * Returns NULL when the blob is malformed or was made for other globals. */
Expr *astio_read(Arena *a, const uint8_t *data, size_t len, uint32_t file, const GlobalNames *globals);

#endif
