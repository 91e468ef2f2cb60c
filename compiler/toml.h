/*
 * toml.h: builtins.fromTOML's reader (TOML 1.0).
 */
#ifndef VMC_TOML_H
#define VMC_TOML_H

#include "eval.h"

/* The TOML document of `len` bytes at `s` as a value into *out: tables as
 * sets, arrays as lists; an error (eval_error at `at`, with the line and
 * column in the document) when it is no valid TOML or holds a date or
 * time, as Nix's fromTOML. */
void toml_parse(Vm *vm, const char *s, size_t len, Value *out, Span at);

#endif
