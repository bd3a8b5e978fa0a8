#!/usr/bin/env python3
"""Differential tests: our getent against glibc's /usr/bin/getent.

  differential.py --ours GETENT --databases a,b,... --host-libc musl|glibc

Both programs run as "getent" (found through PATH, so argv[0] and every
message agree) with the same fixture /etc: the suite re-runs itself in a
private mount namespace (unshare -m) where /etc is a tmpfs holding the real
entries bound back and the fixture files written in, with an nsswitch.conf
naming only "files" (glibc's libnss_systemd would otherwise add root and
nobody). Standard output, standard error and exit status must be equal.
Where we deliberately differ from glibc, the case says what glibc does
instead, and the test checks glibc still does that.
Exit status: 0 all passed, 1 a failure, 77 nothing could run here.
"""
import argparse
import os
import subprocess
import sys
import tempfile
from collections import namedtuple

Result = namedtuple("Result", "rc out err")
SYSTEM_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
GLIBC_DATABASES = ("ahosts ahostsv4 ahostsv6 aliases ethers group gshadow hosts initgroups "
                   "netgroup networks passwd protocols rpc services shadow").split()

NSSWITCH = "".join("%s: files\n" % db for db in (
    "passwd", "group", "shadow", "gshadow", "hosts", "networks", "protocols",
    "services", "ethers", "rpc", "netgroup", "aliases"))

FIXTURE = {
    "nsswitch.conf": NSSWITCH,
    # No DNS: a missing host name fails at once on glibc (hosts: files) and
    # within a second on musl (its resolver has no nsswitch.conf).
    "resolv.conf": "nameserver 127.0.0.1\noptions timeout:1 attempts:1\n",
    "passwd": """root:x:0:0:root:/root:/bin/bash
alice:x:1001:1001:Alice A,,,:/home/alice:/bin/sh
bob:*:1002:1002::/home/bob:/bin/false
123:x:1003:1003:digits:/home/123:/bin/sh
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
top:x:4294967294:100:top:/:/bin/sh
""",
    "group": """root:x:0:
wheel:x:10:alice,bob
alice:x:1001:
bob:x:1002:alice
staff:x:50:bob
empty:!:60:
""",
    "shadow": """root:*:19000:0:99999:7:::
alice:$6$xyz$abc:19001:0:99999:7:30:20000:
bob:!:19001::::::
""",
    "gshadow": """root:*::
wheel:!:alice:alice,bob
staff:::bob
""",
    "hosts": """127.0.0.1	localhost
::1	localhost ip6-localhost ip6-loopback
10.1.2.3	foo.example.com foo fooalias
10.1.2.4	multi
10.1.2.5	multi
2001:db8::5	six.example.com six
# a comment
""",
    "services": """ssh		22/tcp
domain		53/tcp
domain		53/udp
gopher		70/tcp
http		80/tcp		www	# WorldWideWeb
kerberos	88/tcp		kerberos5 krb5 kerberos-sec
sctpsvc		9999/sctp	alias1 alias2
""",
    "protocols": """ip	0	IP
icmp	1	ICMP
tcp	6	TCP	# comment
udp	17	UDP
ipv6-icmp	58	IPv6-ICMP
""",
    "networks": """default		0.0.0.0
loopback	127.0.0.0
link-local	169.254.0.0
example		10.1	exnet
""",
    "rpc": """portmapper	100000	portmap sunrpc rpcbind
nfs		100003	nfsprog
ypserv		100004
""",
    "ethers": """08:00:20:00:61:ca pluto
00:11:22:33:44:55 gw.example.com
""",
    "aliases": """root: alice, bob@example.com
postmaster: root
Abuse: root,
  alice
""",
    "netgroup": """all (host1,alice,dom) (host2,-,) (,bob,)
trusted (,bob,) (host1,,)
nested all trusted
""",
}

# Files with broken lines: each database must skip or read them as glibc does.
MALFORMED = {
    "passwd": "root:x:0:0:root:/root:/bin/bash\nno colons here\n\n#c:x:1:1::/:/\n"
              "short:x:5\nalice:x:1001:1001:Alice:/home/alice:/bin/sh\n",
    "group": "root:x:0:\nbroken\nwheel:x:10:alice,,bob,\nstaff:x:50\n",
    "services": "ssh 22/tcp\nbroken\nnoport /tcp\nhttp 80/tcp www\n  indented 81/tcp\n",
    "protocols": "tcp 6 TCP\nbroken\nudp 17 UDP\n",
    "hosts": "127.0.0.1 localhost\nnot-an-address name\n10.9.9.9\n10.1.2.3 foo\n",
}


# Where getent on musl answers from musl's libc, as issue 8 asks (name
# resolution and keyed passwd/group lookups stay with libc, so nscd and DNS
# keep working), and musl answers differently from glibc's files backend.
# Each is a documented deviation (getent(1), docs/getent.md): a predicate on
# the arguments and the fixture, a check of what we document against glibc's
# result and ours, and the reason.
def _database(args):
    """The database and keys of a command line (options and their values
    left out)."""
    rest, skip = [], False
    for a in args:
        if skip:
            skip = False
        elif a == "-s":
            skip = True
        elif not a.startswith("-"):
            rest.append(a)
    return (rest[0], rest[1:]) if rest else (None, [])


def _hosts_key(args, fixture):
    db, keys = _database(args)
    return bool(db in ("hosts", "ahosts", "ahostsv4", "ahostsv6") and keys)


def _is_subsequence(want, have):
    it = iter(have)
    return all(any(w == h for h in it) for w in want)


def _musl_resolver(g, o):
    """musl's resolver: the aliases column is [name, key] (hosts), a name on
    several /etc/hosts lines gives every address, an address literal with
    no entry resolves to itself. So: the same stderr; glibc's lines (address
    and name; ahosts whole) in order among ours; each extra line another
    address of a name glibc found, or a literal naming itself; the same
    exit status unless glibc's 2 came from such a literal."""
    if g.err != o.err:
        return False
    ahosts = " STREAM " in g.out + o.out or " DGRAM " in g.out + o.out

    def lines(out):
        if ahosts:
            return out.splitlines()
        return [tuple(l.split()[:2]) for l in out.splitlines()]
    gl, ol = lines(g.out), lines(o.out)
    if not _is_subsequence(gl, ol):
        return False
    names = set(l[1] for l in gl) if not ahosts else set()
    literal = False
    for line in ol:
        if line in gl:
            continue
        if ahosts:
            f = line.split()
            if len(f) < 2 or f[1] not in ("STREAM", "DGRAM", "RAW") or len(f) > 3:
                return False
        elif line[0] == line[1]:
            literal = True
        elif line[1] not in names:
            return False
    return o.rc == g.rc or (literal and g.rc == 2 and o.rc == 0)


def _musl_empty_members(g, o):
    """musl's getgrnam reads "alice,,bob," as alice, ",bob" and "": a
    member holding ',' that getent refuses to write, as glibc's putgrent
    would, with glibc's message."""
    return (o.rc == g.rc and o.out == ""
            and o.err == "error writing group entry: Invalid argument\n")


MUSL_DEVIATIONS = (
    (_hosts_key, _musl_resolver, "hosts and ahosts by key come from musl's resolver"),
    (lambda args, fixture: fixture == "malformed" and args[:1] == ["group"] and len(args) > 1,
     _musl_empty_members, "group by key comes from musl's getgrnam"),
)


class Suite:
    def __init__(self, args):
        self.args = args
        self.tmp = tempfile.mkdtemp(prefix="getent-test-")
        os.chmod(self.tmp, 0o755)
        self.bindirs = {}
        for which, exe in (("ours", args.ours), ("glibc", args.glibc)):
            d = os.path.join(self.tmp, which)
            os.mkdir(d)
            os.symlink(os.path.abspath(exe), os.path.join(d, "getent"))
            self.bindirs[which] = d
        self.databases = args.databases.split(",")
        self.passed = self.failed = self.skipped = self.deviations = 0
        self.fixture = "fixture"

    def run(self, which, args):
        environ = {"PATH": self.bindirs[which] + ":" + SYSTEM_PATH, "LC_ALL": "C"}
        for k in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
            if k in os.environ:
                environ[k] = os.environ[k]
        p = subprocess.run(["getent"] + list(args), env=environ, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, cwd=self.tmp, timeout=120)
        return Result(p.returncode, p.stdout.decode("latin-1"), p.stderr.decode("latin-1"))

    def fail(self, label, why, **shown):
        self.failed += 1
        print("FAIL %s: %s" % (label, why))
        for k, v in shown.items():
            print("    %-8s %r" % (k, v))

    def compare(self, args, expect=None):
        """Ours must equal expect(glibc's result), by default glibc's."""
        label = " ".join(map(repr, args))
        db = next((a for a in args if not a.startswith("-")), None)
        if db in GLIBC_DATABASES and db not in self.databases:
            self.skipped += 1
            print("SKIP %s: %s is not built in this configuration" % (label, db))
            return
        g = self.run("glibc", args)
        o = self.run("ours", args)
        if self.args.host_libc == "musl" and o != g:
            for applies, documented, why in MUSL_DEVIATIONS:
                if applies(args, self.fixture):
                    if documented(g, o):
                        self.deviations += 1
                        print("DEVIATION %s: %s" % (label, why))
                    else:
                        self.fail(label, "not the documented deviation (%s)" % why,
                                  glibc=g, ours=o)
                    return
        try:
            want = expect(g) if expect else g
        except Deviation as e:
            self.fail(label, "glibc no longer does what we document: %s" % e, glibc=g)
            return
        if o != want:
            self.fail(label, "differs", glibc=g, ours=o, expected=want)
        else:
            self.passed += 1


class Deviation(Exception):
    pass


# ---------------------------------------------------------------------------
# The fixture /etc.

def fake_etc(tmp):
    """/etc becomes a tmpfs with every real entry bound back; returns its
    path outside (writable: fixture files are written there)."""
    fake = os.path.join(tmp, "etc")
    os.mkdir(fake)
    subprocess.run(["mount", "-t", "tmpfs", "-o", "mode=755", "tmpfs", fake], check=True)
    for name in os.listdir("/etc"):
        real = os.path.join("/etc", name)
        mine = os.path.join(fake, name)
        if os.path.islink(real):
            os.symlink(os.readlink(real), mine)
            continue
        if os.path.isdir(real):
            os.mkdir(mine)
        else:
            open(mine, "w").close()
        subprocess.run(["mount", "--bind", real, mine], check=True)
    subprocess.run(["mount", "--bind", fake, "/etc"], check=True)
    return fake


def install(fake, files):
    for name, text in files.items():
        path = os.path.join(fake, name)
        if os.path.ismount(path):
            subprocess.run(["umount", path], check=True)
        if os.path.lexists(path):
            os.unlink(path)
        if text is None:
            continue
        with open(path, "w") as f:
            f.write(text)
        os.chmod(path, 0o644)


# ---------------------------------------------------------------------------
# The cases.

def ours_help(suite):
    """glibc's --help, with our database list and our last paragraph."""
    def expect(g):
        tail = "\nFor bug reporting instructions, please see:\n"
        if g.rc != 0 or tail not in g.out:
            raise Deviation("--help: %r" % g.out[-120:])
        head = g.out[:g.out.index("Supported databases:\n") + len("Supported databases:\n")]
        lines, line = [], ""
        for db in sorted(suite.databases):
            if line and len(line) + 1 + len(db) > 72:
                lines.append(line)
                line = ""
            line = line + " " + db if line else db
        lines.append(line)
        return Result(0, head + "\n".join(lines) + "\n\n"
                      "This getent is part of libwildebeest; see getent(1).\n", "")
    return expect


def ours_version(g):
    if g.rc != 0 or not g.out.startswith("getent (") or "GLIBC" not in g.out:
        raise Deviation("--version: %r" % (g,))
    return Result(0, "getent (libwildebeest) %s\n"
                  "This is free software (MIT licence); see the source for copying conditions.\n"
                  "There is NO warranty; not even for MERCHANTABILITY or FITNESS FOR A\n"
                  "PARTICULAR PURPOSE.\n" % VERSION, "")


def range_checked(expect_glibc_out):
    """Numeric ids beyond 32 bits or negative: glibc wraps them (and finds
    EXPECT_GLIBC_OUT); ours finds nothing, exit 2."""
    def expect(g):
        if g.out != expect_glibc_out:
            raise Deviation("expected glibc to print %r, it printed %r" % (expect_glibc_out, g))
        return Result(2, "", "")
    return expect


def cli(s):
    for args in ([], ["foo"], ["foo", "bar"], ["-x", "passwd"], ["--bogus"], ["-s"], ["--serv"],
                 ["--service"], ["--usage"], ["--us"], ["--usage", "x"], ["--usage", "-x"],
                 ["-x", "--help"], ["passwd", "-1"], ["--no"], ["--no-i=3"], ["--help=x"],
                 ["--usage=x"], ["-s", "bad:files", "passwd"], ["-sbad:files"],
                 ["-s", "bad:files", "--help"], ["-Ai", "-sfiles", "passwd", "nosuchuser"],
                 ["-Ai", "-sfiles", "passwd", "alice"], ["passwd", "root", "-s"],
                 ["--", "passwd", "-1"], ["passwd", "--", "alice"], ["passwd", "--"],
                 ["-s", "files", "-s", "passwd:files", "passwd", "root"],
                 ["-sp:files", "passwd", "root"], ["--service=passwd:files", "passwd", "bob"],
                 ["--service", "files", "group", "wheel"], ["--no-idn", "--no-addr", "passwd", "bob"],
                 ["passwd", "-A", "alice", "-i"], ["-iA"], ["-", "passwd"], ["passwd", "-"],
                 ["--=x"], ["-s", ""], ["--service="], ["-Ax"],
                 ["--program-name=foo", "-x"], ["--program-name"], ["--prog=/a/b/foo"],
                 ["--program-name=foo"], ["--prog=x/y", "-s", "bad:x"], ["--HANG=0", "passwd", "root"],
                 ["--HANG=x", "passwd", "root"], ["--H=0", "group", "wheel"],
                 ["--u"], ["--s=files", "passwd", "root"], ["--program-name=foo", "--usage"],
                 ["--program-name=fooo", "--usage"], ["--program-name=foooo", "--usage"], ["-sx"], ["--", "--help"], ["PASSWD"], [""]):
        s.compare(args)
    for args in (["--help"], ["-?"], ["--h"], ["--he"], ["--help", "-x"], ["-A?"], ["passwd", "--help"],
                 ["-?x"], ["--program-name=a/foo", "--help"]):
        s.compare(args, ours_help(s))
    for args in (["--version"], ["-V"], ["--ver"], ["-V", "-x"], ["-iV"], ["-A", "-V", "-x"]):
        s.compare(args, ours_version)


def accounts(s):
    c = s.compare
    for db in ("passwd", "group", "shadow", "gshadow"):
        c([db])
        c([db, "root"])
        c([db, "nosuch"])
        c([db, "alice", "nosuch", "bob", "root"])
        c([db, ""])
    for db in ("passwd", "group"):
        for key in ("0", "1001", "1002", "65534", " 0", "+0", "0x0", "007", "123", "1003",
                    "4294967294", "4294967295", "99", "1e3"):
            c([db, key])
    c(["passwd", "4294967296"], range_checked("root:x:0:0:root:/root:/bin/bash\n"))
    c(["passwd", "99999999999999999999"], range_checked(""))
    c(["group", "--", "-4294967286"], range_checked("wheel:x:10:alice,bob\n"))
    c(["group", "--", "-1"], range_checked(""))
    c(["initgroups"])
    c(["initgroups", "alice"])
    c(["initgroups", "bob", "nosuch", "root", "alice"])
    c(["initgroups", "nosuch"])


def hosts(s):
    c = s.compare
    c(["hosts"])
    for key in ("foo", "fooalias", "multi", "localhost", "ip6-localhost", "six", "10.1.2.3",
                "10.1.2.4", "::1", "2001:db8::5", "127.0.0.1", "1234", "foo.example.com",
                "10.9.9.9", "::2"):
        c(["hosts", key])
    c(["hosts", "foo", "nosuch.invalid", "multi"])
    for db in ("ahosts", "ahostsv4", "ahostsv6"):
        c([db])
        for key in ("foo", "multi", "six", "10.1.2.3", "2001:db8::5", "fooalias"):
            c([db, key])
            c(["-A", db, key])
            c(["-i", db, key])
        c([db, "foo", "nosuch.invalid", "multi"])


def netdb(s):
    c = s.compare
    c(["services"])
    for key in ("22", "ssh", "ssh/tcp", "53/udp", "domain/udp", "domain", "070", "www", "krb5",
                "88/tcp", "sctpsvc", "9999", "9999/sctp", "alias2/sctp", "22x", "99999",
                "65536/tcp", " 22", "ssh/udp", "/tcp", "ssh/", "0"):
        c(["services", key])
    c(["services", "ssh", "nosuch", "http"])
    c(["protocols"])
    for key in ("6", "tcp", "TCP", "6x", "58", "ipv6-icmp", "IPv6-ICMP", "99", "nosuch", "0"):
        c(["protocols", key])
    c(["protocols", "udp", "nosuch", "1"])
    c(["networks"])
    for key in ("loopback", "127.0.0.0", "127", "169.254", "link-local", "10.1", "exnet",
                "example", "0.0.0.0", "default", "nosuch", "10.1.0.0"):
        c(["networks", key])
    c(["networks", "loopback", "nosuch", "exnet"])
    c(["rpc"])
    for key in ("portmapper", "portmap", "rpcbind", "100000", "100003", "nfs", "ypserv",
                "100004", "100000x", "nosuch", "1"):
        c(["rpc", key])
    c(["rpc", "nfs", "nosuch", "100000"])
    c(["ethers"])
    for key in ("pluto", "8:0:20:0:61:ca", "08:00:20:00:61:CA", "gw.example.com",
                "00:11:22:33:44:55", "0:11:22:33:44:56", "nosuch", "1:2:3:4:5"):
        c(["ethers", key])
    c(["ethers", "pluto", "nosuch", "gw.example.com"])


def groups(s):
    c = s.compare
    c(["aliases"])
    for key in ("root", "ROOT", "postmaster", "abuse", "nosuch"):
        c(["aliases", key])
    c(["aliases", "root", "nosuch", "abuse"])
    c(["netgroup"])
    for keys in (["all"], ["trusted"], ["nested"], ["nosuch"], ["trusted", "*", "bob", "*"],
                 ["trusted", "host1", "*", "*"], ["all", "host9", "*", "*"], ["all", "x"],
                 ["all", "a", "b"], ["all", "a", "b", "c", "d"]):
        c(["netgroup"] + keys)


def malformed(s, fake):
    s.fixture = "malformed"
    for name, text in MALFORMED.items():
        install(fake, {name: text})
        s.compare([name])
    s.compare(["services", "http"])
    s.compare(["hosts", "foo"])
    s.compare(["passwd", "alice"])
    s.compare(["group", "wheel"])
    # Missing and empty files.
    for name in ("passwd", "group", "services", "protocols", "hosts", "networks"):
        install(fake, {name: None})
        s.compare([name])
        install(fake, {name: ""})
        s.compare([name])
    install(fake, FIXTURE)
    s.fixture = "fixture"


def service_option(s):
    c = s.compare
    for args in (["-s", "files", "passwd", "alice"], ["-s", "passwd:files", "passwd"],
                 ["-s", "files [NOTFOUND=return]", "group", "wheel"],
                 ["-s", "hosts:files [SUCCESS=return] dns", "hosts", "foo"],
                 ["-s", "pa:files", "passwd", "bob"], ["-s", "a:files", "ahosts", "foo"]):
        c(args)
    if s.args.host_libc == "glibc":
        # glibc's sources themselves: our getent hands -s to glibc's NSS.
        for args in (["-s", "nosuch", "passwd", "alice"], ["-s", "passwd:nosuch", "passwd"],
                     ["-s", "hosts:dns", "hosts", "foo"], ["-s", "group:nosuch", "group", "0"]):
            c(args)


def main():
    global VERSION
    ap = argparse.ArgumentParser()
    ap.add_argument("--ours", required=True)
    ap.add_argument("--glibc", default="/usr/bin/getent")
    ap.add_argument("--databases", required=True)
    ap.add_argument("--host-libc", default="musl")
    ap.add_argument("--version", default="0")
    ap.add_argument("--in-namespace", action="store_true")
    args = ap.parse_args()
    VERSION = args.version
    if not os.path.exists(args.glibc):
        print("SKIP: no glibc getent at %s" % args.glibc)
        return 77
    if not args.in_namespace:
        if subprocess.run(["unshare", "-m", "true"], stderr=subprocess.DEVNULL).returncode:
            print("SKIP: no private mount namespace here")
            return 77
        argv = ["unshare", "-m", "--propagation", "private", sys.executable,
                os.path.abspath(__file__)] + sys.argv[1:] + ["--in-namespace"]
        try:
            return subprocess.run(argv).returncode
        except OSError as e:
            print("SKIP: no private mount namespace: %s" % e)
            return 77
    s = Suite(args)
    try:
        fake = fake_etc(s.tmp)
    except subprocess.CalledProcessError as e:
        print("SKIP: cannot replace /etc here: %s" % e)
        return 77
    install(fake, FIXTURE)
    cli(s)
    accounts(s)
    hosts(s)
    netdb(s)
    groups(s)
    service_option(s)
    malformed(s, fake)
    print("%d passed, %d failed, %d skipped, %d documented deviations (musl)" % (
        s.passed, s.failed, s.skipped, s.deviations))
    return 1 if s.failed else 0


VERSION = "0"
if __name__ == "__main__":
    sys.exit(main())
