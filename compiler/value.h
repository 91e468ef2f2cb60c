/*
 * value.h: run-time values of the vmc language.
 *
 * Representation.  A Value is a small tagged struct (24 bytes) allocated in
 * the evaluation arena and referred to by pointer.  Values are immutable once
 * forced; a thunk (VAL_THUNK: an expression and its environment, or VAL_APP:
 * a pending application made by a builtin) is overwritten in place with its
 * result when forced, so everyone holding the pointer sees the result, and a
 * thunk is evaluated at most once.  While a thunk is being forced its tag is
 * VAL_BLACKHOLE and its payload is kept, so meeting it again reports infinite
 * recursion, and an error caught by tryEval can put it back.
 *
 * Attribute sets are arrays of Attr sorted by name in byte order, searched
 * by binary search; printing, attrNames and iteration follow that order, so
 * no output depends on hashing or addresses.  Lists are arrays of pointers to
 * values, each of which may be a thunk.  Strings are byte strings (NUL-
 * terminated for convenience, but may contain no NUL in practice); there is
 * no string context, since vmc has no store.  A path is an absolute,
 * normalized string.
 *
 * User-visible types (typeOf) are separate from these tags: VAL_LAMBDA,
 * VAL_PRIMOP and VAL_PRIMOP_APP are all "lambda".
 */
#ifndef VMC_VALUE_H
#define VMC_VALUE_H

#include "ast.h"
#include "common.h"
#include "sym.h"

typedef struct Value Value;
typedef struct Env Env;
typedef struct Vm Vm;

/* ValueTag and struct Value are in ast.h: a literal carries its value. */

/* One attribute of a set. */
typedef struct Attr {
    Sym name;        /* attribute name */
    Value *value;    /* possibly a thunk */
    Span pos;        /* where it was defined; file 0 when made by a builtin */
} Attr;

typedef struct Attrs {
    uint32_t n;      /* number of attributes */
    uint32_t prop;   /* merge.c's memo of the set's property kind (_type); 0 = not computed */
#define ATTRS_PROP_NONE 1u                           /* low byte of prop: no _type, so no property */
#define ATTRS_PROP_KNOWN(i) (2u + (uint32_t)(i))   /* low byte of prop: kind i of if, merge, override, order */
    Attr a[];        /* sorted by name (byte order), no duplicates */
} Attrs;

typedef struct Builtin Builtin;



/* An environment frame: one per let, rec set, function call or with. */
struct Env {
    Env *up;           /* enclosing frame */
    uint32_t n;        /* slots */
    uint32_t next_with;/* with frames: frames up to the next with frame, 0 = none */
    bool is_with;      /* slot 0 holds the set of a `with` (possibly a thunk) */
    Value *slots[];    /* values, possibly thunks */
};

/* A builtin function: called once `arity` arguments have been supplied.
 * The arguments are unforced; the function forces what it needs with
 * eval_force and writes its result to `out`. */
struct Builtin {
    const char *name;  /* name under `builtins.` */
    uint8_t arity;     /* number of arguments, >= 1; 0 for a constant */
    bool global;       /* also bound in the global scope */
    void (*fn)(Vm *vm, Value **args, Value *out, Span at);
};

/* The user-visible type name (typeOf) of a forced value. */
const char *value_type_name(const Value *v);
/* Whether v (VAL_PRIMOP or VAL_PRIMOP_APP) is one of vmc's internal
 * builtins, which stand in for functions of the runtime library and are
 * shown as functions, not as built-ins. */
bool value_is_internal_primop(const Value *v);
/* A phrase for error messages: "an integer", "a set", ... */
const char *value_kind_phrase(const Value *v);

#endif
