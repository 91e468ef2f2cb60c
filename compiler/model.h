/*
 * model.h: the VM model, read from an evaluated configuration.
 *
 * After the module system has merged the user's modules with vmc's own
 * (runtime/modules/), model_read takes the options that describe the VM
 * into a typed struct and checks that QEMU can run it: a missing kernel
 * file, two drives with one name or a disk interface without a device is an
 * error that names the option and where it was defined.  Everything after
 * this (model.c's JSON, codegen.c's outputs) works from the model alone.
 *
 * A few values exist only when the start script runs (the seed writes them
 * as shell variables); the model names them instead of holding a string:
 * the root disk image ($NIX_DISK_IMAGE), the boot disk ($TMPDIR/disk.img),
 * and the xchg and shared directories ($TMPDIR/xchg, $SHARED_DIR).
 */
#ifndef VMC_MODEL_H
#define VMC_MODEL_H

#include "eval.h"
#include "modules.h"

typedef struct StrList {
    const char **items;
    uint32_t n;
} StrList;

typedef struct KeyVal {
    const char *key, *value;
} KeyVal;

typedef struct KeyVals {
    KeyVal *items;   /* sorted by key, as mapAttrsToList gives them */
    uint32_t n;
} KeyVals;

typedef enum DriveFile {
    DRIVE_PATH,        /* `file` as written */
    DRIVE_DISK_IMAGE,  /* the root disk image: $NIX_DISK_IMAGE at run time */
    DRIVE_BOOT_DISK,   /* the boot disk: $TMPDIR/disk.img */
} DriveFile;

typedef struct ModelDrive {
    const char *name;       /* NULL when unnamed */
    DriveFile kind;
    const char *file;       /* DRIVE_PATH: the file */
    KeyVals drive_opts;     /* driveExtraOpts */
    KeyVals device_opts;    /* deviceExtraOpts */
    const char *guest_dev;  /* /dev/vdX or /dev/sdX */
} ModelDrive;

typedef enum ShareSource {
    SHARE_PATH,    /* `source` as written */
    SHARE_XCHG,    /* $TMPDIR/xchg */
    SHARE_SHARED,  /* ${SHARED_DIR:-$TMPDIR/xchg} */
} ShareSource;

typedef struct ModelShare {
    const char *tag;
    ShareSource kind;
    const char *source;     /* SHARE_PATH */
    const char *target;     /* mount point in the guest */
    const char *security_model;
    StrList options;        /* 9p mount options */
} ModelShare;

typedef struct ModelFs {
    const char *mount_point, *device, *label, *fs_type;
    StrList options;
    bool needed_for_boot, no_check;
} ModelFs;

typedef struct ModelSwap {
    const char *device;
    bool has_priority;
    int64_t priority;
} ModelSwap;

typedef struct ModelReq {
    const char *name;       /* CONFIG_X */
    const char *want;       /* y, m, y|m, n, or an exact value */
} ModelReq;

typedef struct VmModel {
    const char *name;           /* system.name */
    const char *system;         /* nixpkgs.system */
    const char *qemu;           /* the QEMU binary */
    const char *qemu_img;       /* qemu-img beside it */
    StrList qemu_args;          /* machine and CPU flags of the platform */
    int64_t memory_mib, cores;
    const char *kernel, *initrd;   /* NULL initrd: none */
    const char *cmdline;        /* the kernel command line */
    bool use_boot_loader;
    const char *boot_disk_image;   /* copied to $TMPDIR/disk.img */
    bool use_efi;
    const char *efi_firmware, *efi_vars_template, *efi_vars;
    const char *bios;           /* NULL: QEMU's own */
    const char *disk_image;     /* default of $NIX_DISK_IMAGE */
    int64_t disk_size_mib;
    int64_t *empty_disks;       /* sizes in MiB */
    uint32_t nempty;
    const char *disk_interface;
    ModelDrive *drives;
    uint32_t ndrives;
    ModelShare *shares;
    uint32_t nshares;
    StrList networking;         /* arguments, split at whitespace */
    StrList options;            /* arguments, split at whitespace */
    bool graphics;
    StrList consoles;
    ModelFs *fs;                /* in fstab order */
    uint32_t nfs;
    ModelSwap *swap;
    uint32_t nswap;
    ModelReq *reqs;
    uint32_t nreqs;
    const char *kernel_config;  /* the kernel's .config to lint against, or NULL */
} VmModel;

/* The runtime modules `vmc build` and `vmc model` evaluate with the user's,
 * before them (base) and after them (qemu-vm), as nixos-rebuild build-vm
 * orders NixOS's modules, the configuration and qemu-vm.nix. */
extern const char *const model_base_modules[];
extern const char *const model_vm_modules[];

/* Reads and checks the model from `config`; raises an evaluation error on
 * an unusable model.  `em` (may be NULL) locates definitions for errors. */
void model_read(Vm *vm, Value *config, EvalModules *em, VmModel *m);

/* The model as JSON (stable key order), ending in a newline. */
void model_json(const VmModel *m, StrBuf *b);

#endif
