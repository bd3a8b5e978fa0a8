#!/usr/bin/env python3
"""A program built with libwildebeest-lfs64 imports no *64 symbol from the
C library: musl 1.2.4 and later export none (its dynamic linker only remaps
them for old binaries), so a binary importing one would depend on musl
1.2.3. Every *64 function the program calls must come from the archive."""
import subprocess
import sys

nm, binary = sys.argv[1], sys.argv[2]
out = subprocess.run([nm, "-D", "--undefined-only", binary], capture_output=True,
                     text=True, check=True).stdout
imported = sorted(line.split()[-1] for line in out.splitlines()
                  if line.split() and "64" in line.split()[-1]
                  and not line.split()[-1].startswith("__"))
defined = subprocess.run([nm, "--defined-only", binary], capture_output=True,
                         text=True, check=True).stdout
have = {l.split()[-1] for l in defined.splitlines() if l.split()}
missing = [n for n in ("lseek64", "fopen64", "readdir64", "fstat64", "mmap64")
           if n not in have]
if imported or missing:
    print("imported from libc:", " ".join(imported) or "-")
    print("not defined in the program:", " ".join(missing) or "-")
    sys.exit(1)
print("no *64 symbol imported; the program defines its own")
