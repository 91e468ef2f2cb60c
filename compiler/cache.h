/*
 * cache.h: vmc's cache of parsed files.
 *
 * Parsing is most of the cost of a run (tree-sitter, then lowering), and a
 * file's lowered AST depends only on its text, the directory its relative
 * paths resolve against ($HOME too, for ~/ paths), and this build of vmc.  So vmc keeps each lowered
 * file (astio.h's bytes) in a cache directory under the XXH3-128 hash of
 * exactly those, and a later run that reads the same file takes the
 * AST from there instead of parsing it again.  A cached entry can never be
 * stale: any change to the text, the directory or vmc gives another key.
 *
 * The directory is $VMC_CACHE_DIR, else $XDG_CACHE_HOME/vmc, else
 * $HOME/.cache/vmc; VMC_CACHE_DIR=off turns the cache off.  The cache is an
 * optimisation only: when it cannot be read or written, vmc parses as if it
 * were not there.  A run's new entries go into one pack file, written
 * atomically (a temporary file, then rename), so concurrent runs never see
 * half a pack; each entry and each pack's index carry a checksum.
 */
#ifndef VMC_CACHE_H
#define VMC_CACHE_H

#include "common.h"

typedef struct CacheKey {
    uint64_t lo, hi;
} CacheKey;

/* The key of a file with text `text` whose relative paths resolve in `dir`. */
CacheKey cache_key(const char *dir, const char *text, size_t len);
/* cache_key of a source file, computed once and kept in the Source. */
struct Source;
CacheKey cache_source_key(struct Source *src);
/* The cached bytes for `key` (valid until cache_release or exit; not to be
 * freed), or NULL. */
const uint8_t *cache_get(CacheKey key, size_t *len);
/* Unmaps the packs: what cache_get returned is invalid afterwards, and a
 * later cache_get maps them again.  Called once the files a run needs are
 * loaded, so that the packs' pages do not count in its peak memory. */
void cache_release(void);
/* Whether a good entry for `key` exists. */
bool cache_has(CacheKey key);
/* Whether there is a cache at all (VMC_CACHE_DIR=off, or no directory to
 * put it in, turns it off): without one, nothing is hashed or serialized. */
bool cache_enabled(void);
/* Keeps `data` to be stored under `key` by cache_flush. */
void cache_put(CacheKey key, const uint8_t *data, size_t len);
/* Writes what cache_put kept as one pack file (see cache.c); failures are
 * ignored.  Called once, at the end of a run. */
void cache_flush(void);

/* Counters for --stats. */
typedef struct CacheStats {
    uint32_t hits, misses, writes;
} CacheStats;
CacheStats *cache_stats(void);

#endif
