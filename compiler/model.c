/* model.c: reading and checking the VM model (see model.h). */
#include "model.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "arena.h"
#include "kconfig.h"
#include "runtime.h"
#include "source.h"

const char *const model_base_modules[] = {RUNTIME_ROOT "/modules/nixos.cfg", RUNTIME_ROOT "/modules/vmc.cfg", NULL};
const char *const model_vm_modules[] = {RUNTIME_ROOT "/modules/qemu-vm.cfg", NULL};

typedef struct Reader {
    Vm *vm;
    EvalModules *em;
    Value *cfg;
} Reader;

#define NOWHERE span_make(0, 0, 0)

/* An error in option `option': the message, then where it is defined. */
static _Noreturn __attribute__((format(printf, 3, 4))) void model_error(Reader *r, const char *option, const char *fmt,
                                                                        ...) {
    va_list ap;
    va_start(ap, fmt);
    char msg[2048];
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    /* The headline points at the option's last definition (usually the
     * user's); notes show the others. */
    Span at[9];
    uint32_t n = option ? modules_definition_spans(r->em, option, at, 9) : 0;
    Diag *d = diag_new(n ? at[0] : NOWHERE, "%s", msg);
    for (uint32_t i = 1; i < n && i < 8; i++) diag_add_note(d, at[i], "`%s' is also defined here", option);
    if (n > 8) diag_add_note(d, NOWHERE, "and more definitions of `%s'", option);
    eval_raise(r->vm, d, false);
}

/* The value at dotted `path` below `v` (forced), or NULL when an attribute
 * on the way is missing. */
static Value *lookup(Reader *r, Value *v, const char *path) {
    const char *p = path;
    while (*p) {
        const char *e = strchr(p, '.');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        eval_force(r->vm, v, NOWHERE);
        if (v->tag != VAL_ATTRS) return NULL;
        Attr *a = attrs_find(v->u.attrs, sym_intern(p, len));
        if (!a) return NULL;
        v = a->value;
        p = e ? e + 1 : p + len;
    }
    eval_force(r->vm, v, NOWHERE);
    return v;
}

/* Option `path` of the configuration; vmc's own modules declare it. */
static Value *opt(Reader *r, const char *path) {
    Value *v = lookup(r, r->cfg, path);
    if (!v) model_error(r, NULL, "the configuration has no option `%s' (vmc's runtime modules should declare it)", path);
    return v;
}

/* A string (or path) value; NULL for null when `nullable`. */
static const char *as_str(Reader *r, Value *v, const char *option, bool nullable) {
    if (v->tag == VAL_NULL && nullable) return NULL;
    if (v->tag != VAL_STRING && v->tag != VAL_PATH)
        model_error(r, option, "option `%s' is not a string", option);
    if (strlen(v->u.str.s) != v->u.str.len)
        model_error(r, option, "option `%s' holds a NUL byte, which no argument or file can carry", option);
    return v->u.str.s;
}

static const char *opt_str(Reader *r, const char *path, bool nullable) {
    return as_str(r, opt(r, path), path, nullable);
}

static int64_t opt_int(Reader *r, const char *path) {
    Value *v = opt(r, path);
    if (v->tag != VAL_INT) model_error(r, path, "option `%s' is not an integer", path);
    return v->u.i;
}

static bool opt_bool(Reader *r, const char *path) {
    Value *v = opt(r, path);
    if (v->tag != VAL_BOOL) model_error(r, path, "option `%s' is not a Boolean", path);
    return v->u.b;
}

static Value *as_list(Reader *r, Value *v, const char *option) {
    if (v->tag != VAL_LIST) model_error(r, option, "option `%s' is not a list", option);
    return v;
}

static StrList as_strlist(Reader *r, Value *v, const char *option) {
    as_list(r, v, option);
    StrList l = {ARENA_ARRAY(&r->vm->arena, const char *, v->u.list.n + 1), 0};
    for (size_t i = 0; i < v->u.list.n; i++) {
        Value *x = v->u.list.items[i];
        eval_force(r->vm, x, NOWHERE);
        l.items[l.n++] = as_str(r, x, option, false);
    }
    return l;
}

static const char *field_str(Reader *r, Value *v, const char *name, const char *option, bool nullable) {
    Value *f = lookup(r, v, name);
    if (!f) {
        if (nullable) return NULL;
        model_error(r, option, "an entry of option `%s' has no `%s'", option, name);
    }
    return as_str(r, f, option, nullable);
}

static int cmp_kv(const void *a, const void *b) {
    return strcmp(((const KeyVal *)a)->key, ((const KeyVal *)b)->key);
}

/* An attribute set of strings (attrsOf str), sorted by key. */
static KeyVals as_keyvals(Reader *r, Value *v, const char *option, uint32_t extra) {
    KeyVals kv = {0};
    if (!v) return kv;
    if (v->tag != VAL_ATTRS) model_error(r, option, "option `%s' is not an attribute set", option);
    Attrs *a = v->u.attrs;
    kv.items = ARENA_ARRAY(&r->vm->arena, KeyVal, a->n + extra + 1);
    for (uint32_t i = 0; i < a->n; i++) {
        Value *x = a->a[i].value;
        eval_force(r->vm, x, NOWHERE);
        char num[32];
        const char *s;
        if (x->tag == VAL_INT) {
            snprintf(num, sizeof num, "%lld", (long long)x->u.i);
            s = arena_strndup(&r->vm->arena, num, strlen(num));
        } else {
            s = as_str(r, x, option, false);
        }
        const char *key = a->a[i].name->str;
        if (!*key || strpbrk(key, ",="))
            model_error(r, option, "option key '%s' of `%s' cannot be a QEMU option name (it must be non-empty, "
                        "without ',' or '=')", key, option);
        kv.items[kv.n++] = (KeyVal){key, s};
    }
    return kv;
}

/* Sets key to value (a NULL value is a run-time file), replacing. */
static void kv_set(KeyVals *kv, const char *key, const char *value) {
    for (uint32_t i = 0; i < kv->n; i++)
        if (strcmp(kv->items[i].key, key) == 0) {
            kv->items[i].value = value;
            return;
        }
    kv->items[kv->n++] = (KeyVal){key, value};
}

/* Splits a seed-style QEMU option ("-device virtio-keyboard") into
 * arguments at whitespace, as the seed's unquoted expansion did (but with
 * no other shell processing). */
static void split_into(Reader *r, StrList *out, const char *s) {
    const char *p = s;
    for (;;) {
        while (*p == ' ' || *p == '\t' || *p == '\n') p++;
        if (!*p) break;
        const char *e = p;
        while (*e && *e != ' ' && *e != '\t' && *e != '\n') e++;
        out->items[out->n++] = arena_strndup(&r->vm->arena, p, (size_t)(e - p));
        p = e;
    }
}

static StrList split_options(Reader *r, const char *path) {
    StrList l = as_strlist(r, opt(r, path), path);
    size_t words = 0;
    for (uint32_t i = 0; i < l.n; i++) words += strlen(l.items[i]) / 2 + 1;
    StrList out = {ARENA_ARRAY(&r->vm->arena, const char *, words + 1), 0};
    for (uint32_t i = 0; i < l.n; i++) split_into(r, &out, l.items[i]);
    return out;
}

/* The kernel command line: the parameters joined with single spaces, as
 * NixOS writes its kernel-params file (an element "quiet splash" is two
 * parameters there too, and dyndbg="file foo.c +p" reaches the kernel
 * as written).  Only a NUL byte could not be carried (as_str refuses it). */
static const char *kernel_cmdline(Reader *r, StrList params) {
    StrBuf b = {0};
    for (uint32_t i = 0; i < params.n; i++) {
        if (i) sb_puts(&b, " ");
        sb_puts(&b, params.items[i]);
    }
    const char *s = arena_strndup(&r->vm->arena, b.data ? b.data : "", b.len);
    free(b.data);
    return s;
}

static void check_file(Reader *r, const char *option, const char *path, const char *what) {
    if (path[0] != '/')
        model_error(r, option, "option `%s' = \"%s\": %s must be an absolute path", option, path, what);
    if (!source_probe(path))
        model_error(r, option, "option `%s' names %s '%s', which does not exist", option, what, path);
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
        model_error(r, option, "option `%s' names %s '%s', which is a directory", option, what, path);
}

/* fsBefore of the seed's nixos/lib/utils.nix (before NixOS 21.11 normalised
 * it and added `depends`): b needs a mounted first when b is a bind mount
 * of a's mount point, or b's mount point lies below a's. */
static bool fs_before(const ModelFs *a, const ModelFs *b) {
    if (b->device && strcmp(a->mount_point, b->device) == 0) return true;
    size_t n = strlen(a->mount_point);
    bool slash = n && a->mount_point[n - 1] == '/';
    /* hasPrefix "${a.mountPoint}/" b.mountPoint (no second '/' after one). */
    if (strncmp(a->mount_point, b->mount_point, n) != 0) return false;
    return slash || b->mount_point[n] == '/';
}

/* lib.toposort (lists.nix), on indices: the same order NixOS gives, the
 * original order kept where nothing constrains it.  Returns false on a
 * cycle. */
static bool toposort(const ModelFs *fs, uint32_t n, uint32_t *out) {
    uint32_t *list = malloc(sizeof(uint32_t) * (n + 1)), *visited = malloc(sizeof(uint32_t) * (n + 1)),
             *rest = malloc(sizeof(uint32_t) * (n + 1)), *tmp = malloc(sizeof(uint32_t) * (n + 1));
    uint32_t len = n, k = 0;
    for (uint32_t i = 0; i < n; i++) list[i] = i;
    bool ok = true;
    while (len >= 2) {
        /* listDfs true before list */
        uint32_t us = list[0], nv = 0, nr = 0;
        for (uint32_t i = 1; i < len; i++) rest[nr++] = list[i];
        for (;;) {
            bool cycle = false;
            for (uint32_t i = 0; i < nv; i++)
                if (fs_before(&fs[visited[i]], &fs[us])) cycle = true;
            if (cycle) {
                ok = false;
                goto done;
            }
            uint32_t nb = 0, nw = 0, first = UINT32_MAX;
            for (uint32_t i = 0; i < nr; i++) {
                if (fs_before(&fs[rest[i]], &fs[us])) {
                    if (first == UINT32_MAX) first = rest[i];
                    else tmp[nb++] = rest[i];
                } else {
                    tmp[n - ++nw] = rest[i];   /* wrong ones, from the end */
                }
            }
            if (first == UINT32_MAX) break;   /* us is minimal */
            /* visited = [us] ++ visited; rest = tail right ++ wrong */
            memmove(visited + 1, visited, sizeof(uint32_t) * nv);
            visited[0] = us;
            nv++;
            nr = 0;
            for (uint32_t i = 0; i < nb; i++) rest[nr++] = tmp[i];
            for (uint32_t i = 0; i < nw; i++) rest[nr++] = tmp[n - 1 - i];
            us = first;
        }
        out[k++] = us;
        /* toposort before (visited ++ rest) */
        len = 0;
        for (uint32_t i = 0; i < nv; i++) list[len++] = visited[i];
        for (uint32_t i = 0; i < nr; i++) list[len++] = rest[i];
    }
    for (uint32_t i = 0; i < len; i++) out[k++] = list[i];
done:
    free(list);
    free(visited);
    free(rest);
    free(tmp);
    return ok;
}

static void read_filesystems(Reader *r, VmModel *m) {
    Value *v = opt(r, "fileSystems");
    if (v->tag != VAL_ATTRS) model_error(r, "fileSystems", "option `fileSystems' is not an attribute set");
    Attrs *a = v->u.attrs;
    ModelFs *fs = ARENA_ARRAY(&r->vm->arena, ModelFs, a->n + 1);
    for (uint32_t i = 0; i < a->n; i++) {
        Value *x = a->a[i].value;
        eval_force(r->vm, x, NOWHERE);
        ModelFs *f = &fs[i];
        f->mount_point = field_str(r, x, "mountPoint", "fileSystems", false);
        f->device = field_str(r, x, "device", "fileSystems", true);
        f->label = field_str(r, x, "label", "fileSystems", true);
        f->fs_type = field_str(r, x, "fsType", "fileSystems", false);
        Value *o = lookup(r, x, "options");
        if (o) f->options = as_strlist(r, o, "fileSystems");
        Value *nb = lookup(r, x, "neededForBoot"), *nc = lookup(r, x, "noCheck");
        f->needed_for_boot = nb && nb->tag == VAL_BOOL && nb->u.b;
        f->no_check = nc && nc->tag == VAL_BOOL && nc->u.b;
        if (!f->device && !f->label)
            model_error(r, "fileSystems", "No device specified for mount point `%s'.", f->mount_point);
    }
    uint32_t *order = ARENA_ARRAY(&r->vm->arena, uint32_t, a->n + 1);
    m->fs = ARENA_ARRAY(&r->vm->arena, ModelFs, a->n + 1);
    m->nfs = a->n;
    if (!toposort(fs, a->n, order)) {
        /* NixOS asserts on this; keep the attribute order for the error. */
        model_error(r, "fileSystems", "the fileSystems option has a cycle: mount points depend on each other");
    }
    for (uint32_t i = 0; i < a->n; i++) m->fs[i] = fs[order[i]];
}

static void read_requirements(Reader *r, VmModel *m) {
    const char *o = "system.requiredKernelConfig";
    Value *l = as_list(r, opt(r, o), o);
    m->reqs = ARENA_ARRAY(&r->vm->arena, ModelReq, l->u.list.n + 1);
    Requirements rs = {0};
    ParseErrors errs = {0};
    for (size_t i = 0; i < l->u.list.n; i++) {
        Value *x = l->u.list.items[i];
        eval_force(r->vm, x, NOWHERE);
        if (x->tag != VAL_ATTRS) model_error(r, o, "an entry of `%s' is not an attribute set", o);
        const char *name = field_str(r, x, "name", o, true);
        const char *want = field_str(r, x, "want", o, true);
        if (!name || !want) {
            /* A NixOS-style entry: { assertion; message; configLine = "CONFIG_X=y"; } */
            const char *line = field_str(r, x, "configLine", o, true);
            const char *eq = line ? strchr(line, '=') : NULL;
            if (!eq) model_error(r, o, "an entry of `%s' has neither name and want nor a configLine CONFIG_X=VALUE", o);
            name = arena_strndup(&r->vm->arena, line, (size_t)(eq - line));
            want = eq + 1;
        }
        /* The rules of `vmc lint-kernel` (kconfig.c): a symbol name, and y|m,
         * y, m, n, a number or a quoted string; the same requirement twice
         * counts once (64 and 0x40 are the same), two different are an error. */
        uint32_t before = rs.n;
        if (!kconfig_require(&rs, name, strlen(name), want, strlen(want), NOWHERE, &errs)) {
            const char *msg = errs.items[errs.n - 1]->msg;
            model_error(r, o, "%s (in system.requiredKernelConfig)", msg);
        }
        if (rs.n == before) continue;
        char buf[512];
        snprintf(buf, sizeof buf, "%s%s", strncmp(name, "CONFIG_", 7) == 0 ? "" : "CONFIG_", name);
        m->reqs[m->nreqs++] = (ModelReq){arena_strndup(&r->vm->arena, buf, strlen(buf)), want};
    }
    kconfig_requirements_free(&rs);
    for (uint32_t i = 0; i < errs.n; i++) diag_free(errs.items[i]);
    free(errs.items);
}

static void read_drives(Reader *r, VmModel *m) {
    const char *o = "virtualisation.qemu.drives";
    Value *l = as_list(r, opt(r, o), o);
    m->ndrives = (uint32_t)l->u.list.n;
    m->drives = ARENA_ARRAY(&r->vm->arena, ModelDrive, m->ndrives + 1);
    bool scsi = strcmp(m->disk_interface, "scsi") == 0;
    for (uint32_t i = 0; i < m->ndrives; i++) {
        Value *x = l->u.list.items[i];
        eval_force(r->vm, x, NOWHERE);
        ModelDrive *d = &m->drives[i];
        d->name = field_str(r, x, "name", o, true);
        d->file = field_str(r, x, "file", o, true);
        d->kind = DRIVE_PATH;
        if (!d->file) {
            if (d->name && strcmp(d->name, "root") == 0) d->kind = DRIVE_DISK_IMAGE;
            else if (d->name && strcmp(d->name, "boot") == 0 && m->use_boot_loader) d->kind = DRIVE_BOOT_DISK;
            else
                model_error(r, o, "drive %u%s%s%s has no file (only the drives named root and boot take theirs "
                            "from the start script, boot only with virtualisation.useBootLoader)", i + 1, d->name ? " (" : "", d->name ? d->name : "",
                            d->name ? ")" : "");
        } else if (!*d->file) {
            model_error(r, o, "drive %u has an empty file name", i + 1);
        }
        for (uint32_t j = 0; j < i; j++)
            if (d->name && m->drives[j].name && strcmp(d->name, m->drives[j].name) == 0)
                model_error(r, o, "two drives are named '%s' (drives %u and %u); drive names must be unique", d->name,
                            j + 1, i + 1);
        /* driveExtraOpts // { index; id; if; file; }, as the seed does. */
        d->drive_opts = as_keyvals(r, lookup(r, x, "driveExtraOpts"), o, 4);
        char id[32], idx[16];
        snprintf(id, sizeof id, "drive%u", i + 1);
        snprintf(idx, sizeof idx, "%u", i + 1);
        kv_set(&d->drive_opts, "index", arena_strndup(&r->vm->arena, idx, strlen(idx)));
        kv_set(&d->drive_opts, "id", arena_strndup(&r->vm->arena, id, strlen(id)));
        kv_set(&d->drive_opts, "if", "none");
        kv_set(&d->drive_opts, "file", d->kind == DRIVE_PATH ? d->file : NULL);
        qsort(d->drive_opts.items, d->drive_opts.n, sizeof(KeyVal), cmp_kv);
        d->device_opts = as_keyvals(r, lookup(r, x, "deviceExtraOpts"), o, 1);
        kv_set(&d->device_opts, "drive", arena_strndup(&r->vm->arena, id, strlen(id)));
        qsort(d->device_opts.items, d->device_opts.n, sizeof(KeyVal), cmp_kv);
        char dev[32];
        if (i < 26) snprintf(dev, sizeof dev, "/dev/%sd%c", scsi ? "s" : "v", 'a' + i);
        else snprintf(dev, sizeof dev, "/dev/%sd%c%c", scsi ? "s" : "v", 'a' + i / 26 - 1, 'a' + i % 26);
        d->guest_dev = arena_strndup(&r->vm->arena, dev, strlen(dev));
    }
}

static void read_shares(Reader *r, VmModel *m) {
    const char *o = "virtualisation.sharedDirectories";
    Value *v = opt(r, o);
    if (v->tag != VAL_ATTRS) model_error(r, o, "option `%s' is not an attribute set", o);
    Attrs *a = v->u.attrs;
    m->shares = ARENA_ARRAY(&r->vm->arena, ModelShare, a->n + 1);
    /* The seed's order on QEMU's command line (and so of PCI slots):
     * store, xchg, shared; then the other shares by name. */
    static const char *const first[] = {"store", "xchg", "shared"};
    uint32_t *order = ARENA_ARRAY(&r->vm->arena, uint32_t, a->n + 1), no = 0;
    for (size_t f = 0; f < 3; f++)
        for (uint32_t i = 0; i < a->n; i++)
            if (strcmp(a->a[i].name->str, first[f]) == 0) order[no++] = i;
    for (uint32_t i = 0; i < a->n; i++) {
        const char *t = a->a[i].name->str;
        if (strcmp(t, "store") && strcmp(t, "xchg") && strcmp(t, "shared")) order[no++] = i;
    }
    for (uint32_t k = 0; k < a->n; k++) {
        uint32_t i = order[k];
        Value *x = a->a[i].value;
        eval_force(r->vm, x, NOWHERE);
        ModelShare *s = &m->shares[m->nshares++];
        s->tag = a->a[i].name->str;
        Value *t = lookup(r, x, "tag");
        if (t && t->tag == VAL_STRING) s->tag = t->u.str.s;
        s->source = field_str(r, x, "source", o, true);
        s->kind = SHARE_PATH;
        if (!s->source) {
            if (strcmp(s->tag, "xchg") == 0) s->kind = SHARE_XCHG;
            else if (strcmp(s->tag, "shared") == 0) s->kind = SHARE_SHARED;
            else model_error(r, o, "share '%s' has no source: set %s.%s.source to the host directory", s->tag, o, s->tag);
        }
        s->target = field_str(r, x, "target", o, false);
        if (s->target[0] != '/')
            model_error(r, o, "share '%s' is mounted at '%s', which is not an absolute path", s->tag, s->target);
        s->security_model = field_str(r, x, "securityModel", o, true);
        if (!s->security_model) s->security_model = "none";
        Value *opts = lookup(r, x, "options");
        if (opts) s->options = as_strlist(r, opts, o);
        if (!*s->tag || strchr(s->tag, ',') || strlen(s->tag) > 31)
            model_error(r, o, "share tag '%s' cannot be a 9p mount tag (it must be 1 to 31 bytes, without commas)",
                        s->tag);
    }
}

/* NixOS's top-level.nix, before anything is built: the messages of the
 * failed `assertions' make the error; each of `warnings' is printed as
 * lib.warn prints it. */
/* What is wrong with an element of `assertions' (evaluated), or NULL. */
static const char *assertion_problem(Value *a) {
    if (a->tag != VAL_ATTRS) return "is not an attribute set";
    Attr *ok = attrs_find(a->u.attrs, sym_cstr("assertion"));
    if (!ok || ok->value->tag != VAL_BOOL) return "has no Boolean `assertion'";
    if (ok->value->u.b) return NULL;
    Attr *msg = attrs_find(a->u.attrs, sym_cstr("message"));
    if (!msg || msg->value->tag != VAL_STRING) return "that fails has no string `message'";
    return NULL;
}

/* Whether a definition's element (evaluated or not) is surely malformed:
 * fields not evaluated yet count as fine. */
static bool bad_assertion_elem(Vm *vm, Value *a) {
    (void)vm;
    if (a->tag != VAL_ATTRS) return true;
    Attr *ok = attrs_find(a->u.attrs, sym_cstr("assertion"));
    if (!ok) return true;
    if (ok->value->tag >= VAL_THUNK) return false;
    if (ok->value->tag != VAL_BOOL) return true;
    if (ok->value->u.b) return false;
    Attr *msg = attrs_find(a->u.attrs, sym_cstr("message"));
    return !msg || (msg->value->tag < VAL_THUNK && msg->value->tag != VAL_STRING);
}

/* A malformed element of `assertions': at the definition holding it when
 * that is known, else at the option's definitions. */
static _Noreturn void bad_assertion(Reader *r, const char *what) {
    const char *fmt = "an element of `assertions' %s; each is { assertion = BOOL; message = STRING; }";
    Span where = modules_element_span(r->em, "assertions", bad_assertion_elem);
    if (!where.file) model_error(r, "assertions", fmt, what);
    Diag *d = diag_new(where, fmt, what);
    eval_raise(r->vm, d, false);
}

static void check_assertions(Reader *r) {
    Value *as = as_list(r, opt(r, "assertions"), "assertions");
    /* The failed ones' messages, all read before any is reported. */
    const char **failed = ARENA_ARRAY(&r->vm->arena, const char *, as->u.list.n + 1);
    uint32_t nfailed = 0;
    for (size_t i = 0; i < as->u.list.n; i++) {
        Value *a = as->u.list.items[i];
        eval_force(r->vm, a, NOWHERE);
        if (a->tag == VAL_ATTRS) {   /* the fields the check reads, evaluated */
            Attr *f = attrs_find(a->u.attrs, sym_cstr("assertion"));
            if (f) eval_force(r->vm, f->value, NOWHERE);
            if (f && f->value->tag == VAL_BOOL && !f->value->u.b) {
                Attr *g = attrs_find(a->u.attrs, sym_cstr("message"));
                if (g) eval_force(r->vm, g->value, NOWHERE);
            }
        }
        const char *problem = assertion_problem(a);
        if (problem) bad_assertion(r, problem);
        Attr *ok = attrs_find(a->u.attrs, sym_cstr("assertion"));
        if (ok->value->u.b) continue;
        Value *msg = attrs_find(a->u.attrs, sym_cstr("message"))->value;
        failed[nfailed++] = msg->u.str.s;
    }
    if (nfailed) {
        StrBuf b = {0};
        for (uint32_t i = 0; i < nfailed; i++) {
            size_t len = strlen(failed[i]);
            while (len && failed[i][len - 1] == '\n') len--;   /* mkRemovedOptionModule's end with one */
            sb_printf(&b, "\n- %.*s", (int)len, failed[i]);
        }
        Diag *d = diag_new(NOWHERE, "Failed assertions:%s", b.data);
        free(b.data);
        eval_raise(r->vm, d, false);
    }
    StrList ws = as_strlist(r, opt(r, "warnings"), "warnings");
    for (uint32_t i = 0; i < ws.n; i++) fprintf(stderr, "trace: warning: %s\n", ws.items[i]);
}

void model_read(Vm *vm, Value *config, EvalModules *em, VmModel *m) {
    Reader rd = {vm, em, config}, *r = &rd;
    memset(m, 0, sizeof *m);
    check_assertions(r);
    m->name = opt_str(r, "system.name", false);
    if (strlen(m->name) > 200)
        model_error(r, "system.name", "system.name is %zu bytes long; the start script's file name allows 200",
                    strlen(m->name));
    if (!*m->name || strchr(m->name, '/') || strchr(m->name, '\n') || strcmp(m->name, ".") == 0 ||
        strcmp(m->name, "..") == 0)
        model_error(r, "system.name",
                    "system.name = \"%s\" cannot name the start script bin/run-NAME-vm (it must be non-empty, "
                    "without '/' or a newline)", m->name);
    m->system = opt_str(r, "nixpkgs.system", false);
    m->qemu = opt_str(r, "virtualisation.qemu.package", false);
    if (!*m->qemu) model_error(r, "virtualisation.qemu.package", "virtualisation.qemu.package is empty");
    if (m->qemu[0] != '/' && strchr(m->qemu, '/'))
        model_error(r, "virtualisation.qemu.package",
                    "virtualisation.qemu.package = \"%s\" is a relative path, which breaks once the start script "
                    "changes to its temporary directory; give an absolute path or a command name found in PATH",
                    m->qemu);
    const char *slash = strrchr(m->qemu, '/');
    if (slash) {
        char buf[4096];
        snprintf(buf, sizeof buf, "%.*s/qemu-img", (int)(slash - m->qemu), m->qemu);
        m->qemu_img = arena_strndup(&vm->arena, buf, strlen(buf));
    } else {
        m->qemu_img = "qemu-img";
    }
    m->qemu_args = as_strlist(r, opt(r, "virtualisation.qemu.binaryArgs"), "virtualisation.qemu.binaryArgs");
    m->memory_mib = opt_int(r, "virtualisation.memorySize");
    m->cores = opt_int(r, "virtualisation.cores");
    if (m->memory_mib <= 0) model_error(r, "virtualisation.memorySize", "virtualisation.memorySize must be positive");
    if (m->cores <= 0) model_error(r, "virtualisation.cores", "virtualisation.cores must be positive");
    m->use_boot_loader = opt_bool(r, "virtualisation.useBootLoader");
    m->use_efi = opt_bool(r, "virtualisation.useEFIBoot");
    m->graphics = opt_bool(r, "virtualisation.graphics");
    m->consoles = as_strlist(r, opt(r, "virtualisation.qemu.consoles"), "virtualisation.qemu.consoles");
    m->kernel = opt_str(r, "boot.kernelImage", true);
    m->initrd = opt_str(r, "boot.initrdImage", true);
    StrList params = as_strlist(r, opt(r, "system.build.kernelParams"), "boot.kernelParams");
    m->cmdline = kernel_cmdline(r, params);
    if (!m->use_boot_loader) {
        if (!m->kernel)
            model_error(r, "boot.kernelImage",
                        "no kernel to boot: set boot.kernelImage to the kernel image (a bzImage or an uncompressed "
                        "vmlinux), or virtualisation.useBootLoader = true to boot from the boot disk");
        check_file(r, "boot.kernelImage", m->kernel, "the kernel image");
        if (m->initrd) check_file(r, "boot.initrdImage", m->initrd, "the initrd");
    } else {
        Value *bd = lookup(r, r->cfg, "virtualisation.bootDiskImage");
        m->boot_disk_image = bd ? as_str(r, bd, "virtualisation.bootDiskImage", true) : NULL;
        if (!m->boot_disk_image)
            model_error(r, "virtualisation.useBootLoader",
                        "virtualisation.useBootLoader needs a boot disk: NixOS builds one with GRUB in the Nix store, "
                        "vmc cannot; set virtualisation.bootDiskImage to a prepared disk image");
        check_file(r, "virtualisation.bootDiskImage", m->boot_disk_image, "the boot disk image");
    }
    if (m->use_efi) {
        m->efi_firmware = opt_str(r, "virtualisation.efi.firmware", false);
        m->efi_vars_template = opt_str(r, "virtualisation.efi.variables", false);
        m->efi_vars = opt_str(r, "virtualisation.efiVars", false);
        check_file(r, "virtualisation.efi.firmware", m->efi_firmware, "the EFI firmware");
        check_file(r, "virtualisation.efi.variables", m->efi_vars_template, "the EFI variables template");
    }
    m->bios = opt_str(r, "virtualisation.bios", true);
    m->disk_image = opt_str(r, "virtualisation.diskImage", false);
    m->disk_size_mib = opt_int(r, "virtualisation.diskSize");
    if (m->disk_size_mib <= 0) model_error(r, "virtualisation.diskSize", "virtualisation.diskSize must be positive (MiB)");
    Value *ed = as_list(r, opt(r, "virtualisation.emptyDiskImages"), "virtualisation.emptyDiskImages");
    m->empty_disks = ARENA_ARRAY(&vm->arena, int64_t, ed->u.list.n + 1);
    for (size_t i = 0; i < ed->u.list.n; i++) {
        Value *x = ed->u.list.items[i];
        eval_force(vm, x, NOWHERE);
        if (x->tag != VAL_INT || x->u.i <= 0)
            model_error(r, "virtualisation.emptyDiskImages", "virtualisation.emptyDiskImages holds a size that is not a positive integer");
        m->empty_disks[m->nempty++] = x->u.i;
    }
    m->disk_interface = opt_str(r, "virtualisation.qemu.diskInterface", false);
    if (strcmp(m->disk_interface, "virtio") != 0 && strcmp(m->disk_interface, "scsi") != 0)
        model_error(r, "virtualisation.qemu.diskInterface",
                    "virtualisation.qemu.diskInterface = \"%s\": the start script can attach drives as virtio "
                    "(virtio-blk-pci) or scsi (lsi53c895a with scsi-hd) only; the seed silently attached \"%s\" "
                    "drives as virtio-blk-pci, so the guest saw /dev/vdX where /dev/sdX was configured",
                    m->disk_interface, m->disk_interface);
    read_drives(r, m);
    read_shares(r, m);
    m->networking = split_options(r, "virtualisation.qemu.networkingOptions");
    m->options = split_options(r, "virtualisation.qemu.options");
    read_filesystems(r, m);
    Value *sw = as_list(r, opt(r, "swapDevices"), "swapDevices");
    m->swap = ARENA_ARRAY(&vm->arena, ModelSwap, sw->u.list.n + 1);
    for (size_t i = 0; i < sw->u.list.n; i++) {
        Value *x = sw->u.list.items[i];
        eval_force(vm, x, NOWHERE);
        ModelSwap *s = &m->swap[m->nswap++];
        s->device = field_str(r, x, "device", "swapDevices", false);
        Value *p = lookup(r, x, "priority");
        if (p && p->tag == VAL_INT) {
            s->has_priority = true;
            s->priority = p->u.i;
        }
    }
    read_requirements(r, m);
    m->kernel_config = opt_str(r, "virtualisation.kernelConfig", true);
    if (m->kernel_config) check_file(r, "virtualisation.kernelConfig", m->kernel_config, "the kernel config");
}

/* ---- JSON ---------------------------------------------------------------- */

static void j_str(StrBuf *b, const char *s) {
    if (!s) sb_puts(b, "null");
    else print_json_string(b, s, strlen(s));
}

static void j_list(StrBuf *b, StrList l) {
    sb_puts(b, "[");
    for (uint32_t i = 0; i < l.n; i++) {
        if (i) sb_puts(b, ", ");
        j_str(b, l.items[i]);
    }
    sb_puts(b, "]");
}

static void j_kv(StrBuf *b, KeyVals kv, const char *runtime) {
    sb_puts(b, "{");
    for (uint32_t i = 0; i < kv.n; i++) {
        sb_puts(b, i ? ", " : "");
        j_str(b, kv.items[i].key);
        sb_puts(b, ": ");
        if (kv.items[i].value) j_str(b, kv.items[i].value);
        else sb_printf(b, "{\"runtime\": \"%s\"}", runtime);
    }
    sb_puts(b, "}");
}

/* `SEP"KEY": ` then a string, a list or a literal. */
static void j_key(StrBuf *b, const char *sep, const char *key) {
    sb_printf(b, "%s\"%s\": ", sep, key);
}

static void j_sfield(StrBuf *b, const char *sep, const char *key, const char *v) {
    j_key(b, sep, key);
    j_str(b, v);
}

static void j_lfield(StrBuf *b, const char *sep, const char *key, StrList l) {
    j_key(b, sep, key);
    j_list(b, l);
}

/* The separator before element i of an array written one per line. */
static const char *j_item(uint32_t i) {
    return i ? ",\n    {" : "\n    {";
}

/* Closes an array written one per line (or `[]`). */
static void j_end(StrBuf *b, uint32_t n) {
    sb_puts(b, n ? "\n  ]" : "]");
}

void model_json(const VmModel *m, StrBuf *b) {
    j_sfield(b, "{\n  ", "name", m->name);
    j_sfield(b, ",\n  ", "system", m->system);
    j_sfield(b, ",\n  \"qemu\": {", "binary", m->qemu);
    j_sfield(b, ", ", "img", m->qemu_img);
    j_lfield(b, ", ", "args", m->qemu_args);
    sb_printf(b, "},\n  \"memorySize\": %lld,\n  \"cores\": %lld", (long long)m->memory_mib, (long long)m->cores);
    j_sfield(b, ",\n  ", "kernel", m->kernel);
    j_sfield(b, ",\n  ", "initrd", m->initrd);
    j_sfield(b, ",\n  ", "kernelParams", m->cmdline);
    sb_printf(b, ",\n  \"useBootLoader\": %s", m->use_boot_loader ? "true" : "false");
    j_sfield(b, ",\n  ", "bootDiskImage", m->boot_disk_image);
    sb_puts(b, ",\n  \"firmware\": {\"efi\": ");
    if (m->use_efi) {
        j_sfield(b, "{", "code", m->efi_firmware);
        j_sfield(b, ", ", "variablesTemplate", m->efi_vars_template);
        j_sfield(b, ", ", "variables", m->efi_vars);
        sb_puts(b, "}");
    } else {
        sb_puts(b, "null");
    }
    j_sfield(b, ", ", "bios", m->bios);
    j_sfield(b, "},\n  ", "diskImage", m->disk_image);
    sb_printf(b, ",\n  \"diskSize\": %lld,\n  \"emptyDisks\": [", (long long)m->disk_size_mib);
    for (uint32_t i = 0; i < m->nempty; i++) sb_printf(b, "%s%lld", i ? ", " : "", (long long)m->empty_disks[i]);
    j_sfield(b, "],\n  ", "diskInterface", m->disk_interface);
    sb_puts(b, ",\n  \"drives\": [");
    for (uint32_t i = 0; i < m->ndrives; i++) {
        const ModelDrive *d = &m->drives[i];
        j_sfield(b, j_item(i), "name", d->name);
        j_sfield(b, ", ", "guestDevice", d->guest_dev);
        j_key(b, ", ", "drive");
        j_kv(b, d->drive_opts, d->kind == DRIVE_DISK_IMAGE ? "disk image" : "boot disk");
        j_key(b, ", ", "device");
        j_kv(b, d->device_opts, "");
        sb_puts(b, "}");
    }
    j_end(b, m->ndrives);
    sb_puts(b, ",\n  \"shares\": [");
    for (uint32_t i = 0; i < m->nshares; i++) {
        const ModelShare *s = &m->shares[i];
        j_sfield(b, j_item(i), "tag", s->tag);
        if (s->kind == SHARE_PATH) j_sfield(b, ", ", "source", s->source);
        else sb_printf(b, ", \"source\": {\"runtime\": \"%s\"}", s->kind == SHARE_XCHG ? "xchg" : "shared");
        j_sfield(b, ", ", "target", s->target);
        j_sfield(b, ", ", "securityModel", s->security_model);
        j_lfield(b, ", ", "options", s->options);
        sb_puts(b, "}");
    }
    j_end(b, m->nshares);
    j_lfield(b, ",\n  ", "network", m->networking);
    j_lfield(b, ",\n  ", "consoles", m->consoles);
    sb_printf(b, ",\n  \"graphics\": %s", m->graphics ? "true" : "false");
    j_lfield(b, ",\n  ", "extraOptions", m->options);
    sb_puts(b, ",\n  \"fileSystems\": [");
    for (uint32_t i = 0; i < m->nfs; i++) {
        const ModelFs *f = &m->fs[i];
        j_sfield(b, j_item(i), "mountPoint", f->mount_point);
        j_sfield(b, ", ", "device", f->device);
        j_sfield(b, ", ", "label", f->label);
        j_sfield(b, ", ", "fsType", f->fs_type);
        j_lfield(b, ", ", "options", f->options);
        sb_printf(b, ", \"neededForBoot\": %s, \"noCheck\": %s}", f->needed_for_boot ? "true" : "false",
                  f->no_check ? "true" : "false");
    }
    j_end(b, m->nfs);
    sb_puts(b, ",\n  \"swapDevices\": [");
    for (uint32_t i = 0; i < m->nswap; i++) {
        j_sfield(b, i ? ", {" : "{", "device", m->swap[i].device);
        if (m->swap[i].has_priority) sb_printf(b, ", \"priority\": %lld}", (long long)m->swap[i].priority);
        else sb_puts(b, ", \"priority\": null}");
    }
    sb_puts(b, "],\n  \"kernelRequirements\": [");
    for (uint32_t i = 0; i < m->nreqs; i++) {
        j_sfield(b, j_item(i), "name", m->reqs[i].name);
        j_sfield(b, ", ", "want", m->reqs[i].want);
        sb_puts(b, "}");
    }
    j_end(b, m->nreqs);
    j_sfield(b, ",\n  ", "kernelConfig", m->kernel_config);
    sb_puts(b, "\n}\n");
}
