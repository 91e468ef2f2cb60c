/*
 * modules.c: lib.evalModules in C (SEMANTICS.md §1-§3, §8, §9).
 *
 * modules_eval loads the modules breadth-first (deduplicated by key, with
 * disabledModules), and returns `config` as a native thunk.  Forcing it
 * merges the option declarations into a tree (in merge order, the reverse
 * of collection order), pushes every module's definitions down to the
 * options they define (distributing mkIf, mkMerge and mkOverride over the
 * sets above options), reports unknown definitions, and builds the config
 * set: namespaces are sets, options are native thunks running merge.c's
 * pipeline, freeform values are merged in.  Nothing about an option is
 * evaluated until its value is needed.
 */
#include <stdlib.h>
#include <string.h>

#include "modules.h"
#include "runtime.h"
#include "source.h"
#include "vec.h"

/* ------------------------------------------------------------------------ */
/* Data. */

typedef struct Module {
    const char *key;        /* path, or parent-key:anon-N (NULL until needed: see module_key) */
    const char *parent_key; /* an anonymous module's: its parent's key */
    uint32_t anon_n;        /* and its place there, from 1 */
    Sym ksym;               /* key, interned (for lookups); NULL for an anonymous module not in bykey */
    const char *file;       /* shown in messages */
    Span pos;               /* where the module came from */
    Value *val;             /* the module's set (after calling a function) */
    Value *options;         /* `options`, or NULL */
    Value *config;          /* config definitions (a set or a property), or NULL */
    Value *freeform;        /* freeformType, or NULL */
    Value *imports;         /* list, or NULL */
    Value *disabled;        /* list, or NULL */
    Span dis_pos;           /* where disabledModules is written */
    uint32_t first_kid;     /* index in EvalModules.kids of its imports */
    uint32_t canon;         /* the first module loaded with the same key (itself when none) */
    uint32_t nkids;         /* number of imports */
} Module;

/* What few nodes need, kept apart so that every node is smaller (a
 * submodule value has a tree of its own). */
typedef struct OptExtra {
    VEC(Value *) sub_options; /* options declared below a submodule option: extra modules */
    VEC(Value *) more_decls;  /* declarations after the first (mkOption sets), in merge order */
    VEC(Def) freeform;      /* unmatched definitions below a freeform namespace */
    Value *final;           /* merge_final's list, once computed */
    int64_t highest;        /* and the winning priority */
} OptExtra;

typedef struct OptNode OptNode;
struct OptNode {
    Sym name;               /* last path element ("" at the root) */
    const char *loc;        /* dotted path, quoted as showOption does */
    OptNode *parent;        /* enclosing namespace */
    bool is_option;         /* declared with mkOption */
    bool has_default;       /* a default is declared */
    bool read_only;         /* readOnly */
    bool sorted;            /* kids are sorted (binary search works) */
    Span decl_pos;          /* its position */
    Value *decl;            /* first declaration (mkOption set) */
    const char *decl_file;  /* its module's file (the first declaration in merge order) */
    VEC(const char *) decl_files; /* every declaring module, in merge order */
    VEC(Span) decl_spans;   /* and where */
    Value *type;            /* type, or NULL */
    Def default_;           /* the default, when has_default */
    Value *apply;           /* apply, or NULL */
    Value *description;     /* for explain */
    VEC(OptNode *) kids;    /* namespace members, sorted by name once built */
    VEC(Def) defs;          /* definitions, in merge order (len counts them during pushdown; see place_defs) */
    Value *freeform_type;   /* freeformType at this namespace, or NULL */
    Value *value;           /* the option's lazy value */
    VEC(uint32_t) done;     /* modules (indices in loaded) whose declarations here are in */
    OptExtra *x;            /* or NULL */
};

static OptExtra *extra(Vm *vm, OptNode *n) {
    if (!n->x) n->x = ARENA_NEW(&vm->arena, OptExtra);
    return n->x;
}

typedef struct Unknown {
    const char *loc;        /* path of the unmatched definition */
    Def def;                /* the definition */
    OptNode *parent;        /* the deepest namespace that exists */
    Sym name;               /* the name missing from it */
} Unknown;

struct EvalModules {
    Vm *vm;
    Value *lib;             /* runtime library */
    const char *prefix;     /* option path of a submodule, "" at the top */
    Span at;                /* where the evaluation was requested */
    Value *config;          /* the lazy config */
    Value *options;         /* the lazy options tree */
    Value *special;         /* specialArgs set */
    Value *args_base;       /* lib, config, options, specialArgs, and specialArgs' members */
    VEC(Module) loaded;     /* every module loaded, by first load */
    SymMap bykey;           /* key -> 1 + index of the first module loaded with it (anonymous modules
                               only once anon_keyed) */
    SymMap bypath;          /* path -> 1 + index: a file is loaded once */
    bool anon_keyed;        /* anonymous modules' keys are in bykey (see anon_key_matters) */
    VEC(uint32_t) kids;     /* import edges (indices in loaded) */
    VEC(uint32_t) order;    /* collection order after disabledModules */
    OptNode *root;          /* option tree */
    VEC(Unknown) unknown;   /* unmatched definitions */
    struct { struct LoggedDef *data; uint32_t len, cap; } deflog; /* definitions as pushdown finds them */
    bool collected;         /* every module is loaded (build may run) */
    bool built;             /* tree and definitions done */
    bool declaring;         /* declarations being collected: `options` is lazy */
    bool any_options;       /* some module declares an option */
};

static Sym S_options, S_config, S_imports, S_disabledModules, S_freeformType, S__file, S_key, S_meta,
    S__class, S_require, S__type, S_option, S_type, S_default, S_apply, S_readOnly, S_description,
    S_example, S_lib, S_specialArgs, S__module, S_args, S_check, S_if, S_merge, S_override, S_contents,
    S_content, S_condition, S_priority, S_value, S_name, S_outPath, S_modules, S_values, S_elemType,
    S_left, S_right, S___toString, S_modulesPath;

static void init_syms(void) {
    if (S_options) return;
    S_options = sym_cstr("options");
    S_config = sym_cstr("config");
    S_imports = sym_cstr("imports");
    S_disabledModules = sym_cstr("disabledModules");
    S_freeformType = sym_cstr("freeformType");
    S__file = sym_cstr("_file");
    S_key = sym_cstr("key");
    S_meta = sym_cstr("meta");
    S__class = sym_cstr("_class");
    S_require = sym_cstr("require");
    S__type = sym_cstr("_type");
    S_option = sym_cstr("option");
    S_type = sym_cstr("type");
    S_default = sym_cstr("default");
    S_apply = sym_cstr("apply");
    S_readOnly = sym_cstr("readOnly");
    S_description = sym_cstr("description");
    S_example = sym_cstr("example");
    S_lib = sym_cstr("lib");
    S_specialArgs = sym_cstr("specialArgs");
    S__module = sym_cstr("_module");
    S_args = sym_cstr("args");
    S_check = sym_cstr("check");
    S_if = sym_cstr("if");
    S_merge = sym_cstr("merge");
    S_override = sym_cstr("override");
    S_contents = sym_cstr("contents");
    S_content = sym_cstr("content");
    S_condition = sym_cstr("condition");
    S_priority = sym_cstr("priority");
    S_value = sym_cstr("value");
    S_name = sym_cstr("name");
    S_outPath = sym_cstr("outPath");
    S_modules = sym_cstr("modules");
    S_values = sym_cstr("values");
    S_elemType = sym_cstr("elemType");
    S_left = sym_cstr("left");
    S_right = sym_cstr("right");
    S___toString = sym_cstr("__toString");
    S_modulesPath = sym_cstr("modulesPath");
}

static Value *field(Vm *vm, Value *set, Sym name, Span at) {
    eval_force(vm, set, at);
    if (set->tag != VAL_ATTRS) return NULL;
    Attr *a = attrs_find(set->u.attrs, name);
    return a ? a->value : NULL;
}

/* A field a property (mkIf, mkMerge, ...) must have; a clear error when a
 * hand-made `{ _type = "merge"; }` lacks it. */
static Value *prop_field(Vm *vm, Value *prop, Sym name, Span at) {
    Value *f = field(vm, prop, name, at);
    if (!f) {
        Sym k = merge_prop_kind(vm, prop, at);
        eval_error(vm, at, "a property with _type = \"%s\" lacks the attribute `%s'", k ? k->str : "?", name->str);
    }
    return f;
}

static Attr *field_attr(Vm *vm, Value *set, Sym name, Span at) {
    eval_force(vm, set, at);
    if (set->tag != VAL_ATTRS) return NULL;
    return attrs_find(set->u.attrs, name);
}


/* ------------------------------------------------------------------------ */
/* The runtime library. */

Value *modules_lib(Vm *vm) {
    static Vm *cached_vm;
    static Value *cached;
    if (cached_vm != vm) {
        cached = eval_file(vm, RUNTIME_ROOT "/lib/default.cfg", span_make(0, 0, 0));
        cached_vm = vm;
    }
    eval_force(vm, cached, span_make(0, 0, 0));
    return cached;
}

/* ------------------------------------------------------------------------ */
/* Module arguments. */

typedef struct ArgLookup {
    EvalModules *em;        /* the evaluation */
    Sym name;               /* argument name */
    const char *file;       /* the module asking, for the message */
    Span at;                /* its position */
} ArgLookup;

/* config._module.args.NAME, for an argument nothing else provides. */
static void lookup_arg(Vm *vm, void *data, Value *out, Span at) {
    ArgLookup *a = data;
    (void)at;
    Value *m = field(vm, a->em->config, S__module, a->at);
    Value *args = m ? field(vm, m, S_args, a->at) : NULL;
    Attr *x = args ? field_attr(vm, args, a->name, a->at) : NULL;
    if (!x)
        eval_error(vm, a->at,
                   "the module argument `%s' is not available in %s: it is not a special argument and "
                   "_module.args.%s is not defined",
                   a->name->str, a->file ? a->file : "a module", a->name->str);
    eval_force(vm, x->value, a->at);
    *out = *x->value;
}

/* A submodule value's `name' argument.  nixpkgs defines it as
 * _module.args.name (the value's first module here, see merge_submodule):
 * when _module.args has no other definition, that is `name' itself, read
 * without merging _module.args; else it is looked up there (mkForce on it
 * wins, as in NixOS). */
static void build(EvalModules *em);
static OptNode *node_find(OptNode *n, Sym name);

typedef struct NameArg {
    EvalModules *em;
    Value *name;
} NameArg;

static void name_arg(Vm *vm, void *data, Value *out, Span at) {
    NameArg *na = data;
    EvalModules *em = na->em;
    /* Read while the modules are loaded (imports), it can only be itself. */
    if (em->collected) build(em);
    OptNode *args = em->built ? node_find(node_find(em->root, S__module), S_args) : NULL;
    if (!em->built || (args && args->defs.len <= 1)) {
        eval_force(vm, na->name, at);
        *out = *na->name;
        return;
    }
    ArgLookup a = {em, S_name, NULL, em->at};
    lookup_arg(vm, &a, out, at);
}

static Value *module_args(EvalModules *em, Value *fn, const char *file, Span at) {
    Vm *vm = em->vm;
    Attrs *base = em->args_base->u.attrs;
    Expr *lam = fn->tag == VAL_LAMBDA ? fn->u.lambda.fn : NULL;
    if (!lam || !lam->has_formals) return em->args_base;
    uint32_t nf = lam->nformals;
    /* Most modules ask only for arguments every module gets (lib, config,
     * ...) or have defaults: then they share the one set. */
    bool extra = false;
    for (uint32_t i = 0; i < nf && !extra; i++)
        extra = !lam->u.lambda.formals[i].def && !attrs_find(base, lam->u.lambda.formals[i].name);
    if (!extra) return em->args_base;
    Attrs *r = attrs_new(vm, base->n + nf);
    memcpy(r->a, base->a, sizeof(Attr) * base->n);
    uint32_t k = base->n;
    for (uint32_t i = 0; i < nf; i++) {
        Sym nm = lam->u.lambda.formals[i].name;
        if (attrs_find(base, nm)) continue;
        if (lam->u.lambda.formals[i].def) {
            /* Leave it to the default unless _module.args has it; that
             * needs config, so only look when the default is absent. */
            continue;
        }
        ArgLookup *a = ARENA_NEW(&vm->arena, ArgLookup);
        a->em = em;
        a->name = nm;
        a->file = file;
        a->at = at;
        r->a[k].name = nm;
        r->a[k].value = eval_native_thunk(vm, lookup_arg, a);
        r->a[k].pos = span_make(0, 0, 0);
        k++;
    }
    r->n = k;
    attrs_sort(vm, r, at, true);
    return val_attrs(vm, r);
}

/* ------------------------------------------------------------------------ */
/* Loading. */

/* The attributes of an explicit module, and those a shorthand module's
 * config leaves out (symbols: init_syms has run). */
static bool explicit_key(Sym s) {
    return s == S_imports || s == S_options || s == S_config || s == S__file || s == S_key ||
           s == S_disabledModules || s == S_meta || s == S_freeformType || s == S__class;
}

static bool shorthand_skip(Sym s) {
    return s == S_imports || s == S__file || s == S_key || s == S_disabledModules || s == S_freeformType ||
           s == S__class || s == S_require;
}

static bool index_get(SymMap *map, Sym k, uint32_t *out) {
    uintptr_t v = (uintptr_t)symmap_get(map, k);
    if (!v) return false;
    *out = (uint32_t)(v - 1);
    return true;
}

static void index_put(SymMap *map, Sym k, uint32_t v) { symmap_put(map, k, (void *)(uintptr_t)(v + 1)); }

/* Module i's key: an anonymous module's, PARENT:anon-N, is made when first
 * asked for (most never are: a submodule value loads each definition as an
 * anonymous module). */
static const char *module_key(EvalModules *em, uint32_t i) {
    Module *m = &em->loaded.data[i];
    if (m->key) return m->key;
    char num[24];
    size_t nl, pl = strlen(m->parent_key);
    const char *ns = print_int(m->anon_n, num, &nl);
    char *key = arena_alloc(&em->vm->arena, pl + 6 + nl + 1, 1);
    memcpy(key, m->parent_key, pl);
    memcpy(key + pl, ":anon-", 6);
    memcpy(key + pl + 6, ns, nl);
    key[pl + 6 + nl] = 0;
    return m->key = key;
}

/* Module i's key goes into bykey, or names the module first loaded with
 * it (collect keeps the first of them in its order, as genericClosure). */
static void key_register(EvalModules *em, uint32_t i) {
    Module *m = &em->loaded.data[i];
    m->ksym = sym_cstr(module_key(em, i));
    if (!index_get(&em->bykey, m->ksym, &m->canon)) index_put(&em->bykey, m->ksym, i);
}

/* An anonymous module's key, PARENT:anon-N, differs from every other
 * anonymous module's (its parent's key is unique, N its place there), so
 * only a path or a `key` attribute spelled with ":anon-" can equal one.
 * Submodules load thousands of anonymous modules (every definition is
 * one): their keys go into bykey only once such a key is seen. */
static void anon_key_matters(EvalModules *em, const char *key) {
    if (em->anon_keyed || !strstr(key, ":anon-")) return;
    em->anon_keyed = true;
    for (uint32_t i = 0; i < em->loaded.len; i++)
        if (!em->loaded.data[i].ksym) key_register(em, i);
}

/* Loads one module: calls it when it is a function and splits it into
 * options, config, imports.  Returns its index in em->loaded. */
static uint32_t load(EvalModules *em, Value *raw, const char *parent_key, uint32_t anon_n, const Def *where,
                     bool as_config) {
    Vm *vm = em->vm;
    Span at = where && where->pos.file ? where->pos : em->at;
    /* Keys of inline modules grow with the depth: an inline module that
     * imports itself would never end. */
    if (strlen(parent_key) > 64 * 1024)
        eval_error(vm, at, "imports nested too deeply (does an inline module import itself?)");
    eval_force(vm, raw, at);
    Module m;
    memset(&m, 0, sizeof m);
    m.pos = at;
    Sym path = NULL;               /* a module from a file: its path */
    Value *v = raw;
    if (raw->tag == VAL_PATH || raw->tag == VAL_STRING) {
        const char *p = raw->u.str.s;
        if (raw->tag == VAL_STRING && p[0] != '/')
            eval_error(vm, at, "module `%s' is not a path; imports must be paths, sets or functions", p);
        m.key = p;
        m.file = p;   /* absolute, as the reference prints module files */
        /* The same file again (imported twice, or a cycle) is the same module. */
        path = sym_cstr(p);
        uint32_t hit;
        if (index_get(&em->bypath, path, &hit)) return hit;
        v = eval_file_sym(vm, path, p, at);
        eval_force(vm, v, at);
    } else {
        /* PARENT:anon-N, made when needed (module_key). */
        m.parent_key = parent_key;
        m.anon_n = anon_n;
        m.file = where && where->file ? where->file : (parent_key[0] ? parent_key : "<unknown-file>");
    }
    if (!as_config && (v->tag == VAL_LAMBDA || v->tag == VAL_PRIMOP || v->tag == VAL_PRIMOP_APP)) {
        Value r;
        eval_apply(vm, v, module_args(em, v, m.file, at), &r, at);
        v = val_new(vm);
        *v = r;
    }
    eval_force(vm, v, at);
    Sym pk = as_config ? NULL : merge_prop_kind(vm, v, at);
    if (as_config) {
        /* { config = v; }: nothing else to read. */
        m.val = v;
        m.config = v;
    } else if (pk == S_if || pk == S_override || pk == S_merge) {
        /* A bare mkIf/mkOverride module is that module's config [C17]. */
        m.val = v;
        m.config = v;
    } else {
        if (v->tag != VAL_ATTRS)
            eval_error(vm, at, "module `%s' is %s, but a module must be a set or a function returning one", m.file,
                       value_kind_phrase(v));
        m.val = v;
        Attrs *a = v->u.attrs;
        /* The attributes the module system reads, in one pass. */
        Attr *f = NULL, *k = NULL, *o = NULL, *c = NULL, *im = NULL, *dm = NULL, *ff = NULL;
        uint32_t nskip = 0;   /* attributes a shorthand module's config leaves out */
        bool all_explicit = true;
        for (uint32_t i = 0; i < a->n; i++) {
            Sym s = a->a[i].name;
            Attr *x = &a->a[i];
            if (s == S__file) f = x;
            else if (s == S_key) k = x;
            else if (s == S_options) o = x;
            else if (s == S_config) c = x;
            else if (s == S_imports) im = x;
            else if (s == S_disabledModules) dm = x;
            else if (s == S_freeformType) ff = x;
            nskip += shorthand_skip(s);
            all_explicit = all_explicit && explicit_key(s);
        }
        if (f) {
            eval_force(vm, f->value, at);
            if (f->value->tag == VAL_STRING || f->value->tag == VAL_PATH) m.file = f->value->u.str.s;
        }
        if (k) {
            Str ks = eval_coerce(vm, k->value, at, true, "a module's key");
            m.key = arena_strndup(&vm->arena, ks.ptr, ks.len);
        }
        if (o || c) {
            if (!all_explicit) {
                StrBuf bad = {0};
                Span first_bad = at;
                for (uint32_t i = 0; i < a->n; i++) {
                    if (explicit_key(a->a[i].name)) continue;
                    if (!bad.len && a->a[i].pos.file) first_bad = a->a[i].pos;
                    sb_printf(&bad, "%s%s", bad.len ? " " : "", a->a[i].name->str);
                }
                char *first = strdup(bad.data);
                char *sp = strchr(first, ' ');
                if (sp) *sp = 0;
                Diag *d = diag_new(first_bad,
                                   "Module `%s' has an unsupported attribute `%s'. This is caused by introducing a "
                                   "top-level `config' or `options' attribute. Add configuration attributes immediately "
                                   "on the top level instead, or move all of them (namely: %s) into the explicit "
                                   "`config' attribute.",
                                   m.file, first, bad.data);
                free(first);
                free(bad.data);
                eval_raise(vm, d, false);
            }
            m.options = o ? o->value : NULL;
            m.config = c ? c->value : NULL;
        } else if (nskip == 0) {
            m.config = v;   /* shorthand with nothing to leave out (the usual case): the set itself */
        } else {
            /* Shorthand: everything else is config. */
            Attrs *cfg = attrs_new(vm, a->n - nskip);
            uint32_t j = 0;
            for (uint32_t i = 0; i < a->n; i++)
                if (!shorthand_skip(a->a[i].name)) cfg->a[j++] = a->a[i];
            m.config = val_attrs(vm, cfg);
        }
        if (im) m.imports = eval_list(vm, im->value, im->pos.file ? im->pos : at, "the imports of a module");
        if (dm) {
            m.dis_pos = dm->pos;
            m.disabled = eval_list(vm, dm->value, dm->pos.file ? dm->pos : at, "disabledModules");
        }
        if (ff) m.freeform = ff->value;
    }
    /* Every module is loaded, even one whose key an earlier one has (its
     * disabledModules count, as the reference's): collect skips it. */
    vec_push(&em->loaded, m);   /* malloc'ed: thousands at the top level */
    uint32_t idx = em->loaded.len - 1;
    em->loaded.data[idx].canon = idx;
    if (path) index_put(&em->bypath, path, idx);
    bool anon = !m.key;
    if (!anon) anon_key_matters(em, m.key);
    if (!anon || em->anon_keyed) key_register(em, idx);
    /* Its imports are loaded now, depth-first; the order of collection is
     * computed afterwards, breadth-first. */
    Module *mm = &em->loaded.data[idx];
    uint32_t n = mm->imports ? (uint32_t)mm->imports->u.list.n : 0;
    uint32_t *tmp = ARENA_ARRAY(&vm->arena, uint32_t, n ? n : 1);
    const char *key = n ? module_key(em, idx) : NULL;
    Value *imports = mm->imports;
    Def w = {NULL, mm->file, mm->pos, NULL};
    for (uint32_t i = 0; i < n; i++) tmp[i] = load(em, imports->u.list.items[i], key, i + 1, &w, false);
    mm = &em->loaded.data[idx];
    mm->first_kid = em->kids.len;
    mm->nkids = n;
    for (uint32_t i = 0; i < n; i++) avec_push(&vm->arena, &em->kids, tmp[i]);
    return idx;
}

/* The key of the module that disabledModules item x names, as nixpkgs'
 * moduleKey finds it: a string is a path relative to specialArgs.modulesPath
 * (vmc build passes its own modules' directory; "" without one) unless it
 * is absolute; a path or anything else toString takes is its string; a set
 * without __toString or outPath names its `key'.  (Nix 2.8's nixpkgs put
 * modulesPath before every string, absolute ones too, so that those never
 * matched; nixpkgs 23.05 and later take them as they are, as here.) */
static const char *disabled_key(EvalModules *em, const Module *m, Value *x) {
    Vm *vm = em->vm;
    Span at = m->dis_pos.file ? m->dis_pos : em->at;
    if (x->tag == VAL_THUNK && x->u.thunk.e->span.file) at = x->u.thunk.e->span;   /* the item itself */
    eval_force(vm, x, at);
    if (x->tag == VAL_STRING) {
        if (x->u.str.len && x->u.str.s[0] == '/') return x->u.str.s;
        Str base = {"", 0};
        Value *mp = em->special ? field(vm, em->special, S_modulesPath, at) : NULL;
        if (mp) base = eval_coerce(vm, mp, at, true, "specialArgs.modulesPath");
        StrBuf b = {0};
        sb_printf(&b, "%.*s/%s", (int)base.len, base.ptr, x->u.str.s);
        char *r = arena_strndup(&vm->arena, b.data, b.len);
        free(b.data);
        return r;
    }
    if (x->tag == VAL_ATTRS && !attrs_find(x->u.attrs, S___toString) && !attrs_find(x->u.attrs, S_outPath)) {
        Value *kv = field(vm, x, S_key, at);
        if (!kv)
            eval_error(vm, at,
                       "Module `%s` contains a disabledModules item that is an attribute set, presumably a module, "
                       "that does not have a `key` attribute. This means that the module system doesn't have any "
                       "means to identify the module that should be disabled. Make sure that you've put the correct "
                       "value in disabledModules: a string path relative to modulesPath, a path value, or an "
                       "attribute set with a `key` attribute.",
                       m->file);
        Str ks = eval_coerce(vm, kv, at, true, "the key of a disabledModules item");
        return arena_strndup(&vm->arena, ks.ptr, ks.len);
    }
    if (x->tag == VAL_LAMBDA && x->u.lambda.fn->span.file) at = x->u.lambda.fn->span;
    if (x->tag == VAL_LAMBDA || x->tag == VAL_PRIMOP || x->tag == VAL_PRIMOP_APP)
        eval_error(vm, at,
                   "Each disabledModules item must be a path, string, or a attribute set with a key attribute, or "
                   "a value supported by toString. However, one of the disabledModules items in `%s` is none of "
                   "that, but is of type %s.",
                   m->file, value_type_name(x));
    Str s = eval_coerce(vm, x, at, true, "a disabledModules item");
    if (x->tag == VAL_ATTRS) {
        Value *kv = field(vm, x, S_key, at);
        if (kv) {
            Str ks = eval_coerce(vm, kv, at, true, "the key of a disabledModules item");
            if (ks.len != s.len || memcmp(ks.ptr, s.ptr, s.len) != 0)
                eval_error(vm, at,
                           "Module `%s` contains a disabledModules item that is an attribute set that can be "
                           "converted to a string (%.*s) but also has a `.key` attribute (%.*s) with a different "
                           "value. This makes it ambiguous which module should be disabled.",
                           m->file, (int)s.len, s.ptr, (int)ks.len, ks.ptr);
        }
    }
    return arena_strndup(&vm->arena, s.ptr, s.len);
}

/* Breadth-first order with deduplication, skipping disabled modules and
 * what is only reachable through them. */
static void collect(EvalModules *em, uint32_t *roots, uint32_t nroots) {
    Vm *vm = em->vm;
    VEC(const char *) disabled = {0};
    for (uint32_t i = 0; i < em->loaded.len; i++) {
        Value *d = em->loaded.data[i].disabled;
        if (!d) continue;
        for (size_t k = 0; k < d->u.list.n; k++)   /* in the arena: disabled_key may raise an error */
            avec_push(&vm->arena, &disabled, disabled_key(em, &em->loaded.data[i], d->u.list.items[k]));
    }
    bool *seen = arena_zalloc(&vm->arena, em->loaded.len + 1, 1);   /* by canon: a key is taken once */
    VEC(uint32_t) queue = {0};
    for (uint32_t i = 0; i < nroots; i++) avec_push(&vm->arena, &queue, roots[i]);
    for (uint32_t qi = 0; qi < queue.len; qi++) {
        uint32_t idx = queue.data[qi];
        Module *m = &em->loaded.data[idx];
        if (seen[m->canon]) continue;
        seen[m->canon] = true;
        bool off = false;
        for (uint32_t k = 0; k < disabled.len && !off; k++) off = strcmp(disabled.data[k], module_key(em, idx)) == 0;
        if (off) continue;
        avec_push(&vm->arena, &em->order, idx);
        for (uint32_t k = 0; k < m->nkids; k++) avec_push(&vm->arena, &queue, em->kids.data[m->first_kid + k]);
    }
}

/* ------------------------------------------------------------------------ */
/* The option tree. */

static OptNode *node_new(Vm *vm, OptNode *parent, Sym name) {
    OptNode *n = ARENA_NEW(&vm->arena, OptNode);
    n->name = name;
    n->parent = parent;
    n->loc = parent ? merge_loc_child(vm, parent->loc, name->str) : "";
    return n;
}

/* The member `name` of namespace n.  Members stay sorted by name, so this
 * is a binary search; insertion shifts (declarations are few). */
static uint32_t node_pos(OptNode *n, Sym name, bool *found) {
    uint32_t lo = 0, hi = n->kids.len;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        Sym m = n->kids.data[mid]->name;
        if (m == name) {
            *found = true;
            return mid;
        }
        if (sym_cmp(m, name) < 0) lo = mid + 1;
        else hi = mid;
    }
    *found = false;
    return lo;
}

/* Children found, remembered: definitions look up the same few names
 * under the same namespaces thousands of times.  Only hits are kept (a
 * node never loses a child), tagged with the run. */
#define KID_MEMO_BITS 11
static struct KidMemo {
    OptNode *kid;      /* its parent and name are in the node */
    uint32_t serial;
} kid_memo[1u << KID_MEMO_BITS];

static inline __attribute__((always_inline)) OptNode *node_find_in(Vm *vm, OptNode *n, Sym name) {
    uint64_t h = ((uint64_t)(uintptr_t)n ^ ((uint64_t)(uintptr_t)name << 9)) * 0x9E3779B97F4A7C15ull;
    struct KidMemo *m = &kid_memo[h >> (64 - KID_MEMO_BITS)];
    if (m->serial == vm->serial && m->kid->parent == n && m->kid->name == name) return m->kid;
    bool found;
    uint32_t i = node_pos(n, name, &found);
    if (!found) return NULL;
    *m = (struct KidMemo){n->kids.data[i], vm->serial};
    return n->kids.data[i];
}

static OptNode *node_find(OptNode *n, Sym name) {
    bool found;
    uint32_t i = node_pos(n, name, &found);
    return found ? n->kids.data[i] : NULL;
}

static OptNode *node_child(Vm *vm, OptNode *n, Sym name) {
    bool found;
    uint32_t i = node_pos(n, name, &found);
    if (found) return n->kids.data[i];
    OptNode *c = node_new(vm, n, name);
    avec_push(&vm->arena, &n->kids, c);
    memmove(&n->kids.data[i + 1], &n->kids.data[i], sizeof(OptNode *) * (n->kids.len - 1 - i));
    n->kids.data[i] = c;
    return c;
}

static const char *type_name(Vm *vm, Value *t, Span at) {
    Value *n = t ? field(vm, t, S_name, at) : NULL;
    if (!n) return "unspecified";
    eval_force(vm, n, at);
    return n->tag == VAL_STRING ? n->u.str.s : "unspecified";
}

/* Merges two declared types; NULL when they cannot merge. */
/* A submodule type's modules, each as { _file = file; imports = [ m ]; }
 * (the reference's setDefaultModuleLocation), or as they are when file is
 * NULL. */
static Value *located_modules(EvalModules *em, Value *mods, const char *file, Span at) {
    Vm *vm = em->vm;
    Value *l = eval_list(vm, mods, at, NULL);
    if (!file) return l;
    Value *r = val_list(vm, l->u.list.n);
    for (size_t i = 0; i < l->u.list.n; i++) {
        Value *imp = val_list(vm, 1);
        imp->u.list.items[0] = l->u.list.items[i];
        Attrs *w = attrs_new(vm, 2);
        w->a[0] = (Attr){S__file, val_string(vm, file, strlen(file)), span_make(0, 0, 0)};
        w->a[1] = (Attr){S_imports, imp, span_make(0, 0, 0)};
        attrs_sort(vm, w, at, true);
        r->u.list.items[i] = val_attrs(vm, w);
    }
    return r;
}

/* The type of an option declared twice, with types a and b (the files
 * declaring them: a submodule's modules are located there; file_a is NULL
 * when a is a merged type already).  NULL when they do not merge. */
static Value *merge_types(EvalModules *em, Value *a, Value *b, const char *file_a, const char *file_b, Span at) {
    Vm *vm = em->vm;
    const char *na = type_name(vm, a, at), *nb = type_name(vm, b, at);
    if (strcmp(na, nb) != 0) return NULL;
    Value *types = field(vm, em->lib, sym_cstr("types"), at);
    if (!strcmp(na, "enum")) {
        Value *fa = field(vm, a, S_values, at), *fb = field(vm, b, S_values, at);
        if (!fa || !fb) return NULL;   /* a hand-made type: cannot merge */
        Value *va = eval_list(vm, fa, at, NULL);
        Value *vb = eval_list(vm, fb, at, NULL);
        Value *u = val_list(vm, va->u.list.n + vb->u.list.n);
        size_t k = 0;
        for (size_t i = 0; i < va->u.list.n; i++) u->u.list.items[k++] = va->u.list.items[i];
        for (size_t i = 0; i < vb->u.list.n; i++) {
            bool dup = false;
            for (size_t j = 0; j < va->u.list.n && !dup; j++) dup = eval_equal(vm, va->u.list.items[j], vb->u.list.items[i], at);
            if (!dup) u->u.list.items[k++] = vb->u.list.items[i];
        }
        u->u.list.n = k;
        Value r;
        eval_apply(vm, field(vm, types, sym_cstr("enum"), at), u, &r, at);
        Value *h = val_new(vm);
        *h = r;
        return h;
    }
    if (!strcmp(na, "listOf") || !strcmp(na, "attrsOf") || !strcmp(na, "lazyAttrsOf") || !strcmp(na, "nullOr")) {
        Value *ea = field(vm, a, S_elemType, at), *eb = field(vm, b, S_elemType, at);
        if (!ea || !eb) return NULL;
        Value *e = merge_types(em, ea, eb, file_a, file_b, at);
        if (!e) return NULL;
        Value r;
        eval_apply(vm, field(vm, types, sym_intern(na, strlen(na)), at), e, &r, at);
        Value *h = val_new(vm);
        *h = r;
        return h;
    }
    if (!strcmp(na, "submodule")) {
        Value *fa = field(vm, a, S_modules, at), *fb = field(vm, b, S_modules, at);
        if (!fa || !fb) return NULL;
        Value *ma = located_modules(em, fa, file_a, at);
        Value *mb = located_modules(em, fb, file_b, at);
        Value *u = val_list(vm, ma->u.list.n + mb->u.list.n);
        memcpy(u->u.list.items, ma->u.list.items, sizeof(Value *) * ma->u.list.n);
        memcpy(u->u.list.items + ma->u.list.n, mb->u.list.items, sizeof(Value *) * mb->u.list.n);
        Attrs *x = a->u.attrs;
        Attrs *r = attrs_new(vm, x->n);
        memcpy(r->a, x->a, sizeof(Attr) * x->n);
        Attr *mm = attrs_find(r, S_modules);
        if (mm) mm->value = u;
        return val_attrs(vm, r);
    }
    if (!strcmp(na, "separatedString")) {
        Value *sa = field(vm, a, sym_cstr("sep"), at), *sb = field(vm, b, sym_cstr("sep"), at);
        return sa && sb && eval_equal(vm, sa, sb, at) ? a : NULL;
    }
    if (!strcmp(na, "either")) {
        Value *la = field(vm, a, S_left, at), *lb = field(vm, b, S_left, at);
        Value *ra = field(vm, a, S_right, at), *rb = field(vm, b, S_right, at);
        if (!la || !lb || !ra || !rb) return NULL;
        Value *l = merge_types(em, la, lb, file_a, file_b, at);
        Value *r = merge_types(em, ra, rb, file_a, file_b, at);
        return l && r ? a : NULL;
    }
    if (!strcmp(na, "int")) {
        Value *mina = field(vm, a, sym_cstr("min"), at), *minb = field(vm, b, sym_cstr("min"), at);
        Value *maxa = field(vm, a, sym_cstr("max"), at), *maxb = field(vm, b, sym_cstr("max"), at);
        bool same = (!mina) == (!minb) && (!maxa) == (!maxb) && (!mina || eval_equal(vm, mina, minb, at)) &&
                    (!maxa || eval_equal(vm, maxa, maxb, at));
        return same ? a : NULL;
    }
    return a;   /* identical simple types */
}

static _Noreturn void already_declared(EvalModules *em, OptNode *n, Module *m, Span at) {
    StrBuf b = {0};
    for (uint32_t i = 0; i < n->decl_files.len; i++)
        sb_printf(&b, "%s`%s'", i ? " and " : "", n->decl_files.data[i]);
    Diag *d = em->prefix[0] ? diag_new(at, "The option `%s.%s' in `%s' is already declared in %s.", em->prefix, n->loc,
                                       m->file, b.data ? b.data : "")
                            : diag_new(at, "The option `%s' in `%s' is already declared in %s.", n->loc, m->file,
                                       b.data ? b.data : "");
    free(b.data);
    for (uint32_t i = 0; i < n->decl_spans.len; i++)
        if (n->decl_spans.data[i].file) diag_add_note(d, n->decl_spans.data[i], "declared here");
    eval_raise(em->vm, d, false);
}

/* Files declaring options below `n`, each with its first-level prefix:
 *  - option(s) with prefix `set.a' in module `FILE' */
static void nested_lines(OptNode *n, StrBuf *b) {
    for (uint32_t i = 0; i < n->kids.len; i++) {
        OptNode *k = n->kids.data[i];
        VEC(const char *) files = {0};
        OptNode *stack[256];
        uint32_t sp = 0;
        stack[sp++] = k;
        while (sp) {
            OptNode *x = stack[--sp];
            for (uint32_t f = 0; f < x->decl_files.len; f++) {
                bool dup = false;
                for (uint32_t q = 0; q < files.len && !dup; q++) dup = strcmp(files.data[q], x->decl_files.data[f]) == 0;
                if (!dup) vec_push(&files, x->decl_files.data[f]);
            }
            for (uint32_t c = 0; c < x->kids.len && sp < 256; c++) stack[sp++] = x->kids.data[c];
        }
        for (uint32_t f = 0; f < files.len; f++)
            sb_printf(b, "\n - option(s) with prefix `%s' in module `%s'", k->loc, files.data[f]);
        vec_free(&files);
    }
}

/* The declarations below `n`, as an `options` set again. */
static Value *subtree_options(Vm *vm, OptNode *n) {
    Attrs *a = attrs_new(vm, n->kids.len);
    for (uint32_t i = 0; i < n->kids.len; i++) {
        OptNode *k = n->kids.data[i];
        a->a[i].name = k->name;
        a->a[i].value = k->is_option ? k->decl : subtree_options(vm, k);
        a->a[i].pos = k->decl_pos;
    }
    return val_attrs(vm, a);
}

static _Noreturn void parent_error(EvalModules *em, OptNode *n, const char *file, Value *type, StrBuf *lines, Span at) {
    Vm *vm = em->vm;
    Diag *d = diag_new(at,
                       "The option `%s' in module `%s' would be a parent of the following options, but its type "
                       "`%s' does not support nested options.%s",
                       n->loc, file, merge_type_description(vm, type, at), lines->data ? lines->data : "");
    free(lines->data);
    eval_raise(vm, d, false);
}

static void declare_option(EvalModules *em, OptNode *n, Value *opt, Module *m, Span at) {
    Vm *vm = em->vm;
    if (n->kids.len && !n->is_option) {
        Value *t = field(vm, opt, S_type, at);
        if (strcmp(type_name(vm, t, at), "submodule") != 0) {
            StrBuf lines = {0};
            nested_lines(n, &lines);
            parent_error(em, n, m->file, t, &lines, at);
        }
        /* Options declared below it earlier extend the submodule. */
        avec_push(&vm->arena, &extra(vm, n)->sub_options, subtree_options(vm, n));
        n->kids.len = 0;
    }
    Attrs *o = opt->u.attrs;
    if (!n->is_option) {
        n->is_option = true;
        n->decl = opt;
        n->decl_file = m->file;
        n->decl_pos = at;
    } else {
        /* A second declaration of the same option. */
        avec_push(&vm->arena, &extra(vm, n)->more_decls, opt);
        static const char *const unique[] = {"default", "example", "description", "apply"};
        for (size_t i = 0; i < ARRAY_LEN(unique); i++) {
            Sym s = sym_cstr(unique[i]);
            if (attrs_find(o, s) && attrs_find(n->decl->u.attrs, s)) already_declared(em, n, m, at);
        }
    }
    /* The attributes read here, in one pass over the set (sorted, small). */
    Attr *t = NULL, *d = NULL, *ap = NULL, *ro = NULL, *ds = NULL;
    for (uint32_t i = 0; i < o->n; i++) {
        Sym nm = o->a[i].name;
        if (nm == S_type) t = &o->a[i];
        else if (nm == S_default) d = &o->a[i];
        else if (nm == S_apply) ap = &o->a[i];
        else if (nm == S_readOnly) ro = &o->a[i];
        else if (nm == S_description) ds = &o->a[i];
    }
    if (t) {
        if (n->type) {
            /* The first declaration's submodules are located once, when
             * the second comes. */
            const char *first = n->decl_files.len == 1 ? n->decl_files.data[0] : NULL;
            Value *mt = merge_types(em, n->type, t->value, first, m->file, at);
            if (!mt) already_declared(em, n, m, at);
            n->type = mt;
        } else {
            n->type = t->value;
        }
    }
    avec_push(&vm->arena, &n->decl_files, m->file);
    avec_push(&vm->arena, &n->decl_spans, at);
    if (d) {
        /* As in the reference, the default's file is the option's first
         * declaring file. */
        n->has_default = true;
        n->default_.v = d->value;
        n->default_.file = n->decl_file;
        n->default_.pos = n->decl_pos;
    }
    if (ap) n->apply = ap->value;
    if (ro && eval_bool(vm, ro->value, at, "readOnly")) n->read_only = true;
    if (ds) n->description = ds->value;
}

static void declare_child(EvalModules *em, OptNode *node, Sym name, Value *v, Module *m, Span p);

static void declare(EvalModules *em, OptNode *node, Value *opts, Module *m, Span at) {
    Vm *vm = em->vm;
    if (strlen(node->loc) > 16 * 1024)
        eval_error(vm, at, "option declarations nested too deeply under `%.60s...' (is the options set cyclic?)", node->loc);
    eval_force(vm, opts, at);
    if (opts->tag != VAL_ATTRS)
        eval_error(vm, at, "the options of module `%s' at `%s' are %s, not a set of option declarations", m->file,
                   node->loc[0] ? node->loc : "<top>", value_kind_phrase(opts));
    Attrs *a = opts->u.attrs;
    for (uint32_t i = 0; i < a->n; i++)
        declare_child(em, node, a->a[i].name, a->a[i].value, m, a->a[i].pos.file ? a->a[i].pos : at);
}

/* Whether module mi's declaration at c is in (see declare_level). */
static bool declared_by(const OptNode *c, uint32_t mi) {
    for (uint32_t k = 0; k < c->done.len; k++)
        if (c->done.data[k] == mi) return true;
    return false;
}

/* Module m's declaration `name = v` below `node`, this level only: an
 * option, or a namespace extending a submodule option, goes in once (a
 * declaration read early, see lazy_path_thunk, is not taken twice); a
 * namespace is only checked, its members are declared by the caller.
 * Returns the node when v is a namespace to go into, else NULL. */
static OptNode *declare_level(EvalModules *em, OptNode *node, Sym name, Value *v, Module *m, Span p) {
    Vm *vm = em->vm;
    uint32_t mi = (uint32_t)(m - em->loaded.data);
    OptNode *c = node_child(vm, node, name);
    if (declared_by(c, mi)) return NULL;
    if (merge_prop_kind(vm, v, p) == S_option) {
        avec_push(&vm->arena, &c->done, mi);
        em->any_options = true;
        declare_option(em, c, v, m, p);
        return NULL;
    }
    eval_force(vm, v, p);
    if (v->tag != VAL_ATTRS)
        eval_error(vm, p, "the option declaration `%s' in `%s' is %s; declare options with mkOption", c->loc,
                   m->file, value_kind_phrase(v));
    if (c->is_option) {
        avec_push(&vm->arena, &c->done, mi);
        if (strcmp(type_name(vm, c->type, p), "submodule") != 0) {
            StrBuf lines = {0};
            Attrs *va = v->u.attrs;
            for (uint32_t k = 0; k < va->n; k++)
                sb_printf(&lines, "\n - option(s) with prefix `%s' in module `%s'",
                          merge_loc_child(vm, c->loc, va->a[k].name->str), m->file);
            parent_error(em, c, c->decl_file, c->type, &lines, p);
        }
        /* Options below a submodule option extend the submodule. */
        avec_push(&vm->arena, &extra(vm, c)->sub_options, v);
        return NULL;
    }
    return c;
}

/* Module m's declaration `name = v` below `node`, with everything below. */
static void declare_child(EvalModules *em, OptNode *node, Sym name, Value *v, Module *m, Span p) {
    OptNode *c = declare_level(em, node, name, v, m, p);
    if (c) declare(em, c, v, m, p);
}

/* ------------------------------------------------------------------------ */
/* Definitions. */


/* A definition of an option, found by pushdown.  The log is one array
 * (vmc_big_realloc: mapped by the prefaulting helper as it grows, unmapped
 * by it at the end); place_defs hands out the definitions to their options, in
 * arrays of the exact size, when pushdown is done. */
typedef struct LoggedDef {
    OptNode *node;
    Def d;
} LoggedDef;

static __attribute__((noinline, cold)) void deflog_grow(EvalModules *em) {
    uint32_t old = em->deflog.cap, nc = old ? old * 2 : 64;
    em->deflog.data = vmc_big_realloc(em->deflog.data, sizeof(LoggedDef) * old, sizeof(LoggedDef) * nc);
    em->deflog.cap = nc;
    arena_prefault_hint(em->deflog.data + old, sizeof(LoggedDef) * (nc - old));
}

static inline __attribute__((always_inline)) void log_def(EvalModules *em, OptNode *node, Def d) {
    if (em->deflog.len == em->deflog.cap) deflog_grow(em);
    em->deflog.data[em->deflog.len++] = (LoggedDef){node, d};
    node->defs.len++;
}

static void place_defs(EvalModules *em) {
    uint32_t n = em->deflog.len;
    if (!n) return;
    arena_expect(&em->vm->arena, sizeof(Def) * n);
    /* Every array first, then the definitions: as the arrays take the
     * arena's windows one after the other, the helper maps them ahead of
     * the writes. */
    for (uint32_t i = 0; i < n; i++) {
        OptNode *o = em->deflog.data[i].node;
        if (!o->defs.data) o->defs.data = ARENA_ARRAY(&em->vm->arena, Def, o->defs.len);
    }
    /* cap counts the definitions placed so far, and ends equal to len. */
    for (uint32_t i = 0; i < n; i++) {
        OptNode *o = em->deflog.data[i].node;
        o->defs.data[o->defs.cap++] = em->deflog.data[i].d;
    }
    vmc_big_free(em->deflog.data, sizeof(LoggedDef) * em->deflog.cap);   /* 1 MB at a thousand modules */
    em->deflog.data = NULL;
    em->deflog.len = em->deflog.cap = 0;
}


static void pushdown(EvalModules *em, OptNode *node, Value *v, Module *m, Span pos, const DefWrap *w, uint32_t depth);

/* Module m's definition `name = v` below `node`, which has no option of
 * that name: a definition of node's freeformType, or an unknown one.  apos
 * is where the name is written, p where the definition is. */
static void unmatched(EvalModules *em, OptNode *node, Sym name, Value *v, Span apos, Span p, Module *m,
                      const DefWrap *w) {
    Vm *vm = em->vm;
    if (node->freeform_type) {
        Attrs *one = attrs_new(vm, 1);
        one->a[0].name = name;
        one->a[0].value = v;
        one->a[0].pos = apos;
        Def d = {val_attrs(vm, one), m->file, p, w};
        avec_push(&vm->arena, &extra(vm, node)->freeform, d);
        return;
    }
    Unknown u = {merge_loc_child(vm, node->loc, name->str), {v, m->file, p, w}, node, name};
    avec_push(&vm->arena, &em->unknown, u);
}

/* A set literal not yet built (no rec, no dynamic names, no _type) is
 * pushed down from its syntax: its bindings' values become thunks, the set
 * itself is never made. */
static inline __attribute__((always_inline)) bool literal_set(Expr *e) {
    if (e->kind != EXPR_ATTRS || e->rec || attrs_ndyn(e)) return false;
    Binding *bs = attrs_binds(e);
    for (uint32_t i = 0, n = attrs_n(e); i < n; i++)
        if (bs[i].name == S__type) return false;
    return true;
}

static void pushdown_literal(EvalModules *em, OptNode *node, Expr *e, Env *env, Module *m, Span pos, const DefWrap *w,
                             uint32_t depth) {
    Vm *vm = em->vm;
    if (depth > 10000) eval_error(vm, pos, "definitions nested too deeply");
    Binding *bs = attrs_binds(e);
    for (uint32_t i = 0, n = attrs_n(e); i < n; i++) {
        Span p = bs[i].span.file ? bs[i].span : pos;
        OptNode *c = node_find_in(vm, node, bs[i].name);
        Expr *x = bs[i].value;
        if (c && !c->is_option && literal_set(x)) {
            pushdown_literal(em, c, x, env, m, p, w, depth + 1);
            continue;
        }
        Value *xv = eval_lazy(vm, x, env);
        if (c && c->is_option) {
            log_def(em, c, (Def){xv, m->file, p, w});
            continue;
        }
        if (c) {
            pushdown(em, c, xv, m, p, w, depth + 1);
            continue;
        }
        unmatched(em, node, bs[i].name, xv, bs[i].span, p, m, w);
    }
}

static void pushdown(EvalModules *em, OptNode *node, Value *v, Module *m, Span pos, const DefWrap *w, uint32_t depth) {
    Vm *vm = em->vm;
    if (depth > 10000) eval_error(vm, pos, "definitions nested too deeply");
    if (node->is_option) {
        log_def(em, node, (Def){v, m->file, pos, w});
        return;
    }
    if (v->tag == VAL_THUNK && literal_set(v->u.thunk.e)) {
        pushdown_literal(em, node, v->u.thunk.e, v->u.thunk.env, m, pos, w, depth);
        return;
    }
    /* A property: read from the call (`lib.mkIf c { ... }`, ...) without
     * making the set, or from the set. */
    Value *param = NULL, *content = NULL;
    int pk = merge_peek_property(vm, v, &param, &content);
    bool from_set = pk < 0;
    if (from_set) pk = merge_prop_code(vm, v, pos);
    if (pk == PROP_MERGE) {
        Value *c = eval_list(vm, from_set ? prop_field(vm, v, S_contents, pos) : content, pos, "mkMerge");
        for (size_t i = 0; i < c->u.list.n; i++) pushdown(em, node, c->u.list.items[i], m, pos, w, depth + 1);
        return;
    }
    if (pk == PROP_IF || pk == PROP_OVERRIDE) {
        DefWrap *nw = ARENA_NEW(&vm->arena, DefWrap);
        nw->kind = pk;
        nw->param = from_set ? prop_field(vm, v, pk == PROP_IF ? S_condition : S_priority, pos) : param;
        nw->outer = w;   /* the new wrapper is the innermost one */
        if (from_set) content = prop_field(vm, v, S_content, pos);
        pushdown(em, node, content, m, pos, nw, depth + 1);
        return;
    }
    eval_force(vm, v, pos);   /* an mkOrder read from its call: a set of its own here */
    if (v->tag != VAL_ATTRS) {
        Diag *d = diag_new(pos,
                           "In module `%s', you're trying to define a value of type `%s'\nrather than an attribute "
                           "set for the option\n`%s'!\n\nThis usually happens if `%s' has option\ndefinitions inside "
                           "that are not matched. Please check how to properly define\nthis option by e.g. referring "
                           "to `man 5 configuration.nix'!",
                           m->file, value_type_name(v), node->loc, node->loc);
        eval_raise(vm, d, false);
    }
    Attrs *a = v->u.attrs;
    for (uint32_t i = 0; i < a->n; i++) {
        Span p = a->a[i].pos.file ? a->a[i].pos : pos;
        OptNode *c = node_find_in(vm, node, a->a[i].name);
        if (c && c->is_option) {   /* the usual end, without a call */
            log_def(em, c, (Def){a->a[i].value, m->file, p, w});
            continue;
        }
        if (c) {
            pushdown(em, c, a->a[i].value, m, p, w, depth + 1);
            continue;
        }
        unmatched(em, node, a->a[i].name, a->a[i].value, a->a[i].pos, p, m, w);
    }
}

/* ------------------------------------------------------------------------ */
/* Building config. */

/* The option's type, with the options declared below it (for a submodule)
 * added as modules of the submodule. */
static Value *effective_type(EvalModules *em, OptNode *n) {
    Vm *vm = em->vm;
    if (!n->x || !n->x->sub_options.len || !n->type) return n->type;
    Value *mods = field(vm, n->type, S_modules, em->at);
    Value *old = mods ? eval_list(vm, mods, em->at, NULL) : NULL;
    size_t no = old ? old->u.list.n : 0;
    Value *l = val_list(vm, no + n->x->sub_options.len);
    for (size_t i = 0; i < no; i++) l->u.list.items[i] = old->u.list.items[i];
    for (uint32_t i = 0; i < n->x->sub_options.len; i++) {
        Attrs *m = attrs_new(vm, 1);
        m->a[0].name = S_options;
        m->a[0].value = n->x->sub_options.data[i];
        m->a[0].pos = span_make(0, 0, 0);
        l->u.list.items[no + i] = val_attrs(vm, m);
    }
    Attrs *x = n->type->u.attrs;
    Attrs *r = attrs_new(vm, x->n);
    memcpy(r->a, x->a, sizeof(Attr) * x->n);
    Attr *mm = attrs_find(r, S_modules);
    if (mm) mm->value = l;
    n->type = val_attrs(vm, r);
    n->x->sub_options.len = 0;
    return n->type;
}

typedef struct OptThunk {
    EvalModules *em;
    OptNode *node;
} OptThunk;

static void option_value(Vm *vm, void *data, Value *out, Span at) {
    OptThunk *t = data;
    OptNode *n = t->node;
    const char *loc = n->loc;
    if (t->em->prefix[0]) loc = merge_loc_join(vm, t->em->prefix, n->loc);
    (void)at;
    merge_option(vm, loc, effective_type(t->em, n), n->defs.data, n->defs.len, n->has_default ? &n->default_ : NULL,
                 n->apply, n->read_only, out, n->decl_pos.file ? n->decl_pos : t->em->at, NULL);
}

static Value *node_value(EvalModules *em, OptNode *n);

static void freeform_value(EvalModules *em, OptNode *n, Attrs **out) {
    Vm *vm = em->vm;
    *out = NULL;
    if (!n->freeform_type) return;
    Value v;
    const char *loc = n->loc;
    if (em->prefix[0]) loc = merge_loc_join(vm, em->prefix, loc);
    if (!n->x || n->x->freeform.len == 0) return;
    merge_option(vm, loc, n->freeform_type, n->x->freeform.data, n->x->freeform.len, NULL, NULL,
                 false, &v, em->at, NULL);
    if (v.tag != VAL_ATTRS) eval_error(vm, em->at, "the freeformType of `%s' must merge to a set", loc);
    *out = v.u.attrs;
}

/* A namespace's value: its members' values, and the free-form values
 * that fall in it (`ff`, the part of the top level's free-form value below
 * it, or NULL), combined as nixpkgs' recursiveUpdate freeformConfig
 * declaredConfig does: a declared member wins, and a namespace takes the
 * free-form values below it. */
static Value *namespace_value(EvalModules *em, OptNode *n, Attrs *ff) {
    Vm *vm = em->vm;
    uint32_t total = n->kids.len + (ff ? ff->n : 0);
    Attrs *a = attrs_new(vm, total);
    uint32_t k = 0;
    if (ff)
        for (uint32_t i = 0; i < ff->n; i++) a->a[k++] = ff->a[i];
    for (uint32_t i = 0; i < n->kids.len; i++) {
        OptNode *c = n->kids.data[i];
        Attr *below = ff && !c->is_option ? attrs_find(ff, c->name) : NULL;
        Attrs *sub = NULL;
        if (below) {
            eval_force(vm, below->value, em->at);
            if (below->value->tag == VAL_ATTRS) sub = below->value->u.attrs;
        }
        a->a[k].name = c->name;
        a->a[k].value = sub ? namespace_value(em, c, sub) : node_value(em, c);
        a->a[k].pos = c->decl_pos;
        k++;
    }
    a->n = k;
    attrs_sort(vm, a, em->at, true);   /* declared options win over freeform keys */
    return val_attrs(vm, a);
}

static Value *node_value(EvalModules *em, OptNode *n) {
    Vm *vm = em->vm;
    if (n->is_option) {
        if (!n->value) {
            OptThunk *t = ARENA_NEW(&vm->arena, OptThunk);
            t->em = em;
            t->node = n;
            n->value = eval_native_thunk(vm, option_value, t);
        }
        return n->value;
    }
    Attrs *ff;
    freeform_value(em, n, &ff);
    return namespace_value(em, n, ff);
}

/* Levenshtein distance, for suggestions (names are short). */
static size_t edit_distance(const char *a, const char *b) {
    size_t la = strlen(a), lb = strlen(b);
    if (la > 128 || lb > 128) return (size_t)-1;
    size_t d[129];
    for (size_t j = 0; j <= lb; j++) d[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t prev = d[0];
        d[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t t = d[j];
            size_t m = prev + (a[i - 1] == b[j - 1] ? 0 : 1);
            if (d[j] + 1 < m) m = d[j] + 1;
            if (d[j - 1] + 1 < m) m = d[j - 1] + 1;
            d[j] = m;
            prev = t;
        }
    }
    return d[lb];
}

static int cmp_unknown(const void *a, const void *b) {
    return strcmp(((const Unknown *)a)->loc, ((const Unknown *)b)->loc);
}

/* The internal module: _module.args, _module.check, _module.freeformType.
 * Their types and defaults are the same in every evaluation of a run (a
 * submodule value has one of its own): made once per run. */
static void declare_internal(EvalModules *em) {
    Vm *vm = em->vm;
    static uint32_t serial;
    static Value *type[3], *def[3];
    static Sym name[3];
    if (serial != vm->serial) {
        Value *types = field(vm, em->lib, sym_cstr("types"), em->at);
        Value *raw = field(vm, types, sym_cstr("raw"), em->at);
        const char *outer[3] = {"lazyAttrsOf", NULL, "nullOr"};
        for (int i = 0; i < 3; i++) {
            if (outer[i]) {
                Value r;
                eval_apply(vm, field(vm, types, sym_cstr(outer[i]), em->at), raw, &r, em->at);
                type[i] = val_new(vm);
                *type[i] = r;
            } else {
                type[i] = field(vm, types, sym_cstr("bool"), em->at);
            }
        }
        def[0] = val_attrs(vm, attrs_new(vm, 0));
        def[1] = val_bool(vm, true);
        def[2] = val_null(vm);
        name[0] = S_args;
        name[1] = S_check;
        name[2] = S_freeformType;
        serial = vm->serial;
    }
    OptNode *mod = node_child(vm, em->root, S__module);
    for (int i = 0; i < 3; i++) {
        OptNode *c = node_child(vm, mod, name[i]);
        c->is_option = true;
        c->decl_file = "lib/modules.nix";
        c->decl_pos = span_make(0, 0, 0);
        c->type = type[i];
        c->has_default = true;
        c->default_.v = def[i];
        c->default_.file = "lib/modules.nix";
        c->default_.pos = span_make(0, 0, 0);
    }
}

/* `_module.freeformType': its definitions (the shorthand `freeformType =
 * T' is one) that survive mkIf and the priority filter, their types merged
 * (nixpkgs' optionType), is the top level's freeform type; every
 * definition pushdown found no option for goes to it. */
static void freeform_from_option(EvalModules *em, OptNode *ffn) {
    Vm *vm = em->vm;
    if (!ffn || !ffn->defs.len) return;
    int64_t highest;
    Value *fin = merge_final(vm, "_module.freeformType", ffn->defs.data, ffn->defs.len, NULL, &highest, em->at);
    Value *t = NULL;
    const char *tfile = NULL;
    for (size_t i = 0; i < fin->u.list.n; i++) {
        Attrs *d = fin->u.list.items[i]->u.attrs;
        Value *v = attrs_find(d, S_value)->value;
        Value *f = attrs_find(d, sym_cstr("file"))->value;
        const char *file = f->tag == VAL_STRING ? f->u.str.s : NULL;
        eval_force(vm, v, em->at);
        if (v->tag == VAL_NULL) continue;
        if (v->tag != VAL_ATTRS || merge_prop_kind(vm, v, em->at) != sym_cstr("option-type"))
            eval_error(vm, ffn->defs.data[0].pos.file ? ffn->defs.data[0].pos : em->at,
                       "A definition for option `_module.freeformType' is not of type `null or optionType'");
        if (!t) {
            t = v;
            tfile = file;
            continue;
        }
        Value *mt = merge_types(em, t, v, tfile, file, em->at);
        if (!mt)
            eval_error(vm, ffn->defs.data[0].pos.file ? ffn->defs.data[0].pos : em->at,
                       "The option `_module.freeformType' has definitions of types that do not merge: `%s' and `%s'",
                       merge_type_description(vm, t, em->at), merge_type_description(vm, v, em->at));
        t = mt;
        tfile = NULL;
    }
    /* config._module.freeformType is that type (or null). */
    ffn->value = t ? t : val_null(vm);
    if (!t) return;
    em->root->freeform_type = t;
    for (uint32_t i = 0; i < em->unknown.len; i++) {
        Unknown *u = &em->unknown.data[i];
        /* Below a declared namespace too: as { ns = { name = v; }; }. */
        Value *v = u->def.v;
        Sym name = u->name;
        for (OptNode *p = u->parent;; p = p->parent) {
            Attrs *one = attrs_new(vm, 1);
            one->a[0].name = name;
            one->a[0].value = v;
            one->a[0].pos = u->def.pos;
            v = val_attrs(vm, one);
            if (p == em->root) break;
            name = p->name;
        }
        Def d = u->def;
        d.v = v;
        avec_push(&vm->arena, &extra(vm, em->root)->freeform, d);
    }
    em->unknown.len = 0;
}

static void build(EvalModules *em);

/* config or options read while the modules are being loaded (in
 * `imports', or a module's top level): Nix recurses forever. */
static void build_at(EvalModules *em, Span at) {
    if (!em->collected)
        eval_error(em->vm, at.file ? at : em->at,
                   "infinite recursion encountered: `config' or `options' was used while the modules were still "
                   "being loaded (in `imports'?); give what imports need through specialArgs");
    build(em);
}

static void build(EvalModules *em) {
    if (em->built) return;
    if (!em->collected) build_at(em, em->at);
    em->built = true;
    Vm *vm = em->vm;
    em->root = node_new(vm, NULL, sym_cstr(""));
    declare_internal(em);
    uint32_t n = em->order.len;
    /* Declarations and freeform types, in merge order. */
    em->declaring = true;
    for (uint32_t i = n; i-- > 0;) {
        Module *m = &em->loaded.data[em->order.data[i]];
        if (m->options) declare(em, em->root, m->options, m, m->pos);
    }
    em->declaring = false;
    OptNode *ffn = node_find(node_find(em->root, S__module), S_freeformType);
    for (uint32_t i = n; i-- > 0;) {
        Module *m = &em->loaded.data[em->order.data[i]];
        /* The shorthand `freeformType = T' is config._module.freeformType = T. */
        if (m->freeform) log_def(em, ffn, (Def){m->freeform, m->file, m->pos, NULL});
        if (m->config) pushdown(em, em->root, m->config, m, m->pos, NULL, 0);
    }
    place_defs(em);
    freeform_from_option(em, ffn);
    if (em->unknown.len) {
        /* _module.check = false silences them. */
        OptNode *mod = node_find(em->root, S__module);
        OptNode *chk = mod ? node_find(mod, S_check) : NULL;
        bool check = true;
        if (chk) {
            Value *cv = node_value(em, chk);
            check = eval_bool(vm, cv, em->at, "_module.check");
        }
        if (check) {
            qsort(em->unknown.data, em->unknown.len, sizeof(Unknown), cmp_unknown);
            Unknown *u = &em->unknown.data[0];
            StrBuf b = {0};
            const char *loc = u->loc;
            if (em->prefix[0]) sb_printf(&b, "The option `%s.%s' does not exist. Definition values:", em->prefix, loc);
            else sb_printf(&b, "The option `%s' does not exist. Definition values:", loc);
            merge_show_defs(vm, &b, &u->def, 1);
            if (!em->any_options)
                sb_puts(&b, "\n\nIt seems as if you're trying to declare an option by placing it into `config' "
                            "rather than `options'!");
            Diag *d = diag_new(u->def.pos.file ? u->def.pos : em->at, "%s", b.data);
            free(b.data);
            /* Suggest the closest declared name at that level. */
            OptNode *best = NULL;
            size_t bestd = (size_t)-1;
            for (uint32_t i = 0; i < u->parent->kids.len; i++) {
                OptNode *c = u->parent->kids.data[i];
                if (c->name == S__module) continue;
                size_t dd = edit_distance(c->name->str, u->name->str);
                if (dd < bestd) {
                    bestd = dd;
                    best = c;
                }
            }
            if (best && bestd <= (u->name->len < 4 ? 1 : u->name->len / 3)) {
                if (em->prefix[0]) diag_add_note(d, best->decl_pos, "did you mean `%s.%s'?", em->prefix, best->loc);
                else diag_add_note(d, best->decl_pos, "did you mean `%s'?", best->loc);
            }
            eval_raise(vm, d, false);
        }
    }
}

static void config_thunk(Vm *vm, void *data, Value *out, Span at) {
    EvalModules *em = data;
    build_at(em, at);
    Value *v = node_value(em, em->root);
    (void)vm;
    *out = *v;
}

/* options: the declarations, each with its `value`. */
/* The attributes of an evaluated option that come from its definitions
 * (NixOS's evalOptionValue): computed once, when first read. */
typedef struct OptAttr {
    EvalModules *em;
    OptNode *n;
    int what;
} OptAttr;

enum { OA_DEFINITIONS, OA_WITH_LOCATIONS, OA_FILES, OA_IS_DEFINED, OA_HIGHEST };

static void opt_attr_thunk(Vm *vm, void *data, Value *out, Span at) {
    OptAttr *oa = data;
    OptNode *n = oa->n;
    OptExtra *x = extra(vm, n);
    if (!x->final)
        x->final = merge_final(vm, n->loc, n->defs.data, n->defs.len, n->has_default ? &n->default_ : NULL, &x->highest,
                               at);
    Value *l = x->final;
    size_t len = l->u.list.n;
    switch (oa->what) {
    case OA_WITH_LOCATIONS: *out = *l; return;
    case OA_IS_DEFINED: *out = *val_bool(vm, len > 0); return;
    case OA_HIGHEST: *out = *val_int(vm, x->highest); return;
    }
    Value *r = val_list(vm, len);
    Sym key = sym_cstr(oa->what == OA_FILES ? "file" : "value");
    for (size_t i = 0; i < len; i++) r->u.list.items[i] = attrs_find(l->u.list.items[i]->u.attrs, key)->value;
    *out = *r;
}

static Value *opt_attr(EvalModules *em, OptNode *n, int what) {
    OptAttr *oa = ARENA_NEW(&em->vm->arena, OptAttr);
    oa->em = em;
    oa->n = n;
    oa->what = what;
    return eval_native_thunk(em->vm, opt_attr_thunk, oa);
}

static Value *options_tree(EvalModules *em, OptNode *n);

/* A member of a namespace in `options`, made when it is read: one read
 * while declarations are still collected (a declaration reading another
 * option's type, as nixpkgs' doRename does) must not fix the members
 * below it before they are declared. */
static void lazy_tree_thunk(Vm *vm, void *data, Value *out, Span at) {
    OptThunk *t = data;
    (void)vm;
    (void)at;
    *out = *options_tree(t->em, t->node);
}

static Value *options_subtree(EvalModules *em, OptNode *n) {
    OptThunk *t = ARENA_NEW(&em->vm->arena, OptThunk);
    t->em = em;
    t->node = n;
    return eval_native_thunk(em->vm, lazy_tree_thunk, t);
}

/* lib.types.NAME. */
static Value *lib_type(EvalModules *em, const char *name) {
    Vm *vm = em->vm;
    Value *types = attrs_find(eval_attrs(vm, em->lib, em->at, "lib"), sym_cstr("types"))->value;
    return attrs_find(eval_attrs(vm, types, em->at, "lib.types"), sym_cstr(name))->value;
}

static void option_type_thunk(Vm *vm, void *data, Value *out, Span at) {
    OptThunk *t = data;
    Value *ty = effective_type(t->em, t->node);
    eval_force(vm, ty, at);
    *out = *ty;
}

/* options.X.type: the option's type as merging uses it. */
static Value *option_type(EvalModules *em, OptNode *n) {
    OptThunk *t = ARENA_NEW(&em->vm->arena, OptThunk);
    t->em = em;
    t->node = n;
    return eval_native_thunk(em->vm, option_type_thunk, t);
}

static Value *options_tree(EvalModules *em, OptNode *n) {
    Vm *vm = em->vm;
    if (n->is_option) {
        /* Every declaration's fields, the first's in merge order winning
         * (nixpkgs' mergeOptionDecls folds opt.options // res). */
        Attrs *d = n->decl ? n->decl->u.attrs : attrs_new(vm, 0);
        uint32_t nd = d->n;
        uint32_t nmore = n->x ? n->x->more_decls.len : 0;
        for (uint32_t i = 0; i < nmore; i++) nd += n->x->more_decls.data[i]->u.attrs->n;
        Attrs *a = attrs_new(vm, nd + 11);
        uint32_t k = 0;
        for (uint32_t i = nmore; i-- > 0;) {
            Attrs *m = n->x->more_decls.data[i]->u.attrs;
            memcpy(a->a + k, m->a, sizeof(Attr) * m->n);
            k += m->n;
        }
        memcpy(a->a + k, d->a, sizeof(Attr) * d->n);
        k += d->n;
        uint32_t nfields = k;
        /* What NixOS adds to a declaration (added last: they win). */
        a->a[k].name = S_value;
        a->a[k++].value = node_value(em, n);
        static const char *const names[] = {"definitions", "definitionsWithLocations", "files", "isDefined", "highestPrio"};
        for (int w = 0; w < 5; w++) {
            a->a[k].name = sym_cstr(names[w]);
            a->a[k++].value = opt_attr(em, n, w);
        }
        /* loc: the path as a list, after the evaluation's prefix (a
         * submodule value's path); declarations: the declaring files. */
        uint32_t depth = 0;
        for (OptNode *p = n; p->parent; p = p->parent) depth++;
        Value *pre = em->prefix[0] ? merge_loc_split(vm, em->prefix) : NULL;
        size_t np = pre ? pre->u.list.n : 0;
        Value *loc = val_list(vm, np + depth);
        for (size_t i = 0; i < np; i++) loc->u.list.items[i] = pre->u.list.items[i];
        depth += (uint32_t)np;
        for (OptNode *p = n; p->parent; p = p->parent) loc->u.list.items[--depth] = val_string(vm, p->name->str, p->name->len);
        a->a[k].name = sym_cstr("loc");
        a->a[k++].value = loc;
        /* "${options.foo}" is its path, as showOption writes it. */
        const char *shown = em->prefix[0] ? merge_loc_join(vm, em->prefix, n->loc) : n->loc;
        Value *fn = val_new(vm);
        eval_apply(vm, field(vm, em->lib, sym_cstr("const"), em->at), val_string(vm, shown, strlen(shown)), fn, em->at);
        a->a[k].name = sym_cstr("__toString");
        a->a[k++].value = fn;
        Value *decls = val_list(vm, n->decl_files.len);
        for (uint32_t i = 0; i < n->decl_files.len; i++)
            decls->u.list.items[i] = val_string(vm, n->decl_files.data[i], strlen(n->decl_files.data[i]));
        a->a[k].name = sym_cstr("declarations");
        a->a[k++].value = decls;
        /* The type: every declaration's merged, with the options declared
         * below it added (lazily: some may come yet); a declaration
         * without one has types.unspecified (mkOption). */
        a->a[k].name = S_type;
        a->a[k++].value = n->type ? option_type(em, n) : lib_type(em, "unspecified");
        for (uint32_t i = nfields; i < k; i++) a->a[i].pos = n->decl_pos;
        a->n = k;
        attrs_sort(vm, a, em->at, true);
        return val_attrs(vm, a);
    }
    Attrs *a = attrs_new(vm, n->kids.len);
    for (uint32_t i = 0; i < n->kids.len; i++) {
        a->a[i].name = n->kids.data[i]->name;
        a->a[i].value = options_subtree(em, n->kids.data[i]);
        a->a[i].pos = n->kids.data[i]->decl_pos;
    }
    attrs_sort(vm, a, em->at, true);
    return val_attrs(vm, a);
}

/* `options` while declarations are collected, as lazy as NixOS's: a
 * declaration may read options declared by a module not reached yet
 * (options.b = options.a; the seed's virtualisation.fileSystems =
 * options.fileSystems; doRename's `to' type, read while its `from' is being
 * declared).  A member read then is declared from every module at once, in
 * merge order, its level only: an option is complete, a namespace lists
 * every name any module declares in it, each member declared when it is
 * read in turn.  Nothing else is forced, so that reading options.x.a never
 * forces the declaration of options.x.b. */
typedef struct LazyPath {
    EvalModules *em;
    OptNode *parent;        /* the namespace */
    Sym name;               /* the member read */
} LazyPath;

/* Module m's declarations at the path of `n` (from the root), or NULL. */
static Value *decls_at(EvalModules *em, Module *m, OptNode *n, Span *pos) {
    Vm *vm = em->vm;
    uint32_t depth = 0;
    for (OptNode *q = n; q->parent; q = q->parent) depth++;
    OptNode *buf[64], **path = depth <= 64 ? buf : ARENA_ARRAY(&vm->arena, OptNode *, depth);
    depth = 0;
    for (OptNode *q = n; q->parent; q = q->parent) path[depth++] = q;
    Value *v = m->options;
    *pos = m->pos;
    while (depth--) {
        eval_force(vm, v, *pos);
        /* An option on the way holds no declarations (its fields are not). */
        if (v->tag != VAL_ATTRS || merge_prop_kind(vm, v, *pos) == S_option) return NULL;
        Attr *a = attrs_find(v->u.attrs, path[depth]->name);
        if (!a) return NULL;
        v = a->value;
        if (a->pos.file) *pos = a->pos;
    }
    return v;
}

static Value *lazy_namespace(EvalModules *em, OptNode *n);

static void lazy_path_thunk(Vm *vm, void *data, Value *out, Span at) {
    LazyPath *lp = data;
    EvalModules *em = lp->em;
    (void)at;
    OptNode *c = node_child(vm, lp->parent, lp->name);
    if (!em->declaring) {
        /* Read after the declarations: the tree is complete. */
        *out = *options_tree(em, c);
        return;
    }
    for (uint32_t i = em->order.len; i-- > 0;) {
        Module *m = &em->loaded.data[em->order.data[i]];
        if (!m->options) continue;
        Span pos;
        Value *ns = decls_at(em, m, lp->parent, &pos);
        if (!ns) continue;
        eval_force(vm, ns, pos);
        if (ns->tag != VAL_ATTRS) continue;   /* declare() reports it */
        Attr *a = attrs_find(ns->u.attrs, lp->name);
        if (a) declare_level(em, lp->parent, a->name, a->value, m, a->pos.file ? a->pos : pos);
    }
    *out = c->is_option ? *options_tree(em, c) : *lazy_namespace(em, c);
}

/* The namespace n while declarations are collected: every name declared
 * in it by any module (or already in the tree), each a LazyPath. */
static Value *lazy_namespace(EvalModules *em, OptNode *n) {
    Vm *vm = em->vm;
    SymMap seen = {0};
    VEC(Sym) names = {0};
    for (uint32_t i = 0; i < n->kids.len; i++) {
        symmap_put(&seen, n->kids.data[i]->name, em);
        vec_push(&names, n->kids.data[i]->name);
    }
    for (uint32_t i = em->order.len; i-- > 0;) {
        Module *m = &em->loaded.data[em->order.data[i]];
        if (!m->options) continue;
        Span pos;
        Value *ns = decls_at(em, m, n, &pos);
        if (!ns) continue;
        eval_force(vm, ns, pos);
        if (ns->tag != VAL_ATTRS || merge_prop_kind(vm, ns, pos) == S_option) continue;
        Attrs *a = ns->u.attrs;
        for (uint32_t k = 0; k < a->n; k++) {
            if (symmap_get(&seen, a->a[k].name)) continue;
            symmap_put(&seen, a->a[k].name, em);
            vec_push(&names, a->a[k].name);
        }
    }
    Attrs *a = attrs_new(vm, names.len);
    for (uint32_t i = 0; i < names.len; i++) {
        LazyPath *lp = ARENA_NEW(&vm->arena, LazyPath);
        lp->em = em;
        lp->parent = n;
        lp->name = names.data[i];
        a->a[i].name = names.data[i];
        a->a[i].value = eval_native_thunk(vm, lazy_path_thunk, lp);
        a->a[i].pos = em->at;
    }
    vec_free(&names);
    symmap_free(&seen);
    attrs_sort(vm, a, em->at, true);
    return val_attrs(vm, a);
}

static void options_thunk(Vm *vm, void *data, Value *out, Span at) {
    EvalModules *em = data;
    (void)vm;
    build_at(em, at);
    *out = em->declaring ? *lazy_namespace(em, em->root) : *options_tree(em, em->root);
}

/* lib.evalModules' native part: ARG is { modules; specialArgs; prefix; }
 * (prefix already written as showOption does); the result is { config;
 * options; }, config without `_module` (the library adds the rest). */
typedef struct NoModule {
    Value *config;
    Span at;
} NoModule;

static void config_without_module(Vm *vm, void *data, Value *out, Span at) {
    NoModule *nm = data;
    (void)at;
    out->tag = VAL_ATTRS;
    out->u.attrs = merge_without_module(vm, eval_attrs(vm, nm->config, nm->at, "config"));
}

static void eval_modules_native(Vm *vm, Value *arg, Value *out, Span at) {
    init_syms();
    Attrs *a = eval_attrs(vm, arg, at, "the argument of lib.evalModules");
    Attr *ma = attrs_find(a, S_modules), *sa = attrs_find(a, S_specialArgs), *pa = attrs_find(a, sym_cstr("prefix"));
    if (!ma) eval_error(vm, at, "lib.evalModules: the argument has no `modules'");
    Value *mods = eval_list(vm, ma->value, at, "the modules of lib.evalModules");
    uint32_t n = (uint32_t)mods->u.list.n;
    Def *where = ARENA_ARRAY(&vm->arena, Def, n ? n : 1);
    for (uint32_t i = 0; i < n; i++) where[i] = (Def){mods->u.list.items[i], NULL, span_make(0, 0, 0), NULL};
    Value *special = NULL;
    if (sa) {
        eval_attrs(vm, sa->value, at, "the specialArgs of lib.evalModules");
        special = sa->value;
    }
    const char *prefix = "";
    if (pa) {
        Value *p = eval_string_value(vm, pa->value, at, "the prefix of lib.evalModules");
        prefix = p->u.str.s;
    }
    EvalModules *em = NULL;
    Value *cfg = modules_eval(vm, modules_lib(vm), mods->u.list.items, where, NULL, n, special, NULL, prefix, at, &em);
    NoModule *nm = ARENA_NEW(&vm->arena, NoModule);
    nm->config = cfg;
    nm->at = at;
    Attrs *r = attrs_new(vm, 3);
    r->a[0] = (Attr){S_config, eval_native_thunk(vm, config_without_module, nm), at};
    r->a[1] = (Attr){S_options, em->options, at};
    r->a[2] = (Attr){sym_cstr("internalConfig"), cfg, at};
    attrs_sort(vm, r, at, false);
    out->tag = VAL_ATTRS;
    out->u.attrs = r;
}

static void __attribute__((constructor)) set_eval_modules_hook(void) {
    vmc_eval_modules_hook = eval_modules_native;
}

Value *modules_eval(Vm *vm, Value *lib, Value **mods, const Def *where, const bool *as_config, uint32_t n,
                    Value *special, Value *name, const char *prefix, Span at, EvalModules **out_em) {
    init_syms();
    EvalModules *em = ARENA_NEW(&vm->arena, EvalModules);
    em->vm = vm;
    em->lib = lib;
    em->prefix = prefix ? prefix : "";
    em->at = at;
    em->special = special ? special : val_attrs(vm, attrs_new(vm, 0));
    em->config = eval_native_thunk(vm, config_thunk, em);
    em->options = eval_native_thunk(vm, options_thunk, em);
    /* The arguments every module function gets. */
    Attrs *sp = eval_attrs(vm, em->special, at, "specialArgs");
    Attrs *base = attrs_new(vm, sp->n + 5);
    uint32_t k = 0;
    struct { Sym name; Value *v; } fixed[] = {{S_lib, lib},
                                              {S_config, em->config},
                                              {S_options, em->options},
                                              {S_specialArgs, em->special},
                                              {S_name, NULL}};
    if (name) {
        NameArg *na = ARENA_NEW(&vm->arena, NameArg);
        na->em = em;
        na->name = name;
        fixed[4].v = eval_native_thunk(vm, name_arg, na);
    }
    for (size_t i = 0; i < ARRAY_LEN(fixed); i++) {
        if (!fixed[i].v) continue;
        base->a[k].name = fixed[i].name;
        base->a[k].value = fixed[i].v;
        base->a[k].pos = span_make(0, 0, 0);
        k++;
    }
    /* specialArgs come last, and win: nixpkgs passes { inherit lib
     * options config specialArgs; } // specialArgs. */
    memcpy(base->a + k, sp->a, sizeof(Attr) * sp->n);
    base->n = k + sp->n;
    attrs_sort(vm, base, at, true);
    em->args_base = val_attrs(vm, base);
    uint32_t *roots = ARENA_ARRAY(&vm->arena, uint32_t, n ? n : 1);
    vec_grow(&em->loaded, n);   /* room for the modules given (a submodule value's definitions) */
    for (uint32_t i = 0; i < n; i++)
        roots[i] = load(em, mods[i], "", i + 1, where ? &where[i] : NULL, as_config && as_config[i]);
    collect(em, roots, n);
    em->collected = true;
    if (out_em) *out_em = em;
    return em->config;
}

/* ------------------------------------------------------------------------ */
/* Output. */

static void pc(Vm *vm, StrBuf *b, Value *v, bool json, Span at, uint32_t depth) {
    if (depth > 10000) eval_error(vm, at, "value nested too deeply to print");
    eval_force(vm, v, at);
    switch (v->tag) {
    case VAL_LAMBDA:
    case VAL_PRIMOP:
    case VAL_PRIMOP_APP:
        if (json) sb_puts(b, "\"<function>\"");
        else sb_puts(b, "<function>");
        return;
    case VAL_PATH:
        if (json) print_json_string(b, v->u.str.s, v->u.str.len);
        else sb_put(b, v->u.str.s, v->u.str.len);
        return;
    case VAL_LIST:
        sb_puts(b, json ? "[" : "[ ");
        for (size_t i = 0; i < v->u.list.n; i++) {
            if (json && i) sb_puts(b, ",");
            pc(vm, b, v->u.list.items[i], json, at, depth + 1);
            if (!json) sb_puts(b, " ");
        }
        sb_puts(b, "]");
        return;
    case VAL_ATTRS: {
        Attrs *a = v->u.attrs;
        Attr *op = attrs_find(a, S_outPath);
        if (op) {
            pc(vm, b, op->value, json, at, depth + 1);
            return;
        }
        sb_puts(b, json ? "{" : "{ ");
        bool first = true;
        for (uint32_t i = 0; i < a->n; i++) {
            if (a->a[i].name == S__module) continue;
            if (json && !first) sb_puts(b, ",");
            first = false;
            const char *nm = a->a[i].name->str;
            if (json) print_json_string(b, nm, a->a[i].name->len);
            else if (!merge_ident_like(nm)) print_string_literal(b, nm, a->a[i].name->len);
            else sb_puts(b, nm);
            sb_puts(b, json ? ":" : " = ");
            Span p = a->a[i].pos.file ? a->a[i].pos : at;
            eval_push_frame(vm, FRAME_ATTR, p, nm);
            pc(vm, b, a->a[i].value, json, p, depth + 1);
            eval_pop_frame(vm);
            if (!json) sb_puts(b, "; ");
        }
        sb_puts(b, "}");
        return;
    }
    default: {
        /* Scalars print as in eval (strings are escaped the same way). */
        if (json) print_json(vm, b, v, at);
        else print_value(vm, b, v, at);
        return;
    }
    }
}

void modules_print(Vm *vm, StrBuf *b, Value *v, bool json, Span at) {
    init_syms();
    pc(vm, b, v, json, at, 0);
}

/* ------------------------------------------------------------------------ */
/* explain. */

static OptNode *find_option(OptNode *root, const char *name) {
    OptNode *n = root;
    const char *p = name;
    while (*p) {
        const char *e = strchr(p, '.');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        Sym s = sym_intern(p, len);
        n = node_find(n, s);
        if (!n) return NULL;
        p = e ? e + 1 : p + len;
    }
    return n;
}

/* A definition as its author wrote it: mkIf true (mkDefault 2048). */
static void describe(Vm *vm, StrBuf *b, Value *v, Span at, int depth) {
    Sym k = merge_prop_kind(vm, v, at);
    if (depth > 20) {
        sb_puts(b, "...");
        return;
    }
    if (k == S_if) {
        Value *c = prop_field(vm, v, S_condition, at);
        eval_force(vm, c, at);
        sb_puts(b, "mkIf ");
        sb_puts(b, c->tag == VAL_BOOL ? (c->u.b ? "true" : "false") : "<not a Boolean>");
        if (c->tag == VAL_BOOL && !c->u.b) {
            sb_puts(b, " (...)");   /* never evaluated, as in the module system */
            return;
        }
        sb_puts(b, " (");
        describe(vm, b, prop_field(vm, v, S_content, at), at, depth + 1);
        sb_puts(b, ")");
        return;
    }
    if (k == S_merge) {
        Value *l = eval_list(vm, prop_field(vm, v, S_contents, at), at, NULL);
        sb_puts(b, "mkMerge [ ");
        for (size_t i = 0; i < l->u.list.n; i++) {
            sb_puts(b, "(");
            describe(vm, b, l->u.list.items[i], at, depth + 1);
            sb_puts(b, ") ");
        }
        sb_puts(b, "]");
        return;
    }
    if (k == S_override || k == sym_cstr("order")) {
        int64_t p = eval_int(vm, prop_field(vm, v, S_priority, at), at, NULL);
        const char *name = NULL;
        if (k == S_override)
            name = p == 50 ? "mkForce" : p == 1000 ? "mkDefault" : p == 10 ? "mkVMOverride" : p == 60 ? "mkImageMediaOverride"
                 : p == 1500 ? "mkOptionDefault" : NULL;
        else
            name = p == 500 ? "mkBefore" : p == 1500 ? "mkAfter" : NULL;
        if (name) sb_printf(b, "%s (", name);
        else sb_printf(b, "%s %lld (", k == S_override ? "mkOverride" : "mkOrder", (long long)p);
        describe(vm, b, prop_field(vm, v, S_content, at), at, depth + 1);
        sb_puts(b, ")");
        return;
    }
    StrBuf vb = {0};
    modules_print(vm, &vb, v, false, at);
    if (vb.len > 100) {
        sb_put(b, vb.data, 97);
        sb_puts(b, "...");
    } else {
        sb_puts(b, vb.data ? vb.data : "");
    }
    free(vb.data);
}

typedef struct DescribeJob {
    Value *v;
    StrBuf out;
} DescribeJob;

static void run_describe(Vm *vm, void *arg) {
    DescribeJob *j = arg;
    describe(vm, &j->out, j->v, span_make(0, 0, 0), 0);
}

typedef struct ExplainJob {
    EvalModules *em;
    OptNode *n;
    DefOutcome *oc;
    Value out;
} ExplainJob;

static void run_explain(Vm *vm, void *arg) {
    ExplainJob *j = arg;
    OptNode *n = j->n;
    merge_option(vm, n->loc, n->type, n->defs.data, n->defs.len, n->has_default ? &n->default_ : NULL, n->apply,
                 n->read_only, &j->out, j->em->at, j->oc);
    Value *h = val_new(vm);
    *h = j->out;
    eval_force_deep(vm, h, j->em->at);
}

uint32_t modules_definition_spans(EvalModules *em, const char *name, Span *out, uint32_t max) {
    if (!em) return 0;
    build(em);
    OptNode *n = find_option(em->root, name);
    if (!n || !n->is_option) return 0;
    uint32_t k = 0;
    for (uint32_t i = n->defs.len; i-- > 0 && k < max;)
        if (n->defs.data[i].pos.file) out[k++] = n->defs.data[i].pos;
    return k;
}

Span modules_element_span(EvalModules *em, const char *name, bool (*match)(Vm *vm, Value *elem)) {
    Span none = span_make(0, 0, 0);
    if (!em) return none;
    build(em);
    OptNode *n = find_option(em->root, name);
    if (!n || !n->is_option) return none;
    for (uint32_t i = n->defs.len; i-- > 0;) {
        Value *v = n->defs.data[i].v;
        /* Only a list the merge has evaluated: nothing more is evaluated
         * for the message. */
        if (v->tag != VAL_LIST) continue;
        for (size_t k = 0; k < v->u.list.n; k++)
            if (v->u.list.items[k]->tag < VAL_THUNK && match(em->vm, v->u.list.items[k])) return n->defs.data[i].pos;
    }
    return none;
}

bool modules_explain(Vm *vm, EvalModules *em, const char *name, StrBuf *b, Span at) {
    build(em);
    OptNode *n = find_option(em->root, name);
    if (!n || !n->is_option) {
        eval_error(vm, at, "there is no option `%s'%s", name,
                   n ? " (it is a namespace holding other options)" : "");
    }
    sb_printf(b, "Option: %s\n", n->loc);
    sb_printf(b, "Type: %s\n", merge_type_description(vm, n->type, at));
    char loc[4096];
    sb_puts(b, "Declared in: ");
    for (uint32_t i = 0; i < n->decl_spans.len; i++) {
        if (n->decl_spans.data[i].file) diag_format_loc(loc, sizeof loc, n->decl_spans.data[i]);
        else snprintf(loc, sizeof loc, "%s", n->decl_files.data[i]);
        sb_printf(b, "%s%s", i ? ", " : "", loc);
    }
    if (!n->decl_spans.len) sb_puts(b, n->decl_file ? n->decl_file : "?");
    sb_puts(b, "\n");
    if (n->description) {
        eval_force(vm, n->description, at);
        if (n->description->tag == VAL_STRING) sb_printf(b, "Description: %s\n", n->description->u.str.s);
    }
    if (n->has_default) {
        sb_puts(b, "Default:");
        merge_show_defs(vm, b, &n->default_, 1);
        sb_puts(b, "\n");
    } else {
        sb_puts(b, "Default: (none)\n");
    }
    uint32_t total = n->defs.len + (n->has_default ? 1 : 0);
    DefOutcome *oc = ARENA_ARRAY(&vm->arena, DefOutcome, total ? total : 1);
    ExplainJob j = {em, n, oc, {0}};
    EvalError err;
    bool ok = eval_try(vm, run_explain, &j, &err);
    sb_printf(b, "\nDefinitions (%u, in merge order):\n", n->defs.len);
    int64_t best = 9999;
    for (uint32_t i = 0; i < total; i++)
        if (!oc[i].dropped_if && oc[i].prio < best) best = oc[i].prio;
    for (uint32_t i = 0; i < total; i++) {
        bool is_default = n->has_default && i == 0;
        const Def *d = is_default ? &n->default_ : &n->defs.data[i - (n->has_default ? 1 : 0)];
        char where[4096];
        if (d->pos.file) diag_format_loc(where, sizeof where, d->pos);
        else snprintf(where, sizeof where, "%s", d->file ? d->file : "?");
        DescribeJob dj = {merge_def_value(vm, d), {0}};
        EvalError derr;
        if (eval_try(vm, run_describe, &dj, &derr)) {
            sb_printf(b, "  %s: %s%s\n", where, dj.out.data ? dj.out.data : "", is_default ? "  (the option's default)" : "");
        } else {
            sb_printf(b, "  %s: <fails to evaluate: %s>\n", where, derr.diag ? derr.diag->msg : "?");
            diag_free(derr.diag);
            for (uint32_t q = 0; q < derr.nextra; q++) diag_free(derr.extra[q]);
            free(derr.extra);
        }
        free(dj.out.data);
        sb_printf(b, "      priority %lld%s, order %lld: ", (long long)oc[i].prio,
                  oc[i].prio == 1500 ? " (mkOptionDefault)" : oc[i].prio == 1000 ? " (mkDefault)"
                  : oc[i].prio == 100 ? " (plain)" : oc[i].prio == 50 ? " (mkForce)"
                  : oc[i].prio == 10 ? " (mkVMOverride)" : "",
                  (long long)oc[i].order);
        if (oc[i].dropped_if) sb_puts(b, "dropped: its mkIf condition is false\n");
        else if (oc[i].won) sb_puts(b, "used\n");
        else if (oc[i].prio > best) sb_printf(b, "lost: priority %lld beats %lld (lower numbers win)\n", (long long)best, (long long)oc[i].prio);
        else sb_puts(b, "not decided: the merge failed before reaching it\n");
    }
    if (ok) {
        sb_puts(b, "\nValue: ");
        Value *h = val_new(vm);
        *h = j.out;
        StrBuf vb = {0};
        modules_print(vm, &vb, h, false, at);
        sb_puts(b, vb.data ? vb.data : "");
        sb_puts(b, "\n");
        free(vb.data);
    } else {
        sb_puts(b, "\nValue: (evaluation fails)\n");
        if (err.diag) {
            sb_printf(b, "  %s\n", err.diag->msg);
            diag_free(err.diag);
        }
        for (uint32_t k = 0; k < err.nextra; k++) diag_free(err.extra[k]);
        free(err.extra);
    }
    return true;
}
