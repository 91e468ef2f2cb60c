/* codegen.c: the start script, fstab, kernel command line and kernel
 * requirements, from the model (see codegen.h). */
#include "codegen.h"

#include <stdlib.h>
#include <string.h>

void codegen_shell_quote(StrBuf *b, const char *s) {
    sb_puts(b, "'");
    for (const char *p = s; *p; p++) {
        if (*p == '\'') sb_puts(b, "'\\''");
        else sb_put(b, p, 1);
    }
    sb_puts(b, "'");
}

/* A literal inside a QEMU key=value option: commas doubled. */
static void qemu_value(StrBuf *b, const char *s) {
    for (const char *p = s; *p; p++) sb_put(b, *p == ',' ? ",," : p, *p == ',' ? 2 : 1);
}

static void arg(StrBuf *b, const char *s) {
    sb_puts(b, "  ");
    codegen_shell_quote(b, s);
    sb_puts(b, "\n");
}

/* An option string made of key=value pairs; a NULL value is the run-time
 * file `runtime_var` (a shell variable holding a path), escaped at run time. */
static void keyvals_arg(StrBuf *b, const char *prefix, KeyVals kv, const char *runtime_var) {
    StrBuf lit = {0};
    sb_puts(&lit, prefix);
    sb_puts(b, "  ");
    for (uint32_t i = 0; i < kv.n; i++) {
        if (i || *prefix) sb_puts(&lit, ",");
        sb_puts(&lit, kv.items[i].key);
        sb_puts(&lit, "=");
        if (kv.items[i].value) {
            qemu_value(&lit, kv.items[i].value);
            continue;
        }
        codegen_shell_quote(b, lit.data ? lit.data : "");
        lit.len = 0;
        if (lit.data) lit.data[0] = 0;
        sb_printf(b, "\"${%s//,/,,}\"", runtime_var);
    }
    if (lit.len || !kv.n) codegen_shell_quote(b, lit.data ? lit.data : "");
    sb_puts(b, "\n");
    free(lit.data);
}

/* The VM's name inside a comment line: quoted, any newline made a space. */
static void comment_name(StrBuf *b, const char *name) {
    size_t from = b->len;
    codegen_shell_quote(b, name);
    for (size_t i = from; i < b->len; i++)
        if ((unsigned char)b->data[i] < 0x20 || b->data[i] == 0x7f) b->data[i] = ' ';
}

static void script_header(const VmModel *m, StrBuf *b) {
    sb_puts(b, "#!/usr/bin/env bash\n"
               "# Values are single-quoted on purpose: nothing in them may expand.\n"
               "# shellcheck disable=SC2016,SC2088,SC1003,SC1112\n");
    sb_puts(b, "# Starts the VM ");
    comment_name(b, m->name);
    sb_puts(b, ". Written by vmc build: change the configuration and build again\n"
               "# rather than editing this file.\n"
               "#\n"
               "# Environment, as for NixOS's run-NAME-vm:\n"
               "#   NIX_DISK_IMAGE (or VMC_DISK_IMAGE)  the root disk image, created when missing\n"
               "#   NIX_EFI_VARS (or VMC_EFI_VARS)      the EFI variables file, with useEFIBoot\n"
               "#   TMPDIR with USE_TMPDIR              keep the VM's temporary directory there\n"
               "#   SHARED_DIR                          the host directory shared as `shared'\n"
               "#   QEMU_OPTS                           more QEMU arguments, split at whitespace\n"
               "#   QEMU_NET_OPTS                       appended to the user network's -netdev\n"
               "#   QEMU_KERNEL_PARAMS                  appended to the kernel command line\n"
               "# Arguments given to this script are passed on to QEMU.\n\n"
               "set -e\n\n");
}

void codegen_script(const VmModel *m, StrBuf *b) {
    script_header(m, b);
    /* The disk image, resolved before the script changes directory. */
    sb_puts(b, "disk_image=");
    codegen_shell_quote(b, m->disk_image);
    sb_puts(b, "\nqemu_img=");
    codegen_shell_quote(b, m->qemu_img);
    /* readlink's output with a final "." kept, so that a name ending in a
     * newline keeps it; `--` for a name starting with '-'. */
    sb_puts(b, "\ndisk_image=${VMC_DISK_IMAGE:-${NIX_DISK_IMAGE:-$disk_image}}\n"
               "NIX_DISK_IMAGE=$(readlink -f -- \"$disk_image\" && echo .) ||\n"
               "    { echo \"$0: cannot resolve the disk image path $disk_image\" >&2; exit 1; }\n"
               "NIX_DISK_IMAGE=${NIX_DISK_IMAGE%$'\\n.'}\n\n"
               "if ! test -e \"$NIX_DISK_IMAGE\"; then\n    \"$qemu_img\"");
    sb_printf(b, " create -f qcow2 \"$NIX_DISK_IMAGE\" '%lldM' || exit 1\nfi\n\n", (long long)m->disk_size_mib);
    sb_puts(b, "# A directory for the VM's temporary data.\n"
               "if [ -z \"${TMPDIR:-}\" ] || [ -z \"${USE_TMPDIR:-}\" ]; then\n"
               "    TMPDIR=$(mktemp -d nix-vm.XXXXXXXXXX --tmpdir)\n"
               "fi\n\n");
    if (m->use_boot_loader) {
        sb_puts(b, "# A writable snapshot of the boot disk: a writable boot disk can be\n"
                   "# booted from automatically.\n\"$qemu_img\"");
        sb_puts(b, " create -f qcow2 -F qcow2 -b ");
        codegen_shell_quote(b, m->boot_disk_image);
        sb_puts(b, " \"$TMPDIR/disk.img\" || exit 1\nboot_disk=$TMPDIR/disk.img\n\n");
    }
    if (m->use_efi) {
        sb_puts(b, "efi_vars=");
        codegen_shell_quote(b, m->efi_vars);
        sb_puts(b, "\nefi_vars=${VMC_EFI_VARS:-${NIX_EFI_VARS:-$efi_vars}}\n"
                   "NIX_EFI_VARS=$(readlink -f -- \"$efi_vars\" && echo .) ||\n"
                   "    { echo \"$0: cannot resolve the EFI variables path $efi_vars\" >&2; exit 1; }\n"
                   "NIX_EFI_VARS=${NIX_EFI_VARS%$'\\n.'}\n"
                   "# The VM needs writable EFI variables.\n"
                   "if ! test -e \"$NIX_EFI_VARS\"; then\n    cp ");
        codegen_shell_quote(b, m->efi_vars_template);
        sb_puts(b, " \"$NIX_EFI_VARS\" || exit 1\n    chmod 0644 \"$NIX_EFI_VARS\" || exit 1\nfi\n\n");
    }
    sb_puts(b, "# A directory for exchanging data with the VM.\nmkdir -p \"$TMPDIR/xchg\"\n"
               "shared_dir=${SHARED_DIR:-$TMPDIR/xchg}\n\ncd \"$TMPDIR\"\n");
    for (uint32_t i = 0; i < m->nempty; i++) {
        sb_printf(b, "if ! test -e 'empty%u.qcow2'; then\n    \"$qemu_img\"", i);
        sb_printf(b, " create -f qcow2 'empty%u.qcow2' '%lldM' || exit 1\nfi\n", i, (long long)m->empty_disks[i]);
    }
    sb_puts(b, "\n# Start QEMU.\nqemu_args=(\n");
    arg(b, m->qemu);
    for (uint32_t i = 0; i < m->qemu_args.n; i++) arg(b, m->qemu_args.items[i]);
    arg(b, "-name");
    sb_puts(b, "  ");
    StrBuf nm = {0};
    sb_puts(&nm, "guest=");   /* else a name with '=' reads as options */
    qemu_value(&nm, m->name);
    codegen_shell_quote(b, nm.data);
    free(nm.data);
    sb_puts(b, "\n");
    sb_printf(b, "  '-m' '%lld'\n  '-smp' '%lld'\n", (long long)m->memory_mib, (long long)m->cores);
    arg(b, "-device");
    arg(b, "virtio-rng-pci");
    bool net_done = false;
    for (uint32_t i = 0; i < m->networking.n; i++) {
        const char *a = m->networking.items[i];
        if (!net_done && i > 0 && strcmp(m->networking.items[i - 1], "-netdev") == 0 && strncmp(a, "user,", 5) == 0) {
            sb_puts(b, "  ");
            codegen_shell_quote(b, a);
            sb_puts(b, "\"${QEMU_NET_OPTS:+,$QEMU_NET_OPTS}\"\n");
            net_done = true;
        } else {
            arg(b, a);
        }
    }
    for (uint32_t i = 0; i < m->nshares; i++) {
        const ModelShare *s = &m->shares[i];
        arg(b, "-virtfs");
        StrBuf rest = {0};
        sb_puts(&rest, ",security_model=");
        qemu_value(&rest, s->security_model);
        sb_puts(&rest, ",mount_tag=");
        qemu_value(&rest, s->tag);
        sb_puts(b, "  ");
        if (s->kind == SHARE_PATH) {
            StrBuf all = {0};
            sb_puts(&all, "local,path=");
            qemu_value(&all, s->source);
            sb_put(&all, rest.data, rest.len);
            codegen_shell_quote(b, all.data);
            free(all.data);
        } else {
            sb_puts(b, "'local,path='");
            sb_puts(b, s->kind == SHARE_XCHG ? "\"${TMPDIR//,/,,}/xchg\"" : "\"${shared_dir//,/,,}\"");
            codegen_shell_quote(b, rest.data);
        }
        free(rest.data);
        sb_puts(b, "\n");
    }
    bool scsi = strcmp(m->disk_interface, "scsi") == 0;
    for (uint32_t i = 0; i < m->ndrives; i++) {
        const ModelDrive *d = &m->drives[i];
        arg(b, "-drive");
        keyvals_arg(b, "", d->drive_opts, d->kind == DRIVE_DISK_IMAGE ? "NIX_DISK_IMAGE" : "boot_disk");
        if (scsi) {
            arg(b, "-device");
            arg(b, "lsi53c895a");
        }
        arg(b, "-device");
        keyvals_arg(b, scsi ? "scsi-hd" : "virtio-blk-pci", d->device_opts, "");
    }
    if (!m->use_boot_loader) {
        arg(b, "-kernel");
        arg(b, m->kernel);
        if (m->initrd) {
            arg(b, "-initrd");
            arg(b, m->initrd);
        }
        arg(b, "-append");
        sb_puts(b, "  ");
        codegen_shell_quote(b, m->cmdline);
        sb_puts(b, "\"${QEMU_KERNEL_PARAMS:+ $QEMU_KERNEL_PARAMS}\"\n");
    }
    if (m->use_efi) {
        arg(b, "-drive");
        sb_puts(b, "  ");
        StrBuf t = {0};
        sb_puts(&t, "if=pflash,format=raw,unit=0,readonly=on,file=");
        qemu_value(&t, m->efi_firmware);
        codegen_shell_quote(b, t.data);
        free(t.data);
        sb_puts(b, "\n");
        arg(b, "-drive");
        sb_puts(b, "  'if=pflash,format=raw,unit=1,file='\"${NIX_EFI_VARS//,/,,}\"\n");
    }
    for (uint32_t i = 0; i < m->options.n; i++) arg(b, m->options.items[i]);
    sb_puts(b, ")\n"
               "# QEMU_OPTS is split at whitespace (and never globbed), as NixOS's script does.\n"
               "set -f\n"
               "# shellcheck disable=SC2086\n"
               "exec -- \"${qemu_args[@]}\" ${QEMU_OPTS:-} \"$@\"\n");
}

/* fstab fields: NixOS escapes space and tab; vmc also newline and the
 * backslash, so that any value reads back as written (fstab(5) octal). */
static void fstab_field(StrBuf *b, const char *s) {
    for (const char *p = s; *p; p++) {
        switch (*p) {
        case ' ': sb_puts(b, "\\040"); break;
        case '\t': sb_puts(b, "\\011"); break;
        case '\n': sb_puts(b, "\\012"); break;
        case '\\': sb_puts(b, "\\134"); break;
        default: sb_put(b, p, 1);
        }
    }
}

static bool skip_check(const ModelFs *f) {
    static const char *const skip[] = {"none", "bindfs", "btrfs", "zfs", "tmpfs", "nfs", "vboxsf", "glusterfs", "apfs"};
    if (f->no_check || (f->device && strcmp(f->device, "none") == 0)) return true;
    for (size_t i = 0; i < sizeof skip / sizeof *skip; i++)
        if (strcmp(f->fs_type, skip[i]) == 0) return true;
    return false;
}

void codegen_fstab(const VmModel *m, StrBuf *b) {
    sb_puts(b, "# This is a generated file.  Do not edit!\n"
               "#\n"
               "# To make changes, edit the fileSystems and swapDevices options\n"
               "# of the VM's configuration and build it again.\n"
               "#\n"
               "# <file system> <mount point>   <type>  <options>       <dump>  <pass>\n"
               "\n"
               "# Filesystems.\n");
    for (uint32_t i = 0; i < m->nfs; i++) {
        const ModelFs *f = &m->fs[i];
        if (f->device) {
            fstab_field(b, f->device);
        } else {
            sb_puts(b, "/dev/disk/by-label/");
            fstab_field(b, f->label);
        }
        sb_puts(b, " ");
        fstab_field(b, f->mount_point);
        sb_puts(b, " ");
        fstab_field(b, f->fs_type);
        sb_puts(b, " ");
        StrBuf o = {0};
        for (uint32_t j = 0; j < f->options.n; j++) {
            if (j) sb_puts(&o, ",");
            sb_puts(&o, f->options.items[j]);
        }
        fstab_field(b, o.data ? o.data : "");
        free(o.data);
        sb_printf(b, " 0 %s\n", skip_check(f) ? "0" : strcmp(f->mount_point, "/") == 0 ? "1" : "2");
    }
    sb_puts(b, "\n# Swap devices.\n");
    for (uint32_t i = 0; i < m->nswap; i++) {
        fstab_field(b, m->swap[i].device);
        sb_puts(b, " none swap defaults");
        if (m->swap[i].has_priority) sb_printf(b, ",pri=%lld", (long long)m->swap[i].priority);
        sb_puts(b, "\n");
    }
}

void codegen_kernel_params(const VmModel *m, StrBuf *b) {
    sb_puts(b, m->cmdline);
    sb_puts(b, "\n");
}

void codegen_requirements(const VmModel *m, StrBuf *b) {
    sb_puts(b, "# Kernel config options the VM ");
    comment_name(b, m->name);
    sb_puts(b, " needs; check a kernel with\n"
               "#   vmc lint-kernel --requirements THIS-FILE KCONFIG\n"
               "# y: built in, m: module, y|m: either, n: disabled, anything else: that exact value.\n");
    for (uint32_t i = 0; i < m->nreqs; i++) sb_printf(b, "%s=%s\n", m->reqs[i].name, m->reqs[i].want);
}
