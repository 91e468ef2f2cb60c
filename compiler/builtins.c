/*
 * builtins.c: the primitive operations under `builtins` (lists, sets,
 * strings, numbers, regular expressions, JSON, files, import).
 *
 * A builtin receives its arguments unforced, forces what it needs through
 * the eval.h accessors and writes a result in weak head normal form to
 * *out.  Builtins that build containers (map, genList, mapAttrs, ...) leave
 * the elements as lazy applications.  Semantics and messages follow Nix
 * 2.8, except that integer overflow is an error.  Files are read only
 * through source_read and source_probe, so every input is recorded.
 */
#define _DEFAULT_SOURCE /* d_type in struct dirent; lstat */

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "digest.h"
#include "eval.h"
#include "source.h"
#include "toml.h"
#include "vec.h"

static const Span NOPOS = {0, 0, 0};

/* ---- small helpers ---- */

static void set_bool(Value *out, bool b) { out->tag = VAL_BOOL; out->u.b = b; }
static void set_int(Value *out, int64_t i) { out->tag = VAL_INT; out->u.i = i; }
static void set_float(Value *out, double f) { out->tag = VAL_FLOAT; out->u.f = f; }
static void set_null(Value *out) { out->tag = VAL_NULL; }
static void set_attrs(Value *out, Attrs *a) { out->tag = VAL_ATTRS; out->u.attrs = a; }

/* Forces `v` and copies it into `out`: the usual way to return a value. */
static void ret(Vm *vm, Value *out, Value *v, Span at) {
    eval_force(vm, v, at);
    *out = *v;
}

/* Makes *out a list of `n` items and returns the items to fill. */
static Value **new_list(Vm *vm, Value *out, size_t n) {
    Value **items = ARENA_ARRAY(&vm->arena, Value *, n ? n : 1);
    out->tag = VAL_LIST;
    out->u.list.items = items;
    out->u.list.n = n;
    return items;
}

static Value *sym_value(Vm *vm, Sym s) { return val_string(vm, s->str, s->len); }

/* Forces a string (not a path) and interns it, for attribute names. */
static Sym name_arg(Vm *vm, Value *v, Span at) {
    Value *s = eval_string_value(vm, v, at, NULL);
    return sym_intern(s->u.str.s, s->u.str.len);
}

/* f a, as a new value. */
static Value *call1(Vm *vm, Value *f, Value *a, Span at) {
    Value *r = val_new(vm);
    eval_apply(vm, f, a, r, at);
    return r;
}

static Value *lazy2(Vm *vm, Value *f, Value *a, Value *b) {
    return eval_lazy_apply(vm, eval_lazy_apply(vm, f, a), b);
}

/* Forces a number for the float operations: ints are widened. */
static double num_arg(Vm *vm, Value *v, Span at) {
    eval_force(vm, v, at);
    if (v->tag == VAL_FLOAT) return v->u.f;
    if (v->tag == VAL_INT) return (double)v->u.i;
    eval_error(vm, at, "value is %s while a float was expected", value_kind_phrase(v));
}

/* A growable byte buffer in the eval arena: nothing leaks when an error
 * unwinds through a builtin.  The final string is NUL-terminated. */
typedef struct Buf {
    char *p;       /* bytes */
    size_t len;    /* used */
    size_t cap;    /* allocated, excluding the NUL */
} Buf;

static void buf_put(Vm *vm, Buf *b, const char *s, size_t n) {
    if (b->len + n > b->cap) {
        size_t nc = b->cap ? b->cap * 2 : 64;
        while (nc < b->len + n) nc *= 2;
        char *np = arena_alloc(&vm->arena, nc + 1, 1);
        if (b->len) memcpy(np, b->p, b->len);
        b->p = np;
        b->cap = nc;
    }
    if (n) memcpy(b->p + b->len, s, n);
    b->len += n;
}

static void buf_set_string(Vm *vm, Buf *b, Value *out) {
    if (!b->p) b->p = arena_alloc(&vm->arena, 1, 1);
    b->p[b->len] = '\0';
    set_string_owned(out, b->p, b->len);
}

/* A growable array of value pointers in the eval arena. */
typedef struct ValVec {
    Value **items;  /* elements */
    size_t n, cap;  /* used, allocated */
} ValVec;

static void vv_push(Vm *vm, ValVec *v, Value *x) {
    if (v->n == v->cap) {
        size_t nc = v->cap ? v->cap * 2 : 8;
        Value **ni = ARENA_ARRAY(&vm->arena, Value *, nc);
        if (v->n) memcpy(ni, v->items, sizeof(Value *) * v->n);
        v->items = ni;
        v->cap = nc;
    }
    v->items[v->n++] = x;
}

static void vv_set_list(Vm *vm, ValVec *v, Value *out) {
    Value **items = new_list(vm, out, v->n);
    if (v->n) memcpy(items, v->items, sizeof(Value *) * v->n);
}

/* A set of symbols (open addressing on the symbol's hash), in the arena. */
typedef struct SymSet {
    Sym *slots;    /* NULL = empty */
    uint32_t mask; /* capacity - 1, a power of two minus one */
} SymSet;

static SymSet symset_new(Vm *vm, size_t n) {
    uint32_t cap = 8;
    while (cap < 2 * n) cap *= 2;
    SymSet s = {arena_zalloc(&vm->arena, sizeof(Sym) * cap, _Alignof(Sym)), cap - 1};
    return s;
}

/* Adds `x`; returns false when it was already present. */
static bool symset_add(SymSet *s, Sym x) {
    uint32_t i = x->hash & s->mask;
    while (s->slots[i]) {
        if (s->slots[i] == x) return false;
        i = (i + 1) & s->mask;
    }
    s->slots[i] = x;
    return true;
}

static bool symset_has(const SymSet *s, Sym x) {
    uint32_t i = x->hash & s->mask;
    while (s->slots[i]) {
        if (s->slots[i] == x) return true;
        i = (i + 1) & s->mask;
    }
    return false;
}

/* Stable merge sort of attributes by name (byte order). */
static void sort_attrs(Vm *vm, Attr *a, size_t n) {
    if (n < 2) return;
    Attr *tmp = ARENA_ARRAY(&vm->arena, Attr, n);
    for (size_t w = 1; w < n; w *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * w) {
            size_t mid = lo + w < n ? lo + w : n;
            size_t hi = lo + 2 * w < n ? lo + 2 * w : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) tmp[k++] = sym_cmp(a[j].name, a[i].name) < 0 ? a[j++] : a[i++];
            while (i < mid) tmp[k++] = a[i++];
            while (j < hi) tmp[k++] = a[j++];
        }
        memcpy(a, tmp, sizeof(Attr) * n);
    }
}

/* Builds a set from `n` attributes in any order; of several with one name,
 * the first (keep_first) or the last in `a`'s order is kept. */
static Attrs *make_attrs(Vm *vm, Attr *a, size_t n, bool keep_first) {
    sort_attrs(vm, a, n);
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (m && a[m - 1].name == a[i].name) {
            if (!keep_first) a[m - 1] = a[i];
            continue;
        }
        a[m++] = a[i];
    }
    Attrs *r = attrs_new(vm, (uint32_t)m);
    if (m) memcpy(r->a, a, sizeof(Attr) * m);
    return r;
}

static Attr attr_make(Sym name, Value *v, Span pos) {
    Attr a = {name, v, pos};
    return a;
}

/* Resolves a path argument (a path, or a string holding an absolute path)
 * to an absolute, normalized path. */
static const char *path_arg(Vm *vm, Value *v, Span at) {
    eval_force(vm, v, at);
    if (v->tag == VAL_PATH) return v->u.str.s;
    Str s = eval_coerce(vm, v, at, false, NULL);
    if (s.len == 0 || s.ptr[0] != '/')
        eval_error(vm, at, "string '%.*s' doesn't represent an absolute path", (int)s.len, s.ptr);
    char *n = path_normalize(s.ptr, s.len);
    char *r = arena_strndup(&vm->arena, n, strlen(n));
    free(n);
    return r;
}

/* ---- constants ---- */

static void prim_langVersion(Vm *vm, Value **args, Value *out, Span at) {
    (void)vm, (void)args, (void)at;
    set_int(out, 6);
}

static void prim_nixVersion(Vm *vm, Value **args, Value *out, Span at) {
    (void)args, (void)at;
    set_string(vm, out, "2.8.0", 5);
}

static void prim_currentSystem(Vm *vm, Value **args, Value *out, Span at) {
    (void)args, (void)at;
    set_string(vm, out, "x86_64-linux", 12);
}

/* ---- types ---- */

static void prim_typeOf(Vm *vm, Value **args, Value *out, Span at) {
    eval_force(vm, args[0], at);
    const char *t = value_type_name(args[0]);
    set_string(vm, out, t, strlen(t));
}

static bool is_function(const Value *v) {
    return v->tag == VAL_LAMBDA || v->tag == VAL_PRIMOP || v->tag == VAL_PRIMOP_APP;
}

#define TYPE_PREDICATE(NAME, COND)                                            \
    static void NAME(Vm *vm, Value **args, Value *out, Span at) {             \
        Value *v = args[0];                                                   \
        eval_force(vm, v, at);                                                \
        set_bool(out, COND);                                                  \
    }

TYPE_PREDICATE(prim_isNull, v->tag == VAL_NULL)
TYPE_PREDICATE(prim_isBool, v->tag == VAL_BOOL)
TYPE_PREDICATE(prim_isInt, v->tag == VAL_INT)
TYPE_PREDICATE(prim_isFloat, v->tag == VAL_FLOAT)
TYPE_PREDICATE(prim_isString, v->tag == VAL_STRING)
TYPE_PREDICATE(prim_isPath, v->tag == VAL_PATH)
TYPE_PREDICATE(prim_isAttrs, v->tag == VAL_ATTRS)
TYPE_PREDICATE(prim_isList, v->tag == VAL_LIST)
TYPE_PREDICATE(prim_isFunction, is_function(v))

/* ---- control ---- */

/* throw s: a catchable error carrying s */
static void prim_throw(Vm *vm, Value **args, Value *out, Span at) {
    (void)out;
    Str s = eval_coerce(vm, args[0], at, false, NULL);
    eval_throw(vm, at, "%.*s", (int)s.len, s.ptr);
}

static void prim_abort(Vm *vm, Value **args, Value *out, Span at) {
    (void)out;
    Str s = eval_coerce(vm, args[0], at, false, NULL);
    eval_error(vm, at, "evaluation aborted with the following error message: '%.*s'", (int)s.len, s.ptr);
}

/* tryEval e: { success; value } where value is false on a caught error.
 * Only weak head normal form is forced, as in Nix. */
static void prim_tryEval(Vm *vm, Value **args, Value *out, Span at) {
    bool ok = eval_try_catchable(vm, args[0], at);
    Attrs *a = attrs_new(vm, 2);
    a->a[0] = attr_make(sym_cstr("success"), val_bool(vm, ok), NOPOS);
    a->a[1] = attr_make(sym_cstr("value"), ok ? args[0] : val_bool(vm, false), NOPOS);
    set_attrs(out, a);
}

static void prim_seq(Vm *vm, Value **args, Value *out, Span at) {
    eval_force(vm, args[0], at);
    ret(vm, out, args[1], at);
}

static void prim_deepSeq(Vm *vm, Value **args, Value *out, Span at) {
    eval_force_deep(vm, args[0], at);
    ret(vm, out, args[1], at);
}

/* addErrorContext msg e: e (the message is not shown by vmc) */
static void prim_addErrorContext(Vm *vm, Value **args, Value *out, Span at) {
    ret(vm, out, args[1], at);
}

/* Prints `v` the way Nix 2.8's trace does: values already forced are shown,
 * thunks are <CODE>, and a set or list met a second time is «repeated». */
typedef VEC(const void *) SeenVec;

static void show(StrBuf *b, const Value *v, SeenVec *seen, unsigned depth) {
    if (depth > 1000) {
        sb_puts(b, "...");
        return;
    }
    switch ((ValueTag)v->tag) {
    case VAL_NULL: sb_puts(b, "null"); return;
    case VAL_BOOL: sb_puts(b, v->u.b ? "true" : "false"); return;
    case VAL_INT: sb_printf(b, "%" PRId64, v->u.i); return;
    case VAL_FLOAT: print_float(b, v->u.f); return;
    case VAL_STRING: print_string_literal(b, v->u.str.s, v->u.str.len); return;
    case VAL_PATH: sb_put(b, v->u.str.s, v->u.str.len); return;
    case VAL_ATTRS:
    case VAL_LIST: {
        const void *key = v->tag == VAL_ATTRS ? (const void *)v->u.attrs : (const void *)v->u.list.items;
        for (uint32_t i = 0; i < seen->len; i++)
            if (seen->data[i] == key) {
                sb_puts(b, "«repeated»");
                return;
            }
        vec_push(seen, key);
        if (v->tag == VAL_ATTRS) {
            sb_puts(b, "{ ");
            for (uint32_t i = 0; i < v->u.attrs->n; i++) {
                const Attr *a = &v->u.attrs->a[i];
                sb_put(b, a->name->str, a->name->len);
                sb_puts(b, " = ");
                show(b, a->value, seen, depth + 1);
                sb_puts(b, "; ");
            }
            sb_puts(b, "}");
        } else {
            sb_puts(b, "[ ");
            for (size_t i = 0; i < v->u.list.n; i++) {
                show(b, v->u.list.items[i], seen, depth + 1);
                sb_puts(b, " ");
            }
            sb_puts(b, "]");
        }
        return;
    }
    case VAL_LAMBDA: sb_puts(b, "<LAMBDA>"); return;
    case VAL_PRIMOP: sb_puts(b, value_is_internal_primop(v) ? "<LAMBDA>" : "<PRIMOP>"); return;
    case VAL_PRIMOP_APP: sb_puts(b, value_is_internal_primop(v) ? "<LAMBDA>" : "<PRIMOP-APP>"); return;
    case VAL_THUNK:
    case VAL_APP:
    case VAL_NATIVE:
    case VAL_BLACKHOLE: sb_puts(b, "<CODE>"); return;
    }
    UNREACHABLE();
}

/* trace msg e: prints "trace: msg" to stderr (strings raw, other values
 * shallowly, as Nix 2.8 does) and returns e */
static void prim_trace(Vm *vm, Value **args, Value *out, Span at) {
    Value *m = args[0];
    eval_force(vm, m, at);
    if (vm->trace_to_stderr) {
        StrBuf b = {0};
        sb_puts(&b, "trace: ");
        if (m->tag == VAL_STRING) {
            sb_put(&b, m->u.str.s, m->u.str.len);
        } else {
            SeenVec seen = {0};
            show(&b, m, &seen, 0);
            vec_free(&seen);
        }
        sb_puts(&b, "\n");
        fwrite(b.data, 1, b.len, stderr);
        fflush(stderr);
        free(b.data);
    }
    ret(vm, out, args[1], at);
}

/* ---- lists ---- */

static void prim_length(Vm *vm, Value **args, Value *out, Span at) {
    Value *l = eval_list(vm, args[0], at, NULL);
    set_int(out, (int64_t)l->u.list.n);
}

static void elem_at(Vm *vm, Value *list, int64_t n, Value *out, Span at) {
    Value *l = eval_list(vm, list, at, NULL);
    if (n < 0 || (uint64_t)n >= l->u.list.n)
        eval_error(vm, at, "list index %" PRId64 " is out of bounds", n);
    ret(vm, out, l->u.list.items[n], at);
}

static void prim_elemAt(Vm *vm, Value **args, Value *out, Span at) {
    int64_t n = eval_int(vm, args[1], at, NULL);
    elem_at(vm, args[0], n, out, at);
}

static void prim_head(Vm *vm, Value **args, Value *out, Span at) {
    elem_at(vm, args[0], 0, out, at);
}

static void prim_tail(Vm *vm, Value **args, Value *out, Span at) {
    Value *l = eval_list(vm, args[0], at, NULL);
    if (l->u.list.n == 0) eval_error(vm, at, "'tail' called on an empty list");
    out->tag = VAL_LIST;
    out->u.list.items = l->u.list.items + 1;  /* lists are immutable: share */
    out->u.list.n = l->u.list.n - 1;
}

/* map f list: [ (f x) ... ], each element a lazy application */
static void prim_map(Vm *vm, Value **args, Value *out, Span at) {
    Value *l = eval_list(vm, args[1], at, NULL);
    size_t n = l->u.list.n;
    Value **items = new_list(vm, out, n);
    for (size_t i = 0; i < n; i++) items[i] = eval_lazy_apply(vm, args[0], l->u.list.items[i]);
}

static void prim_filter(Vm *vm, Value **args, Value *out, Span at) {
    Value *f = eval_function(vm, args[0], at, NULL);
    Value *l = eval_list(vm, args[1], at, NULL);
    size_t n = l->u.list.n, k = 0;
    Value **keep = ARENA_ARRAY(&vm->arena, Value *, n ? n : 1);
    for (size_t i = 0; i < n; i++) {
        Value *x = l->u.list.items[i];
        if (eval_bool(vm, call1(vm, f, x, at), at, NULL))
            keep[k++] = x;
    }
    if (k == n) {
        *out = *l;
        return;
    }
    out->tag = VAL_LIST;
    out->u.list.items = keep;
    out->u.list.n = k;
}

/* foldl' op nul list: strict in the accumulator */
static void prim_foldlStrict(Vm *vm, Value **args, Value *out, Span at) {
    Value *f = eval_function(vm, args[0], at, NULL);
    Value *l = eval_list(vm, args[2], at, NULL);
    Value *acc = args[1];
    for (size_t i = 0; i < l->u.list.n; i++) {
        Value *r = call1(vm, call1(vm, f, acc, at), l->u.list.items[i], at);
        eval_force(vm, r, at);
        acc = r;
    }
    ret(vm, out, acc, at);
}

static void prim_elem(Vm *vm, Value **args, Value *out, Span at) {
    Value *l = eval_list(vm, args[1], at, NULL);
    for (size_t i = 0; i < l->u.list.n; i++)
        if (eval_equal(vm, args[0], l->u.list.items[i], at)) {
            set_bool(out, true);
            return;
        }
    set_bool(out, false);
}

/* Concatenates the lists `ls[0..n)`, already forced. */
static void concat(Vm *vm, Value **ls, size_t n, Value *out) {
    size_t total = 0;
    for (size_t i = 0; i < n; i++) total += ls[i]->u.list.n;
    Value **items = new_list(vm, out, total);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (ls[i]->u.list.n) memcpy(items + k, ls[i]->u.list.items, sizeof(Value *) * ls[i]->u.list.n);
        k += ls[i]->u.list.n;
    }
}

static void prim_concatLists(Vm *vm, Value **args, Value *out, Span at) {
    Value *l = eval_list(vm, args[0], at, NULL);
    size_t n = l->u.list.n;
    Value **ls = ARENA_ARRAY(&vm->arena, Value *, n ? n : 1);
    for (size_t i = 0; i < n; i++)
        ls[i] = eval_list(vm, l->u.list.items[i], at, NULL);
    concat(vm, ls, n, out);
}

static void prim_concatMap(Vm *vm, Value **args, Value *out, Span at) {
    Value *f = eval_function(vm, args[0], at, NULL);
    Value *l = eval_list(vm, args[1], at, NULL);
    size_t n = l->u.list.n;
    Value **ls = ARENA_ARRAY(&vm->arena, Value *, n ? n : 1);
    for (size_t i = 0; i < n; i++)
        ls[i] = eval_list(vm, call1(vm, f, l->u.list.items[i], at), at, NULL);
    concat(vm, ls, n, out);
}

/* genList f n: [ (f 0) ... (f (n - 1)) ], lazily */
static void prim_genList(Vm *vm, Value **args, Value *out, Span at) {
    int64_t n = eval_int(vm, args[1], at, NULL);
    if (n < 0) eval_error(vm, at, "cannot create list of size %" PRId64, n);
    if (n > ((int64_t)1 << 32)) eval_error(vm, at, "cannot create list of size %" PRId64 ": too large", n);
    Value **items = new_list(vm, out, (size_t)n);
    for (int64_t i = 0; i < n; i++) items[i] = eval_lazy_apply(vm, args[0], val_int(vm, i));
}

static void prim_any(Vm *vm, Value **args, Value *out, Span at) {
    Value *f = eval_function(vm, args[0], at, NULL);
    Value *l = eval_list(vm, args[1], at, NULL);
    for (size_t i = 0; i < l->u.list.n; i++)
        if (eval_bool(vm, call1(vm, f, l->u.list.items[i], at), at, NULL)) {
            set_bool(out, true);
            return;
        }
    set_bool(out, false);
}

static void prim_all(Vm *vm, Value **args, Value *out, Span at) {
    Value *f = eval_function(vm, args[0], at, NULL);
    Value *l = eval_list(vm, args[1], at, NULL);
    for (size_t i = 0; i < l->u.list.n; i++)
        if (!eval_bool(vm, call1(vm, f, l->u.list.items[i], at), at, NULL)) {
            set_bool(out, false);
            return;
        }
    set_bool(out, true);
}

/* partition pred list: { right = [ x | pred x ]; wrong = [ ... ]; } */
static void prim_partition(Vm *vm, Value **args, Value *out, Span at) {
    Value *f = eval_function(vm, args[0], at, NULL);
    Value *l = eval_list(vm, args[1], at, NULL);
    ValVec right = {0}, wrong = {0};
    for (size_t i = 0; i < l->u.list.n; i++) {
        Value *x = l->u.list.items[i];
        eval_force(vm, x, at);  /* as Nix 2.8 does */
        if (eval_bool(vm, call1(vm, f, x, at), at, NULL))
            vv_push(vm, &right, x);
        else
            vv_push(vm, &wrong, x);
    }
    Value *r = val_new(vm), *w = val_new(vm);
    vv_set_list(vm, &right, r);
    vv_set_list(vm, &wrong, w);
    Attrs *a = attrs_new(vm, 2);
    a->a[0] = attr_make(sym_cstr("right"), r, NOPOS);
    a->a[1] = attr_make(sym_cstr("wrong"), w, NOPOS);
    set_attrs(out, a);
}

/* groupBy f list: { ${f x} = [ x ... ]; }, elements in list order */
static void prim_groupBy(Vm *vm, Value **args, Value *out, Span at) {
    Value *f = eval_function(vm, args[0], at, NULL);
    Value *l = eval_list(vm, args[1], at, NULL);
    size_t n = l->u.list.n;
    Attr *pairs = ARENA_ARRAY(&vm->arena, Attr, n ? n : 1);
    for (size_t i = 0; i < n; i++) {
        Value *x = l->u.list.items[i];
        Sym name = name_arg(vm, call1(vm, f, x, at), at);
        pairs[i] = attr_make(name, x, NOPOS);
    }
    sort_attrs(vm, pairs, n);  /* stable: each group keeps list order */
    uint32_t ngroups = 0;
    for (size_t i = 0; i < n; i++)
        if (i == 0 || pairs[i].name != pairs[i - 1].name) ngroups++;
    Attrs *a = attrs_new(vm, ngroups);
    uint32_t g = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && pairs[j].name == pairs[i].name) j++;
        Value *lv = val_new(vm);
        Value **items = new_list(vm, lv, j - i);
        for (size_t k = i; k < j; k++) items[k - i] = pairs[k].value;
        a->a[g++] = attr_make(pairs[i].name, lv, NOPOS);
        i = j;
    }
    set_attrs(out, a);
}

/* The comparator of builtins.sort, and a copy of libstdc++'s std::stable_sort
 * (which Nix uses), so that the result and the order of the comparator's
 * calls are the same even for a comparator that is not a strict weak order. */
typedef struct Sorter {
    Vm *vm;
    Value *f;       /* the comparator, forced */
    Span at;        /* the call site of sort */
    Value *t1, *t2; /* scratch results */
} Sorter;

static bool less(Sorter *s, Value *a, Value *b) {
    eval_apply(s->vm, s->f, a, s->t1, s->at);
    eval_apply(s->vm, s->t1, b, s->t2, s->at);
    return eval_bool(s->vm, s->t2, s->at, NULL);
}

static void insertion_sort(Sorter *s, Value **a, size_t n) {
    for (size_t i = 1; i < n; i++) {
        Value *v = a[i];
        if (less(s, v, a[0])) {
            memmove(a + 1, a, sizeof(Value *) * i);
            a[0] = v;
        } else {
            size_t j = i;
            while (j > 0 && less(s, v, a[j - 1])) {
                a[j] = a[j - 1];
                j--;
            }
            a[j] = v;
        }
    }
}

/* Merges a[0..na) and b[0..nb) into out; on ties the element of `a` goes first. */
static void move_merge(Sorter *s, Value **a, size_t na, Value **b, size_t nb, Value **out) {
    size_t i = 0, j = 0, k = 0;
    while (i < na && j < nb) out[k++] = less(s, b[j], a[i]) ? b[j++] : a[i++];
    while (i < na) out[k++] = a[i++];
    while (j < nb) out[k++] = b[j++];
}

static void merge_sort_loop(Sorter *s, Value **src, size_t n, Value **dst, size_t step) {
    size_t i = 0;
    while (n - i >= 2 * step) {
        move_merge(s, src + i, step, src + i + step, step, dst + i);
        i += 2 * step;
    }
    size_t m = n - i < step ? n - i : step;
    move_merge(s, src + i, m, src + i + m, n - i - m, dst + i);
}

static void merge_sort_with_buffer(Sorter *s, Value **a, size_t n, Value **buf) {
    enum { CHUNK = 7 };
    size_t i = 0;
    for (; n - i >= CHUNK; i += CHUNK) insertion_sort(s, a + i, CHUNK);
    insertion_sort(s, a + i, n - i);
    for (size_t step = CHUNK; step < n;) {
        merge_sort_loop(s, a, n, buf, step);
        step *= 2;
        merge_sort_loop(s, buf, n, a, step);
        step *= 2;
    }
}

static void stable_sort(Sorter *s, Value **a, size_t n) {
    if (n == 0) return;
    size_t mid = (n + 1) / 2, n2 = n - mid;
    Value **buf = ARENA_ARRAY(&s->vm->arena, Value *, mid);
    merge_sort_with_buffer(s, a, mid, buf);
    merge_sort_with_buffer(s, a + mid, n2, buf);
    if (mid <= n2) {
        /* forward: the first half moves to the buffer */
        memcpy(buf, a, sizeof(Value *) * mid);
        size_t i = 0, j = mid, k = 0;
        while (i < mid && j < n) a[k++] = less(s, a[j], buf[i]) ? a[j++] : buf[i++];
        while (i < mid) a[k++] = buf[i++];
    } else {
        /* backward: the second half moves to the buffer */
        if (n2 == 0) return;
        memcpy(buf, a + mid, sizeof(Value *) * n2);
        size_t i = mid - 1, j = n2 - 1, r = n;
        for (;;) {
            if (less(s, buf[j], a[i])) {
                a[--r] = a[i];
                if (i == 0) {
                    memcpy(a + r - (j + 1), buf, sizeof(Value *) * (j + 1));
                    return;
                }
                i--;
            } else {
                a[--r] = buf[j];
                if (j == 0) return;
                j--;
            }
        }
    }
}

static void prim_sort(Vm *vm, Value **args, Value *out, Span at) {
    Value *f = eval_function(vm, args[0], at, NULL);
    Value *l = eval_list(vm, args[1], at, NULL);
    size_t n = l->u.list.n;
    Value **items = new_list(vm, out, n);
    for (size_t i = 0; i < n; i++) {
        eval_force(vm, l->u.list.items[i], at);
        items[i] = l->u.list.items[i];
    }
    Sorter s = {vm, f, at, val_new(vm), val_new(vm)};
    stable_sort(&s, items, n);
}

/* ---- sets ---- */

static void prim_attrNames(Vm *vm, Value **args, Value *out, Span at) {
    Attrs *a = eval_attrs(vm, args[0], at, NULL);
    Value **items = new_list(vm, out, a->n);
    for (uint32_t i = 0; i < a->n; i++) items[i] = sym_value(vm, a->a[i].name);
}

static void prim_attrValues(Vm *vm, Value **args, Value *out, Span at) {
    Attrs *a = eval_attrs(vm, args[0], at, NULL);
    Value **items = new_list(vm, out, a->n);
    for (uint32_t i = 0; i < a->n; i++) items[i] = a->a[i].value;
}

static void prim_hasAttr(Vm *vm, Value **args, Value *out, Span at) {
    Sym name = name_arg(vm, args[0], at);
    Attrs *a = eval_attrs(vm, args[1], at, NULL);
    set_bool(out, attrs_find(a, name) != NULL);
}

static void prim_getAttr(Vm *vm, Value **args, Value *out, Span at) {
    Sym name = name_arg(vm, args[0], at);
    Attrs *a = eval_attrs(vm, args[1], at, NULL);
    Attr *x = attrs_find(a, name);
    if (!x) eval_error(vm, at, "attribute '%s' missing for call to 'getAttr'", name->str);
    ret(vm, out, x->value, at);
}

/* unsafeGetAttrPos name set: { file; line; column; } or null */
static void prim_unsafeGetAttrPos(Vm *vm, Value **args, Value *out, Span at) {
    Sym name = name_arg(vm, args[0], at);
    Attrs *a = eval_attrs(vm, args[1], at, NULL);
    Attr *x = attrs_find(a, name);
    Source *src = x && x->pos.file ? source_get(x->pos.file) : NULL;
    if (!src) {
        set_null(out);
        return;
    }
    uint32_t line, col;
    source_linecol(src, x->pos.start, &line, &col);
    Attrs *r = attrs_new(vm, 3);
    r->a[0] = attr_make(sym_cstr("column"), val_int(vm, col), NOPOS);
    r->a[1] = attr_make(sym_cstr("file"), val_string(vm, src->path, strlen(src->path)), NOPOS);
    r->a[2] = attr_make(sym_cstr("line"), val_int(vm, line), NOPOS);
    set_attrs(out, r);
}

static void prim_removeAttrs(Vm *vm, Value **args, Value *out, Span at) {
    Attrs *a = eval_attrs(vm, args[0], at, NULL);
    Value *l = eval_list(vm, args[1], at, NULL);
    SymSet drop = symset_new(vm, l->u.list.n);
    for (size_t i = 0; i < l->u.list.n; i++)
        symset_add(&drop, name_arg(vm, l->u.list.items[i], at));
    uint32_t m = 0;
    for (uint32_t i = 0; i < a->n; i++)
        if (!symset_has(&drop, a->a[i].name)) m++;
    if (m == a->n) {
        set_attrs(out, a);
        return;
    }
    Attrs *r = attrs_new(vm, m);
    m = 0;
    for (uint32_t i = 0; i < a->n; i++)
        if (!symset_has(&drop, a->a[i].name)) r->a[m++] = a->a[i];
    set_attrs(out, r);
}

/* listToAttrs [ { name; value; } ... ]: the first of several equal names
 * wins, and only its `value` is required, as in Nix. */
static void prim_listToAttrs(Vm *vm, Value **args, Value *out, Span at) {
    Value *l = eval_list(vm, args[0], at, NULL);
    size_t n = l->u.list.n, m = 0;
    Attr *tmp = ARENA_ARRAY(&vm->arena, Attr, n ? n : 1);
    SymSet seen = symset_new(vm, n);
    Sym s_name = sym_cstr("name"), s_value = sym_cstr("value");
    for (size_t i = 0; i < n; i++) {
        Attrs *e = eval_attrs(vm, l->u.list.items[i], at, NULL);
        Attr *nm = attrs_find(e, s_name);
        if (!nm) eval_error(vm, at, "attribute 'name' missing for call to 'listToAttrs'");
        Sym name = name_arg(vm, nm->value, at);
        if (!symset_add(&seen, name)) continue;
        Attr *val = attrs_find(e, s_value);
        if (!val) eval_error(vm, at, "attribute 'value' missing for call to 'listToAttrs'");
        tmp[m++] = attr_make(name, val->value, val->pos);
    }
    set_attrs(out, make_attrs(vm, tmp, m, true));
}

/* mapAttrs f set: { name = f name value; }, lazily */
static void prim_mapAttrs(Vm *vm, Value **args, Value *out, Span at) {
    Attrs *a = eval_attrs(vm, args[1], at, NULL);
    Attrs *r = attrs_new(vm, a->n);
    for (uint32_t i = 0; i < a->n; i++)
        r->a[i] = attr_make(a->a[i].name, lazy2(vm, args[0], sym_value(vm, a->a[i].name), a->a[i].value), NOPOS);
    set_attrs(out, r);
}

static void prim_intersectAttrs(Vm *vm, Value **args, Value *out, Span at) {
    Attrs *a = eval_attrs(vm, args[0], at, NULL);
    Attrs *b = eval_attrs(vm, args[1], at, NULL);
    uint32_t m = 0;
    Attr *tmp = ARENA_ARRAY(&vm->arena, Attr, b->n ? b->n : 1);
    for (uint32_t i = 0; i < b->n; i++)
        if (attrs_find(a, b->a[i].name)) tmp[m++] = b->a[i];
    Attrs *r = attrs_new(vm, m);
    if (m) memcpy(r->a, tmp, sizeof(Attr) * m);
    set_attrs(out, r);
}

static void prim_catAttrs(Vm *vm, Value **args, Value *out, Span at) {
    Sym name = name_arg(vm, args[0], at);
    Value *l = eval_list(vm, args[1], at, NULL);
    ValVec r = {0};
    for (size_t i = 0; i < l->u.list.n; i++) {
        Attrs *e = eval_attrs(vm, l->u.list.items[i], at, NULL);
        Attr *x = attrs_find(e, name);
        if (x) vv_push(vm, &r, x->value);
    }
    vv_set_list(vm, &r, out);
}

/* zipAttrsWith f sets: { name = f name [ values of name, in list order ]; } */
static void prim_zipAttrsWith(Vm *vm, Value **args, Value *out, Span at) {
    Value *f = eval_function(vm, args[0], at, NULL);
    Value *l = eval_list(vm, args[1], at, NULL);
    size_t total = 0;
    for (size_t i = 0; i < l->u.list.n; i++)
        total += eval_attrs(vm, l->u.list.items[i], at, NULL)->n;
    Attr *pairs = ARENA_ARRAY(&vm->arena, Attr, total ? total : 1);
    size_t k = 0;
    for (size_t i = 0; i < l->u.list.n; i++) {
        Attrs *e = l->u.list.items[i]->u.attrs;
        for (uint32_t j = 0; j < e->n; j++) pairs[k++] = e->a[j];
    }
    sort_attrs(vm, pairs, total);
    uint32_t nnames = 0;
    for (size_t i = 0; i < total; i++)
        if (i == 0 || pairs[i].name != pairs[i - 1].name) nnames++;
    Attrs *r = attrs_new(vm, nnames);
    uint32_t g = 0;
    for (size_t i = 0; i < total;) {
        size_t j = i;
        while (j < total && pairs[j].name == pairs[i].name) j++;
        Value *lv = val_new(vm);
        Value **items = new_list(vm, lv, j - i);
        for (size_t q = i; q < j; q++) items[q - i] = pairs[q].value;
        r->a[g++] = attr_make(pairs[i].name, lazy2(vm, f, sym_value(vm, pairs[i].name), lv), NOPOS);
        i = j;
    }
    set_attrs(out, r);
}

/* functionArgs f: { formal = hasDefault; } for a set pattern, else { } */
static void prim_vmcMkOption(Vm *vm, Value **args, Value *out, Span at);

static void prim_functionArgs(Vm *vm, Value **args, Value *out, Span at) {
    Value *f = args[0];
    eval_force(vm, f, at);
    /* lib.mkOption (built in) has the arguments of the function it stands for. */
    if (f->tag == VAL_PRIMOP_APP && f->u.app.fn->tag == VAL_PRIMOP && f->u.app.fn->u.primop->fn == prim_vmcMkOption) {
        Value *checked = f->u.app.arg;
        prim_functionArgs(vm, &checked, out, at);
        return;
    }
    if (f->tag == VAL_PRIMOP || f->tag == VAL_PRIMOP_APP) {
        set_attrs(out, attrs_new(vm, 0));
        return;
    }
    if (f->tag != VAL_LAMBDA) eval_error(vm, at, "'functionArgs' requires a function");
    Expr *e = f->u.lambda.fn;
    if (!e->has_formals) {
        set_attrs(out, attrs_new(vm, 0));
        return;
    }
    /* formals are sorted by name, as attributes must be */
    Attrs *r = attrs_new(vm, e->nformals);
    for (uint32_t i = 0; i < e->nformals; i++) {
        Formal *fm = &e->u.lambda.formals[i];
        r->a[i] = attr_make(fm->name, val_bool(vm, fm->def != NULL), fm->span);
    }
    set_attrs(out, r);
}

/* genericClosure { startSet; operator; }: breadth-first closure, items
 * identified by their `key` attribute (compared as `<` does) */
static void prim_genericClosure(Vm *vm, Value **args, Value *out, Span at) {
    Attrs *a = eval_attrs(vm, args[0], at, NULL);
    Attr *start = attrs_find(a, sym_cstr("startSet"));
    if (!start) eval_error(vm, at, "attribute 'startSet' missing for call to 'genericClosure'");
    Value *sl = eval_list(vm, start->value, at, NULL);
    Attr *op = attrs_find(a, sym_cstr("operator"));
    if (!op) eval_error(vm, at, "attribute 'operator' missing for call to 'genericClosure'");
    Sym s_key = sym_cstr("key");

    ValVec work = {0}, res = {0}, done = {0};  /* done: keys, sorted */
    for (size_t i = 0; i < sl->u.list.n; i++) vv_push(vm, &work, sl->u.list.items[i]);
    for (size_t w = 0; w < work.n; w++) {
        Value *e = work.items[w];
        Attrs *ea = eval_attrs(vm, e, at, NULL);
        Attr *key = attrs_find(ea, s_key);
        if (!key) eval_error(vm, at, "attribute 'key' required");
        eval_force(vm, key->value, at);
        size_t lo = 0, hi = done.n;
        bool found = false;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            int c = eval_compare(vm, key->value, done.items[mid], at);
            if (c == 0) {
                found = true;
                break;
            }
            if (c < 0) hi = mid;
            else lo = mid + 1;
        }
        if (found) continue;
        vv_push(vm, &done, NULL);
        memmove(done.items + lo + 1, done.items + lo, sizeof(Value *) * (done.n - 1 - lo));
        done.items[lo] = key->value;
        vv_push(vm, &res, e);
        Value *next = eval_list(vm, call1(vm, op->value, e, at), at, NULL);
        for (size_t i = 0; i < next->u.list.n; i++) {
            eval_force(vm, next->u.list.items[i], at);
            vv_push(vm, &work, next->u.list.items[i]);
        }
    }
    vv_set_list(vm, &res, out);
}

/* ---- numbers ---- */

static void prim_add(Vm *vm, Value **args, Value *out, Span at) {
    eval_force(vm, args[0], at);
    eval_force(vm, args[1], at);
    if (args[0]->tag == VAL_FLOAT || args[1]->tag == VAL_FLOAT) {
        double a = num_arg(vm, args[0], at);
        set_float(out, a + num_arg(vm, args[1], at));
        return;
    }
    int64_t a = eval_int(vm, args[0], at, NULL);
    int64_t b = eval_int(vm, args[1], at, NULL);
    int64_t r;
    if (__builtin_add_overflow(a, b, &r))
        eval_error(vm, at, "integer overflow in adding %" PRId64 " + %" PRId64, a, b);
    set_int(out, r);
}

static void prim_sub(Vm *vm, Value **args, Value *out, Span at) {
    eval_force(vm, args[0], at);
    eval_force(vm, args[1], at);
    if (args[0]->tag == VAL_FLOAT || args[1]->tag == VAL_FLOAT) {
        double a = num_arg(vm, args[0], at);
        set_float(out, a - num_arg(vm, args[1], at));
        return;
    }
    int64_t a = eval_int(vm, args[0], at, NULL);
    int64_t b = eval_int(vm, args[1], at, NULL);
    int64_t r;
    if (__builtin_sub_overflow(a, b, &r))
        eval_error(vm, at, "integer overflow in subtracting %" PRId64 " - %" PRId64, a, b);
    set_int(out, r);
}

static void prim_mul(Vm *vm, Value **args, Value *out, Span at) {
    eval_force(vm, args[0], at);
    eval_force(vm, args[1], at);
    if (args[0]->tag == VAL_FLOAT || args[1]->tag == VAL_FLOAT) {
        double a = num_arg(vm, args[0], at);
        set_float(out, a * num_arg(vm, args[1], at));
        return;
    }
    int64_t a = eval_int(vm, args[0], at, NULL);
    int64_t b = eval_int(vm, args[1], at, NULL);
    int64_t r;
    if (__builtin_mul_overflow(a, b, &r))
        eval_error(vm, at, "integer overflow in multiplying %" PRId64 " * %" PRId64, a, b);
    set_int(out, r);
}

/* div a b: the divisor is checked first, as in Nix */
static void prim_div(Vm *vm, Value **args, Value *out, Span at) {
    eval_force(vm, args[0], at);
    eval_force(vm, args[1], at);
    if (num_arg(vm, args[1], at) == 0) eval_error(vm, at, "division by zero");
    if (args[0]->tag == VAL_FLOAT || args[1]->tag == VAL_FLOAT) {
        double a = num_arg(vm, args[0], at);
        set_float(out, a / num_arg(vm, args[1], at));
        return;
    }
    int64_t a = eval_int(vm, args[0], at, NULL);
    int64_t b = eval_int(vm, args[1], at, NULL);
    if (a == INT64_MIN && b == -1) eval_error(vm, at, "overflow in integer division");
    set_int(out, a / b);
}

static void prim_bitAnd(Vm *vm, Value **args, Value *out, Span at) {
    int64_t a = eval_int(vm, args[0], at, NULL);
    set_int(out, a & eval_int(vm, args[1], at, NULL));
}

static void prim_bitOr(Vm *vm, Value **args, Value *out, Span at) {
    int64_t a = eval_int(vm, args[0], at, NULL);
    set_int(out, a | eval_int(vm, args[1], at, NULL));
}

static void prim_bitXor(Vm *vm, Value **args, Value *out, Span at) {
    int64_t a = eval_int(vm, args[0], at, NULL);
    set_int(out, a ^ eval_int(vm, args[1], at, NULL));
}

/* Rounds for floor and ceil; a result past the integer range is an error
 * (Nix 2.8's behaviour there is undefined). */
static void round_to_int(Vm *vm, double r, Value *out, Span at, const char *fn) {
    if (!(r >= -9223372036854775808.0 && r < 9223372036854775808.0))
        eval_error(vm, at, "integer overflow in '%s'", fn);
    set_int(out, (int64_t)r);
}

static void prim_floor(Vm *vm, Value **args, Value *out, Span at) {
    round_to_int(vm, floor(num_arg(vm, args[0], at)), out, at, "floor");
}

static void prim_ceil(Vm *vm, Value **args, Value *out, Span at) {
    round_to_int(vm, ceil(num_arg(vm, args[0], at)), out, at, "ceil");
}

static void prim_lessThan(Vm *vm, Value **args, Value *out, Span at) {
    eval_force(vm, args[0], at);
    eval_force(vm, args[1], at);
    set_bool(out, eval_compare(vm, args[0], args[1], at) < 0);
}

/* ---- strings ---- */

static void prim_toString(Vm *vm, Value **args, Value *out, Span at) {
    eval_force(vm, args[0], at);
    if (args[0]->tag == VAL_STRING) {
        *out = *args[0];
        return;
    }
    Str s = eval_coerce(vm, args[0], at, true, NULL);
    set_string(vm, out, s.ptr, s.len);
}

static void prim_stringLength(Vm *vm, Value **args, Value *out, Span at) {
    Str s = eval_coerce(vm, args[0], at, false, NULL);
    set_int(out, (int64_t)s.len);
}

/* substring start len s: a negative len means "to the end" */
static void prim_substring(Vm *vm, Value **args, Value *out, Span at) {
    int64_t start = eval_int(vm, args[0], at, NULL);
    int64_t len = eval_int(vm, args[1], at, NULL);
    Str s = eval_coerce(vm, args[2], at, false, NULL);
    if (start < 0) eval_error(vm, at, "negative start position in 'substring'");
    if ((uint64_t)start >= s.len) {
        set_string(vm, out, "", 0);
        return;
    }
    size_t rest = s.len - (size_t)start;
    size_t n = len < 0 || (uint64_t)len > rest ? rest : (size_t)len;
    set_string(vm, out, s.ptr + start, n);
}

static void prim_concatStringsSep(Vm *vm, Value **args, Value *out, Span at) {
    Value *sep = eval_string_value(vm, args[0], at, NULL);
    Value *l = eval_list(vm, args[1], at, NULL);
    size_t n = l->u.list.n;
    Str *parts = ARENA_ARRAY(&vm->arena, Str, n ? n : 1);
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        parts[i] = eval_coerce(vm, l->u.list.items[i], at, false, NULL);
        total += parts[i].len + (i ? sep->u.str.len : 0);
    }
    char *p = arena_alloc(&vm->arena, total + 1, 1), *q = p;
    for (size_t i = 0; i < n; i++) {
        if (i) memcpy(q, sep->u.str.s, sep->u.str.len), q += sep->u.str.len;
        if (parts[i].len) memcpy(q, parts[i].ptr, parts[i].len);
        q += parts[i].len;
    }
    *q = '\0';
    set_string_owned(out, p, total);
}

/* replaceStrings from to s: at each position the first pattern of `from`
 * that matches is replaced; an empty pattern matches between characters. */
static void prim_replaceStrings(Vm *vm, Value **args, Value *out, Span at) {
    Value *from = eval_list(vm, args[0], at, NULL);
    Value *to = eval_list(vm, args[1], at, NULL);
    if (from->u.list.n != to->u.list.n)
        eval_error(vm, at, "'from' and 'to' arguments to 'replaceStrings' have different lengths");
    size_t n = from->u.list.n;
    Value **pat = ARENA_ARRAY(&vm->arena, Value *, n ? n : 1);
    Value **rep = ARENA_ARRAY(&vm->arena, Value *, n ? n : 1);
    for (size_t i = 0; i < n; i++)
        pat[i] = eval_string_value(vm, from->u.list.items[i], at, NULL);
    for (size_t i = 0; i < n; i++)
        rep[i] = eval_string_value(vm, to->u.list.items[i], at, NULL);
    Value *sv = eval_string_value(vm, args[2], at, NULL);
    const char *s = sv->u.str.s;
    size_t len = sv->u.str.len;
    Buf b = {0};
    for (size_t p = 0; p <= len;) {
        bool found = false;
        for (size_t i = 0; i < n; i++) {
            size_t pl = pat[i]->u.str.len;
            if (pl > len - p || memcmp(s + p, pat[i]->u.str.s, pl) != 0) continue;
            found = true;
            buf_put(vm, &b, rep[i]->u.str.s, rep[i]->u.str.len);
            if (pl == 0) {
                if (p < len) buf_put(vm, &b, s + p, 1);
                p++;
            } else {
                p += pl;
            }
            break;
        }
        if (!found) {
            if (p < len) buf_put(vm, &b, s + p, 1);
            p++;
        }
    }
    buf_set_string(vm, &b, out);
}

/* Compiled regular expressions, by pattern.  The table lives for the
 * process: regexes are pure functions of their pattern, so sharing them
 * between runs is safe. */
typedef struct Regex {
    Sym pat;      /* the pattern text */
    regex_t re;   /* compiled, REG_EXTENDED */
} Regex;

static struct {
    Regex **slots;  /* open addressing on pat->hash, NULL = empty */
    uint32_t cap;   /* power of two */
    uint32_t n;     /* entries */
} regexes;

/* Whether an ERE has a ')' that closes nothing.  glibc takes it as a
 * literal, but std::regex (Nix) rejects the pattern, and so does vmc. */
static bool stray_paren(const char *p) {
    int depth = 0;
    while (*p) {
        if (*p == '\\') {
            p += p[1] ? 2 : 1;
        } else if (*p == '[') {
            p++;
            if (*p == '^') p++;
            if (*p == ']') p++;
            while (*p && *p != ']') {
                if (*p == '[' && (p[1] == ':' || p[1] == '.' || p[1] == '=')) {
                    char close = p[1];
                    p += 2;
                    while (*p && !(p[0] == close && p[1] == ']')) p++;
                    if (*p) p += 2;
                } else {
                    p++;
                }
            }
            if (*p) p++;
        } else {
            if (*p == '(') depth++;
            else if (*p == ')' && depth-- == 0) return true;
            p++;
        }
    }
    return false;
}

/* A small ERE reader that finds a repeated group able to match the empty
 * string, such as (a?|x|)* or x(^b|)+.  glibc's regexec can loop forever
 * on these, so they are refused with an error instead of hanging.  Returns
 * whether the alternation starting at *p can match the empty string; sets
 * *bad when it finds a dangerous repetition. */
static bool ere_alt(const char **p, bool *bad, int depth);

static bool ere_quant(const char **p, bool *zero, bool *many) {
    const char *s = *p;
    if (*s == '*') { *zero = true; *many = true; *p = s + 1; return true; }
    if (*s == '+') { *many = true; *p = s + 1; return true; }
    if (*s == '?') { *zero = true; *p = s + 1; return true; }
    if (*s == '{') {
        const char *e = strchr(s, '}');
        if (!e) return false;
        long lo = strtol(s + 1, NULL, 10);
        const char *comma = memchr(s, ',', (size_t)(e - s));
        long hi = comma ? (comma + 1 == e ? -1 : strtol(comma + 1, NULL, 10)) : lo;
        if (lo == 0) *zero = true;
        if (hi < 0 || hi > 1) *many = true;
        *p = e + 1;
        return true;
    }
    return false;
}

static bool ere_concat(const char **p, bool *bad, int depth) {
    bool nullable = true;
    while (**p && **p != '|' && **p != ')') {
        const char *s = *p;
        bool atom_null = false;
        bool group = false;
        if (*s == '(') {
            *p = s + 1;
            atom_null = ere_alt(p, bad, depth + 1);
            if (**p == ')') (*p)++;
            group = true;
        } else if (*s == '[') {
            const char *q = s + 1;
            if (*q == '^') q++;
            if (*q == ']') q++;
            while (*q && *q != ']') {
                if (*q == '[' && (q[1] == ':' || q[1] == '.' || q[1] == '=')) {
                    const char *e = strchr(q + 2, q[1]);
                    q = e && e[1] == ']' ? e + 2 : q + 1;
                } else {
                    q++;
                }
            }
            *p = *q ? q + 1 : q;
        } else if (*s == '\\') {
            *p = s[1] ? s + 2 : s + 1;
        } else if (*s == '^' || *s == '$') {
            atom_null = true;
            *p = s + 1;
        } else {
            *p = s + 1;
        }
        bool zero = false, many = false, any = false;
        while (ere_quant(p, &zero, &many)) any = true;
        if (any && many && group && atom_null) *bad = true;
        if (!(atom_null || (any && zero))) nullable = false;
    }
    return nullable;
}

static bool ere_alt(const char **p, bool *bad, int depth) {
    if (depth > 200) {
        *bad = true;
        return false;
    }
    bool nullable = ere_concat(p, bad, depth);
    while (**p == '|') {
        (*p)++;
        if (ere_concat(p, bad, depth)) nullable = true;
    }
    return nullable;
}

static regex_t *regex_get(Vm *vm, Value *pv, Span at) {
    Sym pat = sym_intern(pv->u.str.s, pv->u.str.len);
    if (regexes.cap) {
        for (uint32_t i = pat->hash & (regexes.cap - 1); regexes.slots[i]; i = (i + 1) & (regexes.cap - 1))
            if (regexes.slots[i]->pat == pat) return &regexes.slots[i]->re;
    }
    {
        bool bad = false;
        const char *q = pat->str;
        while (*q) {
            ere_alt(&q, &bad, 0);
            if (*q) q++;   /* a stray ')' */
        }
        if (bad)
            eval_error(vm, at,
                       "regular expression '%s' repeats a group that can match the empty string; vmc's regex engine "
                       "cannot run it (rewrite the group so that it always consumes input)",
                       pat->str);
    }
    Regex *r = vmc_xrealloc(NULL, sizeof(Regex));
    r->pat = pat;
    if (stray_paren(pat->str) || regcomp(&r->re, pat->str, REG_EXTENDED) != 0) {
        free(r);
        eval_error(vm, at, "invalid regular expression '%s'", pat->str);
    }
    if (2 * (regexes.n + 1) > regexes.cap) {
        uint32_t nc = regexes.cap ? regexes.cap * 2 : 64;
        Regex **ns = vmc_xrealloc(NULL, sizeof(Regex *) * nc);
        memset(ns, 0, sizeof(Regex *) * nc);
        for (uint32_t i = 0; i < regexes.cap; i++) {
            Regex *x = regexes.slots[i];
            if (!x) continue;
            uint32_t j = x->pat->hash & (nc - 1);
            while (ns[j]) j = (j + 1) & (nc - 1);
            ns[j] = x;
        }
        free(regexes.slots);
        regexes.slots = ns;
        regexes.cap = nc;
    }
    uint32_t j = pat->hash & (regexes.cap - 1);
    while (regexes.slots[j]) j = (j + 1) & (regexes.cap - 1);
    regexes.slots[j] = r;
    regexes.n++;
    return &r->re;
}

/* The capture groups of a match as a list: strings, null for a group that
 * did not participate. `base` is where offsets in `m` count from. */
static Value *groups_list(Vm *vm, const char *base, const regmatch_t *m, size_t ngroups) {
    Value *l = val_new(vm);
    Value **items = new_list(vm, l, ngroups);
    for (size_t i = 0; i < ngroups; i++) {
        const regmatch_t *g = &m[i + 1];
        items[i] = g->rm_so < 0 ? val_null(vm) : val_string(vm, base + g->rm_so, (size_t)(g->rm_eo - g->rm_so));
    }
    return l;
}

/* match regex s: null, or the list of groups when regex matches all of s.
 * A POSIX match is leftmost-longest, so the whole string matches exactly
 * when the match found starts at 0 and ends at the end. */
static void prim_match(Vm *vm, Value **args, Value *out, Span at) {
    Value *rv = eval_string_value(vm, args[0], at, NULL);
    Value *sv = eval_string_value(vm, args[1], at, NULL);
    regex_t *re = regex_get(vm, rv, at);
    size_t ng = re->re_nsub;
    regmatch_t *m = ARENA_ARRAY(&vm->arena, regmatch_t, ng + 1);
    if (regexec(re, sv->u.str.s, ng + 1, m, 0) != 0 || m[0].rm_so != 0 || (size_t)m[0].rm_eo != sv->u.str.len) {
        set_null(out);
        return;
    }
    *out = *groups_list(vm, sv->u.str.s, m, ng);
}

/* split regex s: [ before [ groups ] between [ groups ] ... after ], with
 * std::regex_iterator's rule for empty matches: after an empty match at p,
 * a non-empty match at p is tried, else the search resumes at p + 1. */
static void prim_split(Vm *vm, Value **args, Value *out, Span at) {
    Value *rv = eval_string_value(vm, args[0], at, NULL);
    Value *sv = eval_string_value(vm, args[1], at, NULL);
    regex_t *re = regex_get(vm, rv, at);
    const char *s = sv->u.str.s;
    size_t len = sv->u.str.len, ng = re->re_nsub;
    regmatch_t *m = ARENA_ARRAY(&vm->arena, regmatch_t, ng + 1);
    ValVec r = {0};
    size_t seg = 0, start = 0;
    bool prev_empty = false;
    /* REG_STARTEND: glibc searches [rm_so, rm_eo) of the whole string and
     * reports absolute offsets, without measuring the rest of the string
     * again for every match (which made many matches quadratic). */
    for (;;) {
        if (start > len) break;
        m[0].rm_so = (regoff_t)start;
        m[0].rm_eo = (regoff_t)len;
        int rc = regexec(re, s, ng + 1, m, REG_STARTEND | (start ? REG_NOTBOL : 0));
        if (rc == 0 && prev_empty && (size_t)m[0].rm_so == start && (size_t)m[0].rm_eo == start) {
            /* the same empty match again: move on one character */
            if (++start > len) break;
            m[0].rm_so = (regoff_t)start;
            m[0].rm_eo = (regoff_t)len;
            rc = regexec(re, s, ng + 1, m, REG_STARTEND | REG_NOTBOL);
        }
        if (rc != 0) break;
        size_t so = (size_t)m[0].rm_so, eo = (size_t)m[0].rm_eo;
        vv_push(vm, &r, val_string(vm, s + seg, so - seg));
        vv_push(vm, &r, groups_list(vm, s, m, ng));
        seg = start = eo;
        prev_empty = so == eo;
    }
    vv_push(vm, &r, val_string(vm, s + seg, len - seg));
    vv_set_list(vm, &r, out);
}

/* Version strings: components are maximal runs of digits or of other
 * characters, separated by '.' and '-' (Nix's nextComponent). */
static Str next_component(const char **p, const char *end) {
    while (*p < end && (**p == '.' || **p == '-')) (*p)++;
    const char *s = *p;
    if (*p < end && isdigit((unsigned char)**p)) {
        while (*p < end && isdigit((unsigned char)**p)) (*p)++;
    } else {
        while (*p < end && !isdigit((unsigned char)**p) && **p != '.' && **p != '-') (*p)++;
    }
    Str c = {s, (size_t)(*p - s)};
    return c;
}

/* A component that is a number fitting in a C int (Nix's string2Int<int>). */
static bool component_int(Str c, long *n) {
    if (c.len == 0 || !isdigit((unsigned char)c.ptr[0])) return false;
    long v = 0;
    for (size_t i = 0; i < c.len; i++) {
        v = v * 10 + (c.ptr[i] - '0');
        if (v > INT32_MAX) return false;
    }
    *n = v;
    return true;
}

static bool str_is(Str c, const char *s) { return c.len == strlen(s) && memcmp(c.ptr, s, c.len) == 0; }

static int str_cmp(Str a, Str b) {
    int c = memcmp(a.ptr, b.ptr, a.len < b.len ? a.len : b.len);
    if (c) return c;
    return a.len < b.len ? -1 : a.len > b.len;
}

/* Nix's componentsLT: numbers by value; "" before numbers; "pre" before
 * anything else; words before numbers; words by byte order. */
static bool component_lt(Str c1, Str c2) {
    long n1, n2;
    bool i1 = component_int(c1, &n1), i2 = component_int(c2, &n2);
    if (i1 && i2) return n1 < n2;
    if (c1.len == 0 && i2) return true;
    if (str_is(c1, "pre") && !str_is(c2, "pre")) return true;
    if (str_is(c2, "pre")) return false;
    if (i2) return true;
    if (i1) return false;
    return str_cmp(c1, c2) < 0;
}

static void prim_compareVersions(Vm *vm, Value **args, Value *out, Span at) {
    Value *a = eval_string_value(vm, args[0], at, NULL);
    Value *b = eval_string_value(vm, args[1], at, NULL);
    const char *p1 = a->u.str.s, *e1 = p1 + a->u.str.len;
    const char *p2 = b->u.str.s, *e2 = p2 + b->u.str.len;
    while (p1 < e1 || p2 < e2) {
        Str c1 = next_component(&p1, e1), c2 = next_component(&p2, e2);
        if (component_lt(c1, c2)) {
            set_int(out, -1);
            return;
        }
        if (component_lt(c2, c1)) {
            set_int(out, 1);
            return;
        }
    }
    set_int(out, 0);
}

static void prim_splitVersion(Vm *vm, Value **args, Value *out, Span at) {
    Value *v = eval_string_value(vm, args[0], at, NULL);
    const char *p = v->u.str.s, *e = p + v->u.str.len;
    ValVec r = {0};
    while (p < e) {
        Str c = next_component(&p, e);
        if (c.len == 0) break;
        vv_push(vm, &r, val_string(vm, c.ptr, c.len));
    }
    vv_set_list(vm, &r, out);
}

/* parseDrvName s: { name; version; }, split at the first '-' that is not
 * followed by a letter */
static void prim_parseDrvName(Vm *vm, Value **args, Value *out, Span at) {
    Value *v = eval_string_value(vm, args[0], at, NULL);
    const char *s = v->u.str.s;
    size_t len = v->u.str.len, cut = len;
    for (size_t i = 0; i < len; i++)
        if (s[i] == '-' && i + 1 < len && !isalpha((unsigned char)s[i + 1])) {
            cut = i;
            break;
        }
    Attrs *a = attrs_new(vm, 2);
    a->a[0] = attr_make(sym_cstr("name"), val_string(vm, s, cut), NOPOS);
    a->a[1] = attr_make(sym_cstr("version"), cut < len ? val_string(vm, s + cut + 1, len - cut - 1) : val_string(vm, "", 0), NOPOS);
    set_attrs(out, a);
}

/* vmc has no string context: these are identities or constants. */
static void prim_unsafeDiscardStringContext(Vm *vm, Value **args, Value *out, Span at) {
    Str s = eval_coerce(vm, args[0], at, false, NULL);
    set_string(vm, out, s.ptr, s.len);
}

static void prim_hasContext(Vm *vm, Value **args, Value *out, Span at) {
    eval_string_value(vm, args[0], at, NULL);
    set_bool(out, false);
}

static void prim_getContext(Vm *vm, Value **args, Value *out, Span at) {
    eval_string_value(vm, args[0], at, NULL);
    set_attrs(out, attrs_new(vm, 0));
}

/* getEnv name: always "", so that an evaluation never depends on the
 * environment it runs in (a deliberate difference from Nix). */
static void prim_getEnv(Vm *vm, Value **args, Value *out, Span at) {
    eval_string_value(vm, args[0], at, NULL);
    set_string(vm, out, "", 0);
}

/* ---- JSON ---- */

static void prim_toJSON(Vm *vm, Value **args, Value *out, Span at) {
    StrBuf b = {0};
    print_json(vm, &b, args[0], at);
    set_string(vm, out, b.data ? b.data : "", b.len);
    free(b.data);
}

static void prim_toXML(Vm *vm, Value **args, Value *out, Span at) {
    StrBuf b = {0};
    print_xml(vm, &b, args[0], at);
    set_string(vm, out, b.data, b.len);
    free(b.data);
}

/* A JSON parser with nlohmann::json's grammar and error messages (which
 * Nix 2.8 uses), producing values directly. */
typedef enum JsonTok {
    J_BEGIN_ARRAY, J_END_ARRAY, J_BEGIN_OBJECT, J_END_OBJECT, J_NAME_SEP, J_VALUE_SEP,
    J_TRUE, J_FALSE, J_NULL, J_STRING, J_INT, J_FLOAT, J_EOF, J_ERROR,
} JsonTok;

typedef struct Json {
    Vm *vm;
    Span at;
    const char *s;        /* input */
    size_t len;           /* its length */
    size_t pos;           /* characters consumed */
    bool eof_read;        /* the end of input was consumed (counts as a character) */
    size_t last_start;    /* start of nlohmann's "last read" text: reset at strings and numbers */
    const char *err;      /* J_ERROR: the lexer's message */
    char errbuf[128];     /* room for a message that names a character */
    Buf str;              /* J_STRING: decoded bytes */
    int64_t i;            /* J_INT */
    double f;             /* J_FLOAT */
    unsigned depth;       /* nesting, limited */
} Json;

enum { JSON_MAX_DEPTH = 10000 };

static const char *json_tok_name(JsonTok t) {
    switch (t) {
    case J_BEGIN_ARRAY: return "'['";
    case J_END_ARRAY: return "']'";
    case J_BEGIN_OBJECT: return "'{'";
    case J_END_OBJECT: return "'}'";
    case J_NAME_SEP: return "':'";
    case J_VALUE_SEP: return "','";
    case J_TRUE: return "'true'";
    case J_FALSE: return "'false'";
    case J_NULL: return "'null'";
    case J_STRING: return "string literal";
    case J_INT:
    case J_FLOAT: return "number literal";
    case J_EOF: return "end of input";
    case J_ERROR: return "<parse error>";
    }
    UNREACHABLE();
}

/* Reports a syntax error in nlohmann's words, at the position after the
 * last character consumed. */
static _Noreturn void json_fail(Json *j, JsonTok t, const char *context, const char *expected) {
    size_t end = j->pos < j->len ? j->pos : j->len;
    unsigned line = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < end; i++)
        if (j->s[i] == '\n') line++, line_start = i + 1;
    size_t col = j->pos - line_start + (j->eof_read ? 1 : 0);
    StrBuf b = {0};
    sb_printf(&b, "[json.exception.parse_error.101] parse error at line %u, column %zu: syntax error while parsing %s - ",
              line, col, context);
    if (t == J_ERROR) {
        sb_printf(&b, "%s; last read: '", j->err);
        for (size_t i = j->last_start; i < end; i++) {
            unsigned char c = (unsigned char)j->s[i];
            if (c <= 0x1f) sb_printf(&b, "<U+%.4X>", c);
            else sb_put(&b, j->s + i, 1);
        }
        sb_puts(&b, "'");
    } else {
        sb_printf(&b, "unexpected %s", json_tok_name(t));
    }
    if (expected) sb_printf(&b, "; expected %s", expected);
    Diag *d = diag_new(j->at, "%s", b.data);
    free(b.data);
    eval_raise(j->vm, d, false);
}

/* The next character, or -1 at the end (which is consumed once). */
static int json_get(Json *j) {
    if (j->pos < j->len) return (unsigned char)j->s[j->pos++];
    j->eof_read = true;
    return -1;
}

static JsonTok json_error(Json *j, const char *msg) {
    j->err = msg;
    return J_ERROR;
}

static int hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Reads the 4 hex digits of a \u escape; -1 when malformed. */
static long json_u4(Json *j) {
    long v = 0;
    for (int k = 0; k < 4; k++) {
        int h = hexval(json_get(j));
        if (h < 0) return -1;
        v = v * 16 + h;
    }
    return v;
}

static void put_utf8(Vm *vm, Buf *b, unsigned long cp) {
    char u[4];
    size_t n;
    if (cp < 0x80) u[0] = (char)cp, n = 1;
    else if (cp < 0x800) u[0] = (char)(0xc0 | (cp >> 6)), u[1] = (char)(0x80 | (cp & 0x3f)), n = 2;
    else if (cp < 0x10000)
        u[0] = (char)(0xe0 | (cp >> 12)), u[1] = (char)(0x80 | ((cp >> 6) & 0x3f)), u[2] = (char)(0x80 | (cp & 0x3f)), n = 3;
    else
        u[0] = (char)(0xf0 | (cp >> 18)), u[1] = (char)(0x80 | ((cp >> 12) & 0x3f)),
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3f)), u[3] = (char)(0x80 | (cp & 0x3f)), n = 4;
    buf_put(vm, b, u, n);
}

static const char *const control_names[32] = {
    "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR", "SO", "SI",
    "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US",
};

/* string -> '"' chars '"', after the opening quote */
static JsonTok json_string(Json *j) {
    j->str.len = 0;
    for (;;) {
        int c = json_get(j);
        if (c == -1) return json_error(j, "invalid string: missing closing quote");
        if (c == '"') return J_STRING;
        if (c < 0x20) {
            static const char esc[32] = {['\b'] = 'b', ['\t'] = 't', ['\n'] = 'n', ['\f'] = 'f', ['\r'] = 'r'};
            if (esc[c])
                snprintf(j->errbuf, sizeof j->errbuf,
                         "invalid string: control character U+%.4X (%s) must be escaped to \\u%.4X or \\%c",
                         c, control_names[c], c, esc[c]);
            else
                snprintf(j->errbuf, sizeof j->errbuf,
                         "invalid string: control character U+%.4X (%s) must be escaped to \\u%.4X",
                         c, control_names[c], c);
            return json_error(j, j->errbuf);
        }
        if (c == '\\') {
            int e = json_get(j);
            char ch;
            switch (e) {
            case '"': ch = '"'; break;
            case '\\': ch = '\\'; break;
            case '/': ch = '/'; break;
            case 'b': ch = '\b'; break;
            case 'f': ch = '\f'; break;
            case 'n': ch = '\n'; break;
            case 'r': ch = '\r'; break;
            case 't': ch = '\t'; break;
            case 'u': {
                long cp = json_u4(j);
                if (cp < 0) return json_error(j, "invalid string: '\\u' must be followed by 4 hex digits");
                if (cp >= 0xd800 && cp <= 0xdbff) {
                    if (json_get(j) != '\\' || json_get(j) != 'u')
                        return json_error(j, "invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF");
                    long lo = json_u4(j);
                    if (lo < 0) return json_error(j, "invalid string: '\\u' must be followed by 4 hex digits");
                    if (lo < 0xdc00 || lo > 0xdfff)
                        return json_error(j, "invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF");
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
                } else if (cp >= 0xdc00 && cp <= 0xdfff) {
                    return json_error(j, "invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF");
                }
                put_utf8(j->vm, &j->str, (unsigned long)cp);
                continue;
            }
            default: return json_error(j, "invalid string: forbidden character after backslash");
            }
            buf_put(j->vm, &j->str, &ch, 1);
            continue;
        }
        if (c < 0x80) {
            char ch = (char)c;
            buf_put(j->vm, &j->str, &ch, 1);
            continue;
        }
        /* UTF-8: the lead byte fixes the ranges of the continuation bytes */
        int n, lo = 0x80, hi = 0xbf;
        if (c >= 0xc2 && c <= 0xdf) n = 1;
        else if (c == 0xe0) n = 2, lo = 0xa0;
        else if (c == 0xed) n = 2, hi = 0x9f;
        else if (c >= 0xe1 && c <= 0xef) n = 2;
        else if (c == 0xf0) n = 3, lo = 0x90;
        else if (c >= 0xf1 && c <= 0xf3) n = 3;
        else if (c == 0xf4) n = 3, hi = 0x8f;
        else return json_error(j, "invalid string: ill-formed UTF-8 byte");
        size_t from = j->pos - 1;
        for (int k = 0; k < n; k++) {
            int d = json_get(j);
            if (d < lo || d > hi) return json_error(j, "invalid string: ill-formed UTF-8 byte");
            lo = 0x80, hi = 0xbf;
        }
        buf_put(j->vm, &j->str, j->s + from, (size_t)n + 1);
    }
}

static bool is_digit(int c) { return c >= '0' && c <= '9'; }

/* number -> '-'? int frac? exp?, from its first character */
static JsonTok json_number(Json *j, int c) {
    size_t from = j->pos - 1;
    bool minus = c == '-', is_float = false;
    if (minus) c = json_get(j);
    if (c == '0') {
        c = json_get(j);
    } else if (is_digit(c)) {
        do c = json_get(j); while (is_digit(c));
    } else {
        return json_error(j, "invalid number; expected digit after '-'");
    }
    if (c == '.') {
        is_float = true;
        if (!is_digit(c = json_get(j))) return json_error(j, "invalid number; expected digit after '.'");
        do c = json_get(j); while (is_digit(c));
    }
    if (c == 'e' || c == 'E') {
        is_float = true;
        c = json_get(j);
        if (c == '+' || c == '-') {
            if (!is_digit(c = json_get(j))) return json_error(j, "invalid number; expected digit after exponent sign");
        } else if (!is_digit(c)) {
            return json_error(j, "invalid number; expected '+', '-', or digit after exponent");
        }
        do c = json_get(j); while (is_digit(c));
    }
    /* unget the character after the number */
    if (c == -1) j->eof_read = false;
    else j->pos--;
    size_t n = j->pos - from;
    char *tok = arena_strndup(&j->vm->arena, j->s + from, n);
    if (!is_float) {
        errno = 0;
        if (minus) {
            long long v = strtoll(tok, NULL, 10);
            if (errno == 0) {
                j->i = v;
                return J_INT;
            }
        } else {
            unsigned long long v = strtoull(tok, NULL, 10);
            if (errno == 0) {
                /* Nix 2.8 wraps these around; vmc refuses, as it does overflow */
                if (v > INT64_MAX)
                    eval_error(j->vm, j->at, "unsigned json number %s outside of integer range", tok);
                j->i = (int64_t)v;
                return J_INT;
            }
        }
        /* too large for an integer: nlohmann falls back to a float */
    }
    j->f = strtod(tok, NULL);
    if (!isfinite(j->f)) {
        Diag *d = diag_new(j->at, "[json.exception.out_of_range.406] number overflow parsing '%s'", tok);
        eval_raise(j->vm, d, false);
    }
    return J_FLOAT;
}

/* Matches the rest of a literal ("rue" of "true"). */
static JsonTok json_literal(Json *j, const char *rest, JsonTok t) {
    for (; *rest; rest++)
        if (json_get(j) != (unsigned char)*rest) return json_error(j, "invalid literal");
    return t;
}

static JsonTok json_lex(Json *j) {
    int c;
    do c = json_get(j); while (c == ' ' || c == '\t' || c == '\n' || c == '\r');
    switch (c) {
    case -1: return J_EOF;
    case '[': return J_BEGIN_ARRAY;
    case ']': return J_END_ARRAY;
    case '{': return J_BEGIN_OBJECT;
    case '}': return J_END_OBJECT;
    case ':': return J_NAME_SEP;
    case ',': return J_VALUE_SEP;
    case 't': return json_literal(j, "rue", J_TRUE);
    case 'f': return json_literal(j, "alse", J_FALSE);
    case 'n': return json_literal(j, "ull", J_NULL);
    case '"':
        j->last_start = j->pos - 1;
        return json_string(j);
    case '-': case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
        j->last_start = j->pos - 1;
        return json_number(j, c);
    default: return json_error(j, "invalid literal");
    }
}

/* A string token as a value; Nix's strings stop at a NUL. */
static Value *json_string_value(Json *j) {
    size_t n = strnlen(j->str.p ? j->str.p : "", j->str.len);
    return val_string(j->vm, j->str.p ? j->str.p : "", n);
}

static Value *json_value(Json *j, JsonTok t) {
    Vm *vm = j->vm;
    switch (t) {
    case J_TRUE: return val_bool(vm, true);
    case J_FALSE: return val_bool(vm, false);
    case J_NULL: return val_null(vm);
    case J_INT: return val_int(vm, j->i);
    case J_FLOAT: {
        Value *v = val_new(vm);
        set_float(v, j->f);
        return v;
    }
    case J_STRING: return json_string_value(j);
    case J_BEGIN_ARRAY: {
        if (++j->depth > JSON_MAX_DEPTH) eval_error(vm, j->at, "JSON value nested too deeply");
        ValVec items = {0};
        t = json_lex(j);
        if (t != J_END_ARRAY) {
            for (;;) {
                vv_push(vm, &items, json_value(j, t));
                t = json_lex(j);
                if (t == J_END_ARRAY) break;
                if (t != J_VALUE_SEP) json_fail(j, t, "array", "']'");
                t = json_lex(j);
            }
        }
        j->depth--;
        Value *v = val_new(vm);
        vv_set_list(vm, &items, v);
        return v;
    }
    case J_BEGIN_OBJECT: {
        if (++j->depth > JSON_MAX_DEPTH) eval_error(vm, j->at, "JSON value nested too deeply");
        Attr *a = NULL;
        size_t n = 0, cap = 0;
        t = json_lex(j);
        if (t != J_END_OBJECT) {
            for (;;) {
                if (t != J_STRING) json_fail(j, t, "object key", "string literal");
                Value *key = json_string_value(j);
                Sym name = sym_intern(key->u.str.s, key->u.str.len);
                t = json_lex(j);
                if (t != J_NAME_SEP) json_fail(j, t, "object separator", "':'");
                Value *v = json_value(j, json_lex(j));
                if (n == cap) {
                    size_t nc = cap ? cap * 2 : 8;
                    Attr *na = ARENA_ARRAY(&vm->arena, Attr, nc);
                    if (n) memcpy(na, a, sizeof(Attr) * n);
                    a = na, cap = nc;
                }
                a[n++] = attr_make(name, v, NOPOS);
                t = json_lex(j);
                if (t == J_END_OBJECT) break;
                if (t != J_VALUE_SEP) json_fail(j, t, "object", "'}'");
                t = json_lex(j);
            }
        }
        j->depth--;
        return val_attrs(vm, make_attrs(vm, a, n, false)); /* the last of equal keys wins */
    }
    case J_ERROR: json_fail(j, t, "value", NULL);
    default: json_fail(j, t, "value", "'[', '{', or a literal");
    }
}

static void prim_fromJSON(Vm *vm, Value **args, Value *out, Span at) {
    Value *sv = eval_string_value(vm, args[0], at, NULL);
    Json j = {0};
    j.vm = vm;
    j.at = at;
    j.s = sv->u.str.s;
    j.len = sv->u.str.len;
    Value *v = json_value(&j, json_lex(&j));
    JsonTok t = json_lex(&j);
    if (t != J_EOF) json_fail(&j, t, "value", "end of input");
    *out = *v;
}

/* fromTOML s: the TOML document s as a value (toml.c). */
static void prim_fromTOML(Vm *vm, Value **args, Value *out, Span at) {
    Value *sv = eval_string_value(vm, args[0], at, NULL);
    toml_parse(vm, sv->u.str.s, sv->u.str.len, out, at);
}

/* ---- paths and files ---- */

/* baseNameOf s: the last component, ignoring one trailing slash */
static void prim_baseNameOf(Vm *vm, Value **args, Value *out, Span at) {
    Str s = eval_coerce(vm, args[0], at, false, NULL);
    if (s.len == 0) {
        set_string(vm, out, "", 0);
        return;
    }
    size_t last = s.len - 1;
    if (s.ptr[last] == '/' && last > 0) last--;
    size_t pos = 0;
    for (size_t i = last + 1; i-- > 0;)
        if (s.ptr[i] == '/') {
            pos = i + 1;
            break;
        }
    set_string(vm, out, s.ptr + pos, last + 1 - pos);
}

/* dirOf s: everything before the last slash; "." without one; a path for a path */
static void prim_dirOf(Vm *vm, Value **args, Value *out, Span at) {
    eval_force(vm, args[0], at);
    bool is_path = args[0]->tag == VAL_PATH;
    Str s = eval_coerce(vm, args[0], at, false, NULL);
    size_t i = s.len;
    while (i > 0 && s.ptr[i - 1] != '/') i--;
    const char *d;
    size_t n;
    if (i == 0) d = ".", n = 1;
    else if (i == 1) d = "/", n = 1;
    else d = s.ptr, n = i - 1;
    set_string(vm, out, d, n);
    if (is_path) out->tag = VAL_PATH;
}

static void prim_toPath(Vm *vm, Value **args, Value *out, Span at) {
    const char *p = path_arg(vm, args[0], at);
    set_string(vm, out, p, strlen(p));
}

static void prim_pathExists(Vm *vm, Value **args, Value *out, Span at) {
    const char *p = path_arg(vm, args[0], at);
    set_bool(out, source_probe(p));
}

/* The bytes of the file at path p (malloc'ed), or Nix's error. */
static const char *read_file(Vm *vm, const char *p, size_t *len, Span at) {
    const char *text = source_read(p, len);
    if (!text) {
        if (errno == EISDIR) eval_error(vm, at, "reading from file '%s': %s", source_display_path(p), strerror(errno));
        eval_error(vm, at, "opening file '%s': %s", source_display_path(p), strerror(errno));
    }
    return text;
}

static void prim_readFile(Vm *vm, Value **args, Value *out, Span at) {
    size_t len;
    const char *text = read_file(vm, path_arg(vm, args[0], at), &len, at);
    set_string(vm, out, text, len);
    free((char *)text);
}

/* The algorithm named by a hashString / hashFile argument. */
static int hash_algo_arg(Vm *vm, Value *v, Span at) {
    Value *a = eval_string_value(vm, v, at, NULL);
    int algo = digest_algo(a->u.str.s);
    if (algo < 0 || strlen(a->u.str.s) != a->u.str.len)
        eval_error(vm, at, "unknown hash algorithm '%s' (Nix's are md5, sha1, sha256 and sha512)", a->u.str.s);
    return algo;
}

static void prim_hashString(Vm *vm, Value **args, Value *out, Span at) {
    int algo = hash_algo_arg(vm, args[0], at);
    Value *s = eval_string_value(vm, args[1], at, NULL);
    char hex[129];
    size_t n = digest_hex(algo, s->u.str.s, s->u.str.len, hex);
    set_string(vm, out, hex, n);
}

static void prim_hashFile(Vm *vm, Value **args, Value *out, Span at) {
    int algo = hash_algo_arg(vm, args[0], at);
    size_t len;
    const char *text = read_file(vm, path_arg(vm, args[1], at), &len, at);
    char hex[129];
    size_t n = digest_hex(algo, text, len, hex);
    free((char *)text);
    set_string(vm, out, hex, n);
}

/* readDir path: { name = "regular" | "directory" | "symlink" | "unknown"; }
 * XXX: the directory is recorded as an input by source_probe, which notes
 * its existence only, not the list of its entries. */
static void prim_readDir(Vm *vm, Value **args, Value *out, Span at) {
    const char *p = path_arg(vm, args[0], at);
    source_probe(p);
    DIR *d = opendir(p);
    if (!d) eval_error(vm, at, "opening directory '%s': %s", p, strerror(errno));
    Attr *a = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    size_t plen = strlen(p);
    while ((de = readdir(d))) {
        const char *name = de->d_name;
        if (!strcmp(name, ".") || !strcmp(name, "..")) continue;
        unsigned char type = de->d_type;
        if (type == DT_UNKNOWN) {
            size_t nl = strlen(name);
            char *full = arena_alloc(&vm->arena, plen + nl + 2, 1);
            memcpy(full, p, plen);
            full[plen] = '/';
            memcpy(full + plen + 1, name, nl + 1);
            struct stat st;
            if (lstat(full, &st) == 0)
                type = S_ISREG(st.st_mode) ? DT_REG : S_ISDIR(st.st_mode) ? DT_DIR : S_ISLNK(st.st_mode) ? DT_LNK : DT_UNKNOWN;
        }
        const char *t = type == DT_REG ? "regular" : type == DT_DIR ? "directory" : type == DT_LNK ? "symlink" : "unknown";
        if (n == cap) {
            size_t nc = cap ? cap * 2 : 16;
            Attr *na = ARENA_ARRAY(&vm->arena, Attr, nc);
            if (n) memcpy(na, a, sizeof(Attr) * n);
            a = na, cap = nc;
        }
        a[n++] = attr_make(sym_cstr(name), val_string(vm, t, strlen(t)), NOPOS);
    }
    closedir(d);
    set_attrs(out, make_attrs(vm, a, n, true));
}

/* import path: evaluates the file (a directory means DIR/default.cfg) */
static void prim_import(Vm *vm, Value **args, Value *out, Span at) {
    const char *p = path_arg(vm, args[0], at);
    if (!source_probe(p)) eval_error(vm, at, "getting status of '%s': %s", source_display_path(p), strerror(ENOENT));
    struct stat st;
    if (stat(p, &st) == 0 && S_ISDIR(st.st_mode)) {
        size_t n = strlen(p);
        char *q = arena_alloc(&vm->arena, n + sizeof "/default.cfg", 1);
        memcpy(q, p, n);
        const char *tail = n > 1 ? "/default.cfg" : "default.cfg";
        memcpy(q + n, tail, strlen(tail) + 1);
        p = q;
    }
    ret(vm, out, eval_file(vm, p, at), at);
}

/* ---- vmc's own: the module system's property constructors ----
 *
 * lib.mkIf, mkMerge, mkOverride and mkOrder build tagged sets that the
 * module system (merge.c) interprets; tens of thousands are made in a
 * large configuration, so they are built here rather than by calling a
 * function written in the language.  The sets are exactly those of
 * nixpkgs' lib/modules.nix. */

static Value *prop_tag(Vm *vm, int which) {
    static const char *const tags[] = {"if", "merge", "override", "order"};
    if (!vm->prop_tags[which]) vm->prop_tags[which] = val_string(vm, tags[which], strlen(tags[which]));
    return vm->prop_tags[which];
}

/* { _type = TAG; NAME1 = a; NAME2 = b; } with NAME1 < NAME2. */
static void make_prop(Vm *vm, int which, Sym n1, Value *a, Sym n2, Value *b, Value *out, Span at) {
    static Sym s_type;
    if (!s_type) s_type = sym_cstr("_type");
    Attrs *r = attrs_new(vm, b ? 3 : 2);
    r->a[0].name = s_type;
    r->a[0].value = prop_tag(vm, which);
    r->a[1].name = n1;
    r->a[1].value = a;
    if (b) {
        r->a[2].name = n2;
        r->a[2].value = b;
    }
    for (uint32_t i = 0; i < r->n; i++) r->a[i].pos = at;
    r->prop = ATTRS_PROP_KNOWN(which);   /* merge.c need not look at _type */
    out->tag = VAL_ATTRS;
    out->u.attrs = r;
}

static Sym s_condition, s_content, s_contents, s_priority;

static void prop_syms(void) {
    if (s_condition) return;
    s_condition = sym_cstr("condition");
    s_content = sym_cstr("content");
    s_contents = sym_cstr("contents");
    s_priority = sym_cstr("priority");
}

Value *eval_property(Vm *vm, int kind, Value *param, Value *content, Span at) {
    prop_syms();
    Value *v = val_new(vm);
    switch (kind) {
    case PROP_IF: make_prop(vm, 0, s_condition, param, s_content, content, v, at); break;
    case PROP_MERGE: make_prop(vm, 1, s_contents, content, NULL, NULL, v, at); break;
    case PROP_OVERRIDE: make_prop(vm, 2, s_content, content, s_priority, param, v, at); break;
    default: make_prop(vm, 3, s_content, content, s_priority, param, v, at); break;
    }
    return v;
}

/* mkIf condition content */
static void prim_vmcMkIf(Vm *vm, Value **args, Value *out, Span at) {
    prop_syms();
    make_prop(vm, 0, s_condition, args[0], s_content, args[1], out, at);
}
/* mkMerge contents */
static void prim_vmcMkMerge(Vm *vm, Value **args, Value *out, Span at) {
    prop_syms();
    make_prop(vm, 1, s_contents, args[0], NULL, NULL, out, at);
}
/* mkOverride priority content */
static void prim_vmcMkOverride(Vm *vm, Value **args, Value *out, Span at) {
    prop_syms();
    make_prop(vm, 2, s_content, args[1], s_priority, args[0], out, at);
}
/* mkOrder priority content */
static void prim_vmcMkOrder(Vm *vm, Value **args, Value *out, Span at) {
    prop_syms();
    make_prop(vm, 3, s_content, args[1], s_priority, args[0], out, at);
}

int eval_property_fn(const Value *f, Value **param) {
    if (f->tag == VAL_PRIMOP) {
        *param = NULL;
        return f->u.primop->fn == prim_vmcMkMerge ? PROP_MERGE : -1;
    }
    if (f->tag != VAL_PRIMOP_APP || f->u.app.fn->tag != VAL_PRIMOP) return -1;
    void (*fn)(Vm *, Value **, Value *, Span) = f->u.app.fn->u.primop->fn;
    *param = f->u.app.arg;
    if (fn == prim_vmcMkIf) return PROP_IF;
    if (fn == prim_vmcMkOverride) return PROP_OVERRIDE;
    if (fn == prim_vmcMkOrder) return PROP_ORDER;
    return -1;
}

/* mkOption CHECKED attrs: attrs // { _type = "option"; } when attrs is a
 * set whose names are all mkOption's parameters; anything else goes to
 * CHECKED, mkOption as written in the language (runtime/lib/options.cfg),
 * for its exact errors.  A large configuration declares thousands of
 * options (every submodule value declares its own). */
static void prim_vmcMkOption(Vm *vm, Value **args, Value *out, Span at) {
    static const char *const names[] = {"apply", "default", "defaultText", "description", "example",
                                        "internal", "readOnly", "relatedPackages", "type", "visible"};
    static Sym allowed[ARRAY_LEN(names)], s_type;
    static Value *tag;
    static uint32_t serial;
    if (!s_type) {
        s_type = sym_cstr("_type");
        for (size_t i = 0; i < ARRAY_LEN(names); i++) allowed[i] = sym_cstr(names[i]);
    }
    if (serial != vm->serial) {
        tag = val_string(vm, "option", 6);
        serial = vm->serial;
    }
    Value *a = args[1];
    eval_force(vm, a, at);
    bool ok = a->tag == VAL_ATTRS;
    for (uint32_t i = 0; ok && i < a->u.attrs->n; i++) {
        Sym n = a->u.attrs->a[i].name;
        ok = false;
        for (size_t k = 0; k < ARRAY_LEN(allowed) && !ok; k++) ok = n == allowed[k];
    }
    if (!ok) {
        eval_apply(vm, args[0], a, out, at);
        return;
    }
    Attrs *x = a->u.attrs;
    Attrs *r = attrs_new(vm, x->n + 1);
    uint32_t k = 0, j = 0;
    while (k < x->n && sym_cmp(x->a[k].name, s_type) < 0) r->a[j++] = x->a[k++];
    r->a[j].name = s_type;
    r->a[j].value = tag;
    r->a[j].pos = at;
    j++;
    while (k < x->n) r->a[j++] = x->a[k++];
    out->tag = VAL_ATTRS;
    out->u.attrs = r;
}

void (*vmc_eval_modules_hook)(Vm *vm, Value *arg, Value *out, Span at);

static void prim_vmcEvalModules(Vm *vm, Value **args, Value *out, Span at) {
    if (!vmc_eval_modules_hook) eval_error(vm, at, "lib.evalModules needs vmc's module system, which is not loaded");
    vmc_eval_modules_hook(vm, args[0], out, at);
}

/* Bound in the global scope only (as __NAME, like every builtin), not in
 * `builtins`: runtime/lib/properties.cfg uses them. */
const Builtin vmc_internal_builtins[] = {
    {"vmcMkIf",       2, false, prim_vmcMkIf},
    {"vmcMkMerge",    1, false, prim_vmcMkMerge},
    {"vmcMkOrder",    2, false, prim_vmcMkOrder},
    {"vmcMkOverride", 2, false, prim_vmcMkOverride},
    {"vmcMkOption",   2, false, prim_vmcMkOption},
    {"vmcEvalModules", 1, false, prim_vmcEvalModules},
    {NULL, 0, false, NULL},
};

/* ---- the table ---- */

const Builtin vmc_builtins[] = {
    /* name                          arity global fn */
    {"abort",                        1, true,  prim_abort},
    {"add",                          2, false, prim_add},
    {"addErrorContext",              2, false, prim_addErrorContext},
    {"all",                          2, false, prim_all},
    {"any",                          2, false, prim_any},
    {"attrNames",                    1, false, prim_attrNames},
    {"attrValues",                   1, false, prim_attrValues},
    {"baseNameOf",                   1, true,  prim_baseNameOf},
    {"bitAnd",                       2, false, prim_bitAnd},
    {"bitOr",                        2, false, prim_bitOr},
    {"bitXor",                       2, false, prim_bitXor},
    {"catAttrs",                     2, false, prim_catAttrs},
    {"ceil",                         1, false, prim_ceil},
    {"compareVersions",              2, false, prim_compareVersions},
    {"concatLists",                  1, false, prim_concatLists},
    {"concatMap",                    2, false, prim_concatMap},
    {"concatStringsSep",             2, false, prim_concatStringsSep},
    {"currentSystem",                0, false, prim_currentSystem},
    {"deepSeq",                      2, false, prim_deepSeq},
    {"dirOf",                        1, true,  prim_dirOf},
    {"div",                          2, false, prim_div},
    {"elem",                         2, false, prim_elem},
    {"elemAt",                       2, false, prim_elemAt},
    {"filter",                       2, false, prim_filter},
    {"floor",                        1, false, prim_floor},
    {"foldl'",                       3, false, prim_foldlStrict},
    {"fromJSON",                     1, false, prim_fromJSON},
    {"fromTOML",                     1, false, prim_fromTOML},
    {"functionArgs",                 1, false, prim_functionArgs},
    {"genList",                      2, false, prim_genList},
    {"genericClosure",               1, false, prim_genericClosure},
    {"getAttr",                      2, false, prim_getAttr},
    {"getContext",                   1, false, prim_getContext},
    {"getEnv",                       1, false, prim_getEnv},
    {"groupBy",                      2, false, prim_groupBy},
    {"hasAttr",                      2, false, prim_hasAttr},
    {"hasContext",                   1, false, prim_hasContext},
    {"hashFile",                     2, false, prim_hashFile},
    {"hashString",                   2, false, prim_hashString},
    {"head",                         1, false, prim_head},
    {"import",                       1, true,  prim_import},
    {"intersectAttrs",               2, false, prim_intersectAttrs},
    {"isAttrs",                      1, false, prim_isAttrs},
    {"isBool",                       1, false, prim_isBool},
    {"isFloat",                      1, false, prim_isFloat},
    {"isFunction",                   1, false, prim_isFunction},
    {"isInt",                        1, false, prim_isInt},
    {"isList",                       1, false, prim_isList},
    {"isNull",                       1, true,  prim_isNull},
    {"isPath",                       1, false, prim_isPath},
    {"isString",                     1, false, prim_isString},
    {"langVersion",                  0, false, prim_langVersion},
    {"length",                       1, false, prim_length},
    {"lessThan",                     2, false, prim_lessThan},
    {"listToAttrs",                  1, false, prim_listToAttrs},
    {"map",                          2, true,  prim_map},
    {"mapAttrs",                     2, false, prim_mapAttrs},
    {"match",                        2, false, prim_match},
    {"mul",                          2, false, prim_mul},
    {"nixVersion",                   0, false, prim_nixVersion},
    {"parseDrvName",                 1, false, prim_parseDrvName},
    {"partition",                    2, false, prim_partition},
    {"pathExists",                   1, false, prim_pathExists},
    {"readDir",                      1, false, prim_readDir},
    {"readFile",                     1, false, prim_readFile},
    {"removeAttrs",                  2, true,  prim_removeAttrs},
    {"replaceStrings",               3, false, prim_replaceStrings},
    {"seq",                          2, false, prim_seq},
    {"sort",                         2, false, prim_sort},
    {"split",                        2, false, prim_split},
    {"splitVersion",                 1, false, prim_splitVersion},
    {"stringLength",                 1, false, prim_stringLength},
    {"sub",                          2, false, prim_sub},
    {"substring",                    3, false, prim_substring},
    {"tail",                         1, false, prim_tail},
    {"throw",                        1, true,  prim_throw},
    {"toJSON",                       1, false, prim_toJSON},
    {"toPath",                       1, false, prim_toPath},
    {"toXML",                        1, false, prim_toXML},
    {"toString",                     1, true,  prim_toString},
    {"trace",                        2, false, prim_trace},
    {"tryEval",                      1, false, prim_tryEval},
    {"typeOf",                       1, false, prim_typeOf},
    {"unsafeDiscardOutputDependency", 1, false, prim_unsafeDiscardStringContext},
    {"unsafeDiscardStringContext",   1, false, prim_unsafeDiscardStringContext},
    {"unsafeGetAttrPos",             2, false, prim_unsafeGetAttrPos},
    {"zipAttrsWith",                 2, false, prim_zipAttrsWith},
    {NULL, 0, false, NULL},
};
