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

/* The source line of the span's start, with a caret line under it. */
static void snippet(FILE *out, Span span) {
    const Source *s = source_get(span.file);
    if (!s || span.start > s->len) return;
    uint32_t line, col;
    source_linecol(s, span.start, &line, &col);
    uint32_t ls = s->lines[line - 1];
    uint32_t le = ls;
    while (le < s->len && s->text[le] != '\n') le++;
    if (le > ls && s->text[le - 1] == '\r') le--;
    char num[16];
    int w = snprintf(num, sizeof num, "%u", line);
    if (w < 4) w = 4;
    fprintf(out, " %*u | ", w, line);
    for (uint32_t i = ls; i < le; i++) {
        unsigned char c = (unsigned char)s->text[i];
        /* Keep the terminal safe from control bytes in broken input. */
        fputc(c == '\t' || c >= 0x20 ? c : '?', out);
    }
    fputc('\n', out);
    fprintf(out, " %*s | ", w, "");
    for (uint32_t i = ls; i < span.start && i < le; i++) fputc(s->text[i] == '\t' ? '\t' : ' ', out);
    uint32_t end = span.end < le ? span.end : le;
    fputc('^', out);
    for (uint32_t i = span.start + 1; i < end; i++) fputc('^', out);
    fputc('\n', out);
}

void diag_print(FILE *out, const Diag *d) {
    char loc[4096];
    if (d->span.file) {
        diag_format_loc(loc, sizeof loc, d->span);
        fprintf(out, "%s: error: %s\n", loc, d->msg);
        snippet(out, d->span);
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
