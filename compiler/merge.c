/*
 * merge.c: one option's definitions to one value (SEMANTICS.md §4-§7).
 *
 * The pipeline: default first (as mkOptionDefault), readOnly count,
 * discharge (mkMerge, mkIf), priority filter (lowest number wins, one
 * mkOverride layer removed), stable mkOrder sort, shallow type check of
 * every survivor, the type's merge, apply.  Nested values (list elements,
 * attribute values, submodules) run the same pipeline.  Presence (which
 * keys or elements survive) is decided when the enclosing value is built;
 * the merged values themselves stay lazy (native thunks).
 */
#include <stdlib.h>
#include <string.h>

#include "modules.h"
#include "source.h"
#include "vec.h"

/* A definition after discharge: a value and the priorities found on it. */
typedef struct Leaf {
    Value *v;            /* content, one mkOverride/mkOrder layer removed when present */
    const Def *src;      /* the definition it came from (file, position) */
    int64_t prio;        /* mkOverride priority, 100 when plain */
    int64_t order;       /* mkOrder priority, 1000 when none */
    uint32_t idx;        /* index of src among the definitions, for `explain` */
} Leaf;

typedef VEC(Leaf) Leaves;

/* Growable arrays in the evaluation arena: an error unwinds with longjmp
 * past these functions, so nothing here may own malloc'ed memory. */
#define apush(vm, v, x)                                                                        \
    do {                                                                                       \
        if ((v)->len == (v)->cap) {                                                            \
            uint32_t nc_ = (v)->cap ? (v)->cap * 2 : 8;                                        \
            void *nd_ = arena_alloc(&(vm)->arena, sizeof(*(v)->data) * nc_, 16);               \
            if ((v)->len) memcpy(nd_, (v)->data, sizeof(*(v)->data) * (v)->len);               \
            (v)->data = nd_;                                                                   \
            (v)->cap = nc_;                                                                    \
        }                                                                                      \
        (v)->data[(v)->len++] = (x);                                                           \
    } while (0)

static Sym S_config, S__type, S_if, S_merge, S_override, S_order, S_condition, S_content, S_contents, S_priority,
    S_name, S_description, S_elemType, S_left, S_right, S_values, S_modules, S_min, S_max, S_sep, S_check,
    S_merge_fn, S_outPath, S__module, S_specialArgs, S_shorthand, S_addedChecks, S_args;

static void init_syms(void) {
    if (S__type) return;
    S__type = sym_cstr("_type");
    S_if = sym_cstr("if");
    S_merge = sym_cstr("merge");
    S_override = sym_cstr("override");
    S_order = sym_cstr("order");
    S_condition = sym_cstr("condition");
    S_content = sym_cstr("content");
    S_contents = sym_cstr("contents");
    S_priority = sym_cstr("priority");
    S_name = sym_cstr("name");
    S_description = sym_cstr("description");
    S_elemType = sym_cstr("elemType");
    S_left = sym_cstr("left");
    S_right = sym_cstr("right");
    S_values = sym_cstr("values");
    S_modules = sym_cstr("modules");
    S_min = sym_cstr("min");
    S_max = sym_cstr("max");
    S_sep = sym_cstr("sep");
    S_check = sym_cstr("check");
    S_merge_fn = sym_cstr("merge");
    S_outPath = sym_cstr("outPath");
    S__module = sym_cstr("_module");
    S_specialArgs = sym_cstr("specialArgs");
    S_shorthand = sym_cstr("shorthandOnlyDefinesConfig");
    S_addedChecks = sym_cstr("_addedChecks");
    S_config = sym_cstr("config");
    S_args = sym_cstr("args");
}

Sym merge_prop_kind_slow(Vm *vm, Value *v, Span at) {
    init_syms();
    eval_force(vm, v, at);
    if (v->tag != VAL_ATTRS) return NULL;
    /* A set's kind never changes: the common ones are kept in the low
     * byte of its memo (1 = none, 2 + i = known[i], 0 = not computed or
     * another tag). */
    static const Sym *const known[] = {&S_if, &S_merge, &S_override, &S_order};
    Attrs *a = v->u.attrs;
    uint32_t memo = a->prop & 0xff;
    if (memo == ATTRS_PROP_NONE) return NULL;
    if (memo >= ATTRS_PROP_KNOWN(0)) return *known[memo - ATTRS_PROP_KNOWN(0)];
    Attr *t = attrs_find(a, S__type);
    if (!t) {
        a->prop |= ATTRS_PROP_NONE;
        return NULL;
    }
    eval_force(vm, t->value, at);
    if (t->value->tag != VAL_STRING) {
        a->prop |= ATTRS_PROP_NONE;
        return NULL;
    }
    /* The common tags without hashing the string. */
    const char *s = t->value->u.str.s;
    size_t n = t->value->u.str.len;
    for (size_t i = 0; i < ARRAY_LEN(known); i++) {
        Sym k = *known[i];
        if (k->len == n && memcmp(k->str, s, n) == 0) {
            a->prop |= ATTRS_PROP_KNOWN(i);
            return k;
        }
    }
    return sym_intern(s, n);
}

static Value *field(Vm *vm, Value *set, Sym name, Span at) {
    eval_force(vm, set, at);
    if (set->tag != VAL_ATTRS) return NULL;
    Attr *a = attrs_find(set->u.attrs, name);
    return a ? a->value : NULL;
}

static Value *need_field(Vm *vm, Value *set, Sym name, Span at, const char *what) {
    Value *v = field(vm, set, name, at);
    if (!v) eval_error(vm, at, "%s lacks the attribute '%s'", what, name->str);
    return v;
}

/* ------------------------------------------------------------------------ */
/* Messages. */

bool merge_ident_like(const char *s) {
    if (!*s) return false;
    if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || *s == '_')) return false;
    for (const char *p = s + 1; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '_' ||
              *p == '\'' || *p == '-'))
            return false;
    return true;
}

const char *merge_loc_join(Vm *vm, const char *a, const char *b) {
    size_t al = strlen(a), bl = strlen(b);
    char *r = arena_alloc(&vm->arena, al + bl + 2, 1);
    memcpy(r, a, al);
    size_t k = al;
    if (al && bl) r[k++] = '.';
    memcpy(r + k, b, bl + 1);
    return r;
}

/* Paths made before, by the addresses of their parts: every value of a
 * submodule makes the same option paths below its root ("" and "enable",
 * "_module" and "args", ...).  Both parts are immutable strings of this
 * run (the arena's or symbols'), told from older runs' by the serial. */
#define LOC_MEMO_BITS 10
static struct LocMemo {
    const char *loc, *name, *path;
    uint32_t serial;
} loc_memo[1u << LOC_MEMO_BITS];

const char *merge_loc_child(Vm *vm, const char *loc, const char *name) {
    uint64_t h = ((uint64_t)(uintptr_t)loc ^ ((uint64_t)(uintptr_t)name << 11)) * 0x9E3779B97F4A7C15ull;
    struct LocMemo *m = &loc_memo[h >> (64 - LOC_MEMO_BITS)];
    if (m->serial == vm->serial && m->loc == loc && m->name == name) return m->path;
    const char *r;
    /* The common case, without a buffer: loc.name */
    if (merge_ident_like(name) || strcmp(name, "*") == 0 || strcmp(name, "<name>") == 0) {
        r = merge_loc_join(vm, loc, name);
    } else {
        StrBuf b = {0};
        if (*loc) {
            sb_puts(&b, loc);
            sb_puts(&b, ".");
        }
        print_string_literal(&b, name, strlen(name));
        r = arena_strndup(&vm->arena, b.data ? b.data : "", b.len);
        free(b.data);
    }
    *m = (struct LocMemo){loc, name, r, vm->serial};
    return r;
}

static void def_where(StrBuf *b, const Def *d) {
    if (d->pos.file) {
        char loc[4096];
        diag_format_loc(loc, sizeof loc, d->pos);
        sb_puts(b, loc);
    } else {
        sb_puts(b, d->file ? d->file : "<unknown file>");
    }
}

/* lib.generators.toPretty, as showDefs uses it (depth limit 10). */
static void pretty(Vm *vm, StrBuf *b, Value *v, int indent, int depth, Span at) {
    eval_force(vm, v, at);
    switch (v->tag) {
    case VAL_NULL: sb_puts(b, "null"); return;
    case VAL_BOOL: sb_puts(b, v->u.b ? "true" : "false"); return;
    case VAL_INT: sb_printf(b, "%lld", (long long)v->u.i); return;
    case VAL_FLOAT: print_float(b, v->u.f); return;
    case VAL_PATH: sb_put(b, v->u.str.s, v->u.str.len); return;
    case VAL_STRING: {
        const char *s = v->u.str.s;
        size_t n = v->u.str.len;
        if (memchr(s, '\n', n)) {
            /* Multi-line strings print as ''...'' with the lines indented. */
            sb_puts(b, "''\n");
            size_t i = 0;
            while (i < n) {
                size_t e = i;
                while (e < n && s[e] != '\n') e++;
                sb_printf(b, "%*s", indent + 2, "");
                for (size_t k = i; k < e; k++) {
                    if (s[k] == '$' && k + 1 < e && s[k + 1] == '{') sb_puts(b, "''$");
                    else if (s[k] == '\'' && k + 1 < e && s[k + 1] == '\'') { sb_puts(b, "'''"); k++; }
                    else sb_put(b, &s[k], 1);
                }
                sb_puts(b, "\n");
                i = e + 1;
            }
            sb_printf(b, "%*s''", indent, "");
        } else {
            print_string_literal(b, s, n);
        }
        return;
    }
    case VAL_LAMBDA:
    case VAL_PRIMOP:
    case VAL_PRIMOP_APP: sb_puts(b, "<function>"); return;
    case VAL_LIST:
        if (v->u.list.n == 0) { sb_puts(b, "[ ]"); return; }
        if (depth >= 10) { sb_puts(b, "<list>"); return; }
        sb_puts(b, "[\n");
        for (size_t i = 0; i < v->u.list.n; i++) {
            sb_printf(b, "%*s", indent + 2, "");
            pretty(vm, b, v->u.list.items[i], indent + 2, depth + 1, at);
            sb_puts(b, "\n");
        }
        sb_printf(b, "%*s]", indent, "");
        return;
    case VAL_ATTRS: {
        Attrs *a = v->u.attrs;
        Attr *ty = attrs_find(a, sym_cstr("type"));
        if (ty) {
            eval_force(vm, ty->value, at);
            if (ty->value->tag == VAL_STRING && !strcmp(ty->value->u.str.s, "derivation")) {
                Attr *nm = attrs_find(a, S_name);
                const char *name = "???";
                if (nm) {
                    eval_force(vm, nm->value, at);
                    if (nm->value->tag == VAL_STRING) name = nm->value->u.str.s;
                }
                sb_printf(b, "<derivation %s>", name);
                return;
            }
        }
        if (a->n == 0) { sb_puts(b, "{ }"); return; }
        if (depth >= 10) { sb_puts(b, "<attrset>"); return; }
        sb_puts(b, "{\n");
        for (uint32_t i = 0; i < a->n; i++) {
            sb_printf(b, "%*s", indent + 2, "");
            if (merge_ident_like(a->a[i].name->str)) sb_puts(b, a->a[i].name->str);
            else print_string_literal(b, a->a[i].name->str, a->a[i].name->len);
            sb_puts(b, " = ");
            pretty(vm, b, a->a[i].value, indent + 2, depth + 1, at);
            sb_puts(b, ";\n");
        }
        sb_printf(b, "%*s}", indent, "");
        return;
    }
    default: sb_puts(b, "<thunk>"); return;
    }
}

typedef struct PrettyJob {
    Value *v;
    StrBuf out;
} PrettyJob;

static void run_pretty(Vm *vm, void *arg) {
    PrettyJob *j = arg;
    pretty(vm, &j->out, j->v, 0, 0, span_make(0, 0, 0));
}

void merge_show_defs(Vm *vm, StrBuf *b, const Def *defs, uint32_t n) {
    init_syms();
    for (uint32_t i = 0; i < n; i++) {
        sb_puts(b, "\n- In `");
        def_where(b, &defs[i]);
        sb_puts(b, "'");
        PrettyJob j = {merge_def_value(vm, &defs[i]), {0}};
        EvalError err;
        if (eval_try(vm, run_pretty, &j, &err)) {
            const char *s = j.out.data ? j.out.data : "";
            if (!strchr(s, '\n')) {
                sb_puts(b, ": ");
                sb_puts(b, s);
            } else {
                sb_puts(b, ":");
                int line = 0;
                const char *p = s;
                while (*p && line < 5) {
                    const char *e = strchr(p, '\n');
                    size_t len = e ? (size_t)(e - p) : strlen(p);
                    sb_puts(b, "\n    ");
                    sb_put(b, p, len);
                    line++;
                    p = e ? e + 1 : p + len;
                }
                if (*p) sb_puts(b, "\n    ...");
            }
        } else {
            diag_free(err.diag);
            for (uint32_t k = 0; k < err.nextra; k++) diag_free(err.extra[k]);
            free(err.extra);
        }
        free(j.out.data);
    }
}

static const char prio_hint[] =
    "Use `lib.mkForce value` or `lib.mkDefault value` to change the priority on any of these definitions.";

/* Raises a module-system error: the message, the first definition's
 * location as the primary span (with its source line), and the list. */
static _Noreturn void defs_error(Vm *vm, Span at, const Def *first, StrBuf *msg) {
    Span sp = first && first->pos.file ? first->pos : at;
    Diag *d = diag_new(sp, "%s", msg->data ? msg->data : "");
    free(msg->data);
    eval_raise(vm, d, false);
}

const char *merge_type_description(Vm *vm, Value *type, Span at) {
    init_syms();
    if (!type) return "unspecified value";
    Value *d = field(vm, type, S_description, at);
    if (!d) return "unspecified value";
    eval_force(vm, d, at);
    if (d->tag != VAL_STRING) return "unspecified value";
    return d->u.str.s;
}

static const char *type_name(Vm *vm, Value *type, Span at) {
    if (!type) return "unspecified";
    Value *n = field(vm, type, S_name, at);
    if (!n) return "unspecified";
    eval_force(vm, n, at);
    return n->tag == VAL_STRING ? n->u.str.s : "unspecified";
}

/* The built-in types that merge.c checks and merges itself, by name. */
enum {
    TC_OTHER = 1, TC_ATTRSOF, TC_ATTRS, TC_ANYTHING, TC_BOOL, TC_ENUM, TC_EITHER, TC_FLOAT, TC_INT, TC_LISTOF,
    TC_LAZYATTRSOF, TC_NULLOR, TC_NUMBER, TC_PATH, TC_RAW, TC_STR, TC_SEPSTR, TC_SUBMODULE, TC_UNSPECIFIED,
    TC_PACKAGE, TC__COUNT
};
static const char *const tc_names[TC__COUNT] = {
    [TC_ATTRSOF] = "attrsOf", [TC_ATTRS] = "attrs", [TC_ANYTHING] = "anything", [TC_BOOL] = "bool",
    [TC_ENUM] = "enum", [TC_EITHER] = "either", [TC_FLOAT] = "float", [TC_INT] = "int", [TC_LISTOF] = "listOf",
    [TC_LAZYATTRSOF] = "lazyAttrsOf", [TC_NULLOR] = "nullOr", [TC_NUMBER] = "number", [TC_PATH] = "path",
    [TC_RAW] = "raw", [TC_STR] = "str", [TC_SEPSTR] = "separatedString", [TC_SUBMODULE] = "submodule",
    [TC_UNSPECIFIED] = "unspecified", [TC_PACKAGE] = "package",
};

/* The type's code by its name (TC_OTHER for any other name).  A type set
 * never changes, so the code is kept in bits 8-15 of the set's memo. */
static uint32_t type_code(Vm *vm, Value *type, Span at) {
    if (!type) return TC_UNSPECIFIED;
    eval_force(vm, type, at);
    if (type->tag != VAL_ATTRS) return TC_UNSPECIFIED;
    Attrs *a = type->u.attrs;
    uint32_t c = (a->prop >> 8) & 0xff;
    if (c) return c;
    const char *n = type_name(vm, type, at);
    /* Types made anew (listOf t in a submodule, for each of its values)
     * share their name's string, a literal of the library: its address
     * is remembered. */
    static struct { const char *name; uint32_t code, serial; } memo[64];
    size_t h = ((uintptr_t)n >> 3) & 63;
    if (memo[h].name == n && memo[h].serial == vm->serial) {
        c = memo[h].code;
    } else {
        c = TC_OTHER;
        for (uint32_t i = TC_OTHER + 1; i < TC__COUNT; i++)
            if (!strcmp(n, tc_names[i])) {
                c = i;
                break;
            }
        memo[h].name = n;
        memo[h].code = c;
        memo[h].serial = vm->serial;
    }
    a->prop |= c << 8;
    return c;
}

/* The type's _addedChecks (types.addCheck on a built-in type), or NULL;
 * kept in bit 16 (known) and 17 (present) of the memo. */
static Value *added_checks(Vm *vm, Value *type, Span at) {
    if (!type) return NULL;
    eval_force(vm, type, at);
    if (type->tag != VAL_ATTRS) return NULL;
    Attrs *a = type->u.attrs;
    if ((a->prop & (1u << 16)) && !(a->prop & (1u << 17))) return NULL;
    Attr *x = attrs_find(a, S_addedChecks);
    a->prop |= (1u << 16) | (x ? 1u << 17 : 0);
    return x ? x->value : NULL;
}

/* ------------------------------------------------------------------------ */
/* Discharge, priorities, order. */

/* The names the library gives the functions that make properties. */
static bool property_fn_name(const Expr *fe) {
    static Sym names[11];
    if (!names[0]) {
        static const char *const s[11] = {"mkIf", "mkMerge", "mkOverride", "mkDefault", "mkForce", "mkVMOverride",
                                          "mkOptionDefault", "mkImageMediaOverride", "mkOrder", "mkBefore", "mkAfter"};
        for (int i = 10; i >= 0; i--) names[i] = sym_cstr(s[i]);
    }
    if (fe->kind == EXPR_APPLY) fe = fe->u.apply.fn;   /* mkIf c, mkOverride p */
    Sym name;
    switch (fe->kind) {
    case EXPR_VAR: name = fe->u.var.name; break;
    case EXPR_WITHVAR: name = fe->u.withvar.name; break;
    case EXPR_SELECT: name = fe->selname ? fe->u.select.name : fe->u.select.path[fe->npath - 1].sym; break;
    default: return false;
    }
    for (int i = 0; i < 11; i++)
        if (name == names[i]) return true;
    return false;
}

int merge_peek_property_slow(Vm *vm, Value *v, Value **param, Value **content) {
    Expr *e = v->u.thunk.e;
    /* The function is evaluated as forcing v would; only when its name says
     * it makes a property, so that nothing else is evaluated twice. */
    if (!property_fn_name(e->u.apply.fn)) return -1;
    Value f;
    eval_expr(vm, e->u.apply.fn, v->u.thunk.env, &f);
    int k = eval_property_fn(&f, param);
    if (k >= 0) *content = eval_lazy(vm, e->u.apply.arg, v->u.thunk.env);
    return k;
}

/* An mkIf's condition, forced: whether it holds. */
static bool if_holds(Vm *vm, Value *c, Span sp, const char *loc) {
    eval_force(vm, c, sp);
    if (c->tag != VAL_BOOL) {
        Diag *d = diag_new(sp, "\u2018mkIf\u2019 called with a non-Boolean condition");
        diag_add_note(d, span_make(0, 0, 0), "the condition is %s, in the definition of option `%s'",
                      value_kind_phrase(c), loc);
        eval_raise(vm, d, false);
    }
    return c->u.b;
}

static void discharge(Vm *vm, Value *v, const Def *src, uint32_t idx, Leaves *out, const char *loc, Span at,
                      uint32_t depth) {
    if (depth > 1000) eval_error(vm, at, "properties of option `%s' nested too deeply", loc);
    Span sp = src->pos.file ? src->pos : at;
    /* The property: read from the call (`lib.mkForce x`, ...) without making
     * the set, or from the set, a field when it is needed. */
    Value *param = NULL, *content = NULL, *set = NULL;
    int pk = merge_peek_property(vm, v, &param, &content);
    if (pk < 0) {
        pk = merge_prop_code(vm, v, sp);
        set = v;
    }
#define PART_(given, name, what) (set ? need_field(vm, set, (name), sp, (what)) : (given))
    if (pk == PROP_MERGE) {
        Value *c = eval_list(vm, PART_(content, S_contents, "mkMerge value"), sp, NULL);
        for (size_t i = 0; i < c->u.list.n; i++) discharge(vm, c->u.list.items[i], src, idx, out, loc, at, depth + 1);
        return;
    }
    if (pk == PROP_IF) {
        if (if_holds(vm, PART_(param, S_condition, "mkIf value"), sp, loc))
            discharge(vm, PART_(content, S_content, "mkIf value"), src, idx, out, loc, at, depth + 1);
        return;
    }
    /* A leaf (an mkOrder's order is read if it survives).  One mkOverride
     * layer comes off now, as the reference's filterOverrides reads each
     * definition's priority right after discharging it. */
    Leaf l = {v, src, 100, 1000, idx};
    if (pk == PROP_OVERRIDE) {
        l.prio = eval_int(vm, PART_(param, S_priority, "mkOverride value"), sp, NULL);
        l.v = PART_(content, S_content, "mkOverride value");
    }
#undef PART_
    apush(vm, out, l);
}

int merge_prop_code_slow(Vm *vm, Value *v, Span at) {
    Sym k = merge_prop_kind_slow(vm, v, at);
    return k == S_if ? PROP_IF : k == S_merge ? PROP_MERGE : k == S_override ? PROP_OVERRIDE : k == S_order ? PROP_ORDER : -1;
}

Value *merge_def_value(Vm *vm, const Def *d) {
    Value *v = d->v;
    for (const DefWrap *w = d->wrap; w; w = w->outer) v = eval_property(vm, w->kind, w->param, v, d->pos);
    return v;
}

/* discharge of merge_def_value(d), without building the property sets of
 * its wraps: the mkIf ones hold or drop it; an mkOverride one makes the
 * leaf, of whatever it wraps. */
static void discharge_def(Vm *vm, const Def *d, uint32_t idx, Leaves *out, const char *loc, Span at) {
    if (!d->wrap) {
        discharge(vm, d->v, d, idx, out, loc, at, 0);
        return;
    }
    uint32_t n = 0;
    for (const DefWrap *w = d->wrap; w; w = w->outer) n++;
    const DefWrap *buf[16], **ws = n <= 16 ? buf : ARENA_ARRAY(&vm->arena, const DefWrap *, n);
    uint32_t k = n;
    for (const DefWrap *w = d->wrap; w; w = w->outer) ws[--k] = w;   /* ws[0]: the outermost */
    Span sp = d->pos.file ? d->pos : at;
    uint32_t depth = 0;
    for (uint32_t j = 0; j < n; j++, depth++) {
        if (depth > 1000) eval_error(vm, at, "properties of option `%s' nested too deeply", loc);
        if (ws[j]->kind == PROP_IF) {
            if (!if_holds(vm, ws[j]->param, sp, loc)) return;
            continue;
        }
        Leaf l = {d->v, d, 100, 1000, idx};
        l.prio = eval_int(vm, ws[j]->param, sp, NULL);
        for (uint32_t i = n; i-- > j + 1;) l.v = eval_property(vm, ws[i]->kind, ws[i]->param, l.v, d->pos);
        apush(vm, out, l);
        return;
    }
    discharge(vm, d->v, d, idx, out, loc, at, depth);
}

/* How many definitions ahead filter_priority fetches. */
enum { DEF_AHEAD = 8 };

/* Fetches what d's value and first wrap point to, their expression and
 * condition, when they are already at hand. */
static inline void prefetch_def_inner(const Def *d) {
    const Value *v = d->v;
    if (v->tag == VAL_THUNK) __builtin_prefetch(v->u.thunk.e);
    if (d->wrap) __builtin_prefetch(d->wrap->param);
}

/* Discharges every definition and keeps those of the lowest priority.
 * Returns that priority (9999 when nothing is left). */
static int64_t filter_priority(Vm *vm, const Def *d0, const Def *defs, uint32_t n, const char *loc, Span at,
                               Leaves *out, DefOutcome *oc) {
    /* On the stack unless it grows (an option with hundreds of
     * definitions): the arena cannot give back what a temporary used. */
    Leaf all_buf[256];
    Leaves all = {all_buf, 0, 256};
    /* d0, when given, is the option's default, definition 0, and defs
     * follow it.  The default counts as mkOptionDefault (mkOverride 1500)
     * of its value: such a set discharges to itself and loses just that
     * layer, so its leaf is made directly, value untouched, priority set. */
    if (d0) {
        Leaf l = {d0->v, d0, 1500, 1000, 0};
        apush(vm, &all, l);
    }
    /* The definitions were made module by module and are read here option
     * by option, so their values, expressions and wraps are far apart in
     * memory: each is fetched a few definitions ahead, the value and wrap
     * first, then what they point to. */
    for (uint32_t k = 0; k < n && k < DEF_AHEAD; k++) __builtin_prefetch(defs[k].v);
    for (uint32_t k = 0; k < n; k++) {
        if (k + DEF_AHEAD < n) {
            __builtin_prefetch(defs[k + DEF_AHEAD].v);
            if (defs[k + DEF_AHEAD].wrap) __builtin_prefetch(defs[k + DEF_AHEAD].wrap);
        }
        if (k + DEF_AHEAD / 2 < n) prefetch_def_inner(&defs[k + DEF_AHEAD / 2]);
        uint32_t i = k + (d0 ? 1 : 0), before = all.len;   /* i: its index among the outcomes */
        discharge_def(vm, &defs[k], i, &all, loc, at);
        if (oc && all.len == before) oc[i].dropped_if = true;
    }
    /* The lowest priority, and how many have it. */
    int64_t best = 9999;
    uint32_t keep = 0;
    for (uint32_t i = 0; i < all.len; i++) {
        Leaf *l = &all.data[i];
        if (oc) oc[l->idx].prio = l->prio;
        if (l->prio < best) {
            best = l->prio;
            keep = 0;
        }
        keep += l->prio == best;
    }
    /* The survivors, in one allocation of the right size (they live on
     * in lazy merges). */
    if (out->len + keep > out->cap) {
        Leaf *nd = ARENA_ARRAY(&vm->arena, Leaf, out->len + keep);
        if (out->len) memcpy(nd, out->data, sizeof(Leaf) * out->len);
        out->data = nd;
        out->cap = out->len + keep;
    }
    for (uint32_t i = 0; i < all.len; i++) {
        if (all.data[i].prio != best) continue;
        if (oc) oc[all.data[i].idx].won = true;
        apush(vm, out, all.data[i]);
    }
    /* mkOrder: a stable sort of the survivors when any has one. */
    bool any = false;
    for (uint32_t i = 0; i < out->len; i++) {
        Leaf *l = &out->data[i];
        Span sp = l->src->pos.file ? l->src->pos : at;
        Value *param, *content;
        if (merge_peek_property(vm, l->v, &param, &content) == PROP_ORDER) {
            l->order = eval_int(vm, param, sp, NULL);
            l->v = content;
            any = true;
        } else if (merge_prop_kind(vm, l->v, sp) == S_order) {
            l->order = eval_int(vm, need_field(vm, l->v, S_priority, sp, "mkOrder value"), sp, NULL);
            l->v = need_field(vm, l->v, S_content, sp, "mkOrder value");
            any = true;
        }
        if (oc) oc[l->idx].order = l->order;
    }
    if (any) {
        for (uint32_t i = 1; i < out->len; i++) {
            Leaf x = out->data[i];
            uint32_t j = i;
            while (j > 0 && out->data[j - 1].order > x.order) {
                out->data[j] = out->data[j - 1];
                j--;
            }
            out->data[j] = x;
        }
    }
    return best;
}

/* ------------------------------------------------------------------------ */
/* Types: shallow checks. */

static bool type_check(Vm *vm, Value *type, Value *v, Span at);

static bool check_enum(Vm *vm, Value *type, Value *v, Span at) {
    Value *vals = eval_list(vm, need_field(vm, type, S_values, at, "enum type"), at, NULL);
    for (size_t i = 0; i < vals->u.list.n; i++)
        if (eval_equal(vm, vals->u.list.items[i], v, at)) return true;
    return false;
}

static bool check_by_name(Vm *vm, Value *type, Value *v, Span at);

/* The type's check: built-in types are checked by name, in C; checks added
 * with types.addCheck (listed in its _addedChecks) run after that. */
static bool type_check(Vm *vm, Value *type, Value *v, Span at) {
    if (!check_by_name(vm, type, v, at)) return false;
    Value *extra = added_checks(vm, type, at);
    if (!extra) return true;
    eval_list(vm, extra, at, NULL);
    for (size_t i = 0; i < extra->u.list.n; i++) {
        Value r;
        eval_apply(vm, extra->u.list.items[i], v, &r, at);
        if (r.tag != VAL_BOOL) eval_error(vm, at, "a check added with types.addCheck returned %s, not a Boolean", value_kind_phrase(&r));
        if (!r.u.b) return false;
    }
    return true;
}

static bool check_by_name(Vm *vm, Value *type, Value *v, Span at) {
    uint32_t code = type_code(vm, type, at);
    eval_force(vm, v, at);
    switch (code) {
    case TC_ATTRSOF:
    case TC_ATTRS:
    case TC_LAZYATTRSOF: return v->tag == VAL_ATTRS;
    case TC_ANYTHING:
    case TC_RAW:
    case TC_UNSPECIFIED: return true;
    case TC_BOOL: return v->tag == VAL_BOOL;
    case TC_ENUM: return check_enum(vm, type, v, at);
    case TC_EITHER:
        return type_check(vm, field(vm, type, S_left, at), v, at) || type_check(vm, field(vm, type, S_right, at), v, at);
    case TC_FLOAT: return v->tag == VAL_FLOAT;
    case TC_INT: {
        if (v->tag != VAL_INT) return false;
        Value *mn = field(vm, type, S_min, at), *mx = field(vm, type, S_max, at);
        if (mn && v->u.i < eval_int(vm, mn, at, NULL)) return false;
        if (mx && v->u.i > eval_int(vm, mx, at, NULL)) return false;
        return true;
    }
    case TC_LISTOF: return v->tag == VAL_LIST;
    case TC_NULLOR: return v->tag == VAL_NULL || type_check(vm, field(vm, type, S_elemType, at), v, at);
    case TC_NUMBER: return v->tag == VAL_INT || v->tag == VAL_FLOAT;
    case TC_PATH: return v->tag == VAL_PATH || (v->tag == VAL_STRING && v->u.str.len > 0 && v->u.str.s[0] == '/');
    case TC_STR:
    case TC_SEPSTR: return v->tag == VAL_STRING;
    case TC_SUBMODULE:
        return v->tag == VAL_ATTRS || v->tag == VAL_LAMBDA || v->tag == VAL_PATH || v->tag == VAL_PRIMOP ||
               v->tag == VAL_PRIMOP_APP;
    default: break;   /* package: the library's own check (derivation or store path) */
    }
    const char *n = type_name(vm, type, at);
    /* A type made with mkOptionType: its own check. */
    Value *chk = type ? field(vm, type, S_check, at) : NULL;
    if (!chk) return true;
    Value r;
    eval_apply(vm, chk, v, &r, at);
    if (r.tag != VAL_BOOL) eval_error(vm, at, "the check of type `%s' returned %s, not a Boolean", n, value_kind_phrase(&r));
    return r.u.b;
}

/* ------------------------------------------------------------------------ */
/* Merging. */

typedef struct Lazy {
    const char *loc;     /* option path */
    Value *type;         /* type, or NULL */
    Span at;             /* use site */
    uint32_t n;          /* count */
    Leaf leaves[];       /* survivors, checked */
} Lazy;

static void type_merge(Vm *vm, const char *loc, Value *type, Leaf *ls, uint32_t n, Value *out, Span at);

static void check_leaves(Vm *vm, const char *loc, Value *type, Leaf *ls, uint32_t n, Span at);

/* The value of a lazyAttrsOf key whose definitions all vanished: the
 * element type's empty value, as nixpkgs' emptyValue, else the usual
 * "no value defined" error. */
static void empty_value(Vm *vm, const char *loc, Value *type, Value *out, Span at) {
    const char *n = type_name(vm, type, at);
    if (!strcmp(n, "listOf")) {
        out->tag = VAL_LIST;
        out->u.list.n = 0;
        out->u.list.items = NULL;
    } else if (!strcmp(n, "attrsOf") || !strcmp(n, "lazyAttrsOf") || !strcmp(n, "submodule")) {
        out->tag = VAL_ATTRS;
        out->u.attrs = attrs_new(vm, 0);
    } else if (!strcmp(n, "nullOr")) {
        out->tag = VAL_NULL;
    } else if (!strcmp(n, "separatedString")) {
        set_string_owned(out, "", 0);
    } else {
        eval_error(vm, at, "The option `%s' was accessed but has no value defined. Try setting the option.", loc);
    }
}

static void lazy_merge(Vm *vm, void *data, Value *out, Span at) {
    Lazy *z = data;
    (void)at;
    if (z->n == 0) {
        empty_value(vm, z->loc, z->type, out, z->at);
        return;
    }
    check_leaves(vm, z->loc, z->type, z->leaves, z->n, z->at);
    type_merge(vm, z->loc, z->type, z->leaves, z->n, out, z->at);
}

static Value *lazy(Vm *vm, const char *loc, Value *type, Leaf *ls, uint32_t n, Span at) {
    Lazy *z = arena_alloc(&vm->arena, sizeof(Lazy) + sizeof(Leaf) * n, _Alignof(Lazy));
    z->loc = loc;
    z->type = type;
    if (n) memcpy(z->leaves, ls, sizeof(Leaf) * n);
    z->n = n;
    z->at = at;
    return eval_native_thunk(vm, lazy_merge, z);
}

/* The elements of an option path as merge_loc_child writes it (names
 * joined by '.', a name that is not an identifier as a quoted string),
 * as a list of strings. */
/* Where the path element starting at loc[i] ends (after its closing
 * quote, for a quoted one). */
static size_t loc_part_end(const char *loc, size_t i, size_t n) {
    if (loc[i] != '"') {
        while (i < n && loc[i] != '.') i++;
        return i;
    }
    for (i++; i < n && loc[i] != '"'; i++)
        if (loc[i] == '\\' && i + 1 < n) i++;
    return i < n ? i + 1 : i;
}

/* The path element starting at loc[i], as a string. */
static Value *loc_part(Vm *vm, const char *loc, size_t i, size_t n) {
    if (loc[i] != '"') return val_string(vm, loc + i, loc_part_end(loc, i, n) - i);
    StrBuf b = {0};
    for (i++; i < n && loc[i] != '"'; i++) {
        char c = loc[i];
        if (c == '\\' && i + 1 < n) {
            c = loc[++i];
            c = c == 'n' ? '\n' : c == 'r' ? '\r' : c == 't' ? '\t' : c;
        }
        sb_put(&b, &c, 1);
    }
    Value *v = val_string(vm, b.data ? b.data : "", b.len);
    free(b.data);
    return v;
}

Value *merge_loc_split(Vm *vm, const char *loc) {
    VEC(Value *) parts = {0};
    size_t i = 0, n = strlen(loc);
    while (i < n) {
        apush(vm, &parts, loc_part(vm, loc, i, n));
        i = loc_part_end(loc, i, n);
        if (i < n && loc[i] == '.') i++;
    }
    Value *l = val_list(vm, parts.len);
    for (uint32_t k = 0; k < parts.len; k++) l->u.list.items[k] = parts.data[k];
    return l;
}

/* The last element of the option path, as a string ("" for the root). */
static Value *loc_last(Vm *vm, const char *loc) {
    size_t i = 0, last = 0, n = strlen(loc);
    while (i < n) {
        last = i;
        i = loc_part_end(loc, i, n);
        if (i < n && loc[i] == '.') i++;
    }
    return n ? loc_part(vm, loc, last, n) : val_string(vm, "", 0);
}

static Def *leaf_defs(Vm *vm, Leaf *ls, uint32_t n) {
    Def *d = ARENA_ARRAY(&vm->arena, Def, n ? n : 1);
    for (uint32_t i = 0; i < n; i++) {
        d[i] = *ls[i].src;
        d[i].v = ls[i].v;
        d[i].wrap = NULL;
    }
    return d;
}

static _Noreturn void unique_error(Vm *vm, const char *loc, Leaf *ls, uint32_t n, const char *extra, Span at) {
    StrBuf b = {0};
    sb_printf(&b, "The option `%s' is defined multiple times while it's expected to be unique.\n%s\nDefinition values:",
              loc, extra ? extra : "");
    Def *d = leaf_defs(vm, ls, n);
    merge_show_defs(vm, &b, d, n);
    sb_printf(&b, "\n%s", prio_hint);
    defs_error(vm, at, &d[0], &b);
}

static void merge_equal(Vm *vm, const char *loc, Leaf *ls, uint32_t n, Value *out, Span at) {
    for (uint32_t i = 1; i < n; i++) {
        if (!eval_equal(vm, ls[0].v, ls[i].v, at)) {
            StrBuf b = {0};
            sb_printf(&b, "The option `%s' has conflicting definition values:", loc);
            Leaf two[2] = {ls[0], ls[i]};
            Def *d = leaf_defs(vm, two, 2);
            merge_show_defs(vm, &b, d, 2);
            sb_printf(&b, "\n%s", prio_hint);
            defs_error(vm, at, &d[1], &b);
        }
    }
    eval_force(vm, ls[0].v, at);
    *out = *ls[0].v;
}

static void show_files(Vm *vm, StrBuf *b, Leaf *ls, uint32_t n) {
    (void)vm;
    for (uint32_t i = 0; i < n; i++) {
        if (i) sb_puts(b, " and ");
        sb_puts(b, "`");
        sb_puts(b, ls[i].src->file ? ls[i].src->file : "<unknown file>");
        sb_puts(b, "'");
    }
}

/* Runs the nested pipeline on `defs` with `type` at `loc`: returns the
 * survivors in *ls (possibly none) after checking them. */
static void prepare(Vm *vm, const char *loc, Value *type, const Def *d0, const Def *defs, uint32_t n, Span at,
                    Leaves *ls, DefOutcome *oc);

/* Whether a value of type code c merges, alone, to itself once it passes
 * the type's check, and the check is pure and cannot fail to run: strings,
 * numbers, Booleans, paths (not ints with bounds, enums, or added checks,
 * whose checks evaluate more). */
static bool plain_leaf_type(Vm *vm, Value *type, uint32_t c, Span at) {
    switch (c) {
    case TC_STR:
    case TC_SEPSTR:
    case TC_BOOL:
    case TC_FLOAT:
    case TC_NUMBER:
    case TC_PATH: break;
    case TC_INT:
        if (field(vm, type, S_min, at) || field(vm, type, S_max, at)) return false;
        break;
    default: return false;
    }
    return !added_checks(vm, type, at);
}

static void merge_attrs_of(Vm *vm, const char *loc, Value *elem, Leaf *ls, uint32_t n, bool lazy_keys, Value *out,
                           Span at) {
    /* Gather keys in order of first appearance, then sort. */
    VEC(Sym) keys = {0};
    uint32_t total = 0;
    for (uint32_t i = 0; i < n; i++) total += eval_attrs(vm, ls[i].v, at, NULL)->n;
    /* Distinct keys: a small open-addressing set in the arena (linear). */
    uint32_t cap = 16;
    while (cap < total * 2) cap *= 2;
    Sym *seen = arena_zalloc(&vm->arena, sizeof(Sym) * cap, _Alignof(Sym));
    uint32_t *kidx = ARENA_ARRAY(&vm->arena, uint32_t, cap);
    VEC(uint32_t) count = {0};
    for (uint32_t i = 0; i < n; i++) {
        Attrs *a = ls[i].v->u.attrs;
        for (uint32_t k = 0; k < a->n; k++) {
            Sym nm = a->a[k].name;
            uint32_t j = nm->hash & (cap - 1);
            while (seen[j] && seen[j] != nm) j = (j + 1) & (cap - 1);
            if (seen[j]) {
                count.data[kidx[j]]++;
                continue;
            }
            seen[j] = nm;
            kidx[j] = keys.len;
            apush(vm, &keys, nm);
            apush(vm, &count, 1u);
        }
    }
    /* Each key's definitions, in merge order, gathered in one pass (not a
     * search of every definition for every key). */
    uint32_t *off = ARENA_ARRAY(&vm->arena, uint32_t, keys.len + 1);
    uint32_t *fill = arena_zalloc(&vm->arena, sizeof(uint32_t) * (keys.len + 1), _Alignof(uint32_t));
    off[0] = 0;
    for (uint32_t k = 0; k < keys.len; k++) off[k + 1] = off[k] + count.data[k];
    Def *flat = ARENA_ARRAY(&vm->arena, Def, total ? total : 1);
    for (uint32_t i = 0; i < n; i++) {
        Attrs *a = ls[i].v->u.attrs;
        for (uint32_t k = 0; k < a->n; k++) {
            Sym nm = a->a[k].name;
            uint32_t j = nm->hash & (cap - 1);
            while (seen[j] != nm) j = (j + 1) & (cap - 1);
            uint32_t x = kidx[j];
            Def *d = &flat[off[x] + fill[x]++];
            d->v = a->a[k].value;
            d->file = ls[i].src->file;
            d->pos = a->a[k].pos.file ? a->a[k].pos : ls[i].src->pos;
            d->wrap = NULL;
        }
    }
    Attrs *r = attrs_new(vm, keys.len);
    uint32_t m = 0;
    bool plain = plain_leaf_type(vm, elem, type_code(vm, elem, at), at);
    for (uint32_t j = 0; j < keys.len; j++) {
        Sym key = keys.data[j];
        Def *kd = &flat[off[j]];
        uint32_t nd = count.data[j];
        Span first = kd[0].pos;
        const char *kloc = merge_loc_child(vm, loc, key->str);
        Leaf kl_buf[8];
        Leaves kl = {kl_buf, 0, 8};
        prepare(vm, kloc, elem, NULL, kd, nd, at, &kl, NULL);
        if (kl.len == 0 && !lazy_keys) {
            continue;
        }
        /* One survivor that passes a plain type's check is the value (see
         * merge_list_of). */
        if (plain && kl.len == 1 && check_by_name(vm, elem, kl.data[0].v, at)) {
            r->a[m].name = key;
            r->a[m].value = kl.data[0].v;
            r->a[m].pos = first;
            m++;
            continue;
        }
        /* The survivors must outlive kd: copy their definitions. */
        for (uint32_t i = 0; i < kl.len; i++) {
            Def *keep = ARENA_NEW(&vm->arena, Def);
            *keep = *kl.data[i].src;
            kl.data[i].src = keep;
        }
        r->a[m].name = key;
        r->a[m].value = lazy(vm, kloc, elem, kl.data, kl.len, at);
        r->a[m].pos = first;
        m++;
    }
    r->n = m;
    attrs_sort(vm, r, at, true);
    out->tag = VAL_ATTRS;
    out->u.attrs = r;
}

/* loc."[definition I-entry K]", as merge_loc_child would quote it, built
 * without printf: lists of thousands of entries make one per entry. */
static const char *entry_loc(Vm *vm, const char *loc, uint32_t i, size_t k) {
    char num[2][24];
    size_t nl[2] = {0, 0};
    uint64_t x[2] = {i, k};
    for (int j = 0; j < 2; j++) {
        char t[24];
        size_t m = 0;
        do t[m++] = (char)('0' + x[j] % 10); while (x[j] /= 10);
        while (m) num[j][nl[j]++] = t[--m];
    }
    size_t ll = strlen(loc);
    static const char a[] = "\"[definition ", b[] = "-entry ", c[] = "]\"";
    size_t total = ll + (ll ? 1 : 0) + (sizeof a - 1) + nl[0] + (sizeof b - 1) + nl[1] + (sizeof c - 1);
    char *r = arena_alloc(&vm->arena, total + 1, 1), *p = r;
    if (ll) {
        memcpy(p, loc, ll);
        p += ll;
        *p++ = '.';
    }
    memcpy(p, a, sizeof a - 1), p += sizeof a - 1;
    memcpy(p, num[0], nl[0]), p += nl[0];
    memcpy(p, b, sizeof b - 1), p += sizeof b - 1;
    memcpy(p, num[1], nl[1]), p += nl[1];
    memcpy(p, c, sizeof c - 1), p += sizeof c - 1;
    *p = 0;
    return r;
}

static void merge_list_of(Vm *vm, const char *loc, Value *elem, Leaf *ls, uint32_t n, Value *out, Span at) {
    Value *item_buf[256];   /* most lists: no growing array in the arena */
    struct { Value **data; uint32_t len, cap; } items = {item_buf, 0, 256};
    /* An element that is no property and passes such a type's check is its
     * own merged value: it needs no lazy merge of its own (one that fails
     * gets one, so that the error comes when the element is used, as in
     * the reference). */
    uint32_t ec = type_code(vm, elem, at);
    bool plain = plain_leaf_type(vm, elem, ec, at);
    for (uint32_t i = 0; i < n; i++) {
        Value *l = eval_list(vm, ls[i].v, at, NULL);
        for (size_t k = 0; k < l->u.list.n; k++) {
            if (plain) {
                Value *v = l->u.list.items[k];
                Span sp = ls[i].src->pos.file ? ls[i].src->pos : at;   /* as discharge forces it */
                eval_force(vm, v, sp);
                if (!merge_prop_kind(vm, v, sp) && check_by_name(vm, elem, v, at)) {
                    apush(vm, &items, v);
                    continue;
                }
            }
            const char *eloc = entry_loc(vm, loc, i + 1, k + 1);
            /* The element as a definition of its own: from the list's file
             * and position, so its leaves can point at the list's Def. */
            Def d = {l->u.list.items[k], ls[i].src->file, ls[i].src->pos, NULL};
            Leaf el_buf[4];
            Leaves el = {el_buf, 0, 4};
            prepare(vm, eloc, elem, NULL, &d, 1, at, &el, NULL);
            for (uint32_t j = 0; j < el.len; j++) el.data[j].src = ls[i].src;
            if (el.len) apush(vm, &items, lazy(vm, eloc, elem, el.data, el.len, at));
        }
    }
    out->tag = VAL_LIST;
    out->u.list.n = items.len;
    out->u.list.items = ARENA_ARRAY(&vm->arena, Value *, items.len ? items.len : 1);
    if (items.len) memcpy(out->u.list.items, items.data, sizeof(Value *) * items.len);
}

static void merge_submodule(Vm *vm, const char *loc, Value *type, Leaf *ls, uint32_t n, Value *out, Span at) {
    Value *mods = field(vm, type, S_modules, at);
    uint32_t nm = 0;
    if (mods) nm = (uint32_t)eval_list(vm, mods, at, NULL)->u.list.n;
    Value **all = ARENA_ARRAY(&vm->arena, Value *, nm + n + 2);
    Def *where = ARENA_ARRAY(&vm->arena, Def, nm + n + 2);
    bool *as_config = ARENA_ARRAY(&vm->arena, bool, nm + n + 2);
    uint32_t k = 0;
    /* The `name` argument: the last element of the option path, defined as
     * nixpkgs does, `{ _module.args.name = last loc; }` first (modules.c
     * reads it without merging _module.args when nothing else defines it);
     * the type's specialArgs win over it. */
    Value *name = loc_last(vm, loc);
    {
        Attrs *an = attrs_new(vm, 1), *aa = attrs_new(vm, 1), *am = attrs_new(vm, 1);
        an->a[0] = (Attr){S_name, name, span_make(0, 0, 0)};
        aa->a[0] = (Attr){S_args, val_attrs(vm, an), span_make(0, 0, 0)};
        am->a[0] = (Attr){S__module, val_attrs(vm, aa), span_make(0, 0, 0)};
        all[k] = val_attrs(vm, am);
        where[k] = (Def){all[k], NULL, span_make(0, 0, 0), NULL};
        as_config[k] = true;
        k++;
    }
    for (uint32_t i = 0; i < nm; i++) {
        all[k] = mods->u.list.items[i];
        where[k].v = all[k];
        where[k].file = NULL;
        where[k].pos = span_make(0, 0, 0);
        where[k].wrap = NULL;
        as_config[k] = false;
        k++;
    }
    bool shorthand = false;
    Value *sh = field(vm, type, S_shorthand, at);
    if (sh) shorthand = eval_bool(vm, sh, at, NULL);
    for (uint32_t i = 0; i < n; i++) {
        /* A set is the module's config; a function or path is a module. */
        Value *v = ls[i].v;
        eval_force(vm, v, at);
        as_config[k] = v->tag == VAL_ATTRS && shorthand;
        all[k] = v;
        where[k] = *ls[i].src;
        where[k].v = v;
        where[k].wrap = NULL;
        k++;
    }
    Value *special = field(vm, type, S_specialArgs, at);
    Value *cfg = modules_eval(vm, modules_lib(vm), all, where, as_config, k, special, name, loc, at, NULL);
    eval_force(vm, cfg, at);
    /* The value is the nested config without `_module' (nixpkgs' evalModules
     * removes it); the value's own modules still see it. */
    out->tag = VAL_ATTRS;
    out->u.attrs = merge_without_module(vm, cfg->u.attrs);
}

Attrs *merge_without_module(Vm *vm, Attrs *a) {
    init_syms();
    Attrs *r = attrs_new(vm, a->n);
    uint32_t j = 0;
    for (uint32_t i = 0; i < a->n; i++)
        if (a->a[i].name != S__module) r->a[j++] = a->a[i];
    r->n = j;
    return r;
}

/* Definitions that are all functions merge under application: the result
 * is a function whose value for x merges every f x (mergeDefaultOption,
 * and anything's "<function body>"). */
typedef struct FnMerge {
    const char *loc;     /* option path (for the results) */
    Value *type;         /* type the results merge with (NULL: unspecified) */
    Leaf *ls;            /* the functions */
    uint32_t n;          /* count */
    Span at;             /* use site */
} FnMerge;

static void fn_merge_apply(Vm *vm, void *data, Value *arg, Value *out, Span at) {
    FnMerge *fm = data;
    (void)at;
    Leaf *rs = ARENA_ARRAY(&vm->arena, Leaf, fm->n);
    for (uint32_t i = 0; i < fm->n; i++) {
        rs[i] = fm->ls[i];
        rs[i].v = eval_lazy_apply(vm, fm->ls[i].v, arg);
    }
    type_merge(vm, fm->loc, fm->type, rs, fm->n, out, fm->at);
}

static bool is_function(const Value *v) {
    return v->tag == VAL_LAMBDA || v->tag == VAL_PRIMOP || v->tag == VAL_PRIMOP_APP;
}

static void merge_functions(Vm *vm, const char *loc, Value *type, Leaf *ls, uint32_t n, Value *out, Span at) {
    FnMerge *fm = ARENA_NEW(&vm->arena, FnMerge);
    fm->loc = type ? merge_loc_child(vm, loc, "<function body>") : loc;
    fm->type = type;
    fm->ls = ARENA_ARRAY(&vm->arena, Leaf, n);
    memcpy(fm->ls, ls, sizeof(Leaf) * n);
    fm->n = n;
    fm->at = at;
    *out = *eval_native_function(vm, fn_merge_apply, fm);
}

static void merge_unspecified(Vm *vm, const char *loc, Leaf *ls, uint32_t n, Value *out, Span at) {
    if (n == 1) {
        eval_force(vm, ls[0].v, at);
        *out = *ls[0].v;
        return;
    }
    uint8_t t0;
    eval_force(vm, ls[0].v, at);
    t0 = ls[0].v->tag;
    bool same = true;
    for (uint32_t i = 1; i < n; i++) {
        eval_force(vm, ls[i].v, at);
        uint8_t t = ls[i].v->tag;
        bool fn0 = t0 == VAL_LAMBDA || t0 == VAL_PRIMOP || t0 == VAL_PRIMOP_APP;
        bool fn = t == VAL_LAMBDA || t == VAL_PRIMOP || t == VAL_PRIMOP_APP;
        if (t != t0 && !(fn && fn0)) same = false;
    }
    if (same && is_function(ls[0].v)) {
        merge_functions(vm, loc, NULL, ls, n, out, at);
        return;
    }
    if (same) {
        switch (t0) {
        case VAL_LIST: {
            size_t total = 0;
            for (uint32_t i = 0; i < n; i++) total += ls[i].v->u.list.n;
            Value **items = ARENA_ARRAY(&vm->arena, Value *, total ? total : 1);
            size_t o = 0;
            for (uint32_t i = 0; i < n; i++)
                for (size_t k = 0; k < ls[i].v->u.list.n; k++) items[o++] = ls[i].v->u.list.items[k];
            out->tag = VAL_LIST;
            out->u.list.items = items;
            out->u.list.n = total;
            return;
        }
        case VAL_ATTRS: {
            uint32_t total = 0;
            for (uint32_t i = 0; i < n; i++) total += ls[i].v->u.attrs->n;
            Attrs *r = attrs_new(vm, total);
            uint32_t o = 0;
            for (uint32_t i = 0; i < n; i++) {
                memcpy(&r->a[o], ls[i].v->u.attrs->a, sizeof(Attr) * ls[i].v->u.attrs->n);
                o += ls[i].v->u.attrs->n;
            }
            attrs_sort(vm, r, at, true);   /* later definitions win */
            out->tag = VAL_ATTRS;
            out->u.attrs = r;
            return;
        }
        case VAL_BOOL: {
            bool r = false;
            for (uint32_t i = 0; i < n; i++) r = r || ls[i].v->u.b;
            out->tag = VAL_BOOL;
            out->u.b = r;
            return;
        }
        case VAL_STRING: {
            StrBuf b = {0};
            for (uint32_t i = 0; i < n; i++) sb_put(&b, ls[i].v->u.str.s, ls[i].v->u.str.len);
            set_string(vm, out, b.data ? b.data : "", b.len);
            free(b.data);
            return;
        }
        case VAL_INT: {
            bool eq = true;
            for (uint32_t i = 1; i < n; i++) eq = eq && ls[i].v->u.i == ls[0].v->u.i;
            if (eq) {
                *out = *ls[0].v;
                return;
            }
            break;
        }
        default:
            break;
        }
    }
    StrBuf b = {0};
    sb_printf(&b, "Cannot merge definitions of `%s'. Definition values:", loc);
    Def *d = leaf_defs(vm, ls, n);
    merge_show_defs(vm, &b, d, n);
    defs_error(vm, at, &d[0], &b);
}

static const char *anything_kind(Vm *vm, Value *v, Span at) {
    eval_force(vm, v, at);
    switch (v->tag) {
    case VAL_ATTRS: return (attrs_find(v->u.attrs, S_outPath) ? "stringCoercibleSet" : "set");
    case VAL_LAMBDA:
    case VAL_PRIMOP:
    case VAL_PRIMOP_APP: return "lambda";
    default: return value_type_name(v);
    }
}

static void merge_anything(Vm *vm, const char *loc, Value *type, Leaf *ls, uint32_t n, Value *out, Span at) {
    const char *k0 = anything_kind(vm, ls[0].v, at);
    for (uint32_t i = 1; i < n; i++) {
        if (strcmp(anything_kind(vm, ls[i].v, at), k0) != 0) {
            StrBuf b = {0};
            sb_printf(&b, "The option `%s' has conflicting option types in ", loc);
            show_files(vm, &b, ls, n);
            defs_error(vm, at, ls[i].src, &b);
        }
    }
    if (!strcmp(k0, "set")) {
        merge_attrs_of(vm, loc, type, ls, n, false, out, at);
        return;
    }
    if (!strcmp(k0, "lambda") && n > 1) {
        merge_functions(vm, loc, type, ls, n, out, at);
        return;
    }
    if (!strcmp(k0, "stringCoercibleSet")) {
        if (n > 1) unique_error(vm, loc, ls, n, NULL, at);
        *out = *ls[0].v;
        return;
    }
    merge_equal(vm, loc, ls, n, out, at);
}

static void type_merge(Vm *vm, const char *loc, Value *type, Leaf *ls, uint32_t n, Value *out, Span at) {
    uint32_t code = type_code(vm, type, at);
    if (code == TC_LISTOF) {
        merge_list_of(vm, loc, field(vm, type, S_elemType, at), ls, n, out, at);
    } else if (code == TC_ATTRSOF || code == TC_LAZYATTRSOF) {
        merge_attrs_of(vm, loc, field(vm, type, S_elemType, at), ls, n, code == TC_LAZYATTRSOF, out, at);
    } else if (code == TC_SUBMODULE) {
        merge_submodule(vm, loc, type, ls, n, out, at);
    } else if (code == TC_NULLOR) {
        uint32_t nulls = 0;
        for (uint32_t i = 0; i < n; i++) {
            eval_force(vm, ls[i].v, at);
            if (ls[i].v->tag == VAL_NULL) nulls++;
        }
        if (nulls == n) {
            out->tag = VAL_NULL;
        } else if (nulls) {
            StrBuf b = {0};
            sb_printf(&b, "The option `%s` is defined both null and not null, in ", loc);
            show_files(vm, &b, ls, n);
            sb_puts(&b, ".");
            defs_error(vm, at, ls[0].src, &b);
        } else {
            type_merge(vm, loc, field(vm, type, S_elemType, at), ls, n, out, at);
        }
    } else if (code == TC_EITHER) {
        Value *l = field(vm, type, S_left, at), *r = field(vm, type, S_right, at);
        bool all_l = true, all_r = true;
        for (uint32_t i = 0; i < n; i++) all_l = all_l && type_check(vm, l, ls[i].v, at);
        if (all_l) {
            type_merge(vm, loc, l, ls, n, out, at);
            return;
        }
        for (uint32_t i = 0; i < n; i++) all_r = all_r && type_check(vm, r, ls[i].v, at);
        if (all_r) {
            type_merge(vm, loc, r, ls, n, out, at);
            return;
        }
        if (n == 1) {
            *out = *ls[0].v;
            return;
        }
        unique_error(vm, loc, ls, n, NULL, at);
    } else if (code == TC_SEPSTR) {
        Value *sep = eval_string_value(vm, need_field(vm, type, S_sep, at, "separatedString type"), at,
                                       "the separator of a separatedString type");
        /* Force every part first: nothing malloc'ed may be pending when an
         * error unwinds. */
        size_t total = 0;
        for (uint32_t i = 0; i < n; i++)
            total += eval_string_value(vm, ls[i].v, at, NULL)->u.str.len + (i ? sep->u.str.len : 0);
        /* Joined in place, in the arena. */
        char *s = arena_alloc(&vm->arena, total + 1, 1), *p = s;
        for (uint32_t i = 0; i < n; i++) {
            if (i) p = (char *)memcpy(p, sep->u.str.s, sep->u.str.len) + sep->u.str.len;
            p = (char *)memcpy(p, ls[i].v->u.str.s, ls[i].v->u.str.len) + ls[i].v->u.str.len;
        }
        *p = 0;
        set_string_owned(out, s, total);
    } else if (code == TC_ATTRS) {
        uint32_t total = 0;
        for (uint32_t i = 0; i < n; i++) total += eval_attrs(vm, ls[i].v, at, NULL)->n;
        Attrs *r = attrs_new(vm, total);
        uint32_t o = 0;
        for (uint32_t i = 0; i < n; i++) {
            memcpy(&r->a[o], ls[i].v->u.attrs->a, sizeof(Attr) * ls[i].v->u.attrs->n);
            o += ls[i].v->u.attrs->n;
        }
        attrs_sort(vm, r, at, true);
        out->tag = VAL_ATTRS;
        out->u.attrs = r;
    } else if (code == TC_UNSPECIFIED) {
        merge_unspecified(vm, loc, ls, n, out, at);
    } else if (code == TC_ANYTHING) {
        merge_anything(vm, loc, type, ls, n, out, at);
    } else if (code == TC_RAW || code == TC_PACKAGE) {
        if (n > 1) unique_error(vm, loc, ls, n, NULL, at);
        eval_force(vm, ls[0].v, at);
        *out = *ls[0].v;
    } else if (code == TC_INT || code == TC_STR || code == TC_BOOL || code == TC_ENUM ||
               code == TC_PATH || code == TC_FLOAT || code == TC_NUMBER) {
        merge_equal(vm, loc, ls, n, out, at);
    } else {
        /* mkOptionType: call its merge with loc (a list) and defs. */
        Value *m = field(vm, type, S_merge_fn, at);
        if (!m) {
            merge_equal(vm, loc, ls, n, out, at);
            return;
        }
        Value *locv = merge_loc_split(vm, loc);
        Value *defs = val_list(vm, n);
        for (uint32_t i = 0; i < n; i++) {
            Attrs *a = attrs_new(vm, 2);
            a->a[0].name = sym_cstr("file");
            a->a[0].value = val_string(vm, ls[i].src->file ? ls[i].src->file : "", ls[i].src->file ? strlen(ls[i].src->file) : 0);
            a->a[0].pos = span_make(0, 0, 0);
            a->a[1].name = sym_cstr("value");
            a->a[1].value = ls[i].v;
            a->a[1].pos = span_make(0, 0, 0);
            defs->u.list.items[i] = val_attrs(vm, a);
        }
        Value partial;
        eval_apply(vm, m, locv, &partial, at);
        Value *p = val_new(vm);
        *p = partial;
        eval_apply(vm, p, defs, out, at);
    }
}

/* The type check of every survivor; all failures are listed. */
static void check_leaves(Vm *vm, const char *loc, Value *type, Leaf *ls, uint32_t n, Span at) {
    uint32_t bad = 0;
    for (uint32_t i = 0; i < n; i++)
        if (!type_check(vm, type, ls[i].v, at)) bad++;
    if (!bad) return;
    Def *d = ARENA_ARRAY(&vm->arena, Def, bad);
    uint32_t k = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (type_check(vm, type, ls[i].v, at)) continue;
        d[k] = *ls[i].src;
        d[k].v = ls[i].v;
        d[k].wrap = NULL;
        k++;
    }
    StrBuf b = {0};
    sb_printf(&b, "A definition for option `%s' is not of type `%s'. Definition values:", loc,
              merge_type_description(vm, type, at));
    merge_show_defs(vm, &b, d, bad);
    defs_error(vm, at, &d[0], &b);
}

static void prepare(Vm *vm, const char *loc, Value *type, const Def *d0, const Def *defs, uint32_t n, Span at,
                    Leaves *ls, DefOutcome *oc) {
    (void)type;
    filter_priority(vm, d0, defs, n, loc, at, ls, oc);
}

typedef struct Single {
    const char *loc;     /* option path */
    Value *type;         /* its type */
    Def def;             /* one definition */
} Single;

static void single_merge(Vm *vm, void *data, Value *out, Span at) {
    Single *s = data;
    merge_option(vm, s->loc, s->type, &s->def, 1, NULL, NULL, false, out, at, NULL);
}

/* The definitions with the default first, as a definition at
 * mkOptionDefault priority (NixOS's evalOptionValue). */
/* The default as the definition mkOptionDefault makes of it (NULL when
 * there is none): shown by the read-only error.  Merging itself makes the
 * default's leaf directly (filter_priority). */
static const Def *wrapped_default(Vm *vm, const Def *def) {
    if (!def) return NULL;
    if (!vm->prio_default) vm->prio_default = val_int(vm, 1500);
    Def *d = ARENA_NEW(&vm->arena, Def);
    *d = *def;
    d->v = eval_property(vm, PROP_OVERRIDE, vm->prio_default, def->v, def->pos);
    return d;
}

Value *merge_final(Vm *vm, const char *loc, const Def *defs, uint32_t n, const Def *def, int64_t *highest, Span at) {
    init_syms();
    const Def *d0 = def;
    Leaf buf[256];   /* the survivors are used up here: on the stack unless there are many */
    Leaves ls = {buf, 0, 256};
    *highest = filter_priority(vm, d0, defs, n, loc, at, &ls, NULL);
    Value *list = val_list(vm, ls.len);
    for (uint32_t i = 0; i < ls.len; i++) {
        Attrs *a = attrs_new(vm, 2);
        const char *f = ls.data[i].src->file ? ls.data[i].src->file : "<unknown-file>";
        a->a[0].name = sym_cstr("file");
        a->a[0].value = val_string(vm, f, strlen(f));
        a->a[1].name = sym_cstr("value");
        a->a[1].value = ls.data[i].v;
        for (int j = 0; j < 2; j++) a->a[j].pos = ls.data[i].src->pos;
        attrs_sort(vm, a, at, false);
        list->u.list.items[i] = val_attrs(vm, a);
    }
    return list;
}

/* The option's merged value, before apply (see merge_option). */
static void merged_value(Vm *vm, const char *loc, Value *type, const Def *defs, uint32_t n, const Def *def,
                         bool read_only, Value *out, Span at, DefOutcome *outcome) {
    const Def *d0 = def;
    uint32_t total = n + (d0 ? 1 : 0);
    if (outcome)
        for (uint32_t i = 0; i < total; i++) outcome[i] = (DefOutcome){100, 1000, false, false};
    if (read_only && total > 1) {
        StrBuf b = {0};
        sb_printf(&b, "The option `%s' is read-only, but it's set multiple times. Definition values:", loc);
        /* Each definition is shown as if it were the only one. */
        Def *all = ARENA_ARRAY(&vm->arena, Def, total);
        const Def *wd = wrapped_default(vm, def);
        for (uint32_t i = 0; i < total; i++) all[i] = wd ? (i == 0 ? *wd : defs[i - 1]) : defs[i];
        Def *sep = ARENA_ARRAY(&vm->arena, Def, total);
        for (uint32_t i = 0; i < total; i++) {
            Single *s = ARENA_NEW(&vm->arena, Single);
            s->loc = loc;
            s->type = type;
            s->def = all[i];
            sep[i] = all[i];
            sep[i].v = eval_native_thunk(vm, single_merge, s);
            sep[i].wrap = NULL;
        }
        merge_show_defs(vm, &b, sep, total);
        defs_error(vm, at, def && total > 1 ? &all[1] : &all[0], &b);
    }
    /* The survivors are used up by the merge (lazy parts copy theirs): on
     * the stack unless there are hundreds. */
    Leaf ls_buf[256];
    Leaves ls = {ls_buf, 0, 256};
    prepare(vm, loc, type, d0, defs, n, at, &ls, outcome);
    if (ls.len == 0) {
        eval_error(vm, at, "The option `%s' was accessed but has no value defined. Try setting the option.", loc);
    }
    check_leaves(vm, loc, type, ls.data, ls.len, at);
    type_merge(vm, loc, type, ls.data, ls.len, out, at);
}

/* merged_value when apply forces its argument: as in NixOS, an apply that
 * ignores it (doRename's) forces nothing, not even a missing value. */
typedef struct LazyMerged {
    const char *loc;
    Value *type;
    const Def *defs;
    uint32_t n;
    const Def *def;
    bool read_only;
    Span at;
} LazyMerged;

static void lazy_merged(Vm *vm, void *data, Value *out, Span at) {
    LazyMerged *lm = data;
    (void)at;
    merged_value(vm, lm->loc, lm->type, lm->defs, lm->n, lm->def, lm->read_only, out, lm->at, NULL);
}

void merge_option(Vm *vm, const char *loc, Value *type, const Def *defs, uint32_t n, const Def *def, Value *apply,
                  bool read_only, Value *out, Span at, DefOutcome *outcome) {
    init_syms();
    if (!apply) {
        merged_value(vm, loc, type, defs, n, def, read_only, out, at, outcome);
        return;
    }
    Value *m;
    if (outcome) {   /* explain: every definition's fate now */
        m = val_new(vm);
        merged_value(vm, loc, type, defs, n, def, read_only, m, at, outcome);
    } else {
        LazyMerged *lm = ARENA_NEW(&vm->arena, LazyMerged);
        *lm = (LazyMerged){loc, type, defs, n, def, read_only, at};
        m = eval_native_thunk(vm, lazy_merged, lm);
    }
    eval_apply(vm, apply, m, out, at);
}
