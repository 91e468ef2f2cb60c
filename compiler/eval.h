/*
 * eval.h: the lazy evaluator.
 *
 * A Vm holds one run's state: the evaluation arena (values, thunks and
 * environments are never freed before exit), the global environment, the
 * import cache, and the stacks used for error context.  Errors unwind with
 * longjmp to the innermost eval_try; an error is either catchable (`throw`,
 * a failed `assert`: builtins.tryEval stops these) or fatal (type errors,
 * infinite recursion, abort), and carries a Diag with "while evaluating"
 * notes built from the frame stack.
 */
#ifndef VMC_EVAL_H
#define VMC_EVAL_H

#include <setjmp.h>
#include <stdarg.h>
#include <string.h>

#include "arena.h"
#include "diag.h"
#include "parse.h"
#include "value.h"

/* What the error stack remembers, to print "while evaluating" notes. */
typedef struct Frame {
    uint8_t kind;        /* FRAME_* */
    Span span;           /* where */
    const char *what;    /* a name (attribute path, function name), or NULL */
} Frame;

enum {
    FRAME_ATTR,          /* while evaluating the attribute 'what' */
    FRAME_CALL,          /* while calling the function 'what' (or an anonymous one) */
    FRAME_LAMBDA,        /* while calling the function defined at span (called by a builtin) */
    FRAME_BUILTIN,       /* while evaluating an argument of builtins.what */
    FRAME_IMPORT,        /* while importing 'what' */
    FRAME_NOTE,          /* 'what' verbatim */
};

/* A thunk being forced, to undo blackholing when an error is caught. */
typedef struct Forcing {
    Value *v;            /* the thunk */
    Span at;             /* where its forcing started */
} Forcing;

typedef struct Catch {
    jmp_buf jb;              /* where to go */
    uint32_t frames;         /* frame stack height to restore */
    uint32_t forcing;        /* forcing stack height to restore */
    uint32_t depth;          /* call depth to restore */
    bool catchable_only;     /* tryEval: let fatal errors through */
    struct Catch *prev;      /* enclosing handler */
} Catch;

typedef struct EvalError {
    Diag *diag;              /* the message, owned */
    bool catchable;          /* throw or assert */
    Diag **extra;            /* further diagnostics printed first (syntax errors of an import) */
    uint32_t nextra;         /* count */
} EvalError;

struct Vm {
    Arena arena;             /* values, thunks, environments, strings */
    Arena ast;               /* ASTs of every file read in this run */
    Env *globals;            /* the global frame (builtins, true, ...) */
    GlobalNames gnames;      /* its names, sorted */
    Value *builtins;         /* the `builtins` set */
    Catch *catch_;           /* innermost handler */
    EvalError error;         /* the error being propagated */
    struct { Frame *data; uint32_t len, cap; } frames;
    struct { Forcing *data; uint32_t len, cap; } forcing;
    uint32_t depth;          /* nesting of forcing and calls */
    uint32_t max_depth;      /* limit before "stack overflow" is reported */
    struct ImportCache *imports; /* path -> value */
    bool trace_to_stderr;    /* builtins.trace prints (always true outside tests) */
    uint64_t nthunks, ncalls;    /* statistics */
    struct { struct Native *data; uint32_t len, cap; } natives; /* eval_native_* closures */
    Value *native1_fn;       /* the builtin that calls native functions, shared */
    Value *prop_tags[4];     /* eval_property's _type strings, shared */
    Value *prio_default;     /* 1500, the priority of option defaults (merge.c) */
    uint32_t serial;         /* tells this run's entries in process-wide memos from older runs' */
};

/* One thread evaluates at a time: besides the symbol table, a few lookup
 * tables of eval.c are process-wide. */
/* Sets up a run: arenas, builtins, the global environment. */
void vm_init(Vm *vm);
/* Frees everything vm_init and the run allocated (values, ASTs, stacks). */
void vm_free(Vm *vm);

/* ---- entry points (each must run under eval_try) ---- */

/* Parses and evaluates the file at absolute `path` (cached per run). */
Value *eval_file(Vm *vm, const char *path, Span at);
/* eval_file of `path` interned already as `key` (a file read for the first
 * time keeps `path`, as with eval_file). */
Value *eval_file_sym(Vm *vm, Sym key, const char *path, Span at);
/* Parses and evaluates `text` as a file named `name` resolving paths in `dir`. */
Value *eval_string(Vm *vm, const char *name, const char *dir, const char *text, size_t len);

/* Runs fn(vm, arg) with an error handler.  Returns true on success; on error
 * fills *err (caller prints it) and returns false. */
bool eval_try(Vm *vm, void (*fn)(Vm *vm, void *arg), void *arg, EvalError *err);

/* ---- for builtins and later stages ---- */

/* Evaluates `e` in `env` to weak head normal form, into *out. */
void eval_expr(Vm *vm, Expr *e, Env *env, Value *out);
/* Forces `v` to weak head normal form, in place.  `at` is the use site. */
void eval_force_slow(Vm *vm, Value *v, Span at);
static inline void eval_force(Vm *vm, Value *v, Span at) {
    if (v->tag >= VAL_THUNK) eval_force_slow(vm, v, at);
}
/* Forces `v` and everything reachable from it (deepSeq). */
void eval_force_deep(Vm *vm, Value *v, Span at);
/* Applies function `f` to `arg` (both may be thunks), result into *out. */
void eval_apply(Vm *vm, Value *f, Value *arg, Value *out, Span at);
/* A value standing for e in env, not yet evaluated (eval.c's mkthunk): a
 * literal's own value or a variable's (the common cases, inline), or a
 * thunk, ... */
Value *eval_lazy_slow(Vm *vm, Expr *e, Env *env);
static inline Value *eval_lazy(Vm *vm, Expr *e, Env *env) {
    if (e->kind <= EXPR_PATH) return &e->u.lit;   /* EXPR_INT, EXPR_FLOAT, EXPR_STRING, EXPR_PATH */
    if (e->kind == EXPR_VAR) {                      /* set up already (else a recursive binding) */
        Env *f = env;
        for (uint32_t i = e->u.var.up; i; i--) f = f->up;
        if (f->slots[e->u.var.slot]) return f->slots[e->u.var.slot];
    }
    return eval_lazy_slow(vm, e, env);
}
/* A thunk that applies f to arg when forced. */
Value *eval_lazy_apply(Vm *vm, Value *f, Value *arg);
/* A thunk that, when forced, calls fn(vm, data, out, at): how stages after
 * the evaluator (the module system) make lazy values computed in C. */
typedef void NativeFn(Vm *vm, void *data, Value *out, Span at);
Value *eval_native_thunk(Vm *vm, NativeFn *fn, void *data);
/* A function value that calls fn(vm, data, arg, out, at) when applied. */
typedef void NativeFn1(Vm *vm, void *data, Value *arg, Value *out, Span at);
Value *eval_native_function(Vm *vm, NativeFn1 *fn, void *data);

/* Forcing accessors: force, check the type, or raise a type error naming
 * `what` ("the argument of builtins.length", ...). */
int64_t eval_int(Vm *vm, Value *v, Span at, const char *what);
bool eval_bool(Vm *vm, Value *v, Span at, const char *what);
Attrs *eval_attrs(Vm *vm, Value *v, Span at, const char *what);
Value *eval_list(Vm *vm, Value *v, Span at, const char *what);   /* returns v, forced */
Value *eval_string_value(Vm *vm, Value *v, Span at, const char *what); /* forced, VAL_STRING */
Value *eval_function(Vm *vm, Value *v, Span at, const char *what);
/* Coerces to a string as string interpolation does (strings, paths, sets
 * with __toString or outPath); with `to_string`, also ints, floats, bools,
 * null and lists, as builtins.toString does. */
Str eval_coerce(Vm *vm, Value *v, Span at, bool to_string, const char *what);

/* Forces `v` with a handler for catchable errors (throw, assert): returns
 * false when one occurred (tryEval).  Fatal errors propagate. */
bool eval_try_catchable(Vm *vm, Value *v, Span at);

/* Equality of two values, forcing as needed (deep). */
bool eval_equal(Vm *vm, Value *a, Value *b, Span at);
/* Comparison as `<` does: ints, floats, strings, paths, lists; <0, 0, >0. */
int eval_compare(Vm *vm, Value *a, Value *b, Span at);

/* ---- errors ---- */
_Noreturn void eval_error(Vm *vm, Span at, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* A catchable error (throw, assert). */
_Noreturn void eval_throw(Vm *vm, Span at, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Raises a prepared diagnostic. */
_Noreturn void eval_raise(Vm *vm, Diag *d, bool catchable);
void eval_push_frame(Vm *vm, uint8_t kind, Span span, const char *what);
static inline void eval_pop_frame(Vm *vm) { vm->frames.len--; }

/* ---- construction ---- */
Value *val_new(Vm *vm);
Value *val_int(Vm *vm, int64_t i);
Value *val_bool(Vm *vm, bool b);
Value *val_null(Vm *vm);
/* A string value holding a copy of the bytes. */
Value *val_string(Vm *vm, const char *s, size_t len);
void set_string(Vm *vm, Value *out, const char *s, size_t len);
/* A string value taking `s`, which must be in the eval arena. */
void set_string_owned(Value *out, const char *s, size_t len);
Value *val_list(Vm *vm, size_t n);   /* items uninitialized */
Attrs *attrs_new(Vm *vm, uint32_t n);   /* n set, entries uninitialized */
/* Sorts the attributes of a set being built by name; reports a duplicate
 * name as an error at `at` unless `keep_last`, which keeps the last one. */
void attrs_sort(Vm *vm, Attrs *a, Span at, bool keep_last);
/* Binary search by name; NULL when absent. */
Attr *attrs_find(Attrs *a, Sym name);
Value *val_attrs(Vm *vm, Attrs *a);

/* The builtins table (builtins.c), terminated by a NULL name. */
extern const Builtin vmc_builtins[];
/* The set lib.mkIf (PROP_IF), mkMerge, mkOverride or mkOrder makes, with
 * its attributes at `at`; param is the condition or priority (unused for
 * PROP_MERGE, whose content is the list). */
enum { PROP_IF, PROP_MERGE, PROP_OVERRIDE, PROP_ORDER };
Value *eval_property(Vm *vm, int kind, Value *param, Value *content, Span at);
/* When f (forced) applied to one more argument makes such a set: its kind,
 * with the condition or priority f was given in *param (NULL for
 * PROP_MERGE); else -1. */
int eval_property_fn(const Value *f, Value **param);
/* Builtins bound only as global __NAME (vmc's runtime library uses them). */
extern const Builtin vmc_internal_builtins[];
/* lib.evalModules' native part (`__vmcEvalModules ARGS`): the module
 * system, a later stage, sets it (modules.c) before the library runs. */
extern void (*vmc_eval_modules_hook)(Vm *vm, Value *arg, Value *out, Span at);

/* Printing (print.c).  Output goes to a growable buffer, so nothing is
 * written when evaluation fails half-way. */
typedef struct StrBuf { char *data; size_t len, cap; } StrBuf;
/* Appends n bytes (and keeps a NUL after them); grows the buffer when needed. */
void sb_put_slow(StrBuf *b, const char *s, size_t n);
static inline void sb_put(StrBuf *b, const char *s, size_t n) {
    if (b->len + n < b->cap) {
        if (n) memcpy(b->data + b->len, s, n);
        b->len += n;
        b->data[b->len] = 0;
        return;
    }
    sb_put_slow(b, s, n);
}
void sb_puts(StrBuf *b, const char *s);
void sb_printf(StrBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Forces `v` deeply and prints it in the language's syntax. */
void print_value(Vm *vm, StrBuf *b, Value *v, Span at);
/* Forces `v` deeply and prints it as JSON (attributes in name order;
 * functions are an error, as in Nix). */
void print_json(Vm *vm, StrBuf *b, Value *v, Span at);
/* builtins.toXML's form of v (forced deeply first, so that only that can
 * raise an error). */
void print_xml(Vm *vm, StrBuf *b, Value *v, Span at);
/* Writes `i` in decimal at the end of buf (no printf); returns where it
 * starts and its length in *len. */
const char *print_int(int64_t i, char buf[24], size_t *len);
/* Formats a float the way Nix prints it. */
void print_float(StrBuf *b, double f);
/* Writes `s` as a JSON string (escapes as Nix's toJSON). */
void print_json_string(StrBuf *b, const char *s, size_t len);
/* Writes `s` as a quoted string literal (language syntax). */
void print_string_literal(StrBuf *b, const char *s, size_t len);

#endif
