/*
 * ast.h: the abstract syntax tree that lower.c builds from tree-sitter's
 * concrete tree and eval.c interprets.
 *
 * Representation.  Every node is an Expr allocated in its file's arena and
 * carries a Span.  Names are resolved during lowering: a variable bound by
 * let, rec, a function or the global scope becomes EXPR_VAR with the number
 * of environment frames to walk up (`up`) and the slot in that frame; only a
 * name that no lexical scope binds but some enclosing `with` might is left
 * as EXPR_WITHVAR and looked up at run time.  Every construct that binds
 * names (let, rec { }, a function, with) pushes exactly one environment
 * frame at run time, so `up` counts those constructs.
 *
 * Invariants: binding arrays of EXPR_ATTRS and EXPR_LET are sorted by name
 * (byte order) with no duplicates, and for a recursive set or a let the
 * frame slot of a binding is its index.  Formals of EXPR_LAMBDA are sorted
 * by name; slot i holds formal i, and the `@` name, if any, holds slot
 * nformals.  No pointer into tree-sitter's tree survives lowering.
 */
#ifndef VMC_AST_H
#define VMC_AST_H

#include "arena.h"
#include "common.h"
#include "sym.h"

typedef struct Expr Expr;
struct Attrs;
struct Env;
struct Builtin;

/* A run-time value (value.h tells how values work).  Defined here because
 * a literal's node carries its value, so that evaluating a constant
 * allocates nothing. */
typedef enum ValueTag {
    VAL_NULL,        /* null: no payload */
    VAL_BOOL,        /* b */
    VAL_INT,         /* i */
    VAL_FLOAT,       /* f */
    VAL_STRING,      /* str */
    VAL_PATH,        /* str: absolute path */
    VAL_ATTRS,       /* attrs */
    VAL_LIST,        /* list */
    VAL_LAMBDA,      /* lambda: a closure over env */
    VAL_PRIMOP,      /* primop: a builtin that has received no argument */
    VAL_PRIMOP_APP,  /* app: builtin partially applied; fn is VAL_PRIMOP or VAL_PRIMOP_APP */
    /* Tags from here on are not in weak head normal form. */
    VAL_THUNK,       /* thunk: expression e to evaluate in env */
    VAL_APP,         /* app: fn applied to arg, not yet done */
    VAL_NATIVE,      /* native: computed in C when forced (eval_native_thunk), index of its closure */
    VAL_BLACKHOLE,   /* being forced; payload of the thunk or app kept, old tag in `was` */
} ValueTag;

struct Value {
    uint8_t tag;     /* ValueTag */
    uint8_t was;     /* VAL_BLACKHOLE: the tag before forcing began */
    union {
        bool b;                                         /* VAL_BOOL */
        int64_t i;                                      /* VAL_INT */
        double f;                                       /* VAL_FLOAT */
        struct { const char *s; size_t len; } str;      /* VAL_STRING, VAL_PATH */
        struct Attrs *attrs;                                   /* VAL_ATTRS */
        struct { struct Value **items; size_t n; } list;       /* VAL_LIST */
        struct { struct Env *env; Expr *fn; } lambda;          /* VAL_LAMBDA: fn is an EXPR_LAMBDA */
        const struct Builtin *primop;                          /* VAL_PRIMOP */
        struct { struct Value *fn; struct Value *arg; } app;          /* VAL_PRIMOP_APP, VAL_APP */
        struct { struct Env *env; Expr *e; } thunk;            /* VAL_THUNK */
        uint32_t native;                                       /* VAL_NATIVE */
    } u;
};

_Static_assert(sizeof(struct Value) <= 24, "Value should stay small");


typedef enum ExprKind {
    EXPR_INT,       /* integer literal: i */
    EXPR_FLOAT,     /* float literal: f */
    EXPR_STRING,    /* string without interpolation: str (decoded) */
    EXPR_PATH,      /* path literal: str is the absolute, normalized path */
    EXPR_INTERP,    /* string with interpolations: interp.parts */
    EXPR_VAR,       /* lexical variable: var.up frames up, slot var.slot */
    EXPR_WITHVAR,   /* name left to `with`: withvar.name, withvar.up = frames to the innermost with */
    EXPR_ATTRS,     /* { } or rec { }: attrs */
    EXPR_LIST,      /* [ ]: list.items */
    EXPR_SELECT,    /* e.a.b or def: select */
    EXPR_HASATTR,   /* e ? a.b: select (def unused) */
    EXPR_APPLY,     /* f x: apply */
    EXPR_LAMBDA,    /* x: body, { formals }: body: lambda */
    EXPR_LET,       /* let binds in body: let */
    EXPR_WITH,      /* with e; body: with */
    EXPR_IF,        /* if c then a else b: cond */
    EXPR_ASSERT,    /* assert c; body: cond (then_ = body) */
    EXPR_NOT,       /* !e: unary */
    EXPR_NEG,       /* -e: unary */
    EXPR_BINOP,     /* a op b: binop */
} ExprKind;

typedef enum BinOp {
    OP_ADD, OP_SUB, OP_MUL, OP_DIV,
    OP_EQ, OP_NEQ, OP_LT, OP_LE, OP_GT, OP_GE,
    OP_AND, OP_OR, OP_IMPL,
    OP_CONCAT,      /* ++ */
    OP_UPDATE,      /* // */
} BinOp;

/* One element of an attribute path: a static name, or an expression that
 * computes it. */
typedef struct AttrName {
    Sym sym;        /* static name, or NULL when dynamic */
    Expr *dyn;      /* name expression when sym == NULL */
    Span span;      /* the element in the source */
} AttrName;

/* A statically named binding of a set or a let. */
typedef struct Binding {
    Sym name;       /* attribute name */
    Expr *value;    /* its expression */
    Span span;      /* the binding's name in the source (for diagnostics) */
} Binding;        /* `inherit x;` marks its value: Expr.inherited */

/* A binding whose name is computed: { ${e} = v; } */
typedef struct DynBinding {
    Expr *name;     /* evaluates to a string (or null: the binding is skipped) */
    Expr *value;    /* its expression */
    Span span;      /* the name in the source */
} DynBinding;

typedef struct Formal {
    Sym name;       /* argument name */
    Expr *def;      /* default, or NULL when required */
    Span span;      /* the name in the source */
} Formal;

struct Expr {
    uint8_t kind;               /* ExprKind: which payload below is live */
    bool rec : 1;               /* EXPR_ATTRS: rec { }: binds see each other */
    bool has_formals : 1;       /* EXPR_LAMBDA: { ... }: form */
    bool ellipsis : 1;          /* EXPR_LAMBDA: ... present */
    bool inherited : 1;         /* the value of `inherit x;` in a rec set or let: evaluated in the enclosing scope */
    bool selvar : 1;            /* EXPR_SELECT, EXPR_HASATTR: the set is a variable, kept in select.var (most
                                   selects are `lib.x`: a node less each) */
    bool attrs1 : 1;            /* EXPR_ATTRS: one static binding, kept in u.bind1 (read sets with attrs_binds,
                                   attrs_n, attrs_ndyn) */
    bool selname : 1;           /* EXPR_SELECT, EXPR_HASATTR: the path is one static name, select.name, ending
                                   the expression's span (read them with select_elem) */
    Span span;                  /* the whole expression */
    union {
        uint32_t npath;         /* EXPR_SELECT, EXPR_HASATTR: attribute path length */
        uint32_t nformals;      /* EXPR_LAMBDA: formals; the frame has nformals (+1 for `@`) slots, or 1 for `x:` */
    };
    /* The payload: 24 bytes, so that an Expr takes 40. */
    union {
        struct Value lit;   /* EXPR_INT, EXPR_FLOAT, EXPR_STRING, EXPR_PATH: its value
                               (VAL_INT, VAL_FLOAT, VAL_STRING, VAL_PATH; a path is absolute, normalized) */
        struct { Expr **parts; uint32_t n; } interp;        /* EXPR_INTERP */
        struct { uint32_t up, slot; Sym name; } var;        /* EXPR_VAR */
        struct { Sym name; uint32_t up; } withvar;          /* EXPR_WITHVAR */
        struct {
            Binding *binds;                                 /* sorted static bindings */
            DynBinding *dyn;                                /* dynamic ones, in source order */
            uint32_t n, ndyn;                               /* counts */
        } attrs;                                            /* EXPR_ATTRS */
        Binding bind1;                                      /* EXPR_ATTRS with attrs1 */
        struct { Expr **items; uint32_t n; } list;          /* EXPR_LIST */
        struct {
            union {
                Expr *e;                                    /* the set */
                struct { uint32_t up, slot; } var;          /* or, with selvar, the variable holding it */
            };
            union {
                AttrName *path;                             /* the attribute path */
                Sym name;                                   /* or, with selname, its one name */
            };
            Expr *def;                                      /* `or` default, or NULL */
        } select;                                           /* EXPR_SELECT, EXPR_HASATTR */
        struct { Expr *fn, *arg; } apply;                   /* EXPR_APPLY */
        struct {
            Sym arg;                                        /* `x:` or the `@` name; NULL if none */
            Formal *formals;                                /* sorted by name */
            Expr *body;                                     /* function body */
        } lambda;                                           /* EXPR_LAMBDA */
        struct { Binding *binds; uint32_t n; Expr *body; } let; /* EXPR_LET */
        struct { Expr *env, *body; uint32_t next_with; } with;  /* EXPR_WITH; next_with = frames from this with to the next enclosing with, 0 = none */
        struct { Expr *c, *then_, *else_; } cond;           /* EXPR_IF, EXPR_ASSERT */
        struct { Expr *e; } unary;                          /* EXPR_NOT, EXPR_NEG */
        struct { Expr *a, *b; BinOp op; } binop;            /* EXPR_BINOP */
    } u;
};

/* A set literal's static bindings, their count, its dynamic ones. */
static inline Binding *attrs_binds(Expr *e) { return e->attrs1 ? &e->u.bind1 : e->u.attrs.binds; }
static inline uint32_t attrs_n(const Expr *e) { return e->attrs1 ? 1 : e->u.attrs.n; }
static inline uint32_t attrs_ndyn(const Expr *e) { return e->attrs1 ? 0 : e->u.attrs.ndyn; }

/* Element i of a select's attribute path. */
static inline AttrName select_elem(const Expr *e, uint32_t i) {
    if (!e->selname) return e->u.select.path[i];
    uint32_t end = span_end(e->span);
    AttrName a = {e->u.select.name, NULL, span_make(e->span.file, end - (uint32_t)e->u.select.name->len, end)};
    return a;
}

/* Sets select e's path of n elements, the latest allocation in `a`: one
 * plain name ending the select goes into the node (selname) and the array
 * is given back.  Lowering and the parse cache both build selects so. */
static inline void select_set_path(Arena *a, Expr *e, AttrName *path, uint32_t n) {
    e->npath = n;
    if (n == 1 && path[0].sym && e->span.len < SPAN_MAX_LEN && span_end(path[0].span) == span_end(e->span) &&
        path[0].span.len == path[0].sym->len && path[0].span.file == e->span.file) {
        e->selname = true;
        e->u.select.name = path[0].sym;
        arena_unalloc(a, path, sizeof(AttrName));
    } else {
        e->u.select.path = path;
    }
}

_Static_assert(sizeof(Expr) <= 40, "the AST is most of vmc's memory: keep Expr small");

#endif
