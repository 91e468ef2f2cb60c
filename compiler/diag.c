/*
 * diag.c: building and rendering diagnostics in the GCC style, with the
 * source line and a caret under the span.
 */
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "source.h"

static char *vfmt(const char *fmt, va_list ap) {
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0) n = 0;
    char *s = vmc_xrealloc(NULL, (size_t)n + 1);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    return s;
}

char *diag_fmt(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *s = vfmt(fmt, ap);
    va_end(ap);
    return s;
}

Diag *diag_new(Span span, const char *fmt, ...) {
    Diag *d = vmc_xrealloc(NULL, sizeof(Diag));
    memset(d, 0, sizeof *d);
    d->span = span;
    va_list ap;
    va_start(ap, fmt);
    d->msg = vfmt(fmt, ap);
    va_end(ap);
    return d;
}

void diag_add_note(Diag *d, Span span, const char *fmt, ...) {
    if (d->nnotes == d->ncap) {
        d->ncap = d->ncap ? d->ncap * 2 : 4;
        d->notes = vmc_xrealloc(d->notes, sizeof(DiagNote) * d->ncap);
    }
    va_list ap;
    va_start(ap, fmt);
    d->notes[d->nnotes].span = span;
    d->notes[d->nnotes].msg = vfmt(fmt, ap);
    d->nnotes++;
    va_end(ap);
}

void diag_free(Diag *d) {
    if (!d) return;
    for (uint32_t i = 0; i < d->nnotes; i++) free(d->notes[i].msg);
    free(d->notes);
    free(d->msg);
    free(d);
}

void diag_format_loc(char *buf, size_t n, Span span) {
    const Source *s = source_get(span.file);
    if (!s) {
        snprintf(buf, n, "<unknown>");
        return;
    }
    uint32_t line, col;
    source_linecol(s, span.start, &line, &col);
    snprintf(buf, n, "%s:%u:%u", s->display, line, col);
}

/* Length of the valid UTF-8 sequence at p (at most n bytes), or 0. */
static size_t utf8_len(const unsigned char *p, size_t n) {
    size_t k = p[0] < 0x80 ? 1 : (p[0] & 0xe0) == 0xc0 ? 2 : (p[0] & 0xf0) == 0xe0 ? 3 : (p[0] & 0xf8) == 0xf0 ? 4 : 0;
    if (k == 0 || k > n) return 0;
    for (size_t i = 1; i < k; i++)
        if ((p[i] & 0xc0) != 0x80) return 0;
    return k;
}

/* Longest stretch of a source line shown; longer lines are cut to a window
 * around the span, so that a minified or binary file stays readable. */
#define SNIPPET_MAX 160

/* The source line of the span's start, with a caret line under it.  Bytes
 * that are not printable UTF-8 are shown as '?', so broken input cannot
 * garble the terminal. */
static void snippet(FILE *out, Span span) {
    const Source *s = source_get(span.file);
    if (!s || span.start > s->len) return;
    const char *text = source_text(s);
    if (!text) return;   /* changed or gone since it was parsed */
    uint32_t line, col;
    source_linecol(s, span.start, &line, &col);
    uint32_t ls = s->lines[line - 1];
    uint32_t le = ls;
    while (le < s->len && text[le] != '\n') le++;
    if (le > ls && text[le - 1] == '\r') le--;
    uint32_t ws = ls, we = le;
    bool cut_left = false, cut_right = false;
    if (le - ls > SNIPPET_MAX) {
        if (span.start > ls + SNIPPET_MAX / 3) {
            ws = span.start - SNIPPET_MAX / 3;
            cut_left = true;
        }
        if (we > ws + SNIPPET_MAX) {
            we = ws + SNIPPET_MAX;
            cut_right = true;
        }
    }
    char num[16];
    int w = snprintf(num, sizeof num, "%u", line);
    if (w < 4) w = 4;
    fprintf(out, " %*u | ", w, line);
    if (cut_left) fputs("...", out);
    const unsigned char *t = (const unsigned char *)text;
    for (uint32_t i = ws; i < we;) {
        size_t k = utf8_len(t + i, we - i);
        if (t[i] == '\t') {
            fputc('\t', out);
            i++;
        } else if (k == 0 || t[i] < 0x20 || t[i] == 0x7f) {
            fputc('?', out);
            i++;
        } else {
            fwrite(t + i, 1, k, out);
            i += (uint32_t)k;
        }
    }
    if (cut_right) fputs("...", out);
    fputc('\n', out);
    fprintf(out, " %*s | ", w, "");
    if (cut_left) fputs("   ", out);
    for (uint32_t i = ws; i < span.start && i < we;) {
        size_t k = utf8_len(t + i, we - i);
        fputc(t[i] == '\t' ? '\t' : ' ', out);
        i += k && t[i] >= 0x20 ? (uint32_t)k : 1;
    }
    uint32_t end = span_end(span) < we ? span_end(span) : we;
    fputc('^', out);
    size_t k0 = span.start < we ? utf8_len(t + span.start, we - span.start) : 0;
    for (uint32_t i = span.start + (k0 ? (uint32_t)k0 : 1); i < end;) {
        size_t k = utf8_len(t + i, end - i);
        fputc('^', out);
        i += k && t[i] >= 0x20 ? (uint32_t)k : 1;
    }
    fputc('\n', out);
}

void diag_print(FILE *out, const Diag *d) {
    char loc[4096];
    if (d->span.file) {
        /* The headline, the source line, then the rest of a long message
         * (a list of definitions, say). */
        diag_format_loc(loc, sizeof loc, d->span);
        const char *nl = strchr(d->msg, '\n');
        int hl = nl ? (int)(nl - d->msg) : (int)strlen(d->msg);
        fprintf(out, "%s: error: %.*s\n", loc, hl, d->msg);
        snippet(out, d->span);
        if (nl) fprintf(out, "%s\n", nl + 1);
    } else {
        fprintf(out, "vmc: error: %s\n", d->msg);
    }
    for (uint32_t i = 0; i < d->nnotes; i++) {
        const DiagNote *n = &d->notes[i];
        if (n->span.file) {
            diag_format_loc(loc, sizeof loc, n->span);
            fprintf(out, "note: %s (%s)\n", n->msg, loc);
        } else {
            fprintf(out, "note: %s\n", n->msg);
        }
    }
}

int diag_usage_error(const char *command, const char *fmt, const char *arg) {
    fprintf(stderr, "vmc: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\nTry '%s --help' for more information.\n", command);
    return 2;
}
