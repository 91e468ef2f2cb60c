/* store.c: content-addressed outputs and result directories (store.h). */
#include "store.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include "arena.h"
#include "source.h"

char *store_default_dir(void) {
    const char *env = getenv("VMC_STORE_DIR"), *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
    char buf[4096];
    if (env && *env) snprintf(buf, sizeof buf, "%s", env);
    else if (xdg && *xdg == '/') snprintf(buf, sizeof buf, "%s/vmc/store", xdg);
    else if (home && *home == '/') snprintf(buf, sizeof buf, "%s/.local/share/vmc/store", home);
    else return NULL;
    char *s = vmc_xrealloc(NULL, strlen(buf) + 1);
    strcpy(s, buf);
    return s;
}

static __attribute__((format(printf, 2, 3))) char *fail(char **why, const char *fmt, ...) {
    char buf[4096];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    *why = vmc_xrealloc(NULL, strlen(buf) + 1);
    strcpy(*why, buf);
    return NULL;
}

/* snprintf for paths.  store_build checks the lengths first, so a path
 * never gets cut; should one be, that is a bug. */
static __attribute__((format(printf, 3, 4))) void pathf(char *out, size_t cap, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(out, cap, fmt, ap);
    va_end(ap);
    VMC_ASSERT(n >= 0 && (size_t)n < cap, "a store path was cut");
}

static void hash_hex(const void *data, size_t len, char out[33]) {
    XXH128_hash_t h = XXH3_128bits(data, len);
    snprintf(out, 33, "%016llx%016llx", (unsigned long long)h.high64, (unsigned long long)h.low64);
}

/* Writes one output as STORE/HASH-BASE unless it is there already. */
static bool put_file(const char *store, const Output *o, char *name, size_t cap, char **why) {
    char hex[33];
    hash_hex(o->data, o->len, hex);
    const char *base = strrchr(o->path, '/');
    base = base ? base + 1 : o->path;
    pathf(name, cap, "%s-%s", hex, base);
    char final[4096], tmp[4096];
    pathf(final, sizeof final, "%s/%s", store, name);
    if (access(final, F_OK) == 0) return true;
    pathf(tmp, sizeof tmp, "%s/.tmp-XXXXXX", store);
    int fd = mkstemp(tmp);
    if (fd < 0) return fail(why, "cannot write to the store %s: %s", store, strerror(errno)), false;
    /* On disk before it gets its name: a crash never leaves a short file
     * under a name later builds trust. */
    bool ok = write_full(fd, o->data, o->len) && fchmod(fd, o->executable ? 0555 : 0444) == 0 && fsync(fd) == 0;
    int e = errno;
    if (close(fd) != 0 && ok) {
        ok = false;
        e = errno;
    }
    if (!ok || rename(tmp, final) != 0) {
        if (ok) e = errno;
        unlink(tmp);
        return fail(why, "cannot write %s: %s", final, strerror(e)), false;
    }
    return true;
}

/* Removes a temporary result directory (files and one level of folders). */
static void remove_tree(const char *dir, const Output *outs, size_t n) {
    char p[4096];
    for (size_t i = 0; i < n; i++) {
        pathf(p, sizeof p, "%s/%s", dir, outs[i].path);
        unlink(p);
        char *slash = strrchr(p, '/');
        while (slash && slash > p + strlen(dir)) {
            *slash = 0;
            rmdir(p);
            slash = strrchr(p, '/');
        }
    }
    rmdir(dir);
}

char *store_build(const char *store, const char *label, const Output *outs, size_t n, const char *link, char **why) {
    /* Everything that can be checked before writing is: a failed build
     * writes nothing. */
    size_t longest = strlen(label);
    for (size_t i = 0; i < n; i++)
        if (strlen(outs[i].path) > longest) longest = strlen(outs[i].path);
    if (strlen(store) + longest > 3500 || (link && strlen(link) > 3500))
        return fail(why, "the store or link path is too long (%s)", strerror(ENAMETOOLONG));
    if (link) {
        struct stat st;
        if (lstat(link, &st) == 0 && !S_ISLNK(st.st_mode))
            return fail(why, "%s exists and is not a symbolic link; remove it or choose another name with -o", link);
        char dir[4096];
        pathf(dir, sizeof dir, "%s", link);
        char *slash = strrchr(dir, '/');
        if (slash) {
            if (slash == dir) slash[1] = 0;
            else *slash = 0;
            if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
                return fail(why, "cannot make the link %s: its directory %s does not exist", link, dir);
        }
    }
    if (!path_mkdirs(store, 0777)) return fail(why, "cannot create the store directory %s: %s", store, strerror(errno));
    char absstore[4096];
    if (!realpath(store, absstore)) return fail(why, "cannot resolve the store directory %s: %s", store, strerror(errno));
    if (strlen(absstore) + longest > 3500)
        return fail(why, "the store path is too long (%s)", strerror(ENAMETOOLONG));
    /* The outputs, and the listing that names the result directory. */
    size_t listcap = 1024, listlen = 0;
    char *listing = vmc_xrealloc(NULL, listcap);
    char (*names)[512] = vmc_xrealloc(NULL, sizeof *names * (n ? n : 1));
    for (size_t i = 0; i < n; i++) {
        if (!put_file(absstore, &outs[i], names[i], sizeof names[i], why)) {
            free(listing);
            free(names);
            return NULL;
        }
        size_t need = strlen(outs[i].path) + strlen(names[i]) + 4;
        while (listlen + need >= listcap) listing = vmc_xrealloc(listing, listcap *= 2);
        listlen += (size_t)sprintf(listing + listlen, "%s%c%s%c%c", outs[i].path, 0, names[i], 0,
                                   outs[i].executable ? 'x' : '-');
    }
    char hex[33];
    hash_hex(listing, listlen, hex);
    free(listing);
    char final[4096], tmp[4096];
    pathf(final, sizeof final, "%s/%s-%s", absstore, hex, label);
    if (access(final, F_OK) != 0) {
        pathf(tmp, sizeof tmp, "%s/.tmp-XXXXXX", absstore);
        bool ok = mkdtemp(tmp) != NULL && chmod(tmp, 0755) == 0;
        for (size_t i = 0; ok && i < n; i++) {
            /* A relative link: ../HASH-NAME, one more ../ per folder. */
            char target[4096] = "", at[4096];
            pathf(at, sizeof at, "%s/%s", tmp, outs[i].path);
            for (const char *s = outs[i].path; (s = strchr(s, '/')); s++) {
                strcat(target, "../");
                *strrchr(at, '/') = 0;
                if (mkdir(at, 0755) != 0 && errno != EEXIST) ok = false;
                pathf(at, sizeof at, "%s/%s", tmp, outs[i].path);
            }
            strcat(target, "../");
            strncat(target, names[i], sizeof target - strlen(target) - 1);
            if (ok && symlink(target, at) != 0) ok = false;
        }
        int e = errno;
        if (ok && rename(tmp, final) != 0) {
            e = errno;
            /* Another build made the same result meanwhile: it is identical. */
            ok = access(final, F_OK) == 0;
            remove_tree(tmp, outs, n);
        } else if (!ok) {
            remove_tree(tmp, outs, n);
        }
        if (!ok) {
            free(names);
            return fail(why, "cannot create the result directory %s: %s", final, strerror(e));
        }
    }
    free(names);
    if (link) {
        /* A fresh temporary name beside the link (mkstemp reserves one), a
         * symbolic link under it, then a rename over the link. */
        char tmpl[4096];
        pathf(tmpl, sizeof tmpl, "%s.tmp-XXXXXX", link);
        int fd = mkstemp(tmpl);
        bool ok = fd >= 0;
        if (ok) {
            close(fd);
            ok = unlink(tmpl) == 0 && symlink(final, tmpl) == 0 && rename(tmpl, link) == 0;
        }
        if (!ok) {
            int e = errno;
            if (fd >= 0) unlink(tmpl);
            return fail(why, "cannot point %s at %s: %s", link, final, strerror(e));
        }
    }
    char *out = vmc_xrealloc(NULL, strlen(final) + 1);
    strcpy(out, final);
    return out;
}
