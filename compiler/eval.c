/*
 * eval.c: the lazy evaluator (environments, thunks, application, operators),
 * errors with their context, and imports.
 *
 * Evaluation is a recursive walk of the AST producing weak head normal
 * forms.  Arguments, attribute values and list elements become thunks
 * (or are shared when they are variables or constants); a thunk is
 * overwritten with its value when forced.  vm->depth bounds the recursion
 * so that runaway programs get a diagnostic, not a crash; main runs the
 * evaluator on a thread with a large stack to make that bound generous.
 */
#include "eval.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "astio.h"
#include "cache.h"
#include "runtime.h"
#include "source.h"
#include "vec.h"

/* How deeply forcing and calls may nest.  Each level takes a few C frames;
 * main.c gives the evaluator a 1 GiB stack, far more than this needs.
 * AddressSanitizer's frames are several times larger, and it cannot clean
 * up after a longjmp across more than 64 MiB of stack, so its limit is
 * lower. */
#ifndef VMC_MAX_DEPTH
#if defined(__SANITIZE_ADDRESS__)
#define VMC_MAX_DEPTH 5000
#else
#define VMC_MAX_DEPTH 100000
#endif
#endif

/* ------------------------------------------------------------------------ */
/* Construction. */

Value *val_new(Vm *vm) { return arena_alloc(&vm->arena, sizeof(Value), _Alignof(Value)); }

Value *val_int(Vm *vm, int64_t i) {
    Value *v = val_new(vm);
    v->tag = VAL_INT;
    v->u.i = i;
    return v;
}

Value *val_bool(Vm *vm, bool b) {
    Value *v = val_new(vm);
    v->tag = VAL_BOOL;
    v->u.b = b;
    return v;
}

Value *val_null(Vm *vm) {
    Value *v = val_new(vm);
    v->tag = VAL_NULL;
    return v;
}

void set_string_owned(Value *out, const char *s, size_t len) {
    out->tag = VAL_STRING;
    out->u.str.s = s;
    out->u.str.len = len;
}

void set_string(Vm *vm, Value *out, const char *s, size_t len) {
    set_string_owned(out, arena_strndup(&vm->arena, s, len), len);
}

Value *val_string(Vm *vm, const char *s, size_t len) {
    Value *v = val_new(vm);
    set_string(vm, v, s, len);
    return v;
}

Value *val_list(Vm *vm, size_t n) {
    Value *v = val_new(vm);
    v->tag = VAL_LIST;
    v->u.list.n = n;
    v->u.list.items = n ? ARENA_ARRAY(&vm->arena, Value *, n) : NULL;
    return v;
}

Attrs *attrs_new(Vm *vm, uint32_t n) {
    Attrs *a = arena_alloc(&vm->arena, sizeof(Attrs) + sizeof(Attr) * n, _Alignof(Attrs));
    a->n = n;
    a->prop = 0;
    return a;
}

Value *val_attrs(Vm *vm, Attrs *a) {
    Value *v = val_new(vm);
    v->tag = VAL_ATTRS;
    v->u.attrs = a;
    return v;
}

static Attr *attrs_search(Attrs *a, Sym name);

/* Lookups in large sets (lib, builtins, option namespaces) remembered in
 * a direct-mapped table: a set never changes once it can be searched
 * (searching needs its final order), and its memory is not reused before
 * vm_free, which empties the table. */
#define FIND_CACHE_BITS 11
static struct FindCache {
    const Attrs *a;
    Sym name;
    Attr *hit;
} find_cache[1u << FIND_CACHE_BITS];

static void find_cache_clear(void) { memset(find_cache, 0, sizeof find_cache); }

Attr *attrs_find(Attrs *a, Sym name) {
    /* Small sets (properties, types, most option sets): pointers compare
     * faster than a binary search comparing bytes. */
    if (a->n <= 8) {
        for (uint32_t i = 0; i < a->n; i++)
            if (a->a[i].name == name) return &a->a[i];
        return NULL;
    }
    struct FindCache *fc = NULL;
    if (a->n > 32) {
        uint64_t h = ((uint64_t)(uintptr_t)a ^ ((uint64_t)(uintptr_t)name << 7)) * 0x9E3779B97F4A7C15ull;
        fc = &find_cache[h >> (64 - FIND_CACHE_BITS)];
        if (fc->a == a && fc->name == name) return fc->hit;
    }
    Attr *r = attrs_search(a, name);
    if (fc) {
        fc->a = a;
        fc->name = name;
        fc->hit = r;
    }
    return r;
}

static Attr *attrs_search(Attrs *a, Sym name) {
    uint32_t lo = 0, hi = a->n;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        Sym m = a->a[mid].name;
        if (m == name) return &a->a[mid];
        int c = sym_cmp(m, name);
        if (c < 0) lo = mid + 1; else hi = mid;
    }
    return NULL;
}

/* Stable merge sort of attributes by name. */
static void sort_attrs(Attr *a, Attr *tmp, uint32_t n) {
    if (n < 2) return;
    if (n < 12) {
        for (uint32_t i = 1; i < n; i++) {
            Attr x = a[i];
            uint32_t j = i;
            while (j > 0 && sym_cmp(a[j - 1].name, x.name) > 0) { a[j] = a[j - 1]; j--; }
            a[j] = x;
        }
        return;
    }
    uint32_t m = n / 2;
    sort_attrs(a, tmp, m);
    sort_attrs(a + m, tmp, n - m);
    uint32_t i = 0, j = m, k = 0;
    while (i < m && j < n) tmp[k++] = sym_cmp(a[j].name, a[i].name) < 0 ? a[j++] : a[i++];
    while (i < m) tmp[k++] = a[i++];
    while (j < n) tmp[k++] = a[j++];
    memcpy(a, tmp, sizeof(Attr) * n);
}

void attrs_sort(Vm *vm, Attrs *a, Span at, bool keep_last) {
    if (a->n < 2) return;
    bool sorted = true;
    for (uint32_t i = 1; i < a->n && sorted; i++)
        if (sym_cmp(a->a[i - 1].name, a->a[i].name) >= 0) sorted = false;
    if (sorted) return;
    Attr *tmp = vmc_xrealloc(NULL, sizeof(Attr) * a->n);
    sort_attrs(a->a, tmp, a->n);
    free(tmp);
    uint32_t o = 0;
    for (uint32_t i = 0; i < a->n; i++) {
        if (o > 0 && a->a[o - 1].name == a->a[i].name) {
            if (!keep_last) eval_error(vm, at, "duplicate attribute '%s'", a->a[i].name->str);
            a->a[o - 1] = a->a[i];
            continue;
        }
        a->a[o++] = a->a[i];
    }
    a->n = o;
}

/* ------------------------------------------------------------------------ */
/* Errors. */

static void grow_frames(Vm *vm) {
    vm->frames.cap = vm->frames.cap ? vm->frames.cap * 2 : 256;
    vm->frames.data = vmc_xrealloc(vm->frames.data, sizeof(Frame) * vm->frames.cap);
}

static inline void push_frame(Vm *vm, uint8_t kind, Span span, const char *what) {
    if (vm->frames.len == vm->frames.cap) grow_frames(vm);
    Frame *f = &vm->frames.data[vm->frames.len++];
    f->kind = kind;
    f->span = span;
    f->what = what;
}

void eval_push_frame(Vm *vm, uint8_t kind, Span span, const char *what) { push_frame(vm, kind, span, what); }

#define MAX_NOTES 12

static void add_notes(Vm *vm, Diag *d) {
    Span last = {0};
    uint32_t shown = 0, skipped = 0;
    for (uint32_t i = vm->frames.len; i-- > 0;) {
        Frame *f = &vm->frames.data[i];
        if (f->span.file == last.file && f->span.start == last.start && f->span.len == last.len && f->span.file)
            continue;
        if (f->span.file && f->span.file == d->span.file && f->span.start == d->span.start &&
            f->span.len == d->span.len && shown == 0)
            continue;
        last = f->span;
        if (shown >= MAX_NOTES) {
            skipped++;
            continue;
        }
        shown++;
        switch (f->kind) {
        case FRAME_ATTR: diag_add_note(d, f->span, "while evaluating the attribute '%s'", f->what); break;
        case FRAME_CALL:
            if (f->what) diag_add_note(d, f->span, "while calling the function '%s'", f->what);
            else diag_add_note(d, f->span, "while calling a function");
            break;
        case FRAME_LAMBDA: diag_add_note(d, f->span, "while calling the function defined here"); break;
        case FRAME_BUILTIN: diag_add_note(d, f->span, "while evaluating the arguments of builtins.%s", f->what); break;
        case FRAME_IMPORT: diag_add_note(d, f->span, "while importing '%s'", f->what); break;
        default: diag_add_note(d, f->span, "%s", f->what); break;
        }
    }
    if (skipped) diag_add_note(d, span_make(0, 0, 0), "(%u more frames not shown)", skipped);
}

static Catch *handler_for(Vm *vm, bool catchable) {
    Catch *h = vm->catch_;
    while (h && h->catchable_only && !catchable) h = h->prev;
    VMC_ASSERT(h != NULL, "error raised outside eval_try");
    return h;
}

static _Noreturn void unwind(Vm *vm, Catch *h) {
    /* Put back every thunk whose forcing is abandoned, so that forcing it
     * again (after tryEval) evaluates it again instead of reporting
     * infinite recursion. */
    for (uint32_t i = vm->forcing.len; i-- > h->forcing;) {
        Value *v = vm->forcing.data[i].v;
        if (v->tag == VAL_BLACKHOLE) v->tag = v->was;
    }
    vm->forcing.len = h->forcing;
    vm->frames.len = h->frames;
    vm->depth = h->depth;
    vm->catch_ = h;
    longjmp(h->jb, 1);
}

_Noreturn void eval_raise(Vm *vm, Diag *d, bool catchable) {
    Catch *h = handler_for(vm, catchable);
    if (h->catchable_only) {
        diag_free(d);
        d = NULL;
    } else {
        add_notes(vm, d);
    }
    vm->error.diag = d;
    vm->error.catchable = catchable;
    unwind(vm, h);
}

static _Noreturn void raise_v(Vm *vm, Span at, bool catchable, const char *fmt, va_list ap) {
    Catch *h = handler_for(vm, catchable);
    if (h->catchable_only) {
        /* tryEval discards the message: skip formatting it. */
        vm->error.diag = NULL;
        vm->error.catchable = true;
        unwind(vm, h);
    }
    char buf[4096];
    vsnprintf(buf, sizeof buf, fmt, ap);
    Diag *d = diag_new(at, "%s", buf);
    eval_raise(vm, d, catchable);
}

_Noreturn void eval_error(Vm *vm, Span at, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    raise_v(vm, at, false, fmt, ap);
}

_Noreturn void eval_throw(Vm *vm, Span at, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    raise_v(vm, at, true, fmt, ap);
}

bool eval_try(Vm *vm, void (*fn)(Vm *vm, void *arg), void *arg, EvalError *err) {
    Catch c;
    c.frames = vm->frames.len;
    c.forcing = vm->forcing.len;
    c.depth = vm->depth;
    c.catchable_only = false;
    c.prev = vm->catch_;
    vm->catch_ = &c;
    memset(&vm->error, 0, sizeof vm->error);
    if (setjmp(c.jb)) {
        vm->catch_ = c.prev;
        *err = vm->error;
        memset(&vm->error, 0, sizeof vm->error);
        return false;
    }
    fn(vm, arg);
    vm->catch_ = c.prev;
    return true;
}

bool eval_try_catchable(Vm *vm, Value *v, Span at) {
    Catch c;
    c.frames = vm->frames.len;
    c.forcing = vm->forcing.len;
    c.depth = vm->depth;
    c.catchable_only = true;
    c.prev = vm->catch_;
    vm->catch_ = &c;
    if (setjmp(c.jb)) {
        vm->catch_ = c.prev;
        memset(&vm->error, 0, sizeof vm->error);
        return false;
    }
    eval_force(vm, v, at);
    vm->catch_ = c.prev;
    return true;
}

/* ------------------------------------------------------------------------ */
/* Type checks. */

static _Noreturn void type_error(Vm *vm, Value *v, Span at, const char *expected, const char *what) {
    if (what)
        eval_error(vm, at, "value is %s while %s was expected, in %s", value_kind_phrase(v), expected, what);
    eval_error(vm, at, "value is %s while %s was expected", value_kind_phrase(v), expected);
}

int64_t eval_int(Vm *vm, Value *v, Span at, const char *what) {
    eval_force(vm, v, at);
    if (v->tag != VAL_INT) type_error(vm, v, at, "an integer", what);
    return v->u.i;
}

bool eval_bool(Vm *vm, Value *v, Span at, const char *what) {
    eval_force(vm, v, at);
    if (v->tag != VAL_BOOL) type_error(vm, v, at, "a Boolean", what);
    return v->u.b;
}

Attrs *eval_attrs(Vm *vm, Value *v, Span at, const char *what) {
    eval_force(vm, v, at);
    if (v->tag != VAL_ATTRS) type_error(vm, v, at, "a set", what);
    return v->u.attrs;
}

Value *eval_list(Vm *vm, Value *v, Span at, const char *what) {
    eval_force(vm, v, at);
    if (v->tag != VAL_LIST) type_error(vm, v, at, "a list", what);
    return v;
}

Value *eval_string_value(Vm *vm, Value *v, Span at, const char *what) {
    eval_force(vm, v, at);
    if (v->tag != VAL_STRING) type_error(vm, v, at, "a string", what);
    return v;
}

Value *eval_function(Vm *vm, Value *v, Span at, const char *what) {
    eval_force(vm, v, at);
    if (v->tag != VAL_LAMBDA && v->tag != VAL_PRIMOP && v->tag != VAL_PRIMOP_APP) {
        if (v->tag == VAL_ATTRS && attrs_find(v->u.attrs, sym_cstr("__functor"))) return v;
        type_error(vm, v, at, "a function", what);
    }
    return v;
}

/* ------------------------------------------------------------------------ */
/* Environments and thunks. */

static Env *env_new(Vm *vm, Env *up, uint32_t n) {
    Env *e = arena_alloc(&vm->arena, sizeof(Env) + sizeof(Value *) * n, _Alignof(Env));
    e->up = up;
    e->n = n;
    e->next_with = 0;
    e->is_with = false;
    for (uint32_t i = 0; i < n; i++) e->slots[i] = NULL;
    return e;
}


/* The integer a variable or literal operand already holds, without forcing
 * anything: false when it is not an evaluated integer. */
static inline bool ready_int(Expr *x, Env *env, int64_t *out) {
    if (x->kind == EXPR_INT) {
        *out = x->u.lit.u.i;
        return true;
    }
    if (x->kind != EXPR_VAR) return false;
    Env *f = env;
    for (uint32_t i = x->u.var.up; i; i--) f = f->up;
    Value *v = f->slots[x->u.var.slot];
    if (!v || v->tag != VAL_INT) return false;
    *out = v->u.i;
    return true;
}

/* `a op b` on integers that are already evaluated cannot fail, diverge or
 * have effects (overflow aside, which is checked), so computing it now
 * gives the same value as a thunk would, without allocating one.  Returns
 * NULL when that does not apply. */
static Value *speculate(Vm *vm, Expr *e, Env *env) {
    int64_t x, y, r;
    if (e->u.binop.op > OP_GE || e->u.binop.op == OP_DIV) return NULL;
    if (!ready_int(e->u.binop.a, env, &x) || !ready_int(e->u.binop.b, env, &y)) return NULL;
    Value *v = val_new(vm);
    v->tag = VAL_INT;
    switch (e->u.binop.op) {
    case OP_ADD: if (__builtin_add_overflow(x, y, &r)) return NULL; v->u.i = r; return v;
    case OP_SUB: if (__builtin_sub_overflow(x, y, &r)) return NULL; v->u.i = r; return v;
    case OP_MUL: if (__builtin_mul_overflow(x, y, &r)) return NULL; v->u.i = r; return v;
    case OP_LT: v->tag = VAL_BOOL; v->u.b = x < y; return v;
    case OP_LE: v->tag = VAL_BOOL; v->u.b = x <= y; return v;
    case OP_GT: v->tag = VAL_BOOL; v->u.b = x > y; return v;
    case OP_GE: v->tag = VAL_BOOL; v->u.b = x >= y; return v;
    case OP_EQ: v->tag = VAL_BOOL; v->u.b = x == y; return v;
    case OP_NEQ: v->tag = VAL_BOOL; v->u.b = x != y; return v;
    default: return NULL;   /* the Value is left unused in the arena */
    }
}

static _Noreturn void too_deep(Vm *vm, Span at);

/* A value standing for `e` in `env`, not yet evaluated: constants and
 * variables are shared, functions are closed over at once, integer
 * arithmetic on evaluated operands is done at once (see speculate), list
 * literals are built at once (their members stay lazy), and everything else
 * becomes a thunk.  Set literals too: the module system reads most of them
 * from their syntax, without building them (modules.c, pushdown_literal). */
static inline Value *mkthunk(Vm *vm, Expr *e, Env *env) { return eval_lazy(vm, e, env); }

/* The cases eval_lazy (eval.h) does not answer inline. */
static Value *mkthunk_plain(Vm *vm, Expr *e, Env *env) {
    Value *v = val_new(vm);
    v->tag = VAL_THUNK;
    v->u.thunk.env = env;
    v->u.thunk.e = e;
    vm->nthunks++;
    return v;
}

Value *eval_lazy_slow(Vm *vm, Expr *e, Env *env) {
    switch (e->kind) {
    case EXPR_BINOP: {
        Value *v = speculate(vm, e, env);
        if (v) return v;
        break;
    }
    case EXPR_INT:
    case EXPR_FLOAT:
    case EXPR_STRING:
    case EXPR_PATH:
        return &e->u.lit;   /* the value the node carries (only thunks are ever overwritten) */
    case EXPR_VAR: {
        Env *f = env;
        for (uint32_t i = e->u.var.up; i; i--) f = f->up;
        Value *v = f->slots[e->u.var.slot];
        if (v) return v;
        break;  /* a recursive binding not yet set up */
    }
    case EXPR_LAMBDA: {
        Value *v = val_new(vm);
        v->tag = VAL_LAMBDA;
        v->u.lambda.env = env;
        v->u.lambda.fn = e;
        return v;
    }
    case EXPR_SELECT: {
        /* `t.str`, `lib.types.bool`: when the variable's set and every
         * attribute on the path are values already, the select's value is
         * at hand: no thunk, nothing evaluated (else the thunk, which
         * reports what is missing when forced). */
        if (!e->selvar) break;
        Env *f = env;
        for (uint32_t i = e->u.select.var.up; i; i--) f = f->up;
        Value *cur = f->slots[e->u.select.var.slot];
        for (uint32_t i = 0; cur && i < e->npath; i++) {
            Sym name = e->selname ? e->u.select.name : e->u.select.path[i].sym;
            if (!name || cur->tag != VAL_ATTRS) return mkthunk_plain(vm, e, env);
            Attr *x = attrs_find(cur->u.attrs, name);
            cur = x && x->value->tag < VAL_THUNK ? x->value : NULL;
        }
        if (cur) {
            /* A cell of its own, as forcing a thunk would give: a value's
             * identity shows in `==` (a function equals only itself). */
            Value *v = val_new(vm);
            *v = *cur;
            return v;
        }
        break;
    }
    case EXPR_LIST: {
        /* A list literal cannot fail, diverge or have effects (its members
         * stay lazy), so it is built at once rather than as a thunk that
         * would be forced later. */
        Value *v = val_new(vm);
        if (++vm->depth > vm->max_depth) too_deep(vm, e->span);
        eval_expr(vm, e, env, v);
        vm->depth--;
        return v;
    }
    default:
        break;
    }
    return mkthunk_plain(vm, e, env);
}

static _Noreturn void too_deep(Vm *vm, Span at) {
    eval_error(vm, at, "stack overflow (possible infinite recursion)");
}

static _Noreturn void infinite_recursion(Vm *vm, Value *v, Span at) {
    Diag *d = diag_new(at, "infinite recursion encountered");
    for (uint32_t i = vm->forcing.len; i-- > 0;) {
        if (vm->forcing.data[i].v == v) {
            if (vm->forcing.data[i].at.file) diag_add_note(d, vm->forcing.data[i].at, "first needed here");
            break;
        }
    }
    if (v->was == VAL_THUNK && v->u.thunk.e->span.file)
        diag_add_note(d, v->u.thunk.e->span, "the value defined here depends on itself");
    eval_raise(vm, d, false);
}

/* Native closures are kept in a table; a value refers to one by index
 * (VAL_NATIVE, or an integer argument of an internal builtin for native
 * functions), so that no C pointer is ever stored in a Value. */
typedef struct Native {
    NativeFn *fn0;     /* thunk body, or NULL */
    NativeFn1 *fn1;    /* function body, or NULL */
    void *data;        /* its closure */
} Native;

static uint32_t native_add(Vm *vm, NativeFn *fn0, NativeFn1 *fn1, void *data) {
    if (vm->natives.len == vm->natives.cap) {
        vm->natives.cap = vm->natives.cap ? vm->natives.cap * 2 : 64;
        vm->natives.data = vmc_xrealloc(vm->natives.data, sizeof(Native) * vm->natives.cap);
    }
    Native *n = &vm->natives.data[vm->natives.len];
    n->fn0 = fn0;
    n->fn1 = fn1;
    n->data = data;
    return vm->natives.len++;
}

#define NOINLINE __attribute__((noinline))

static NOINLINE void eval_attrs_expr(Vm *vm, Expr *e, Env *env, Value *out);

void eval_force_slow(Vm *vm, Value *v, Span at) {
    if (v->tag == VAL_BLACKHOLE) infinite_recursion(vm, v, at);
    if (v->tag < VAL_THUNK) return;
    if (v->tag == VAL_THUNK) {
        Expr *e = v->u.thunk.e;
        if (e->kind == EXPR_ATTRS && !e->rec && !attrs_ndyn(e)) {
            /* A set literal (see mkthunk): building it forces nothing and
             * cannot fail, so it needs no blackhole. */
            eval_attrs_expr(vm, e, v->u.thunk.env, v);
            return;
        }
    }
    if (++vm->depth > vm->max_depth) too_deep(vm, at);
    if (vm->forcing.len == vm->forcing.cap) {
        vm->forcing.cap = vm->forcing.cap ? vm->forcing.cap * 2 : 256;
        vm->forcing.data = vmc_xrealloc(vm->forcing.data, sizeof(Forcing) * vm->forcing.cap);
    }
    Forcing *fr = &vm->forcing.data[vm->forcing.len++];
    fr->v = v;
    fr->at = at;
    Value tmp;
    v->was = v->tag;
    v->tag = VAL_BLACKHOLE;
    if (v->was == VAL_THUNK) {
        eval_expr(vm, v->u.thunk.e, v->u.thunk.env, &tmp);
    } else if (v->was == VAL_NATIVE) {
        Native *n = &vm->natives.data[v->u.native];
        n->fn0(vm, n->data, &tmp, at);
    } else {
        /* A call a builtin set up (map, genList, ...): name the function. */
        Value *fn = v->u.app.fn;
        bool framed = fn->tag == VAL_LAMBDA;
        if (framed) push_frame(vm, FRAME_LAMBDA, fn->u.lambda.fn->span, NULL);
        eval_apply(vm, fn, v->u.app.arg, &tmp, at);
        if (framed) vm->frames.len--;
    }
    vm->forcing.len--;
    vm->depth--;
    *v = tmp;
}

static void prim_native1(Vm *vm, Value **args, Value *out, Span at) {
    Native *n = &vm->natives.data[args[0]->u.i];
    n->fn1(vm, n->data, args[1], out, at);
}

static const Builtin native1 = {"<native function>", 2, false, prim_native1};

Value *eval_native_thunk(Vm *vm, NativeFn *fn, void *data) {
    Value *v = val_new(vm);
    v->tag = VAL_NATIVE;
    v->u.native = native_add(vm, fn, NULL, data);
    return v;
}

Value *eval_native_function(Vm *vm, NativeFn1 *fn, void *data) {
    if (!vm->native1_fn) {
        vm->native1_fn = val_new(vm);
        vm->native1_fn->tag = VAL_PRIMOP;
        vm->native1_fn->u.primop = &native1;
    }
    Value *v = val_new(vm);
    v->tag = VAL_PRIMOP_APP;
    v->u.app.fn = vm->native1_fn;
    v->u.app.arg = val_int(vm, native_add(vm, NULL, fn, data));
    return v;
}

Value *eval_lazy_apply(Vm *vm, Value *f, Value *arg) {
    Value *v = val_new(vm);
    v->tag = VAL_APP;
    v->u.app.fn = f;
    v->u.app.arg = arg;
    return v;
}

/* Containers already forced by one eval_force_deep, so that a cyclic value
 * (let s = { x = s; }; in s) ends, as in Nix.  Kept in the arena: an
 * error can unwind through it. */
typedef struct Seen {
    const void **slots;   /* NULL = empty */
    uint32_t cap, len;    /* a power of two; used */
} Seen;

static bool seen_add(Vm *vm, Seen *s, const void *p) {
    if ((s->len + 1) * 2 > s->cap) {
        uint32_t nc = s->cap ? s->cap * 2 : 64;
        const void **ns = arena_zalloc(&vm->arena, sizeof(void *) * nc, _Alignof(void *));
        for (uint32_t i = 0; i < s->cap; i++) {
            if (!s->slots[i]) continue;
            uint32_t j = (uint32_t)(((uintptr_t)s->slots[i] >> 4) * 2654435761u) & (nc - 1);
            while (ns[j]) j = (j + 1) & (nc - 1);
            ns[j] = s->slots[i];
        }
        s->slots = ns;
        s->cap = nc;
    }
    uint32_t j = (uint32_t)(((uintptr_t)p >> 4) * 2654435761u) & (s->cap - 1);
    while (s->slots[j]) {
        if (s->slots[j] == p) return false;
        j = (j + 1) & (s->cap - 1);
    }
    s->slots[j] = p;
    s->len++;
    return true;
}

static void force_deep(Vm *vm, Value *v, Span at, Seen *seen, uint32_t depth) {
    if (depth > vm->max_depth) too_deep(vm, at);
    eval_force(vm, v, at);
    if (v->tag == VAL_ATTRS) {
        Attrs *a = v->u.attrs;
        if (!seen_add(vm, seen, a)) return;
        for (uint32_t i = 0; i < a->n; i++) {
            eval_push_frame(vm, FRAME_ATTR, a->a[i].pos.file ? a->a[i].pos : at, a->a[i].name->str);
            force_deep(vm, a->a[i].value, a->a[i].pos.file ? a->a[i].pos : at, seen, depth + 1);
            eval_pop_frame(vm);
        }
    } else if (v->tag == VAL_LIST) {
        if (v->u.list.n == 0 || !seen_add(vm, seen, v->u.list.items)) return;
        for (size_t i = 0; i < v->u.list.n; i++) force_deep(vm, v->u.list.items[i], at, seen, depth + 1);
    }
}

void eval_force_deep(Vm *vm, Value *v, Span at) {
    Seen seen = {NULL, 0, 0};
    force_deep(vm, v, at, &seen, 0);
}

/* ------------------------------------------------------------------------ */
/* Strings and coercion. */

static const char *int_str(Vm *vm, int64_t i, size_t *len) {
    char buf[24];
    const char *p = print_int(i, buf, len);
    return arena_strndup(&vm->arena, p, *len);
}

Str eval_coerce(Vm *vm, Value *v, Span at, bool to_string, const char *what) {
    Str r = {"", 0};
    eval_force(vm, v, at);
    switch (v->tag) {
    case VAL_STRING:
    case VAL_PATH:
        r.ptr = v->u.str.s;
        r.len = v->u.str.len;
        return r;
    case VAL_ATTRS: {
        Attr *f = attrs_find(v->u.attrs, sym_cstr("__toString"));
        if (f) {
            Value res;
            eval_apply(vm, f->value, v, &res, at);
            Value *h = val_new(vm);
            *h = res;
            return eval_coerce(vm, h, at, to_string, what);
        }
        Attr *o = attrs_find(v->u.attrs, sym_cstr("outPath"));
        if (o) return eval_coerce(vm, o->value, at, to_string, what);
        break;
    }
    default:
        break;
    }
    if (to_string) {
        switch (v->tag) {
        case VAL_INT: r.ptr = int_str(vm, v->u.i, &r.len); return r;
        case VAL_FLOAT: {
            char buf[512];
            int n = snprintf(buf, sizeof buf, "%f", v->u.f);
            r.ptr = arena_strndup(&vm->arena, buf, (size_t)n);
            r.len = (size_t)n;
            return r;
        }
        case VAL_BOOL:
            if (v->u.b) { r.ptr = "1"; r.len = 1; }
            return r;
        case VAL_NULL:
            return r;
        case VAL_LIST: {
            /* Coerce every element first (any may raise an error), then
             * join: nothing malloc'ed is held across a longjmp. */
            size_t n = v->u.list.n, total = 0;
            Str *parts = ARENA_ARRAY(&vm->arena, Str, n ? n : 1);
            for (size_t i = 0; i < n; i++) {
                parts[i] = eval_coerce(vm, v->u.list.items[i], at, true, what);
                total += parts[i].len + 1;
            }
            char *buf = arena_alloc(&vm->arena, total + 1, 1);
            size_t o = 0;
            for (size_t i = 0; i < n; i++) {
                Value *e = v->u.list.items[i];
                memcpy(buf + o, parts[i].ptr, parts[i].len);
                o += parts[i].len;
                if (i + 1 < n && (e->tag != VAL_LIST || e->u.list.n != 0)) buf[o++] = ' ';
            }
            buf[o] = 0;
            r.ptr = buf;
            r.len = o;
            return r;
        }
        default:
            break;
        }
    }
    if (what) eval_error(vm, at, "cannot coerce %s to a string, in %s", value_kind_phrase(v), what);
    eval_error(vm, at, "cannot coerce %s to a string", value_kind_phrase(v));
}

/* ------------------------------------------------------------------------ */
/* Equality and ordering. */

static bool equal(Vm *vm, Value *a, Value *b, Span at) {
    eval_force(vm, a, at);
    eval_force(vm, b, at);
    if (a == b) return true;   /* as Nix: a value is equal to itself, even a function */
    if (a->tag == VAL_INT && b->tag == VAL_FLOAT) return (double)a->u.i == b->u.f;
    if (a->tag == VAL_FLOAT && b->tag == VAL_INT) return a->u.f == (double)b->u.i;
    if (a->tag != b->tag) return false;
    switch (a->tag) {
    case VAL_NULL: return true;
    case VAL_BOOL: return a->u.b == b->u.b;
    case VAL_INT: return a->u.i == b->u.i;
    case VAL_FLOAT: return a->u.f == b->u.f;
    case VAL_STRING:
    case VAL_PATH:
        return a->u.str.len == b->u.str.len && memcmp(a->u.str.s, b->u.str.s, a->u.str.len) == 0;
    case VAL_LIST:
        if (a->u.list.n != b->u.list.n) return false;
        for (size_t i = 0; i < a->u.list.n; i++) {
            Value *x = a->u.list.items[i], *y = b->u.list.items[i];
            if (!equal(vm, x, y, at)) return false;
        }
        return true;
    case VAL_ATTRS: {
        Attrs *x = a->u.attrs, *y = b->u.attrs;
        if (x == y) return true;
        /* Derivations compare by their outPath, as in Nix. */
        Attr *tx = attrs_find(x, sym_cstr("type")), *ty = attrs_find(y, sym_cstr("type"));
        if (tx && ty) {
            eval_force(vm, tx->value, at);
            eval_force(vm, ty->value, at);
            Attr *ox = attrs_find(x, sym_cstr("outPath")), *oy = attrs_find(y, sym_cstr("outPath"));
            if (tx->value->tag == VAL_STRING && ty->value->tag == VAL_STRING && ox && oy &&
                !strcmp(tx->value->u.str.s, "derivation") && !strcmp(ty->value->u.str.s, "derivation"))
                return equal(vm, ox->value, oy->value, at);
        }
        if (x->n != y->n) return false;
        for (uint32_t i = 0; i < x->n; i++) {
            if (x->a[i].name != y->a[i].name) return false;
            if (!equal(vm, x->a[i].value, y->a[i].value, at)) return false;
        }
        return true;
    }
    default:
        return false;   /* functions are never equal */
    }
}

bool eval_equal(Vm *vm, Value *a, Value *b, Span at) { return equal(vm, a, b, at); }

int eval_compare(Vm *vm, Value *a, Value *b, Span at) {
    eval_force(vm, a, at);
    eval_force(vm, b, at);
    if ((a->tag == VAL_INT || a->tag == VAL_FLOAT) && (b->tag == VAL_INT || b->tag == VAL_FLOAT)) {
        if (a->tag == VAL_INT && b->tag == VAL_INT) return a->u.i < b->u.i ? -1 : a->u.i > b->u.i;
        double x = a->tag == VAL_INT ? (double)a->u.i : a->u.f;
        double y = b->tag == VAL_INT ? (double)b->u.i : b->u.f;
        return x < y ? -1 : x > y;
    }
    if (a->tag == b->tag && (a->tag == VAL_STRING || a->tag == VAL_PATH)) {
        size_t m = a->u.str.len < b->u.str.len ? a->u.str.len : b->u.str.len;
        int c = memcmp(a->u.str.s, b->u.str.s, m);
        if (c) return c < 0 ? -1 : 1;
        return a->u.str.len < b->u.str.len ? -1 : a->u.str.len > b->u.str.len;
    }
    if (a->tag == VAL_LIST && b->tag == VAL_LIST) {
        for (size_t i = 0;; i++) {
            if (i == b->u.list.n) return i == a->u.list.n ? 0 : 1;
            if (i == a->u.list.n) return -1;
            Value *x = a->u.list.items[i], *y = b->u.list.items[i];
            if (x == y || equal(vm, x, y, at)) continue;
            return eval_compare(vm, x, y, at);
        }
    }
    eval_error(vm, at, "cannot compare %s with %s", value_kind_phrase(a), value_kind_phrase(b));
}

/* ------------------------------------------------------------------------ */
/* Application. */

static const char *fn_name(Expr *fn) {
    if (fn->kind == EXPR_VAR) return fn->u.var.name->str;
    if (fn->kind == EXPR_WITHVAR) return fn->u.withvar.name->str;
    if (fn->kind == EXPR_SELECT && fn->npath && select_elem(fn, fn->npath - 1).sym)
        return select_elem(fn, fn->npath - 1).sym->str;
    return NULL;
}

static void lambda_loc(Vm *vm, Expr *fn, char *buf, size_t n) {
    (void)vm;
    diag_format_loc(buf, n, fn->span);
}

#define COLD __attribute__((noinline, cold))

static COLD _Noreturn void not_a_set_arg(Vm *vm, Expr *fn, Value *arg, Span at) {
    char loc[2048];
    lambda_loc(vm, fn, loc, sizeof loc);
    eval_error(vm, at, "value is %s while a set was expected, as the argument of the function at %s",
               value_kind_phrase(arg), loc);
}

static COLD _Noreturn void missing_arg(Vm *vm, Expr *fn, Formal *f, Span at) {
    char loc[2048];
    lambda_loc(vm, fn, loc, sizeof loc);
    Diag *d = diag_new(at, "function at %s called without required argument '%s'", loc, f->name->str);
    diag_add_note(d, f->span, "the argument is declared here");
    eval_raise(vm, d, false);
}

static COLD _Noreturn void unexpected_arg(Vm *vm, Expr *fn, Sym name, Span at) {
    char loc[2048];
    lambda_loc(vm, fn, loc, sizeof loc);
    uint32_t nf = fn->nformals;
    Formal *fs = fn->u.lambda.formals;
    Diag *d = diag_new(at, "function at %s called with unexpected argument '%s'", loc, name->str);
    if (nf) {
        StrBuf b = {0};
        for (uint32_t j = 0; j < nf; j++) sb_printf(&b, "%s'%s'", j ? ", " : "", fs[j].name->str);
        diag_add_note(d, fn->span, "the function accepts %s", b.data);
        free(b.data);
    } else {
        diag_add_note(d, fn->span, "the function accepts no attributes");
    }
    eval_raise(vm, d, false);
}

static void call_lambda(Vm *vm, Value *f, Value *arg, Value *out, Span at) {
    Expr *fn = f->u.lambda.fn;
    uint32_t nslots = fn->has_formals ? fn->nformals + (fn->u.lambda.arg ? 1 : 0) : 1;
    Env *env = env_new(vm, f->u.lambda.env, nslots);
    if (!fn->has_formals) {
        env->slots[0] = arg;
    } else {
        eval_force(vm, arg, at);
        if (arg->tag != VAL_ATTRS) not_a_set_arg(vm, fn, arg, at);
        Attrs *a = arg->u.attrs;
        uint32_t nf = fn->nformals;
        Formal *fs = fn->u.lambda.formals;
        if (fn->u.lambda.arg) env->slots[nf] = arg;
        uint32_t used = 0;
        for (uint32_t i = 0; i < nf; i++) {
            Attr *x = attrs_find(a, fs[i].name);
            if (x) {
                env->slots[i] = x->value;
                used++;
            } else if (!fs[i].def) {
                missing_arg(vm, fn, &fs[i], at);
            }
        }
        for (uint32_t i = 0; i < nf; i++)
            if (!env->slots[i]) env->slots[i] = mkthunk(vm, fs[i].def, env);
        if (!fn->ellipsis && used < a->n) {
            for (uint32_t i = 0; i < a->n; i++) {
                bool known = false;
                for (uint32_t j = 0; j < nf && !known; j++) known = fs[j].name == a->a[i].name;
                if (!known) unexpected_arg(vm, fn, a->a[i].name, at);
            }
        }
    }
    if (++vm->depth > vm->max_depth) too_deep(vm, at);
    vm->ncalls++;
    eval_expr(vm, fn->u.lambda.body, env, out);
    vm->depth--;
}

static Sym sym_functor, sym__type;

void eval_apply(Vm *vm, Value *f, Value *arg, Value *out, Span at) {
    eval_force(vm, f, at);
    switch (f->tag) {
    case VAL_LAMBDA:
        call_lambda(vm, f, arg, out, at);
        return;
    case VAL_PRIMOP:
    case VAL_PRIMOP_APP: {
        uint32_t have = 0;
        Value *p = f;
        while (p->tag == VAL_PRIMOP_APP) { have++; p = p->u.app.fn; }
        const Builtin *b = p->u.primop;
        if (have + 1 < b->arity) {
            Value *fc = val_new(vm);
            *fc = *f;
            out->tag = VAL_PRIMOP_APP;
            out->u.app.fn = fc;
            out->u.app.arg = arg;
            return;
        }
        Value *args[8];
        VMC_ASSERT(b->arity <= 8, "builtin arity");
        args[have] = arg;
        p = f;
        for (uint32_t i = have; i-- > 0;) {
            args[i] = p->u.app.arg;
            p = p->u.app.fn;
        }
        if (++vm->depth > vm->max_depth) too_deep(vm, at);
        b->fn(vm, args, out, at);
        vm->depth--;
        return;
    }
    case VAL_ATTRS: {
        Attr *fa = attrs_find(f->u.attrs, sym_functor);
        if (fa) {
            if (++vm->depth > vm->max_depth) too_deep(vm, at);
            Value self_tmp;
            Value *self = val_new(vm);
            *self = *f;
            eval_apply(vm, fa->value, self, &self_tmp, at);
            Value *g = val_new(vm);
            *g = self_tmp;
            eval_apply(vm, g, arg, out, at);
            vm->depth--;
            return;
        }
        break;
    }
    default:
        break;
    }
    eval_error(vm, at, "attempt to call something which is not a function but %s", value_kind_phrase(f));
}

/* ------------------------------------------------------------------------ */
/* Sets. */

static Value *lookup_with(Vm *vm, Expr *e, Env *env) {
    Env *f = env;
    for (uint32_t i = e->u.withvar.up; i; i--) f = f->up;
    Sym name = e->u.withvar.name;
    for (;;) {
        VMC_ASSERT(f->is_with, "with frame expected");
        Attrs *a = eval_attrs(vm, f->slots[0], e->span, "the set of a 'with' expression");
        Attr *x = attrs_find(a, name);
        if (x) return x->value;
        if (!f->next_with) break;
        for (uint32_t i = f->next_with; i; i--) f = f->up;
    }
    eval_error(vm, e->span, "undefined variable '%s'", name->str);
}

static Sym attr_sym(Vm *vm, AttrName *an, Env *env, bool *is_null) {
    if (an->sym) return an->sym;
    Value v;
    eval_expr(vm, an->dyn, env, &v);
    if (v.tag == VAL_NULL && is_null) {
        *is_null = true;
        return NULL;
    }
    if (v.tag != VAL_STRING)
        eval_error(vm, an->span, "value is %s while a string was expected, as an attribute name", value_kind_phrase(&v));
    return sym_intern(v.u.str.s, v.u.str.len);
}

/* { binds } and rec { binds } */
static NOINLINE void eval_attrs_expr(Vm *vm, Expr *e, Env *env, Value *out) {
    uint32_t n = attrs_n(e), nd = attrs_ndyn(e);
    Binding *bs = attrs_binds(e);
    Env *inner = env;
    if (e->rec) inner = env_new(vm, env, n);
    Attrs *a = attrs_new(vm, n + nd);
    if (e->rec) {
        for (uint32_t i = 0; i < n; i++)
            if (bs[i].value->kind != EXPR_VAR || bs[i].value->inherited) inner->slots[i] = mkthunk(vm, bs[i].value, bs[i].value->inherited ? env : inner);
        for (uint32_t i = 0; i < n; i++)
            if (!inner->slots[i]) inner->slots[i] = mkthunk(vm, bs[i].value, inner);
    }
    bool typed = false;
    for (uint32_t i = 0; i < n; i++) {
        a->a[i].name = bs[i].name;
        a->a[i].value = e->rec ? inner->slots[i] : mkthunk(vm, bs[i].value, env);
        a->a[i].pos = bs[i].span;
        typed |= bs[i].name == sym__type;
    }
    /* A literal without `_type` is no property (mkIf, ...): merge.c need
     * not look.  Dynamic names may add one. */
    if (!typed && !nd) a->prop = ATTRS_PROP_NONE;
    if (nd) {
        uint32_t k = n;
        for (uint32_t i = 0; i < nd; i++) {
            DynBinding *d = &e->u.attrs.dyn[i];
            Value nv;
            eval_expr(vm, d->name, inner, &nv);
            if (nv.tag == VAL_NULL) continue;
            if (nv.tag != VAL_STRING)
                eval_error(vm, d->span, "value is %s while a string was expected, as an attribute name",
                           value_kind_phrase(&nv));
            Sym s = sym_intern(nv.u.str.s, nv.u.str.len);
            for (uint32_t j = 0; j < k; j++) {
                if (a->a[j].name == s) {
                    char loc[2048];
                    diag_format_loc(loc, sizeof loc, a->a[j].pos);
                    eval_error(vm, d->span, "dynamic attribute '%s' already defined at %s", s->str, loc);
                }
            }
            a->a[k].name = s;
            a->a[k].value = mkthunk(vm, d->value, inner);
            a->a[k].pos = d->span;
            k++;
        }
        a->n = k;
        attrs_sort(vm, a, e->span, false);
    }
    out->tag = VAL_ATTRS;
    out->u.attrs = a;
}

/* "attribute 'x' missing", with the closest existing name as a hint. */
static COLD _Noreturn void missing_attr(Vm *vm, Attrs *a, Sym name, Span at) {
    const char *best = NULL;
    size_t bestd = (size_t)-1;
    for (uint32_t j = 0; j < a->n && j < 10000; j++) {
        const char *c = a->a[j].name->str;
        size_t la = strlen(c), lb = name->len;
        if (la > 64 || lb > 64) continue;
        size_t d[65], prev;
        for (size_t y = 0; y <= lb; y++) d[y] = y;
        for (size_t x2 = 1; x2 <= la; x2++) {
            prev = d[0];
            d[0] = x2;
            for (size_t y = 1; y <= lb; y++) {
                size_t t = d[y];
                size_t cost = c[x2 - 1] == name->str[y - 1] ? 0 : 1;
                size_t m = prev + cost;
                if (d[y] + 1 < m) m = d[y] + 1;
                if (d[y - 1] + 1 < m) m = d[y - 1] + 1;
                d[y] = m;
                prev = t;
            }
        }
        if (d[lb] < bestd) { bestd = d[lb]; best = c; }
    }
    Diag *dg = diag_new(at, "attribute '%s' missing", name->str);
    if (best && bestd <= (name->len < 4 ? 1 : name->len / 3))
        diag_add_note(dg, span_make(0, 0, 0), "did you mean '%s'?", best);
    eval_raise(vm, dg, false);
}

/* e.a.b or def */
/* The set a select starts from, forced. */
static inline Value *select_subject(Vm *vm, Expr *e, Env *env, Value *base) {
    if (!e->selvar) {
        eval_expr(vm, e->u.select.e, env, base);
        return base;
    }
    Env *f = env;
    for (uint32_t i = e->u.select.var.up; i; i--) f = f->up;
    Value *v = f->slots[e->u.select.var.slot];
    VMC_ASSERT(v != NULL, "unset variable slot");
    eval_force(vm, v, e->span);
    return v;
}

static NOINLINE void eval_select(Vm *vm, Expr *e, Env *env, Value *out) {
    Value base;
    Value *cur = select_subject(vm, e, env, &base);
    /* The usual `lib.x`, `cfg.x`: one static name, found. */
    if (e->selname && cur->tag == VAL_ATTRS) {
        Attr *x = attrs_find(cur->u.attrs, e->u.select.name);
        if (x) {
            cur = x->value;
            if (cur->tag >= VAL_THUNK) {
                eval_push_frame(vm, FRAME_ATTR, e->span, e->u.select.name->str);
                eval_force(vm, cur, e->span);
                eval_pop_frame(vm);
            }
            *out = *cur;
            return;
        }
    }
    uint32_t n = e->npath;
    for (uint32_t i = 0; i < n; i++) {
        AttrName ai = select_elem(e, i), *an = &ai;
        Sym name = attr_sym(vm, an, env, NULL);
        if (i > 0) {
            AttrName prev = select_elem(e, i - 1);
            eval_push_frame(vm, FRAME_ATTR, e->span, prev.sym ? prev.sym->str : "<dynamic>");
            eval_force(vm, cur, e->span);
            eval_pop_frame(vm);
        }
        if (cur->tag != VAL_ATTRS) {
            if (e->u.select.def) {
                eval_expr(vm, e->u.select.def, env, out);
                return;
            }
            eval_error(vm, an->span, "value is %s while a set was expected, selecting attribute '%s'",
                       value_kind_phrase(cur), name->str);
        }
        Attr *x = attrs_find(cur->u.attrs, name);
        if (!x) {
            if (e->u.select.def) {
                eval_expr(vm, e->u.select.def, env, out);
                return;
            }
            missing_attr(vm, cur->u.attrs, name, an->span);
        }
        cur = x->value;
    }
    if (cur->tag >= VAL_THUNK) {
        AttrName last = select_elem(e, n - 1);
        eval_push_frame(vm, FRAME_ATTR, e->span, last.sym ? last.sym->str : "<dynamic>");
        eval_force(vm, cur, e->span);
        eval_pop_frame(vm);
    }
    *out = *cur;
}

static NOINLINE bool eval_hasattr(Vm *vm, Expr *e, Env *env) {
    Value base;
    Value *cur = select_subject(vm, e, env, &base);
    for (uint32_t i = 0; i < e->npath; i++) {
        AttrName an = select_elem(e, i);
        Sym name = attr_sym(vm, &an, env, NULL);
        eval_force(vm, cur, e->span);
        if (cur->tag != VAL_ATTRS) return false;
        Attr *x = attrs_find(cur->u.attrs, name);
        if (!x) return false;
        cur = x->value;
    }
    return true;
}

static NOINLINE void update(Vm *vm, Value *a, Value *b, Value *out, Span at) {
    Attrs *x = eval_attrs(vm, a, at, NULL);
    Attrs *y = eval_attrs(vm, b, at, NULL);
    if (x->n == 0) { *out = *b; return; }
    if (y->n == 0) { *out = *a; return; }
    Attrs *r = attrs_new(vm, x->n + y->n);
    uint32_t i = 0, j = 0, k = 0;
    while (i < x->n && j < y->n) {
        int c = x->a[i].name == y->a[j].name ? 0 : sym_cmp(x->a[i].name, y->a[j].name);
        if (c < 0) r->a[k++] = x->a[i++];
        else if (c > 0) r->a[k++] = y->a[j++];
        else { r->a[k++] = y->a[j++]; i++; }
    }
    while (i < x->n) r->a[k++] = x->a[i++];
    while (j < y->n) r->a[k++] = y->a[j++];
    r->n = k;
    out->tag = VAL_ATTRS;
    out->u.attrs = r;
}

/* ------------------------------------------------------------------------ */
/* Operators. */

static const char *op_verb(BinOp op) {
    switch (op) {
    case OP_ADD: return "adding";
    case OP_SUB: return "subtracting";
    case OP_MUL: return "multiplying";
    default: return "dividing";
    }
}

static const char *op_sym(BinOp op) {
    switch (op) {
    case OP_ADD: return "+";
    case OP_SUB: return "-";
    case OP_MUL: return "*";
    default: return "/";
    }
}

static void arith(Vm *vm, BinOp op, Value *a, Value *b, Value *out, Span at) {
    if (a->tag == VAL_INT && b->tag == VAL_INT) {
        int64_t r = 0, x = a->u.i, y = b->u.i;
        bool ovf = false;
        switch (op) {
        case OP_ADD: ovf = __builtin_add_overflow(x, y, &r); break;
        case OP_SUB: ovf = __builtin_sub_overflow(x, y, &r); break;
        case OP_MUL: ovf = __builtin_mul_overflow(x, y, &r); break;
        default:
            if (y == 0) eval_error(vm, at, "division by zero");
            if (x == INT64_MIN && y == -1) ovf = true;
            else r = x / y;
        }
        if (ovf)
            eval_error(vm, at, "integer overflow in %s %lld %s %lld", op_verb(op), (long long)x, op_sym(op),
                       (long long)y);
        out->tag = VAL_INT;
        out->u.i = r;
        return;
    }
    if ((a->tag == VAL_INT || a->tag == VAL_FLOAT) && (b->tag == VAL_INT || b->tag == VAL_FLOAT)) {
        double x = a->tag == VAL_INT ? (double)a->u.i : a->u.f;
        double y = b->tag == VAL_INT ? (double)b->u.i : b->u.f;
        double r;
        switch (op) {
        case OP_ADD: r = x + y; break;
        case OP_SUB: r = x - y; break;
        case OP_MUL: r = x * y; break;
        default:
            if (y == 0) eval_error(vm, at, "division by zero");
            r = x / y;
        }
        out->tag = VAL_FLOAT;
        out->u.f = r;
        return;
    }
    Value *bad = (a->tag == VAL_INT || a->tag == VAL_FLOAT) ? b : a;
    eval_error(vm, at, "value is %s while an integer or a float was expected, in %s", value_kind_phrase(bad),
               op == OP_ADD ? "an addition" : op == OP_SUB ? "a subtraction" : op == OP_MUL ? "a multiplication" : "a division");
}

static void concat_strings(Vm *vm, const char *a, size_t al, const char *b, size_t bl, Value *out, bool path) {
    if (path) {
        char *tmp = vmc_xrealloc(NULL, al + bl + 1);
        memcpy(tmp, a, al);
        memcpy(tmp + al, b, bl);
        char *norm = path_normalize(tmp, al + bl);
        free(tmp);
        size_t nl = strlen(norm);
        out->tag = VAL_PATH;
        out->u.str.s = arena_strndup(&vm->arena, norm, nl);
        out->u.str.len = nl;
        free(norm);
        return;
    }
    char *s = arena_alloc(&vm->arena, al + bl + 1, 1);
    memcpy(s, a, al);
    memcpy(s + al, b, bl);
    s[al + bl] = 0;
    set_string_owned(out, s, al + bl);
}

static void add(Vm *vm, Value *a, Value *b, Value *out, Span at) {
    if (a->tag == VAL_STRING || a->tag == VAL_PATH) {
        if (a->tag == VAL_PATH && b->tag != VAL_STRING && b->tag != VAL_PATH && b->tag != VAL_ATTRS)
            eval_error(vm, at, "cannot append %s to a path", value_kind_phrase(b));
        Str s = eval_coerce(vm, b, at, false, NULL);
        concat_strings(vm, a->u.str.s, a->u.str.len, s.ptr, s.len, out, a->tag == VAL_PATH);
        return;
    }
    if ((a->tag == VAL_INT || a->tag == VAL_FLOAT) && b->tag != VAL_INT && b->tag != VAL_FLOAT)
        eval_error(vm, at, "cannot add %s to %s", value_kind_phrase(b), value_kind_phrase(a));
    if (a->tag == VAL_ATTRS) {
        Str s = eval_coerce(vm, a, at, false, NULL);
        Str t = eval_coerce(vm, b, at, false, NULL);
        concat_strings(vm, s.ptr, s.len, t.ptr, t.len, out, false);
        return;
    }
    if (a->tag != VAL_INT && a->tag != VAL_FLOAT)
        eval_error(vm, at, "cannot coerce %s to a string, in the left operand of '+'", value_kind_phrase(a));
    arith(vm, OP_ADD, a, b, out, at);
}

/* eval_expr, without the call for the operands that need no work. */
static inline void operand(Vm *vm, Expr *x, Env *env, Value *out) {
    if (x->kind == EXPR_VAR) {
        Env *f = env;
        for (uint32_t i = x->u.var.up; i; i--) f = f->up;
        Value *v = f->slots[x->u.var.slot];
        eval_force(vm, v, x->span);
        *out = *v;
    } else if (x->kind == EXPR_INT) {
        *out = x->u.lit;
    } else {
        eval_expr(vm, x, env, out);
    }
}

static void eval_binop(Vm *vm, Expr *e, Env *env, Value *out) {
    BinOp op = e->u.binop.op;
    Span at = e->span;
    Value a, b;
    switch (op) {
    case OP_AND:
    case OP_OR:
    case OP_IMPL: {
        operand(vm, e->u.binop.a, env, &a);
        if (a.tag != VAL_BOOL)
            eval_error(vm, e->u.binop.a->span, "value is %s while a Boolean was expected, in the left operand of '%s'",
                       value_kind_phrase(&a), op == OP_AND ? "&&" : op == OP_OR ? "||" : "->");
        bool l = a.u.b;
        if (op == OP_AND && !l) { out->tag = VAL_BOOL; out->u.b = false; return; }
        if (op == OP_OR && l) { out->tag = VAL_BOOL; out->u.b = true; return; }
        if (op == OP_IMPL && !l) { out->tag = VAL_BOOL; out->u.b = true; return; }
        operand(vm, e->u.binop.b, env, &b);
        if (b.tag != VAL_BOOL)
            eval_error(vm, e->u.binop.b->span, "value is %s while a Boolean was expected, in the right operand of '%s'",
                       value_kind_phrase(&b), op == OP_AND ? "&&" : op == OP_OR ? "||" : "->");
        out->tag = VAL_BOOL;
        out->u.b = b.u.b;
        return;
    }
    case OP_EQ:
    case OP_NEQ: {
        /* The operands are copies, as in Nix: `f == f` is false for a
         * function, while `[ f ] == [ f ]` (the same element) is true. */
        operand(vm, e->u.binop.a, env, &a);
        operand(vm, e->u.binop.b, env, &b);
        bool r = equal(vm, &a, &b, at);
        out->tag = VAL_BOOL;
        out->u.b = op == OP_EQ ? r : !r;
        return;
    }
    case OP_LT:
    case OP_GT:
    case OP_LE:
    case OP_GE: {
        /* Nix reads a > b as b < a and a <= b as !(b < a): for those the
         * right operand is evaluated first and becomes the left one. */
        bool swap = op == OP_GT || op == OP_LE;
        Value *x = swap ? &b : &a, *y = swap ? &a : &b;
        operand(vm, swap ? e->u.binop.b : e->u.binop.a, env, x);
        operand(vm, swap ? e->u.binop.a : e->u.binop.b, env, y);
        int c = 0;
        if (x->tag == VAL_INT && y->tag == VAL_INT) c = x->u.i < y->u.i ? -1 : x->u.i > y->u.i;
        else c = eval_compare(vm, x, y, at);
        out->tag = VAL_BOOL;
        out->u.b = (op == OP_LT || op == OP_GT) ? c < 0 : c >= 0;
        return;
    }
    default:
        break;
    }
    operand(vm, e->u.binop.a, env, &a);
    switch (op) {
    case OP_CONCAT: {
        if (a.tag != VAL_LIST)
            eval_error(vm, e->u.binop.a->span, "value is %s while a list was expected, in a list concatenation", value_kind_phrase(&a));
        operand(vm, e->u.binop.b, env, &b);
        if (b.tag != VAL_LIST)
            eval_error(vm, e->u.binop.b->span, "value is %s while a list was expected, in a list concatenation", value_kind_phrase(&b));
        if (a.u.list.n == 0) { *out = b; return; }
        if (b.u.list.n == 0) { *out = a; return; }
        size_t n = a.u.list.n + b.u.list.n;
        Value **items = ARENA_ARRAY(&vm->arena, Value *, n);
        memcpy(items, a.u.list.items, sizeof(Value *) * a.u.list.n);
        memcpy(items + a.u.list.n, b.u.list.items, sizeof(Value *) * b.u.list.n);
        out->tag = VAL_LIST;
        out->u.list.items = items;
        out->u.list.n = n;
        return;
    }
    case OP_UPDATE: {
        if (a.tag != VAL_ATTRS)
            eval_error(vm, e->u.binop.a->span, "value is %s while a set was expected, in the left operand of '//'", value_kind_phrase(&a));
        operand(vm, e->u.binop.b, env, &b);
        if (b.tag != VAL_ATTRS)
            eval_error(vm, e->u.binop.b->span, "value is %s while a set was expected, in the right operand of '//'", value_kind_phrase(&b));
        update(vm, &a, &b, out, at);
        return;
    }
    case OP_ADD: {
        operand(vm, e->u.binop.b, env, &b);
        if (a.tag == VAL_INT && b.tag == VAL_INT && !__builtin_add_overflow(a.u.i, b.u.i, &out->u.i)) {
            out->tag = VAL_INT;
            return;
        }
        add(vm, &a, &b, out, at);
        return;
    }
    default:
        operand(vm, e->u.binop.b, env, &b);
        if (op == OP_SUB && a.tag == VAL_INT && b.tag == VAL_INT && !__builtin_sub_overflow(a.u.i, b.u.i, &out->u.i)) {
            out->tag = VAL_INT;
            return;
        }
        arith(vm, op, &a, &b, out, at);
        return;
    }
}

static NOINLINE void eval_interp(Vm *vm, Expr *e, Env *env, Value *out) {
    uint32_t n = e->u.interp.n;
    Str parts[16];
    /* In the arena, not malloc: a part may raise an error (longjmp). */
    Str *ps = n <= 16 ? parts : ARENA_ARRAY(&vm->arena, Str, n);
    size_t total = 0;
    for (uint32_t i = 0; i < n; i++) {
        Expr *p = e->u.interp.parts[i];
        if (p->kind == EXPR_STRING) {
            ps[i].ptr = p->u.lit.u.str.s;
            ps[i].len = p->u.lit.u.str.len;
        } else {
            Value v;
            eval_expr(vm, p, env, &v);
            if (v.tag == VAL_STRING || v.tag == VAL_PATH) {
                ps[i].ptr = v.u.str.s;
                ps[i].len = v.u.str.len;
            } else {
                Value *h = val_new(vm);
                *h = v;
                ps[i] = eval_coerce(vm, h, p->span, false, NULL);
            }
        }
        total += ps[i].len;
    }
    char *s = arena_alloc(&vm->arena, total + 1, 1);
    size_t o = 0;
    for (uint32_t i = 0; i < n; i++) {
        memcpy(s + o, ps[i].ptr, ps[i].len);
        o += ps[i].len;
    }
    s[o] = 0;
    set_string_owned(out, s, total);
}

/* ------------------------------------------------------------------------ */

/* A Boolean where the language needs one, or a type error naming where. */
static inline void need_bool(Vm *vm, const Value *c, Span at, const char *where) {
    if (c->tag != VAL_BOOL)
        eval_error(vm, at, "value is %s while a Boolean was expected, in %s", value_kind_phrase(c), where);
}

void eval_expr(Vm *vm, Expr *e, Env *env, Value *out) {
    switch (e->kind) {
    case EXPR_INT:
    case EXPR_FLOAT:
    case EXPR_STRING:
    case EXPR_PATH:
        *out = e->u.lit;
        return;
    case EXPR_VAR: {
        Env *f = env;
        for (uint32_t i = e->u.var.up; i; i--) f = f->up;
        Value *v = f->slots[e->u.var.slot];
        VMC_ASSERT(v != NULL, "unset variable slot");
        eval_force(vm, v, e->span);
        *out = *v;
        return;
    }
    case EXPR_WITHVAR: {
        Value *v = lookup_with(vm, e, env);
        eval_force(vm, v, e->span);
        *out = *v;
        return;
    }
    case EXPR_INTERP:
        eval_interp(vm, e, env, out);
        return;
    case EXPR_ATTRS:
        eval_attrs_expr(vm, e, env, out);
        return;
    case EXPR_LIST: {
        uint32_t n = e->u.list.n;
        Value **items = n ? ARENA_ARRAY(&vm->arena, Value *, n) : NULL;
        for (uint32_t i = 0; i < n; i++) items[i] = mkthunk(vm, e->u.list.items[i], env);
        out->tag = VAL_LIST;
        out->u.list.items = items;
        out->u.list.n = n;
        return;
    }
    case EXPR_SELECT:
        eval_select(vm, e, env, out);
        return;
    case EXPR_HASATTR:
        out->tag = VAL_BOOL;
        out->u.b = eval_hasattr(vm, e, env);
        return;
    case EXPR_APPLY: {
        Value fv, *f = &fv;
        Expr *fe = e->u.apply.fn;
        if (fe->kind == EXPR_VAR) {
            Env *fr = env;
            for (uint32_t i = fe->u.var.up; i; i--) fr = fr->up;
            f = fr->slots[fe->u.var.slot];
            eval_force(vm, f, fe->span);
        } else {
            eval_expr(vm, fe, env, &fv);
        }
        Value *arg = mkthunk(vm, e->u.apply.arg, env);
        push_frame(vm, FRAME_CALL, e->span, fn_name(fe));
        eval_apply(vm, f, arg, out, e->span);
        eval_pop_frame(vm);
        return;
    }
    case EXPR_LAMBDA:
        out->tag = VAL_LAMBDA;
        out->u.lambda.env = env;
        out->u.lambda.fn = e;
        return;
    case EXPR_LET: {
        uint32_t n = e->u.let.n;
        Env *inner = env_new(vm, env, n);
        Binding *bs = e->u.let.binds;
        for (uint32_t i = 0; i < n; i++)
            if (bs[i].value->kind != EXPR_VAR || bs[i].value->inherited)
                inner->slots[i] = mkthunk(vm, bs[i].value, bs[i].value->inherited ? env : inner);
        for (uint32_t i = 0; i < n; i++)
            if (!inner->slots[i]) inner->slots[i] = mkthunk(vm, bs[i].value, inner);
        eval_expr(vm, e->u.let.body, inner, out);
        return;
    }
    case EXPR_WITH: {
        Env *inner = env_new(vm, env, 1);
        inner->is_with = true;
        inner->next_with = e->u.with.next_with;
        inner->slots[0] = mkthunk(vm, e->u.with.env, env);
        eval_expr(vm, e->u.with.body, inner, out);
        return;
    }
    case EXPR_IF: {
        Value c;
        if (e->u.cond.c->kind == EXPR_BINOP) eval_binop(vm, e->u.cond.c, env, &c);
        else eval_expr(vm, e->u.cond.c, env, &c);
        need_bool(vm, &c, e->u.cond.c->span, "the condition of 'if'");
        eval_expr(vm, c.u.b ? e->u.cond.then_ : e->u.cond.else_, env, out);
        return;
    }
    case EXPR_ASSERT: {
        Value c;
        eval_expr(vm, e->u.cond.c, env, &c);
        need_bool(vm, &c, e->u.cond.c->span, "the condition of 'assert'");
        if (!c.u.b) {
            const Source *src = source_get(e->u.cond.c->span.file);
            Span cs = e->u.cond.c->span;
            const char *text = src ? source_text(src) : NULL;
            if (text && cs.len < 200)
                eval_throw(vm, cs, "assertion '%.*s' failed", (int)cs.len, text + cs.start);
            eval_throw(vm, cs, "assertion failed");
        }
        eval_expr(vm, e->u.cond.then_, env, out);
        return;
    }
    case EXPR_NOT: {
        Value c;
        eval_expr(vm, e->u.unary.e, env, &c);
        need_bool(vm, &c, e->u.unary.e->span, "the operand of '!'");
        out->tag = VAL_BOOL;
        out->u.b = !c.u.b;
        return;
    }
    case EXPR_NEG: {
        Value c, zero;
        eval_expr(vm, e->u.unary.e, env, &c);
        zero.tag = VAL_INT;
        zero.u.i = 0;
        if (c.tag == VAL_INT && c.u.i == INT64_MIN)
            eval_error(vm, e->span, "integer overflow in negating %lld", (long long)c.u.i);
        arith(vm, OP_SUB, &zero, &c, out, e->span);
        return;
    }
    case EXPR_BINOP:
        eval_binop(vm, e, env, out);
        return;
    }
    UNREACHABLE();
}

/* ------------------------------------------------------------------------ */
/* Files. */

/* path -> value of the file. */
typedef struct ImportCache {
    SymMap map;         /* interned absolute path -> Value * (a thunk) */
} ImportCache;

static Value *load(Vm *vm, Source *src, Span at) {
    const char *path = src->path;
    /* The runtime library comes parsed (tools/astgen.c). */
    const RuntimeFile *rf = runtime_find(path);
    ParseStats *ps = parse_stats();
    double t0 = stats_now();
    if (rf && rf->ast) {
        Expr *pre = astio_read(&vm->ast, rf->ast, rf->ast_len, src->id, &vm->gnames);
        ps->load_seconds += stats_now() - t0;
        if (pre) return mkthunk(vm, pre, vm->globals);
    }
    /* A file parsed by an earlier run comes from the cache (cache.h). */
    bool on_disk = path[0] == '/' && !rf;   /* its text can be read again, so it can be released */
    bool cacheable = on_disk && cache_enabled();
    CacheKey key = {0, 0};
    if (cacheable) {
        key = cache_source_key(src);
        size_t n;
        const uint8_t *blob = cache_get(key, &n);
        if (blob) {
            Expr *hit = astio_read(&vm->ast, blob, n, src->id, &vm->gnames);
            ps->load_seconds += stats_now() - t0;
            if (hit) {
                parse_prefetch_forget(src);   /* the other thread may be parsing it */
                source_release_text(src);
                return mkthunk(vm, hit, vm->globals);
            }
        }
    }
    /* Loaded once already (another spelling of the path) and released:
     * read it again. */
    if (!source_text(src))
        eval_error(vm, at, "cannot read '%s' again: it changed or went away during the run", src->display);
    ParseErrors errs = {0};
    Expr *e = parse_source(&vm->ast, src, &vm->gnames, &errs);
    if (e && cacheable) {
        ByteBuf b = {0};
        astio_write(&b, e, &vm->gnames);
        cache_put(key, b.data, b.len);
        free(b.data);
    }
    if (!e) {
        VMC_ASSERT(errs.n > 0, "parse failed without a diagnostic");
        Diag *last = errs.items[errs.n - 1];
        vm->error.extra = errs.items;
        vm->error.nextra = errs.n - 1;
        if (at.file) diag_add_note(last, at, "while importing '%s'", src->display);
        eval_raise(vm, last, false);
    }
    if (on_disk) source_release_text(src);
    return mkthunk(vm, e, vm->globals);
}

Value *eval_file(Vm *vm, const char *path, Span at) { return eval_file_sym(vm, sym_cstr(path), path, at); }

Value *eval_file_sym(Vm *vm, Sym key, const char *path, Span at) {
    ImportCache *c = vm->imports;
    Value *hit = symmap_get(&c->map, key);
    if (hit) return hit;
    /* Read already (files named on the command line are read up front). */
    Source *src = source_find_sym(key);
    if (!src) {
        size_t len = 0;
        const char *text = source_read(path, &len);
        const char *real = path;
        char *dp = NULL;   /* kept by the source when read */
        if (!text && errno == EISDIR) {
            dp = diag_fmt("%s/default.cfg", path);
            text = source_read(dp, &len);
            real = dp;
        }
        if (!text) {
            Diag *d = diag_new(at, "cannot read '%s': %s", source_display_path(real), strerror(errno));
            free(dp);   /* nothing malloc'ed may be pending when the error unwinds */
            eval_raise(vm, d, false);
        }
        char *dir = path_resolve(real, "..", 2);
        src = source_add(real, dir, text, len);
    }
    Value *v = load(vm, src, at);
    symmap_put(&c->map, key, v);
    return v;
}

Value *eval_string(Vm *vm, const char *name, const char *dir, const char *text, size_t len) {
    return load(vm, source_add(name, dir, text, len), span_make(0, 0, 0));
}

/* ------------------------------------------------------------------------ */

void vm_free(Vm *vm) {
    find_cache_clear();
    arena_free(&vm->arena);
    arena_free(&vm->ast);
    free(vm->frames.data);
    free(vm->forcing.data);
    free(vm->natives.data);
    symmap_free(&vm->imports->map);
    free(vm->imports);
    free((void *)vm->gnames.names);
    memset(vm, 0, sizeof *vm);
}

static int cmp_sym(const void *a, const void *b) { return sym_cmp(*(const Sym *)a, *(const Sym *)b); }

void vm_init(Vm *vm) {
    static uint32_t runs;
    memset(vm, 0, sizeof *vm);
    vm->serial = ++runs;
    arena_prefault(&vm->arena);
    arena_prefault(&vm->ast);
    find_cache_clear();
    vm->max_depth = VMC_MAX_DEPTH;
    vm->trace_to_stderr = true;
    vm->imports = vmc_xrealloc(NULL, sizeof(ImportCache));
    memset(vm->imports, 0, sizeof(ImportCache));
    sym_functor = sym_cstr("__functor");
    sym__type = sym_cstr("_type");

    uint32_t nb = 0;
    while (vmc_builtins[nb].name) nb++;
    /* The builtins set. */
    Attrs *ba = attrs_new(vm, nb + 4);
    Value *bset = val_attrs(vm, ba);
    Value *vtrue = val_bool(vm, true), *vfalse = val_bool(vm, false), *vnull = val_null(vm);
    for (uint32_t i = 0; i < nb; i++) {
        const Builtin *b = &vmc_builtins[i];
        Value *v = val_new(vm);
        if (b->arity == 0) {
            b->fn(vm, NULL, v, span_make(0, 0, 0));
        } else {
            v->tag = VAL_PRIMOP;
            v->u.primop = b;
        }
        ba->a[i].name = sym_cstr(b->name);
        ba->a[i].value = v;
        ba->a[i].pos = span_make(0, 0, 0);
    }
    ba->a[nb].name = sym_cstr("builtins");
    ba->a[nb].value = bset;
    ba->a[nb + 1].name = sym_cstr("true");
    ba->a[nb + 1].value = vtrue;
    ba->a[nb + 2].name = sym_cstr("false");
    ba->a[nb + 2].value = vfalse;
    ba->a[nb + 3].name = sym_cstr("null");
    ba->a[nb + 3].value = vnull;
    for (uint32_t i = nb; i < nb + 4; i++) ba->a[i].pos = span_make(0, 0, 0);
    uint32_t before = ba->n;
    attrs_sort(vm, ba, span_make(0, 0, 0), true);
    VMC_ASSERT(ba->n == before, "duplicate builtin");
    vm->builtins = bset;

    /* The global scope: true, false, null, builtins, the global builtins,
     * and every builtin as __name. */
    uint32_t cap = nb * 2 + 8, n = 0;
    struct { Sym name; Value *v; } *g = vmc_xrealloc(NULL, sizeof(*g) * cap);
    g[n].name = sym_cstr("true"); g[n++].v = vtrue;
    g[n].name = sym_cstr("false"); g[n++].v = vfalse;
    g[n].name = sym_cstr("null"); g[n++].v = vnull;
    g[n].name = sym_cstr("builtins"); g[n++].v = bset;
    for (uint32_t i = 0; i < ba->n; i++) {
        Attr *a = &ba->a[i];
        const char *an = a->name->str;
        if (strcmp(an, "builtins") == 0 || strcmp(an, "true") == 0 || strcmp(an, "false") == 0 ||
            strcmp(an, "null") == 0)
            continue;
        char *un = diag_fmt("__%s", a->name->str);
        g[n].name = sym_cstr(un);
        g[n++].v = a->value;
        free(un);
        for (uint32_t k = 0; k < nb; k++)
            if (vmc_builtins[k].global && strcmp(vmc_builtins[k].name, a->name->str) == 0) {
                g[n].name = a->name;
                g[n++].v = a->value;
            }
    }
    uint32_t ni = 0;
    while (vmc_internal_builtins[ni].name) ni++;
    if (n + ni > cap) g = vmc_xrealloc(g, sizeof(*g) * (cap = n + ni));
    for (uint32_t i = 0; i < ni; i++) {
        Value *v = val_new(vm);
        v->tag = VAL_PRIMOP;
        v->u.primop = &vmc_internal_builtins[i];
        char *un = diag_fmt("__%s", vmc_internal_builtins[i].name);
        g[n].name = sym_cstr(un);
        g[n++].v = v;
        free(un);
    }
    Sym *names = vmc_xrealloc(NULL, sizeof(Sym) * n);
    for (uint32_t i = 0; i < n; i++) names[i] = g[i].name;
    qsort(names, n, sizeof(Sym), cmp_sym);
    vm->globals = env_new(vm, NULL, n);
    for (uint32_t i = 0; i < n; i++)
        for (uint32_t j = 0; j < n; j++)
            if (g[j].name == names[i]) vm->globals->slots[i] = g[j].v;
    free(g);
    vm->gnames.names = names;
    vm->gnames.n = n;
}
