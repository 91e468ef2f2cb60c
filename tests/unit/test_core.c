/* Unit tests of the stages below the evaluator: arena, symbols, paths,
 * line tables, and the parser's diagnostics. */
#include <criterion/criterion.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "astio.h"
#include "eval.h"
#include "parse.h"
#include "source.h"
#include "sym.h"

Test(arena, grows_past_chunk) {
    Arena a = {0};
    char *first = arena_alloc(&a, 16, 8);
    memset(first, 1, 16);
    for (int i = 0; i < 10000; i++) {
        char *p = arena_alloc(&a, 100, 8);
        cr_assert(((uintptr_t)p & 7) == 0);
        memset(p, 2, 100);
    }
    cr_assert(first[15] == 1, "earlier allocations stay intact");
    char *big = arena_alloc(&a, 8 << 20, 16);
    big[(8 << 20) - 1] = 3;
    cr_assert(a.total >= (8u << 20));
    arena_free(&a);
    cr_assert(a.total == 0);
}

/* With prefaulting the fast path stops at each 128 KB window: allocations
 * across windows and chunks stay contiguous within a chunk, keep their
 * contents, and the used count is exact. */
Test(arena, prefault_windows) {
    Arena a = {0};
    arena_prefault(&a);
    size_t used = 0;
    char *prev = NULL;
    size_t prev_n = 0;
    unsigned seen_contiguous = 0;
    char *blocks[4000];
    for (int i = 0; i < 4000; i++) {
        size_t n = 24 + (size_t)(i % 7) * 200;
        char *p = arena_alloc(&a, n, 8);
        cr_assert(((uintptr_t)p & 7) == 0);
        memset(p, i & 0xff, n);
        blocks[i] = p;
        if (prev && p == prev + prev_n) seen_contiguous++;
        prev = p;
        prev_n = n;
        used += n;
    }
    cr_assert(seen_contiguous > 3900, "windows do not start new chunks");
    for (int i = 0; i < 4000; i++) cr_assert(blocks[i][0] == (char)(i & 0xff), "block %d intact", i);
    cr_assert(arena_used(&a) >= used && arena_used(&a) < used + 4000 * 8 + 64 * 1024);
    char *big = arena_alloc(&a, 3 << 20, 16);
    big[(3 << 20) - 1] = 3;
    char *after = arena_alloc(&a, 1 << 20, 16);
    after[0] = 4;
    cr_assert(big[(3 << 20) - 1] == 3);
    arena_free(&a);
    cr_assert(a.total == 0);
}

Test(sym, interning_is_unique_and_ordered) {
    Sym a = sym_cstr("alpha"), b = sym_intern("alphabet", 5);
    cr_assert(a == b, "equal bytes give the same symbol");
    cr_assert(sym_cmp(sym_cstr("a"), sym_cstr("b")) < 0);
    cr_assert(sym_cmp(sym_cstr("ab"), sym_cstr("a")) > 0);
    cr_assert(sym_cmp(sym_cstr("B"), sym_cstr("a")) < 0, "byte order, not case-folded");
    char buf[32];
    for (int i = 0; i < 5000; i++) {
        snprintf(buf, sizeof buf, "s%d", i);
        cr_assert(sym_cstr(buf) == sym_cstr(buf));
    }
}

static void expect_path(char *got, const char *want) {
    cr_assert_str_eq(got, want);
    free(got);
}

Test(path, normalize) {
    expect_path(path_normalize("/a/./b/../c//d/", 15), "/a/c/d");
    expect_path(path_normalize("/a/b/../../c", 12), "/c");
    expect_path(path_normalize("/..", 3), "/");
    expect_path(path_normalize("/", 1), "/");
    expect_path(path_resolve("/x/y", "../z", 4), "/x/z");
    expect_path(path_resolve("/x/y", "/abs/./p", 8), "/abs/p");
}

Test(source, line_and_column) {
    const char *t = "ab\ncd\n\nxyz";
    Source *s = source_add("/t.cfg", "/", t, strlen(t));
    uint32_t line, col;
    source_linecol(s, 0, &line, &col);
    cr_assert(line == 1 && col == 1);
    source_linecol(s, 4, &line, &col);
    cr_assert(line == 2 && col == 2);
    source_linecol(s, 7, &line, &col);
    cr_assert(line == 4 && col == 1);
}

static uint32_t parse_errors(const char *text, ParseErrors *errs) {
    static Arena a;
    Source *s = source_add("/u.cfg", "/", text, strlen(text));
    Vm vm;
    vm_init(&vm);
    memset(errs, 0, sizeof *errs);
    Expr *e = parse_source(&a, s, &vm.gnames, errs);
    cr_assert((e == NULL) == (errs->n > 0));
    vm_free(&vm);
    return errs->n;
}

static void free_errors(ParseErrors *errs) {
    for (uint32_t i = 0; i < errs->n; i++) diag_free(errs->items[i]);
    free(errs->items);
}

Test(parse, every_syntax_error_reported) {
    ParseErrors errs;
    uint32_t n = parse_errors("{ a = 1 b = 2; c = ; }", &errs);
    cr_assert(n >= 2, "got %u errors", n);
    for (uint32_t i = 0; i < n; i++) cr_assert(strstr(errs.items[i]->msg, "syntax error") != NULL);
    free_errors(&errs);
}

Test(parse, undefined_variable_is_a_lowering_error) {
    ParseErrors errs;
    cr_assert(parse_errors("let a = 1; in b", &errs) == 1);
    cr_assert_str_eq(errs.items[0]->msg, "undefined variable 'b'");
    cr_assert(errs.items[0]->span.start == 14);
    free_errors(&errs);
}

Test(parse, duplicate_attribute) {
    ParseErrors errs;
    cr_assert(parse_errors("{ a.b = 1; a.b = 2; }", &errs) == 1);
    cr_assert(strstr(errs.items[0]->msg, "attribute 'a.b' already defined") != NULL);
    free_errors(&errs);
}

Test(parse, binary_garbage_does_not_crash) {
    char buf[512];
    for (int i = 0; i < 512; i++) buf[i] = (char)((i * 131 + 7) & 0xff);
    buf[511] = 0;
    ParseErrors errs;
    parse_errors(buf, &errs);
    free_errors(&errs);
}

/* Tree-sitter 0.20.7 wraps a node's child count at 65,536 and corrupts its
 * heap freeing such a node: 70,000 comments side by side, or an error node
 * of 100,000 tokens, give an error (and no crash); a list of 70,000
 * elements (a balanced repeat) still parses. */
static char *repeat_text(const char *head, const char *unit, size_t n, const char *tail) {
    size_t hl = strlen(head), ul = strlen(unit), tl = strlen(tail);
    char *b = malloc(hl + ul * n + tl + 1);
    memcpy(b, head, hl);
    for (size_t i = 0; i < n; i++) memcpy(b + hl + i * ul, unit, ul);
    memcpy(b + hl + ul * n, tail, tl + 1);
    return b;
}

Test(parse, tree_sitter_child_count_limit) {
    ParseErrors errs;
    char *comments = repeat_text("", "# c\n", 70000, "1\n");
    cr_assert(parse_errors(comments, &errs) == 1);
    cr_assert(strstr(errs.items[0]->msg, "more than 65,534 items") != NULL, "%s", errs.items[0]->msg);
    free_errors(&errs);
    char *exact = repeat_text("", "# c\n", 65535, "1\n");   /* 65,536 children: the count wraps to 0 */
    cr_assert(parse_errors(exact, &errs) == 1);
    cr_assert(strstr(errs.items[0]->msg, "more than 65,534 items") != NULL, "%s", errs.items[0]->msg);
    free_errors(&errs);
    char *stray = repeat_text("{ a = 1; ", ") ", 100000, "}");
    cr_assert(parse_errors(stray, &errs) >= 1);
    free_errors(&errs);
    char *list = repeat_text("[ ", "1 ", 70000, "]");
    cr_assert(parse_errors(list, &errs) == 0);
    /* A large file with ordinary errors (checked, found sound): its own messages. */
    char *many = repeat_text("{\n", "a = ;\n", 12000, "}\n");
    cr_assert(parse_errors(many, &errs) > 1);
    cr_assert(strstr(errs.items[0]->msg, "expected a name or an expression") != NULL, "%s", errs.items[0]->msg);
    free_errors(&errs);
    free(many);
    free(comments);
    free(exact);
    free(stray);
    free(list);
}

typedef struct ChainJob { const char *src; ParseErrors *errs; uint32_t n; } ChainJob;

static void *chain_main(void *p) {
    ChainJob *j = p;
    j->n = parse_errors(j->src, j->errs);
    return NULL;
}

/* parse_errors on a thread with a stack as large as vmc's own (vmc lowers
 * on such a thread, main.c). */
static uint32_t parse_errors_big_stack(const char *src, ParseErrors *errs) {
    ChainJob job = {src, errs, 0};
    pthread_attr_t attr;
    pthread_t th;
    cr_assert(pthread_attr_init(&attr) == 0);
    cr_assert(pthread_attr_setstacksize(&attr, (size_t)1 << 30) == 0);
    cr_assert(pthread_create(&th, &attr, chain_main, &job) == 0);
    pthread_join(th, NULL);
    return job.n;
}

Test(parse, long_operator_chain_is_linear, .timeout = 20) {
    /* `1-1-...`: the lexer once tried a path at every token start and read
     * to the end of the chain each time (quadratic); now it is bounded. */
    size_t n = 50000;
    char *buf = malloc(n * 2 + 1);
    for (size_t i = 0; i < n; i++) {
        buf[2 * i] = '1';
        buf[2 * i + 1] = '-';
    }
    buf[2 * n - 1] = 0;
    ParseErrors errs;
    uint32_t n_errs = parse_errors_big_stack(buf, &errs);
    cr_assert(n_errs == 1, "got %u errors", n_errs);
    cr_assert(strstr(errs.items[0]->msg, "nested too deeply") != NULL);
    free_errors(&errs);
    free(buf);
}

/* 40,000 unfinished constructs in a row and then a syntax error: tree-sitter
 * 0.20.7 gathers the 80,000 items left on its stack under one node when it
 * accepts the erroneous parse; the count wraps, and its free of that node
 * used to abort the process.  Now each gives an error message.  */
Test(parse, deep_unfinished_nesting_then_an_error) {
    const char *units[] = {"x: ", "a ++ ", "with a; "};
    for (size_t u = 0; u < ARRAY_LEN(units); u++) {
        char *src = repeat_text("", units[u], 40000, ")");
        ParseErrors errs;
        cr_assert(parse_errors_big_stack(src, &errs) >= 1, "%s: no error", units[u]);
        cr_assert(strstr(errs.items[0]->msg, "syntax error") != NULL || strstr(errs.items[0]->msg, "65,534") != NULL,
                  "%s: %s", units[u], errs.items[0]->msg);
        free_errors(&errs);
        free(src);
    }
}

/* Before parsing 64 KB or more, the parser spells out tree-sitter's parse
 * table (parse.c, expanded_language).  A file parsed with it, by the
 * prefetch thread, lowers to the same AST, and a broken one gets the same
 * errors, as with the compressed table. */
static void parse_twice(Vm *vm, Arena *a, const char *text, const char *path1, const char *path2, ByteBuf *out1,
                        ParseErrors *errs1, const Source **second) {
    Source *s = source_add(path1, "/", text, strlen(text));
    Expr *e = parse_source(a, s, &vm->gnames, errs1);
    if (e) astio_write(out1, e, &vm->gnames);
    *second = source_add(path2, "/", text, strlen(text));
}

Test(parse, spelled_out_parse_table_changes_nothing) {
    static Arena a;
    static Vm vm;
    vm_init(&vm);
    const char *good =
        "{ lib, config, ... }: let cfg = config.opts; f = { a, b ? 2, ... }@args: a + b; in {\n"
        "  options.x = lib.mkOption { type = lib.types.int; default = 1; };\n"
        "  config = lib.mkMerge [ { opts.a.b = lib.mkForce \"s${toString 1}\"; } (lib.mkIf (cfg.x or 0 > 1) { y = [ ./p 1.5 ]; }) ];\n"
        "  z = with lib; assert true; if f { a = 1; } == 3 then ''\n    x ${cfg.y}\n  '' else null;\n}\n";
    const char *bad = "{ a = 1\n  b = 2;\n  c = [ 1 2 ;\n  d = x: x: );\n  e = let q = 1 in q;\n}\n";
    ByteBuf g1 = {0}, b1 = {0}, g2 = {0};
    ParseErrors ge1 = {0}, be1 = {0}, ge2 = {0}, be2 = {0};
    const Source *srcs[3];
    parse_twice(&vm, &a, good, "/g1.cfg", "/g2.cfg", &g1, &ge1, &srcs[0]);
    parse_twice(&vm, &a, bad, "/b1.cfg", "/b2.cfg", &b1, &be1, &srcs[1]);
    cr_assert(ge1.n == 0 && g1.len > 0);
    cr_assert(be1.n >= 3, "%u errors", be1.n);
    char *filler = repeat_text("{\n", "  a.b.c = [ 1 \"two\" { x = 3; } ];\n", 3000, "}\n");   /* over 64 KB */
    srcs[2] = source_add("/filler.cfg", "/", filler, strlen(filler));
    parse_prefetch(srcs, 3);   /* spells out the table; the second thread parses all three */
    Expr *e = parse_source(&a, srcs[0], &vm.gnames, &ge2);
    cr_assert(e != NULL && ge2.n == 0);
    astio_write(&g2, e, &vm.gnames);
    cr_assert(parse_source(&a, srcs[1], &vm.gnames, &be2) == NULL);
    cr_assert(g1.len == g2.len && memcmp(g1.data, g2.data, g1.len) == 0, "the ASTs differ");
    cr_assert(be1.n == be2.n, "%u errors, then %u", be1.n, be2.n);
    for (uint32_t i = 0; i < be1.n; i++) {
        cr_assert_str_eq(be1.items[i]->msg, be2.items[i]->msg);
        cr_assert(be1.items[i]->span.start == be2.items[i]->span.start && be1.items[i]->span.len == be2.items[i]->span.len);
    }
    parse_prefetch_finish();
    free_errors(&be1);
    free_errors(&be2);
    free(g1.data);
    free(g2.data);
    free(filler);
    vm_free(&vm);
}

Test(astio, round_trip_is_exact) {
    static Arena a;
    static Vm vm;
    vm_init(&vm);
    const char *text =
        "let f = { a, b ? 2, ... }@args: a + b; s = rec { x = 1; y = x; \"q r\" = ''\n  hi ${toString x}\n''; };\n"
        "in with s; [ (f { a = 1; }) s.x or 3 (s ? y) (-1.5) ./p \"${y}\" (if true then [ ] else { }) ]";
    Source *s = source_add("/rt.cfg", "/", text, strlen(text));
    ParseErrors errs = {0};
    Expr *e = parse_source(&a, s, &vm.gnames, &errs);
    cr_assert(e != NULL);
    ByteBuf one = {0}, two = {0};
    astio_write(&one, e, &vm.gnames);
    Expr *back = astio_read(&a, one.data, one.len, s->id, &vm.gnames);
    cr_assert(back != NULL);
    astio_write(&two, back, &vm.gnames);
    cr_assert(one.len == two.len && memcmp(one.data, two.data, one.len) == 0);
    /* Truncated or corrupted blobs are refused, not crashed on. */
    for (size_t cut = 0; cut < one.len; cut += 7) cr_assert(astio_read(&a, one.data, cut, s->id, &vm.gnames) == NULL);
    free(one.data);
    free(two.data);
    vm_free(&vm);
}
