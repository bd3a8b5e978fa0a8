#!/usr/bin/env python3
"""Compile one source that uses a module's macros, the way consumers do.

  compile_matrix.py --source FILE --cflags "..." --cc "cc\\nwords" [--cxx ...]

Every C standard from C99 to C17 (ISO and GNU) and C++11, 17 and 20, with
and without _GNU_SOURCE, under -Wall -Wextra -Wshadow -pedantic -Werror.
The header hygiene matrix only includes the headers; this expands the
macros in a consumer's code.
"""
import argparse
import shlex
import subprocess
import sys

C_STDS = ["c99", "c11", "c17", "gnu99", "gnu11", "gnu17"]
CXX_STDS = ["c++11", "c++17", "c++20"]
WARN = ["-Wall", "-Wextra", "-Wshadow", "-pedantic", "-Werror"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--source", required=True)
    ap.add_argument("--cflags", default="")
    ap.add_argument("--cc", required=True)
    ap.add_argument("--cxx", default="")
    a = ap.parse_args()
    cc = [w for w in a.cc.split("\n") if w]
    cxx = [w for w in a.cxx.split("\n") if w]
    jobs = []
    for gnu in ([], ["-D_GNU_SOURCE"]):
        for std in C_STDS:
            jobs.append(cc + shlex.split(a.cflags) + WARN + gnu + ["-std=" + std, "-x", "c"])
        if cxx:
            for std in CXX_STDS:
                jobs.append(cxx + shlex.split(a.cflags) + WARN + gnu + ["-std=" + std, "-x", "c++"])
    failed = 0
    for cmd in jobs:
        cmd = cmd + ["-fsyntax-only", a.source]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode or proc.stdout or proc.stderr:
            failed += 1
            print("FAIL " + shlex.join(cmd) + "\n" + proc.stdout + proc.stderr)
    print("%s: %d compilations, %d failed" % (a.source, len(jobs), failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
