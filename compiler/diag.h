/*
 * diag.h: diagnostics.
 *
 * A Diag is one message about the user's input: a primary span, a message
 * (lowercase, problem first, no full stop) and notes, each with its own span,
 * that give context ("while evaluating ...", "first defined here").  Deep
 * modules build Diags; only the command line prints them, in the form
 *
 *   file:line:col: error: message
 *      12 |     memorySize = "2048";
 *         |                  ^^^^^^
 *   note: while evaluating the attribute 'x' (file:line:col)
 *
 * Spans are byte offsets; line and column (1-based, columns in bytes) are
 * computed only when printing.
 */
#ifndef VMC_DIAG_H
#define VMC_DIAG_H

#include <stdio.h>

#include "common.h"

typedef struct DiagNote {
    Span span;         /* where the note points; file 0 = nowhere */
    char *msg;         /* owned text */
} DiagNote;

typedef struct Diag {
    Span span;         /* primary location; file 0 = none */
    char *msg;         /* owned text */
    DiagNote *notes;   /* context, innermost first */
    uint32_t nnotes;   /* entries in notes */
    uint32_t ncap;     /* allocated entries */
} Diag;

/* Creates a diagnostic with a printf-style message. */
Diag *diag_new(Span span, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends a note. */
void diag_add_note(Diag *d, Span span, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Frees `d`, its message and its notes. */
void diag_free(Diag *d);
/* Prints `d` as an error to `out`, with the source line and a caret. */
void diag_print(FILE *out, const Diag *d);
/* Writes "file:line:col" of the span's start into buf (size n). */
void diag_format_loc(char *buf, size_t n, Span span);
/* A usage error: "vmc: " + fmt (with arg), then where help is ("Try
 * 'COMMAND --help' ..."); returns the exit status for it, 2. */
int diag_usage_error(const char *command, const char *fmt, const char *arg);
/* printf into a fresh malloc'ed string. */
char *diag_fmt(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
