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
#include "vec.h"

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

/* ---- builtins.toXML: Nix's XML form of a value ---- */

/* Forces everything print_xml reads, so that printing raises nothing (an
 * error then would leave the buffer behind). */
static void xml_force(Vm *vm, Value *v, Span at, uint32_t depth) {
    if (depth > 100000) eval_error(vm, at, "value nested too deeply to print");
    eval_force(vm, v, at);
    if (v->tag == VAL_LIST)
        for (size_t i = 0; i < v->u.list.n; i++) xml_force(vm, v->u.list.items[i], at, depth + 1);
    if (v->tag == VAL_ATTRS)
        for (uint32_t i = 0; i < v->u.attrs->n; i++) {
            Attr *a = &v->u.attrs->a[i];
            xml_force(vm, a->value, a->pos.file ? a->pos : at, depth + 1);
        }
}

static void xml_text(StrBuf *b, const char *s, size_t len) {
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '"') sb_puts(b, "&quot;");
        else if (c == '<') sb_puts(b, "&lt;");
        else if (c == '>') sb_puts(b, "&gt;");
        else if (c == '&') sb_puts(b, "&amp;");
        else if (c == '\n') sb_puts(b, "&#xA;");
        else sb_put(b, &c, 1);
    }
}

static void xml_indent(StrBuf *b, uint32_t depth) {
    for (uint32_t i = 0; i < depth; i++) sb_puts(b, "  ");
}

/* <tag name="value" /> */
static void xml_leaf(StrBuf *b, uint32_t depth, const char *tag, const char *attr, const char *val, size_t len) {
    xml_indent(b, depth);
    sb_printf(b, "<%s", tag);
    if (attr) {
        sb_printf(b, " %s=\"", attr);
        xml_text(b, val, len);
        sb_puts(b, "\"");
    }
    sb_puts(b, " />\n");
}

typedef VEC(const char *) SeenDrvs;

static const char *drv_string(Attrs *a, const char *name) {
    Attr *x = attrs_find(a, sym_cstr(name));
    return x && x->value->tag == VAL_STRING ? x->value->u.str.s : NULL;
}

static void px(StrBuf *b, Value *v, uint32_t depth, SeenDrvs *seen) {
    char num[64];
    switch (v->tag) {
    case VAL_NULL: xml_leaf(b, depth, "null", NULL, NULL, 0); return;
    case VAL_BOOL: xml_leaf(b, depth, "bool", "value", v->u.b ? "true" : "false", v->u.b ? 4 : 5); return;
    case VAL_INT: snprintf(num, sizeof num, "%lld", (long long)v->u.i); xml_leaf(b, depth, "int", "value", num, strlen(num)); return;
    case VAL_FLOAT: {
        StrBuf f = {0};
        print_float(&f, v->u.f);
        xml_leaf(b, depth, "float", "value", f.data, f.len);
        free(f.data);
        return;
    }
    case VAL_STRING: xml_leaf(b, depth, "string", "value", v->u.str.s, v->u.str.len); return;
    case VAL_PATH: xml_leaf(b, depth, "path", "value", v->u.str.s, v->u.str.len); return;
    case VAL_LIST:
        xml_indent(b, depth);
        sb_puts(b, "<list>\n");
        for (size_t i = 0; i < v->u.list.n; i++) px(b, v->u.list.items[i], depth + 1, seen);
        xml_indent(b, depth);
        sb_puts(b, "</list>\n");
        return;
    case VAL_ATTRS: {
        Attrs *a = v->u.attrs;
        Attr *type = attrs_find(a, sym_cstr("type"));
        bool drv = type && type->value->tag == VAL_STRING && strcmp(type->value->u.str.s, "derivation") == 0;
        const char *tag = drv ? "derivation" : "attrs";
        xml_indent(b, depth);
        sb_printf(b, "<%s", tag);
        const char *drv_path = drv ? drv_string(a, "drvPath") : NULL, *out_path = drv ? drv_string(a, "outPath") : NULL;
        if (drv_path) sb_puts(b, " drvPath=\""), xml_text(b, drv_path, strlen(drv_path)), sb_puts(b, "\"");
        if (out_path) sb_puts(b, " outPath=\""), xml_text(b, out_path, strlen(out_path)), sb_puts(b, "\"");
        sb_puts(b, ">\n");
        bool repeated = drv && !drv_path;   /* as Nix: one without a drvPath is never shown */
        if (drv_path) {
            for (uint32_t i = 0; i < seen->len && !repeated; i++) repeated = strcmp(seen->data[i], drv_path) == 0;
            if (!repeated) vec_push(seen, drv_path);
        }
        if (repeated) {
            xml_leaf(b, depth + 1, "repeated", NULL, NULL, 0);
        } else {
            for (uint32_t i = 0; i < a->n; i++) {
                xml_indent(b, depth + 1);
                sb_puts(b, "<attr name=\"");
                xml_text(b, a->a[i].name->str, a->a[i].name->len);
                sb_puts(b, "\">\n");
                px(b, a->a[i].value, depth + 2, seen);
                xml_indent(b, depth + 1);
                sb_puts(b, "</attr>\n");
            }
        }
        xml_indent(b, depth);
        sb_printf(b, "</%s>\n", tag);
        return;
    }
    case VAL_LAMBDA: {
        Expr *e = v->u.lambda.fn;
        xml_indent(b, depth);
        sb_puts(b, "<function>\n");
        if (e->has_formals) {
            xml_indent(b, depth + 1);
            sb_puts(b, "<attrspat");
            if (e->ellipsis) sb_puts(b, " ellipsis=\"1\"");
            if (e->u.lambda.arg) {
                sb_puts(b, " name=\"");
                xml_text(b, e->u.lambda.arg->str, e->u.lambda.arg->len);
                sb_puts(b, "\"");
            }
            sb_puts(b, ">\n");
            for (uint32_t i = 0; i < e->nformals; i++) {
                Sym n = e->u.lambda.formals[i].name;
                xml_leaf(b, depth + 2, "attr", "name", n->str, n->len);
            }
            xml_indent(b, depth + 1);
            sb_puts(b, "</attrspat>\n");
        } else {
            xml_leaf(b, depth + 1, "varpat", "name", e->u.lambda.arg->str, e->u.lambda.arg->len);
        }
        xml_indent(b, depth);
        sb_puts(b, "</function>\n");
        return;
    }
    default: xml_leaf(b, depth, "unevaluated", NULL, NULL, 0); return;   /* built-in functions */
    }
}

void print_xml(Vm *vm, StrBuf *b, Value *v, Span at) {
    xml_force(vm, v, at, 0);
    SeenDrvs seen = {0};
    sb_puts(b, "<?xml version='1.0' encoding='utf-8'?>\n<expr>\n");
    px(b, v, 1, &seen);
    sb_puts(b, "</expr>\n");
    vec_free(&seen);
}
