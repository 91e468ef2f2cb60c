/* Unit tests of kconfig.h: the C API that `vmc build` uses (requirements
 * built one by one, written as a file and read back, the check). */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "kconfig.h"
#include "parse.h"
#include "source.h"

static KConfig *parse(const char *path, const char *text, ParseErrors *errs) {
    return kconfig_parse(source_add(path, "/", strdup(text), strlen(text)), errs);
}

static void free_errs(ParseErrors *errs) {
    for (uint32_t i = 0; i < errs->n; i++) diag_free(errs->items[i]);
    free(errs->items);
    *errs = (ParseErrors){0};
}

/* The report of `reqs` against `kc` in `format`, malloc'ed. */
static char *report(const Requirements *rs, const KConfig *kc, KFormat format, uint32_t *failed) {
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    *failed = kconfig_lint(rs->items, rs->n, kc, (LintOptions){format, false}, f);
    fclose(f);
    return buf;
}

Test(kconfig, require_then_lint) {
    ParseErrors errs = {0};
    KConfig *kc = parse("/k1", "CONFIG_A=y\nCONFIG_B=m\n# CONFIG_C is not set\nCONFIG_N=0x10\n", &errs);
    cr_assert(kc && errs.n == 0);
    cr_assert(kconfig_count(kc) == 4);
    Requirements rs = {0};
    Span at = span_make(0, 0, 0);
    cr_assert(kconfig_require(&rs, "A", 1, "y", 1, at, &errs));
    cr_assert(kconfig_require(&rs, "CONFIG_B", 8, "y", 1, at, &errs));
    cr_assert(kconfig_require(&rs, "C", 1, "n", 1, at, &errs));
    cr_assert(kconfig_require(&rs, "N", 1, "16", 2, at, &errs));
    cr_assert(kconfig_require(&rs, "A", 1, "y", 1, at, &errs), "the same requirement twice is kept once");
    cr_assert(rs.n == 4);
    cr_assert_str_eq(rs.items[0].symbol, "CONFIG_A");
    uint32_t failed;
    char *out = report(&rs, kc, KFORMAT_TEXT, &failed);
    cr_assert(failed == 1);
    cr_assert_str_eq(out, "CONFIG_A: enabled\n"
                          "CONFIG_B: enabled (as module), but built in (y) is required\n"
                          "CONFIG_C: disabled\n"
                          "CONFIG_N: set to 0x10\n"
                          "1 of 4 requirements fail\n");
    free(out);
    out = report(&rs, kc, KFORMAT_FRAGMENT, &failed);
    cr_assert(strstr(out, "\nCONFIG_B=y\n") && !strstr(out, "CONFIG_A="));
    free(out);
    kconfig_free(kc);
    kconfig_requirements_free(&rs);
}

Test(kconfig, require_rejects) {
    ParseErrors errs = {0};
    Requirements rs = {0};
    Span at = span_make(0, 0, 0);
    cr_assert(!kconfig_require(&rs, "X", 1, "yes", 3, at, &errs));
    cr_assert(!kconfig_require(&rs, "CONFIG_", 7, "y", 1, at, &errs));
    cr_assert(!kconfig_require(&rs, "A-B", 3, "y", 1, at, &errs));
    cr_assert(!kconfig_require(&rs, "S", 1, "\"open", 5, at, &errs));
    cr_assert(kconfig_require(&rs, "X", 1, "y|m", 3, at, &errs));
    cr_assert(!kconfig_require(&rs, "X", 1, "m", 1, at, &errs), "a different want is a conflict");
    cr_assert(errs.n == 5);
    cr_assert(strstr(errs.items[4]->msg, "conflicting requirements for CONFIG_X"));
    free_errs(&errs);
    kconfig_requirements_free(&rs);
}

Test(kconfig, written_requirements_read_back) {
    ParseErrors errs = {0};
    Requirements rs = {0};
    Span at = span_make(0, 0, 0);
    const char *wants[][2] = {{"VIRTIO_BLK", "y|m"}, {"SERIAL_8250", "y"}, {"FOO", "m"}, {"BAR", "n"},
                              {"NR_CPUS", "64"},     {"LOCALVERSION", "\"-vmc \\\"x\\\"\""}};
    for (size_t i = 0; i < ARRAY_LEN(wants); i++)
        cr_assert(kconfig_require(&rs, wants[i][0], strlen(wants[i][0]), wants[i][1], strlen(wants[i][1]), at, &errs));
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    kconfig_write_requirements(f, rs.items, rs.n, "demo");
    fclose(f);
    Requirements back = {0};
    cr_assert(kconfig_parse_requirements(&back, source_add("/reqs", "/", buf, len), &errs), "%s", buf);
    cr_assert(back.n == rs.n);
    for (uint32_t i = 0; i < rs.n; i++) {
        cr_assert_str_eq(back.items[i].symbol, rs.items[i].symbol);
        cr_assert(back.items[i].want == rs.items[i].want);
        cr_assert(back.items[i].span.file != 0, "requirements read from a file point into it");
    }
    cr_assert_str_eq(back.items[5].value, "\"-vmc \\\"x\\\"\"");
    kconfig_requirements_free(&rs);
    kconfig_requirements_free(&back);
}

Test(kconfig, duplicate_and_malformed_lines) {
    ParseErrors errs = {0};
    cr_assert(parse("/k2", "CONFIG_A=y\nbogus\nCONFIG_A=m\n", &errs) == NULL);
    cr_assert(errs.n == 2);
    cr_assert(strstr(errs.items[0]->msg, "malformed line"));
    cr_assert_str_eq(errs.items[1]->msg, "duplicate symbol CONFIG_A (first set at line 1)");
    free_errs(&errs);
}
