#!/usr/bin/env python3
"""The start script passes every value to QEMU intact (tests/run_hostile.sh).

Usage: hostile.py VMC WORKDIR COUNTS_FILE

Generates hostile values from a fixed seed, writes vm.cfg files that place
them where they become QEMU arguments (and start-script environment values
that do), builds each with `vmc build`, runs shellcheck on every start
script, runs the scripts with a stand-in QEMU that records its arguments
NUL-separated, and checks per value that it arrived exactly as the model
(model.json) says.  Key=value arguments are also read back the way QEMU's
option parser (util/qemu-option.c) reads them.  Prints each failure with a
repr of the value, then `hostile: N passed, M failed`, and writes "N M" to
COUNTS_FILE.
"""
import concurrent.futures
import json
import os
import random
import shutil
import subprocess
import sys

SEED = 20240611

# ---- hostile values ---------------------------------------------------------

SPLIT_WS = ' \t\n'                 # what vmc (qemu.options) and bash (QEMU_OPTS) split at
ATOMS = [
    # whitespace, and things that look like it but are not split at
    ' ', '  ', '\t', '\n', '\r', '\r\n', '\v', '\f', '\u00a0', '\u2003', '\u3000',
    # shell metacharacters, one by one
    "'", '"', '`', '$', '\\', ';', '|', '&', '<', '>', '(', ')', '{', '}', '[', ']',
    '*', '?', '!', '#', '~', '%', '=', ',', '^', '+', ':', '@', '-', '.',
    # expansions and commands that must never run
    '$(touch PWNED)', '`touch PWNED`', '$(touch "$HOSTILE_CANARY")', '`touch $HOSTILE_CANARY`',
    '${HOSTILE_CANARY:?boom}', '$HOSTILE_CANARY', '${x:-y}', '${#PATH}', '$((1+1))', '$[1+1]',
    '$HOME', '$1', '$@', '$*', '$?', '$$', '$!', '$-', '$_', '$IFS', '$PWD', "$'\\n'", '$"x"',
    ';touch PWNED;', '&& touch PWNED', '|| touch PWNED', '| touch PWNED', '& touch PWNED &',
    '> PWNED', '>>PWNED', '< /etc/passwd', '<(touch PWNED)', '>(touch PWNED)', '\ntouch PWNED\n',
    "'; touch PWNED; '", '"; touch PWNED; "', "'\\''", '"\'"\'"', "\\'", '\\"', '\\n', '\\t',
    '\\\\', '\\$', '\\`', '!!', '!$', '!-1', '^x^y', '~root', '~/', '~+',
    # globs (bait files named to match are in every working directory)
    '*', '?', '*.bait', 'bait*', '[a-z]*', '[!x]', '?ait?bait', '{a,b}', '{1..3}', '**', '*/',
    # QEMU's option syntax
    ',', ',,', ',,,', ',file=/etc/passwd', ',if=pflash', '=', '==', 'x=y', 'id=', 'help', '?',
    # option-like words
    '-', '--', '-name', '--help', '-drive', '-append', '-e', '-n', '-f', '-c', '-l', '-a',
    # unicode: accents, emoji, bidi controls, lookalike quotes and dashes, BOM, zero width
    'é', 'à', '😀', '\u200f', '\u202e', '\u2066', '‘', '’', '“', '”', '–', '—', '\ufeff', '\u200b',
    'Ω', 'ß', '中文', '\U0001F468\u200d\U0001F469',
    # control characters and bytes that are not UTF-8 (surrogateescape)
    '\x01', '\x1b[31m', '\x7f', '\x08', '\udcff', '\udcc3', '\udce2\udc80', '\udcc0\udcaf',
    # printf formats, plain words
    '%s%n', '%%', '%1$s', 'a', 'foo', 'bar', 'x', 'PWNED', 'bait',
]
NO_SPLIT_ATOMS = [a for a in ATOMS if not any(c in a for c in SPLIT_WS)]
SPLIT_ATOMS = [' ', '\t', '\n', '  ', ' \t ', '\n\n', '\t\n ']


def has(s, chars):
    return any(c in s for c in chars)


def bytes_of(s):
    return s.encode('utf-8', 'surrogateescape')


def text_of(b):
    return b.decode('utf-8', 'surrogateescape')


class Gen:
    """Distinct hostile values of a few kinds, from a fixed seed."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.used = set()

    def _raw(self, pool, lo=1, hi=6):
        return ''.join(self.rng.choice(pool) for _ in range(self.rng.randint(lo, hi)))

    def _fresh(self, make, ok=lambda s: True):
        for _ in range(10000):
            s = make()
            if s and s not in self.used and ok(s):
                self.used.add(s)
                return s
        raise RuntimeError('cannot make a fresh value')

    def any(self):
        return self._fresh(lambda: self._raw(ATOMS))

    def nows(self):
        """Whitespace-free for vmc's split: one argument."""
        return self._fresh(lambda: self._raw(NO_SPLIT_ATOMS))

    def ws(self):
        """With whitespace vmc splits at: several arguments."""
        def make():
            parts = [self._raw(NO_SPLIT_ATOMS, 0, 3) for _ in range(self.rng.randint(2, 4))]
            return ''.join(self.rng.choice(SPLIT_ATOMS) + p for p in parts)[self.rng.randint(0, 1):]
        return self._fresh(make, lambda s: has(s, SPLIT_WS))

    def kparam(self):
        """A kernel parameter: anything (vmc passes it as written)."""
        def make():
            return self._raw(ATOMS)
        return self._fresh(make)

    def comp(self, lead=''):
        """One file-name component (no '/', not . or .., at most 200 bytes)."""
        def make():
            return lead + self._raw(ATOMS, 1, 5).replace('/', '\u2215')
        return self._fresh(make, lambda s: s not in ('.', '..', 'PWNED') and len(bytes_of(s)) <= 200)

    def tag(self):
        """A 9p mount tag: no comma, at most 31 bytes (vmc refuses others, as QEMU does)."""
        return self._fresh(lambda: self._raw(ATOMS, 1, 4).replace(',', ';'), lambda s: len(bytes_of(s)) <= 31)

    def name(self):
        """system.name: no '/' or newline."""
        return self._fresh(lambda: self._raw(ATOMS, 1, 4).replace('/', '\u2215').replace('\n', ' '),
                           lambda s: s not in ('.', '..'))


# Hand-picked values, placed before the generated ones.
CLASSICS = [
    '$(touch PWNED)', '`touch PWNED`', "'", '"', '\\', "a\\'b", 'x\\', '*', '?', '[a-z]*', '~',
    '-', '--', '$HOME', '${HOME}', '!!', '#', ',', ',,', 'a,b=c', 'é😀\u200f', '\x01\x7f', '\udcff',
]

# ---- Nix and QEMU syntax --------------------------------------------------


def nix_str(s):
    """A Nix double-quoted string literal holding exactly s."""
    out = ['"']
    for i, c in enumerate(s):
        if c == '\\':
            out.append('\\\\')
        elif c == '"':
            out.append('\\"')
        elif c == '$' and s[i + 1:i + 2] == '{':
            out.append('\\$')
        elif c == '\n':
            out.append('\\n')
        elif c == '\r':
            out.append('\\r')
        elif c == '\t':
            out.append('\\t')
        else:
            out.append(c)
    out.append('"')
    return ''.join(out)


def nix_list(xs):
    return '[ ' + ' '.join(nix_str(x) for x in xs) + ' ]'


def qesc(s):
    """QEMU's escape inside key=value options: commas doubled."""
    return s.replace(',', ',,')


def qemu_opts(s, firstname=None):
    """(key, value) pairs as QEMU's opts_do_parse reads s (util/qemu-option.c:
    get_opt_name_value and get_opt_value)."""
    out, p = [], 0
    while p < len(s):
        rest = s[p:]
        n = min([i for i in (rest.find('='), rest.find(',')) if i >= 0] or [len(rest)])
        if n >= len(rest) or rest[n] != '=':
            if firstname:
                name, q = firstname, 0
            else:
                name = rest[:n]
                out.append((name[2:], 'off') if name.startswith('no') else (name, 'on'))
                p += n + (1 if rest[n:n + 1] == ',' else 0)
                continue
        else:
            name, q = rest[:n], n + 1
        value = []
        while True:
            e = rest.find(',', q)
            if e < 0:
                value.append(rest[q:])
                q = len(rest)
                break
            if rest[e + 1:e + 2] == ',':
                value.append(rest[q:e + 1])
                q = e + 2
                continue
            value.append(rest[q:e])
            q = e + 1
            break
        out.append((name, ''.join(value)))
        firstname = None
        p += q
    return out


def split_ws(s):
    """vmc's split of a qemu.options element, and bash's of QEMU_OPTS."""
    out, cur = [], ''
    for c in s:
        if c in SPLIT_WS:
            if cur:
                out.append(cur)
            cur = ''
        else:
            cur += c
    if cur:
        out.append(cur)
    return out


def kernel_cmdline(params):
    """The command line the model should hold: the parameters joined with
    single spaces, as NixOS writes its kernel-params file."""
    return ' '.join(params)


# ---- stand-ins --------------------------------------------------------------

STANDIN_QEMU = r'''#!/usr/bin/env bash
# Stand-in QEMU: records $0, the working directory and the arguments.
printf '%s\0' "$0" "$PWD" "$@" >"$HOSTILE_ARGS_OUT"
'''

STANDIN_QEMU_IMG = r'''#!/usr/bin/env bash
# Stand-in qemu-img: records the working directory and the arguments (one
# file a call), and creates the image: after -b BACKING the last argument,
# else the one before the size.
n=0
while [ -e "$HOSTILE_ARGS_OUT.img$n" ]; do n=$((n+1)); done
printf '%s\0' "$PWD" "$@" >"$HOSTILE_ARGS_OUT.img$n"
backing=0
for a in "$@"; do [ "$a" = -b ] && backing=1; done
if [ $backing = 1 ]; then : >"${!#}"; else : >"${*: -2:1}"; fi
'''


def install(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(bytes_of(path), 'w') as f:
        f.write(text)
    os.chmod(bytes_of(path), 0o755)


def touch(path, content=''):
    os.makedirs(bytes_of(os.path.dirname(path)), exist_ok=True)
    with open(bytes_of(path), 'wb') as f:
        f.write(bytes_of(content))


BAIT = ['bait', 'bait.bait', 'a', 'b', 'x', 'baitxbait', '1', 'foo']


def bait(d):
    """Files an accidental glob in directory d would match."""
    os.makedirs(bytes_of(d), exist_ok=True)
    for b in BAIT:
        touch(os.path.join(d, b))

# ---- builds and runs -------------------------------------------------------


class Build:
    def __init__(self, t, name, cfg, expect_error=None):
        self.t, self.name, self.cfg, self.expect_error = t, name, cfg, expect_error
        self.dir = os.path.join(t.work, 'b-' + name)
        self.rc = None
        self.err = ''
        self.model = None
        self.model_cli = None
        self.script = None

    def run(self):
        os.makedirs(self.dir, exist_ok=True)
        with open(os.path.join(self.dir, 'vm.cfg'), 'wb') as f:
            f.write(bytes_of(self.cfg))
        env = dict(self.t.base_env, VMC_STORE_DIR=os.path.join(self.dir, 'store'))
        p = subprocess.run([self.t.vmc, 'build', '-o', 'result', 'vm.cfg'], cwd=self.dir, env=env,
                           capture_output=True, timeout=60)
        self.rc, self.err = p.returncode, text_of(p.stderr)
        if self.rc != 0:
            return
        with open(os.path.join(self.dir, 'result', 'model.json'), 'rb') as f:
            self.model = json.loads(text_of(f.read()))
        p = subprocess.run([self.t.vmc, 'model', 'vm.cfg'], cwd=self.dir, env=env, capture_output=True, timeout=60)
        self.model_cli = json.loads(text_of(p.stdout)) if p.returncode == 0 else text_of(p.stderr)
        bindir = os.path.join(bytes_of(self.dir), b'result', b'bin')
        scripts = os.listdir(bindir)
        if len(scripts) == 1:
            self.script = text_of(os.path.join(bindir, scripts[0]))

    def failure(self):
        if self.rc != 0:
            return 'vmc build failed (exit %s): %s' % (self.rc, self.err.strip()[:600])
        if self.script is None:
            return 'no single bin/run-NAME-vm in the result'
        return None


class Run:
    """One run of a build's start script, with an environment and arguments."""

    def __init__(self, t, build, name, env=None, args=(), path=None):
        self.t, self.build, self.name = t, build, name
        self.dir = os.path.join(t.work, 'r-' + name)
        self.env_extra = dict(env or {})
        self.args = list(args)
        self.path = path
        self.rc = None
        self.err = ''
        self.argv = None   # [$0, $PWD, arguments...]
        self.img = []      # [[$PWD, arguments...], ...] of qemu-img calls

    def prepare(self):
        bait(self.dir)
        bait(os.path.join(self.dir, 'tmp'))
        if 'TMPDIR' in self.env_extra:
            bait(self.env_extra['TMPDIR'])
        self.out = os.path.join(self.dir, 'args')
        env = dict(self.t.base_env, HOSTILE_ARGS_OUT=self.out, TMPDIR=os.path.join(self.dir, 'tmp'))
        if self.path:
            env['PATH'] = self.path + ':' + env['PATH']
        env.update(self.env_extra)
        self.env = env

    def run(self):
        self.prepare()
        if self.build.failure():
            return
        p = subprocess.run([bytes_of(self.build.script)] + [bytes_of(a) for a in self.args], cwd=bytes_of(self.dir),
                           env={bytes_of(k): bytes_of(v) for k, v in self.env.items()},
                           capture_output=True, timeout=60, stdin=subprocess.DEVNULL)
        self.rc, self.err = p.returncode, text_of(p.stderr)
        if os.path.exists(self.out):
            with open(self.out, 'rb') as f:
                self.argv = [text_of(a) for a in f.read().split(b'\0')[:-1]]
        n = 0
        while os.path.exists('%s.img%d' % (self.out, n)):
            with open('%s.img%d' % (self.out, n), 'rb') as f:
                self.img.append([text_of(a) for a in f.read().split(b'\0')[:-1]])
            n += 1

    def failure(self):
        f = self.build.failure()
        if f:
            return f
        if self.rc != 0 or self.argv is None:
            return 'the start script failed (exit %s): %s' % (self.rc, self.err.strip()[:600])
        return None

    # What the model and the run's environment say QEMU gets.
    def runtime(self):
        m, env, cwd = self.build.model, self.env, self.dir
        r = {}
        r['tmpdir'] = self.argv[1]   # where the script ran QEMU: its $TMPDIR
        if env.get('USE_TMPDIR') and env.get('TMPDIR'):
            r['tmpdir_var'] = env['TMPDIR']
        else:
            r['tmpdir_var'] = self.argv[1]
        disk = env.get('VMC_DISK_IMAGE') or env.get('NIX_DISK_IMAGE') or m['diskImage']
        r['disk'] = os.path.realpath(os.path.join(cwd, disk))
        r['shared'] = env.get('SHARED_DIR') or r['tmpdir_var'] + '/xchg'
        efi = m['firmware']['efi']
        if efi:
            v = env.get('VMC_EFI_VARS') or env.get('NIX_EFI_VARS') or efi['variables']
            r['efi_vars'] = os.path.realpath(os.path.join(cwd, v))
        return r

    def layout(self):
        """The arguments QEMU should get, from the model, as (argument, slot)."""
        m, env = self.build.model, self.env
        rt = self.runtime()
        out = [(m['qemu']['binary'], ('binary',))]
        out += [(a, ('binaryArgs', i)) for i, a in enumerate(m['qemu']['args'])]
        out += [('-name', None), ('guest=' + qesc(m['name']), ('name',)), ('-m', None), (str(m['memorySize']), None),
                ('-smp', None), (str(m['cores']), None), ('-device', None), ('virtio-rng-pci', None)]
        net, done = m['network'], False
        for i, a in enumerate(net):
            if not done and i > 0 and net[i - 1] == '-netdev' and a.startswith('user,'):
                q = env.get('QEMU_NET_OPTS', '')
                out.append((a + (',' + q if q else ''), ('netdev',)))
                done = True
            else:
                out.append((a, ('network', i)))
        for s in m['shares']:
            src = s['source']
            if isinstance(src, dict):
                src = rt['tmpdir_var'] + '/xchg' if src['runtime'] == 'xchg' else rt['shared']
            out += [('-virtfs', None), ('local,path=%s,security_model=%s,mount_tag=%s'
                                        % (qesc(src), qesc(s['securityModel']), qesc(s['tag'])), ('virtfs', s['tag']))]
        scsi = m['diskInterface'] == 'scsi'
        for i, d in enumerate(m['drives']):
            out += [('-drive', None), (self.keyvals('', d['drive'], rt), ('drive', i))]
            if scsi:
                out += [('-device', None), ('lsi53c895a', None)]
            out += [('-device', None), (self.keyvals('scsi-hd' if scsi else 'virtio-blk-pci', d['device'], rt),
                                        ('device', i))]
        if not m['useBootLoader']:
            out += [('-kernel', None), (m['kernel'], ('kernel',))]
            if m['initrd'] is not None:
                out += [('-initrd', None), (m['initrd'], ('initrd',))]
            q = env.get('QEMU_KERNEL_PARAMS', '')
            out += [('-append', None), (m['kernelParams'] + (' ' + q if q else ''), ('append',))]
        efi = m['firmware']['efi']
        if efi:
            out += [('-drive', None), ('if=pflash,format=raw,unit=0,readonly=on,file=' + qesc(efi['code']), ('pflash0',)),
                    ('-drive', None), ('if=pflash,format=raw,unit=1,file=' + qesc(rt['efi_vars']), ('pflash1',))]
        out += [(a, ('opt', i)) for i, a in enumerate(m['extraOptions'])]
        out += [(a, ('QEMU_OPTS', i)) for i, a in enumerate(split_ws(env.get('QEMU_OPTS', '')))]
        out += [(a, ('arg', i)) for i, a in enumerate(self.args)]
        return out

    @staticmethod
    def resolve(v, rt):
        if isinstance(v, dict):
            return rt['disk'] if v['runtime'] == 'disk image' else rt['tmpdir_var'] + '/disk.img'
        return v

    def keyvals(self, prefix, kv, rt):
        parts = [prefix] if prefix else []
        parts += ['%s=%s' % (k, qesc(self.resolve(v, rt))) for k, v in kv.items()]
        return ','.join(parts)

    def slots(self):
        if not hasattr(self, '_slots'):
            self._layout = self.layout()
            self._slots = {s: i for i, (_, s) in enumerate(self._layout) if s is not None}
        return self._slots

    def qemu_args(self):
        """What the stand-in got, in the layout's numbering ($0 first)."""
        return [self.argv[0]] + self.argv[2:]

    def slot(self, key):
        """(expected, got) for a slot."""
        i = self.slots()[key]
        got = self.qemu_args()
        return self._layout[i][0], (got[i] if i < len(got) else '<missing>')


# ---- the test -----------------------------------------------------------------


class Test:
    def __init__(self, vmc, work):
        self.vmc, self.work = vmc, work
        self.gen = Gen(SEED)
        self.builds, self.runs = [], []
        self.checks = []   # (label, value or None, function returning None or a reason)
        self.base_env = {'PATH': os.environ.get('PATH', '/usr/bin:/bin'), 'LANG': 'C.UTF-8',
                         'HOME': os.path.join(work, 'home'), 'VMC_CACHE_DIR': 'off',
                         'HOSTILE_CANARY': os.path.join(work, 'CANARY')}
        os.makedirs(self.base_env['HOME'], exist_ok=True)
        self.files = os.path.join(work, 'files')
        self.qemu = os.path.join(work, 'bin', 'qemu-system-x86_64')
        install(self.qemu, STANDIN_QEMU)
        install(os.path.join(work, 'bin', 'qemu-img'), STANDIN_QEMU_IMG)
        self.kernel = os.path.join(self.files, 'bzImage')
        touch(self.kernel)

    def build(self, name, cfg, expect_error=None):
        b = Build(self, name, cfg, expect_error)
        self.builds.append(b)
        return b

    def run(self, build, name, **kw):
        r = Run(self, build, name, **kw)
        self.runs.append(r)
        return r

    def check(self, label, value, fn):
        self.checks.append((label, value, fn))

    def hostile_file(self, prefix, content=''):
        """An existing file whose name holds a hostile component."""
        p = os.path.join(self.files, prefix + self.gen.comp())
        touch(p, content)
        return p

    # A check that a run got `key`'s argument as the layout says, plus more.
    def slot_check(self, run, keys, extra=None):
        def fn():
            f = run.failure()
            if f:
                return f
            for k in keys:
                try:
                    want, got = run.slot(k)
                except KeyError:
                    return 'the model has no argument %r' % (k,)
                if want != got:
                    return 'argument %r: expected %r, QEMU got %r' % (k, want, got)
            return extra() if extra else None
        return fn

    # ---- the plan ----

    def plan(self):
        self.plan_main()
        self.plan_env()
        self.plan_small()
        self.plan_rejections()

    def base_cfg(self, body, kernel=True, package=True):
        lines = ['{ ... }: {'] + (['  virtualisation.qemu.package = %s;' % nix_str(self.qemu)] if package else [])
        if kernel:
            lines.append('  boot.kernelImage = %s;' % nix_str(self.kernel))
        return '\n'.join(lines + body + ['}', ''])

    def plan_main(self):
        g = self.gen
        g.used.update(CLASSICS)
        opts = list(CLASSICS) + ['', ' ', '\t\n '] + [g.nows() for _ in range(240)]
        opts_ws = [g.ws() for _ in range(100)]
        kparams = list(CLASSICS) + [''] + [g.kparam() for _ in range(180)]
        drive_files = [g.any() for _ in range(80)]
        drive_serials = [g.any() for _ in range(30)]
        device_serials = [g.any() for _ in range(30)]
        share_sources = [g.any() for _ in range(60)]
        share_tags = [g.tag() for _ in range(40)]
        self.main_initrd = self.hostile_file('initrd-')
        body = ['  boot.initrdImage = %s;' % nix_str(self.main_initrd),
                '  boot.init = "/init";',
                '  virtualisation.qemu.consoles = [ "ttyS0" ];',
                '  virtualisation.qemu.options = [ "--hostile-begin" ']
        body += ['    %s' % nix_str(v) for v in opts + opts_ws]
        body += ['    "--hostile-end" ];', '  boot.kernelParams = [']
        body += ['    %s' % nix_str(v) for v in kparams]
        body += ['  ];', '  virtualisation.qemu.drives = [']
        for i, f in enumerate(drive_files):
            extra = ''
            if i < 30:
                extra = ' driveExtraOpts.serial = %s;' % nix_str(drive_serials[i])
            elif i < 60:
                extra = ' deviceExtraOpts.serial = %s;' % nix_str(device_serials[i - 30])
            body.append('    { name = "h%d"; file = %s;%s }' % (i, nix_str(f), extra))
        body += ['  ];']
        for i, s in enumerate(share_sources):
            body.append('  virtualisation.sharedDirectories."s%d" = { source = %s; target = "/mnt/s%d"; };'
                        % (i, nix_str(s), i))
        for i, t in enumerate(share_tags):
            body.append('  virtualisation.sharedDirectories.%s = { source = "/srv/t%d"; target = "/mnt/t%d"; };'
                        % (nix_str(t), i, i))
        b = self.build('main', self.base_cfg(body))
        tmp = os.path.join(self.work, 'r-main', 'tmp dir')
        r = self.run(b, 'main', env={'USE_TMPDIR': '1', 'TMPDIR': tmp})
        self.add_build_checks(b)
        self.add_layout_check(r)

        # qemu.options: each element split at whitespace exactly, each piece one argument.
        def opt_pieces():
            ex = b.model['extraOptions']
            i, j = ex.index('--hostile-begin'), ex.index('--hostile-end')
            return i + 1, ex[i + 1:j]
        offsets, at = [], 0
        for v in opts + opts_ws:
            offsets.append(at)
            at += len(split_ws(v))

        for n, v in enumerate(opts + opts_ws):
            def extra(v=v, n=n):
                start, pieces = opt_pieces()
                want = split_ws(v)
                mine = pieces[offsets[n]:offsets[n] + len(want)]
                if mine != want or len(pieces) != at:
                    return 'the model splits it as %r, wanted %r' % (mine, want)
                for k in range(len(want)):
                    e, got = r.slot(('opt', start + offsets[n] + k))
                    if got != want[k]:
                        return 'piece %d: expected %r, QEMU got %r' % (k, want[k], got)
                return None
            where = 'qemu.options (%s)' % ('one argument' if n < len(opts) else 'split at whitespace')
            self.check(where, v, self.slot_check(r, [], extra))

        # boot.kernelParams: the model's command line is NixOS's: the
        # parameters joined with single spaces (the user's, then kernel.nix's
        # loglevel=4, in the module system's merge order); -append carries it whole.
        all_params = kparams + ['loglevel=4', 'init=/init', 'console=ttyS0']
        frags, offs, pos = [], [], 0
        for v in kparams:
            f = kernel_cmdline([v])
            offs.append(pos)
            frags.append(f)
            pos += len(f) + 1
        for n, v in enumerate(kparams):
            def extra(n=n):
                line = b.model['kernelParams']
                if line != kernel_cmdline(all_params):
                    got = line[offs[n]:offs[n] + len(frags[n])]
                    if got != frags[n]:
                        return 'the model\'s command line holds %r where %r belongs' % (got, frags[n])
                return None
            self.check('boot.kernelParams', v, self.slot_check(r, [('append',)], extra))

        # drives: -drive file=ESCAPED plus what the model lists, read back as QEMU does.
        def drive_check(i, field, value, device=False):
            def extra():
                d = b.model['drives'][i + 1]
                if d['name'] != 'h%d' % i:
                    return 'model drive %d is %r, wanted h%d' % (i + 1, d['name'], i)
                kv = d['device' if device else 'drive']
                if kv.get(field) != value:
                    return 'the model has %s = %r' % (field, kv.get(field))
                _, got = r.slot(('device' if device else 'drive', i + 1))
                parsed = qemu_opts(got, 'driver' if device else None)
                want = ([('driver', 'virtio-blk-pci')] if device else []) + list(kv.items())
                if parsed != want:
                    return 'QEMU reads %r, wanted %r' % (parsed, want)
                return None
            return self.slot_check(r, [('device' if device else 'drive', i + 1)], extra)
        for i, f in enumerate(drive_files):
            self.check('qemu.drives file', f, drive_check(i, 'file', f))
        for i, s in enumerate(drive_serials):
            self.check('qemu.drives driveExtraOpts', s, drive_check(i, 'serial', s))
        for i, s in enumerate(device_serials):
            self.check('qemu.drives deviceExtraOpts', s, drive_check(i + 30, 'serial', s, device=True))

        # shares: -virtfs local,path=ESCAPED,security_model=none,mount_tag=TAG
        def share_check(tag, source):
            def extra():
                ms = [s for s in b.model['shares'] if s['tag'] == tag]
                if len(ms) != 1 or ms[0]['source'] != source:
                    return 'the model has %r for share %r' % (ms, tag)
                _, got = r.slot(('virtfs', tag))
                parsed = qemu_opts(got, 'fsdriver')
                want = [('fsdriver', 'local'), ('path', source), ('security_model', 'none'), ('mount_tag', tag)]
                if parsed != want:
                    return 'QEMU reads %r, wanted %r' % (parsed, want)
                return None
            return self.slot_check(r, [('virtfs', tag)], extra)
        for i, s in enumerate(share_sources):
            self.check('sharedDirectories source', s, share_check('s%d' % i, s))
        for i, t in enumerate(share_tags):
            self.check('sharedDirectories tag', t, share_check(t, '/srv/t%d' % i))

        # The initrd with a hostile name.
        self.check('boot.initrdImage', self.main_initrd,
                   self.slot_check(r, [('initrd',)], lambda: None if b.model['initrd'] == self.main_initrd
                                   else 'the model has %r' % b.model['initrd']))
        # No accidental glob: the temporary directory full of bait is where QEMU ran.
        self.check('USE_TMPDIR run', tmp, self.slot_check(r, [], lambda: None if r.argv[1] == tmp
                                                          else 'QEMU ran in %r' % r.argv[1]))

    def plan_env(self):
        """Hostile environment values and script arguments.  Values that can
        stop the script (file names it resolves) get a run each; the others
        share runs."""
        g = self.gen
        b = self.build('env', self.base_cfg([]))
        self.add_build_checks(b)
        k = 0

        def new_run(build, env, args=(), disk=True):
            nonlocal k
            k += 1
            r = self.run(build, 'env%d' % k, env=env, args=args)
            if disk:   # an existing disk image: no qemu-img call
                touch(os.path.join(r.dir, 'nixos.qcow2'))
            self.add_layout_check(r)
            return r

        # NIX_DISK_IMAGE: absolute and relative names, some with a leading '-'
        # or a trailing newline; QEMU gets the resolved path (readlink -f).
        for i in range(30):
            lead = '-' if i % 10 == 1 else ''
            c = g.comp(lead)
            while c.rstrip('\n') in BAIT:   # an existing file: no qemu-img call
                c = g.comp(lead)
            if i % 10 == 2 and not c.endswith('\n'):
                c += '\n'
            v = c if i % 3 == 1 else None
            r = new_run(b, {}, disk=False)
            if v is None:
                v = os.path.join(r.dir, c)
            r.env_extra['NIX_DISK_IMAGE'] = v

            def extra(r=r, v=v):
                want = os.path.realpath(os.path.join(r.dir, v))
                _, got = r.slot(('drive', 0))
                parsed = dict(qemu_opts(got))
                if parsed.get('file') != want:
                    return 'QEMU reads file=%r, wanted %r' % (parsed.get('file'), want)
                if [c[1:] for c in r.img] != [['create', '-f', 'qcow2', want, '%dM' % b.model['diskSize']]]:
                    return 'qemu-img got %r' % r.img
                return None
            self.check('NIX_DISK_IMAGE', v, self.slot_check(r, [('drive', 0)], extra))

        # Shared runs: QEMU_OPTS (split at space, tab and newline only, never
        # globbed, IFS from the environment ignored), QEMU_NET_OPTS (appended
        # to -netdev user,... after a comma), QEMU_KERNEL_PARAMS (-append gets
        # the model's line, a space, the value), SHARED_DIR (the share
        # `shared'), TMPDIR with USE_TMPDIR (QEMU runs there, xchg below it).
        for i in range(35):
            env = {'QEMU_OPTS': g.ws() if i % 2 else g.any()}
            if i % 4 == 0:   # globs that match the bait files, as words of their own
                env['QEMU_OPTS'] = ' '.join(['*', 'bait*', '?', '[ab]', '*.bait', 'x*', '~', env['QEMU_OPTS']][i % 3:])
            if i % 5 == 0:
                env['IFS'] = ',$'
            if i < 25:
                env.update(QEMU_NET_OPTS=g.any(), QEMU_KERNEL_PARAMS=g.any(), SHARED_DIR=g.any())
            r = new_run(b, env)
            if i >= 5:
                env['TMPDIR'] = r.env_extra['TMPDIR'] = os.path.join(r.dir, 'tmp', g.comp())
                r.env_extra['USE_TMPDIR'] = '1'
            n = len(split_ws(env['QEMU_OPTS']))

            def extra(r=r, n=n):
                r.slots()
                if len(r.qemu_args()) != len(r._layout):
                    return 'QEMU got %d arguments, wanted %d: ...%r' % (len(r.qemu_args()), len(r._layout),
                                                                        r.qemu_args()[-n - 2:])
                return None
            self.check('QEMU_OPTS', env['QEMU_OPTS'],
                       self.slot_check(r, [('QEMU_OPTS', j) for j in range(n)], extra))
            if 'QEMU_NET_OPTS' in env:
                self.check('QEMU_NET_OPTS', env['QEMU_NET_OPTS'], self.slot_check(r, [('netdev',)]))
                self.check('QEMU_KERNEL_PARAMS', env['QEMU_KERNEL_PARAMS'], self.slot_check(r, [('append',)]))

                def extra(r=r, v=env['SHARED_DIR']):
                    _, got = r.slot(('virtfs', 'shared'))
                    p = dict(qemu_opts(got, 'fsdriver')).get('path')
                    return None if p == v else 'QEMU reads path=%r' % p
                self.check('SHARED_DIR', env['SHARED_DIR'], self.slot_check(r, [('virtfs', 'shared')], extra))
            if 'TMPDIR' in env:
                def extra(r=r, v=env['TMPDIR']):
                    if r.argv[1] != v:
                        return 'QEMU ran in %r' % r.argv[1]
                    if not os.path.isdir(bytes_of(v + '/xchg')):
                        return 'no directory $TMPDIR/xchg'
                    for tag in ('xchg', 'shared'):
                        _, got = r.slot(('virtfs', tag))
                        want = r.env.get('SHARED_DIR') if tag == 'shared' and r.env.get('SHARED_DIR') else v + '/xchg'
                        if dict(qemu_opts(got, 'fsdriver')).get('path') != want:
                            return 'QEMU reads %r for share %s' % (qemu_opts(got, 'fsdriver'), tag)
                    return None
                self.check('TMPDIR', env['TMPDIR'],
                           self.slot_check(r, [('virtfs', 'xchg'), ('virtfs', 'shared')], extra))

        # Arguments to the script go to QEMU as they are.
        args = [g.any() for _ in range(18)] + ['', '-']
        r = new_run(b, {}, args=args)
        for i, a in enumerate(args):
            self.check('script argument', a, self.slot_check(r, [('arg', i)]))

        # NIX_EFI_VARS: created from the template, given to QEMU resolved.
        fw, tmpl = self.hostile_file('code-'), self.hostile_file('vars-', 'template')
        b = self.build('env-efi', self.base_cfg(['  virtualisation.useEFIBoot = true;',
                                                 '  virtualisation.efi.firmware = %s;' % nix_str(fw),
                                                 '  virtualisation.efi.variables = %s;' % nix_str(tmpl)]))
        self.add_build_checks(b)
        for i in range(15):
            c = g.comp('-' if i == 3 else '')
            r = new_run(b, {})
            v = c if i % 2 else os.path.join(r.dir, c)
            r.env_extra['NIX_EFI_VARS'] = v

            def extra(r=r, v=v):
                want = os.path.realpath(os.path.join(r.dir, v))
                _, got = r.slot(('pflash1',))
                if dict(qemu_opts(got)).get('file') != want:
                    return 'QEMU reads %r, wanted file=%r' % (qemu_opts(got), want)
                try:
                    with open(bytes_of(want)) as f:
                        if f.read() != 'template':
                            return 'the EFI variables file does not hold the template'
                except OSError as e:
                    return 'the EFI variables file: %s' % e
                return None
            self.check('NIX_EFI_VARS', v, self.slot_check(r, [('pflash1',)], extra))
        # EFI firmware and template with hostile names.
        self.check('virtualisation.efi.firmware', fw, self.slot_check(
            r, [('pflash0',)], lambda: None if dict(qemu_opts(r.slot(('pflash0',))[1])).get('file') == fw
            else 'QEMU reads %r' % qemu_opts(r.slot(('pflash0',))[1])))
        self.check('virtualisation.efi.variables', tmpl, self.slot_check(
            r, [('pflash1',)], lambda: None if b.model['firmware']['efi']['variablesTemplate'] == tmpl
            else 'the model has %r' % b.model['firmware']['efi']['variablesTemplate']))

    def plan_small(self):
        """Builds with hostile names, kernels, initrds, QEMU paths, init and
        consoles; boot-loader and EFI builds; a QEMU found in PATH."""
        g = self.gen
        for j in range(8):
            name = 'vm=%d $(touch PWNED)' % j if j == 0 else g.name()
            kernel, initrd = self.hostile_file('k%d-' % j), self.hostile_file('i%d-' % j)
            pkg_dir = os.path.join(self.work, 'pkg%d' % j, g.comp())
            pkg = os.path.join(pkg_dir, g.comp())
            install(pkg, STANDIN_QEMU)
            install(os.path.join(pkg_dir, 'qemu-img'), STANDIN_QEMU_IMG)
            init, console = g.kparam(), g.kparam()
            disk = None
            if j >= 4:
                c = g.comp().rstrip('\n')
                disk = './' + c if j % 2 else c if not c.startswith('-') else './' + c
            body = ['  system.name = %s;' % nix_str(name), '  boot.kernelImage = %s;' % nix_str(kernel),
                    '  boot.initrdImage = %s;' % nix_str(initrd), '  boot.init = %s;' % nix_str(init),
                    '  virtualisation.qemu.consoles = [ %s ];' % nix_str(console)]
            if disk is not None:
                body.append('  virtualisation.diskImage = %s;' % nix_str(disk))
            if j == 1:
                body.append('  virtualisation.qemu.diskInterface = "scsi";')
            if j == 2:
                body.append('  virtualisation.emptyDiskImages = [ 1 2 ];')
            if j == 3:
                body.append('  virtualisation.graphics = false;')
            cfg = '{ ... }: {\n  virtualisation.qemu.package = %s;\n%s\n}\n' % (nix_str(pkg), '\n'.join(body))
            b = self.build('small%d' % j, cfg)
            r = self.run(b, 'small%d' % j)
            self.add_build_checks(b)
            self.add_layout_check(r)

            def name_check(b=b, r=r, name=name, disk=disk):
                if b.model['name'] != name:
                    return 'the model has name %r' % b.model['name']
                if os.path.basename(b.script) != 'run-%s-vm' % name:
                    return 'the start script is %r' % os.path.basename(b.script)
                parsed = qemu_opts(r.slot(('name',))[1], 'guest')
                if parsed != [('guest', name)]:
                    return 'QEMU reads -name %r as %r' % (r.slot(('name',))[1], parsed)
                want = os.path.realpath(os.path.join(r.dir, disk or './%s.qcow2' % name))
                if dict(qemu_opts(r.slot(('drive', 0))[1])).get('file') != want:
                    return 'the disk image is %r, wanted %r' % (r.slot(('drive', 0))[1], want)
                return None
            self.check('system.name', name, self.slot_check(r, [('name',), ('drive', 0)], name_check))
            if disk is not None:
                self.check('virtualisation.diskImage', disk, self.slot_check(
                    r, [('drive', 0)], lambda b=b, disk=disk: None if b.model['diskImage'] == disk
                    else 'the model has %r' % b.model['diskImage']))
            for key, v in (('kernel', kernel), ('initrd', initrd)):
                self.check('boot.%sImage' % key, v, self.slot_check(
                    r, [(key,)], lambda b=b, key=key, v=v: None if b.model[key] == v
                    else 'the model has %r' % b.model[key]))
            self.check('virtualisation.qemu.package', pkg, self.slot_check(
                r, [('binary',)], lambda b=b, pkg=pkg, r=r: None if b.model['qemu']['binary'] == pkg and
                r.argv[0] == pkg else 'the model has %r, $0 is %r' % (b.model['qemu']['binary'], r.argv[0])))
            line = kernel_cmdline(['loglevel=4', 'init=' + init, 'console=' + console])
            for what, v in (('boot.init', init), ('qemu.consoles', console)):
                self.check(what, v, self.slot_check(
                    r, [('append',)], lambda b=b, line=line: None if b.model['kernelParams'] == line
                    else 'the model has %r, wanted %r' % (b.model['kernelParams'], line)))

        # useBootLoader: qemu-img makes $TMPDIR/disk.img backed by the boot disk.
        for j in range(2):
            boot = self.hostile_file('boot%d-' % j)
            b = self.build('boot%d' % j, self.base_cfg(['  virtualisation.useBootLoader = true;',
                                                        '  virtualisation.bootDiskImage = %s;' % nix_str(boot)],
                                                       kernel=False))
            r = self.run(b, 'boot%d' % j)
            self.add_build_checks(b)
            self.add_layout_check(r)

            def extra(b=b, r=r, boot=boot):
                if b.model['bootDiskImage'] != boot:
                    return 'the model has %r' % b.model['bootDiskImage']
                want = ['create', '-f', 'qcow2', '-F', 'qcow2', '-b', boot, r.argv[1] + '/disk.img']
                calls = [c[1:] for c in r.img if '-b' in c]
                return None if calls == [want] else 'qemu-img got %r, wanted %r' % (calls, want)
            self.check('virtualisation.bootDiskImage', boot, self.slot_check(r, [('drive', 1)], extra))

        # useEFIBoot with hostile efiVars (relative to where the script starts).
        for j in range(2):
            fw, tmpl = self.hostile_file('fw%d-' % j), self.hostile_file('tv%d-' % j, 'template')
            ev = './' + g.comp()
            b = self.build('efi%d' % j, self.base_cfg([
                '  virtualisation.useEFIBoot = true;', '  virtualisation.efi.firmware = %s;' % nix_str(fw),
                '  virtualisation.efi.variables = %s;' % nix_str(tmpl),
                '  virtualisation.efiVars = %s;' % nix_str(ev)]))
            r = self.run(b, 'efi%d' % j)
            self.add_build_checks(b)
            self.add_layout_check(r)

            def extra(b=b, r=r, ev=ev):
                if b.model['firmware']['efi']['variables'] != ev:
                    return 'the model has %r' % b.model['firmware']['efi']['variables']
                want = os.path.realpath(os.path.join(r.dir, ev))
                got = dict(qemu_opts(r.slot(('pflash1',))[1])).get('file')
                if got != want:
                    return 'QEMU reads file=%r, wanted %r' % (got, want)
                return None if os.path.isfile(bytes_of(want)) else 'the variables file was not made'
            self.check('virtualisation.efiVars', ev, self.slot_check(r, [('pflash1',)], extra))
            self.check('virtualisation.efi.firmware', fw, self.slot_check(
                r, [('pflash0',)], lambda r=r, fw=fw: None if dict(qemu_opts(r.slot(('pflash0',))[1])).get('file')
                == fw else 'QEMU reads %r' % qemu_opts(r.slot(('pflash0',))[1])))

        # Hostile disk image names that need care: a leading '-', a trailing newline.
        newline = g._fresh(lambda: g._raw(ATOMS, 1, 5).replace('/', '\u2215').rstrip('\n') + '\n',
                           lambda v: not v.startswith('-') and len(bytes_of(v)) <= 200)
        for j, disk in enumerate([g.comp('-'), newline]):
            b = self.build('disk%d' % j, self.base_cfg(['  virtualisation.diskImage = %s;' % nix_str(disk)]))
            r = self.run(b, 'disk%d' % j)
            self.add_build_checks(b)
            self.add_layout_check(r)

            def extra(b=b, r=r, disk=disk):
                want = os.path.realpath(os.path.join(r.dir, disk))
                got = dict(qemu_opts(r.slot(('drive', 0))[1])).get('file')
                return None if got == want else 'QEMU reads file=%r, wanted %r' % (got, want)
            self.check('virtualisation.diskImage', disk, self.slot_check(r, [('drive', 0)], extra))

        # A QEMU program named without a directory (found in PATH), starting with '-'.
        pathdir = os.path.join(self.work, 'pathbin')
        prog = g.comp('-')
        install(os.path.join(pathdir, prog), STANDIN_QEMU)
        install(os.path.join(pathdir, 'qemu-img'), STANDIN_QEMU_IMG)
        b = self.build('inpath', self.base_cfg(['  virtualisation.qemu.package = %s;' % nix_str(prog)], package=False))
        r = self.run(b, 'inpath', path=pathdir)
        self.add_build_checks(b)
        self.add_layout_check(r, binary=os.path.join(pathdir, prog))
        self.check('virtualisation.qemu.package (in PATH)', prog, self.slot_check(
            r, [], lambda: None if r.argv[0] == os.path.join(pathdir, prog) and b.model['qemu']['binary'] == prog
            else 'the model has %r, $0 is %r' % (b.model['qemu']['binary'], r.argv[0])))

    def plan_rejections(self):
        """Values vmc refuses by design: exit 1, a clear message, no result."""
        g = self.gen
        nul = os.path.join(self.files, 'nul')
        touch(nul, 'a\0b')
        rd = '(builtins.readFile %s)' % nix_str(nul)
        cases = []
        for opt, line in (('virtualisation.qemu.options', '  virtualisation.qemu.options = [ %s ];'),
                          ('boot.kernelParams', '  boot.kernelParams = [ %s ];'),
                          ('virtualisation.qemu.drives', '  virtualisation.qemu.drives = [ { file = %s; } ];'),
                          ('virtualisation.sharedDirectories',
                           '  virtualisation.sharedDirectories.x = { source = %s; target = "/x"; };'),
                          ('system.name', '  system.name = %s;'),
                          ('boot.initrdImage', '  boot.initrdImage = %s;')):
            cases.append((opt + ' (NUL byte)', 'a\\0b', line % rd, 'holds a NUL byte'))
        for v in ('a/b', 'a\nb', '.', '..'):
            cases.append(('system.name (refused)', v, '  system.name = %s;' % nix_str(v),
                          'cannot name the start script'))
        for n, (what, v, line, msg) in enumerate(cases):
            b = self.build('reject%d' % n, self.base_cfg([line]), expect_error=msg)

            def fn(b=b, msg=msg):
                if b.rc != 1:
                    return 'vmc build exited %s, wanted 1 (stderr %r)' % (b.rc, b.err[:300])
                if msg not in b.err:
                    return 'stderr lacks %r: %r' % (msg, b.err[:300])
                if os.path.lexists(os.path.join(b.dir, 'result')):
                    return 'a failed build left a result link'
                return None
            self.check(what, v, fn)

    def add_build_checks(self, b):
        def model_cli():
            return b.failure() or (None if b.model_cli == b.model else
                                   '`vmc model` differs from result/model.json: %r' % (b.model_cli,))
        self.check('vmc model = model.json [%s]' % b.name, None, model_cli)
        if os.environ.get('HOSTILE_NO_SHELLCHECK') != '1':
            self.check('shellcheck [%s]' % b.name, None, lambda: b.failure() or self.shellcheck_result(b))

    def add_layout_check(self, r, binary=None):
        def fn():
            f = r.failure()
            if f:
                return f
            want = [a for a, _ in r.layout()]
            if binary:
                want[0] = binary
            got = r.qemu_args()
            r.slots()
            if binary:
                r._layout[0] = (binary, ('binary',))
            if want == got:
                return None
            i = next((i for i in range(min(len(want), len(got))) if want[i] != got[i]), min(len(want), len(got)))
            return 'QEMU got %d arguments, wanted %d; first difference at %d: expected %r, got %r' % (
                len(got), len(want), i, want[i] if i < len(want) else '<none>', got[i] if i < len(got) else '<none>')
        self.check('all arguments [%s]' % r.name, None, fn)

    # ---- running ----

    def execute(self):
        workers = min(8, (os.cpu_count() or 2) * 2)
        with concurrent.futures.ThreadPoolExecutor(workers) as ex:
            list(ex.map(lambda b: b.run(), self.builds))
            sc = self.start_shellcheck()   # alongside the runs
            list(ex.map(lambda r: r.run(), self.runs))
        self.finish_shellcheck(sc)

    def start_shellcheck(self):
        self.sc = {}
        if os.environ.get('HOSTILE_NO_SHELLCHECK') == '1':
            return None
        dst = os.path.join(self.work, 'sc')
        os.makedirs(dst, exist_ok=True)
        files = {}
        for i, b in enumerate(self.builds):
            if b.script:
                p = os.path.join(dst, '%d.sh' % i)
                shutil.copyfile(bytes_of(b.script), p)
                files[p] = b
                self.sc[b.name] = []
        if not files:
            return None
        p = subprocess.Popen(['shellcheck', '-f', 'gcc'] + sorted(files), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=dict(os.environ, LC_ALL='C.UTF-8'))
        return p, files

    def finish_shellcheck(self, sc):
        if sc is None:
            return
        p, files = sc
        out, err = p.communicate(timeout=120)
        for line in text_of(out).splitlines():
            f = line.split(':', 1)[0]
            if f in files:
                self.sc[files[f].name].append(line[len(os.path.dirname(f)) + 1:])
        if p.returncode not in (0, 1):
            for b in files.values():
                self.sc[b.name].append('shellcheck failed: ' + text_of(err)[:300])

    def shellcheck_result(self, b):
        if os.environ.get('HOSTILE_NO_SHELLCHECK') == '1':
            return None
        msgs = self.sc.get(b.name)
        if not msgs:
            return None
        return 'shellcheck reports %d: %s' % (len(msgs), ' | '.join(msgs[:4]))

    def pwned_check(self, cwd):
        found = []
        for root, dirs, files in os.walk(bytes_of(self.work)):
            found += [os.path.join(root, f) for f in files + dirs if f == b'PWNED']
        for d in (cwd, os.environ.get('HOME', '/nonexistent')):
            p = os.path.join(d, 'PWNED')
            if os.path.lexists(p) and p not in self.pwned_before:
                found.append(p)
        if os.path.lexists(self.base_env['HOSTILE_CANARY']):
            found.append(self.base_env['HOSTILE_CANARY'])
        return None if not found else 'a hostile command ran: %r' % found

    def report(self, counts_file):
        passed = failed = 0
        shown = 0
        limit = int(os.environ.get('HOSTILE_SHOW', '40'))
        for label, value, fn in self.checks:
            try:
                why = fn()
            except Exception as e:   # a broken model or run: report it as the failure
                why = 'check raised %s: %s' % (type(e).__name__, e)
            if why is None:
                passed += 1
                continue
            failed += 1
            if shown < limit:
                shown += 1
                v = '' if value is None else ' value %r' % value
                print('FAIL hostile: %s%s: %s' % (label, v, why))
        values = [v for _, v, _ in self.checks if v is not None]
        places = {label for label, v, _ in self.checks if v is not None}
        print('hostile: %d values (%d distinct) in %d places, %d more checks (shellcheck, vmc model, whole '
              'argument lists, no command run)' % (len(values), len(set(values)), len(places), len(self.checks) - len(values)))
        if failed > shown:
            print('... %d more failures (HOSTILE_SHOW=N shows more)' % (failed - shown))
        print('hostile: %d passed, %d failed' % (passed, failed))
        with open(counts_file, 'w') as f:
            f.write('%d %d\n' % (passed, failed))


def main():
    vmc, work, counts = sys.argv[1:4]
    t = Test(os.path.abspath(vmc), os.path.abspath(work))
    cwd = os.getcwd()
    t.pwned_before = {p for p in (os.path.join(cwd, 'PWNED'), os.path.join(os.environ.get('HOME', '/nonexistent'),
                                                                            'PWNED')) if os.path.lexists(p)}
    t.plan()
    t.execute()
    t.check('no hostile command ran', None, lambda: t.pwned_check(cwd))
    t.report(counts)


if __name__ == '__main__':
    main()
