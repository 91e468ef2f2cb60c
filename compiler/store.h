/*
 * store.h: where `vmc build` puts its outputs.
 *
 * Each output is a file in the store named after the XXH3-128 hash of its
 * own content (HASH-NAME), so rebuilding after a change rewrites only the
 * outputs that changed.  A build's result is a directory in the store, named
 * after the hash of what it holds, of relative symbolic links to those
 * files (bin/run-NAME-vm, fstab...); the link `result` (or -o LINK) points
 * to it.  Every write is atomic: a file or directory is made under a
 * temporary name and renamed into place, and the link is replaced by a
 * rename too, so no reader ever sees half an output.
 *
 * The store is $VMC_STORE_DIR, else $XDG_DATA_HOME/vmc/store, else
 * $HOME/.local/share/vmc/store; `vmc build --store DIR` overrides it.
 */
#ifndef VMC_STORE_H
#define VMC_STORE_H

#include "common.h"

typedef struct Output {
    const char *path;    /* in the result directory: "bin/run-NAME-vm", "fstab" */
    const char *data;    /* content */
    size_t len;
    bool executable;     /* mode 0555 instead of 0444 */
} Output;

/* The default store directory (malloc'ed), or NULL when neither
 * VMC_STORE_DIR, XDG_DATA_HOME nor HOME is set. */
char *store_default_dir(void);

/* Stores the outputs and a result directory `label` linking them, then
 * points `link` (unless NULL) at it.  Returns the result directory's
 * absolute path (malloc'ed), or NULL with *why set (malloc'ed). */
char *store_build(const char *store, const char *label, const Output *outs, size_t n, const char *link, char **why);

#endif
