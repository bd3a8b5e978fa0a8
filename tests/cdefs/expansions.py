#!/usr/bin/env python3
"""The cdefs oracle: every macro of libwildebeest's <sys/cdefs.h> expands,
token for token, as glibc's.

One source per language mode is preprocessed twice: for musl through the
module's pkg-config flags, and for the build machine's glibc without
libwildebeest. Each line of it names a macro and expands it (or says it is
undefined); the two outputs must agree line by line. The modes cover C89
to C17 strict and GNU, C++98 to C++20, gnu_inline semantics and an
optimised _FORTIFY_SOURCE build, and the macros are reached both through
<sys/cdefs.h> and through <stdio.h> alone (glibc's features.h includes
sys/cdefs.h, so every libc header brings them).

Then a few snippets must compile, or fail, alike on both: a file- and
block-scope _Static_assert in strict C99 (glibc supplies one), a false one
that must fail, and the dracut pattern `defined __GLIBC__ &&
__GLIBC_PREREQ(2, 10)`.

Where glibc and libwildebeest differ on purpose, the line says what each
gives instead of comparing: __GLIBC_PREREQ is 0 here (this is not glibc)
and _Static_assert's fallback has its own body.
"""
import argparse
import re
import shlex
import subprocess
import sys

# name -> invocation ('' for object-like macros). Function-like ones get
# arguments that show every parameter in the expansion.
MACROS = [
    ("_SYS_CDEFS_H", ""),
    ("__BEGIN_DECLS", ""), ("__END_DECLS", ""),
    ("__THROW", ""), ("__THROWNL", ""),
    ("__NTH", "(fn (int a))"), ("__NTHNL", "(fn (int a))"),
    ("__LEAF", ""), ("__LEAF_ATTR", ""),
    ("__P", "((int a, char *b))"), ("__PMT", "((int a))"),
    ("__CONCAT", "(left, right)"), ("__STRING", "(a  +  b)"),
    ("__ptr_t", ""),
    ("__ASMNAME", "(\"sym\")"), ("__ASMNAME2", "(pre, \"sym\")"),
    ("__REDIRECT", "(name, (int a), alias)"),
    ("__REDIRECT_NTH", "(name, (int a), alias)"),
    ("__REDIRECT_NTHNL", "(name, (int a), alias)"),
    ("__GNUC_PREREQ", "(4, 2)"), ("__glibc_clang_prereq", "(3, 5)"),
    ("__glibc_has_attribute", "(__nonnull__)"),
    ("__glibc_has_builtin", "(__builtin_expect)"),
    ("__glibc_has_extension", "(c_static_assert)"),
    ("__WORDSIZE", ""),
    ("__attribute_malloc__", ""),
    ("__attribute_alloc_size__", "((1, 2))"),
    ("__attribute_alloc_align__", "((1))"),
    ("__attribute_pure__", ""), ("__attribute_const__", ""),
    ("__attribute_maybe_unused__", ""), ("__attribute_used__", ""),
    ("__attribute_noinline__", ""), ("__attribute_deprecated__", ""),
    ("__attribute_deprecated_msg__", "(\"msg\")"),
    ("__attribute_format_arg__", "(2)"),
    ("__attribute_format_strfmon__", "(3, 4)"),
    ("__attribute_nonnull__", "((1))"), ("__nonnull", "((1, 2))"),
    ("__returns_nonnull", ""),
    ("__attribute_warn_unused_result__", ""), ("__wur", ""),
    ("__always_inline", ""), ("__attribute_artificial__", ""),
    ("__extern_inline", ""), ("__extern_always_inline", ""),
    ("__attribute_copy__", "(other)"), ("__attribute_nonstring__", ""),
    ("__attribute_returns_twice__", ""),
    ("__attr_access", "((__read_only__, 1, 2))"),
    ("__attr_access_none", "(3)"),
    ("__attr_dealloc", "(release, 1)"), ("__attr_dealloc_free", ""),
    ("__warnattr", "(\"msg\")"), ("__errordecl", "(fn, \"msg\")"),
    ("__va_arg_pack", "()"), ("__va_arg_pack_len", "()"),
    # _Pragma would leave the line: compare only that it exists.
    ("__glibc_macro_warning", None), ("__glibc_macro_warning1", None),
    ("__glibc_likely", "(x > 0)"), ("__glibc_unlikely", "(x > 0)"),
    ("__restrict_arr", ""), ("__flexarr", ""),
    ("__glibc_c99_flexarr_available", ""),
    ("__HAVE_GENERIC_SELECTION", ""),
    # Deliberately different bodies (see the module notes).
    ("_Static_assert", None), ("__GLIBC_PREREQ", None),
]

C_MODES = [["-std=" + s] for s in
           ("c89", "c99", "c11", "c17", "gnu89", "gnu99", "gnu11", "gnu17")]
C_MODES += [["-std=gnu17", "-fgnu89-inline"],
            ["-std=gnu17", "-O2", "-D_FORTIFY_SOURCE=2"],
            ["-std=c11", "-O2", "-D_FORTIFY_SOURCE=3"]]
CXX_MODES = [["-std=" + s] for s in
             ("c++98", "c++11", "c++17", "c++20", "gnu++17")]
CXX_MODES += [["-std=c++17", "-O2", "-D_FORTIFY_SOURCE=2"]]


def source(include):
    lines = ["#include <%s>" % include]
    for name, args in MACROS:
        lines += ["#ifdef %s" % name,
                  "@@%s %s" % (name, "<defined>" if args is None else name + args),
                  "#else", "@@%s <undefined>" % name, "#endif"]
    return "\n".join(lines) + "\n"


def expand(cmd, lang, flags, src):
    proc = subprocess.run(cmd + flags + ["-E", "-P", "-x", lang, "-"],
                          input=src, capture_output=True, text=True)
    if proc.returncode:
        return None, proc.stderr
    out = {}
    for line in proc.stdout.splitlines():
        if line.startswith("@@"):
            name, _, rest = line[2:].partition(" ")
            out[name] = re.sub(r"\s+", "", rest)
    return out, ""


def compiles(cmd, lang, flags, src):
    proc = subprocess.run(cmd + flags + ["-fsyntax-only", "-x", lang, "-"],
                          input=src, capture_output=True, text=True)
    return proc.returncode == 0, proc.stderr


SNIPPETS = [
    # (what, flags, source, should compile)
    ("file-scope _Static_assert in strict C99",
     ["-std=c99", "-pedantic", "-Werror"],
     "#include <sys/cdefs.h>\n_Static_assert(sizeof(int) >= 2, \"int\");\n"
     "int f(void) { _Static_assert(1, \"x\"); return 0; }\n", True),
    ("false _Static_assert in strict C99", ["-std=c99"],
     "#include <sys/cdefs.h>\n_Static_assert(sizeof(int) == 1, \"int\");\n",
     False),
    ("false _Static_assert at block scope in strict C89", ["-std=c89"],
     "#include <stdlib.h>\nint f(void) { _Static_assert(0, \"x\"); return 0; }\n",
     False),
    ("defined __GLIBC__ && __GLIBC_PREREQ through <stdio.h>",
     ["-std=c99", "-Wall", "-Werror"],
     "#include <stdio.h>\n#if defined __GLIBC__ && __GLIBC_PREREQ(2, 10)\n"
     "int glibc_2_10;\n#endif\nint x;\n", True),
    ("__THROW and __nonnull on a prototype through <stdlib.h>",
     ["-std=c11", "-Wall", "-Wextra", "-pedantic", "-Werror"],
     "#include <stdlib.h>\n__BEGIN_DECLS\nextern int f(const char *) __THROW "
     "__nonnull((1)) __wur;\n__END_DECLS\n", True),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cc", required=True, help="musl C compiler, one word per line")
    ap.add_argument("--cxx", default="")
    ap.add_argument("--native-cc", default="")
    ap.add_argument("--native-cxx", default="")
    ap.add_argument("--cflags", default="", help="the module's pkg-config --cflags")
    args = ap.parse_args()
    words = lambda s: [w for w in s.split("\n") if w]
    cc, cxx = words(args.cc), words(args.cxx)
    ncc, ncxx = words(args.native_cc), words(args.native_cxx)
    if not ncc:
        print("no glibc compiler for the build machine: nothing to compare with")
        return 77
    lwb = shlex.split(args.cflags)

    failures = 0
    checks = 0
    langs = [("c", cc, ncc, C_MODES)]
    if cxx and ncxx:
        langs.append(("c++", cxx, ncxx, CXX_MODES))
    for lang, host, native, modes in langs:
        for flags in modes:
            for include in ("sys/cdefs.h", "stdio.h"):
                src = source(include)
                mine, err = expand(host + lwb, lang, flags, src)
                ref, nerr = expand(native, lang, flags, src)
                what = "%s %s via <%s>" % (lang, " ".join(flags), include)
                if mine is None or ref is None:
                    failures += 1
                    print("FAIL %s: preprocessing failed\n%s%s" % (what, err, nerr))
                    continue
                for name, _ in MACROS:
                    checks += 1
                    m, r = mine.get(name), ref.get(name)
                    if name == "__GLIBC_PREREQ":
                        # glibc: a version test; here: always 0.
                        ok = m == "<defined>" and r == "<defined>"
                    elif name == "_Static_assert":
                        ok = (m == "<undefined>") == (r == "<undefined>")
                    else:
                        ok = m == r
                    if not ok:
                        failures += 1
                        print("FAIL %s: %s\n  glibc:        %s\n  libwildebeest: %s"
                              % (what, name, r, m))
            # __GLIBC_PREREQ's value itself, on our side.
            probe = "#include <sys/cdefs.h>\n@@ __GLIBC_PREREQ(0, 0)\n"
            out = subprocess.run(host + lwb + flags + ["-E", "-P", "-x", lang, "-"],
                                 input=probe, capture_output=True, text=True).stdout
            checks += 1
            if "@@ 0" not in out:
                failures += 1
                print("FAIL %s %s: __GLIBC_PREREQ(0, 0) is not 0:\n%s"
                      % (lang, " ".join(flags), out))
    for what, flags, src, expect in SNIPPETS:
        for side, cmd in (("musl+lwb", cc + lwb), ("glibc", ncc)):
            checks += 1
            ok, err = compiles(cmd, "c", flags, src)
            if ok != expect:
                failures += 1
                print("FAIL %s [%s]: %s\n%s%s" % (what, side,
                      "does not compile" if expect else "compiles", src, err))
    print("cdefs expansions: %d checks, %d failed" % (checks, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
