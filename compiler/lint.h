/*
 * lint.h: the `vmc lint-kernel` command (lint.c), which checks a kernel
 * config against a VM's kernel requirements with kconfig.h.
 */
#ifndef VMC_LINT_H
#define VMC_LINT_H

/* Runs `vmc lint-kernel` with the arguments after the command name.
 * Returns the exit status: 0 when every requirement holds, 1 when one
 * fails, 2 on a usage error or a config that cannot be read or parsed. */
#include "kconfig.h"

/* Adds the kernel requirements of the VM configuration `file` to `rs`
 * (main.c evaluates it as `vmc model` does); false after printing errors. */
typedef bool LintVmRequirements(const char *file, Requirements *rs, ParseErrors *errs);

int cmd_lint_kernel(int argc, char **argv, LintVmRequirements *for_vm);

#endif
