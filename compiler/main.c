/*
 * main.c: the command line.  Parses arguments, runs the requested stage on
 * a thread with a large stack (so the evaluator's depth limit, not the C
 * stack, bounds recursion), and prints results or diagnostics.  Exit status:
 * 0 success, 1 an error in the input, 2 a usage error.
 */
#include <ctype.h>
#include <errno.h>
#include <malloc.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "cache.h"
#include "codegen.h"
#include "eval.h"
#include "model.h"
#include "lint.h"
#include "modules.h"
#include "runtime.h"
#include "source.h"
#include "store.h"

#define EVAL_STACK_SIZE ((size_t)1 << 30)

static const char usage_text[] =
    "usage: vmc <command> [options] [arguments]\n"
    "\n"
    "Commands:\n"
    "  eval [--json] FILE       evaluate FILE and print the value\n"
    "  eval [--json] -E EXPR    evaluate the expression EXPR\n"
    "  config [--json] [--vm] [-A PATH] FILE...\n"
    "                           evaluate the modules FILE... (NixOS module system)\n"
    "                           and print the config, or the value at PATH\n"
    "  explain [--vm] --option NAME FILE...\n"
    "                           show option NAME: its type, default, description,\n"
    "                           every definition, its priority, and which won\n"
    "  model [--json] FILE...   evaluate the VM configuration FILE... with vmc's\n"
    "                           qemu-vm modules and print the VM model\n"
    "  build [-o LINK] [--store DIR] FILE...\n"
    "                           build the VM: write bin/run-NAME-vm, fstab,\n"
    "                           kernel-params, kernel-requirements and model.json\n"
    "                           into the store, link them from LINK (default\n"
    "                           ./result) and print the result's path\n"
    "  lint-kernel [--for VM.cfg | --requirements FILE] [KCONFIG]\n"
    "                           check a kernel config (default: the running\n"
    "                           kernel's) against a VM's kernel requirements\n"
    "\n"
    "Options:\n"
    "  --json                   print the value as JSON\n"
    "  --vm                     config, explain: include vmc's VM modules (as build does)\n"
    "  -o LINK                  build: the link to the result (default: result)\n"
    "  --no-link                build: make no link, only print the result's path\n"
    "  --store DIR              build: the store (default: $VMC_STORE_DIR, else\n"
    "                           $XDG_DATA_HOME/vmc/store, else ~/.local/share/vmc/store)\n"
    "  --stats                  print evaluation statistics to stderr\n"
    "  -h, --help               show this help\n"
    "  --version                show the version\n"
    "\n"
    "The value is printed fully evaluated.  Exit status: 0 on success, 1 on an\n"
    "error in the input, 2 on a usage error.\n";

static int usage_error(const char *fmt, const char *arg) { return diag_usage_error("vmc", fmt, arg); }

typedef struct EvalJob {
    const char *file;      /* FILE, or NULL with expr */
    const char *expr;      /* -E EXPR */
    bool json;             /* --json */
    StrBuf out;            /* the printed value */
} EvalJob;

static void run_eval(Vm *vm, void *arg) {
    EvalJob *job = arg;
    Value *v;
    if (job->expr) {
        v = eval_string(vm, "<expr>", path_cwd(), job->expr, strlen(job->expr));
    } else {
        char *abs = path_resolve(path_cwd(), job->file, strlen(job->file));
        v = eval_file(vm, abs, span_make(0, 0, 0));
    }
    if (job->json) print_json(vm, &job->out, v, span_make(0, 0, 0));
    else print_value(vm, &job->out, v, span_make(0, 0, 0));
}

typedef struct Thread {
    int argc;
    char **argv;
    int status;
} Thread;

/* Prints the error, and frees it. */
static void print_error(EvalError *err) {
    for (uint32_t i = 0; i < err->nextra; i++) {
        diag_print(stderr, err->extra[i]);
        diag_free(err->extra[i]);
    }
    free(err->extra);
    if (err->diag) diag_print(stderr, err->diag);
    diag_free(err->diag);
}

static int cmd_eval(int argc, char **argv) {
    EvalJob job = {0};
    bool stats = false;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--json") == 0) job.json = true;
        else if (strcmp(a, "--stats") == 0) stats = true;
        else if (strcmp(a, "-E") == 0 || strcmp(a, "--expr") == 0) {
            if (i + 1 >= argc) return usage_error("option '%s' needs an expression", a);
            if (job.expr || job.file) return usage_error("%s", "eval takes one FILE or one -E EXPR");
            job.expr = argv[++i];
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage_text, stdout);
            return 0;
        } else if (a[0] == '-' && a[1]) {
            return usage_error("unknown option '%s'", a);
        } else {
            if (job.expr || job.file) return usage_error("%s", "eval takes one FILE or one -E EXPR");
            job.file = a;
        }
    }
    if (!job.expr && !job.file) return usage_error("%s", "eval needs a FILE or -E EXPR");
    /* Static, so that everything the run allocated stays reachable until
     * exit (arenas are never freed one object at a time). */
    static Vm vm;
    vm_init(&vm);
    EvalError err;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    bool ok = eval_try(&vm, run_eval, &job, &err);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    if (stats) {
        ParseStats *ps = parse_stats();
        fprintf(stderr,
                "stats: total %.6f s, tree-sitter %.6f s, lowering %.6f s, %llu source bytes, "
                "%llu thunks, %llu calls, %zu bytes of values\n",
                (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9, ps->ts_seconds,
                ps->lower_seconds, (unsigned long long)ps->bytes, (unsigned long long)vm.nthunks,
                (unsigned long long)vm.ncalls, vm.arena.total);
    }
    if (!ok) {
        print_error(&err);
        free(job.out.data);
        return 1;
    }
    fwrite(job.out.data, 1, job.out.len, stdout);
    fputc('\n', stdout);
    free(job.out.data);
    if (fflush(stdout) != 0) {
        fprintf(stderr, "vmc: error: cannot write the output: %s\n", strerror(errno));
        return 1;
    }
    return 0;
}

typedef enum JobKind { JOB_CONFIG, JOB_EXPLAIN, JOB_MODEL, JOB_BUILD } JobKind;

typedef struct ConfigJob {
    JobKind kind;
    bool vm_modules;       /* with vmc's runtime VM modules */
    const char **files;    /* FILE... */
    int nfiles;            /* count */
    const char *attr;      /* -A PATH, or NULL */
    const char *option;    /* explain --option NAME, or NULL */
    bool json;             /* --json */
    bool stats;            /* --stats */
    StrBuf out;            /* what to print */
    StrBuf script, fstab, params, reqs;  /* build: the outputs */
    const char *name;      /* build: system.name */
    VmModel model;         /* model, build: the model */
} ConfigJob;

/* The module list: vmc's base modules, the user's files, vmc's VM modules. */
static uint32_t module_list(ConfigJob *job, const char **out) {
    uint32_t n = 0;
    if (job->vm_modules)
        for (const char *const *p = model_base_modules; *p; p++) out[n++] = *p;
    for (int i = 0; i < job->nfiles; i++) out[n++] = job->files[i];
    if (job->vm_modules)
        for (const char *const *p = model_vm_modules; *p; p++) out[n++] = *p;
    return n;
}

static void run_config(Vm *vm, void *arg) {
    ConfigJob *job = arg;
    const char **files = arena_alloc(&vm->arena, sizeof(char *) * ((size_t)job->nfiles + 8), _Alignof(char *));
    uint32_t nfiles = module_list(job, files);
    /* Read every module named up front and have a second thread parse them
     * while this one lowers and evaluates. */
    const Source **srcs = arena_alloc(&vm->arena, sizeof(Source *) * nfiles, _Alignof(Source *));
    uint32_t ns = 0;
    double t0 = stats_now();
    char **want = vmc_xrealloc(NULL, sizeof(char *) * (nfiles ? nfiles : 1));
    uint32_t nw = 0;
    SymMap listed = {0};
    /* Each file's absolute path, resolved and interned once. */
    Str *absv = arena_alloc(&vm->arena, sizeof(Str) * (nfiles ? nfiles : 1), _Alignof(Str));
    Sym *keys = arena_alloc(&vm->arena, sizeof(Sym) * (nfiles ? nfiles : 1), _Alignof(Sym));
    for (uint32_t i = 0; i < nfiles; i++) {
        char *abs = path_resolve(path_cwd(), files[i], strlen(files[i]));
        absv[i].len = strlen(abs);
        absv[i].ptr = arena_strndup(&vm->arena, abs, absv[i].len);
        Sym key = keys[i] = sym_intern(abs, absv[i].len);
        if (!source_find_sym(key) && !runtime_find(abs) && !symmap_get(&listed, key)) {
            symmap_put(&listed, key, abs);
            want[nw++] = abs;
        } else {
            free(abs);
        }
    }
    symmap_free(&listed);
    const char **texts = vmc_xrealloc(NULL, sizeof(char *) * (nw ? nw : 1));
    size_t *lens = vmc_xrealloc(NULL, sizeof(size_t) * (nw ? nw : 1));
    int *errs = vmc_xrealloc(NULL, sizeof(int) * (nw ? nw : 1));
    uint32_t **lines = vmc_xrealloc(NULL, sizeof(uint32_t *) * (nw ? nw : 1));
    uint32_t *nlines = vmc_xrealloc(NULL, sizeof(uint32_t) * (nw ? nw : 1));
    source_read_many((const char *const *)want, nw, texts, lens, errs, lines, nlines);
    for (uint32_t i = 0; i < nw; i++) {
        if (texts[i]) {
            /* The source keeps the path. */
            Source *src = source_add(want[i], path_resolve(want[i], "..", 2), texts[i], lens[i]);
            source_set_lines(src, lines[i], nlines[i]);
            /* Files an earlier run parsed come from the cache: only the
             * others need tree-sitter. */
            if (!cache_enabled() || !cache_has(cache_source_key(src))) srcs[ns++] = src;
        } else {
            free(want[i]);   /* reported when the module is loaded */
        }
    }
    free(want);
    free(texts);
    free(lens);
    free(errs);
    free(lines);
    free(nlines);
    parse_stats()->read_seconds += stats_now() - t0;
    parse_prefetch(srcs, ns);
    Value **mods = arena_alloc(&vm->arena, sizeof(Value *) * nfiles, _Alignof(Value *));
    Def *where = arena_alloc(&vm->arena, sizeof(Def) * nfiles, _Alignof(Def));
    for (uint32_t i = 0; i < nfiles; i++) {
        const char *abs = absv[i].ptr;
        if (!source_find_sym(keys[i]) && !source_probe(abs))
            eval_error(vm, span_make(0, 0, 0), "cannot read '%s': No such file or directory", files[i]);
        Value *p = val_new(vm);
        p->tag = VAL_PATH;
        p->u.str.s = abs;
        p->u.str.len = absv[i].len;
        mods[i] = p;
        where[i].v = p;
        where[i].file = p->u.str.s;
        where[i].pos = span_make(0, 0, 0);
        where[i].wrap = NULL;
    }
    /* With vmc's own modules, modules get `modulesPath' as NixOS's do: the
     * directory of those modules, for imports and disabledModules. */
    Value *special = NULL;
    if (job->vm_modules) {
        Value *mp = val_new(vm);
        mp->tag = VAL_PATH;
        mp->u.str.s = RUNTIME_ROOT "/modules";
        mp->u.str.len = strlen(mp->u.str.s);
        Attrs *sa = attrs_new(vm, 1);
        sa->a[0].name = sym_cstr("modulesPath");
        sa->a[0].value = mp;
        sa->a[0].pos = span_make(0, 0, 0);
        special = val_attrs(vm, sa);
    }
    EvalModules *em = NULL;
    Value *cfg = modules_eval(vm, modules_lib(vm), mods, where, NULL, nfiles, special, NULL, "", span_make(0, 0, 0), &em);
    /* Every module is loaded (an import found later maps the cache again). */
    cache_release();
    if (job->kind == JOB_MODEL || job->kind == JOB_BUILD) {
        VmModel m;
        model_read(vm, cfg, em, &m);
        job->model = m;
        if (job->kind == JOB_MODEL) {
            model_json(&m, &job->out);
            return;
        }
        job->name = m.name;
        model_json(&m, &job->out);
        codegen_script(&m, &job->script);
        codegen_fstab(&m, &job->fstab);
        codegen_kernel_params(&m, &job->params);
        codegen_requirements(&m, &job->reqs);
        return;
    }
    if (job->option) {
        modules_explain(vm, em, job->option, &job->out, span_make(0, 0, 0));
        return;
    }
    Value *v = cfg;
    if (job->attr && *job->attr) {
        const char *p = job->attr;
        while (*p) {
            const char *e = strchr(p, '.');
            size_t len = e ? (size_t)(e - p) : strlen(p);
            Attrs *a = eval_attrs(vm, v, span_make(0, 0, 0), "the config");
            Attr *x = attrs_find(a, sym_intern(p, len));
            if (!x) eval_error(vm, span_make(0, 0, 0), "the config has no attribute '%.*s' (in -A %s)", (int)len, p, job->attr);
            v = x->value;
            p = e ? e + 1 : p + len;
        }
    }
    modules_print(vm, &job->out, v, job->json, span_make(0, 0, 0));
}

/* Adds a model's requirements to `rs` (errors point at nothing: the
 * requirements come from options, which the model already checked). */
static void add_requirements(const VmModel *m, Requirements *rs, ParseErrors *errs) {
    for (uint32_t i = 0; i < m->nreqs; i++)
        kconfig_require(rs, m->reqs[i].name, strlen(m->reqs[i].name), m->reqs[i].want, strlen(m->reqs[i].want),
                        span_make(0, 0, 0), errs);
}

/* `vmc lint-kernel --for FILE`: the requirements of the VM FILE. */
static bool vm_requirements(const char *file, Requirements *rs, ParseErrors *errs) {
    ConfigJob job = {0};
    job.kind = JOB_MODEL;
    job.vm_modules = true;
    job.files = &file;
    job.nfiles = 1;
    static Vm vm;
    vm_init(&vm);
    EvalError err;
    bool ok = eval_try(&vm, run_config, &job, &err);
    parse_prefetch_finish();
    free(job.out.data);
    if (!ok) {
        print_error(&err);
        return false;
    }
    add_requirements(&job.model, rs, errs);
    return true;
}

/* `vmc build` of a configuration that names its kernel's config checks the
 * requirements first; the report goes to stderr.  Returns whether they hold. */
static bool build_lint(const VmModel *m) {
    if (!m->kernel_config) return true;
    ParseErrors errs = {0};
    Requirements rs = {0};
    add_requirements(m, &rs, &errs);
    KConfig *kc = kconfig_load(m->kernel_config, &errs);
    bool ok = errs.n == 0 && kc;
    for (uint32_t i = 0; i < errs.n; i++) {
        diag_print(stderr, errs.items[i]);
        diag_free(errs.items[i]);
    }
    free(errs.items);
    if (ok) {
        /* Quiet when the kernel has everything; the whole report otherwise. */
        const char *nc = getenv("NO_COLOR");
        LintOptions opt = {KFORMAT_TEXT, isatty(STDERR_FILENO) && !(nc && *nc)};
        char *report = NULL;
        size_t len = 0;
        FILE *mem = open_memstream(&report, &len);
        if (!mem || kconfig_lint(rs.items, rs.n, kc, opt, mem) > 0) {
            if (mem) fclose(mem);
            fprintf(stderr, "vmc: checking the kernel config %s (virtualisation.kernelConfig)\n",
                    source_display_path(m->kernel_config));
            if (report) fwrite(report, 1, len, stderr);
            fprintf(stderr, "vmc: error: the kernel lacks what the VM needs; nothing was built\n");
            ok = false;
        } else {
            fclose(mem);
        }
        free(report);
    } else {
        fprintf(stderr, "vmc: error: cannot check the kernel config named by virtualisation.kernelConfig; nothing was built\n");
    }
    kconfig_free(kc);
    kconfig_requirements_free(&rs);
    return ok;
}

/* Stores a build's outputs and links the result; prints its path. */
static int finish_build(ConfigJob *job, const char *link, const char *store) {
    if (!build_lint(&job->model)) {
        free(job->out.data);
        free(job->script.data);
        free(job->fstab.data);
        free(job->params.data);
        free(job->reqs.data);
        return 1;
    }
    char script_path[600];
    snprintf(script_path, sizeof script_path, "bin/run-%s-vm", job->name);
    Output outs[] = {
        {script_path, job->script.data, job->script.len, true},
        {"fstab", job->fstab.data, job->fstab.len, false},
        {"kernel-params", job->params.data, job->params.len, false},
        {"kernel-requirements", job->reqs.data, job->reqs.len, false},
        {"model.json", job->out.data, job->out.len, false},
    };
    char *dir = store ? strdup(store) : store_default_dir();
    int rc = 1;
    if (!dir) {
        fprintf(stderr, "vmc: error: no store directory: set VMC_STORE_DIR or HOME, or pass --store DIR\n");
    } else {
        char label[300], *why = NULL;
        snprintf(label, sizeof label, "vm-%s", job->name);
        for (char *c = label; *c; c++)
            if (!(isalnum((unsigned char)*c) || strchr("._+-", *c))) *c = '_';
        char *result = store_build(dir, label, outs, ARRAY_LEN(outs), link, &why);
        if (!result) {
            fprintf(stderr, "vmc: error: %s\n", why);
            free(why);
        } else {
            printf("%s\n", result);
            free(result);
            rc = fflush(stdout) != 0;
        }
    }
    free(dir);
    free(job->out.data);
    free(job->script.data);
    free(job->fstab.data);
    free(job->params.data);
    free(job->reqs.data);
    return rc;
}

static int cmd_config(int argc, char **argv, JobKind kind) {
    ConfigJob job = {0};
    job.kind = kind;
    job.vm_modules = kind == JOB_MODEL || kind == JOB_BUILD;
    bool explain = kind == JOB_EXPLAIN;
    const char *link = "result", *store = NULL;
    job.files = (const char **)calloc((size_t)argc + 1, sizeof(char *));
    if (!job.files) return 1;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if ((kind == JOB_CONFIG || kind == JOB_MODEL) && strcmp(a, "--json") == 0) job.json = true;
        else if (strcmp(a, "--stats") == 0) job.stats = true;
        else if ((kind == JOB_CONFIG || explain) && strcmp(a, "--vm") == 0) job.vm_modules = true;
        else if (kind == JOB_CONFIG && strcmp(a, "-A") == 0) {
            if (i + 1 >= argc) return usage_error("option '%s' needs an attribute path", a);
            job.attr = argv[++i];
        } else if (explain && strcmp(a, "--option") == 0) {
            if (i + 1 >= argc) return usage_error("option '%s' needs an option name", a);
            job.option = argv[++i];
        } else if (kind == JOB_BUILD && strcmp(a, "-o") == 0) {
            if (i + 1 >= argc || !*argv[i + 1]) return usage_error("option '%s' needs a link name", a);
            link = argv[++i];
        } else if (kind == JOB_BUILD && strcmp(a, "--no-link") == 0) {
            link = NULL;
        } else if (kind == JOB_BUILD && strcmp(a, "--store") == 0) {
            if (i + 1 >= argc || !*argv[i + 1]) return usage_error("option '%s' needs a directory", a);
            store = argv[++i];
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage_text, stdout);
            return 0;
        } else if (a[0] == '-' && a[1]) {
            return usage_error("unknown option '%s'", a);
        } else {
            job.files[job.nfiles++] = a;
        }
    }
    if (job.nfiles == 0)
        return usage_error("%s", explain ? "explain needs --option NAME and module FILEs"
                                 : kind == JOB_CONFIG ? "config needs module FILEs"
                                                      : "this command needs the VM's configuration FILE (and more modules if any)");
    if (explain && !job.option) return usage_error("%s", "explain needs --option NAME");
    static Vm vm;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    vm_init(&vm);
    EvalError err;
    bool ok = eval_try(&vm, run_config, &job, &err);
    parse_prefetch_finish();
    cache_flush();
    clock_gettime(CLOCK_MONOTONIC, &t1);
    free(job.files);
    if (job.stats) {
        ParseStats *ps = parse_stats();
        double total = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9;
        fprintf(stderr,
                "stats: total %.6f s, tree-sitter %.6f s, lowering %.6f s, evaluation and merging %.6f s, "
                "%llu source bytes, %zu bytes of values; tree-sitter on the second thread %.6f s, waited for it %.6f s; "
                "reading files %.6f s, ASTs from the cache %.6f s\n",
                total, ps->ts_seconds, ps->lower_seconds,
                total - ps->lower_seconds - (ps->ts_seconds - ps->ts_worker_seconds) - ps->wait_seconds -
                    ps->read_seconds - ps->load_seconds,
                (unsigned long long)ps->bytes, vm.arena.total, ps->ts_worker_seconds, ps->wait_seconds,
                ps->read_seconds, ps->load_seconds);
        CacheStats *cs = cache_stats();
        fprintf(stderr, "stats: parse cache: %u files from the cache, %u not in it, %u entries written\n", cs->hits, cs->misses,
                cs->writes);
        fprintf(stderr, "stats: arenas: values %zu bytes used, syntax trees (AST) %zu bytes used\n", arena_used(&vm.arena),
                arena_used(&vm.ast));
    }
    if (!ok) {
        print_error(&err);
        free(job.out.data);
        return 1;
    }
    if (kind == JOB_BUILD) return finish_build(&job, link, store);
    fwrite(job.out.data, 1, job.out.len, stdout);
    if (job.out.len && job.out.data[job.out.len - 1] != '\n') fputc('\n', stdout);
    free(job.out.data);
    if (fflush(stdout) != 0) return 1;
    return 0;
}

static int run(int argc, char **argv) {
    if (argc < 2) {
        fputs(usage_text, stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0) {
        fputs(usage_text, stdout);
        return 0;
    }
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
        printf("vmc %s\n", VMC_VERSION);
        return 0;
    }
    if (strcmp(cmd, "eval") == 0) return cmd_eval(argc - 2, argv + 2);
    if (strcmp(cmd, "config") == 0) return cmd_config(argc - 2, argv + 2, JOB_CONFIG);
    if (strcmp(cmd, "explain") == 0) return cmd_config(argc - 2, argv + 2, JOB_EXPLAIN);
    if (strcmp(cmd, "model") == 0) return cmd_config(argc - 2, argv + 2, JOB_MODEL);
    if (strcmp(cmd, "build") == 0) return cmd_config(argc - 2, argv + 2, JOB_BUILD);
    if (strcmp(cmd, "lint-kernel") == 0) return cmd_lint_kernel(argc - 2, argv + 2, vm_requirements);
    return usage_error("unknown command '%s'", cmd);
}

static void *thread_main(void *p) {
    Thread *t = p;
    t->status = run(t->argc, t->argv);
    return NULL;
}

int main(int argc, char **argv) {
    /* One malloc arena for every thread: glibc grows a thread's own arena a
     * page at a time (an mprotect call each, hundreds per run), the main
     * one by M_TOP_PAD.  Untouched pad costs no memory. */
    mallopt(M_ARENA_MAX, 1);
    mallopt(M_TOP_PAD, 1 << 20);
    Thread t = {argc, argv, 1};
    pthread_attr_t attr;
    pthread_t th;
    if (pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, EVAL_STACK_SIZE) == 0 &&
        pthread_create(&th, &attr, thread_main, &t) == 0) {
        pthread_join(th, NULL);
    } else {
        /* No big thread: fall back to the main stack. */
        t.status = run(argc, argv);
    }
    cache_flush();   /* what a command did not write yet (it writes once) */
    fflush(stdout);
    return t.status;
}
