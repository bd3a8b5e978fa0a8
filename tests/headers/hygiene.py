#!/usr/bin/env python3
"""Header hygiene for one module's masking headers.

Every header in include/<module>/ is compiled as a consumer would compile it:
with the module's pkg-config flags, alone and next to each system or kernel
header it must coexist with (both orders, and all of them together), in C99,
C11, C17 and their GNU dialects, in C++11, C++17 and C++20, with and without
_GNU_SOURCE, under -Wall -Wextra -Werror -pedantic. Each translation unit
also fails unless:
  - the mask was really used (its include guard is defined): a toolchain
    that searches its own libc headers first would skip it silently;
  - the module's GNU macros appear with _GNU_SOURCE and stay hidden without
    (C++ compilers define _GNU_SOURCE themselves, as glibc needs).
Finally each header is compiled once more with its `#pragma GCC
system_header` disabled, so warnings in our own code cannot hide behind it
(clang keeps -pedantic minus the #include_next extension, which is the one
thing the pragma is for; gcc cannot separate them, so it drops -pedantic).
"""
import argparse
import concurrent.futures
import os
import re
import shlex
import subprocess
import sys

C_STDS = ["c99", "c11", "c17", "gnu99", "gnu11", "gnu17"]
CXX_STDS = ["c++11", "c++17", "c++20"]
WARN = ["-Wall", "-Wextra", "-Werror", "-pedantic"]


def guard_for(module, header):
    return "__LWB_" + re.sub(r"[^A-Za-z0-9]", "_", module + "_" + header).upper()


def parse_map(items):
    """['ftw.h=a.h,b.h', ...] -> {'ftw.h': ['a.h', 'b.h']}"""
    out = {}
    for item in items or []:
        key, _, values = item.partition("=")
        out.setdefault(key, []).extend(v for v in values.split(",") if v)
    return out


def translation_unit(header, includes, gnu, guard, gnu_macros):
    lines = []
    if gnu:
        lines.append("#define _GNU_SOURCE 1")
    lines += ["#include <%s>" % h for h in includes]
    lines.append("#ifndef %s" % guard)
    lines.append('#error "the libwildebeest mask for <%s> was skipped"' % header)
    lines.append("#endif")
    # Keyed on _GNU_SOURCE itself: C++ compilers predefine it.
    for macro in gnu_macros:
        lines += ["#if defined(_GNU_SOURCE) && !defined(%s)" % macro,
                  '#error "%s missing under _GNU_SOURCE"' % macro,
                  "#elif !defined(_GNU_SOURCE) && defined(%s)" % macro,
                  '#error "%s visible without _GNU_SOURCE"' % macro, "#endif"]
    lines.append("int lwb_hygiene_unit;")
    return "\n".join(lines) + "\n"


def compile_unit(job):
    cmd, lang, source, label = job
    proc = subprocess.run(cmd + ["-x", lang, "-fsyntax-only", "-"],
                          input=source, capture_output=True, text=True)
    return label, proc.returncode, proc.stdout + proc.stderr, source, cmd


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--module", required=True)
    ap.add_argument("--masks", required=True, help="include/<module> directory")
    ap.add_argument("--cflags", default="", help="pkg-config --cflags output")
    ap.add_argument("--cc", required=True, help="C compiler command, one word per line")
    ap.add_argument("--cxx", default="", help="C++ compiler command, one word per line")
    ap.add_argument("--companions", action="append", help="header=a.h,b.h")
    ap.add_argument("--gnu-macros", action="append", help="header=MACRO,MACRO")
    args = ap.parse_args()

    cc = [w for w in args.cc.split("\n") if w]
    cxx = [w for w in args.cxx.split("\n") if w]
    cflags = shlex.split(args.cflags)
    companions = parse_map(args.companions)
    gnu_macros = parse_map(args.gnu_macros)
    is_clang = "clang" in subprocess.run(cc + ["--version"], capture_output=True,
                                         text=True).stdout

    headers = sorted(os.path.relpath(os.path.join(d, f), args.masks)
                     for d, _, files in os.walk(args.masks) for f in files)
    jobs = []
    problems = []
    for header in headers:
        guard = guard_for(args.module, header)
        with open(os.path.join(args.masks, header)) as f:
            text = f.read()
        if "#define %s" % guard not in text:
            problems.append("%s: the include guard must be %s" % (header, guard))
            continue
        if re.search(r"^\s*#\s*warning", text, re.M):
            problems.append("%s: #warning breaks consumers' -Werror" % header)
        comp = companions.get(header, [])
        orders = [[header]]
        for c in comp:
            orders += [[c, header], [header, c]]
        if len(comp) > 1:
            orders += [comp + [header], [header] + comp]
        macros = gnu_macros.get(header, [])
        for gnu in (False, True):
            for includes in orders:
                tu = translation_unit(header, includes, gnu, guard, macros)
                what = "%s%s" % (" + ".join(includes), " _GNU_SOURCE" if gnu else "")
                for std in C_STDS:
                    jobs.append((cc + cflags + WARN + ["-std=" + std], "c", tu,
                                 "C %s: %s" % (std, what)))
                if cxx:
                    for std in CXX_STDS:
                        jobs.append((cxx + cflags + WARN + ["-std=" + std], "c++", tu,
                                     "C++ %s: %s" % (std, what)))
        # Our own code, without the system_header pragma.
        own = ["-Wall", "-Wextra", "-Werror", "-D__LWB_HEADER_SELFCHECK"]
        own += ["-pedantic", "-Wno-gnu-include-next"] if is_clang else []
        for gnu in (False, True):
            tu = translation_unit(header, [header], gnu, guard, macros)
            jobs.append((cc + cflags + own + ["-std=c11"], "c", tu,
                         "self-check C: %s%s" % (header, " _GNU_SOURCE" if gnu else "")))
            if cxx:
                jobs.append((cxx + cflags + own + ["-std=c++17"], "c++", tu,
                             "self-check C++: %s%s" % (header, " _GNU_SOURCE" if gnu else "")))

    failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for label, rc, output, source, cmd in pool.map(compile_unit, jobs):
            if rc:
                failed += 1
                print("FAIL %s\n  %s\n%s%s" % (label, shlex.join(cmd), source, output))
    for p in problems:
        print("FAIL " + p)
    total = len(jobs) + len(problems)
    print("%s: %d header(s), %d compilations, %d failed"
          % (args.module, len(headers), total, failed + len(problems)))
    return 1 if failed or problems else 0


if __name__ == "__main__":
    sys.exit(main())
