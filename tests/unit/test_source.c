/* Unit tests of source.c's memory-saving paths: texts released once their
 * AST exists and read again for a diagnostic (only when the file still
 * holds what was parsed), and the files of the command line read in one
 * batch on two threads. */
#include <criterion/criterion.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "source.h"

static char *tmp_dir(void) {
    char tmpl[] = "/tmp/vmc-unit-XXXXXX";
    cr_assert(mkdtemp(tmpl) != NULL);
    return strdup(tmpl);
}

static char *join(const char *dir, const char *name) {
    char *p = malloc(strlen(dir) + strlen(name) + 2);
    sprintf(p, "%s/%s", dir, name);
    return p;
}

static void write_file(const char *path, const char *text) {
    FILE *f = fopen(path, "wb");
    cr_assert(f != NULL, "%s", path);
    fwrite(text, 1, strlen(text), f);
    cr_assert(fclose(f) == 0);
}

static void rm_rf(const char *dir) {
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    cr_assert(system(cmd) == 0);
}

static void expect_linecol(const Source *s, uint32_t off, uint32_t want_line, uint32_t want_col) {
    uint32_t line, col;
    source_linecol(s, off, &line, &col);
    cr_assert(line == want_line && col == want_col, "offset %u: got %u:%u, want %u:%u", off, line, col,
              want_line, want_col);
}

static const char original[] = "{\n  x = 1;\n  y = \"two\";\n}\n";

Test(source, released_text_is_read_again_while_unchanged) {
    char *dir = tmp_dir(), *path = join(dir, "a.cfg");
    write_file(path, original);
    size_t len;
    const char *text = source_read(path, &len);
    cr_assert(text != NULL && len == strlen(original));
    Source *s = source_add(path, dir, text, len);

    source_release_text(s);
    cr_assert(s->released && s->text == NULL, "the text is freed");
    cr_assert(s->len == strlen(original), "the length is kept");
    /* Positions resolve from the line table kept at release. */
    expect_linecol(s, 0, 1, 1);
    expect_linecol(s, (uint32_t)(strchr(original, 'y') - original), 3, 3);
    expect_linecol(s, (uint32_t)(strrchr(original, '}') - original), 4, 1);

    const char *again = source_text(s);
    cr_assert(again != NULL, "an unchanged file is read again");
    cr_assert(strlen(again) == s->len && memcmp(again, original, s->len) == 0);
    cr_assert(source_text(s) == again, "read once, then kept");
    cr_assert(!s->released);

    /* Released a second time (the text read back is freed like the first). */
    source_release_text(s);
    cr_assert(s->released && s->text == NULL);
    cr_assert_str_eq(source_text(s), original);
    expect_linecol(s, (uint32_t)(strchr(original, 'x') - original), 2, 3);
    rm_rf(dir);
}

Test(source, changed_or_missing_file_gives_no_text) {
    char *dir = tmp_dir(), *path = join(dir, "b.cfg");
    write_file(path, original);
    size_t len;
    const char *text = source_read(path, &len);
    cr_assert(text != NULL);
    Source *s = source_add(path, dir, text, len);
    source_release_text(s);

    /* Same length, other bytes: the hash tells. */
    char same_len[sizeof original];
    memcpy(same_len, original, sizeof original);
    *strchr(same_len, '1') = '9';
    write_file(path, same_len);
    cr_assert(source_text(s) == NULL, "a file edited in place is not shown");
    cr_assert(s->released && s->text == NULL);

    /* Another length. */
    write_file(path, "{ }\n");
    cr_assert(source_text(s) == NULL, "a file of another size is not shown");
    write_file(path, "");
    cr_assert(source_text(s) == NULL, "an emptied file is not shown");

    /* Gone. */
    cr_assert(unlink(path) == 0);
    cr_assert(source_text(s) == NULL, "a deleted file is not shown");

    /* Back as it was parsed: shown again. */
    write_file(path, original);
    const char *back = source_text(s);
    cr_assert(back != NULL, "the file restored to what was parsed is read");
    cr_assert_str_eq(back, original);
    expect_linecol(s, (uint32_t)(strchr(original, 'y') - original), 3, 3);
    rm_rf(dir);
}

Test(source, text_not_read_from_disk_is_hashed_at_release) {
    /* A text handed to source_add without source_read (nothing recorded
     * for the path): the release hashes the text itself. */
    char *dir = tmp_dir(), *path = join(dir, "c.cfg");
    write_file(path, original);
    Source *s = source_add(path, dir, strdup(original), strlen(original));
    source_release_text(s);
    cr_assert_str_eq(source_text(s), original);
    source_release_text(s);
    write_file(path, "{\n  x = 1;\n  y = \"TWO\";\n}\n");
    cr_assert(source_text(s) == NULL);
    rm_rf(dir);
}

Test(source, pseudo_files_keep_their_text) {
    /* "<expr>" and the like cannot be read again: never released. */
    const char *t = "1 + 2";
    Source *s = source_add("<expr>", "/", strdup(t), strlen(t));
    source_release_text(s);
    cr_assert(!s->released && s->text != NULL);
    cr_assert_str_eq(source_text(s), t);
}

/* 70 files (over the threshold of 64 for two threads), among them a
 * missing one, a directory, an empty file and one named twice. */
Test(source, read_many_in_two_threads) {
    enum { N = 74 };
    char *dir = tmp_dir();
    const char *paths[N];
    char *want[N];
    for (int i = 0; i < N; i++) {
        char name[32], body[64];
        snprintf(name, sizeof name, "m%02d.cfg", i);
        snprintf(body, sizeof body, "{ x%d = %d;\n%s}\n", i, i * i, i % 3 ? "" : "  y = [\n  ];\n");
        paths[i] = join(dir, name);
        want[i] = strdup(body);
    }
    /* 10: missing; 20: a directory; 30: empty; 40: the same file as 41. */
    free(want[10]);
    want[10] = NULL;
    cr_assert(mkdir(paths[20], 0755) == 0);
    free(want[20]);
    want[20] = NULL;
    free(want[30]);
    want[30] = strdup("");
    free((char *)paths[40]);
    paths[40] = paths[41];
    free(want[40]);
    want[40] = want[41];
    for (int i = 0; i < N; i++)
        if (i != 10 && i != 20 && i != 40) write_file(paths[i], want[i]);

    const char *texts[N];
    size_t lens[N];
    int errs[N];
    uint32_t *lines[N], nlines[N];
    source_read_many(paths, N, texts, lens, errs, lines, nlines);
    for (int i = 0; i < N; i++) {
        if (!want[i]) {
            cr_assert(texts[i] == NULL, "%d: no text", i);
            cr_assert(lines[i] == NULL, "%d: no line table", i);
            continue;
        }
        cr_assert(texts[i] != NULL, "%d: %s", i, strerror(errs[i]));
        cr_assert(lens[i] == strlen(want[i]) && strcmp(texts[i], want[i]) == 0, "%d: '%s'", i, texts[i]);
        /* The line table, built by the reading thread: each line's start. */
        cr_assert(lines[i] != NULL, "%d: a line table", i);
        uint32_t k = 0;
        cr_assert(lines[i][k++] == 0);
        for (size_t o = 0; o < lens[i]; o++)
            if (texts[i][o] == '\n') {
                cr_assert(k < nlines[i] && lines[i][k] == o + 1, "%d: line %u", i, k + 1);
                k++;
            }
        cr_assert(k == nlines[i], "%d: %u lines, %u in the table", i, k, nlines[i]);
    }
    cr_assert(errs[10] == ENOENT, "missing: %s", strerror(errs[10]));
    cr_assert(errs[20] == EISDIR, "directory: %s", strerror(errs[20]));
    cr_assert(lens[30] == 0 && texts[30][0] == 0);

    /* Recorded as inputs, in the order given (the second naming of a path
     * records nothing). */
    uint32_t ni;
    const Input *in = source_inputs(&ni);
    cr_assert(ni == N - 1, "%u inputs", ni);
    for (uint32_t k = 0, i = 0; i < N; i++) {
        if (i == 41) continue;
        cr_assert_str_eq(in[k].path, paths[i]);
        cr_assert(in[k].exists == (i != 10), "%u", i);
        cr_assert(in[k].is_dir == (i == 20), "%u", i);
        k++;
    }

    /* Added, released (the shared mapping goes once the last is), and read
     * again from disk. */
    Source *srcs[N] = {0};
    for (int i = 0; i < N; i++)
        if (texts[i] && i != 40) {
            srcs[i] = source_add(paths[i], dir, texts[i], lens[i]);
            source_set_lines(srcs[i], lines[i], nlines[i]);
        }
    for (int i = 0; i < N; i++)
        if (srcs[i]) source_release_text(srcs[i]);
    for (int i = 0; i < N; i++) {
        if (!srcs[i]) continue;
        cr_assert(srcs[i]->released);
        const char *t = source_text(srcs[i]);
        cr_assert(t != NULL && strcmp(t, want[i]) == 0, "%d read again", i);
    }
    expect_linecol(srcs[5], 2, 1, 3);
    expect_linecol(srcs[6], 11, 2, 1);   /* "{ x6 = 36;\n  y = [\n  ];\n}\n" */
    expect_linecol(srcs[6], 21, 3, 3);
    rm_rf(dir);
    /* What no source keeps: the expected texts, the paths that were never
     * read, and the line table of m41's second naming. */
    for (int i = 0; i < N; i++)
        if (i != 40) free(want[i]);
    free((char *)paths[10]);
    free((char *)paths[20]);
    free(lines[40]);
}
