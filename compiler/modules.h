/*
 * modules.h: the NixOS module system, natively (lib.evalModules).
 *
 * modules.c collects modules (imports, disabledModules, keys), merges option
 * declarations into a tree, pushes definitions down to the options they
 * define and builds the lazy `config`.  merge.c runs the per-option pipeline
 * of SEMANTICS.md §4 (default, readOnly, discharge of mkIf/mkMerge, priority
 * filter, mkOrder sort, type check, merge, apply) and the merge rules of
 * every type (§6), including submodules, which evaluate a nested module
 * system.  Types and properties are plain values made by the runtime library
 * (runtime/lib/types.cfg, properties.cfg): this stage reads their `_type`
 * and `name` fields and never calls back into interpreted code for the
 * built-in types.
 */
#ifndef VMC_MODULES_H
#define VMC_MODULES_H

#include "eval.h"

/* An mkIf or mkOverride that pushdown took off a namespace above a
 * definition: the definition is that property of its value (the reference
 * pushes the property down into the set).  Linked from the innermost. */
typedef struct DefWrap {
    int kind;                    /* PROP_IF or PROP_OVERRIDE */
    Value *param;                /* condition or priority */
    const struct DefWrap *outer; /* the enclosing one, or NULL */
} DefWrap;

/* One definition of an option: a value, where it came from. */
typedef struct Def {
    Value *v;            /* the value, possibly a thunk or a property */
    const char *file;    /* the module's file (display form) */
    Span pos;            /* where it is written; file 0 when unknown */
    const DefWrap *wrap; /* properties around v, or NULL (merge_def_value builds them) */
} Def;

/* How an option's definitions fared, for `vmc explain`. */
typedef struct DefOutcome {
    int64_t prio;        /* priority after discharge (100 when plain) */
    int64_t order;       /* mkOrder priority (1000 when none) */
    bool dropped_if;     /* an mkIf false removed it */
    bool won;            /* survived the priority filter */
} DefOutcome;

typedef struct EvalModules EvalModules;

/* Evaluates the modules in `mods` (paths, sets or functions) as
 * lib.evalModules does and returns the lazy config set.  `special` is the
 * specialArgs set (or NULL); `name`, a submodule value's `name` argument
 * (or NULL; specialArgs.name wins over it, as over nixpkgs' _module.args
 * definition); `prefix` the option path of a submodule ("" at
 * the top); `lib` the runtime library.  `as_config` (or NULL) marks the
 * modules that are a set standing for `{ config = set; }` (a submodule's
 * definitions, with shorthandOnlyDefinesConfig).  Errors are raised with
 * eval_error. */
Value *modules_eval(Vm *vm, Value *lib, Value **mods, const Def *where, const bool *as_config, uint32_t n,
                    Value *special, Value *name, const char *prefix, Span at, EvalModules **out_em);

/* The runtime library's value (runtime/lib/default.cfg, evaluated once). */
Value *modules_lib(Vm *vm);

/* Merges the definitions of one option (SEMANTICS.md §4) into *out.
 * `loc` is the dotted option path; `type` a type value or NULL
 * (unspecified); `def` the default, or NULL.  `outcome`, when not NULL,
 * receives one entry per definition (the default first). */
void merge_option(Vm *vm, const char *loc, Value *type, const Def *defs, uint32_t n, const Def *def,
                  Value *apply, bool read_only, Value *out, Span at, DefOutcome *outcome);

/* Helpers shared by modules.c and merge.c. */
/* When v is a thunk of an application of lib.mkIf, mkMerge, mkOverride
 * (mkDefault, mkForce, ...) or mkOrder (mkBefore, mkAfter), called by one
 * of these names: the property's kind (PROP_*), with its condition or
 * priority in *param and its content in *content, without making the set
 * that forcing v makes; else -1. */
int merge_peek_property_slow(Vm *vm, Value *v, Value **param, Value **content);
static inline int merge_peek_property(Vm *vm, Value *v, Value **param, Value **content) {
    if (v->tag != VAL_THUNK || v->u.thunk.e->kind != EXPR_APPLY) return -1;
    return merge_peek_property_slow(vm, v, param, content);
}
/* Whether v is plainly no property, without looking further: a forced
 * value that is no set, or a set built as a literal without `_type`. */
static inline bool merge_plainly_no_property(const Value *v) {
    return v->tag < VAL_THUNK && (v->tag != VAL_ATTRS || (v->u.attrs->prop & 0xff) == ATTRS_PROP_NONE);
}
/* merge_prop_kind as PROP_* (-1: no property, or another _type). */
int merge_prop_code_slow(Vm *vm, Value *v, Span at);
static inline int merge_prop_code(Vm *vm, Value *v, Span at) {
    return merge_plainly_no_property(v) ? -1 : merge_prop_code_slow(vm, v, at);
}
/* The value of d with its wraps as the property sets they stand for. */
Value *merge_def_value(Vm *vm, const Def *d);
/* NixOS's definitionsWithLocations of an option: the definitions (and the
 * default) that survive mkIf and the priority filter, in mkOrder order, as
 * a list of { file, value }; *highest gets the winning priority (9999 when
 * none). */
Value *merge_final(Vm *vm, const char *loc, const Def *defs, uint32_t n, const Def *def, int64_t *highest, Span at);

/* The `_type` tag of a value (forcing it), interned, or NULL.  Asked of
 * every definition several times: values that are no set, and sets built
 * as literals without `_type`, are answered here. */
Sym merge_prop_kind_slow(Vm *vm, Value *v, Span at);
static inline Sym merge_prop_kind(Vm *vm, Value *v, Span at) {
    return merge_plainly_no_property(v) ? NULL : merge_prop_kind_slow(vm, v, at);
}
/* Whether `s` can stand unquoted in an option path. */
bool merge_ident_like(const char *s);
/* a + "." + b for option paths already written as showOption does (just
 * one of them when the other is empty), in the arena. */
const char *merge_loc_join(Vm *vm, const char *a, const char *b);
/* A config set without its `_module' (what evalModules returns). */
Attrs *merge_without_module(Vm *vm, Attrs *a);
/* The option path written as showOption does, as a list of strings. */
Value *merge_loc_split(Vm *vm, const char *loc);
/* loc + "." + name, with the name quoted as showOption does. */
const char *merge_loc_child(Vm *vm, const char *loc, const char *name);

/* A type's description (its `description` field), for messages. */
const char *merge_type_description(Vm *vm, Value *type, Span at);

/* `- In `FILE:L:C': VALUE` lines of showDefs, appended to `b`. */
void merge_show_defs(Vm *vm, StrBuf *b, const Def *defs, uint32_t n);

/* Prints `v` as a config value: JSON with SEMANTICS.md §11's sanitizing
 * (no _module, functions as "<function>", outPath sets as their path), or
 * in the language's syntax. */
void modules_print(Vm *vm, StrBuf *b, Value *v, bool json, Span at);

/* `vmc explain`: describes option `name` of the evaluation into `b`. */
/* Where option `name` is defined: up to `max` spans, the last definition in
 * merge order first (the default is not a definition).  Returns how
 * many; 0 when there is no such option. */
uint32_t modules_definition_spans(EvalModules *em, const char *name, Span *out, uint32_t max);
/* Where an element of list option `name` for which `match` holds is
 * defined: the last definition (in merge order) holding one, among those
 * already evaluated to a list; else file 0. */
Span modules_element_span(EvalModules *em, const char *name, bool (*match)(Vm *vm, Value *elem));

bool modules_explain(Vm *vm, EvalModules *em, const char *name, StrBuf *b, Span at);

#endif
