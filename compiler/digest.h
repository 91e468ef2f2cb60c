/*
 * digest.h: the hashes of builtins.hashString and builtins.hashFile.
 */
#ifndef VMC_DIGEST_H
#define VMC_DIGEST_H

#include <stdbool.h>
#include <stddef.h>

enum { DIGEST_MD5, DIGEST_SHA1, DIGEST_SHA256, DIGEST_SHA512 };

/* The algorithm Nix calls `name` ("md5", "sha1", "sha256", "sha512"), or -1. */
int digest_algo(const char *name);

/* The digest of `len` bytes at `data` as lowercase hexadecimal, NUL-ended,
 * in `out`; returns its length (32, 40, 64 or 128). */
size_t digest_hex(int algo, const void *data, size_t len, char out[129]);

#endif
