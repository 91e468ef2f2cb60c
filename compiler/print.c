/*
 * print.c: printing values in the language's syntax and as JSON, forcing
 * them deeply on the way.  Output goes to a StrBuf so that a failure half
 * way through leaves nothing written.  Attributes come out in name order.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval.h"

void sb_put_slow(StrBuf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t nc = b->cap ? b->cap * 2 : 256;
        while (nc < b->len + n + 1) nc *= 2;
        b->data = vmc_xrealloc(b->data, nc);
        b->cap = nc;
    }
    if (n) memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}

void sb_puts(StrBuf *b, const char *s) { sb_put(b, s, strlen(s)); }

const char *print_int(int64_t i, char buf[24], size_t *len) {
    char *p = buf + 24;
    uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    do *--p = (char)('0' + u % 10);
    while (u /= 10);
    if (i < 0) *--p = '-';
    *len = (size_t)(buf + 24 - p);
    return p;
}

static void sb_int(StrBuf *b, int64_t i) {
    char buf[24];
    size_t n;
    const char *p = print_int(i, buf, &n);
    sb_put(b, p, n);
}

void sb_printf(StrBuf *b, const char *fmt, ...) {
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n < sizeof buf) {
        sb_put(b, buf, (size_t)n);
        return;
    }
    char *big = vmc_xrealloc(NULL, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    sb_put(b, big, (size_t)n);
    free(big);
}

/* As C++'s default ostream formatting of a double, which Nix uses: six
 * significant digits, no trailing zeros. */
void print_float(StrBuf *b, double f) {
    if (isnan(f)) { sb_puts(b, f < 0 ? "-nan" : "nan"); return; }
    if (isinf(f)) { sb_puts(b, f < 0 ? "-inf" : "inf"); return; }
    sb_printf(b, "%g", f);
}

void print_string_literal(StrBuf *b, const char *s, size_t len) {
    sb_put(b, "\"", 1);
    for (size_t i = 0; i < len; i++) {
        /* Copy runs of plain bytes at once. */
        size_t j = i;
        while (j < len && s[j] != '"' && s[j] != '\\' && s[j] != '\n' && s[j] != '\r' && s[j] != '\t' && s[j] != '$') j++;
        if (j > i) {
            sb_put(b, s + i, j - i);
            i = j;
            if (i == len) break;
        }
        char c = s[i];
        switch (c) {
        case '"': sb_put(b, "\\\"", 2); break;
        case '\\': sb_put(b, "\\\\", 2); break;
        case '\n': sb_put(b, "\\n", 2); break;
        case '\r': sb_put(b, "\\r", 2); break;
        case '\t': sb_put(b, "\\t", 2); break;
        case '$':
            if (i + 1 < len && s[i + 1] == '{') sb_put(b, "\\$", 2);
            else sb_put(b, "$", 1);
            break;
        default: sb_put(b, &c, 1);
        }
    }
    sb_put(b, "\"", 1);
}

static bool is_ident(const char *s, size_t n) {
    static const char *const kw[] = {"if", "then", "else", "assert", "with", "let", "in", "rec", "inherit", "or"};
    if (n == 0) return false;
    if (!((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z') || s[0] == '_')) return false;
    for (size_t i = 1; i < n; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
              c == '\'' || c == '-'))
            return false;
    }
    for (size_t i = 0; i < ARRAY_LEN(kw); i++)
        if (strlen(kw[i]) == n && memcmp(kw[i], s, n) == 0) return false;
    return true;
}

static void pv(Vm *vm, StrBuf *b, Value *v, Span at, uint32_t depth) {
    if (depth > 100000) eval_error(vm, at, "value nested too deeply to print");
    eval_force(vm, v, at);
    switch (v->tag) {
    case VAL_NULL: sb_puts(b, "null"); break;
    case VAL_BOOL: sb_puts(b, v->u.b ? "true" : "false"); break;
    case VAL_INT: sb_int(b, v->u.i); break;
    case VAL_FLOAT: print_float(b, v->u.f); break;
    case VAL_STRING: print_string_literal(b, v->u.str.s, v->u.str.len); break;
    case VAL_PATH: sb_put(b, v->u.str.s, v->u.str.len); break;
    case VAL_LAMBDA: sb_puts(b, "<LAMBDA>"); break;
    case VAL_PRIMOP: sb_puts(b, value_is_internal_primop(v) ? "<LAMBDA>" : "<PRIMOP>"); break;
    case VAL_PRIMOP_APP: sb_puts(b, value_is_internal_primop(v) ? "<LAMBDA>" : "<PRIMOP-APP>"); break;
    case VAL_LIST:
        sb_puts(b, "[ ");
        for (size_t i = 0; i < v->u.list.n; i++) {
            pv(vm, b, v->u.list.items[i], at, depth + 1);
            sb_puts(b, " ");
        }
        sb_puts(b, "]");
        break;
    case VAL_ATTRS: {
        Attrs *a = v->u.attrs;
        sb_puts(b, "{ ");
        for (uint32_t i = 0; i < a->n; i++) {
            Sym n = a->a[i].name;
            if (is_ident(n->str, n->len)) sb_put(b, n->str, n->len);
            else print_string_literal(b, n->str, n->len);
            sb_puts(b, " = ");
            Span p = a->a[i].pos.file ? a->a[i].pos : at;
            eval_push_frame(vm, FRAME_ATTR, p, n->str);
            pv(vm, b, a->a[i].value, p, depth + 1);
            eval_pop_frame(vm);
            sb_puts(b, "; ");
        }
        sb_puts(b, "}");
        break;
    }
    default: UNREACHABLE();
    }
}

void print_value(Vm *vm, StrBuf *b, Value *v, Span at) { pv(vm, b, v, at, 0); }

void print_json_string(StrBuf *b, const char *s, size_t len) {
    sb_put(b, "\"", 1);
    for (size_t i = 0; i < len; i++) {
        size_t j = i;
        while (j < len && (unsigned char)s[j] >= 32 && s[j] != '"' && s[j] != '\\') j++;
        if (j > i) {
            sb_put(b, s + i, j - i);
            i = j;
            if (i == len) break;
        }
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            char e[2] = {'\\', (char)c};
            sb_put(b, e, 2);
        } else if (c == '\n') sb_put(b, "\\n", 2);
        else if (c == '\r') sb_put(b, "\\r", 2);
        else if (c == '\t') sb_put(b, "\\t", 2);
        else if (c < 32) sb_printf(b, "\\u%04x", c);
        else sb_put(b, (const char *)&c, 1);
    }
    sb_put(b, "\"", 1);
}

static void pj(Vm *vm, StrBuf *b, Value *v, Span at, uint32_t depth) {
    if (depth > 100000) eval_error(vm, at, "value nested too deeply to print");
    eval_force(vm, v, at);
    switch (v->tag) {
    case VAL_NULL: sb_puts(b, "null"); break;
    case VAL_BOOL: sb_puts(b, v->u.b ? "true" : "false"); break;
    case VAL_INT: sb_int(b, v->u.i); break;
    case VAL_FLOAT:
        if (!isfinite(v->u.f)) eval_error(vm, at, "cannot convert the float %g to JSON", v->u.f);
        print_float(b, v->u.f);
        break;
    case VAL_STRING:
    case VAL_PATH: print_json_string(b, v->u.str.s, v->u.str.len); break;
    case VAL_PRIMOP:
    case VAL_PRIMOP_APP: {
        Value *p = v;
        while (p->tag == VAL_PRIMOP_APP) p = p->u.app.fn;
        if (value_is_internal_primop(p)) eval_error(vm, at, "cannot convert a function to JSON");
        eval_error(vm, at, "cannot convert the built-in function '%s' to JSON", p->u.primop->name);
    }
    case VAL_LAMBDA: eval_error(vm, at, "cannot convert a function to JSON");
    case VAL_LIST:
        sb_puts(b, "[");
        for (size_t i = 0; i < v->u.list.n; i++) {
            if (i) sb_puts(b, ",");
            pj(vm, b, v->u.list.items[i], at, depth + 1);
        }
        sb_puts(b, "]");
        break;
    case VAL_ATTRS: {
        Attrs *a = v->u.attrs;
        Attr *tos = attrs_find(a, sym_cstr("__toString"));
        Attr *op = attrs_find(a, sym_cstr("outPath"));
        if (tos) {
            Str s = eval_coerce(vm, v, at, false, NULL);
            print_json_string(b, s.ptr, s.len);
            break;
        }
        if (op) {
            /* As Nix: a set with outPath is its outPath, whatever that is. */
            pj(vm, b, op->value, at, depth + 1);
            break;
        }
        sb_puts(b, "{");
        for (uint32_t i = 0; i < a->n; i++) {
            if (i) sb_puts(b, ",");
            print_json_string(b, a->a[i].name->str, a->a[i].name->len);
            sb_puts(b, ":");
            Span p = a->a[i].pos.file ? a->a[i].pos : at;
            eval_push_frame(vm, FRAME_ATTR, p, a->a[i].name->str);
            pj(vm, b, a->a[i].value, p, depth + 1);
            eval_pop_frame(vm);
        }
        sb_puts(b, "}");
        break;
    }
    default: UNREACHABLE();
    }
}

void print_json(Vm *vm, StrBuf *b, Value *v, Span at) { pj(vm, b, v, at, 0); }
