/*
 * value.c: names of value types, for typeOf and error messages.
 *
 * The phrases follow Nix's showType, so messages read "value is an integer
 * while a set was expected".  A builtin's phrase names it ("the built-in
 * function 'map'"); those strings are made once per builtin and kept.
 */
#include "value.h"

#include <stdlib.h>

#include "arena.h"
#include "diag.h"
#include "eval.h"

const char *value_type_name(const Value *v) {
    switch ((ValueTag)v->tag) {
    case VAL_NULL: return "null";
    case VAL_BOOL: return "bool";
    case VAL_INT: return "int";
    case VAL_FLOAT: return "float";
    case VAL_STRING: return "string";
    case VAL_PATH: return "path";
    case VAL_ATTRS: return "set";
    case VAL_LIST: return "list";
    case VAL_LAMBDA:
    case VAL_PRIMOP:
    case VAL_PRIMOP_APP: return "lambda";
    case VAL_THUNK:
    case VAL_APP:
    case VAL_NATIVE:
    case VAL_BLACKHOLE: return "thunk";
    }
    UNREACHABLE();
}

/* "the built-in function 'map'" or "the partially applied built-in
 * function 'map'" for builtin `b`, built on first use.  Only builtins of
 * vmc_builtins are named; others get a generic phrase. */
static const char *primop_phrase(const Builtin *b, bool partial) {
    static const char **phrases; /* 2 per builtin: [2i] plain, [2i+1] partial */
    static size_t n;
    if (!phrases) {
        while (vmc_builtins[n].name) n++;
        phrases = vmc_xrealloc(NULL, sizeof(*phrases) * 2 * (n ? n : 1));
        for (size_t i = 0; i < 2 * n; i++) phrases[i] = NULL;
    }
    if (b < vmc_builtins || b >= vmc_builtins + n)
        return partial ? "a partially applied built-in function" : "a built-in function";
    size_t k = 2 * (size_t)(b - vmc_builtins) + (partial ? 1 : 0);
    if (!phrases[k])
        phrases[k] = partial ? diag_fmt("the partially applied built-in function '%s'", b->name)
                             : diag_fmt("the built-in function '%s'", b->name);
    return phrases[k];
}

bool value_is_internal_primop(const Value *v) {
    while (v->tag == VAL_PRIMOP_APP) v = v->u.app.fn;
    if (v->tag != VAL_PRIMOP) return false;
    for (const Builtin *b = vmc_internal_builtins; b->name; b++)
        if (b == v->u.primop) return true;
    return false;
}

const char *value_kind_phrase(const Value *v) {
    if ((v->tag == VAL_PRIMOP || v->tag == VAL_PRIMOP_APP) && value_is_internal_primop(v)) return "a function";
    switch ((ValueTag)v->tag) {
    case VAL_NULL: return "null";
    case VAL_BOOL: return "a Boolean";
    case VAL_INT: return "an integer";
    case VAL_FLOAT: return "a float";
    case VAL_STRING: return "a string";
    case VAL_PATH: return "a path";
    case VAL_ATTRS: return "a set";
    case VAL_LIST: return "a list";
    case VAL_LAMBDA: return "a function";
    case VAL_PRIMOP: return primop_phrase(v->u.primop, false);
    case VAL_PRIMOP_APP: {
        const Value *f = v;
        while (f->tag == VAL_PRIMOP_APP) f = f->u.app.fn;
        if (f->tag != VAL_PRIMOP) return "a partially applied built-in function";
        return primop_phrase(f->u.primop, true);
    }
    case VAL_THUNK: return "a thunk";
    case VAL_APP:
    case VAL_NATIVE: return "a function application";
    case VAL_BLACKHOLE: return "a black hole";
    }
    UNREACHABLE();
}
