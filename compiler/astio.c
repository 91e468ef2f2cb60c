/*
 * astio.c: serializing the AST (see astio.h).  Integers are LEB128
 * varints (signed ones zigzag-encoded), strings and names are length-
 * prefixed, optional parts have a presence byte.  The reader checks every
 * bound and fails as a whole on malformed input.
 */
#include "astio.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#define MAGIC "VMCAST04"

/* ------------------------------------------------------------------------ */
/* Writing. */

static void put(ByteBuf *b, const void *p, size_t n) {
    if (b->len + n > b->cap) {
        size_t nc = b->cap ? b->cap * 2 : 4096;
        while (nc < b->len + n) nc *= 2;
        b->data = vmc_xrealloc(b->data, nc);
        b->cap = nc;
    }
    memcpy(b->data + b->len, p, n);
    b->len += n;
}

static void put_u(ByteBuf *b, uint64_t v) {
    uint8_t buf[10];
    int n = 0;
    do {
        uint8_t c = v & 0x7f;
        v >>= 7;
        buf[n++] = (uint8_t)(c | (v ? 0x80 : 0));
    } while (v);
    put(b, buf, (size_t)n);
}

static void put_i(ByteBuf *b, int64_t v) { put_u(b, ((uint64_t)v << 1) ^ (uint64_t)(v >> 63)); }

static void put_str(ByteBuf *b, const char *s, size_t n) {
    put_u(b, n);
    put(b, s, n);
}

/* Names: the first occurrence in a blob is written out, as (len + 1) << 1;
 * later ones refer to it by number, as (n << 1) | 1. */
static SymMap wsyms;      /* name -> 1 + its number, for the blob being written */
static uint32_t wnsyms;

static void put_sym(ByteBuf *b, Sym s) {
    if (!s) {
        put_u(b, 0);
        return;
    }
    uintptr_t k = (uintptr_t)symmap_get(&wsyms, s);
    if (k) {
        put_u(b, ((uint64_t)(k - 1) << 1) | 1);
        return;
    }
    symmap_put(&wsyms, s, (void *)(uintptr_t)++wnsyms);
    put_u(b, ((uint64_t)s->len + 1) << 1);
    put(b, s->str, s->len);
}

/* Spans: the start as a difference from the previous span's start (nodes
 * are written near each other, so most take a byte or two), then the length. */
static uint32_t wlast;

static void put_span(ByteBuf *b, Span s) {
    int64_t d = (int64_t)s.start - (int64_t)wlast;
    wlast = s.start;
    put_u(b, ((uint64_t)d << 1) ^ (uint64_t)(d >> 63));
    put_u(b, s.len);
}

static uint64_t globals_hash(const GlobalNames *g) {
    /* Every file read or written checks it: computed once per table. */
    static const GlobalNames *last;
    static uint32_t last_n;
    static uint64_t last_h;
    if (g == last && g->n == last_n) return last_h;
    XXH3_state_t *st = XXH3_createState();
    XXH3_64bits_reset(st);
    for (uint32_t i = 0; i < g->n; i++) XXH3_64bits_update(st, g->names[i]->str, (size_t)g->names[i]->len + 1);
    uint64_t h = XXH3_64bits_digest(st);
    XXH3_freeState(st);
    last = g;
    last_n = g->n;
    last_h = h;
    return h;
}

static void w_expr(ByteBuf *b, const Expr *e);

static void w_opt(ByteBuf *b, const Expr *e) {
    put_u(b, e ? 1 : 0);
    if (e) w_expr(b, e);
}

static void w_binds(ByteBuf *b, const Binding *bs, uint32_t n) {
    put_u(b, n);
    for (uint32_t i = 0; i < n; i++) {
        put_sym(b, bs[i].name);
        w_expr(b, bs[i].value);
        put_span(b, bs[i].span);
        put_u(b, bs[i].value->inherited);
    }
}

static void w_expr(ByteBuf *b, const Expr *e) {
    put_u(b, (uint64_t)e->kind);
    put_span(b, e->span);
    switch (e->kind) {
    case EXPR_INT: put_i(b, e->u.lit.u.i); break;
    case EXPR_FLOAT: put(b, &e->u.lit.u.f, sizeof(double)); break;
    case EXPR_STRING:
    case EXPR_PATH: put_str(b, e->u.lit.u.str.s, e->u.lit.u.str.len); break;
    case EXPR_INTERP:
        put_u(b, e->u.interp.n);
        for (uint32_t i = 0; i < e->u.interp.n; i++) w_expr(b, e->u.interp.parts[i]);
        break;
    case EXPR_VAR:
        put_u(b, e->u.var.up);
        put_u(b, e->u.var.slot);
        put_sym(b, e->u.var.name);
        break;
    case EXPR_WITHVAR:
        put_sym(b, e->u.withvar.name);
        put_u(b, e->u.withvar.up);
        break;
    case EXPR_ATTRS:
        w_binds(b, attrs_binds((Expr *)e), attrs_n(e));
        put_u(b, attrs_ndyn(e));
        for (uint32_t i = 0; i < attrs_ndyn(e); i++) {
            w_expr(b, e->u.attrs.dyn[i].name);
            w_expr(b, e->u.attrs.dyn[i].value);
            put_span(b, e->u.attrs.dyn[i].span);
        }
        put_u(b, e->rec);
        break;
    case EXPR_LIST:
        put_u(b, e->u.list.n);
        for (uint32_t i = 0; i < e->u.list.n; i++) w_expr(b, e->u.list.items[i]);
        break;
    case EXPR_SELECT:
    case EXPR_HASATTR:
        put_u(b, e->selvar);
        if (e->selvar) {
            put_u(b, e->u.select.var.up);
            put_u(b, e->u.select.var.slot);
        } else {
            w_expr(b, e->u.select.e);
        }
        put_u(b, e->npath);
        for (uint32_t i = 0; i < e->npath; i++) {
            AttrName an = select_elem(e, i);
            put_sym(b, an.sym);
            if (!an.sym) w_expr(b, an.dyn);
            put_span(b, an.span);
        }
        w_opt(b, e->u.select.def);
        break;
    case EXPR_APPLY:
        w_expr(b, e->u.apply.fn);
        w_expr(b, e->u.apply.arg);
        break;
    case EXPR_LAMBDA:
        put_sym(b, e->u.lambda.arg);
        put_u(b, e->nformals);
        for (uint32_t i = 0; i < e->nformals; i++) {
            put_sym(b, e->u.lambda.formals[i].name);
            w_opt(b, e->u.lambda.formals[i].def);
            put_span(b, e->u.lambda.formals[i].span);
        }
        put_u(b, e->has_formals);
        put_u(b, e->ellipsis);
        w_expr(b, e->u.lambda.body);
        break;
    case EXPR_LET:
        w_binds(b, e->u.let.binds, e->u.let.n);
        w_expr(b, e->u.let.body);
        break;
    case EXPR_WITH:
        w_expr(b, e->u.with.env);
        w_expr(b, e->u.with.body);
        put_u(b, e->u.with.next_with);
        break;
    case EXPR_IF:
        w_expr(b, e->u.cond.c);
        w_expr(b, e->u.cond.then_);
        w_expr(b, e->u.cond.else_);
        break;
    case EXPR_ASSERT:
        w_expr(b, e->u.cond.c);
        w_expr(b, e->u.cond.then_);
        break;
    case EXPR_NOT:
    case EXPR_NEG: w_expr(b, e->u.unary.e); break;
    case EXPR_BINOP:
        put_u(b, e->u.binop.op);
        w_expr(b, e->u.binop.a);
        w_expr(b, e->u.binop.b);
        break;
    }
}

void astio_write(ByteBuf *out, const Expr *e, const GlobalNames *globals) {
    put(out, MAGIC, 8);
    put_u(out, globals_hash(globals));
    symmap_free(&wsyms);
    wnsyms = 0;
    wlast = 0;
    w_expr(out, e);
    symmap_free(&wsyms);
}

/* ------------------------------------------------------------------------ */
/* Reading. */

typedef struct R {
    const uint8_t *p, *end;  /* unread bytes */
    Arena *a;                /* where nodes go */
    uint32_t file;           /* source id for spans */
    uint32_t last;           /* start of the previous span read */
    Sym *syms;               /* names read so far, by number */
    uint32_t nsyms, symcap;
    bool bad;                /* malformed input seen */
    uint32_t depth;          /* recursion guard */
} R;

static uint64_t get_u_slow(R *r) {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (r->p >= r->end) {
            r->bad = true;
            return 0;
        }
        uint8_t c = *r->p++;
        v |= (uint64_t)(c & 0x7f) << shift;
        if (!(c & 0x80)) return v;
    }
    r->bad = true;
    return 0;
}

/* Most numbers fit in one byte. */
static inline uint64_t get_u(R *r) {
    if (r->p < r->end && *r->p < 0x80) return *r->p++;
    return get_u_slow(r);
}

static int64_t get_i(R *r) {
    uint64_t u = get_u(r);
    return (int64_t)(u >> 1) ^ -(int64_t)(u & 1);
}

static uint32_t get_count(R *r) {
    uint64_t n = get_u(r);
    if (n > (uint64_t)(r->end - r->p) + 1) {   /* every element takes a byte */
        r->bad = true;
        return 0;
    }
    return (uint32_t)n;
}

static const char *get_bytes(R *r, size_t n) {
    if ((size_t)(r->end - r->p) < n) {
        r->bad = true;
        return "";
    }
    const char *s = (const char *)r->p;
    r->p += n;
    return s;
}

static Sym get_sym(R *r) {
    uint64_t v = get_u(r);
    if (v == 0) return NULL;
    if (v & 1) {
        uint64_t k = v >> 1;
        if (k >= r->nsyms) {
            r->bad = true;
            return sym_cstr("");
        }
        return r->syms[k];
    }
    uint64_t n = v >> 1;
    if (n == 0) {
        r->bad = true;
        return sym_cstr("");
    }
    const char *s = get_bytes(r, n - 1);
    if (r->bad) return sym_cstr("");
    Sym y = sym_intern(s, n - 1);
    if (r->nsyms == r->symcap) r->syms = vmc_xrealloc(r->syms, sizeof(Sym) * (r->symcap = r->symcap ? r->symcap * 2 : 64));
    r->syms[r->nsyms++] = y;
    return y;
}

static Span get_span(R *r) {
    uint64_t z = get_u(r);
    int64_t d = (int64_t)(z >> 1) ^ -(int64_t)(z & 1);
    uint32_t s = (uint32_t)((int64_t)r->last + d);
    r->last = s;
    uint32_t l = (uint32_t)get_u(r);
    return span_make(r->file, s, s + l);
}

static Expr *r_expr(R *r);

static Expr *r_opt(R *r) { return get_u(r) ? r_expr(r) : NULL; }

/* n bindings into bs. */
static void r_binds_into(R *r, Binding *bs, uint32_t n) {
    for (uint32_t i = 0; i < n && !r->bad; i++) {
        bs[i].name = get_sym(r);
        bs[i].value = r_expr(r);
        bs[i].span = get_span(r);
        bs[i].value->inherited = get_u(r) != 0;
        if (!bs[i].name) r->bad = true;
    }
}

static Binding *r_binds(R *r, uint32_t *n) {
    *n = get_count(r);
    Binding *bs = *n ? ARENA_ARRAY(r->a, Binding, *n) : NULL;
    r_binds_into(r, bs, *n);
    return bs;
}

static Expr *r_expr(R *r) {
    /* Every field is set here or by the case below: no memset. */
    Expr *e = ARENA_ARRAY(r->a, Expr, 1);
    *e = (Expr){.kind = EXPR_STRING};
    e->u.lit.tag = VAL_STRING;
    e->u.lit.u.str.s = "";
    if (r->bad || ++r->depth > 100000) {
        r->bad = true;
        return e;
    }
    uint64_t kind = get_u(r);
    e->span = get_span(r);
    if (kind > EXPR_BINOP) {
        r->bad = true;
        return e;
    }
    e->kind = (ExprKind)kind;
    switch (e->kind) {
    case EXPR_INT:
        e->u.lit.tag = VAL_INT;
        e->u.lit.u.i = get_i(r);
        break;
    case EXPR_FLOAT: {
        const char *p = get_bytes(r, sizeof(double));
        e->u.lit.tag = VAL_FLOAT;
        if (!r->bad) memcpy(&e->u.lit.u.f, p, sizeof(double));
        break;
    }
    case EXPR_STRING:
    case EXPR_PATH: {
        size_t n = get_count(r);
        const char *s = get_bytes(r, n);
        if (r->bad) n = 0;
        e->u.lit.tag = e->kind == EXPR_PATH ? VAL_PATH : VAL_STRING;
        e->u.lit.u.str.s = arena_strndup(r->a, s, n);
        e->u.lit.u.str.len = n;
        break;
    }
    case EXPR_INTERP:
        e->u.interp.n = get_count(r);
        e->u.interp.parts = ARENA_ARRAY(r->a, Expr *, e->u.interp.n ? e->u.interp.n : 1);
        for (uint32_t i = 0; i < e->u.interp.n; i++) e->u.interp.parts[i] = r_expr(r);
        break;
    case EXPR_VAR:
        e->u.var.up = (uint32_t)get_u(r);
        e->u.var.slot = (uint32_t)get_u(r);
        e->u.var.name = get_sym(r);
        break;
    case EXPR_WITHVAR:
        e->u.withvar.name = get_sym(r);
        e->u.withvar.up = (uint32_t)get_u(r);
        break;
    case EXPR_ATTRS: {
        /* As lowering does: one static binding goes into the node. */
        uint32_t n = get_count(r);
        Binding one;
        Binding *bs = n == 1 ? &one : n ? ARENA_ARRAY(r->a, Binding, n) : NULL;
        r_binds_into(r, bs, n);
        uint32_t nd = get_count(r);
        if (n == 1 && nd == 0) {
            e->attrs1 = true;
            e->u.bind1 = one;
            e->rec = get_u(r) != 0;
            break;
        }
        if (n == 1) {
            bs = ARENA_ARRAY(r->a, Binding, 1);
            bs[0] = one;
        }
        e->u.attrs.binds = bs;
        e->u.attrs.n = n;
        e->u.attrs.ndyn = nd;
        /* Most sets have no dynamic bindings: no array for them. */
        e->u.attrs.dyn = e->u.attrs.ndyn ? ARENA_ARRAY(r->a, DynBinding, e->u.attrs.ndyn) : NULL;
        for (uint32_t i = 0; i < e->u.attrs.ndyn && !r->bad; i++) {
            e->u.attrs.dyn[i].name = r_expr(r);
            e->u.attrs.dyn[i].value = r_expr(r);
            e->u.attrs.dyn[i].span = get_span(r);
        }
        e->rec = get_u(r) != 0;
        break;
    }
    case EXPR_LIST:
        e->u.list.n = get_count(r);
        e->u.list.items = ARENA_ARRAY(r->a, Expr *, e->u.list.n ? e->u.list.n : 1);
        for (uint32_t i = 0; i < e->u.list.n; i++) e->u.list.items[i] = r_expr(r);
        break;
    case EXPR_SELECT:
    case EXPR_HASATTR:
        e->selvar = get_u(r) != 0;
        if (e->selvar) {
            e->u.select.var.up = (uint32_t)get_u(r);
            e->u.select.var.slot = (uint32_t)get_u(r);
        } else {
            e->u.select.e = r_expr(r);
        }
        e->npath = get_count(r);
        AttrName *path = ARENA_ARRAY(r->a, AttrName, e->npath ? e->npath : 1);
        for (uint32_t i = 0; i < e->npath && !r->bad; i++) {
            path[i].sym = get_sym(r);
            path[i].dyn = path[i].sym ? NULL : r_expr(r);
            path[i].span = get_span(r);
        }
        if (r->bad) e->u.select.path = path;   /* never used: the read fails */
        else select_set_path(r->a, e, path, e->npath);
        e->u.select.def = r_opt(r);
        break;
    case EXPR_APPLY:
        e->u.apply.fn = r_expr(r);
        e->u.apply.arg = r_expr(r);
        break;
    case EXPR_LAMBDA:
        e->u.lambda.arg = get_sym(r);
        e->nformals = get_count(r);
        e->u.lambda.formals = ARENA_ARRAY(r->a, Formal, e->nformals ? e->nformals : 1);
        for (uint32_t i = 0; i < e->nformals && !r->bad; i++) {
            e->u.lambda.formals[i].name = get_sym(r);
            e->u.lambda.formals[i].def = r_opt(r);
            e->u.lambda.formals[i].span = get_span(r);
            if (!e->u.lambda.formals[i].name) r->bad = true;
        }
        e->has_formals = get_u(r) != 0;
        e->ellipsis = get_u(r) != 0;
        e->u.lambda.body = r_expr(r);
        if (!e->has_formals && (e->nformals || !e->u.lambda.arg)) r->bad = true;
        break;
    case EXPR_LET:
        e->u.let.binds = r_binds(r, &e->u.let.n);
        e->u.let.body = r_expr(r);
        break;
    case EXPR_WITH:
        e->u.with.env = r_expr(r);
        e->u.with.body = r_expr(r);
        e->u.with.next_with = (uint32_t)get_u(r);
        break;
    case EXPR_IF:
        e->u.cond.c = r_expr(r);
        e->u.cond.then_ = r_expr(r);
        e->u.cond.else_ = r_expr(r);
        break;
    case EXPR_ASSERT:
        e->u.cond.c = r_expr(r);
        e->u.cond.then_ = r_expr(r);
        break;
    case EXPR_NOT:
    case EXPR_NEG: e->u.unary.e = r_expr(r); break;
    case EXPR_BINOP: {
        uint64_t op = get_u(r);
        if (op > OP_UPDATE) r->bad = true;
        e->u.binop.op = (BinOp)op;
        e->u.binop.a = r_expr(r);
        e->u.binop.b = r_expr(r);
        break;
    }
    }
    r->depth--;
    return e;
}

Expr *astio_read(Arena *a, const uint8_t *data, size_t len, uint32_t file, const GlobalNames *globals) {
    if (len < 8 || memcmp(data, MAGIC, 8) != 0) return NULL;
    R r = {data + 8, data + len, a, file, 0, NULL, 0, 0, false, 0};
    if (get_u(&r) != globals_hash(globals) || r.bad) return NULL;
    Expr *e = r_expr(&r);
    free(r.syms);
    if (r.bad || r.p != r.end) return NULL;
    return e;
}
