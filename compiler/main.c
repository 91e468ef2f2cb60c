/*
 * main.c: the command line.  Parses arguments, runs the requested stage on
 * a thread with a large stack (so the evaluator's depth limit, not the C
 * stack, bounds recursion), and prints results or diagnostics.  Exit status:
 * 0 success, 1 an error in the input, 2 a usage error.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "cache.h"
#include "eval.h"
#include "modules.h"
#include "source.h"

#define EVAL_STACK_SIZE ((size_t)1 << 30)

static const char usage_text[] =
    "usage: vmc <command> [options] [arguments]\n"
    "\n"
    "Commands:\n"
    "  eval [--json] FILE       evaluate FILE and print the value\n"
    "  eval [--json] -E EXPR    evaluate the expression EXPR\n"
    "  config [--json] [-A PATH] FILE...\n"
    "                           evaluate the modules FILE... (NixOS module system)\n"
    "                           and print the config, or the value at PATH\n"
    "  explain --option NAME FILE...\n"
    "                           show option NAME: its type, default, description,\n"
    "                           every definition, its priority, and which won\n"
    "\n"
    "Options:\n"
    "  --json                   print the value as JSON\n"
    "  --stats                  print evaluation statistics to stderr\n"
    "  -h, --help               show this help\n"
    "  --version                show the version\n"
    "\n"
    "The value is printed fully evaluated.  Exit status: 0 on success, 1 on an\n"
    "error in the input, 2 on a usage error.\n";

static int usage_error(const char *fmt, const char *arg) {
    fprintf(stderr, "vmc: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\nTry 'vmc --help' for more information.\n");
    return 2;
}

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

typedef struct ConfigJob {
    const char **files;    /* FILE... */
    int nfiles;            /* count */
    const char *attr;      /* -A PATH, or NULL */
    const char *option;    /* explain --option NAME, or NULL */
    bool json;             /* --json */
    bool stats;            /* --stats */
    StrBuf out;            /* what to print */
} ConfigJob;

static void run_config(Vm *vm, void *arg) {
    ConfigJob *job = arg;
    /* Read every module named up front and have a second thread parse them
     * while this one lowers and evaluates. */
    const Source **srcs = arena_alloc(&vm->arena, sizeof(Source *) * (size_t)job->nfiles, _Alignof(Source *));
    uint32_t ns = 0;
    for (int i = 0; i < job->nfiles; i++) {
        char *abs = path_resolve(path_cwd(), job->files[i], strlen(job->files[i]));
        if (!source_find(abs)) {
            size_t len;
            const char *text = source_read(abs, &len);
            /* The source keeps abs. */
            if (text) {
                Source *src = source_add(abs, path_resolve(abs, "..", 2), text, len);
                /* Files an earlier run parsed come from the cache: only
                 * the others need tree-sitter. */
                if (!cache_has(cache_key(src->dir, src->text, src->len))) srcs[ns++] = src;
            } else {
                free(abs);
            }
        } else {
            free(abs);
        }
    }
    parse_prefetch(srcs, ns);
    Value **mods = arena_alloc(&vm->arena, sizeof(Value *) * (size_t)job->nfiles, _Alignof(Value *));
    Def *where = arena_alloc(&vm->arena, sizeof(Def) * (size_t)job->nfiles, _Alignof(Def));
    for (int i = 0; i < job->nfiles; i++) {
        char *abs = path_resolve(path_cwd(), job->files[i], strlen(job->files[i]));
        if (!source_probe(abs)) eval_error(vm, span_make(0, 0, 0), "cannot read '%s': No such file or directory", job->files[i]);
        Value *p = val_new(vm);
        p->tag = VAL_PATH;
        p->u.str.s = arena_strndup(&vm->arena, abs, strlen(abs));
        p->u.str.len = strlen(abs);
        free(abs);
        mods[i] = p;
        where[i].v = p;
        where[i].file = p->u.str.s;
        where[i].pos = span_make(0, 0, 0);
    }
    EvalModules *em = NULL;
    Value *cfg = modules_eval(vm, modules_lib(vm), mods, where, (uint32_t)job->nfiles, NULL, "", span_make(0, 0, 0), &em);
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

static int cmd_config(int argc, char **argv, bool explain) {
    ConfigJob job = {0};
    job.files = (const char **)calloc((size_t)argc + 1, sizeof(char *));
    if (!job.files) return 1;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (!explain && strcmp(a, "--json") == 0) job.json = true;
        else if (strcmp(a, "--stats") == 0) job.stats = true;
        else if (!explain && strcmp(a, "-A") == 0) {
            if (i + 1 >= argc) return usage_error("option '%s' needs an attribute path", a);
            job.attr = argv[++i];
        } else if (explain && strcmp(a, "--option") == 0) {
            if (i + 1 >= argc) return usage_error("option '%s' needs an option name", a);
            job.option = argv[++i];
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage_text, stdout);
            return 0;
        } else if (a[0] == '-' && a[1]) {
            return usage_error("unknown option '%s'", a);
        } else {
            job.files[job.nfiles++] = a;
        }
    }
    if (job.nfiles == 0) return usage_error("%s", explain ? "explain needs --option NAME and module FILEs" : "config needs module FILEs");
    if (explain && !job.option) return usage_error("%s", "explain needs --option NAME");
    static Vm vm;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    vm_init(&vm);
    EvalError err;
    bool ok = eval_try(&vm, run_config, &job, &err);
    parse_prefetch_finish();
    clock_gettime(CLOCK_MONOTONIC, &t1);
    free(job.files);
    if (job.stats) {
        ParseStats *ps = parse_stats();
        double total = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9;
        fprintf(stderr,
                "stats: total %.6f s, tree-sitter %.6f s, lowering %.6f s, evaluation and merging %.6f s, "
                "%llu source bytes, %zu bytes of values; tree-sitter on the second thread %.6f s, waited for it %.6f s\n",
                total, ps->ts_seconds, ps->lower_seconds,
                total - ps->lower_seconds - (ps->ts_seconds - ps->ts_worker_seconds) - ps->wait_seconds,
                (unsigned long long)ps->bytes, vm.arena.total, ps->ts_worker_seconds, ps->wait_seconds);
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
    fwrite(job.out.data, 1, job.out.len, stdout);
    if (job.out.len && job.out.data[job.out.len - 1] != '\n') fputc('\n', stdout);
    free(job.out.data);
    if (fflush(stdout) != 0) return 1;
    return 0;
}

static const char *const planned[] = {"model", "build", "lint-kernel"};

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
    if (strcmp(cmd, "config") == 0) return cmd_config(argc - 2, argv + 2, false);
    if (strcmp(cmd, "explain") == 0) return cmd_config(argc - 2, argv + 2, true);
    for (size_t i = 0; i < ARRAY_LEN(planned); i++)
        if (strcmp(cmd, planned[i]) == 0)
            return usage_error("command '%s' is not available in this version of vmc", cmd);
    return usage_error("unknown command '%s'", cmd);
}

static void *thread_main(void *p) {
    Thread *t = p;
    t->status = run(t->argc, t->argv);
    return NULL;
}

int main(int argc, char **argv) {
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
    fflush(stdout);
    return t.status;
}
