#!/usr/bin/env python3
"""Turn vars.tsv (the variables getconf knows) into the C table vars.c.

  gen-vars.py vars.tsv vars.c

The table stays data: adding a variable is one line in vars.tsv (see its
header for the columns). This script checks every line and refuses a
malformed one, so a typo fails the build instead of shipping.
"""
import re
import sys

KINDS = {"sysconf": "SYSCONF", "pathconf": "PATHCONF", "confstr": "CONFSTR"}
FLAGS = {"unsigned": "VAR_UNSIGNED"}
NAME = re.compile(r"^[A-Z_][A-Z0-9_]*$")
CALL = re.compile(r"^([a-z_][a-z0-9_]*)(?:\(([A-Za-z0-9_ +]+)\))?$")
MACRO = re.compile(r"^[A-Z_][A-Z0-9_]*$")


def c_string(text):
    return '"%s"' % text.replace("\\", "\\\\").replace('"', '\\"')


def entry(fields):
    if len(fields) not in (3, 4):
        raise ValueError("expected 3 or 4 tab-separated columns")
    name, kind, value = fields[:3]
    flags = fields[3] if len(fields) == 4 else ""
    if not NAME.match(name):
        raise ValueError("bad name %r" % name)
    if kind not in KINDS:
        raise ValueError("bad kind %r" % kind)
    if flags and flags not in FLAGS:
        raise ValueError("bad flags %r" % flags)
    head = '{"%s", %s, %s' % (name, KINDS[kind], FLAGS.get(flags, "0"))
    if value.startswith('"'):
        if kind != "confstr" or len(value) < 2 or not value.endswith('"'):
            raise ValueError("a string is for confstr variables")
        return ["\t%s, .str = %s}," % (head, c_string(value[1:-1]))]
    if kind == "confstr":
        m = CALL.match(value)
        if not m:
            raise ValueError("confstr needs a string or a function")
        return ["\t%s, .string_fn = %s, .arg = %s}," % (head, m.group(1), m.group(2) or "0")]
    if re.match(r"^-?[0-9]+$", value):
        return ["\t%s, .num = %s}," % (head, value)]
    if value.startswith("="):
        return ["\t%s, .num = (long)(%s)}," % (head, value[1:].strip())]
    if value.startswith("?"):
        macro = value[1:]
        if not MACRO.match(macro):
            raise ValueError("bad macro %r" % macro)
        return ["#ifdef %s" % macro,
                "\t%s, .num = %s}," % (head, macro),
                "#else",
                "\t%s, .num = -1}," % head,
                "#endif"]
    m = CALL.match(value)
    if not m:
        raise ValueError("cannot read value %r" % value)
    if kind == "pathconf":
        if m.group(2):
            raise ValueError("pathconf functions take only the path")
        return ["\t%s, .path_fn = %s}," % (head, m.group(1))]
    return ["\t%s, .value_fn = %s, .arg = %s}," % (head, m.group(1), m.group(2) or "0")]


def main():
    src, out = sys.argv[1], sys.argv[2]
    lines = []
    seen = set()
    with open(src) as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            try:
                if fields[0] in seen:
                    raise ValueError("%s is listed twice" % fields[0])
                seen.add(fields[0])
                lines += entry(fields)
            except ValueError as e:
                sys.exit("%s:%d: %s" % (src, lineno, e))
    with open(out, "w") as f:
        f.write("/* Generated from vars.tsv by gen-vars.py: edit vars.tsv. */\n")
        f.write("#define _GNU_SOURCE\n#include <limits.h>\n#include <unistd.h>\n")
        f.write('#include "getconf.h"\n\nconst struct var vars[] = {\n')
        f.write("\n".join(lines))
        f.write("\n};\n\nconst size_t nvars = sizeof vars / sizeof vars[0];\n")


if __name__ == "__main__":
    main()
