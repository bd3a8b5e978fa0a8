#!/usr/bin/env python3
"""Differential tests: our getconf against glibc's /usr/bin/getconf.

  differential.py --ours GETCONF --glibc /usr/bin/getconf --tracer TRACER
                  --vars vars.tsv --names glibc-2.36-names.txt
                  --host-libc musl|glibc GROUP

Both programs run as "getconf" (found through PATH, so argv[0] and every
message agree) in the same environment, and their standard output,
standard error and exit status must be equal. Where we deliberately differ
from glibc, the case is listed below with what glibc does instead; the test
checks glibc still does that, and that we do what getconf(1) says.

GROUP is one of: names, cli, all, pathconf, filesystems, fstypes,
conditions, output, self. "self" needs no glibc: it checks our getconf
against the name list and against values computed here.
Exit status: 0 all passed, 1 a failure, 77 nothing could run here.
"""
import argparse
import os
import re
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
from collections import namedtuple

Result = namedtuple("Result", "rc out err")
SYSTEM_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
UNDEF = "undefined"

# Deliberate differences in values: name -> (glibc's output, ours on a musl
# host, ours on a glibc host, why). getconf.1 and docs/getconf.md say the
# same.
VALUE_DEVIATIONS = {
    "SSIZE_MAX": ("32767", "9223372036854775807", "9223372036854775807",
                  "glibc answers the POSIX minimum, _POSIX_SSIZE_MAX"),
    "MB_LEN_MAX": ("16", "4", "16", "the host's <limits.h>: musl's locales need at most 4 bytes"),
    "NL_ARGMAX": ("4096", "9", "4096", "musl's printf takes positional arguments up to %9$"),
    "PTHREAD_KEYS_MAX": ("1024", "128", "1024", "musl has 128 thread-specific keys"),
    "RE_DUP_MAX": ("32767", "255", "32767", "musl's regcomp takes intervals up to {255}"),
    "POSIX2_RE_DUP_MAX": ("32767", "255", "32767", "musl's regcomp takes intervals up to {255}"),
    "RTSIG_MAX": ("32", "30", "32", "musl keeps 3 real-time signals for itself"),
    "_POSIX_PRIORITY_SCHEDULING": ("200809", UNDEF, "200809",
                                   "musl's sched_setscheduler and sched_setparam fail with ENOSYS"),
    "_POSIX_THREAD_PRIO_PROTECT": ("200809", UNDEF, "200809",
                                   "musl has no PTHREAD_PRIO_PROTECT mutexes"),
    "_XOPEN_REALTIME": ("1", UNDEF, "1", "needs _POSIX_PRIORITY_SCHEDULING"),
    "_XOPEN_REALTIME_THREADS": ("1", UNDEF, "1", "needs _POSIX_THREAD_PRIO_PROTECT"),
}
# glibc's names we refuse, and the names we add (glibc 2.40's).
REFUSED = {"GNU_LIBC_VERSION": "glibc ", "GNU_LIBPTHREAD_VERSION": "NPTL "}
ADDED = {"NPROCESSORS_CONF": "_NPROCESSORS_CONF", "NPROCESSORS_ONLN": "_NPROCESSORS_ONLN"}
CACHE_NAMES = re.compile(r"^LEVEL[1-4]_(I|D|)CACHE_(SIZE|ASSOC|LINESIZE)$")
# Values that change from one moment to the next: (name, tolerance).
VOLATILE = {"_AVPHYS_PAGES": 0.05}
# x86-64 system call numbers for the tracer's "fail" mode.
SYSCALLS = {"statfs": 137, "sysinfo": 99, "prlimit64": 302, "sched_getaffinity": 204}


class Suite:
    def __init__(self, args):
        self.args = args
        self.tmp = tempfile.mkdtemp(prefix="getconf-test-")
        os.chmod(self.tmp, 0o755)
        self.bindirs = {}
        for which, exe in (("ours", args.ours), ("glibc", args.glibc)):
            if not exe:
                continue
            d = os.path.join(self.tmp, which)
            os.mkdir(d)
            os.symlink(os.path.abspath(exe), os.path.join(d, "getconf"))
            self.bindirs[which] = d
        self.getconf_dir = self.mkdir("getconf-dir")
        self.passed = self.failed = self.skipped = 0
        self.host_libc = args.host_libc

    def mkdir(self, name):
        path = os.path.join(self.tmp, name)
        os.makedirs(path, exist_ok=True)
        return path

    def write(self, name, text, mode=0o644):
        path = os.path.join(self.tmp, name)
        with open(path, "w") as f:
            f.write(text)
        os.chmod(path, mode)
        return path

    def run(self, which, args, env=None, wrap=(), preexec=None, cwd=None, stdout=None):
        environ = {"PATH": self.bindirs[which] + ":" + SYSTEM_PATH,
                   "GETCONF_DIR": self.getconf_dir}
        # The sanitizer configuration's settings pass through; LeakSanitizer
        # cannot work under ptrace or without /proc, so wrapped runs go
        # without it.
        for k in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
            if k in os.environ:
                environ[k] = os.environ[k]
        if wrap:
            environ["ASAN_OPTIONS"] = environ.get("ASAN_OPTIONS", "") + ":detect_leaks=0"
        environ.update(env or {})
        environ = {k: v for k, v in environ.items() if v is not None}
        kw = {"stdout": stdout} if stdout is not None else {"stdout": subprocess.PIPE}
        p = subprocess.run(list(wrap) + ["getconf"] + list(args), env=environ,
                           stderr=subprocess.PIPE, preexec_fn=preexec, cwd=cwd or self.tmp,
                           timeout=120, **kw)
        out = p.stdout.decode("latin-1") if p.stdout is not None else ""
        return Result(p.returncode, out, p.stderr.decode("latin-1"))

    def ok(self):
        self.passed += 1

    def fail(self, label, why, **shown):
        self.failed += 1
        print("FAIL %s: %s" % (label, why))
        for k, v in shown.items():
            print("    %-8s %r" % (k, v))

    def skip(self, label, why):
        self.skipped += 1
        print("SKIP %s: %s" % (label, why))

    def compare(self, label, args, expect=None, **kw):
        """Run both; ours must equal expect(glibc's result), by default
        glibc's result itself."""
        g = self.run("glibc", args, **kw)
        o = self.run("ours", args, **kw)
        try:
            want = expect(g) if expect else g
        except Deviation as e:
            self.fail(label, "glibc no longer does what we document: %s" % e, glibc=g)
            return g, o
        if want is None:
            self.ok()
        elif o != want:
            self.fail(label + " " + " ".join(map(repr, args)), "differs", glibc=g, ours=o,
                      expected=want)
        else:
            self.ok()
        return g, o

    def finish(self):
        shutil.rmtree(self.tmp, ignore_errors=True)
        print("%d passed, %d failed, %d skipped" % (self.passed, self.failed, self.skipped))
        if self.failed:
            return 1
        return 77 if not self.passed else 0


class Deviation(Exception):
    pass


def raise_deviation(text):
    raise Deviation(text)


# --- what we expect of ours, given glibc's answer ---------------------------

def sysfs_cache():
    """The cache geometry of cpu0 as the kernel describes it, read here
    independently of the tool: {LEVEL1_DCACHE_SIZE: "49152", ...}."""
    base = "/sys/devices/system/cpu/cpu0/cache"
    names = {}
    i = 0
    while os.path.exists("%s/index%d/level" % (base, i)):
        index = "%s/index%d/" % (base, i)
        i += 1

        def attr(a):
            try:
                with open(index + a) as f:
                    return f.read().strip()
            except OSError:
                return None
        level, kind = attr("level"), attr("type") or ""
        if level is None or not level.isdigit() or not 1 <= int(level) <= 4:
            continue
        if kind.startswith("Instruction"):
            if level != "1":
                continue
            prefix = "LEVEL1_ICACHE"
        elif kind.startswith(("Data", "Unified")):
            prefix = "LEVEL1_DCACHE" if level == "1" else "LEVEL%s_CACHE" % level
        else:
            continue
        if prefix + "_SIZE" in names:
            continue
        m = re.match(r"^(\d+)([KMG]?)", attr("size") or "")
        names[prefix + "_SIZE"] = (str(int(m.group(1)) << {"": 0, "K": 10, "M": 20, "G": 30}[m.group(2)])
                                   if m else UNDEF)
        for a, f in (("ASSOC", "ways_of_associativity"), ("LINESIZE", "coherency_line_size")):
            v = attr(f)
            names[prefix + "_" + a] = v if v and v.isdigit() else UNDEF
    for level in ("LEVEL1_ICACHE", "LEVEL1_DCACHE", "LEVEL2_CACHE", "LEVEL3_CACHE", "LEVEL4_CACHE"):
        for a in ("SIZE", "ASSOC", "LINESIZE"):
            names.setdefault(level + "_" + a, UNDEF)
    return names


def our_value(suite, name, glibc_value, cache=None):
    """What we print for NAME where glibc prints glibc_value (one line,
    "undefined" for undefined); raises Deviation if glibc no longer prints
    what we document."""
    if name in VALUE_DEVIATIONS:
        g, musl, glibc_host, why = VALUE_DEVIATIONS[name]
        if glibc_value != g:
            raise Deviation("%s: expected glibc to print %r (%s)" % (name, g, why))
        return musl if suite.host_libc == "musl" else glibc_host
    if CACHE_NAMES.match(name):
        # glibc asks CPUID; we read the kernel's sysfs description.
        return (cache or sysfs_cache())[name]
    return glibc_value


def expect_single(suite, name, full_name=None):
    """expect() for "getconf NAME [PATH]"; full_name is the table's name
    when NAME leaves out _POSIX_."""
    def expect(g):
        if name in REFUSED:
            if g.rc != 0 or not g.out.startswith(REFUSED[name]):
                raise Deviation("glibc's %s printed %r" % (name, g.out))
            return Result(2, "", "getconf: Unrecognized variable `%s'\n" % name)
        if g.rc != 0 or g.err:
            return g
        value = g.out[:-1]
        if "\n" in value:
            return g
        if name in VOLATILE:
            # Ours again, between two of glibc's: within their range, give
            # or take the tolerance (other programs change free memory).
            o = suite.run("ours", [name])
            g2 = suite.run("glibc", [name])
            if not (o.rc == 0 and o.out[:-1].isdigit() and value.isdigit()
                    and g2.out[:-1].isdigit()):
                return g
            lo, hi = sorted((int(value), int(g2.out)))
            slack = VOLATILE[name] * hi
            return None if lo - slack <= int(o.out) <= hi + slack else g
        return Result(0, our_value(suite, full_name or name, value) + "\n", "")
    return expect


def expect_all(suite, glibc_nproc=None):
    """expect() for -a: glibc's lines with our documented differences."""
    cache = sysfs_cache()

    def expect(g):
        if g.rc != 0:
            return g
        out = []
        lines = g.out.split("\n")
        i = 0
        while i < len(lines):
            line = lines[i]
            i += 1
            name, value = line[:35].rstrip(), line[35:]
            # A multi-line confstr value continues on lines shorter than
            # a padded name.
            while i < len(lines) and lines[i] and len(lines[i]) < 35:
                value += "\n" + lines[i]
                i += 1
            if not line:
                out.append(line)
                continue
            if name in REFUSED:
                continue
            v = value if value else UNDEF
            if name not in VOLATILE:
                v = our_value(suite, name, v, cache)
            out.append("%-35s%s" % (name, "" if v == UNDEF else v))
            if name == "_NPROCESSORS_ONLN":
                conf = [l for l in out if l.startswith("_NPROCESSORS_CONF ")][0][35:]
                out.append("%-35s%s" % ("NPROCESSORS_CONF", conf))
                out.append("%-35s%s" % ("NPROCESSORS_ONLN", value))
        return Result(0, "\n".join(out), "")
    return expect


def compare_all(suite, label, args, **kw):
    """-a: equal line by line except the volatile values, within tolerance."""
    g = suite.run("glibc", args, **kw)
    o = suite.run("ours", args, **kw)
    try:
        want = expect_all(suite)(g)
    except Deviation as e:
        suite.fail(label, "glibc no longer does what we document: %s" % e)
        return
    if o.rc != want.rc or o.err != want.err:
        suite.fail(label, "status or messages differ", glibc=g[::2], ours=o[::2])
        return
    wl, ol = want.out.split("\n"), o.out.split("\n")
    if len(wl) != len(ol):
        suite.fail(label, "%d lines, expected %d" % (len(ol), len(wl)))
        return
    phys = [l[35:] for l in ol if l.startswith("_PHYS_PAGES ")]
    for w, l in zip(wl, ol):
        name = w[:35].rstrip()
        if name in VOLATILE and l[:35].rstrip() == name:
            # Free memory moves between the two runs: a count of pages no
            # larger than the total will do here (the names group checks
            # it against glibc's closely).
            if l[35:].isdigit() and phys and phys[0].isdigit() and int(l[35:]) <= int(phys[0]):
                continue
        if w != l:
            suite.fail(label + " " + " ".join(args), "line differs", expected=w, ours=l)
            return
    suite.ok()


# --- the name list -----------------------------------------------------------

def glibc_names(args):
    names = []
    with open(args.names) as f:
        for line in f:
            kind, rest = line.split()
            names.append((rest.split("=")[0], kind.lower()))
    return names


def our_vars(args):
    out = []
    with open(args.vars) as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                fields = line.rstrip("\n").split("\t")
                out.append((fields[0], fields[1]))
    return out


def resolve(suite, typed):
    """The table entry a typed name finds: the first equal to it, or equal
    to it with _POSIX_ in front."""
    for name, _ in our_vars(suite.args):
        if name == typed or (name.startswith("_POSIX_") and name[7:] == typed):
            return name
    return None


def group_names(suite):
    """Every glibc name, with and without a _POSIX_ prefix, right and wrong
    numbers of operands."""
    ours = dict(our_vars(suite.args))
    for name, kind in glibc_names(suite.args):
        if name in REFUSED:
            if name in ours:
                suite.fail(name, "must not be in vars.tsv")
        elif ours.get(name) != kind:
            suite.fail(name, "kind %s in vars.tsv, glibc's is %s" % (ours.get(name), kind))
        else:
            suite.ok()
        operands = [name, "/"] if kind == "pathconf" else [name]
        suite.compare(name, operands, expect_single(suite, name))
        wrong = [name] if kind == "pathconf" else [name, "/"]
        # A name we refuse is unknown before its operands are counted.
        suite.compare(name + " (wrong operands)", wrong, (lambda g: Result(
            2, "", "getconf: Unrecognized variable `%s'\n" % name)) if name in REFUSED else None)
        if name.startswith("_POSIX_"):
            short = name[7:]
            ops = [short] + operands[1:]
            suite.compare(name + " without _POSIX_", ops,
                          expect_single(suite, short, resolve(suite, short)))
    # glibc 2.40's names: 2.36 refuses them; ours answer as the old ones.
    for name, alias in ADDED.items():
        g = suite.run("glibc", [name])
        want = suite.run("glibc", [alias])
        o = suite.run("ours", [name])
        if g.rc == 2 and o == want:
            suite.ok()
        else:
            suite.fail(name, "expected glibc's %s" % alias, glibc=g, ours=o, expected=want)


def group_cli(suite):
    same = [
        [], ["--"], ["-v"], ["-vX"], ["-v", "X"], ["-v", "POSIX_V7_LP64_OFF64"],
        ["LONG_BIT", "x"], ["NAME_MAX", "/", "/"], ["FOO"], ["FOO", "x"], ["FOO", "x", "y"],
        ["LINK_MAX"], ["LINK_MAX", "/", "x"], ["-V"], ["-h"], ["-x"], ["-"], [""], ["-a", "x", "y"],
        ["-ax"], ["-a/"], ["--helpx"], ["--vers"], ["--usage"], ["-- "], ["--", "--"],
        ["--", "LONG_BIT"], ["--", "LINK_MAX", "/"], ["--", "LINK_MAX"], ["--", "-a"],
        ["--", "--help"], ["-a", "-v", "X"], ["-a", "--", "/"], ["long_bit"], ["POSIX_VERSION"],
        ["_POSIX_LONG_BIT"], ["__POSIX_VERSION"], ["_POSIX_"], ["_POSIX__POSIX_VERSION"],
        ["XOPEN_VERSION"], ["_POSIX2_VERSION"], ["XBS5_ILP32_OFF32"], ["VERSION"],
        ["V7_LP64_OFF64"], ["THREADS"], ["LINK_MAX "], [" LINK_MAX", "/"],
        ["-v", "POSIX_V7_LP64_OFF64", "LONG_BIT"], ["-vPOSIX_V7_LP64_OFF64", "LONG_BIT"],
        ["-vPOSIX_V6_LP64_OFF64", "-a", "x", "y"], ["-v", "XBS5_LP64_OFF64", "--", "LONG_BIT"],
        ["-v", "POSIX_V7_LP64_OFF64", "--", "--", "LONG_BIT"], ["-v", "POSIX_V7_LP64_OFF64", "--help"],
        ["-v", "POSIX_V7_LP64_OFF64", "--version"], ["-v", "POSIX_V7_LP64_OFF64"],
        ["-v", "POSIX_V7_LP64_OFF64", "LINK_MAX", "/"], ["-v", "POSIX_V7_LP64_OFF64", "FOO"],
    ]
    for args in same:
        suite.compare("cli", args)
    # argv[0] as the messages show it: usage uses the last component,
    # errors the whole of it.
    for argv0 in ("/some/where/getconf", "conf", "a/b/"):
        for args in ([], ["FOO"], ["NAME_MAX", "/nonexistent"]):
            res = [run_as(suite, w, argv0, args) for w in ("glibc", "ours")]
            if res[0] == res[1]:
                suite.ok()
            else:
                suite.fail("argv[0] %s %s" % (argv0, args), "differs", glibc=res[0], ours=res[1])

    # --help and --version: the first argument only, anything after ignored.
    for args in (["--help"], ["--help", "x", "y"], ["--version"], ["--version", "FOO"]):
        g, o = suite.run("glibc", args), suite.run("ours", args)
        if args[0] == "--help":
            # Same text but for the last paragraph (glibc's bug-report link).
            gh, oh = g.out.split("\n\n"), o.out.split("\n\n")
            good = o.rc == 0 and not o.err and gh[:2] == oh[:2] and "libwildebeest" in oh[2]
        else:
            good = (o.rc == 0 and not o.err and g.out.startswith("getconf (")
                    and re.match(r"^getconf \(libwildebeest\) \S+\n", o.out))
        if good:
            suite.ok()
        else:
            suite.fail("cli %s" % args, "deviation not as documented", glibc=g, ours=o)

    # -v: glibc on x86-64 accepts any SPEC and ignores it; we check it
    # against the POSIX names and run another environment's getconf.
    for args in (["-v", "foo", "LONG_BIT"], ["-vfoo", "LONG_BIT"], ["-v", "", "LONG_BIT"],
                 ["-v", "-v", "LONG_BIT"], ["-v", "-a", "LONG_BIT"], ["-vfoo", "-a"],
                 ["-v", "--", "LONG_BIT"], ["-v", "posix_v7_lp64_off64", "LONG_BIT"]):
        spec = args[0][2:] or args[1]
        suite.compare("cli -v", args, lambda g: Result(
            2, "", 'getconf: unknown specification "%s"\n' % spec) if g.rc == 0 else g)
    for spec in ("POSIX_V7_ILP32_OFF32", "POSIX_V6_ILP32_OFFBIG", "XBS5_LPBIG_OFFBIG",
                 "POSIX_V7_LPBIG_OFFBIG"):
        path = os.path.join(suite.getconf_dir, spec)
        suite.compare("cli -v missing", ["-v", spec, "LONG_BIT"], lambda g: Result(
            4, "", "getconf: Couldn't execute %s: No such file or directory\n" % path))
    # An installed environment's getconf gets the arguments after SPEC.
    other = os.path.join(suite.getconf_dir, "POSIX_V7_ILP32_OFFBIG")
    with open(other, "w") as f:
        f.write('#!/bin/sh\necho "$0" "$@"\n')
    os.chmod(other, 0o755)
    for args, shown in ((["-v", "POSIX_V7_ILP32_OFFBIG", "LONG_BIT"], "LONG_BIT"),
                        (["-vPOSIX_V7_ILP32_OFFBIG", "-a", "/"], "-a /"),
                        (["-v", "POSIX_V7_ILP32_OFFBIG", "--", "FOO"], "-- FOO")):
        suite.compare("cli -v installed", args,
                      lambda g: Result(0, "%s %s\n" % (other, shown), ""))
    os.chmod(other, 0o644)
    suite.compare("cli -v not executable", ["-v", "POSIX_V7_ILP32_OFFBIG", "LONG_BIT"],
                  lambda g: Result(4, "", "getconf: Couldn't execute %s: Permission denied\n"
                                   % other))
    os.unlink(other)


def run_as(suite, which, argv0, args):
    environ = {"PATH": SYSTEM_PATH, "GETCONF_DIR": suite.getconf_dir}
    exe = os.path.join(suite.bindirs[which], "getconf")
    p = subprocess.run([argv0] + args, executable=exe, env=environ, capture_output=True)
    return Result(p.returncode, p.stdout.decode("latin-1"), p.stderr.decode("latin-1"))


def group_all(suite):
    f = suite.write("plain-file", "x")
    for args in (["-a"], ["-a", "/"], ["-a", "/proc"], ["-a", "/dev/null"], ["-a", "/nonexistent"],
                 ["-a", f], ["-a", "--"], ["-a", "-a"], ["-a", ""], ["--", "-a"],
                 ["-v", "POSIX_V7_LP64_OFF64", "-a"], ["-vXBS5_LP64_OFF64", "-a", "/sys"]):
        compare_all(suite, "all", args)


def test_paths(suite):
    """(label, path) pairs covering file types and every kind of error."""
    d = suite.mkdir("paths")
    f = suite.write("paths/file", "x")
    fifo = os.path.join(d, "fifo")
    os.mkfifo(fifo)
    sock = os.path.join(d, "socket")
    s = socket.socket(socket.AF_UNIX)
    s.bind(sock)
    s.close()
    os.symlink(f, os.path.join(d, "link"))
    os.symlink("/nonexistent", os.path.join(d, "dangling"))
    os.symlink("loop", os.path.join(d, "loop"))
    paths = [("root", "/"), ("dir", d), ("file", f), ("fifo", fifo), ("socket", sock),
             ("symlink", os.path.join(d, "link")), ("proc", "/proc"), ("sys", "/sys"),
             ("dev", "/dev"), ("devnull", "/dev/null"), ("devpts", "/dev/pts"),
             ("shm", "/dev/shm"), ("relative", "."), ("missing", "/nonexistent"),
             ("empty", ""), ("dangling", os.path.join(d, "dangling")),
             ("notdir", f + "/x")]
    for dev in sorted(os.listdir("/sys/class/block")) if os.path.isdir("/sys/class/block") else []:
        if os.path.exists("/dev/" + dev) and os.stat("/dev/" + dev).st_mode & 0o170000 == 0o060000:
            paths.append(("blockdev", "/dev/" + dev))
            break
    return paths


def group_pathconf(suite):
    names = [n for n, k in glibc_names(suite.args) if k == "pathconf"]
    for label, path in test_paths(suite):
        for name in names:
            suite.compare("pathconf %s" % label, [name, path])
    # Errors whose text differs between the C libraries' strerror: the
    # message up to the text and the status must agree.
    d = os.path.join(suite.tmp, "paths")
    long_path = "/" + "x" * 5000
    for label, path in (("loop", os.path.join(d, "loop")), ("toolong", long_path)):
        for name in names:
            g = suite.run("glibc", [name, path])
            o = suite.run("ours", [name, path])
            prefix = "getconf: pathconf: %s: " % path
            if g == o or (g.rc == o.rc == 3 and g.out == o.out == ""
                          and g.err.startswith(prefix) and o.err.startswith(prefix)):
                suite.ok()
            else:
                suite.fail("pathconf %s %s" % (label, name), "differs", glibc=g, ours=o)
    # Permission denied, as an unprivileged user.
    if os.getuid() == 0:
        locked = suite.mkdir("locked")
        os.chmod(locked, 0o700)
        inside = suite.write("locked/file", "x")

        def nobody():
            os.setgid(65534)
            os.setgroups([])
            os.setuid(65534)
        for name in names:
            suite.compare("pathconf EACCES", [name, inside], preexec=nobody)
        compare_all(suite, "all EACCES", ["-a", inside], preexec=nobody)
    else:
        suite.skip("pathconf EACCES", "needs root to switch users")


# --- file systems, in a private mount namespace -----------------------------

def namespace_wrap(script):
    """A command prefix running `script` (mounts) in a private mount
    namespace, then the command."""
    user = [] if os.getuid() == 0 else ["-Ur"]
    return ["unshare", "-m", "--propagation", "private"] + user + [
        "sh", "-ec", script + '\nexec "$@"', "sh"]


def namespaces_work(suite):
    p = subprocess.run(namespace_wrap("mount -t tmpfs none /mnt") + ["true"],
                       capture_output=True)
    return p.returncode == 0


def group_filesystems(suite):
    if not namespaces_work(suite):
        suite.skip("filesystems", "no private mount namespace here")
        return
    loops = []
    try:
        filesystems(suite, loops)
    finally:
        for dev in loops:
            subprocess.run(["losetup", "-d", dev], capture_output=True)


def filesystems(suite, loops):
    """Each case mounts what it needs in a namespace of its own; the ext
    images are attached to loop devices once, up front."""
    root = suite.mkdir("mnt")
    mounts = [("tmpfs", "mount -t tmpfs none {d}"), ("ramfs", "mount -t ramfs none {d}"),
              ("proc", "mount -t proc proc {d}"), ("sysfs", "mount -t sysfs sysfs {d}"),
              ("mqueue", "mount -t mqueue mqueue {d}"), ("cgroup2", "mount -t cgroup2 none {d}"),
              ("devpts", "mount -t devpts -o newinstance none {d}"),
              ("overlay", "mkdir -p {d}.l {d}.u {d}.w && mount -t overlay overlay "
                          "-o lowerdir={d}.l,upperdir={d}.u,workdir={d}.w {d}")]
    mkfs = shutil.which("mkfs.ext2", path=SYSTEM_PATH)
    if os.getuid() == 0 and mkfs:
        for fs in ("ext2", "ext3", "ext4"):
            img = os.path.join(suite.tmp, fs + ".img")
            with open(img, "wb") as f:
                f.truncate(8 << 20)
            subprocess.run([mkfs, "-q", "-F", "-t", fs, img], check=True, capture_output=True)
            p = subprocess.run(["losetup", "--find", "--show", img], capture_output=True, text=True)
            if p.returncode:
                suite.skip("filesystem " + fs, "losetup: " + p.stderr.strip())
                continue
            loops.append(p.stdout.strip())
            mounts.append((fs, "mount -t %s %s {d}" % (fs, loops[-1])))
    else:
        suite.skip("filesystems ext2/3/4", "needs root and mkfs.ext2 for loop-mounted images")
    names = [n for n, k in glibc_names(suite.args) if k == "pathconf"]
    for fs, how in mounts:
        d = os.path.join(root, fs)
        os.makedirs(d, exist_ok=True)
        wrap = namespace_wrap(how.format(d=d))
        probe = subprocess.run(wrap + ["true"], capture_output=True)
        if probe.returncode:
            suite.skip("filesystem " + fs, probe.stderr.decode().strip())
            continue
        compare_all(suite, "all on " + fs, ["-a", d], wrap=wrap)
        for name in ("LINK_MAX", "NAME_MAX", "FILESIZEBITS", "POSIX2_SYMLINKS"):
            suite.compare("%s on %s" % (name, fs), [name, d], wrap=wrap)
        if fs.startswith("ext"):
            # Without /sys/dev/block, glibc (and we) read /proc/mounts.
            hidden = namespace_wrap(how.format(d=d) + "\nmount -t tmpfs none /sys/dev/block")
            for name in names:
                suite.compare("%s on %s via /proc/mounts" % (name, fs), [name, d], wrap=hidden)
            # A mount point with a space is written \040 in /proc/mounts.
            sp = os.path.join(root, fs + " dir")
            os.makedirs(sp, exist_ok=True)
            spaced = namespace_wrap(how.format(d="'%s'" % sp) + "\nmount -t tmpfs none /sys/dev/block")
            suite.compare("LINK_MAX on %s with a space, via /proc/mounts" % fs,
                          ["LINK_MAX", sp], wrap=spaced)
            # The ext4 driver's sysfs entry missing: ext2 and ext3 numbers.
            noext4 = namespace_wrap(how.format(d=d) + "\nmount -t tmpfs none /sys/fs/ext4")
            suite.compare("LINK_MAX on %s without /sys/fs/ext4" % fs, ["LINK_MAX", d], wrap=noext4)
    # /proc/mounts contents chosen here, the root file system's device
    # hidden from sysfs. The fake is bound over the shell's own
    # /proc/PID/mounts, which getconf inherits by exec (the rest of /proc
    # stays: the sanitizers read their options from it).
    rootdev = os.stat("/").st_dev
    rootfs = None
    with open("/proc/mounts") as f:
        for line in f:
            fields = line.split()
            if fields[2].startswith("ext") and os.stat(fields[1]).st_dev == rootdev:
                rootfs = fields[2]
    if rootfs not in ("ext2", "ext3", "ext4"):
        suite.skip("fake /proc/mounts", "the root file system is not ext2/3/4 here")
        return
    for i, text in enumerate([
            "", "y / ext4 rw 0 0\n", "y / ext3 rw 0 0\n", "y / ext2 rw 0 0\n", "y / xfs rw 0 0\n",
            "x /nonexistent ext4 rw 0 0\ny / ext3 rw 0 0\n", "y / xfs rw 0 0\nz / ext4 rw 0 0\n",
            "y /tmp ext4 rw 0 0\n", "y /dev ext4 rw 0 0\n", "y / ext3 rw 0 0\nz / ext4 rw 0 0\n",
            "y / EXT4 rw 0 0\n", "y / ext4\n", "y / ext4dev rw 0 0\nz / ext4 rw 0 0\n",
            "garbage\n\n  \ny\ny /\nz / ext4 rw 0 0\n", "y /\\040 ext4 rw 0 0\nz / ext4 rw 0 0\n"]):
        fake = suite.write("mounts-%d" % i, text)
        wrap = namespace_wrap("mount -t tmpfs none /sys/dev/block\n"
                              "mount --bind %s /proc/$$/mounts" % fake)
        suite.compare("LINK_MAX with /proc/mounts %r" % text, ["LINK_MAX", "/"], wrap=wrap)


def group_fstypes(suite):
    """Make statfs report each file system type; glibc's pathconf and ours
    must agree on every value."""
    tracer = suite.args.tracer
    if subprocess.run([tracer, "statfs", "0x9fa0", "true"]).returncode == 77:
        suite.skip("fstypes", "ptrace is not allowed here")
        return
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "fstypes.txt")) as f:
        types = [l.split() for l in f if l.strip() and not l.startswith("#")]
    for magic, name in types:
        compare_all(suite, "all on %s" % name, ["-a", "/"], wrap=[tracer, "statfs", magic])
    for sizes in ("0xef53,0,1000,0", "0xef53,17,1000,2000", "0x9fa0,300,0,512",
                  "0x01021994,4294967301,65536,65536"):
        compare_all(suite, "all with statfs %s" % sizes, ["-a", "/"], wrap=[tracer, "statfs", sizes])
    # A file system the kernel says is ext2/3/4 but whose device has no
    # sysfs entry (major 0): ext2 and ext3 numbers.
    for name in ("LINK_MAX", "FILESIZEBITS"):
        suite.compare("%s on /proc as ext*" % name, [name, "/proc"],
                      wrap=[tracer, "statfs", "0xef53"])


# --- conditions: limits, CPUs, the auxiliary vector, failures ---------------

def setrlimit(resource_id, soft):
    def f():
        hard = resource.getrlimit(resource_id)[1]
        resource.setrlimit(resource_id, (soft, hard))
    return f


def group_conditions(suite):
    inf = resource.RLIM_INFINITY
    for soft in (100 << 10, 512 << 10, 1 << 20, 1000001, 8 << 20, 16 << 20, 24 << 20,
                 25165827, 25165823, 100 << 20, inf):
        if suite.args.sanitized and soft % 4096:
            continue    # AddressSanitizer cannot start with a stack limit not page-aligned
        for name in ("ARG_MAX", "_POSIX_ARG_MAX"):
            suite.compare("%s with stack %s" % (name, soft), [name],
                          preexec=setrlimit(resource.RLIMIT_STACK, soft))
    for res, names in ((resource.RLIMIT_NPROC, ("CHILD_MAX", "_POSIX_CHILD_MAX")),
                       (resource.RLIMIT_NOFILE, ("OPEN_MAX", "_POSIX_OPEN_MAX")),
                       (resource.RLIMIT_SIGPENDING, ("SIGQUEUE_MAX",))):
        for soft in (0, 1, 77, 1024) if res != resource.RLIMIT_NOFILE else (5, 77, 1024):
            for name in names:
                suite.compare("%s with limit %d" % (name, soft), [name],
                              preexec=setrlimit(res, soft))
    tracer = suite.args.tracer
    traced = subprocess.run([tracer, "statfs", "0x9fa0", "true"]).returncode != 77
    if traced:
        for res, names in ((7, ("OPEN_MAX",)), (6, ("CHILD_MAX",)), (11, ("SIGQUEUE_MAX",)),
                           (3, ("ARG_MAX",))):
            for value in ("inf", "9223372036854775807", "4611686018427387904", "2147483648", "0"):
                for name in names:
                    if name == "OPEN_MAX" and value not in ("inf", "0"):
                        continue    # glibc truncates it to int; the kernel never allows it
                    suite.compare("%s with limit %s" % (name, value), [name],
                                  wrap=[tracer, "rlimit", "%d=%s" % (res, value)])
    # The CPUs this process may use do not change the machine's counts.
    cpus = sorted(os.sched_getaffinity(0))
    for mask in ({cpus[0]}, set(cpus)):
        for name in ("_NPROCESSORS_ONLN", "_NPROCESSORS_CONF"):
            suite.compare("%s with affinity %s" % (name, mask), [name],
                          preexec=lambda m=mask: os.sched_setaffinity(0, m))
    if namespaces_work(suite):
        cpu_lists(suite)
        ngroups(suite)
    else:
        suite.skip("cpu lists, ngroups_max", "no private mount namespace here")
    getconf_dirs(suite)
    if traced:
        auxv(suite, tracer)
        failures(suite, tracer)
    else:
        suite.skip("auxv, failures", "ptrace is not allowed here")


def cpu_lists(suite):
    # Every list ends in a newline, as the kernel writes them: glibc reads
    # past the end of one that does not.
    lists = ["0-3\n", "0-3,5,7-8\n", "0\n", "5\n", "", "abc\n", "3-1\n", "0-3,\n",
             "0-3 \n", "0-3\nxyz", "0,0,0\n", "1-2,2-3\n", "0-1000000\n", "0-3,,5\n", "0x3\n",
             "00-03\n", "1-1\n", "0-3\t\n", "2,\n", "-\n", ",3\n", "0-3,abc\n",
             ",".join(["0"] * 511) + "\n"]
    stats = ["cpu  1 2 3\ncpu0 1\ncpu1 2\ncpu7 3\ncpux 1\ncpu 4\nintr 5\ncpu9\n", "cpu9\n",
             "cpu9 \n", "xcpu9\n", " cpu9\n", "cpu12 1\ncpu3 1\n", "cpu\n", "CPU0 1\n",
             "cpu0 1\nintr 5\ncpu1 1\n", "cpu 1\ncpux\ncpu1\ncpu2\n", "cpu0 1\n\ncpu1 1\n",
             "cpu0 " + "y" * 3000 + "\ncpu1 1\ncpu2 " + "z" * 1500 + "\ncpu3\n", ""]
    for i, text in enumerate(lists):
        f = suite.write("cpulist-%d" % i, text)
        for name, file in (("_NPROCESSORS_ONLN", "online"), ("_NPROCESSORS_CONF", "possible")):
            wrap = namespace_wrap("mount --bind %s /sys/devices/system/cpu/%s" % (f, file))
            suite.compare("%s with %r" % (name, text[:40]), [name], wrap=wrap)
    bad = suite.write("cpulist-bad", "x\n")
    for i, text in enumerate(stats):
        f = suite.write("stat-%d" % i, text)
        for name, file in (("_NPROCESSORS_ONLN", "online"), ("_NPROCESSORS_CONF", "possible")):
            wrap = namespace_wrap("mount --bind %s /sys/devices/system/cpu/%s\n"
                                  "mount --bind %s /proc/stat" % (bad, file, f))
            suite.compare("%s with /proc/stat %r" % (name, text[:40]), [name], wrap=wrap)
    # Lists the kernel would not write, which glibc reads into odd counts:
    # we do not read them, and count the cpuN lines of /proc/stat instead.
    fallback = suite.run("ours", ["_NPROCESSORS_ONLN"], wrap=namespace_wrap(
        "mount --bind %s /sys/devices/system/cpu/online" % suite.write("cpulist-x", "x\n")))
    for text, glibc_count in ((" 0-3\n", "4"), ("+3\n", "1"), ("0--3\n", "-2"),
                              ("0-4294967296\n", "1"), ("0-2147483648\n", "-2147483647")):
        f = suite.write("cpulist-odd", text)
        wrap = namespace_wrap("mount --bind %s /sys/devices/system/cpu/online" % f)
        suite.compare("_NPROCESSORS_ONLN with %r" % text, ["_NPROCESSORS_ONLN"], wrap=wrap,
                      expect=lambda g, c=glibc_count: fallback if g.out == c + "\n"
                      else raise_deviation("glibc counted %r" % g.out))
    # A range without its end: glibc's answer depends on bytes past the
    # newline that the file never held (usually the /proc/stat count, 3 in
    # one CI run on a 2-CPU machine, as if it read "7-9"); ours is the
    # fallback, always.
    f = suite.write("cpulist-open", "7-\n")
    wrap = namespace_wrap("mount --bind %s /sys/devices/system/cpu/online" % f)
    suite.compare("_NPROCESSORS_ONLN with '7-\\n'", ["_NPROCESSORS_ONLN"], wrap=wrap,
                  expect=lambda g: fallback)
    # A list longer than glibc's 1 KiB buffer: glibc 2.36 miscounts it
    # (384 for 600 CPUs); we count them all.
    f = suite.write("cpulist-long", ",".join(["0"] * 600) + "\n")
    wrap = namespace_wrap("mount --bind %s /sys/devices/system/cpu/online" % f)
    suite.compare("_NPROCESSORS_ONLN with 600 CPUs", ["_NPROCESSORS_ONLN"], wrap=wrap,
                  expect=lambda g: Result(0, "600\n", "") if g == Result(0, "384\n", "")
                  else raise_deviation("glibc counted %r" % g.out))


def ngroups(suite):
    for i, text in enumerate(["12345", "", "abc", "  77  ", "99x", "-5", "99999999999999999999",
                              "0", "4294967296", "12\n34", " 77", "77 ", "+5", "5\n\n", "0x10",
                              "010", "\t8\n", "-", "5\0", "9223372036854775808",
                              "-9223372036854775809", "0" * 4096 + "5", "0" * 30 + "5"]):
        f = suite.write("ngroups-%d" % i, text)
        wrap = namespace_wrap("mount --bind %s /proc/sys/kernel/ngroups_max" % f)
        suite.compare("NGROUPS_MAX with %r" % text[:40], ["NGROUPS_MAX"], wrap=wrap)
    wrap = namespace_wrap("mount -t tmpfs none /proc/sys/kernel")
    suite.compare("NGROUPS_MAX without the file", ["NGROUPS_MAX"], wrap=wrap)


def getconf_dirs(suite):
    """The 32-bit environments are offered when GETCONF_DIR holds their
    getconf; glibc honours $GETCONF_DIR, and so do we."""
    env_names = [n for n, k in glibc_names(suite.args)
                 if re.search(r"(XBS5|V6|V7)_(ILP32|LP64|LPBIG)|WIDTH_RESTRICTED", n)]
    d = suite.mkdir("envs")
    cases = [("none", []), ("off32", ["POSIX_V6_ILP32_OFF32"]), ("offbig", ["POSIX_V6_ILP32_OFFBIG"]),
             ("both", ["POSIX_V6_ILP32_OFF32", "POSIX_V6_ILP32_OFFBIG"]),
             ("v7 names", ["POSIX_V7_ILP32_OFF32", "XBS5_ILP32_OFFBIG"])]
    for label, files in cases:
        sub = os.path.join(d, label.replace(" ", "_"))
        os.makedirs(sub)
        for f in files:
            open(os.path.join(sub, f), "w").close()
        for name in env_names:
            suite.compare("%s with GETCONF_DIR %s" % (name, label), [name],
                          env={"GETCONF_DIR": sub}, expect=expect_single(suite, name))
        compare_all(suite, "all with GETCONF_DIR %s" % label, ["-a"], env={"GETCONF_DIR": sub})
    # A directory of that name counts too; a relative GETCONF_DIR is taken
    # from the working directory; an empty one means the root directory.
    os.makedirs(os.path.join(d, "dirs", "POSIX_V6_ILP32_OFF32"))
    for env, cwd in (({"GETCONF_DIR": os.path.join(d, "dirs")}, None),
                     ({"GETCONF_DIR": "both"}, d), ({"GETCONF_DIR": "both/"}, d),
                     ({"GETCONF_DIR": ""}, None), ({"GETCONF_DIR": None}, None)):
        if env["GETCONF_DIR"] is None and (os.path.exists("/usr/lib/getconf") or
                                           os.path.exists(suite.args.getconf_dir)):
            continue    # the built-in directories differ: compare only when both are absent
        for name in ("_POSIX_V7_ILP32_OFF32", "POSIX_V7_WIDTH_RESTRICTED_ENVS",
                     "XBS5_ILP32_OFF32_CFLAGS"):
            suite.compare("%s with GETCONF_DIR=%r" % (name, env["GETCONF_DIR"]), [name],
                          env=env, cwd=cwd)


def auxv(suite, tracer):
    for spec in ("17=250", "17=0", "17=1000", "17=none", "51=1", "51=16385", "51=20000",
                 "51=100000", "51=0", "51=none"):
        for name in ("CLK_TCK", "PTHREAD_STACK_MIN", "PAGESIZE", "PAGE_SIZE", "_PHYS_PAGES"):
            suite.compare("%s with auxv %s" % (name, spec), [name], wrap=[tracer, "auxv", spec])


def failures(suite, tracer):
    """System calls failing where glibc's answer is sane: ours must agree."""
    fail = lambda call: [tracer, "fail", "%d=22" % SYSCALLS[call]]
    for name in ("ARG_MAX", "OPEN_MAX", "CHILD_MAX", "SIGQUEUE_MAX"):
        if suite.args.sanitized:
            break    # AddressSanitizer cannot start without getrlimit
        suite.compare("%s when getrlimit fails" % name, [name], wrap=fail("prlimit64"))
    for name in ("LINK_MAX", "NAME_MAX", "FILESIZEBITS", "POSIX2_SYMLINKS", "MAX_CANON"):
        suite.compare("%s when statfs fails" % name, [name, "/"], wrap=fail("statfs"))
    # glibc prints uninitialised memory for _PHYS_PAGES when sysinfo fails,
    # and 32768 processors when sched_getaffinity does; we say undefined
    # and 1.
    for name, ours in (("_PHYS_PAGES", UNDEF), ("_AVPHYS_PAGES", UNDEF)):
        suite.compare("%s when sysinfo fails" % name, [name], wrap=fail("sysinfo"),
                      expect=lambda g, v=ours: Result(0, v + "\n", ""))
    bad = suite.write("cpulist-x", "x\n")
    empty = suite.write("stat-empty", "")
    if namespaces_work(suite):
        wrap = namespace_wrap("mount --bind %s /sys/devices/system/cpu/online\n"
                              "mount --bind %s /proc/stat" % (bad, empty)) + fail("sched_getaffinity")
        suite.compare("_NPROCESSORS_ONLN when everything fails", ["_NPROCESSORS_ONLN"], wrap=wrap,
                      expect=lambda g: Result(0, "1\n", "") if g.out == "32768\n"
                      else raise_deviation("glibc counted %r" % g.out))


def group_output(suite):
    """Output that cannot be written: glibc exits 0 silently, we report it."""
    with open("/dev/full", "w") as full:
        for args in (["LONG_BIT"], ["-a"], ["--help"], ["--version"], ["PATH"]):
            g = suite.run("glibc", args, stdout=full)
            o = suite.run("ours", args, stdout=full)
            if g.rc == 0 and o.rc == 1 and o.err == "getconf: write error: No space left on device\n":
                suite.ok()
            else:
                suite.fail("output to /dev/full %s" % args, "not as documented", glibc=g, ours=o)
    # Errors still go to standard error with the usual status.
    with open("/dev/full", "w") as full:
        suite.compare("error with stdout full", ["FOO"], stdout=full)


def group_self(suite):
    """Without glibc: every glibc name known with its kind, GNU_* refused,
    -a complete and in order, and the values the kernel decides."""
    ours = our_vars(suite.args)
    names = dict(ours)
    for name, kind in glibc_names(suite.args):
        o = suite.run("ours", [name, "/"] if kind == "pathconf" else [name])
        if name in REFUSED:
            good = o == Result(2, "", "getconf: Unrecognized variable `%s'\n" % name)
        else:
            good = names.get(name) == kind and o.rc == 0 and o.out.endswith("\n") and not o.err
        if good:
            suite.ok()
        else:
            suite.fail("self " + name, "not as expected", ours=o)
    a = suite.run("ours", ["-a"])
    listed = [l[:35].rstrip() for l in a.out.split("\n") if re.match(r"^[A-Z_0-9]+( |$)", l)]
    if listed == [n for n, _ in ours]:
        suite.ok()
    else:
        suite.fail("self -a", "names or order differ from vars.tsv")
    stack = resource.getrlimit(resource.RLIMIT_STACK)[0]
    arg_max = 6 << 20 if stack == resource.RLIM_INFINITY else max(131072, min(stack // 4, 6 << 20))
    with open("/proc/sys/kernel/ngroups_max") as f:
        ngroups_max = f.read().strip()
    expected = {"ARG_MAX": str(arg_max), "NGROUPS_MAX": ngroups_max,
                "PAGESIZE": str(os.sysconf("SC_PAGESIZE")), "CLK_TCK": str(os.sysconf("SC_CLK_TCK")),
                "LONG_BIT": "64" if sys.maxsize > 2 ** 32 else "32",
                "OPEN_MAX": str(resource.getrlimit(resource.RLIMIT_NOFILE)[0])}
    for cpu_file, name in (("online", "_NPROCESSORS_ONLN"), ("possible", "_NPROCESSORS_CONF")):
        with open("/sys/devices/system/cpu/" + cpu_file) as f:
            n = 0
            for part in f.read().strip().split(","):
                lo, _, hi = part.partition("-")
                n += int(hi or lo) - int(lo) + 1
        expected[name] = str(n)
    expected.update(sysfs_cache())
    for name, value in expected.items():
        o = suite.run("ours", [name])
        if o == Result(0, value + "\n", ""):
            suite.ok()
        else:
            suite.fail("self " + name, "expected %s" % value, ours=o)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ours", required=True)
    ap.add_argument("--glibc", default="/usr/bin/getconf")
    ap.add_argument("--tracer")
    ap.add_argument("--vars", required=True)
    ap.add_argument("--names", required=True)
    ap.add_argument("--host-libc", choices=("musl", "glibc"), required=True)
    ap.add_argument("--getconf-dir", default="/nonexistent", help="our built-in GETCONF_DIR")
    ap.add_argument("--sanitized", action="store_true", help="ours is built with ASan")
    ap.add_argument("group")
    args = ap.parse_args()
    args.ours = os.path.abspath(args.ours)
    if args.tracer:
        args.tracer = os.path.abspath(args.tracer)
    if args.group != "self":
        g = subprocess.run([args.glibc, "GNU_LIBC_VERSION"], capture_output=True)
        if g.returncode != 0 or not g.stdout.startswith(b"glibc "):
            print("SKIP: %s is not glibc's getconf" % args.glibc)
            return 77
    else:
        args.glibc = None
    suite = Suite(args)
    try:
        globals()["group_" + args.group](suite)
    finally:
        status = suite.finish()
    return status


if __name__ == "__main__":
    sys.exit(main())
