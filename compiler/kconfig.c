/*
 * kconfig.c: parsing kernel configs and requirements files, checking one
 * against the other, and writing the report (text, JSON, or a Kconfig
 * fragment).  Reads files only through source_read; inflates gzip by its
 * magic bytes, not its name.  A KConfig points into its source's text and
 * owns only its entry array and hash table, so parsing a 10,000-line
 * config takes one pass and two allocations.
 */
#include "kconfig.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>
#include <zlib.h>

#include "diag.h"
#include "parse.h"
#include "source.h"

/* Diagnostics from one file past which parsing stops (a binary file
 * would otherwise give one per line). */
#define MAX_ERRORS 20
/* Largest config accepted after inflating (real ones are under 1 MiB). */
#define MAX_INFLATED ((size_t)16 << 20)

typedef enum KVal {
    KVAL_Y,       /* =y */
    KVAL_M,       /* =m */
    KVAL_N,       /* =n, or "# CONFIG_X is not set" */
    KVAL_OTHER,   /* a number or a quoted string: value/vlen */
} KVal;

typedef struct KEntry {
    const char *name;    /* "CONFIG_X", in the source text */
    const char *value;   /* the value as written ("y", "0x40", "\"s\""); NULL for "is not set" */
    uint32_t len;        /* bytes of name */
    uint32_t vlen;       /* bytes of value */
    uint32_t off;        /* offset of name in the source */
    KVal kind;           /* what the value means */
} KEntry;

struct KConfig {
    const Source *src;   /* the text the entries point into */
    KEntry *entries;     /* in file order */
    uint32_t n;          /* entries used */
    uint32_t *slots;     /* open addressing: 1 + entry index, 0 = empty */
    uint32_t mask;       /* slots - 1, a power of two minus one */
};

static void push_err(ParseErrors *e, Diag *d) {
    if (e->n == e->cap) {
        e->cap = e->cap ? e->cap * 2 : 8;
        e->items = vmc_xrealloc(e->items, sizeof(Diag *) * e->cap);
    }
    e->items[e->n++] = d;
}

static bool is_name(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}
static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }
static bool is_hex(char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }

/* ---- values ------------------------------------------------------------ */

/* A number as Kconfig writes int and hex symbols: -?[0-9]+, 0x[0-9a-f]+,
 * or bare hex digits.  Sets *neg and *mag (the magnitude, when it fits in
 * 64 bits: *fits). */
static bool number(const char *s, size_t n, bool *neg, uint64_t *mag, bool *fits) {
    size_t i = 0;
    bool hex = false;
    *neg = false;
    if (n > 2 && s[0] == '0' && (s[1] | 0x20) == 'x') i = 2, hex = true;
    else if (n > 1 && s[0] == '-') i = 1, *neg = true;
    if (i == n) return false;
    for (size_t j = i; j < n; j++) {
        if (!is_hex(s[j]) || (*neg && s[j] > '9')) return false;
        if (s[j] > '9') hex = true;
    }
    uint64_t x = 0, base = hex ? 16 : 10;
    *fits = true;
    for (size_t j = i; j < n; j++) {
        unsigned d = s[j] <= '9' ? (unsigned)(s[j] - '0') : (unsigned)((s[j] | 0x20) - 'a' + 10);
        if (x > (UINT64_MAX - d) / base) *fits = false;
        x = x * base + d;
    }
    *mag = x;
    return true;
}

/* Length of the quoted string at s[0] == '"' within n bytes, closing
 * quote included, or 0 when it is not closed. */
static size_t quoted_len(const char *s, size_t n) {
    for (size_t i = 1; i < n; i++) {
        if (s[i] == '\\') i++;
        else if (s[i] == '"') return i + 1;
    }
    return 0;
}

/* Compares two quoted strings after unescaping. */
static bool strings_equal(const char *a, size_t an, const char *b, size_t bn) {
    size_t i = 1, j = 1;
    an--, bn--;   /* stop at the closing quotes */
    while (i < an && j < bn) {
        if (a[i] == '\\') i++;
        if (b[j] == '\\') j++;
        if (a[i++] != b[j++]) return false;
    }
    return i >= an && j >= bn;
}

/* Whether two values in Kconfig spelling mean the same: numbers by value,
 * strings unescaped, anything else byte for byte. */
static bool values_equal(const char *a, size_t an, const char *b, size_t bn) {
    bool na, nb, fa, fb;
    uint64_t va, vb;
    if (number(a, an, &na, &va, &fa) && number(b, bn, &nb, &vb, &fb) && fa && fb) return va == vb && (na == nb || va == 0);
    if (an >= 2 && bn >= 2 && a[0] == '"' && b[0] == '"') return strings_equal(a, an, b, bn);
    return an == bn && memcmp(a, b, an) == 0;
}

/* ---- kernel configs ---------------------------------------------------- */

/* Up to 60 bytes of s for a message, control characters shown as '?'. */
static const char *shown(char buf[64], const char *s, size_t n) {
    size_t k = n > 60 ? 60 : n;
    for (size_t i = 0; i < k; i++) buf[i] = (unsigned char)s[i] < 0x20 ? '?' : s[i];
    buf[k] = 0;
    return buf;
}

static uint32_t hash(const char *s, size_t n) { return (uint32_t)XXH3_64bits(s, n); }

static const KEntry *lookup(const KConfig *kc, const char *s, size_t n) {
    for (uint32_t h = hash(s, n) & kc->mask;; h = (h + 1) & kc->mask) {
        uint32_t i = kc->slots[h];
        if (!i) return NULL;
        const KEntry *e = &kc->entries[i - 1];
        if (e->len == n && memcmp(e->name, s, n) == 0) return e;
    }
}

typedef struct Parser {
    const Source *src;   /* the file */
    ParseErrors *errs;   /* where diagnostics go */
    uint32_t nerrs;      /* diagnostics from this file */
} Parser;

static void perr(Parser *p, size_t start, size_t end, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static void perr(Parser *p, size_t start, size_t end, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    push_err(p->errs, diag_new(span_make(p->src->id, (uint32_t)start, (uint32_t)end), "%s", msg));
    p->nerrs++;
}

static uint32_t line_of(const Source *src, uint32_t off) {
    uint32_t line, col;
    source_linecol(src, off, &line, &col);
    return line;
}

/* Adds an entry; a second one for the same symbol is an error. */
static void add_entry(KConfig *kc, Parser *p, KEntry e) {
    uint32_t h = hash(e.name, e.len) & kc->mask;
    for (; kc->slots[h]; h = (h + 1) & kc->mask) {
        const KEntry *o = &kc->entries[kc->slots[h] - 1];
        if (o->len == e.len && memcmp(o->name, e.name, e.len) == 0) {
            perr(p, e.off, e.off + e.len, "duplicate symbol %.*s (first set at line %u)", (int)e.len, e.name,
                 line_of(p->src, o->off));
            return;
        }
    }
    kc->entries[kc->n] = e;
    kc->slots[h] = ++kc->n;
}

/* line -> 'CONFIG_' name '=' value | '# CONFIG_' name ' is not set' | '#' comment | blank
 * Trailing blanks (and a '\r') are ignored. */
static void config_line(KConfig *kc, Parser *p, const char *t, size_t ls, size_t le) {
    while (le > ls && is_space(t[le - 1])) le--;
    if (ls == le) return;
    static const char prefix[] = "CONFIG_", notset[] = " is not set";
    const size_t pl = sizeof prefix - 1, nl = sizeof notset - 1;
    KEntry e = {0};
    if (t[ls] == '#') {
        size_t s = ls + 2;
        if (le - ls < 2 || t[ls + 1] != ' ' || le - s <= pl + nl || memcmp(t + s, prefix, pl) != 0 ||
            memcmp(t + le - nl, notset, nl) != 0)
            return;   /* a comment */
        size_t i = s + pl;
        while (i < le - nl && is_name(t[i])) i++;
        if (i != le - nl) return;   /* "# CONFIG_X is something else": a comment too */
        e.name = t + s, e.len = (uint32_t)(i - s), e.off = (uint32_t)s, e.kind = KVAL_N;
        add_entry(kc, p, e);
        return;
    }
    if (le - ls < pl || memcmp(t + ls, prefix, pl) != 0) {
        perr(p, ls, le, "malformed line: expected CONFIG_NAME=VALUE, '# CONFIG_NAME is not set' or a comment");
        return;
    }
    size_t i = ls + pl;
    while (i < le && is_name(t[i])) i++;
    if (i == ls + pl || i == le || t[i] != '=') {
        perr(p, i, i + 1, "malformed line: expected %s after %.*s", i == ls + pl ? "a symbol name" : "'='",
             (int)(i - ls), t + ls);
        return;
    }
    e.name = t + ls, e.len = (uint32_t)(i - ls), e.off = (uint32_t)ls;
    size_t v = i + 1, vn = le - v;
    e.value = t + v, e.vlen = (uint32_t)vn;
    bool neg, fits;
    uint64_t num;
    if (vn == 1 && (t[v] == 'y' || t[v] == 'm' || t[v] == 'n')) {
        e.kind = t[v] == 'y' ? KVAL_Y : t[v] == 'm' ? KVAL_M : KVAL_N;
    } else if (vn > 0 && t[v] == '"') {
        size_t q = quoted_len(t + v, vn);
        if (q == 0 || q != vn) {
            if (q == 0) perr(p, v, le, "unterminated string in the value of %.*s", (int)e.len, e.name);
            else perr(p, v + q, le, "unexpected text after the string value of %.*s", (int)e.len, e.name);
            return;
        }
        e.kind = KVAL_OTHER;
    } else if (vn > 0 && number(t + v, vn, &neg, &num, &fits)) {
        e.kind = KVAL_OTHER;
    } else if (vn == 0) {
        perr(p, v, v + 1, "no value after '=' for %.*s", (int)e.len, e.name);
        return;
    } else {
        char buf[64];
        perr(p, v, le, "invalid value '%s' for %.*s: expected y, m, n, a number or a quoted string",
             shown(buf, t + v, vn), (int)e.len, e.name);
        return;
    }
    add_entry(kc, p, e);
}

KConfig *kconfig_parse(const Source *src, ParseErrors *errs) {
    source_line_table(src, NULL);
    /* Only lines starting "CONFIG_" or "# CONFIG_" make entries: size the
     * tables by those, not by all lines (a file of empty lines is small
     * gzipped). */
    uint32_t want = 1;
    for (uint32_t l = 0; l < src->nlines; l++) {
        const char *q = src->text + src->lines[l];
        size_t left = src->len - src->lines[l];
        if ((left >= 7 && memcmp(q, "CONFIG_", 7) == 0) || (left >= 9 && memcmp(q, "# CONFIG_", 9) == 0)) want++;
    }
    KConfig *kc = vmc_xrealloc(NULL, sizeof *kc);
    uint32_t cap = 16;
    while (cap < 2 * want) cap *= 2;
    *kc = (KConfig){src, vmc_xrealloc(NULL, sizeof(KEntry) * want), 0, vmc_xrealloc(NULL, sizeof(uint32_t) * cap),
                    cap - 1};
    memset(kc->slots, 0, sizeof(uint32_t) * cap);
    Parser p = {src, errs, 0};
    const char *t = src->text;
    for (uint32_t l = 0; l < src->nlines; l++) {
        if (p.nerrs >= MAX_ERRORS) {
            push_err(errs, diag_new(span_make(0, 0, 0), "too many errors in '%s'; stopped after line %u", src->display, l));
            break;
        }
        uint32_t ls = src->lines[l];
        uint32_t le = l + 1 < src->nlines ? src->lines[l + 1] - 1 : src->len;
        config_line(kc, &p, t, ls, le);
    }
    if (p.nerrs) {
        kconfig_free(kc);
        return NULL;
    }
    return kc;
}

void kconfig_free(KConfig *kc) {
    if (!kc) return;
    free(kc->entries);
    free(kc->slots);
    free(kc);
}

uint32_t kconfig_count(const KConfig *kc) { return kc->n; }

/* Inflates gzip data (one or more members).  Returns the text,
 * NUL-terminated and malloc'ed, or NULL with *why set. */
static char *inflate_gzip(const char *in, size_t n, size_t *outlen, const char **why) {
    z_stream z = {0};
    if (inflateInit2(&z, 15 + 16) != Z_OK) {
        *why = "cannot start zlib";
        return NULL;
    }
    size_t cap = n * 4 + 1024, len = 0;
    char *out = vmc_xrealloc(NULL, cap);
    z.next_in = (Bytef *)in;
    z.avail_in = (uInt)n;   /* source_read keeps files under 4 GiB */
    *why = NULL;
    for (;;) {
        if (cap - len < 2) {
            if (cap >= MAX_INFLATED) {
                *why = "it inflates to more than 16 MiB";
                break;
            }
            out = vmc_xrealloc(out, cap *= 2);
        }
        z.next_out = (Bytef *)out + len;
        z.avail_out = (uInt)(cap - len - 1);
        int r = inflate(&z, Z_NO_FLUSH);
        len = cap - 1 - z.avail_out;
        if (r == Z_STREAM_END) {
            /* Another member follows, or trailing bytes gzip(1) would ignore. */
            if (z.avail_in >= 2 && z.next_in[0] == 0x1f && z.next_in[1] == 0x8b && inflateReset(&z) == Z_OK) continue;
            break;
        }
        if (r == Z_BUF_ERROR && z.avail_in == 0) {
            *why = "the gzip data is truncated";
            break;
        }
        if (r != Z_OK && r != Z_BUF_ERROR) {
            *why = z.msg ? z.msg : "the gzip data is corrupt";
            break;
        }
    }
    inflateEnd(&z);
    if (*why) {
        free(out);
        return NULL;
    }
    out[len] = 0;
    *outlen = len;
    return out;
}

/* Reads `path` and adds it to the source table (inflated if `gz`). */
static const Source *read_source(const char *path, const char *what, bool gz, ParseErrors *errs) {
    const Source *found = source_find(path);
    if (found) return found;
    size_t len;
    const char *text = source_read(path, &len);
    if (!text) {
        push_err(errs, diag_new(span_make(0, 0, 0), "cannot read the %s '%s': %s", what, source_display_path(path),
                                strerror(errno)));
        return NULL;
    }
    if (gz && len >= 2 && (unsigned char)text[0] == 0x1f && (unsigned char)text[1] == 0x8b) {
        const char *why;
        size_t n;
        char *plain = inflate_gzip(text, len, &n, &why);
        free((char *)text);
        if (!plain) {
            push_err(errs, diag_new(span_make(0, 0, 0), "cannot decompress the %s '%s': %s", what,
                                    source_display_path(path), why));
            return NULL;
        }
        text = plain, len = n;   /* under MAX_INFLATED: spans still fit in 32 bits */
    }
    char *p = path_normalize(path, strlen(path));
    return source_add(p, path_resolve(p, "..", 2), text, len);
}

KConfig *kconfig_load(const char *path, ParseErrors *errs) {
    const Source *src = read_source(path, "kernel config", true, errs);
    return src ? kconfig_parse(src, errs) : NULL;
}

/* ---- requirements ------------------------------------------------------ */

static const char *want_text(const Requirement *r) {
    switch (r->want) {
    case KWANT_ENABLED: return "y|m";
    case KWANT_BUILTIN: return "y";
    case KWANT_MODULE: return "m";
    case KWANT_DISABLED: return "n";
    case KWANT_VALUE: return r->value;
    }
    UNREACHABLE();
}

bool kconfig_require(Requirements *rs, const char *sym, size_t slen, const char *want, size_t wlen, Span at,
                     ParseErrors *errs) {
    static const char prefix[] = "CONFIG_";
    const size_t pl = sizeof prefix - 1;
    size_t base = slen >= pl && memcmp(sym, prefix, pl) == 0 ? pl : 0;
    char buf[64];
    bool ok = slen > base;
    for (size_t i = base; i < slen; i++) ok = ok && is_name(sym[i]);
    if (!ok) {
        push_err(errs, diag_new(at, "invalid kernel config symbol '%s'", shown(buf, sym, slen)));
        return false;
    }
    Requirement r = {NULL, KWANT_VALUE, NULL, at};
    bool printable = true;   /* a requirements file has one per line */
    for (size_t i = 0; i < wlen; i++) printable = printable && ((unsigned char)want[i] >= 0x20 || want[i] == '\t');
    bool neg, fits;
    uint64_t num;
    if ((wlen == 3 && (memcmp(want, "y|m", 3) == 0 || memcmp(want, "m|y", 3) == 0))) r.want = KWANT_ENABLED;
    else if (wlen == 1 && *want == 'y') r.want = KWANT_BUILTIN;
    else if (wlen == 1 && *want == 'm') r.want = KWANT_MODULE;
    else if (wlen == 1 && *want == 'n') r.want = KWANT_DISABLED;
    else if (!printable || wlen == 0 ||
             !((want[0] == '"' && quoted_len(want, wlen) == wlen) || number(want, wlen, &neg, &num, &fits))) {
        push_err(errs, diag_new(at, "invalid requirement '%s' for %s%.*s: expected y|m, y, m, n, a number or a quoted string",
                                shown(buf, want, wlen), base ? "" : prefix, (int)slen, sym));
        return false;
    }
    char *name = arena_alloc(&rs->arena, slen - base + pl + 1, 1);
    memcpy(name, prefix, pl);
    memcpy(name + pl, sym + base, slen - base);
    name[slen - base + pl] = 0;
    r.symbol = name;
    if (r.want == KWANT_VALUE) r.value = arena_strndup(&rs->arena, want, wlen);
    Sym key = sym_intern(name, slen - base + pl);
    uintptr_t i = (uintptr_t)symmap_get(&rs->index, key);
    if (i) {
        const Requirement *o = &rs->items[i - 1];
        const char *ow = want_text(o), *nw = want_text(&r);
        if (o->want == r.want && (r.want != KWANT_VALUE || values_equal(ow, strlen(ow), nw, strlen(nw)))) return true;
        Diag *d = diag_new(at, "conflicting requirements for %s: %s here, %s before", name, nw, ow);
        if (o->span.file) diag_add_note(d, o->span, "%s first required as %s", name, ow);
        push_err(errs, d);
        return false;
    }
    if (rs->n == rs->cap) {
        rs->cap = rs->cap ? rs->cap * 2 : 64;
        rs->items = vmc_xrealloc(rs->items, sizeof(Requirement) * rs->cap);
    }
    rs->items[rs->n++] = r;
    symmap_put(&rs->index, key, (void *)(uintptr_t)rs->n);
    return true;
}

/* line -> ws* (symbol ws* '=' ws* want (ws+ '#' comment)?)? ws* | ws* '#' comment */
bool kconfig_parse_requirements(Requirements *rs, const Source *src, ParseErrors *errs) {
    Parser p = {src, errs, 0};
    const char *t = src->text;
    source_line_table(src, NULL);
    for (uint32_t l = 0; l < src->nlines && p.nerrs < MAX_ERRORS; l++) {
        size_t i = src->lines[l];
        size_t le = l + 1 < src->nlines ? src->lines[l + 1] - 1 : src->len;
        while (le > i && is_space(t[le - 1])) le--;
        while (i < le && is_space(t[i])) i++;
        if (i == le || t[i] == '#') continue;
        size_t s = i;
        while (i < le && is_name(t[i])) i++;
        if (i == s) {
            perr(&p, i, i + 1, "malformed requirement: expected CONFIG_NAME=VALUE");
            continue;
        }
        size_t se = i;
        if (se - s == 7 && memcmp(t + s, "CONFIG_", 7) == 0) {
            perr(&p, se, se + 1, "malformed requirement: expected a symbol name after CONFIG_");
            continue;
        }
        while (i < le && is_space(t[i])) i++;
        if (i == le || t[i] != '=') {
            perr(&p, i, i + 1, "malformed requirement: expected '=' after %.*s", (int)(se - s), t + s);
            continue;
        }
        i++;
        while (i < le && is_space(t[i])) i++;
        size_t w = i;
        if (i == le || t[i] == '#') {
            perr(&p, w, w + 1, "malformed requirement: expected a value after '='");
            continue;
        }
        if (t[i] == '"') {
            size_t q = quoted_len(t + i, le - i);
            if (q == 0) {
                perr(&p, i, le, "unterminated string in the requirement for %.*s", (int)(se - s), t + s);
                continue;
            }
            i += q;
        } else {
            while (i < le && !is_space(t[i])) i++;
        }
        size_t we = i;
        while (i < le && is_space(t[i])) i++;
        if (i < le && (t[i] != '#' || i == we)) {
            perr(&p, i, le, "unexpected text after the requirement for %.*s (a comment starts with ' #')", (int)(se - s),
                 t + s);
            continue;
        }
        if (!kconfig_require(rs, t + s, se - s, t + w, we - w, span_make(src->id, (uint32_t)w, (uint32_t)we), errs))
            p.nerrs++;
    }
    if (p.nerrs >= MAX_ERRORS)
        push_err(errs, diag_new(span_make(0, 0, 0), "too many errors in '%s'; stopped", src->display));
    return p.nerrs == 0;
}

bool kconfig_load_requirements(Requirements *rs, const char *path, ParseErrors *errs) {
    const Source *src = read_source(path, "requirements file", false, errs);
    return src && kconfig_parse_requirements(rs, src, errs);
}

void kconfig_requirements_free(Requirements *rs) {
    free(rs->items);
    symmap_free(&rs->index);
    arena_free(&rs->arena);
    *rs = (Requirements){0};
}

void kconfig_write_requirements(FILE *out, const Requirement *reqs, size_t n, const char *vm_name) {
    fputs("# kernel config options the VM \"", out);
    for (const char *c = vm_name; *c; c++) fputc((unsigned char)*c < 0x20 ? '?' : *c, out);
    fputs("\" needs: vmc lint-kernel --requirements THIS-FILE KCONFIG\n", out);
    for (size_t i = 0; i < n; i++) fprintf(out, "%s=%s\n", reqs[i].symbol, want_text(&reqs[i]));
}

/* ---- the check and the report ------------------------------------------ */

static bool holds(const Requirement *r, const KEntry *e) {
    switch (r->want) {
    case KWANT_ENABLED: return e && (e->kind == KVAL_Y || e->kind == KVAL_M);
    case KWANT_BUILTIN: return e && e->kind == KVAL_Y;
    case KWANT_MODULE: return e && e->kind == KVAL_M;
    case KWANT_DISABLED: return !e || e->kind == KVAL_N;
    case KWANT_VALUE: return e && e->kind == KVAL_OTHER && values_equal(r->value, strlen(r->value), e->value, e->vlen);
    }
    UNREACHABLE();
}

/* The report's words for what the config has, then for what was wanted:
 * "enabled (as module)", then ", but built in (y) is required" on a
 * failure, which check-config.sh's bare "missing" needs no more than. */
static void describe(char *buf, size_t n, const Requirement *r, const KEntry *e, bool ok) {
    const char *dis = r->want == KWANT_DISABLED ? "disabled" : "missing";
    int k;
    if (!e) k = snprintf(buf, n, "%s (not in the config)", dis);
    else if (e->kind == KVAL_Y) k = snprintf(buf, n, "enabled");
    else if (e->kind == KVAL_M) k = snprintf(buf, n, "enabled (as module)");
    else if (e->kind == KVAL_N) k = snprintf(buf, n, "%s", dis);
    else k = snprintf(buf, n, "set to %.*s", (int)(e->vlen > 200 ? 200 : e->vlen), e->value);
    if (ok || (r->want == KWANT_ENABLED && (!e || e->kind == KVAL_N)) || k < 0 || (size_t)k >= n) return;
    static const char *const wants[] = {"enabled (y or m)", "built in (y)", "module (m)", "disabled (n)"};
    snprintf(buf + k, n - (size_t)k, ", but %.200s is required", r->want == KWANT_VALUE ? r->value : wants[r->want]);
}

static void json_str(FILE *out, const char *s, size_t n) {
    fputc('"', out);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') fprintf(out, "\\%c", c);
        else if (c < 0x20 || c == 0x7f) fprintf(out, "\\u%04x", c);
        else fputc(c, out);
    }
    fputc('"', out);
}

#define GREEN "\033[32m"
#define BOLD "\033[1m"
#define RED "\033[1;31m"
#define RESET "\033[0m"

uint32_t kconfig_lint(const Requirement *reqs, size_t n, const KConfig *kc, LintOptions opt, FILE *out) {
    uint32_t failed = 0;
    char msg[512];
    if (opt.format == KFORMAT_JSON) fputs(n ? "[\n" : "[", out);
    if (opt.format == KFORMAT_FRAGMENT)
        fputs("# kernel config fragment from vmc lint-kernel: what the requirements need and the config lacks\n"
              "# merge it with: scripts/kconfig/merge_config.sh .config THIS-FILE\n",
              out);
    for (size_t i = 0; i < n; i++) {
        const Requirement *r = &reqs[i];
        const KEntry *e = lookup(kc, r->symbol, strlen(r->symbol));
        bool ok = holds(r, e);
        failed += !ok;
        switch (opt.format) {
        case KFORMAT_TEXT:
            describe(msg, sizeof msg, r, e, ok);
            if (!opt.color) fprintf(out, "%s: %s\n", r->symbol, msg);
            else if (ok) fprintf(out, "%s: " GREEN "%s" RESET "\n", r->symbol, msg);
            else fprintf(out, BOLD "%s" RESET ": " RED "%s" RESET "\n", r->symbol, msg);
            break;
        case KFORMAT_JSON:
            describe(msg, sizeof msg, r, e, ok);
            fputs("  {\"symbol\": ", out);
            json_str(out, r->symbol, strlen(r->symbol));
            fputs(", \"want\": ", out);
            json_str(out, want_text(r), strlen(want_text(r)));
            fputs(", \"found\": ", out);
            if (!e) fputs("null", out);
            else if (!e->value) fputs("\"n\"", out);
            else json_str(out, e->value, e->vlen);
            fprintf(out, ", \"ok\": %s, \"message\": ", ok ? "true" : "false");
            json_str(out, msg, strlen(msg));
            fputs(i + 1 < n ? "},\n" : "}\n", out);
            break;
        case KFORMAT_FRAGMENT:
            /* y|m asks for y: built in needs no module loaded at boot. */
            if (ok) break;
            if (r->want == KWANT_DISABLED) fprintf(out, "# %s is not set\n", r->symbol);
            else fprintf(out, "%s=%s\n", r->symbol, r->want == KWANT_MODULE ? "m" : r->want == KWANT_VALUE ? r->value : "y");
            break;
        }
    }
    if (opt.format == KFORMAT_JSON) fputs("]\n", out);
    if (opt.format == KFORMAT_TEXT) {
        const char *on = opt.color ? (failed ? RED : GREEN) : "", *off = opt.color ? RESET : "";
        if (n == 0) fputs("no requirements to check\n", out);
        else if (n == 1) fprintf(out, "%sthe requirement %s%s\n", on, failed ? "fails" : "holds", off);
        else if (!failed) fprintf(out, "%sall %zu requirements hold%s\n", on, n, off);
        else fprintf(out, "%s%u of %zu requirements fail%s\n", on, failed, n, off);
    }
    return failed;
}
