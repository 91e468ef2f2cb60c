/*
 * toml.c: builtins.fromTOML, a TOML 1.0 reader (https://toml.io/en/v1.0.0).
 *
 * The document is read into a tree of TNodes (tables keep their keys in
 * order of definition, with what defined them, for TOML's rules on
 * defining a table twice), then turned into values: tables into sets,
 * arrays into lists.  As in Nix, dates and times are an error.  Everything
 * lives in the evaluator's arena, so an error (eval_error) leaks nothing.
 */
#include "toml.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "vec.h"

typedef enum { TN_TABLE, TN_ARRAY, TN_STRING, TN_INT, TN_FLOAT, TN_BOOL } TKind;

/* How a table came to be: TOML lets a header define a table that a longer
 * header created on the way (`[a.b]` then `[a]`), and dotted keys extend
 * only tables they made. */
typedef enum { TD_HEADER, TD_IMPLICIT, TD_DOTTED, TD_INLINE, TD_AOT_ITEM } TDef;

typedef struct TNode TNode;
struct TNode {
    TKind kind;
    TDef how;                /* tables */
    bool aot;                /* arrays: made by [[...]] (only those take more tables) */
    VEC(Sym) keys;           /* tables: in order */
    VEC(TNode *) vals;       /* tables: values; arrays: items */
    uint32_t *index;         /* tables of many keys: 1 + key index by hash, open addressing */
    uint32_t index_cap;      /* its size (a power of two), 0 = none */
    const char *s;           /* strings */
    size_t slen;
    int64_t i;
    double f;
    bool b;
};

typedef struct Toml {
    Vm *vm;
    Span at;                 /* the fromTOML call */
    const char *p, *start, *end;
    StrBuf buf;              /* a string being read */
} Toml;

static _Noreturn __attribute__((format(printf, 2, 3))) void fail(Toml *t, const char *fmt, ...) {
    uint32_t line = 1, col = 1;
    for (const char *q = t->start; q < t->p && q < t->end; q++) {
        if (*q == '\n') line++, col = 1;
        else col++;
    }
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    free(t->buf.data);
    t->buf.data = NULL;
    eval_error(t->vm, t->at, "while parsing a TOML string: line %u, column %u: %s", line, col, msg);
}

static TNode *node(Toml *t, TKind k) {
    TNode *n = arena_zalloc(&t->vm->arena, sizeof(TNode), _Alignof(TNode));
    n->kind = k;
    return n;
}

static inline uint32_t sym_hash(Sym k) { return (uint32_t)(((uintptr_t)k >> 4) * 2654435761u); }

static TNode *table_get(TNode *tb, Sym k) {
    if (tb->index_cap) {
        for (uint32_t h = sym_hash(k) & (tb->index_cap - 1);; h = (h + 1) & (tb->index_cap - 1)) {
            uint32_t e = tb->index[h];
            if (!e) return NULL;
            if (tb->keys.data[e - 1] == k) return tb->vals.data[e - 1];
        }
    }
    for (uint32_t i = 0; i < tb->keys.len; i++)
        if (tb->keys.data[i] == k) return tb->vals.data[i];
    return NULL;
}

static void index_add(TNode *tb, uint32_t i) {
    uint32_t h = sym_hash(tb->keys.data[i]) & (tb->index_cap - 1);
    while (tb->index[h]) h = (h + 1) & (tb->index_cap - 1);
    tb->index[h] = i + 1;
}

static void table_put(Toml *t, TNode *tb, Sym k, TNode *v) {
    Arena *a = &t->vm->arena;
    avec_push(a, &tb->keys, k);
    avec_push(a, &tb->vals, v);
    /* From 16 keys on, an index (rebuilt at twice the size when half full):
     * a table of 100,000 keys is read in linear time. */
    uint32_t n = tb->keys.len;
    if (n < 16) return;
    if (n * 2 > tb->index_cap) {
        uint32_t cap = 64;
        while (cap < n * 4) cap *= 2;
        tb->index = arena_zalloc(a, sizeof(uint32_t) * cap, _Alignof(uint32_t));
        tb->index_cap = cap;
        for (uint32_t i = 0; i < n; i++) index_add(tb, i);
    } else {
        index_add(tb, n - 1);
    }
}

/* ---- characters ---- */

static bool at_end(Toml *t) { return t->p >= t->end; }
static int peek(Toml *t) { return at_end(t) ? -1 : (unsigned char)*t->p; }
static bool bare_char(int c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

static void skip_ws(Toml *t) {
    while (!at_end(t) && (*t->p == ' ' || *t->p == '\t')) t->p++;
}

/* A comment, up to the end of the line (not included). */
static void skip_comment(Toml *t) {
    if (peek(t) != '#') return;
    while (!at_end(t) && *t->p != '\n') {
        unsigned char c = (unsigned char)*t->p;
        if ((c < 0x20 && c != '\t' && !(c == '\r' && t->p + 1 < t->end && t->p[1] == '\n')) || c == 0x7f)
            fail(t, "a control character in a comment");
        t->p++;
    }
}

/* A newline (\n or \r\n); false if none here. */
static bool newline(Toml *t) {
    if (peek(t) == '\n') {
        t->p++;
        return true;
    }
    if (peek(t) == '\r' && t->p + 1 < t->end && t->p[1] == '\n') {
        t->p += 2;
        return true;
    }
    return false;
}

/* Blanks, comments and newlines (inside arrays). */
static void skip_ws_nl(Toml *t) {
    for (;;) {
        skip_ws(t);
        skip_comment(t);
        if (!newline(t)) return;
    }
}

/* The end of a line after a key/value pair or a header. */
static void end_of_line(Toml *t) {
    skip_ws(t);
    skip_comment(t);
    if (!at_end(t) && !newline(t)) fail(t, "expected the end of the line, found '%c'", *t->p);
}

/* ---- strings ---- */

static void put_utf8(Toml *t, uint32_t c) {
    char u[4];
    size_t n;
    if (c < 0x80) u[0] = (char)c, n = 1;
    else if (c < 0x800) u[0] = (char)(0xc0 | c >> 6), u[1] = (char)(0x80 | (c & 0x3f)), n = 2;
    else if (c < 0x10000)
        u[0] = (char)(0xe0 | c >> 12), u[1] = (char)(0x80 | ((c >> 6) & 0x3f)), u[2] = (char)(0x80 | (c & 0x3f)), n = 3;
    else
        u[0] = (char)(0xf0 | c >> 18), u[1] = (char)(0x80 | ((c >> 12) & 0x3f)), u[2] = (char)(0x80 | ((c >> 6) & 0x3f)),
        u[3] = (char)(0x80 | (c & 0x3f)), n = 4;
    sb_put(&t->buf, u, n);
}

static void escape(Toml *t) {
    t->p++;   /* the backslash */
    int c = peek(t);
    t->p++;
    switch (c) {
    case 'b': sb_put(&t->buf, "\b", 1); return;
    case 't': sb_put(&t->buf, "\t", 1); return;
    case 'n': sb_put(&t->buf, "\n", 1); return;
    case 'f': sb_put(&t->buf, "\f", 1); return;
    case 'r': sb_put(&t->buf, "\r", 1); return;
    case '"': sb_put(&t->buf, "\"", 1); return;
    case '\\': sb_put(&t->buf, "\\", 1); return;
    case 'u':
    case 'U': {
        int n = c == 'u' ? 4 : 8;
        uint32_t v = 0;
        for (int i = 0; i < n; i++) {
            int h = peek(t);
            int d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
            if (d < 0) fail(t, "\\%c needs %d hexadecimal digits", c, n);
            v = v * 16 + (uint32_t)d;
            t->p++;
        }
        if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) fail(t, "\\%c%0*X is not a Unicode scalar value", c, n, v);
        put_utf8(t, v);
        return;
    }
    default: t->p--; fail(t, "unknown escape \\%c", c < 0 ? '?' : c);
    }
}

static void string_char(Toml *t, bool multiline) {
    unsigned char c = (unsigned char)*t->p;
    if ((c < 0x20 && c != '\t' && !(multiline && (c == '\n' || c == '\r'))) || c == 0x7f)
        fail(t, "a control character (0x%02x) in a string", c);
    if (c == '\r' && !(t->p + 1 < t->end && t->p[1] == '\n')) fail(t, "a lone carriage return in a string");
    sb_put(&t->buf, (const char *)&c, 1);   /* \r\n stays, as in Nix's reader */
    t->p++;
}

/* A string of any of the four kinds, at its opening quote; the text is in
 * t->buf (reset first). */
static void string(Toml *t) {
    t->buf.len = 0;
    char q = *t->p;
    bool basic = q == '"';
    bool multi = t->end - t->p >= 3 && t->p[1] == q && t->p[2] == q;
    if (!multi) {
        t->p++;
        for (;;) {
            if (at_end(t) || *t->p == '\n') fail(t, "a string without its closing %c", q);
            if (*t->p == q) break;
            if (basic && *t->p == '\\') escape(t);
            else string_char(t, false);
        }
        t->p++;
        return;
    }
    t->p += 3;
    newline(t);   /* a newline right after the opening quotes is not part of it */
    for (;;) {
        if (at_end(t)) fail(t, "a multi-line string without its closing %c%c%c", q, q, q);
        if (*t->p == q && t->end - t->p >= 3 && t->p[1] == q && t->p[2] == q) {
            /* Up to two quotes may end the content right before the closing three. */
            int extra = 0;
            while (extra < 2 && t->end - t->p >= 4 + extra && t->p[3 + extra] == q) extra++;
            sb_put(&t->buf, t->p, (size_t)extra);
            t->p += 3 + extra;
            return;
        }
        if (basic && *t->p == '\\') {
            /* A backslash ending a line: the newline and the blanks after go. */
            const char *s = t->p + 1;
            while (s < t->end && (*s == ' ' || *s == '\t')) s++;
            if (s < t->end && (*s == '\n' || (*s == '\r' && s + 1 < t->end && s[1] == '\n'))) {
                t->p = s;
                while (!at_end(t) && (*t->p == ' ' || *t->p == '\t' || *t->p == '\n' || *t->p == '\r')) t->p++;
                continue;
            }
            escape(t);
            continue;
        }
        string_char(t, true);
    }
}

/* ---- keys ---- */

typedef Sym Key;

static Key simple_key(Toml *t) {
    int c = peek(t);
    if (c == '"' || c == '\'') {
        if (t->end - t->p >= 3 && t->p[1] == c && t->p[2] == c) fail(t, "a key cannot be a multi-line string");
        string(t);
        return sym_intern(t->buf.data ? t->buf.data : "", t->buf.len);   /* a NUL stays in a key, as in Nix */
    }
    const char *s = t->p;
    while (!at_end(t) && bare_char(*t->p)) t->p++;
    if (t->p == s) fail(t, at_end(t) ? "expected a key" : "expected a key, found '%c'", at_end(t) ? ' ' : *t->p);
    return sym_intern(s, (size_t)(t->p - s));
}

/* A dotted key: its parts (in the arena), how many in *n. */
static Key *key_path(Toml *t, uint32_t *n) {
    VEC(Key) parts = {0};
    for (;;) {
        skip_ws(t);
        avec_push(&t->vm->arena, &parts, simple_key(t));
        skip_ws(t);
        if (peek(t) != '.') break;
        t->p++;
    }
    *n = parts.len;
    return parts.data;
}

/* ---- values ---- */

static TNode *value(Toml *t, uint32_t depth);

/* Digits with single underscores between them; returns the digits alone. */
static size_t digits(Toml *t, char *out, size_t max, int base, const char *what) {
    size_t n = 0;
    bool last_us = true;   /* no underscore first */
    for (;;) {
        int c = peek(t);
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : 99;
        if (c == '_') {
            if (last_us) fail(t, "an underscore in %s must stand between digits", what);
            last_us = true;
            t->p++;
            continue;
        }
        if (d >= base) break;
        if (n + 1 >= max) fail(t, "%s is too long", what);
        out[n++] = (char)c;
        last_us = false;
        t->p++;
    }
    if (n && last_us) fail(t, "an underscore in %s must stand between digits", what);
    out[n] = 0;
    return n;
}

static bool starts(Toml *t, const char *w) {
    size_t n = strlen(w);
    return (size_t)(t->end - t->p) >= n && memcmp(t->p, w, n) == 0 && (t->p + n == t->end || !bare_char(t->p[n]));
}

/* Whether a date or time starts here (1979-05-27, 07:32:00). */
static bool datetime_ahead(Toml *t) {
    const char *s = t->p;
    size_t left = (size_t)(t->end - s);
    bool d4 = left >= 5 && s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9' && s[2] >= '0' && s[2] <= '9' &&
              s[3] >= '0' && s[3] <= '9' && s[4] == '-';
    bool t2 = left >= 3 && s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9' && s[2] == ':';
    return d4 || t2;
}

static TNode *number(Toml *t) {
    const char *s = t->p;
    char sign = 0;
    if (peek(t) == '+' || peek(t) == '-') sign = *t->p++;
    if (starts(t, "inf") || starts(t, "nan")) {
        TNode *n = node(t, TN_FLOAT);
        n->f = *t->p == 'i' ? INFINITY : NAN;
        if (sign == '-') n->f = -n->f;
        t->p += 3;
        return n;
    }
    /* The digits: never longer than the characters a number can have. */
    const char *stop = t->p;
    while (stop < t->end && (bare_char(*stop) || *stop == '.' || *stop == '+')) stop++;
    size_t bufsize = (size_t)(stop - t->p) + 8;
    char *buf = arena_alloc(&t->vm->arena, bufsize, 1);
    if (!sign && peek(t) == '0' && t->p + 1 < t->end && (t->p[1] == 'x' || t->p[1] == 'o' || t->p[1] == 'b')) {
        int base = t->p[1] == 'x' ? 16 : t->p[1] == 'o' ? 8 : 2;
        t->p += 2;
        if (peek(t) == '_') fail(t, "an underscore in an integer must stand between digits");
        if (!digits(t, buf, bufsize, base, "an integer")) fail(t, "expected digits after 0%c", t->p[-1]);
        errno = 0;
        unsigned long long v = strtoull(buf, NULL, base);
        if (errno || v > INT64_MAX) {
            int n = (int)(t->p - s);
            t->p = s;
            fail(t, "the integer %.*s does not fit in 64 bits", n, s);
        }
        TNode *n = node(t, TN_INT);
        n->i = (int64_t)v;
        return n;
    }
    /* Decimal: an integer part, then maybe a fraction and an exponent. */
    size_t k = 0;
    if (sign) buf[k++] = sign;
    const char *ip = t->p;
    size_t nd = digits(t, buf + k, bufsize - k, 10, "a number");
    if (!nd) fail(t, "expected a value");
    if (nd > 1 && *ip == '0') fail(t, "a number may not start with 0 (leading zeros)");
    k += nd;
    bool is_float = false;
    if (peek(t) == '.') {
        is_float = true;
        t->p++;
        buf[k++] = '.';
        size_t f = digits(t, buf + k, bufsize - k, 10, "a number");
        if (!f) fail(t, "expected digits after the decimal point");
        k += f;
    }
    if (peek(t) == 'e' || peek(t) == 'E') {
        is_float = true;
        t->p++;
        buf[k++] = 'e';
        if (peek(t) == '+' || peek(t) == '-') buf[k++] = *t->p++;
        size_t e = digits(t, buf + k, bufsize - k, 10, "an exponent");
        if (!e) fail(t, "expected digits in the exponent");
        k += e;
    }
    buf[k] = 0;
    if (is_float) {
        TNode *n = node(t, TN_FLOAT);
        n->f = strtod(buf, NULL);
        /* Nix (toml11) reads a float too large as the largest finite one. */
        if (isinf(n->f)) n->f = n->f > 0 ? DBL_MAX : -DBL_MAX;
        return n;
    }
    errno = 0;
    long long v = strtoll(buf, NULL, 10);
    if (errno) {
        t->p = s;
        fail(t, "the integer %s does not fit in 64 bits", buf);
    }
    TNode *n = node(t, TN_INT);
    n->i = v;
    return n;
}

static TNode *array(Toml *t, uint32_t depth) {
    t->p++;   /* [ */
    TNode *a = node(t, TN_ARRAY);
    for (;;) {
        skip_ws_nl(t);
        if (peek(t) == ']') break;
        avec_push(&t->vm->arena, &a->vals, value(t, depth + 1));
        skip_ws_nl(t);
        if (peek(t) == ',') {
            t->p++;
            continue;
        }
        if (peek(t) != ']') fail(t, "expected ',' or ']' in an array");
        break;
    }
    t->p++;
    return a;
}

static void key_value(Toml *t, TNode *tb, uint32_t depth);

static TNode *inline_table(Toml *t, uint32_t depth) {
    t->p++;   /* { */
    TNode *tb = node(t, TN_TABLE);
    tb->how = TD_INLINE;
    skip_ws(t);
    if (peek(t) == '}') {
        t->p++;
        return tb;
    }
    for (;;) {
        key_value(t, tb, depth + 1);
        skip_ws(t);
        if (peek(t) == ',') {
            t->p++;
            skip_ws(t);
            if (peek(t) == '}') fail(t, "an inline table may not end with ','");
            continue;
        }
        if (peek(t) != '}') fail(t, "expected ',' or '}' in an inline table (which stays on one line)");
        t->p++;
        /* Sealed: nothing may be added to it, nor to the tables in it. */
        return tb;
    }
}

static TNode *value(Toml *t, uint32_t depth) {
    if (depth > 20000) fail(t, "values nested more than 20,000 levels deep");
    int c = peek(t);
    if (c == '"' || c == '\'') {
        string(t);
        TNode *n = node(t, TN_STRING);
        n->slen = t->buf.len;
        n->s = arena_strndup(&t->vm->arena, t->buf.data ? t->buf.data : "", t->buf.len);
        return n;
    }
    if (c == '[') return array(t, depth);
    if (c == '{') return inline_table(t, depth);
    if (starts(t, "true") || starts(t, "false")) {
        TNode *n = node(t, TN_BOOL);
        n->b = *t->p == 't';
        t->p += n->b ? 4 : 5;
        return n;
    }
    if (datetime_ahead(t)) fail(t, "Dates and times are not supported");
    if (c == '+' || c == '-' || (c >= '0' && c <= '9') || c == 'i' || c == 'n') return number(t);
    fail(t, c < 0 ? "expected a value, found the end" : "expected a value, found '%c'", c);
}

/* ---- the document ---- */

static const char *show_key(Toml *t, const Key *k, uint32_t n) {
    StrBuf b = {0};
    for (uint32_t i = 0; i < n; i++) sb_printf(&b, "%s%s", i ? "." : "", k[i]->str);
    const char *r = arena_strndup(&t->vm->arena, b.data ? b.data : "", b.len);
    free(b.data);
    return r;
}

/* A new table `k` in tb, made as `how` says. */
static TNode *table_add(Toml *t, TNode *tb, const Key *k, TDef how) {
    TNode *c = node(t, TN_TABLE);
    c->how = how;
    table_put(t, tb, *k, c);
    return c;
}

/* `a.b.c = v` into table tb: dotted keys make (and may extend) tables of
 * their own, nothing else. */
static void key_value(Toml *t, TNode *tb, uint32_t depth) {
    const char *kstart = t->p;
    uint32_t n;
    Key *k = key_path(t, &n);
    for (uint32_t i = 0; i + 1 < n; i++) {
        TNode *c = table_get(tb, k[i]);
        if (!c) {
            c = table_add(t, tb, &k[i], TD_DOTTED);
        } else if (c->kind != TN_TABLE || c->how != TD_DOTTED) {
            t->p = kstart;
            fail(t, "`%s' is defined already; a dotted key cannot add to it", show_key(t, k, i + 1));
        }
        tb = c;
    }
    if (table_get(tb, k[n - 1])) {
        t->p = kstart;
        fail(t, "the key `%s' is defined twice", show_key(t, k, n));
    }
    skip_ws(t);
    if (peek(t) != '=') fail(t, "expected '=' after a key");
    t->p++;
    skip_ws(t);
    table_put(t, tb, k[n - 1], value(t, depth));
}

/* A [table] or [[array of tables]] header: the table the next pairs go into. */
static TNode *header(Toml *t, TNode *root) {
    const char *hstart = t->p;
    bool aot = t->end - t->p >= 2 && t->p[1] == '[';
    t->p += aot ? 2 : 1;
    uint32_t n;
    Key *k = key_path(t, &n);
    if (peek(t) != ']' || (aot && !(t->end - t->p >= 2 && t->p[1] == ']')))
        fail(t, aot ? "expected ']]' to end the header" : "expected ']' to end the header");
    t->p += aot ? 2 : 1;
    const char *hend = t->p;
    t->p = hstart;   /* errors below point at the header */
    TNode *tb = root;
    for (uint32_t i = 0; i + 1 < n; i++) {
        TNode *c = table_get(tb, k[i]);
        if (!c) {
            c = table_add(t, tb, &k[i], TD_IMPLICIT);
        } else if (c->kind == TN_ARRAY && c->aot) {
            c = c->vals.data[c->vals.len - 1];   /* the latest table of the array */
        } else if (c->kind != TN_TABLE || c->how == TD_INLINE) {
            fail(t, "`%s' is not a table that can take more keys", show_key(t, k, i + 1));
        }
        tb = c;
    }
    TNode *c = table_get(tb, k[n - 1]);
    if (aot) {
        if (!c) {
            c = node(t, TN_ARRAY);
            c->aot = true;
            table_put(t, tb, k[n - 1], c);
        } else if (c->kind != TN_ARRAY || !c->aot) {
            fail(t, "`%s' is defined already, not as an array of tables", show_key(t, k, n));
        }
        TNode *item = node(t, TN_TABLE);
        item->how = TD_AOT_ITEM;
        avec_push(&t->vm->arena, &c->vals, item);
        t->p = hend;
        return item;
    }
    if (!c) {
        c = table_add(t, tb, &k[n - 1], TD_HEADER);
    } else if (c->kind == TN_TABLE && (c->how == TD_IMPLICIT || c->how == TD_DOTTED)) {
        /* TOML 1.0 forbids the header of a table dotted keys made; Nix's
         * reader (toml11) takes it, and so does vmc. */
        c->how = TD_HEADER;
    } else if (c->kind == TN_TABLE && c->how == TD_INLINE) {
        fail(t, "`%s' is an inline table, which cannot be added to", show_key(t, k, n));
    } else {
        fail(t, "the table `%s' is defined twice", show_key(t, k, n));
    }
    t->p = hend;
    return c;
}

static void document(Toml *t, TNode *root) {
    TNode *cur = root;
    for (;;) {
        skip_ws_nl(t);
        if (at_end(t)) return;
        if (peek(t) == '[') cur = header(t, root);
        else key_value(t, cur, 0);
        end_of_line(t);
    }
}

/* ---- to values ---- */

static void to_value(Toml *t, TNode *n, Value *out) {
    Vm *vm = t->vm;
    switch (n->kind) {
    case TN_STRING: set_string(vm, out, n->s, strnlen(n->s, n->slen)); return;   /* at a NUL, as Nix */
    case TN_INT: out->tag = VAL_INT, out->u.i = n->i; return;
    case TN_FLOAT: out->tag = VAL_FLOAT, out->u.f = n->f; return;
    case TN_BOOL: out->tag = VAL_BOOL, out->u.b = n->b; return;
    case TN_ARRAY: {
        Value *l = val_list(vm, n->vals.len);
        for (uint32_t i = 0; i < n->vals.len; i++) {
            l->u.list.items[i] = val_new(vm);
            to_value(t, n->vals.data[i], l->u.list.items[i]);
        }
        *out = *l;
        return;
    }
    case TN_TABLE: {
        Attrs *a = attrs_new(vm, n->keys.len);
        for (uint32_t i = 0; i < n->keys.len; i++) {
            a->a[i].name = n->keys.data[i];
            a->a[i].value = val_new(vm);
            a->a[i].pos = t->at;
            to_value(t, n->vals.data[i], a->a[i].value);
        }
        attrs_sort(vm, a, t->at, false);   /* keys are unique already */
        out->tag = VAL_ATTRS;
        out->u.attrs = a;
        return;
    }
    }
}

/* The length of the UTF-8 sequence at p (1-4), or 0 when it is invalid. */
static int utf8_len(const unsigned char *p, const unsigned char *end) {
    unsigned c = p[0];
    int n = c < 0x80 ? 1 : (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 : (c & 0xf8) == 0xf0 ? 4 : 0;
    if (!n || end - p < n) return 0;
    uint32_t v = n == 1 ? c : n == 2 ? c & 0x1f : n == 3 ? c & 0x0f : c & 0x07;
    for (int i = 1; i < n; i++) {
        if ((p[i] & 0xc0) != 0x80) return 0;
        v = v << 6 | (p[i] & 0x3f);
    }
    static const uint32_t least[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (v < least[n] || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) return 0;   /* overlong, beyond, surrogate */
    return n;
}

void toml_parse(Vm *vm, const char *s, size_t len, Value *out, Span at) {
    Toml t = {vm, at, s, s, s + len, {0}};
    /* A TOML document is UTF-8 (a byte order mark first is allowed). */
    if (len >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0) t.p += 3;
    for (const unsigned char *q = (const unsigned char *)t.p, *e = (const unsigned char *)t.end; q < e;) {
        int n = utf8_len(q, e);
        if (!n) {
            t.p = (const char *)q;
            fail(&t, "invalid UTF-8 (byte 0x%02x)", *q);
        }
        q += n;
    }
    TNode *root = node(&t, TN_TABLE);
    root->how = TD_HEADER;
    document(&t, root);
    free(t.buf.data);
    t.buf.data = NULL;
    to_value(&t, root, out);
}
