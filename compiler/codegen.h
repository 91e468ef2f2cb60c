/*
 * codegen.h: the files `vmc build` writes, from the VM model.
 *
 * The start script behaves like the seed's run-NAME-vm (NixOS's qemu-vm.nix)
 * but passes every value to QEMU as exactly the argument the model says:
 * literal values are single-quoted, values known only at run time ($TMPDIR,
 * $NIX_DISK_IMAGE...) are double-quoted expansions, values inside QEMU's
 * key=value options have their commas doubled (QEMU's own escape), and no
 * value is ever split, globbed or evaluated by the shell.
 */
#ifndef VMC_CODEGEN_H
#define VMC_CODEGEN_H

#include "model.h"

/* bin/run-NAME-vm */
void codegen_script(const VmModel *m, StrBuf *b);
/* fstab: the guest's /etc/fstab, as NixOS writes it. */
void codegen_fstab(const VmModel *m, StrBuf *b);
/* kernel-params: the kernel command line, one line. */
void codegen_kernel_params(const VmModel *m, StrBuf *b);
/* kernel-requirements: what `vmc lint-kernel --requirements` reads. */
void codegen_requirements(const VmModel *m, StrBuf *b);

/* Appends `s` single-quoted for the shell. */
void codegen_shell_quote(StrBuf *b, const char *s);

#endif
