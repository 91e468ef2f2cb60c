/*
 * parse.c: tree-sitter front end and lowering of the concrete tree to the
 * AST of ast.h.
 *
 * The front end collects one diagnostic per ERROR or MISSING node and stops
 * before lowering when there is any.  Lowering resolves every variable to a
 * frame and slot (or to a `with` lookup), merges nested attribute paths as
 * Nix's parser does (addAttr), decodes strings (escapes, indentation
 * stripping of ''...'' strings, following Nix's lexer.l and parser.y) and
 * reports duplicate attributes and undefined variables.  It copies what it
 * needs out of the tree: no TSNode outlives parse_source.
 */
#include "parse.h"

#include <ctype.h>
#include <errno.h>
#include <pthread.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <tree_sitter/api.h>

#include "tsmem.h"
#include "vec.h"
typedef uint16_t TSStateId;   /* parser.h wants it; tree-sitter 0.20.7's api.h lacks it */
#include "tree_sitter/parser.h"   /* grammar/src: the layout of a generated language */

const TSLanguage *tree_sitter_vmc(void);

/* Deeper nesting than this is reported instead of recursing further. */
#define MAX_DEPTH 20000
/* Stop collecting after this many diagnostics in one file. */
#define MAX_ERRORS 50

static ParseStats stats;
ParseStats *parse_stats(void) { return &stats; }

/* ------------------------------------------------------------------------ */
/* Node kinds and fields, looked up once. */

enum {
    K_SOURCE, K_VAR, K_INT, K_FLOAT, K_PATH, K_SPATH, K_URI, K_FUNCTION, K_FORMALS,
    K_FORMAL, K_ELLIPSES, K_ASSERT, K_WITH, K_LET, K_IF, K_HASATTR, K_UNARY, K_BINARY,
    K_APPLY, K_SELECT, K_PAREN, K_ATTRSET, K_RECATTRSET, K_LIST, K_STRING, K_ISTRING,
    K_INTERP, K_BINDING, K_INHERIT, K_INHERIT_FROM, K_ATTRPATH,
    K_INHERITED_ATTRS, K_IDENT, K_COMMENT, K__COUNT
};
static const char *const kind_names[K__COUNT] = {
    "source_code", "variable_expression", "integer_expression", "float_expression",
    "path_expression", "spath_expression", "uri_expression", "function_expression",
    "formals", "formal", "ellipses", "assert_expression", "with_expression",
    "let_expression", "if_expression", "has_attr_expression", "unary_expression",
    "binary_expression", "apply_expression", "select_expression",
    "parenthesized_expression", "attrset_expression", "rec_attrset_expression",
    "list_expression", "string_expression", "indented_string_expression",
    "interpolation", "binding", "inherit", "inherit_from", "attrpath",
    "inherited_attrs", "identifier", "comment",
};

enum {
    F_EXPRESSION, F_NAME, F_UNIVERSAL, F_BODY, F_FORMALS, F_FORMAL, F_ELLIPSES,
    F_DEFAULT, F_CONDITION, F_ENVIRONMENT, F_CONSEQUENCE, F_ALTERNATIVE, F_ATTRPATH,
    F_OPERATOR, F_ARGUMENT, F_LEFT, F_RIGHT, F_FUNCTION, F_ELEMENT, F_BINDING,
    F_ATTRS, F_ATTR, F__COUNT
};
static const char *const field_names[F__COUNT] = {
    "expression", "name", "universal", "body", "formals", "formal", "ellipses",
    "default", "condition", "environment", "consequence", "alternative", "attrpath",
    "operator", "argument", "left", "right", "function", "element", "binding",
    "attrs", "attr",
};

static TSSymbol kind_sym[K__COUNT];
static TSFieldId field_id[F__COUNT];
static const TSLanguage *lang;
static int sym_kind[1024];  /* TSSymbol -> K_*, -1 if not interesting */

/* Tree-sitter's memory (tsmem.h): each file is parsed by a parser of its
 * own in a heap of its own, let go of whole once the tree is lowered.
 * Tree-sitter 0.20.7 keeps a node's child count in 16 bits (tree-sitter
 * issue #2134).  When accepting a parse that has an error, it gathers
 * everything left on its stack under the root; after 65,535 unfinished
 * constructs in a row (`x: x: ...`, `a ++ a ++ ...`) that count wraps, and
 * freeing the old node hands free() a pointer into the middle of a block.
 * tsmem ignores such a free (every block carries a header naming it), and
 * the wrapped node is reported afterwards (see risky_tree). */
static TSTree *parse_tree(const Source *src) {
    TsHeap *h = tsmem_heap_new();
    tsmem_use(h);
    TSParser *p = ts_parser_new();
    ts_parser_set_language(p, lang);
    TSTree *t = ts_parser_parse_string(p, NULL, src->text, src->len);
    tsmem_use(NULL);
    /* The parser goes with the heap, and the heap with the tree
     * (tree_release). */
    VMC_ASSERT(t != NULL && tsmem_heap_of(t) == h, "tree-sitter returned no tree");
    return t;
}

/* Tree-sitter keeps the actions of all but the grammar's first
 * LARGE_STATE_COUNT states (20 of 1,765) in a compressed table that each
 * lookup searches linearly.  Before parsing much, the language is copied
 * with every state's row spelled out (STATE_COUNT x SYMBOL_COUNT entries,
 * about 300 KB), so that a lookup is an index.  The layout is that of a
 * generated language (grammar/src/tree_sitter/parser.h, ABI 14), which
 * tree-sitter 0.20.7 reads. */
static const TSLanguage *expanded_language(const TSLanguage *base) {
    static TSLanguage copy;
    uint32_t ns = base->state_count, nsym = base->symbol_count, large = base->large_state_count;
    if (large >= ns) return base;
    uint16_t *table = calloc((size_t)ns * nsym, sizeof(uint16_t));
    if (!table) return base;
    memcpy(table, base->parse_table, sizeof(uint16_t) * large * nsym);
    for (uint32_t st = large; st < ns; st++) {
        const uint16_t *d = &base->small_parse_table[base->small_parse_table_map[st - large]];
        uint16_t groups = *d++;
        for (uint16_t g = 0; g < groups; g++) {
            uint16_t value = *d++, count = *d++;
            for (uint16_t k = 0; k < count; k++) table[(size_t)st * nsym + *d++] = value;
        }
    }
    copy = *base;
    copy.parse_table = table;
    copy.large_state_count = ns;
    return &copy;
}

static void init_lang(void) {
    if (lang) return;
    tsmem_install();
    lang = tree_sitter_vmc();
    for (size_t i = 0; i < ARRAY_LEN(sym_kind); i++) sym_kind[i] = -1;
    for (int k = 0; k < K__COUNT; k++) {
        kind_sym[k] = ts_language_symbol_for_name(lang, kind_names[k], (uint32_t)strlen(kind_names[k]), true);
        VMC_ASSERT(kind_sym[k] != 0 && kind_sym[k] < ARRAY_LEN(sym_kind), "grammar lacks a node kind");
        sym_kind[kind_sym[k]] = k;
    }
    for (int f = 0; f < F__COUNT; f++) {
        field_id[f] = ts_language_field_id_for_name(lang, field_names[f], (uint32_t)strlen(field_names[f]));
        VMC_ASSERT(field_id[f] != 0, "grammar lacks a field");
    }
}

static int kind_of(TSNode n) {
    TSSymbol s = ts_node_symbol(n);
    return s < ARRAY_LEN(sym_kind) ? sym_kind[s] : -1;
}


/* ------------------------------------------------------------------------ */
/* Lowering state. */

typedef struct Scope {
    struct Scope *up;     /* enclosing scope (one frame further out) */
    bool is_with;         /* a `with` frame: names come from its set at run time */
    const Sym *names;     /* sorted names, slot = index */
    uint32_t n;           /* count */
    Sym extra;            /* the `@` name of a function, slot n; or NULL */
} Scope;

/* One name of an attribute path: a node, or one of the names of a dotted
 * token (`a.b.c`, one token for the whole path, or a variable and the path
 * after it), then [start, end) is its part of the token. */
typedef struct PathEl {
    TSNode n;
    uint32_t start, end;
    bool part;        /* a name inside a dotted token */
} PathEl;

typedef struct L {
    Arena *a;                 /* the file's arena */
    const Source *src;        /* the file */
    ParseErrors *errs;        /* where diagnostics go */
    uint32_t nerr;            /* diagnostics from this file */
    Scope *scope;             /* innermost scope */
    uint32_t depth;           /* recursion depth */
    Diag *spare;              /* the last diagnostic past MAX_ERRORS */
    bool too_deep;            /* "nested too deeply" was reported */
    VEC(TSNode) ks;           /* children of the nodes being walked (a stack) */
    VEC(struct PathEl) pe;    /* names of the attrpaths being walked (a stack) */
    TSTreeCursor cur;         /* reused by kids() */
    Arena tmp;                /* scopes and other lowering-only data, freed at the end */
} L;

/* Pushes the children of `n` on l->ks and returns where they start.
 * ts_node_child(n, i) walks from the first child, so loops over it are
 * quadratic in long lists and binding sets; a cursor walk is linear.  The
 * caller truncates l->ks back to the returned index when done; nested walks
 * push above it (index l->ks.data afresh after recursing: it may move). */
static uint32_t kids(L *l, TSNode n) {
    uint32_t start = l->ks.len;
    ts_tree_cursor_reset(&l->cur, n);
    if (ts_tree_cursor_goto_first_child(&l->cur)) {
        do vec_push(&l->ks, ts_tree_cursor_current_node(&l->cur));
        while (ts_tree_cursor_goto_next_sibling(&l->cur));
    }
    return start;
}

/* The children of `n` in the fields fs[0..k-1] (null where there is none).
 * ts_node_child_by_field_id per field: with tree-sitter 0.20.7 one cursor
 * walk over the children costs more (goto_next_sibling ~290 instructions
 * a step, current_field_id on top), measured on K=1000. */
static void fields(L *l, TSNode n, int k, const int *fs, TSNode *out) {
    (void)l;
    for (int i = 0; i < k; i++) out[i] = ts_node_child_by_field_id(n, field_id[fs[i]]);
}

#define FIELDS(l, n, out, ...) \
    fields((l), (n), (int)ARRAY_LEN(out), (const int[]){__VA_ARGS__}, (out))

static TSNode field(L *l, TSNode n, int f) {
    TSNode r;
    fields(l, n, 1, &f, &r);
    return r;
}

static Span span_of(L *l, TSNode n) {
    return span_make(l->src->id, ts_node_start_byte(n), ts_node_end_byte(n));
}

static void push_err(ParseErrors *e, Diag *d) {
    if (e->n == e->cap) {
        e->cap = e->cap ? e->cap * 2 : 8;
        e->items = vmc_xrealloc(e->items, sizeof(Diag *) * e->cap);
    }
    e->items[e->n++] = d;
}

static Diag *err(L *l, Span sp, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static Diag *err(L *l, Span sp, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char buf[1024];
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    Diag *d = diag_new(sp, "%s", buf);
    l->nerr++;
    if (l->nerr <= MAX_ERRORS) {
        push_err(l->errs, d);
        return d;
    }
    /* Past the limit: keep a scratch diagnostic for notes, dropped below. */
    if (l->spare) diag_free(l->spare);
    l->spare = d;
    return d;
}

static Expr *mk(L *l, ExprKind k, Span sp) {
    Expr *e = ARENA_NEW(l->a, Expr);
    e->kind = k;
    e->span = sp;
    return e;
}

/* The set of select `sel`: a variable goes into the node itself (and the
 * variable's node, when it was the last one made, is given back). */
static void set_subject(L *l, Expr *sel, Expr *sub) {
    if (sub->kind == EXPR_VAR) {
        sel->selvar = true;
        sel->u.select.var.up = sub->u.var.up;
        sel->u.select.var.slot = sub->u.var.slot;
        arena_unalloc(l->a, sub, sizeof(Expr));
    } else {
        sel->u.select.e = sub;
    }
}

static Str text_of(L *l, TSNode n) {
    uint32_t s = ts_node_start_byte(n), e = ts_node_end_byte(n);
    Str r = {l->src->text + s, e - s};
    return r;
}

static Expr *lower(L *l, TSNode n);

/* The grammar lets a keyword through as an identifier where the keyword
 * itself cannot appear (tree-sitter reserves keywords only where they are
 * valid); Nix's lexer never does, so neither do we. */
static const char *keyword_of(Str s) {
    /* By length, then the bytes: most names are looked at once or twice.
     * (Nix accepts `or` as a name.) */
    const char *k;
    switch (s.len) {
    case 2: k = s.ptr[0] != 'i' ? NULL : s.ptr[1] == 'f' ? "if" : s.ptr[1] == 'n' ? "in" : NULL; break;
    case 3: k = s.ptr[0] == 'l' ? "let" : s.ptr[0] == 'r' ? "rec" : NULL; break;
    case 4: k = s.ptr[0] == 't' ? "then" : s.ptr[0] == 'e' ? "else" : s.ptr[0] == 'w' ? "with" : NULL; break;
    case 6: k = "assert"; break;
    case 7: k = "inherit"; break;
    default: return NULL;
    }
    return k && memcmp(k, s.ptr, s.len) == 0 ? k : NULL;
}

static Sym ident_at(L *l, uint32_t start, uint32_t end) {
    Str s = {l->src->text + start, end - start};
    const char *kw = keyword_of(s);
    if (kw) err(l, span_make(l->src->id, start, end), "syntax error: unexpected keyword '%s'", kw);
    return sym_intern(s.ptr, s.len);
}

static Sym ident(L *l, TSNode n) { return ident_at(l, ts_node_start_byte(n), ts_node_end_byte(n)); }

/* ------------------------------------------------------------------------ */
/* Scopes and names. */

static int scope_find(const Scope *s, Sym name) {
    uint32_t lo = 0, hi = s->n;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        int c = sym_cmp(s->names[mid], name);
        if (c == 0) return (int)mid;
        if (c < 0) lo = mid + 1; else hi = mid;
    }
    if (s->extra == name) return (int)s->n;
    return -1;
}

/* variable -> identifier: a lexical binding, else the innermost `with`. */
static Expr *resolve(L *l, Sym name, Span sp) {
    uint32_t up = 0;
    int64_t with_up = -1;
    for (Scope *s = l->scope; s; s = s->up, up++) {
        if (s->is_with) {
            if (with_up < 0) with_up = up;
            continue;
        }
        int slot = scope_find(s, name);
        if (slot >= 0) {
            Expr *e = mk(l, EXPR_VAR, sp);
            e->u.var.up = up;
            e->u.var.slot = (uint32_t)slot;
            e->u.var.name = name;
            return e;
        }
    }
    Expr *e = mk(l, EXPR_WITHVAR, sp);
    e->u.withvar.name = name;
    if (with_up >= 0) {
        e->u.withvar.up = (uint32_t)with_up;
    } else {
        err(l, sp, "undefined variable '%s'", name->str);
    }
    return e;
}

static int cmp_binding(const void *a, const void *b) {
    return sym_cmp(((const Binding *)a)->name, ((const Binding *)b)->name);
}

/* ------------------------------------------------------------------------ */
/* Strings. */

typedef VEC(char) CharBuf;

static void cb_put(CharBuf *b, const char *p, size_t n) {
    uint32_t need = b->len + (uint32_t)n + 1;
    vec_grow(b, need < 64 ? 64 : need);   /* a temporary: start with room */
    memcpy(b->data + b->len, p, n);
    b->len += (uint32_t)n;
}

/* Nix's unescapeStr: \n \r \t, \x -> x, and CR or CR LF -> LF. */
static void unescape(CharBuf *b, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '\\' && i + 1 < n) {
            c = s[++i];
            c = c == 'n' ? '\n' : c == 'r' ? '\r' : c == 't' ? '\t' : c;
        } else if (c == '\r') {
            c = '\n';
            if (i + 1 < n && s[i + 1] == '\n') i++;
        }
        cb_put(b, &c, 1);
    }
}

static Expr *str_expr(L *l, const char *p, size_t n, Span sp) {
    Expr *e = mk(l, EXPR_STRING, sp);
    e->u.lit.tag = VAL_STRING;
    e->u.lit.u.str.s = arena_strndup(l->a, p, n);
    e->u.lit.u.str.len = n;
    return e;
}

typedef VEC(Expr *) ExprVec;

static Expr *finish_parts(L *l, ExprVec *parts, Span sp) {
    Expr *r;
    if (parts->len == 0) {
        r = str_expr(l, "", 0, sp);
    } else if (parts->len == 1 && parts->data[0]->kind == EXPR_STRING) {
        r = parts->data[0];
        r->span = sp;
    } else {
        r = mk(l, EXPR_INTERP, sp);
        r->u.interp.n = parts->len;
        r->u.interp.parts = ARENA_ARRAY(l->a, Expr *, parts->len);
        memcpy(r->u.interp.parts, parts->data, sizeof(Expr *) * parts->len);
    }
    vec_free(parts);
    return r;
}

/* string -> '"' (fragment | interpolation)* '"' */
static Expr *lower_string(L *l, TSNode n) {
    ExprVec parts = {0};
    CharBuf buf = {0};
    uint32_t pos = ts_node_start_byte(n) + 1;         /* after the opening quote */
    uint32_t end = ts_node_end_byte(n) - 1;           /* the closing quote */
    uint32_t k0 = kids(l, n), nc = l->ks.len - k0;
    for (uint32_t i = 0; i < nc; i++) {
        TSNode c = l->ks.data[k0 + i];
        if (kind_of(c) != K_INTERP) continue;
        uint32_t cs = ts_node_start_byte(c);
        buf.len = 0;
        unescape(&buf, l->src->text + pos, cs - pos);
        if (buf.len) vec_push(&parts, str_expr(l, buf.data, buf.len, span_make(l->src->id, pos, cs)));
        vec_push(&parts, lower(l, field(l, c, F_EXPRESSION)));
        pos = ts_node_end_byte(c);
    }
    l->ks.len = k0;
    if (end > pos) {
        buf.len = 0;
        unescape(&buf, l->src->text + pos, end - pos);
        if (buf.len) vec_push(&parts, str_expr(l, buf.data, buf.len, span_make(l->src->id, pos, end)));
    }
    vec_free(&buf);
    return finish_parts(l, &parts, span_of(l, n));
}

/* One token of an indented string, as Nix's lexer produces them. */
typedef struct IToken {
    Expr *interp;        /* an interpolation, or NULL for text */
    uint32_t off, len;   /* text in tbuf */
    bool indent;         /* plain text (takes part in indentation) */
    Span span;           /* source span */
} IToken;

/* indented_string -> "''" (fragment | interpolation)* "''" */
static Expr *lower_istring(L *l, TSNode n) {
    const char *t = l->src->text;
    uint32_t pos = ts_node_start_byte(n) + 2;
    uint32_t end = ts_node_end_byte(n) - 2;
    /* The opening '' swallows spaces up to the first newline (lexer.l). */
    {
        uint32_t p = pos;
        while (p < end && t[p] == ' ') p++;
        if (p < end && t[p] == '\n') pos = p + 1;
    }
    VEC(IToken) toks = {0};
    CharBuf tb = {0};
    uint32_t k0 = kids(l, n), nc = l->ks.len - k0;
    uint32_t ci = 0;
    while (pos <= end) {
        /* The next interpolation at or after pos, if any. */
        TSNode next = {0};
        uint32_t stop = end;
        bool have = false;
        for (; ci < nc; ci++) {
            TSNode c = l->ks.data[k0 + ci];   /* re-read: lowering pushes on ks */
            if (kind_of(c) == K_INTERP && ts_node_start_byte(c) >= pos) {
                next = c;
                stop = ts_node_start_byte(c);
                have = true;
                break;
            }
        }
        /* Tokenize [pos, stop) as lexer.l does. */
        uint32_t p = pos;
        while (p < stop) {
            IToken tk = {0};
            tk.off = tb.len;
            uint32_t s = p;
            if (t[p] == '\'' && p + 1 < stop && t[p + 1] == '\'') {
                /* ''' , ''$ , ''\x */
                if (p + 2 < stop && t[p + 2] == '\'') { cb_put(&tb, "''", 2); p += 3; }
                else if (p + 2 < stop && t[p + 2] == '$') { cb_put(&tb, "$", 1); p += 3; }
                else if (p + 3 < stop + 1 && t[p + 2] == '\\' && p + 3 < stop) {
                    unescape(&tb, t + p + 2, 2);
                    p += 4;
                } else { cb_put(&tb, "'", 1); p += 1; }   /* cannot happen: scanner */
                tk.indent = false;
            } else if (t[p] == '$' && (p + 1 >= stop || t[p + 1] == '\'')) {
                cb_put(&tb, "$", 1);
                p += 1;
                tk.indent = false;
            } else if (t[p] == '\'' && (p + 1 >= stop || t[p + 1] == '\'' || t[p + 1] == '$')) {
                cb_put(&tb, "'", 1);
                p += 1;
                tk.indent = false;
            } else {
                /* ([^$']|\$[^{']|'[^'$])+ */
                while (p < stop) {
                    char c = t[p];
                    if (c == '$') {
                        if (p + 1 >= stop || t[p + 1] == '\'' || t[p + 1] == '{') break;
                        p += 2;
                    } else if (c == '\'') {
                        if (p + 1 >= stop || t[p + 1] == '\'' || t[p + 1] == '$') break;
                        p += 2;
                    } else {
                        p++;
                    }
                }
                if (p > stop) p = stop;
                /* Nix's lexer keeps CR here; normalize like "..." strings
                 * would not, so keep the bytes as they are. */
                cb_put(&tb, t + s, p - s);
                tk.indent = true;
            }
            tk.len = tb.len - tk.off;
            tk.span = span_make(l->src->id, s, p);
            vec_push(&toks, tk);
        }
        if (!have) break;
        IToken it = {0};
        it.interp = lower(l, field(l, next, F_EXPRESSION));
        it.span = span_of(l, next);
        vec_push(&toks, it);
        pos = ts_node_end_byte(next);
        ci++;
    }

    /* stripIndentation of parser.y: the minimum indentation ignores
     * whitespace-only lines; interpolations and escapes count as content. */
    bool sol = true;
    size_t min_indent = 1000000, cur = 0;
    for (uint32_t i = 0; i < toks.len; i++) {
        IToken *tk = &toks.data[i];
        if (tk->interp || !tk->indent) {
            if (sol) {
                sol = false;
                if (cur < min_indent) min_indent = cur;
            }
            continue;
        }
        const char *s = tb.data + tk->off;
        for (uint32_t j = 0; j < tk->len; j++) {
            if (sol) {
                if (s[j] == ' ') cur++;
                else if (s[j] == '\n') cur = 0;
                else {
                    sol = false;
                    if (cur < min_indent) min_indent = cur;
                }
            } else if (s[j] == '\n') {
                sol = true;
                cur = 0;
            }
        }
    }
    ExprVec parts = {0};
    CharBuf acc = {0};
    Span acc_span = {0};
    sol = true;
    size_t dropped = 0;
    for (uint32_t i = 0; i < toks.len; i++) {
        IToken *tk = &toks.data[i];
        if (tk->interp) {
            sol = false;
            dropped = 0;
            if (acc.len) vec_push(&parts, str_expr(l, acc.data, acc.len, acc_span));
            acc.len = 0;
            vec_push(&parts, tk->interp);
            continue;
        }
        CharBuf s2 = {0};
        const char *s = tb.data + tk->off;
        for (uint32_t j = 0; j < tk->len; j++) {
            char c = s[j];
            if (sol) {
                if (c == ' ') {
                    if (dropped++ >= min_indent) cb_put(&s2, &c, 1);
                } else if (c == '\n') {
                    dropped = 0;
                    cb_put(&s2, &c, 1);
                } else {
                    sol = false;
                    dropped = 0;
                    cb_put(&s2, &c, 1);
                }
            } else {
                cb_put(&s2, &c, 1);
                if (c == '\n') sol = true;
            }
        }
        if (i + 1 == toks.len && s2.len) {
            /* Drop the last line when it holds only spaces. */
            int64_t nl = -1;
            for (uint32_t j = 0; j < s2.len; j++) if (s2.data[j] == '\n') nl = j;
            if (nl >= 0) {
                bool spaces = true;
                for (uint32_t j = (uint32_t)nl + 1; j < s2.len; j++) if (s2.data[j] != ' ') spaces = false;
                if (spaces) s2.len = (uint32_t)nl + 1;
            }
        }
        if (acc.len == 0) acc_span = tk->span;
        else acc_span = span_make(acc_span.file, acc_span.start, span_end(tk->span));
        if (s2.len) cb_put(&acc, s2.data, s2.len);
        vec_free(&s2);
    }
    if (acc.len) vec_push(&parts, str_expr(l, acc.data, acc.len, acc_span));
    vec_free(&acc);
    vec_free(&tb);
    vec_free(&toks);
    l->ks.len = k0;
    return finish_parts(l, &parts, span_of(l, n));
}

/* ------------------------------------------------------------------------ */
/* Attribute names and paths. */

/* attr -> identifier | string | interpolation, or a leaf attrpath (a path
 * of one name: its identifier token, aliased).  Sets *sym for a static name,
 * else returns the name expression. */
static Expr *attr_name(L *l, TSNode n, Sym *sym) {
    *sym = NULL;
    int k = kind_of(n);
    if (k == K_IDENT || k == K_ATTRPATH) {
        *sym = ident(l, n);
        return NULL;
    }
    if (k == K_INTERP) return lower(l, field(l, n, F_EXPRESSION));
    Expr *e = lower_string(l, n);
    if (e->kind == EXPR_STRING) {
        *sym = sym_intern(e->u.lit.u.str.s, e->u.lit.u.str.len);
        return NULL;
    }
    return e;
}

/* Pushes a name node on l->pe: a dotted token as its names. */
static void push_name(L *l, TSNode n) {
    uint32_t s = ts_node_start_byte(n), e = ts_node_end_byte(n);
    int k = kind_of(n);
    const char *t = l->src->text;
    const char *dot = k == K_IDENT || k == K_ATTRPATH || k == K_VAR ? memchr(t + s, '.', e - s) : NULL;
    if (!dot) {
        vec_push(&l->pe, ((PathEl){n, s, e, false}));
        return;
    }
    for (;;) {
        uint32_t d = dot ? (uint32_t)(dot - t) : e;
        vec_push(&l->pe, ((PathEl){n, s, d, true}));
        if (!dot) return;
        s = d + 1;
        dot = memchr(t + s, '.', e - s);
    }
}

/* Pushes the names of an attrpath on l->pe and returns where they start:
 * the path itself when it is a leaf (an identifier or dotted token,
 * aliased), else its named children but comments.  The caller truncates
 * l->pe back to the returned index when done. */
static uint32_t path_elems(L *l, TSNode path) {
    uint32_t p0 = l->pe.len;
    if (ts_node_child_count(path) == 0) {
        push_name(l, path);
        return p0;
    }
    uint32_t k0 = kids(l, path), nc = l->ks.len - k0;
    for (uint32_t i = 0; i < nc; i++) {
        TSNode c = l->ks.data[k0 + i];
        if (ts_node_is_named(c) && kind_of(c) != K_COMMENT) push_name(l, c);
    }
    l->ks.len = k0;
    return p0;
}

static Span el_span(L *l, const PathEl *el) { return span_make(l->src->id, el->start, el->end); }

static Sym static_name(L *l, TSNode n);

/* The name of a path element, or NULL when it is computed. */
static Sym el_static_name(L *l, const PathEl *el) { return el->part ? ident_at(l, el->start, el->end) : static_name(l, el->n); }

/* The names of l->pe[from..], lowered (a computed name is lowered here). */
static AttrName *el_names(L *l, uint32_t from, uint32_t cnt) {
    AttrName *names = ARENA_ARRAY(l->a, AttrName, cnt ? cnt : 1);
    for (uint32_t j = 0; j < cnt; j++) {
        PathEl el = l->pe.data[from + j];   /* a copy: attr_name may push on pe */
        if (el.part) {
            names[j].dyn = NULL;
            names[j].sym = ident_at(l, el.start, el.end);
        } else {
            names[j].dyn = attr_name(l, el.n, &names[j].sym);
        }
        names[j].span = el_span(l, &el);
    }
    return names;
}

/* ------------------------------------------------------------------------ */
/* Binding sets: pass 1 builds a tree of entries from the syntax (merging
 * nested paths), pass 2 lowers values once every name of a scope is known. */

typedef struct BSet BSet;

typedef enum { BE_EXPR, BE_NESTED, BE_INHERIT, BE_INHERIT_FROM } BEKind;

typedef struct BEntry {
    Sym name;         /* static name, or NULL */
    TSNode name_node; /* dynamic name (identifier/string/interpolation node) */
    BEKind kind;      /* what the value is */
    TSNode value;     /* BE_EXPR: value node */
    BSet *nested;     /* BE_NESTED */
    uint32_t from;    /* BE_INHERIT_FROM: index in froms */
    Span span;        /* the name (for diagnostics) */
    Span def_span;    /* the whole definition */
} BEntry;

struct BSet {
    bool rec;                 /* rec { } */
    VEC(BEntry) e;            /* entries in source order */
    VEC(TSNode) froms;        /* inherit (e) expressions */
    uint32_t *index;          /* name -> 1 + entry index (open addressing), for large sets */
    uint32_t icap;            /* slots in index (a power of two), 0 = no index */
    uint32_t indexed;         /* entries already in the index */
};

/* Builders live in the lowering's scratch arena (l->tmp), freed with it. */
static BSet *bset_new(L *l, bool rec) {
    BSet *s = ARENA_NEW(&l->tmp, BSet);
    s->rec = rec;
    return s;
}

/* The entry named `name`.  Small sets are searched linearly; a set with
 * many bindings gets a hash index, so that lowering stays linear. */
static BEntry *bfind(L *l, BSet *s, Sym name) {
    if (s->e.len <= 16 && !s->icap) {
        for (uint32_t i = 0; i < s->e.len; i++)
            if (s->e.data[i].name == name) return &s->e.data[i];
        return NULL;
    }
    if (s->icap < s->e.len * 2) {
        uint32_t nc = s->icap ? s->icap : 64;
        while (nc < s->e.len * 4) nc *= 2;
        s->index = arena_zalloc(&l->tmp, sizeof(uint32_t) * nc, _Alignof(uint32_t));
        s->icap = nc;
        s->indexed = 0;
    }
    for (; s->indexed < s->e.len; s->indexed++) {
        Sym k = s->e.data[s->indexed].name;
        if (!k) continue;
        uint32_t j = k->hash & (s->icap - 1);
        while (s->index[j] && s->e.data[s->index[j] - 1].name != k) j = (j + 1) & (s->icap - 1);
        if (!s->index[j]) s->index[j] = s->indexed + 1;
    }
    for (uint32_t j = name->hash & (s->icap - 1); s->index[j]; j = (j + 1) & (s->icap - 1))
        if (s->e.data[s->index[j] - 1].name == name) return &s->e.data[s->index[j] - 1];
    return NULL;
}

static void collect_in(L *l, BSet *set, TSNode n);

static bool is_attrs_literal(TSNode n) {
    int k = kind_of(n);
    return k == K_ATTRSET || k == K_RECATTRSET;
}

/* Turns an entry holding a `{ ... }` literal into a nested builder. */
static void expand(L *l, BEntry *e) {
    TSNode lit = e->value;
    BSet *s = bset_new(l, kind_of(lit) == K_RECATTRSET);
    collect_in(l, s, lit);
    e->kind = BE_NESTED;
    e->nested = s;
}

static void dup_attr(L *l, Span at, const char *path, Span first) {
    char loc[2048];
    diag_format_loc(loc, sizeof loc, first);
    Diag *d = err(l, at, "attribute '%s' already defined at %s", path, loc);
    diag_add_note(d, first, "first definition");
}

/* The dotted text of the first k elements of an attrpath, for messages. */
static void path_text(L *l, TSNode path, uint32_t k, char *buf, size_t n) {
    size_t o = 0;
    uint32_t j = 0, p0 = path_elems(l, path), nc = l->pe.len - p0;
    buf[0] = 0;
    for (uint32_t i = 0; i < nc && j < k; i++) {
        const PathEl *el = &l->pe.data[p0 + i];   /* el_static_name pushes nothing on pe */
        Str s = {l->src->text + el->start, el->end - el->start};
        Sym st = el_static_name(l, el);
        if (st) { s.ptr = st->str; s.len = st->len; }
        int w = snprintf(buf + o, n - o, "%s%.*s", j ? "." : "", (int)s.len, s.ptr);
        if (w < 0 || (size_t)w >= n - o) break;
        o += (size_t)w;
        j++;
    }
    l->pe.len = p0;
}

static Sym static_name(L *l, TSNode n) {
    int k = kind_of(n);
    if (k == K_INTERP) {
        /* ${"a"} with a constant string is a static name, as in Nix. */
        TSNode inner = field(l, n, F_EXPRESSION);
        if (ts_node_is_null(inner) || kind_of(inner) != K_STRING) return NULL;
        n = inner;
        k = K_STRING;
    }
    if (k == K_IDENT || k == K_ATTRPATH) return ident(l, n);   /* a leaf attrpath: one name */
    if (k == K_STRING) {
        uint32_t nc = ts_node_child_count(n);
        for (uint32_t i = 0; i < nc; i++)
            if (kind_of(ts_node_child(n, i)) == K_INTERP) return NULL;
        CharBuf b = {0};
        uint32_t s = ts_node_start_byte(n) + 1, e = ts_node_end_byte(n) - 1;
        unescape(&b, l->src->text + s, e > s ? e - s : 0);
        Sym r = sym_intern(b.len ? b.data : "", b.len);
        vec_free(&b);
        return r;
    }
    return NULL;
}

/* binding -> attrpath '=' expr ';'   (addAttr of Nix's parser.y) */
static void add_binding(L *l, BSet *set, TSNode b) {
    TSNode f[2];
    FIELDS(l, b, f, F_ATTRPATH, F_EXPRESSION);
    TSNode path = f[0], value = f[1];
    struct { PathEl *data; uint32_t len; } elems;
    uint32_t p0 = path_elems(l, path), nc = l->pe.len - p0;
    elems.data = ARENA_ARRAY(&l->tmp, PathEl, nc ? nc : 1);
    elems.len = nc;
    memcpy(elems.data, l->pe.data + p0, sizeof(PathEl) * nc);
    l->pe.len = p0;
    if (elems.len == 0) return;
    Span def = span_of(l, b);
    for (uint32_t i = 0; i < elems.len; i++) {
        const PathEl *el = &elems.data[i];
        bool last = i + 1 == elems.len;
        Sym name = el_static_name(l, el);
        Span sp = el_span(l, el);
        if (!name) {
            BEntry e = {0};
            e.name_node = el->n;
            e.span = sp;
            e.def_span = def;
            if (last) {
                e.kind = BE_EXPR;
                e.value = value;
                avec_push(&l->tmp, &set->e, e);
            } else {
                e.kind = BE_NESTED;
                e.nested = bset_new(l, false);
                avec_push(&l->tmp, &set->e, e);
                set = vec_last(&set->e).nested;
            }
            continue;
        }
        BEntry *ex = bfind(l, set, name);
        if (!last) {
            if (ex) {
                if (ex->kind == BE_EXPR && is_attrs_literal(ex->value)) expand(l, ex);
                if (ex->kind != BE_NESTED) {
                    /* Nix names the whole path being defined: 'a.b'. */
                    char pt[1024];
                    path_text(l, path, elems.len, pt, sizeof pt);
                    dup_attr(l, sp, pt, ex->span);
                    return;
                }
                set = ex->nested;
            } else {
                BEntry e = {0};
                e.name = name;
                e.kind = BE_NESTED;
                e.nested = bset_new(l, false);
                e.span = sp;
                e.def_span = def;
                avec_push(&l->tmp, &set->e, e);
                set = vec_last(&set->e).nested;
            }
            continue;
        }
        if (ex) {
            if (ex->kind == BE_EXPR && is_attrs_literal(ex->value) && is_attrs_literal(value)) expand(l, ex);
            if (ex->kind == BE_NESTED && is_attrs_literal(value)) {
                /* Both are sets: merge the new literal's attributes, one level. */
                BEntry tmp = {0};
                tmp.value = value;
                expand(l, &tmp);
                BSet *src = tmp.nested;
                for (uint32_t k = 0; k < src->e.len; k++) {
                    BEntry *ne = &src->e.data[k];
                    BEntry *old = ne->name ? bfind(l, ex->nested, ne->name) : NULL;
                    if (old) {
                        dup_attr(l, ne->span, ne->name->str, old->span);
                        continue;
                    }
                    if (ne->kind == BE_INHERIT_FROM) {
                        /* Re-home the inherit source into the target set. */
                        avec_push(&l->tmp, &ex->nested->froms, src->froms.data[ne->from]);
                        ne->from = ex->nested->froms.len - 1;
                    }
                    avec_push(&l->tmp, &ex->nested->e, *ne);
                    ne->kind = BE_EXPR;    /* ownership of nested moved */
                }
            } else {
                char pt[1024];
                path_text(l, path, i + 1, pt, sizeof pt);
                dup_attr(l, sp, pt, ex->span);
            }
        } else {
            BEntry e = {0};
            e.name = name;
            e.kind = BE_EXPR;
            e.value = value;
            e.span = sp;
            e.def_span = def;
            avec_push(&l->tmp, &set->e, e);
        }
    }
}

/* inherit -> 'inherit' attrs ';'   inherit_from -> 'inherit' '(' expr ')' attrs ';' */
static void add_inherit(L *l, BSet *set, TSNode b, bool from) {
    uint32_t fi = 0;
    TSNode f[2];
    FIELDS(l, b, f, F_EXPRESSION, F_ATTRS);
    if (from) {
        avec_push(&l->tmp, &set->froms, f[0]);
        fi = set->froms.len - 1;
    }
    TSNode attrs = f[1];
    if (ts_node_is_null(attrs)) return;
    uint32_t k0 = kids(l, attrs), nc = l->ks.len - k0;
    for (uint32_t i = 0; i < nc; i++) {
        TSNode c = l->ks.data[k0 + i];
        if (!ts_node_is_named(c) || kind_of(c) == K_COMMENT) continue;
        Sym name = static_name(l, c);
        Span sp = span_of(l, c);
        if (!name) {
            err(l, sp, "dynamic attributes not allowed in inherit");
            continue;
        }
        BEntry *ex = bfind(l, set, name);
        if (ex) {
            dup_attr(l, sp, name->str, ex->span);
            continue;
        }
        BEntry e = {0};
        e.name = name;
        e.kind = from ? BE_INHERIT_FROM : BE_INHERIT;
        e.from = fi;
        e.span = sp;
        e.def_span = sp;
        avec_push(&l->tmp, &set->e, e);
    }
    l->ks.len = k0;
}

/* Collects the bindings of `n` (a set literal or a let): its children (the
 * grammar inlines binding_set). */
static void collect_in(L *l, BSet *set, TSNode n) {
    uint32_t k0 = kids(l, n), nc = l->ks.len - k0;
    for (uint32_t i = 0; i < nc; i++) {
        TSNode c = l->ks.data[k0 + i];
        switch (kind_of(c)) {
        case K_BINDING: add_binding(l, set, c); break;
        case K_INHERIT: add_inherit(l, set, c, false); break;
        case K_INHERIT_FROM: add_inherit(l, set, c, true); break;
        default: break;
        }
    }
    l->ks.len = k0;
}

static Expr *build_set(L *l, BSet *set, Span sp);

/* Lowers the entries of `set` into sorted bindings; values see `inner`
 * (the scope of a rec set or let, or the current scope), inherits see
 * `outer`. */
static void build_bindings(L *l, BSet *set, Scope *outer, Binding **out, uint32_t *nout,
                           DynBinding **dout, uint32_t *ndout, bool allow_dyn) {
    uint32_t ns = 0, nd = 0;
    for (uint32_t i = 0; i < set->e.len; i++) {
        if (set->e.data[i].name) ns++;
        else nd++;
    }
    /* Bindings and inherit sources are gathered in scratch memory: the
     * caller keeps the bindings (as few bytes as their number needs). */
    Binding *binds = ARENA_ARRAY(&l->tmp, Binding, ns ? ns : 1);
    DynBinding *dyn = nd ? ARENA_ARRAY(l->a, DynBinding, nd) : NULL;
    Expr **froms = ARENA_ARRAY(&l->tmp, Expr *, set->froms.len ? set->froms.len : 1);
    for (uint32_t i = 0; i < set->froms.len; i++) froms[i] = lower(l, set->froms.data[i]);
    uint32_t bi = 0, di = 0;
    for (uint32_t i = 0; i < set->e.len; i++) {
        BEntry *e = &set->e.data[i];
        Expr *v = NULL;
        switch (e->kind) {
        case BE_EXPR: v = lower(l, e->value); break;
        case BE_NESTED: v = build_set(l, e->nested, e->def_span); break;
        case BE_INHERIT: {
            Scope *save = l->scope;
            l->scope = outer;
            v = resolve(l, e->name, e->span);
            l->scope = save;
            break;
        }
        case BE_INHERIT_FROM: {
            v = mk(l, EXPR_SELECT, e->span);
            set_subject(l, v, froms[e->from]);   /* shared: not given back */
            AttrName *p = ARENA_NEW(l->a, AttrName);
            p->sym = e->name;
            p->span = e->span;
            select_set_path(l->a, v, p, 1);
            break;
        }
        }
        if (e->name) {
            binds[bi].name = e->name;
            binds[bi].value = v;
            binds[bi].span = e->span;
            v->inherited = e->kind == BE_INHERIT;
            bi++;
        } else {
            if (!allow_dyn) {
                err(l, e->span, "dynamic attributes not allowed in let");
                continue;
            }
            Sym s;
            Expr *ne = attr_name(l, e->name_node, &s);
            if (!ne) {
                ne = str_expr(l, s->str, s->len, e->span);
            }
            dyn[di].name = ne;
            dyn[di].value = v;
            dyn[di].span = e->span;
            di++;
        }
    }
    qsort(binds, bi, sizeof(Binding), cmp_binding);
    *out = binds;
    *nout = bi;
    if (dout) {
        *dout = dyn;
        *ndout = di;
    }
}

/* Bindings gathered by build_bindings, copied to where the AST lives. */
static Binding *keep_binds(L *l, const Binding *bs, uint32_t n) {
    if (!n) return NULL;
    Binding *k = ARENA_ARRAY(l->a, Binding, n);
    memcpy(k, bs, sizeof(Binding) * n);
    return k;
}

static Scope *scope_for(L *l, BSet *set) {
    /* Names sorted the way build_bindings will sort them. */
    uint32_t ns = 0;
    for (uint32_t i = 0; i < set->e.len; i++) if (set->e.data[i].name) ns++;
    Sym *names = ARENA_ARRAY(&l->tmp, Sym, ns ? ns : 1);
    Binding *tmp = vmc_xrealloc(NULL, sizeof(Binding) * (ns ? ns : 1));
    uint32_t j = 0;
    for (uint32_t i = 0; i < set->e.len; i++)
        if (set->e.data[i].name) tmp[j++].name = set->e.data[i].name;
    qsort(tmp, ns, sizeof(Binding), cmp_binding);
    for (uint32_t i = 0; i < ns; i++) names[i] = tmp[i].name;
    free(tmp);
    Scope *s = ARENA_NEW(&l->tmp, Scope);
    s->up = l->scope;
    s->names = names;
    s->n = ns;
    return s;
}

static Expr *build_set(L *l, BSet *set, Span sp) {
    Expr *e = mk(l, EXPR_ATTRS, sp);
    e->rec = set->rec;
    Scope *outer = l->scope;
    if (set->rec) l->scope = scope_for(l, set);
    Binding *bs;
    uint32_t n, nd;
    DynBinding *dyn;
    build_bindings(l, set, outer, &bs, &n, &dyn, &nd, true);
    if (n == 1 && nd == 0) {
        /* One binding, the commonest set (`a.b.c = v` nests them): in the node. */
        e->attrs1 = true;
        e->u.bind1 = bs[0];
    } else {
        e->u.attrs.binds = keep_binds(l, bs, n);
        e->u.attrs.n = n;
        e->u.attrs.dyn = dyn;
        e->u.attrs.ndyn = nd;
    }
    l->scope = outer;
    return e;
}

/* attrset -> '{' binding* '}'   |   'rec' '{' binding* '}' */
static Expr *lower_attrset(L *l, TSNode n, bool rec) {
    BSet *set = bset_new(l, rec);
    collect_in(l, set, n);
    Expr *e = build_set(l, set, span_of(l, n));
    return e;
}

/* let -> 'let' binding* 'in' body */
static Expr *lower_let(L *l, TSNode n) {
    BSet *set = bset_new(l, true);
    collect_in(l, set, n);
    Expr *e = mk(l, EXPR_LET, span_of(l, n));
    Scope *outer = l->scope;
    l->scope = scope_for(l, set);
    Binding *bs;
    build_bindings(l, set, outer, &bs, &e->u.let.n, NULL, NULL, false);
    e->u.let.binds = keep_binds(l, bs, e->u.let.n);
    e->u.let.body = lower(l, field(l, n, F_BODY));
    l->scope = outer;
    return e;
}

/* ------------------------------------------------------------------------ */
/* Functions. */

static int cmp_formal(const void *a, const void *b) {
    return sym_cmp(((const Formal *)a)->name, ((const Formal *)b)->name);
}

/* function -> ID ':' body | formals ':' body | formals '@' ID ':' body | ID '@' formals ':' body */
static Expr *lower_function(L *l, TSNode n) {
    Expr *e = mk(l, EXPR_LAMBDA, span_of(l, n));
    TSNode f[3];
    FIELDS(l, n, f, F_UNIVERSAL, F_FORMALS, F_BODY);
    TSNode uni = f[0], formals = f[1], body = f[2];
    Sym arg = NULL;
    if (!ts_node_is_null(uni)) arg = ident(l, uni);
    e->u.lambda.arg = arg;
    Scope *sc = ARENA_NEW(&l->tmp, Scope);
    sc->up = l->scope;
    if (!ts_node_is_null(formals)) {
        e->has_formals = true;
        uint32_t k0 = kids(l, formals), nc = l->ks.len - k0, cnt = 0;
        for (uint32_t i = 0; i < nc; i++) {
            TSNode c = l->ks.data[k0 + i];
            if (kind_of(c) == K_FORMAL) l->ks.data[k0 + cnt++] = c;
            if (kind_of(c) == K_ELLIPSES) e->ellipsis = true;
        }
        Formal *fs = ARENA_ARRAY(l->a, Formal, cnt ? cnt : 1);
        TSNode *defs = vmc_xrealloc(NULL, sizeof(TSNode) * (cnt ? cnt : 1));
        uint32_t j = 0;
        for (uint32_t i = 0; i < cnt; i++) {
            TSNode c = l->ks.data[k0 + i];
            TSNode nd[2];
            FIELDS(l, c, nd, F_NAME, F_DEFAULT);
            TSNode nm = nd[0];
            fs[j].name = ident(l, nm);
            fs[j].span = span_of(l, nm);
            fs[j].def = NULL;
            defs[j] = nd[1];
            /* keep the default node next to its formal through the sort */
            fs[j].def = (Expr *)(uintptr_t)(j + 1);
            j++;
        }
        l->ks.len = k0;
        qsort(fs, cnt, sizeof(Formal), cmp_formal);
        for (uint32_t i = 0; i + 1 < cnt; i++) {
            if (fs[i].name == fs[i + 1].name) {
                Formal *later = fs[i].span.start > fs[i + 1].span.start ? &fs[i] : &fs[i + 1];
                err(l, later->span, "duplicate formal function argument '%s'", later->name->str);
            }
        }
        if (arg) {
            for (uint32_t i = 0; i < cnt; i++)
                if (fs[i].name == arg)
                    err(l, span_of(l, uni), "duplicate formal function argument '%s'", arg->str);
        }
        Sym *names = ARENA_ARRAY(&l->tmp, Sym, cnt ? cnt : 1);
        for (uint32_t i = 0; i < cnt; i++) names[i] = fs[i].name;
        sc->names = names;
        sc->n = cnt;
        sc->extra = arg;
        l->scope = sc;
        for (uint32_t i = 0; i < cnt; i++) {
            uint32_t orig = (uint32_t)(uintptr_t)fs[i].def - 1;
            fs[i].def = ts_node_is_null(defs[orig]) ? NULL : lower(l, defs[orig]);
        }
        free(defs);
        e->u.lambda.formals = fs;
        e->nformals = cnt;
    } else {
        Sym *names = ARENA_ARRAY(&l->tmp, Sym, 1);
        names[0] = arg;
        sc->names = names;
        sc->n = 1;
        l->scope = sc;
    }
    e->u.lambda.body = lower(l, body);
    l->scope = sc->up;
    return e;
}

/* ------------------------------------------------------------------------ */
/* Literals. */

static Expr *lower_path(L *l, TSNode n) {
    Str s = text_of(l, n);
    Span sp = span_of(l, n);
    if (s.len > 1 && s.ptr[s.len - 1] == '/') {
        err(l, sp, "path '%.*s' has a trailing slash", (int)s.len, s.ptr);
    }
    char *abs;
    if (s.ptr[0] == '~') {
        const char *home = getenv("HOME");
        if (!home || !*home) home = "/";
        char *tmp = diag_fmt("%s%.*s", home, (int)s.len - 1, s.ptr + 1);
        abs = path_normalize(tmp, strlen(tmp));
        free(tmp);
    } else {
        abs = path_resolve(l->src->dir, s.ptr, s.len);
    }
    Expr *e = mk(l, EXPR_PATH, sp);
    size_t al = strlen(abs);
    e->u.lit.tag = VAL_PATH;
    e->u.lit.u.str.s = arena_strndup(l->a, abs, al);
    e->u.lit.u.str.len = al;
    free(abs);
    return e;
}

static const struct { const char *op; BinOp bin; } binops[] = {
    {"+", OP_ADD}, {"-", OP_SUB}, {"*", OP_MUL}, {"/", OP_DIV}, {"==", OP_EQ},
    {"!=", OP_NEQ}, {"<", OP_LT}, {"<=", OP_LE}, {">", OP_GT}, {">=", OP_GE},
    {"&&", OP_AND}, {"||", OP_OR}, {"->", OP_IMPL}, {"++", OP_CONCAT}, {"//", OP_UPDATE},
};

static int nonassoc_class(BinOp op) {
    if (op == OP_EQ || op == OP_NEQ) return 1;
    if (op == OP_LT || op == OP_LE || op == OP_GT || op == OP_GE) return 2;
    return 0;
}

/* ------------------------------------------------------------------------ */

static Expr *lower_inner(L *l, TSNode n) {
    Span sp = span_of(l, n);
    switch (kind_of(n)) {
    case K_VAR: return resolve(l, ident(l, n), sp);   /* a leaf: the identifier aliased */
    case K_INT: {
        Str s = text_of(l, n);
        int64_t v = 0;
        for (size_t i = 0; i < s.len; i++) {
            if (__builtin_mul_overflow(v, 10, &v) || __builtin_add_overflow(v, s.ptr[i] - '0', &v)) {
                err(l, sp, "invalid integer '%.*s'", (int)s.len, s.ptr);
                v = 0;
                break;
            }
        }
        Expr *e = mk(l, EXPR_INT, sp);
        e->u.lit.tag = VAL_INT;
        e->u.lit.u.i = v;
        return e;
    }
    case K_FLOAT: {
        Str s = text_of(l, n);
        char *tmp = arena_strndup(&l->tmp, s.ptr, s.len);
        errno = 0;
        double d = strtod(tmp, NULL);
        if (errno == ERANGE && isinf(d)) err(l, sp, "invalid float '%s'", tmp);
        Expr *e = mk(l, EXPR_FLOAT, sp);
        e->u.lit.tag = VAL_FLOAT;
        e->u.lit.u.f = d;
        return e;
    }
    case K_PATH: return lower_path(l, n);
    case K_SPATH: {
        Str s = text_of(l, n);
        err(l, sp, "search path '%.*s' is not supported: vmc has no NIX_PATH; use a relative path such as ./file.cfg",
            (int)s.len, s.ptr);
        return str_expr(l, "", 0, sp);
    }
    case K_URI: {
        Str s = text_of(l, n);
        return str_expr(l, s.ptr, s.len, sp);
    }
    case K_STRING: return lower_string(l, n);
    case K_ISTRING: return lower_istring(l, n);
    case K_PAREN: return lower(l, field(l, n, F_EXPRESSION));
    case K_ATTRSET: return lower_attrset(l, n, false);
    case K_RECATTRSET: return lower_attrset(l, n, true);
    case K_LET: return lower_let(l, n);
    case K_FUNCTION: return lower_function(l, n);
    case K_LIST: {
        ExprVec items = {0};
        uint32_t k0 = kids(l, n), nc = l->ks.len - k0;
        for (uint32_t i = 0; i < nc; i++) {
            TSNode c = l->ks.data[k0 + i];
            if (!ts_node_is_named(c) || kind_of(c) == K_COMMENT) continue;
            vec_push(&items, lower(l, c));
        }
        l->ks.len = k0;
        Expr *e = mk(l, EXPR_LIST, sp);
        e->u.list.n = items.len;
        e->u.list.items = ARENA_ARRAY(l->a, Expr *, items.len ? items.len : 1);
        if (items.len) memcpy(e->u.list.items, items.data, sizeof(Expr *) * items.len);
        vec_free(&items);
        return e;
    }
    case K_SELECT:
    case K_HASATTR: {
        bool select = kind_of(n) == K_SELECT;
        Expr *e = mk(l, select ? EXPR_SELECT : EXPR_HASATTR, sp);
        TSNode f[3];
        if (select && ts_node_child_count(n) == 1) {
            /* Names joined by dots and nothing else (most selects): the
             * one child is the expression. */
            f[0] = ts_node_child(n, 0);
            f[1] = f[2] = (TSNode){0};
        } else {
            FIELDS(l, n, f, F_EXPRESSION, F_ATTRPATH, F_DEFAULT);
        }
        /* A variable and names after it, one token (`lib.mkIf`): the
         * variable is its first name, and the path starts with the rest. */
        bool dotted = select && kind_of(f[0]) == K_VAR && ts_node_child_count(f[0]) == 0 &&
                      memchr(l->src->text + ts_node_start_byte(f[0]), '.', ts_node_end_byte(f[0]) - ts_node_start_byte(f[0]));
        uint32_t p0 = l->pe.len;
        if (dotted) {
            push_name(l, f[0]);
            /* Its first name is never a keyword (the grammar's _dotted_names). */
            PathEl v = l->pe.data[p0];
            set_subject(l, e, resolve(l, ident_at(l, v.start, v.end), el_span(l, &v)));
        } else {
            set_subject(l, e, lower(l, f[0]));
        }
        /* The path: the token's names after the variable, then the attrpath
         * (none after names joined by dots, alone or with `or`). */
        if (!ts_node_is_null(f[1])) path_elems(l, f[1]);
        uint32_t from = p0 + (dotted ? 1 : 0), npath = l->pe.len - from;
        select_set_path(l->a, e, el_names(l, from, npath), npath);
        l->pe.len = p0;
        TSNode def = f[2];
        e->u.select.def = ts_node_is_null(def) ? NULL : lower(l, def);
        return e;
    }
    case K_APPLY: {
        Expr *e = mk(l, EXPR_APPLY, sp);
        TSNode f[2];
        FIELDS(l, n, f, F_FUNCTION, F_ARGUMENT);
        e->u.apply.fn = lower(l, f[0]);
        e->u.apply.arg = lower(l, f[1]);
        return e;
    }
    case K_WITH: {
        Expr *e = mk(l, EXPR_WITH, sp);
        TSNode f[2];
        FIELDS(l, n, f, F_ENVIRONMENT, F_BODY);
        e->u.with.env = lower(l, f[0]);
        Scope *sc = ARENA_NEW(&l->tmp, Scope);
        sc->up = l->scope;
        sc->is_with = true;
        uint32_t d = 1;
        e->u.with.next_with = 0;
        for (Scope *s = sc->up; s; s = s->up, d++)
            if (s->is_with) { e->u.with.next_with = d; break; }
        l->scope = sc;
        e->u.with.body = lower(l, f[1]);
        l->scope = sc->up;
        return e;
    }
    case K_IF: {
        Expr *e = mk(l, EXPR_IF, sp);
        TSNode f[3];
        FIELDS(l, n, f, F_CONDITION, F_CONSEQUENCE, F_ALTERNATIVE);
        e->u.cond.c = lower(l, f[0]);
        e->u.cond.then_ = lower(l, f[1]);
        e->u.cond.else_ = lower(l, f[2]);
        return e;
    }
    case K_ASSERT: {
        Expr *e = mk(l, EXPR_ASSERT, sp);
        TSNode f[2];
        FIELDS(l, n, f, F_CONDITION, F_BODY);
        e->u.cond.c = lower(l, f[0]);
        e->u.cond.then_ = lower(l, f[1]);
        return e;
    }
    case K_UNARY: {
        TSNode f[2];
        FIELDS(l, n, f, F_OPERATOR, F_ARGUMENT);
        Expr *e = mk(l, ts_node_type(f[0])[0] == '!' ? EXPR_NOT : EXPR_NEG, sp);
        e->u.unary.e = lower(l, f[1]);
        return e;
    }
    case K_BINARY: {
        TSNode f[3];
        FIELDS(l, n, f, F_LEFT, F_OPERATOR, F_RIGHT);
        TSNode op = f[1];
        const char *t = ts_node_type(op);
        Expr *e = mk(l, EXPR_BINOP, sp);
        e->u.binop.op = OP_ADD;
        for (size_t i = 0; i < ARRAY_LEN(binops); i++)
            if (strcmp(binops[i].op, t) == 0) e->u.binop.op = binops[i].bin;
        /* ==, != and the comparisons do not chain in Nix (%nonassoc). */
        int cls = nonassoc_class(e->u.binop.op);
        if (cls) {
            TSNode sides[2] = {f[0], f[2]};
            for (int i = 0; i < 2; i++) {
                if (kind_of(sides[i]) != K_BINARY) continue;
                const char *t2 = ts_node_type(field(l, sides[i], F_OPERATOR));
                for (size_t k = 0; k < ARRAY_LEN(binops); k++)
                    if (strcmp(binops[k].op, t2) == 0 && nonassoc_class(binops[k].bin) == cls)
                        err(l, span_of(l, op), "syntax error: '%s' cannot be chained; add parentheses", t);
            }
        }
        e->u.binop.a = lower(l, f[0]);
        e->u.binop.b = lower(l, f[2]);
        return e;
    }
    default:
        err(l, sp, "unexpected '%s' in the syntax tree", ts_node_type(n));
        return str_expr(l, "", 0, sp);
    }
}

static Expr *lower(L *l, TSNode n) {
    if (ts_node_is_null(n)) {
        /* Only after a syntax error, which stops before lowering. */
        Expr *e = mk(l, EXPR_STRING, span_make(l->src->id, 0, 0));
        e->u.lit.tag = VAL_STRING;
        e->u.lit.u.str.s = "";
        return e;
    }
    if (++l->depth > MAX_DEPTH) {
        if (!l->too_deep)
            err(l, span_of(l, n), "expression nested too deeply (more than %d levels)", MAX_DEPTH);
        l->too_deep = true;
        l->depth--;
        return str_expr(l, "", 0, span_of(l, n));
    }
    Expr *e = lower_inner(l, n);
    l->depth--;
    return e;
}

/* ------------------------------------------------------------------------ */
/* Syntax errors. */

static Span nix_token(L *l, TSNode n);

static void describe_token(L *l, TSNode n, char *buf, size_t size) {
    Span sp = nix_token(l, n);
    Str s = {l->src->text + sp.start, sp.len};
    size_t len = s.len;
    const char *nl = memchr(s.ptr, '\n', len);
    if (nl) len = (size_t)(nl - s.ptr);
    if (len > 40) len = 40;
    bool printable = true;
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)s.ptr[i] < 0x20 && s.ptr[i] != '\t') printable = false;
    if (len == 0) snprintf(buf, size, "end of file");
    else if (!printable) snprintf(buf, size, "control character 0x%02x", (unsigned char)s.ptr[0]);
    else snprintf(buf, size, "'%.*s'", (int)len, s.ptr);
}

/* The leaves of `n` in order, at most `cap`, comments left out. */
static uint32_t leaves_of(TSNode n, TSNode *out, uint32_t len, uint32_t cap) {
    uint32_t k = ts_node_child_count(n);
    if (k == 0) {
        if (len < cap && strcmp(ts_node_type(n), "comment") != 0) out[len++] = n;
        return len;
    }
    for (uint32_t i = 0; i < k && len < cap; i++) len = leaves_of(ts_node_child(n, i), out, len, cap);
    return len;
}

static bool is_closer(const char *p, size_t len) { return len == 1 && strchr(";}])", *p); }

/* The first byte at or after `p` that is not blank. */
static uint32_t skip_blanks(L *l, uint32_t p) {
    while (p < l->src->len && strchr(" \t\r\n", l->src->text[p])) p++;
    return p;
}

/* The start of the first token at or after `p`: blanks and comments
 * skipped. */
static uint32_t next_token_at(L *l, uint32_t p) {
    const char *t = l->src->text;
    uint32_t n = l->src->len;
    for (;;) {
        p = skip_blanks(l, p);
        if (p < n && t[p] == '#') {
            const char *e = memchr(t + p, '\n', n - p);
            p = e ? (uint32_t)(e - t) : n;
        } else if (p + 1 < n && t[p] == '/' && t[p + 1] == '*') {
            const char *e = memmem(t + p + 2, n - p - 2, "*/", 2);
            p = e ? (uint32_t)(e - t) + 2 : n;
        } else {
            return p;
        }
    }
}

/* The token (a leaf) that starts at byte `p`, or a null node. */
static TSNode token_at(L *l, TSNode root, uint32_t p) {
    TSNode none = {0};
    if (p >= l->src->len) return none;
    TSNode n = ts_node_descendant_for_byte_range(root, p, p + 1);
    if (ts_node_is_null(n) || ts_node_child_count(n) || ts_node_start_byte(n) != p) return none;
    return n;
}

/* `p` moved back over the blanks before it, not below `floor`. */
static uint32_t blanks_back(const char *text, uint32_t p, uint32_t floor) {
    while (p > floor && strchr(" \t\r\n", text[p - 1])) p--;
    return p;
}

/* An expression left out (`a = ;`, `{ type =}`, `a == ;`): an operator
 * ending in `=` or `:` (the token before the error node, or one in it but
 * not its first, unless first_may_want) followed by `;`, `}`, `]` or `)` (in the error node or
 * right after it).
 * Returns the byte of that closer, or UINT32_MAX. */
static uint32_t left_out_expression(L *l, TSNode err, const TSNode *ls, uint32_t n, bool first_may_want) {
    const char *t = l->src->text;
    uint32_t p = blanks_back(t, ts_node_start_byte(err), 0);
    bool prev_op = p > 0 && (t[p - 1] == '=' || t[p - 1] == ':');
    for (uint32_t i = 0; i < n; i++) {
        Str x = text_of(l, ls[i]);
        if (prev_op && is_closer(x.ptr, x.len)) return ts_node_start_byte(ls[i]);
        /* The error's first token is what was unexpected, not an operator
         * that wanted an operand (`a = 1 b = ;` lacks a `;` before `b`),
         * unless an earlier error explains it (first_may_want). */
        prev_op = (i > 0 || first_may_want) && x.len >= 1 && x.len <= 2 && (x.ptr[x.len - 1] == '=' || x.ptr[x.len - 1] == ':') &&
                  !ts_node_is_named(ls[i]);
    }
    uint32_t after = skip_blanks(l, ts_node_end_byte(err));
    if (prev_op && after < l->src->len && is_closer(t + after, 1)) return after;
    return UINT32_MAX;
}

/* Where an error's consequences end: the binding it is in (tree-sitter's
 * recovery often leaves a second error node in the same binding). */
static uint32_t binding_end(TSNode n) {
    for (TSNode p = ts_node_parent(n); !ts_node_is_null(p); p = ts_node_parent(p))
        if (strcmp(ts_node_type(p), "binding") == 0) return ts_node_end_byte(p);
    return 0;
}

static const char *keyword_of(Str s);

/* The first error node below `n` (an error node), or a null node. */
static TSNode inner_error(TSNode n) {
    TSTreeCursor c = ts_tree_cursor_new(n);
    TSNode found = {0};
    if (ts_tree_cursor_goto_first_child(&c)) {
        for (;;) {
            TSNode x = ts_tree_cursor_current_node(&c);
            if (ts_node_symbol(x) == (TSSymbol)-1) {
                found = x;
                break;
            }
            if (ts_node_has_error(x) && ts_tree_cursor_goto_first_child(&c)) continue;
            bool more = true;
            while (more && !ts_tree_cursor_goto_next_sibling(&c)) {
                more = ts_tree_cursor_goto_parent(&c) && !ts_node_eq(ts_tree_cursor_current_node(&c), n);
            }
            if (!more) break;
        }
    }
    ts_tree_cursor_delete(&c);
    return found;
}

/* Where Nix reports the end of the file: at the start of the last thing
 * its lexer read.  That is the blanks ending the file, if any; a `#`
 * comment takes in the blanks up to its line's end; otherwise the last
 * token (a comment included; a token tree-sitter made up, which has no
 * width, does not count). */
static bool name_token(Str t);

static uint32_t eof_pos(L *l, TSNode root) {
    const char *t = l->src->text;
    uint32_t len = l->src->len;
    TSNode n = root;
    for (uint32_t k; (k = ts_node_child_count(n)) > 0;) {
        TSNode c = {0};
        for (uint32_t i = k; i-- > 0;) {
            c = ts_node_child(n, i);
            if (ts_node_end_byte(c) > ts_node_start_byte(c)) break;
        }
        if (ts_node_end_byte(c) <= ts_node_start_byte(c)) break;
        n = c;
    }
    uint32_t last = ts_node_start_byte(n), end = ts_node_end_byte(n);
    if (n.id == root.id || end <= last) last = end = 0;
    /* Names joined by dots are one token here, a name and a dot each to
     * Nix: its last lexeme is the last name. */
    if (end > last && memchr(t + last, '.', end - last) && name_token((Str){t + last, end - last}))
        last = (uint32_t)((const char *)memrchr(t + last, '.', end - last) - t) + 1;
    if (end > last && t[last] == '#') {
        const char *nl = memchr(t + last, '\n', len - last);
        return nl ? (uint32_t)(nl - t) : last;
    }
    uint32_t e = blanks_back(t, len, 0);
    if (e < len) return e;
    /* A path (./a, a/b, ~/a) that ends the file, unless it is in a string
     * tree-sitter gave up on: Nix names what it read before the path. */
    TSNode pn = ts_node_parent(n);
    bool path = strcmp(ts_node_type(n), "path_expression") == 0;
    uint32_t p = last;
    if (!path && !ts_node_is_null(pn) && strcmp(ts_node_type(pn), "path_expression") == 0 &&
        ts_node_named_child_count(pn) == 0) {
        path = true;
        p = ts_node_start_byte(pn);
    }
    if (path && p > 0 && t[p - 1] != '"' && t[p - 1] != '\'') {
        if (strchr(" \t\r\n", t[p - 1])) return blanks_back(t, p, 0);
        TSNode prev = ts_node_descendant_for_byte_range(root, p - 1, p);
        if (!ts_node_is_null(prev) && ts_node_start_byte(prev) < p) return ts_node_start_byte(prev);
    }
    /* Nix reads a string as its quotes and its text: its closing quote is last. */
    if (end - last >= 2 && t[last] == '"' && t[end - 1] == '"') return end - 1;
    if (end - last >= 4 && t[last] == '\'' && t[last + 1] == '\'' && t[end - 2] == '\'' && t[end - 1] == '\'') return end - 2;
    return last < e ? last : e;
}

static bool tok_is(Str t, const char *s) { return t.len == strlen(s) && memcmp(t.ptr, s, t.len) == 0; }

/* The length of the name at the start of `t`: letters, digits, _ ' -, not
 * starting with a digit (0 if none). */
static size_t name_len(Str t) {
    if (!t.len || !(isalpha((unsigned char)t.ptr[0]) || t.ptr[0] == '_')) return 0;
    size_t i = 1;
    while (i < t.len && (isalnum((unsigned char)t.ptr[i]) || strchr("_'-", t.ptr[i]))) i++;
    return i;
}

/* The keyword among the names of `t`, names joined by dots (a dotted
 * token, or one name), with its place in *at; or NULL. */
static const char *keyword_among(Str t, Str *at) {
    for (;;) {
        size_t n = name_len(t);
        Str one = {t.ptr, n};
        const char *kw = n ? keyword_of(one) : NULL;
        if (kw) {
            *at = one;
            return kw;
        }
        if (!n || n >= t.len || t.ptr[n] != '.') return NULL;
        t.ptr += n + 1;
        t.len -= n + 1;
    }
}

/* A name token: letters, digits, _ ' - (not starting with a digit), not a
 * keyword; or names joined by dots (one token, `a.b.c`). */
static bool name_token(Str t) {
    for (;;) {
        size_t n = name_len(t);
        if (!n || keyword_of((Str){t.ptr, n})) return false;
        if (n == t.len) return true;
        if (t.ptr[n] != '.' || n + 1 == t.len) return false;
        t.ptr += n + 1;
        t.len -= n + 1;
    }
}

/* A token as Nix's lexer sees it: of names joined by dots (one token
 * here), the first name. */
static Span nix_token(L *l, TSNode n) {
    Str t = text_of(l, n);
    size_t k = name_len(t);
    uint32_t s = ts_node_start_byte(n);
    if (k && k < t.len && t.ptr[k] == '.' && name_token(t)) return span_make(l->src->id, s, s + (uint32_t)k);
    return span_of(l, n);
}

/* An error where a binding starts (after `{`, `let` or `;`, or an error
 * that opens with `{` or `let`): a binding is a name, then `.` or `=`;
 * Nix stops at the first token that breaks that.  Returns that token (and
 * the name before it in *name), or a null node. */
static TSNode binding_break(L *l, TSNode root, TSNode err_node, const TSNode *ls, uint32_t nl, Str *name) {
    const char *t = l->src->text;
    TSNode none = {0};
    uint32_t i0 = 0;
    bool open_brace = false;
    name->ptr = NULL;
    name->len = 0;
    uint32_t b = blanks_back(t, ts_node_start_byte(err_node), 0);
    /* Comments before the error do not count: what came before them. */
    for (TSNode c; b > 0 && !ts_node_is_null(c = ts_node_descendant_for_byte_range(root, b - 1, b)) &&
                   ts_node_end_byte(c) == b && strcmp(ts_node_type(c), "comment") == 0;)
        b = blanks_back(t, ts_node_start_byte(c), 0);
    bool after_start = b > 0 && (t[b - 1] == '{' || t[b - 1] == ';');
    if (!after_start && b >= 3 && memcmp(t + b - 3, "let", 3) == 0 && (b == 3 || !isalnum((unsigned char)t[b - 4])))
        after_start = true;
    if (!after_start) {
        if (nl >= 1 && tok_is(text_of(l, ls[0]), "{")) i0 = 1, open_brace = true;
        else if (nl >= 1 && tok_is(text_of(l, ls[0]), "let")) i0 = 1;
        else if (nl >= 2 && tok_is(text_of(l, ls[0]), "rec") && tok_is(text_of(l, ls[1]), "{")) i0 = 2;
        else return none;
    }
    TSNode first_node = i0 < nl ? ls[i0] : token_at(l, root, next_token_at(l, ts_node_end_byte(err_node)));
    if (ts_node_is_null(first_node)) return none;
    Str first = text_of(l, first_node);
    if (!name_token(first)) {
        /* What may start a binding (or end the set), `...` and `,` in a
         * function's arguments; anything else is what Nix stops at. */
        static const char *const ok[] = {"inherit", "}", "${", "...", "''", "in", "or"};
        for (size_t k = 0; k < ARRAY_LEN(ok); k++)
            if (tok_is(first, ok[k]) || (first.len && first.ptr[0] == '"')) return none;
        if (open_brace && tok_is(first, ",")) return none;
        return first_node;
    }
    if (i0 >= nl) return none;
    uint32_t i = i0;
    while (i + 2 < nl && tok_is(text_of(l, ls[i + 1]), ".") && name_token(text_of(l, ls[i + 2]))) i += 2;
    uint32_t q = i + 1 < nl ? ts_node_start_byte(ls[i + 1]) : next_token_at(l, ts_node_end_byte(ls[i]));
    if (q >= l->src->len) return none;
    char c = t[q];
    bool ellipsis = q + 3 <= l->src->len && memcmp(t + q, "...", 3) == 0;
    if (c == '=' || (c == '.' && !ellipsis)) return none;
    /* A function's arguments: `{ a, b ? 1, ... }@x:` */
    if (open_brace && i == i0 && strchr(",?}@", c)) return none;
    TSNode tok = i + 1 < nl ? ls[i + 1] : token_at(l, root, q);
    if (ts_node_is_null(tok)) return none;
    name->ptr = t + ts_node_start_byte(ls[i0]);
    name->len = ts_node_end_byte(ls[i]) - ts_node_start_byte(ls[i0]);
    return tok;
}

/* An error that opens with an operator: after `.` or `?` an attribute
 * name must follow, after an infix (or prefix) operator an operand; a
 * closer, `;`, `,`, `then`, `else` or `in` there is what Nix stops at.
 * Returns that token, or a null node. */
static TSNode operand_break(L *l, TSNode root, TSNode err_node, const TSNode *ls, uint32_t nl) {
    static const char *const infix[] = {"+", "-", "*", "/", "++", "//", "==", "!=", "<", ">", "<=", ">=", "&&", "||", "->", "!"};
    static const char *const stop[] = {")", "]", "}", ";", ",", "then", "else", "in"};
    TSNode none = {0};
    if (nl == 0) return none;
    Str op = text_of(l, ls[0]);
    /* Only right after an operand (a name, a literal, a closed bracket). */
    const char *t = l->src->text;
    uint32_t s0 = ts_node_start_byte(ls[0]), b = blanks_back(t, s0, 0);
    if (b == 0 || !(isalnum((unsigned char)t[b - 1]) || strchr("_'\")]}", t[b - 1]))) return none;
    /* `...`, and `.1` (a float to Nix), are not a select's dot; in a list
     * no operator may stand (its elements are selects): the operator is
     * what is unexpected. */
    if (s0 + 1 < l->src->len && t[s0] == '.' && (t[s0 + 1] == '.' || isdigit((unsigned char)t[s0 + 1]))) return none;
    TSNode par = ts_node_parent(err_node);
    if (!ts_node_is_null(par) && strcmp(ts_node_type(par), "list_expression") == 0) return none;
    TSNode next = nl >= 2 ? ls[1] : token_at(l, root, next_token_at(l, ts_node_end_byte(err_node)));
    if (ts_node_is_null(next)) return none;
    Str nx = text_of(l, next);
    if (tok_is(op, ".") || tok_is(op, "?")) {
        bool attr = name_token(nx) || tok_is(nx, "or") || tok_is(nx, "${") || (nx.len && nx.ptr[0] == '"');
        return attr ? none : next;
    }
    bool is_op = false;
    for (size_t i = 0; i < ARRAY_LEN(infix) && !is_op; i++) is_op = tok_is(op, infix[i]);
    if (!is_op) return none;
    for (size_t i = 0; i < ARRAY_LEN(stop); i++)
        if (tok_is(nx, stop[i])) return next;
    return none;
}

/* `a = 1 <newline> b = 2;`: Nix reads `1 b` as a call and stops at the
 * second `=`.  When an unexpected `=` follows a name that follows a value
 * (not `{`, `;`, `let`, `.`, `inherit`), a `;` is most likely missing
 * before that name: say so (a static buffer: one message at a time). */
static const char *semicolon_hint(L *l, TSNode root, TSNode tok) {
    const char *t = l->src->text;
    Str eq = text_of(l, tok);
    if (!tok_is(eq, "=")) return "";
    uint32_t b = blanks_back(t, ts_node_start_byte(tok), 0);
    if (b == 0) return "";
    TSNode name = ts_node_descendant_for_byte_range(root, b - 1, b);
    if (ts_node_is_null(name) || ts_node_child_count(name) || !name_token(text_of(l, name))) return "";
    uint32_t p = blanks_back(t, ts_node_start_byte(name), 0);
    if (p == 0 || strchr("{;.", t[p - 1])) return "";
    if ((p >= 3 && memcmp(t + p - 3, "let", 3) == 0) || (p >= 7 && memcmp(t + p - 7, "inherit", 7) == 0)) return "";
    static char buf[96];
    Str nm = text_of(l, name);
    snprintf(buf, sizeof buf, "; a ';' may be missing before '%.*s'", (int)(nm.len > 40 ? 40 : nm.len), nm.ptr);
    return buf;
}

/* The first closer among an error's tokens that closes nothing there, or
 * closes another kind of bracket, or a `;` in a list or parentheses (but
 * `let`, `with` and `assert` have a `;` of their own anywhere): its index,
 * or -1. */
static int stray_closer(L *l, const TSNode *ls, uint32_t nl) {
    bool own_semis = false;
    for (uint32_t i = 0; i < nl && !own_semis; i++) {
        Str t = text_of(l, ls[i]);
        own_semis = tok_is(t, "let") || tok_is(t, "with") || tok_is(t, "assert");
    }
    char opened[64];   /* nl <= 64 */
    uint32_t depth = 0;
    for (uint32_t i = 0; i < nl; i++) {
        Str t = text_of(l, ls[i]);
        char c = t.len == 1 ? t.ptr[0] : tok_is(t, "${") ? '{' : 0;
        if (c == ';' && !own_semis && depth && opened[depth - 1] != '{') return (int)i;
        if (c == '(' || c == '[' || c == '{') opened[depth++] = c;
        else if (c == ')' || c == ']' || c == '}') {
            char want = c == ')' ? '(' : c == ']' ? '[' : '{';
            if (!depth || opened[depth - 1] != want) return (int)i;
            depth--;
        }
    }
    return -1;
}

/* The keyword a name token (identifier, variable, one-name attrpath) is
 * spelled as, or NULL: tree-sitter lexes `in` as a name where `in` cannot
 * be (`let a = 1 in a`). */
static const char *keyword_name(L *l, TSNode n) {
    const char *ty = ts_node_type(n);
    if (strcmp(ty, "identifier") && strcmp(ty, "variable_expression") && strcmp(ty, "attrpath")) return NULL;
    Str at;
    return keyword_among(text_of(l, n), &at);
}

/* The first of an error's tokens that is a name spelled as a keyword, with
 * the keyword in *kw; or a null node. */
static TSNode keyword_leaf(L *l, const TSNode *ls, uint32_t nl, const char **kw) {
    TSNode none = {0};
    for (uint32_t i = 0; i < nl; i++)
        if ((*kw = keyword_name(l, ls[i]))) return ls[i];
    return none;
}

/* "unexpected keyword" at such a name; after a value, `in` most likely
 * lacks the `;` before it. */
static void keyword_error(L *l, TSNode n, const char *kw) {
    /* In names joined by dots (one token), the keyword's own place. */
    Str at;
    Span sp = keyword_among(text_of(l, n), &at) ? span_make(l->src->id, (uint32_t)(at.ptr - l->src->text),
                                                             (uint32_t)(at.ptr - l->src->text + at.len))
                                                : span_of(l, n);
    uint32_t pb = blanks_back(l->src->text, sp.start, 0);
    bool semi = strcmp(kw, "in") == 0 && pb > 0 && l->src->text[pb - 1] != ';';
    err(l, sp, "syntax error: unexpected keyword '%s'%s", kw, semi ? "; a ';' may be missing before it" : "");
}

/* "syntax error: unexpected TOKEN" at a token, with `extra` after it. */
static void unexpected(L *l, TSNode tok, const char *extra) {
    char d[128];
    describe_token(l, tok, d, sizeof d);
    Span sp = nix_token(l, tok);
    /* `a..b`: after a name and a dot, Nix wants a name; the second dot is
     * what it stops at (tree-sitter may drop the first, after names joined
     * by dots, which are one token to it). */
    const char *t = l->src->text;
    if (sp.len == 1 && t[sp.start] == '.' && sp.start + 1 < l->src->len && t[sp.start + 1] == '.' &&
        (sp.start + 2 >= l->src->len || t[sp.start + 2] != '.')) {   /* `a...` is a, then an ellipsis */
        uint32_t w = sp.start;
        while (w > 0 && (isalnum((unsigned char)t[w - 1]) || strchr("_'-", t[w - 1]))) w--;
        Str word = {t + w, sp.start - w};
        if (name_len(word) == word.len && word.len && !keyword_of(word)) sp.start++;   /* not `if..a` */
    }
    err(l, sp, "syntax error: unexpected %s%s", d, extra);
}

/* A name spelled as a keyword before the first error (`[ 1 ]in`, `let let
 * x = 1;`): tree-sitter took it for a name, Nix stops there.  Reports it
 * and returns where the first error (its consequence) ends, or 0. */
static uint32_t keyword_before_errors(L *l, TSNode root) {
    TSTreeCursor c = ts_tree_cursor_new(root);
    TSNode kwn = {0};
    const char *kw = NULL;
    uint32_t err_end = 0;
    for (;;) {
        TSNode n = ts_tree_cursor_current_node(&c);
        if (ts_node_is_missing(n) || ts_node_symbol(n) == (TSSymbol)-1) {
            err_end = ts_node_end_byte(n);
            break;
        }
        if (!kw && ts_node_child_count(n) == 0 && (kw = keyword_name(l, n))) kwn = n;
        if (ts_node_has_error(n) && ts_tree_cursor_goto_first_child(&c)) continue;
        if (!ts_node_has_error(n) && !kw && ts_tree_cursor_goto_first_child(&c)) continue;
        bool more = true;
        while (more && !ts_tree_cursor_goto_next_sibling(&c)) more = ts_tree_cursor_goto_parent(&c);
        if (!more) break;
    }
    ts_tree_cursor_delete(&c);
    if (!kw || !err_end) return 0;
    keyword_error(l, kwn, kw);
    return err_end > ts_node_end_byte(kwn) ? err_end : ts_node_end_byte(kwn) + 1;
}

static void syntax_errors(L *l, TSNode root) {
    TSTreeCursor cur = ts_tree_cursor_new(root);
    /* Errors starting before this byte are not reported. */
    uint32_t skip_until = keyword_before_errors(l, root);
    for (;;) {
        TSNode n = ts_tree_cursor_current_node(&cur);
        bool descend = true;
        if (ts_node_is_missing(n) && ts_node_start_byte(n) < skip_until) {
            descend = false;   /* a consequence of the keyword reported */
        } else if (ts_node_is_missing(n)) {
            const char *t = ts_node_type(n);
            Span sp = span_of(l, n);
            /* Missing at the end of the file: where Nix reports the end.
             * Before a token: at that token, which Nix names. */
            char before[64] = "";
            if (sp.start >= blanks_back(l->src->text, l->src->len, 0)) {
                uint32_t eof = eof_pos(l, root);
                sp = span_make(sp.file, eof, eof);
            } else {
                uint32_t q = next_token_at(l, sp.start);
                TSNode nt = ts_node_descendant_for_byte_range(root, q, q + 1);
                if (q < l->src->len && !ts_node_is_null(nt) && ts_node_child_count(nt) == 0 && ts_node_start_byte(nt) == q) {
                    char tok_[48];
                    describe_token(l, nt, tok_, sizeof tok_);
                    snprintf(before, sizeof before, " before %s", tok_);
                    sp = nix_token(l, nt);
                }
            }
            size_t tl = strlen(t);
            bool quote = strcmp(t, "\"") == 0 || strcmp(t, "''") == 0;
            if (quote && !memmem(l->src->text + sp.start, l->src->len - sp.start, t, tl)) {
                /* No closing quote anywhere after: the string's own opening one. */
                TSNode str = ts_node_parent(n);
                uint32_t open = ts_node_is_null(str) ? sp.start : ts_node_start_byte(str);
                err(l, span_make(sp.file, open, open + (uint32_t)tl),
                    "syntax error: unterminated string; it has no closing %s", t);
            } else if (!ts_node_is_named(n))
                err(l, sp, "syntax error: missing '%s'%s", t, before);
            else if (strcmp(t, "identifier") == 0 || strcmp(t, "variable_expression") == 0 ||
                     strcmp(t, "attrpath") == 0 || strcmp(t, "string_expression") == 0)
                /* A variable, and a path of one name, is its identifier token
                 * aliased; a string without `\` or `$` is one token too.
                 * Where a name is left out, tree-sitter may insert any of
                 * them (a string where the name is an attrpath's). */
                err(l, sp, "syntax error: expected a name or an expression");
            else
                err(l, sp, "syntax error: missing %s", t);
            descend = false;
        } else if (ts_node_symbol(n) == (TSSymbol)-1) {
            Span sp = span_of(l, n);
            /* The error's tokens, comments left out: a comment is never
             * what was unexpected. */
            TSNode ls[64];
            uint32_t nl = leaves_of(n, ls, 0, 64);
            TSNode first = nl ? ls[0] : n;
            Str ft = text_of(l, first);
            bool quote = (ft.len == 1 && ft.ptr[0] == '"') || (ft.len == 2 && ft.ptr[0] == '\'' && ft.ptr[1] == '\'');
            uint32_t from = ts_node_start_byte(first);
            uint32_t after = skip_blanks(l, ts_node_end_byte(n));
            /* The error's text from its first token, without trailing blanks. */
            uint32_t to = blanks_back(l->src->text, ts_node_end_byte(n), from);
            const char *lt = l->src->text + from;
            /* After an error in the same binding, tree-sitter often takes the
             * next binding's name for a value and its `=` for an error: only an
             * operand left out there is a new error (`a = ;  b = ;`), anything
             * else is a consequence of the first (`a = ;  b = 1;`). */
            bool after_error = from < skip_until;
            uint32_t left_out = left_out_expression(l, n, ls, nl, after_error);
            int stray = stray_closer(l, ls, nl);
            const char *kw = NULL;
            TSNode kwn = keyword_leaf(l, ls, nl, &kw);
            /* A keyword where a name is, a binding or an operand broken
             * off, or an error inside the error, is where things went
             * wrong, before the end of the file the outer error reaches. */
            TSNode inner = inner_error(n);
            TSNode bb;
            Str bb_name;
            uint32_t eof = eof_pos(l, root);
            if (after_error && left_out == UINT32_MAX) {
                /* a consequence of the error already reported */
            } else if (left_out != UINT32_MAX)
                err(l, span_make(sp.file, left_out, left_out + 1), "syntax error: expected a name or an expression");
            else if (kw)
                keyword_error(l, kwn, kw);
            else if (!ts_node_is_null(bb = binding_break(l, root, n, ls, nl, &bb_name))) {
                char after_name[128] = "";
                if (bb_name.len)
                    snprintf(after_name, sizeof after_name, " after the name '%.*s'; expected '=' or '.'",
                             (int)(bb_name.len > 60 ? 60 : bb_name.len), bb_name.ptr);
                unexpected(l, bb, after_name);
            } else if (!ts_node_is_null(bb = operand_break(l, root, n, ls, nl))) {
                unexpected(l, bb, "");
            } else if (!ts_node_is_null(inner) && ts_node_start_byte(inner) < l->src->len) {
                TSNode il[1];
                unexpected(l, leaves_of(inner, il, 0, 1) ? il[0] : inner, "");
            } else if (from >= l->src->len || !nl) err(l, span_make(sp.file, eof, eof), "syntax error: unexpected end of file");
            else if (stray >= 0 && after >= l->src->len) {
                unexpected(l, ls[stray], "");
            } else if (after >= l->src->len && !quote) {
                /* The end of the error's text: its last line, at most 40 bytes, from a token's start. */
                uint32_t cut = to - from > 40 ? to - 40 : from;
                for (uint32_t q = cut; q < to; q++)
                    if (lt[q - from] == '\n') cut = q + 1;
                if (cut > from && !strchr(" \t\r\n", l->src->text[cut - 1]))
                    while (cut < to && !strchr(" \t\r\n", l->src->text[cut])) cut++;
                while (cut < to && strchr(" \t\r\n", l->src->text[cut])) cut++;
                if (cut < to)
                    err(l, span_make(sp.file, eof, eof), "syntax error: unexpected end of file after '%.*s'", (int)(to - cut),
                        l->src->text + cut);
                else
                    err(l, span_make(sp.file, eof, eof), "syntax error: unexpected end of file");
            } else if (quote && !memmem(l->src->text + ts_node_end_byte(first), l->src->len - ts_node_end_byte(first),
                                       ft.ptr, ft.len))
                err(l, span_make(sp.file, ts_node_start_byte(first), ts_node_end_byte(first)),
                    "syntax error: unterminated string; it has no closing %.*s", (int)ft.len, ft.ptr);
            else unexpected(l, first, semicolon_hint(l, root, first));
            uint32_t be = binding_end(n);
            if (be > skip_until) skip_until = be;
            descend = false;
        } else if (!ts_node_has_error(n)) {
            descend = false;
        }
        if (descend && ts_tree_cursor_goto_first_child(&cur)) continue;
        while (!ts_tree_cursor_goto_next_sibling(&cur)) {
            if (!ts_tree_cursor_goto_parent(&cur)) {
                ts_tree_cursor_delete(&cur);
                return;
            }
        }
    }
}

/* ------------------------------------------------------------------------ */
/* Prefetching: a worker thread runs tree-sitter on files known in advance
 * (the modules named on the command line) while this thread lowers and
 * evaluates the ones before them.  Only tree-sitter runs on the worker; it
 * reads the sources' text and writes nothing else that is shared. */

typedef struct Prefetch {
    pthread_t thread;            /* the worker */
    pthread_mutex_t mu;          /* guards state, trees, wanted and seconds */
    pthread_cond_t cv;           /* signalled when a tree is done */
    const Source **srcs;         /* files to parse, in order */
    TSTree **trees;              /* results, NULL until done (or taken) */
    uint8_t *state;              /* PF_* of each file */
    uint32_t n;                  /* count */
    double seconds;              /* time the worker spent in tree-sitter */
    uint32_t wanted;             /* the file this thread needs next */
    bool running;                /* a worker was started */
} Prefetch;

static Prefetch pf;

/* Each file is parsed by whichever thread gets to it first: the worker
 * going down the list, or this thread when it needs a file the worker has
 * not started (instead of waiting), which balances the two. */
enum { PF_PENDING, PF_WORKER, PF_DONE, PF_MAIN };

/* How far the worker may run ahead of the file being lowered. */
#define PF_AHEAD 4

static void *prefetch_main(void *arg) {
    (void)arg;
    for (uint32_t i = 0; i < pf.n; i++) {
        pthread_mutex_lock(&pf.mu);
        /* Stay a few files ahead, no more: parsed trees are large. */
        while (i > pf.wanted + PF_AHEAD) pthread_cond_wait(&pf.cv, &pf.mu);
        bool mine = pf.state[i] == PF_PENDING;
        if (mine) pf.state[i] = PF_WORKER;
        pthread_mutex_unlock(&pf.mu);
        if (!mine) continue;
        double t0 = stats_now();
        TSTree *t = parse_tree(pf.srcs[i]);
        double dt = stats_now() - t0;
        pthread_mutex_lock(&pf.mu);
        pf.trees[i] = t;
        pf.state[i] = PF_DONE;
        pf.seconds += dt;
        pthread_cond_broadcast(&pf.cv);
        pthread_mutex_unlock(&pf.mu);
    }
    return NULL;
}

void parse_prefetch(const Source **srcs, uint32_t n) {
    init_lang();
    /* Spelling out the parse table costs about a million instructions;
     * lookups save about 80 per byte parsed: worth it from 64 KB on. */
    static bool expanded;
    uint64_t bytes = 0;
    for (uint32_t i = 0; i < n; i++) bytes += srcs[i]->len;
    if (!expanded && bytes >= 64 * 1024) {
        lang = expanded_language(lang);
        expanded = true;
    }
    if (pf.running || n < 2) return;
    pf.srcs = vmc_xrealloc(NULL, sizeof(Source *) * n);
    memcpy(pf.srcs, srcs, sizeof(Source *) * n);
    pf.trees = vmc_xrealloc(NULL, sizeof(TSTree *) * n);
    pf.state = vmc_xrealloc(NULL, n);
    memset(pf.trees, 0, sizeof(TSTree *) * n);
    memset(pf.state, PF_PENDING, n);
    pf.n = n;
    pthread_mutex_init(&pf.mu, NULL);
    pthread_cond_init(&pf.cv, NULL);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, (size_t)64 << 20);
    if (pthread_create(&pf.thread, &attr, prefetch_main, NULL) == 0) pf.running = true;
}

/* The prefetched tree of `src`, waiting for it if needed; NULL if `src` is
 * not being prefetched. */
static TSTree *prefetched(const Source *src) {
    if (!pf.running) return NULL;
    for (uint32_t i = 0; i < pf.n; i++) {
        if (pf.srcs[i] != src) continue;
        pthread_mutex_lock(&pf.mu);
        if (i + 1 > pf.wanted) {
            pf.wanted = i + 1;
            pthread_cond_broadcast(&pf.cv);
        }
        if (pf.state[i] == PF_PENDING || pf.state[i] == PF_MAIN) {
            pf.state[i] = PF_MAIN;   /* parse it here */
            pthread_mutex_unlock(&pf.mu);
            return NULL;
        }
        /* The worker is on it: rather than wait, parse the next file nobody
         * has started. */
        while (pf.state[i] != PF_DONE) {
            uint32_t j = i + 1;
            while (j < pf.n && j <= i + PF_AHEAD && pf.state[j] != PF_PENDING) j++;
            if (j < pf.n && j <= i + PF_AHEAD) {
                pf.state[j] = PF_MAIN;
                pthread_mutex_unlock(&pf.mu);
                double t0 = stats_now();
                TSTree *tj = parse_tree(pf.srcs[j]);
                double dt = stats_now() - t0;
                stats.ts_seconds += dt;
                stats.wait_seconds -= dt;   /* this was work, not waiting */
                pthread_mutex_lock(&pf.mu);
                pf.trees[j] = tj;
                pf.state[j] = PF_DONE;
                continue;
            }
            pthread_cond_wait(&pf.cv, &pf.mu);
        }
        TSTree *t = pf.trees[i];
        pf.trees[i] = NULL;   /* taken: a second parse of the file parses again */
        pthread_mutex_unlock(&pf.mu);
        return t;
    }
    return NULL;
}

/* Tree-sitter 0.20.7 (Debian 12's) keeps a node's child count in 16 bits
 * (tree-sitter issue #2134, fixed in 0.20.8): a node of 65,535 children or
 * more shows only the count modulo 65,536, and freeing it corrupts the
 * heap.  Only extras (comments) and error nodes get that many, so a file
 * of 65,000 comments, or a large file with errors, is risky: its tree is
 * checked before use (wrapped_node) and kept until the process ends rather
 * than freed (reachable from here, so leak checkers stay quiet). */
#define TS_SAFE_CHILDREN 65000u

static bool risky_tree(TSTree *t, const Source *src) {
    if (src->len < TS_SAFE_CHILDREN) return false;
    if (ts_node_has_error(ts_tree_root_node(t)) || !src->text) return true;
    /* Comments start with `#`, or `/` then `*` (an upper bound: strings may hold them too). */
    uint32_t comments = 0;
    const char *e = src->text + src->len;
    for (const char *p = src->text; comments < TS_SAFE_CHILDREN && (p = memchr(p, '#', (size_t)(e - p))); p++) comments++;
    for (const char *p = src->text; comments < TS_SAFE_CHILDREN && (p = memchr(p, '/', (size_t)(e - p))); p++)
        comments += p + 1 < e && p[1] == '*';
    return comments >= TS_SAFE_CHILDREN;
}

/* Named nodes that are tokens (grammar/src/node-types.json), and so have
 * no children. */
static bool token_type(const char *t) {
    static const char *const names[] = {"comment", "ellipses", "float_expression", "identifier",
                                        "indented_string_fragment", "integer_expression", "path_expression",
                                        "spath_expression", "string_fragment", "uri_expression",
                                        "variable_expression", "attrpath", "ERROR"};
    for (size_t i = 0; i < ARRAY_LEN(names); i++)
        if (strcmp(t, names[i]) == 0) return true;
    return false;
}

/* A node whose count wrapped: 65,535 or more; or its last child (by the
 * count) ends before it does (the root: before its last non-blank byte);
 * or its first child starts after it does (the root: after its first
 * non-blank byte; a wrapped count drops children from the front when the
 * node was built while accepting a parse, see parse_tree); or none at all
 * where a rule's node always has some (the count wrapped to 0).  Returns
 * it, or a null node. */
static TSNode wrapped_node(TSTree *t, const Source *src) {
    TSNode root = ts_tree_root_node(t);
    /* The root's own size wraps too: it spans the file up to its last
     * non-blank byte. */
    /* The grammar's blanks (\s): \f and \v too. */
    uint32_t root_end = src->len, root_start = 0;
    while (root_end > 0 && strchr(" \t\r\n\f\v", src->text[root_end - 1])) root_end--;
    while (root_start < root_end && strchr(" \t\r\n\f\v", src->text[root_start])) root_start++;
    TSTreeCursor c = ts_tree_cursor_new(root);
    TSNode found = {0};
    for (;;) {
        TSNode n = ts_tree_cursor_current_node(&c);
        bool is_root = ts_node_eq(n, root);
        uint32_t k = ts_node_child_count(n);
        uint32_t start = is_root ? root_start : ts_node_start_byte(n), end = is_root ? root_end : ts_node_end_byte(n);
        if (k >= 65535 || (k && ts_node_end_byte(ts_node_child(n, k - 1)) != end) ||
            (k && ts_node_start_byte(ts_node_child(n, 0)) != start) ||
            (!k && ts_node_is_named(n) && end > start && !token_type(ts_node_type(n)))) {
            found = n;
            break;
        }
        if (k && ts_tree_cursor_goto_first_child(&c)) continue;
        bool more = true;
        while (more && !ts_tree_cursor_goto_next_sibling(&c)) more = ts_tree_cursor_goto_parent(&c);
        if (!more) break;
    }
    ts_tree_cursor_delete(&c);
    return found;
}

/* Frees a tree with its heap, unless it is risky (risky_tree): then both
 * are kept. */
static void tree_release(TSTree *t, bool risky) {
    static TsHeap **kept;
    static uint32_t nkept;
    TsHeap *h = tsmem_heap_of(t);
    if (risky) {
        kept = vmc_xrealloc(kept, sizeof(TsHeap *) * (nkept + 1));
        kept[nkept++] = h;
        return;
    }
    tsmem_heap_free(h);
}

void parse_prefetch_forget(const Source *src) {
    if (!pf.running) return;
    for (uint32_t i = 0; i < pf.n; i++) {
        if (pf.srcs[i] != src) continue;
        pthread_mutex_lock(&pf.mu);
        if (i + 1 > pf.wanted) {
            pf.wanted = i + 1;   /* the worker may go on past it */
            pthread_cond_broadcast(&pf.cv);
        }
        if (pf.state[i] == PF_PENDING) pf.state[i] = PF_MAIN;   /* nobody starts it now */
        while (pf.state[i] == PF_WORKER) pthread_cond_wait(&pf.cv, &pf.mu);
        TSTree *t = pf.trees[i];
        pf.trees[i] = NULL;
        pthread_mutex_unlock(&pf.mu);
        if (t) tree_release(t, risky_tree(t, src));
        return;
    }
}

void parse_prefetch_finish(void) {
    if (!pf.running) return;
    pthread_mutex_lock(&pf.mu);
    /* Files nobody needed (an error stopped the run): the worker skips them. */
    for (uint32_t i = 0; i < pf.n; i++)
        if (pf.state[i] == PF_PENDING) pf.state[i] = PF_MAIN;
    pf.wanted = pf.n;   /* release the worker if it is waiting */
    pthread_cond_broadcast(&pf.cv);
    pthread_mutex_unlock(&pf.mu);
    pthread_join(pf.thread, NULL);
    for (uint32_t i = 0; i < pf.n; i++)
        if (pf.trees[i]) tree_release(pf.trees[i], risky_tree(pf.trees[i], pf.srcs[i]));
    stats.ts_seconds += pf.seconds;
    stats.ts_worker_seconds += pf.seconds;
    free(pf.srcs);
    free(pf.trees);
    free(pf.state);
    pthread_mutex_destroy(&pf.mu);
    pthread_cond_destroy(&pf.cv);
    memset(&pf, 0, sizeof pf);
}

Expr *parse_source(Arena *a, const Source *src, const GlobalNames *globals, ParseErrors *errs) {
    init_lang();
    double t0 = stats_now();
    TSTree *tree = prefetched(src);
    if (!tree) {
        tree = parse_tree(src);
        stats.ts_seconds += stats_now() - t0;
    } else {
        stats.wait_seconds += stats_now() - t0;
    }
    double t1 = stats_now();
    stats.bytes += src->len;
    TSNode root = ts_tree_root_node(tree);
    L l = {0};
    l.cur = ts_tree_cursor_new(root);
    l.a = a;
    l.src = src;
    l.errs = errs;
    Scope gs = {0};
    gs.names = globals->names;
    gs.n = globals->n;
    l.scope = &gs;
    Expr *result = NULL;
    bool risky = risky_tree(tree, src);
    TSNode wrapped = risky ? wrapped_node(tree, src) : (TSNode){0};
    if (!ts_node_is_null(wrapped)) {
        err(&l, span_make(src->id, ts_node_start_byte(wrapped), ts_node_start_byte(wrapped)),
            "more than 65,534 items (comments included) side by side here: the parser, tree-sitter 0.20.7, "
            "cannot hold that many in one place; split this part of the file, or drop comments");
    } else if (ts_node_has_error(root)) {
        syntax_errors(&l, root);
        if (l.nerr == 0) err(&l, span_of(&l, root), "syntax error");
    } else {
        TSNode body = field(&l, root, F_EXPRESSION);
        if (ts_node_is_null(body)) {
            uint32_t eof = eof_pos(&l, root);
            err(&l, span_make(src->id, eof, eof), "syntax error: the file holds no expression");
        } else {
            result = lower(&l, body);
        }
    }
    if (l.nerr > MAX_ERRORS)
        push_err(errs, diag_new(span_make(0, 0, 0), "too many errors in %s (%u in all); stopped after %d",
                                src->display, l.nerr, MAX_ERRORS));
    diag_free(l.spare);
    ts_tree_cursor_delete(&l.cur);
    vec_free(&l.ks);
    vec_free(&l.pe);
    arena_free(&l.tmp);
    tree_release(tree, risky);
    stats.lower_seconds += stats_now() - t1;
    return l.nerr ? NULL : result;
}
