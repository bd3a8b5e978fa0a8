#!/usr/bin/env python3
"""A program built with libwildebeest-lfs64 imports no *64 symbol from the
C library: musl 1.2.4 and later export none (its dynamic linker only remaps
them for old binaries), so a binary importing one would depend on musl
1.2.3. Every *64 function the program calls must come from the archive.

    imports.py NM PROGRAM [SHARED-OBJECT...]

The program (the functions test) must also define the *64 functions it
calls; each shared object (wrap_both.c's) must import no *64 symbol
either."""
import subprocess
import sys

nm, binary, objects = sys.argv[1], sys.argv[2], sys.argv[3:]


def names(*args):
    out = subprocess.run([nm] + list(args), capture_output=True, text=True,
                         check=True).stdout
    return [line.split()[-1] for line in out.splitlines() if line.split()]


failed = False
for obj in [binary] + objects:
    imported = sorted(n for n in names("-D", "--undefined-only", obj)
                      if "64" in n and not n.startswith("__"))
    if imported:
        print("%s imports from libc: %s" % (obj, " ".join(imported)))
        failed = True
have = set(names("--defined-only", binary))
missing = [n for n in ("lseek64", "fopen64", "readdir64", "mmap64", "stat64",
                       "fstat64", "lstat64", "fstatat64") if n not in have]
if missing:
    print("not defined in the program:", " ".join(missing))
    failed = True
if failed:
    sys.exit(1)
print("no *64 symbol imported; the program defines its own")
