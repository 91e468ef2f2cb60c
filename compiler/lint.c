/*
 * lint.c: `vmc lint-kernel`, the command line around kconfig.h.  Finds the
 * kernel config (the KCONFIG argument, else /proc/config.gz, else
 * /boot/config-$(uname -r)), reads the requirements, prints the report and
 * turns it into the exit status: 0 all hold, 1 one fails, 2 usage errors
 * and configs that cannot be read or parsed.
 */
#include "lint.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "kconfig.h"
#include "parse.h"
#include "source.h"

static const char lint_usage[] =
    "usage: vmc lint-kernel [--requirements FILE | --for VM.cfg] [options] [KCONFIG]\n"
    "\n"
    "Checks a kernel config against what a VM needs of its kernel, one line per\n"
    "requirement in check-config.sh's words (enabled, enabled (as module), missing).\n"
    "KCONFIG is a .config, /boot/config-VERSION or a gzip-compressed config such as\n"
    "/proc/config.gz; without it vmc looks in /proc/config.gz, then\n"
    "/boot/config-$(uname -r) (VMC_KCONFIG_SEARCH, a ':'-separated list, replaces\n"
    "these places).\n"
    "\n"
    "Options:\n"
    "  --requirements FILE      the requirements, one CONFIG_X=WANT a line: y|m\n"
    "                           (enabled), y (built in), m (module), n (disabled),\n"
    "                           or an exact number or \"string\"; `vmc build` writes\n"
    "                           this file as kernel-requirements\n"
    "  --for VM.cfg             the requirements of the VM VM.cfg (the default:\n"
    "                           ./vm.cfg, when neither option is given)\n"
    "  --json                   one JSON object per requirement, with a boolean \"ok\"\n"
    "  --fragment               what fails, as a Kconfig fragment for merge_config.sh\n"
    "  --color=WHEN             colour the report: auto (on a terminal, unless\n"
    "                           NO_COLOR is set; the default), always or never\n"
    "  --no-color               the same as --color=never\n"
    "  -h, --help               show this help\n"
    "\n"
    "Exit status: 0 when every requirement holds, 1 when one fails, 2 on a usage\n"
    "error or a config that cannot be read or parsed.\n";

static int lint_usage_error(const char *fmt, const char *arg) { return diag_usage_error("vmc lint-kernel", fmt, arg); }

/* Prints and frees every diagnostic; returns whether there were any. */
static bool flush_errors(ParseErrors *errs) {
    for (uint32_t i = 0; i < errs->n; i++) {
        diag_print(stderr, errs->items[i]);
        diag_free(errs->items[i]);
    }
    free(errs->items);
    bool any = errs->n > 0;
    *errs = (ParseErrors){0};
    return any;
}

/* The first of the default places that exists (VMC_KCONFIG_SEARCH, or
 * /proc/config.gz and /boot/config-RELEASE), or NULL with the places
 * tried listed in `tried`. */
static char *search_kconfig(char *tried, size_t n) {
    char list[4096];
    const char *env = getenv("VMC_KCONFIG_SEARCH");
    struct utsname u;
    if (env) snprintf(list, sizeof list, "%s", env);
    else snprintf(list, sizeof list, "/proc/config.gz:/boot/config-%s", uname(&u) == 0 ? u.release : "UNKNOWN");
    size_t used = 0;
    tried[0] = 0;
    for (char *save, *p = strtok_r(list, ":", &save); p; p = strtok_r(NULL, ":", &save)) {
        char *abs = path_resolve(path_cwd(), p, strlen(p));
        if (source_probe(abs)) return abs;
        free(abs);
        int k = snprintf(tried + used, n - used, "%s%s", used ? ", " : "", p);
        if (k > 0 && (size_t)k < n - used) used += (size_t)k;
    }
    return NULL;
}

int cmd_lint_kernel(int argc, char **argv, LintVmRequirements *for_vm) {
    const char *reqfile = NULL, *vmfile = NULL, *kconfig = NULL;
    LintOptions opt = {KFORMAT_TEXT, false};
    int color = -1;   /* -1 auto, 0 never, 1 always */
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--requirements") == 0 || strcmp(a, "--for") == 0 || strncmp(a, "--requirements=", 15) == 0 ||
            strncmp(a, "--for=", 6) == 0) {
            const char *eq = strchr(a, '=');
            if (!eq && i + 1 >= argc) return lint_usage_error("option '%s' needs a file", a);
            if (reqfile || vmfile) return lint_usage_error("%s", "give one of --requirements FILE and --for VM.cfg, once");
            if (a[2] == 'f') vmfile = eq ? eq + 1 : argv[++i];
            else reqfile = eq ? eq + 1 : argv[++i];
        } else if (strcmp(a, "--json") == 0 || strcmp(a, "--fragment") == 0) {
            KFormat f = a[2] == 'j' ? KFORMAT_JSON : KFORMAT_FRAGMENT;
            if (opt.format != KFORMAT_TEXT && opt.format != f)
                return lint_usage_error("%s", "--json and --fragment cannot be combined");
            opt.format = f;
        } else if (strcmp(a, "--no-color") == 0 || strcmp(a, "--color=never") == 0) {
            color = 0;
        } else if (strcmp(a, "--color=always") == 0) {
            color = 1;
        } else if (strcmp(a, "--color=auto") == 0) {
            color = -1;
        } else if (strncmp(a, "--color", 7) == 0) {
            return lint_usage_error("invalid '%s': use --color=auto, --color=always or --color=never", a);
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(lint_usage, stdout);
            return 0;
        } else if (a[0] == '-' && a[1]) {
            return lint_usage_error("unknown option '%s'", a);
        } else if (kconfig) {
            return lint_usage_error("%s", "lint-kernel takes one KCONFIG");
        } else {
            kconfig = a;
        }
    }
    if (!reqfile && !vmfile) {
        /* Like `vmc build vm.cfg`: the VM of the current directory. */
        char *here = path_resolve(path_cwd(), "vm.cfg", 6);
        bool found = source_probe(here);
        free(here);
        if (!found)
            return lint_usage_error("%s", "lint-kernel needs --requirements FILE or --for VM.cfg (there is no ./vm.cfg)");
        vmfile = "vm.cfg";
    }
    const char *nc = getenv("NO_COLOR");
    const char *term = getenv("TERM");
    bool auto_on = isatty(STDOUT_FILENO) && !(nc && *nc) && !(term && strcmp(term, "dumb") == 0);
    opt.color = opt.format == KFORMAT_TEXT && (color == 1 || (color == -1 && auto_on));

    ParseErrors errs = {0};
    Requirements reqs = {0};
    char *path;
    bool reqs_ok;
    if (reqfile) {
        path = path_resolve(path_cwd(), reqfile, strlen(reqfile));
        reqs_ok = kconfig_load_requirements(&reqs, path, &errs);
        free(path);
    } else {
        reqs_ok = for_vm(vmfile, &reqs, &errs);
        if (!reqs_ok) {
            flush_errors(&errs);
            kconfig_requirements_free(&reqs);
            return 2;
        }
    }
    if (kconfig) {
        path = path_resolve(path_cwd(), kconfig, strlen(kconfig));
    } else {
        char tried[4096];
        path = search_kconfig(tried, sizeof tried);
        if (!path) {
            flush_errors(&errs);
            fprintf(stderr,
                    "vmc: error: no kernel config found: looked in %s; name one (a .config, "
                    "/boot/config-VERSION or config.gz) as KCONFIG\n",
                    tried[0] ? tried : "no place (VMC_KCONFIG_SEARCH is empty)");
            kconfig_requirements_free(&reqs);
            return 2;
        }
        fprintf(stderr, "vmc: checking the kernel config %s\n", source_display_path(path));
    }
    KConfig *kc = kconfig_load(path, &errs);
    free(path);
    if (flush_errors(&errs) || !reqs_ok || !kc) {
        kconfig_free(kc);
        kconfig_requirements_free(&reqs);
        return 2;
    }
    uint32_t failed = kconfig_lint(reqs.items, reqs.n, kc, opt, stdout);
    kconfig_free(kc);
    kconfig_requirements_free(&reqs);
    if (fflush(stdout) != 0) {
        fprintf(stderr, "vmc: error: cannot write the report\n");
        return 2;
    }
    return failed ? 1 : 0;
}
