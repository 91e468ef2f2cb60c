/* tsmem.h: tree-sitter's memory.
 *
 * Tree-sitter allocates through the functions here (tsmem_install).  While
 * a thread has a heap in use (tsmem_use), what tree-sitter allocates comes
 * from that heap: the parser set up for one file, its work and the tree it
 * returns.  A tree is then let go of in one step with its heap, instead of
 * ts_tree_delete freeing its nodes one by one.  Blocks freed meanwhile are
 * kept for reuse by blocks of their size in the same heap.  Without a heap
 * in use, tree-sitter gets malloc's blocks (cursors, for instance).
 *
 * Every block carries a header naming it: a free or realloc of a pointer
 * that is not the start of a block is ignored (tree-sitter 0.20.7 does
 * that with a node of 65,535 children, see parse.c), and so is one of a
 * heap's block while that heap is not in use (tree-sitter frees a heap's
 * blocks only while it parses). */
#ifndef VMC_TSMEM_H
#define VMC_TSMEM_H

#include <stdbool.h>
#include <stddef.h>

typedef struct TsHeap TsHeap;

/* Makes tree-sitter allocate through tsmem (once, before any parsing). */
void tsmem_install(void);
/* A new, empty heap. */
TsHeap *tsmem_heap_new(void);
/* Makes this thread's tree-sitter allocations come from h (NULL: malloc). */
void tsmem_use(TsHeap *h);
/* The heap that block p (a tree, say) came from, or NULL. */
TsHeap *tsmem_heap_of(const void *p);
/* Frees h and everything allocated from it. */
void tsmem_heap_free(TsHeap *h);

/* The functions tree-sitter is given (tsmem_install). */
void *tsmem_malloc(size_t n);
void *tsmem_calloc(size_t n, size_t k);
void *tsmem_realloc(void *p, size_t n);
void tsmem_free(void *p);

#endif
