/* Unit tests of tsmem.c, tree-sitter's memory: blocks from the heap in use
 * (or malloc without one), reuse of freed blocks by their class, realloc
 * keeping the contents, and the frees it must ignore: pointers into
 * blocks, second frees, and blocks of a heap that is not in use. */
#include <criterion/criterion.h>
#include <stdint.h>
#include <string.h>

#include "tsmem.h"

Test(tsmem, blocks_come_from_the_heap_in_use) {
    TsHeap *h = tsmem_heap_new();
    void *m = tsmem_malloc(24);   /* no heap in use: malloc's */
    cr_assert_null(tsmem_heap_of(m));
    tsmem_use(h);
    void *a = tsmem_malloc(24), *big = tsmem_malloc(100000);
    cr_assert_eq(tsmem_heap_of(a), h);
    cr_assert_eq(tsmem_heap_of(big), h);
    cr_assert_eq((uintptr_t)a % 16, 0, "blocks are 16-aligned");
    memset(big, 0xAB, 100000);
    tsmem_free(big);
    tsmem_use(NULL);
    tsmem_free(m);
    tsmem_heap_free(h);
}

Test(tsmem, a_freed_block_is_reused_by_its_class) {
    TsHeap *h = tsmem_heap_new();
    tsmem_use(h);
    void *a = tsmem_malloc(40);
    tsmem_free(a);
    void *b = tsmem_malloc(48);   /* the same 16-byte class as 40 */
    cr_assert_eq(a, b);
    void *c = tsmem_malloc(40);   /* a is taken: a new block */
    cr_assert_neq(c, b);
    tsmem_use(NULL);
    tsmem_heap_free(h);
}

Test(tsmem, calloc_zeroes_and_realloc_keeps_the_contents) {
    TsHeap *h = tsmem_heap_new();
    tsmem_use(h);
    unsigned char *z = tsmem_calloc(10, 30);
    for (int i = 0; i < 300; i++) cr_assert_eq(z[i], 0);
    char *p = tsmem_malloc(20);
    strcpy(p, "tree-sitter");
    cr_assert_eq(tsmem_realloc(p, 30), p, "growing within its class keeps the block");
    p = tsmem_realloc(p, 5000);   /* big now */
    cr_assert_str_eq(p, "tree-sitter");
    p = tsmem_realloc(p, 64);
    cr_assert_str_eq(p, "tree-sitter");
    cr_assert_eq(tsmem_heap_of(p), h);
    tsmem_use(NULL);
    char *q = tsmem_realloc(NULL, 8);   /* malloc's */
    strcpy(q, "abcdefg");
    q = tsmem_realloc(q, 100000);
    cr_assert_str_eq(q, "abcdefg");
    tsmem_free(q);
    tsmem_heap_free(h);
}

Test(tsmem, frees_that_name_no_live_block_are_ignored) {
    TsHeap *h = tsmem_heap_new(), *other = tsmem_heap_new();
    tsmem_use(h);
    char *a = tsmem_malloc(64);
    tsmem_free(a + 16);   /* into a block: ignored */
    tsmem_free(a);
    tsmem_free(a);        /* a second free: ignored, so a is handed out once */
    char *b = tsmem_malloc(64), *c = tsmem_malloc(64);
    cr_assert_eq(b, a);
    cr_assert_neq(c, a);
    tsmem_use(other);
    tsmem_free(c);        /* h's block while other is in use: ignored */
    void *d = tsmem_malloc(64);
    cr_assert_eq(tsmem_heap_of(d), other);
    tsmem_use(h);
    void *e = tsmem_malloc(64);
    cr_assert_neq(e, c, "c was not freed");
    tsmem_use(NULL);
    tsmem_heap_free(h);
    tsmem_heap_free(other);
}
