#!/bin/sh
# Record tests/argp/expected/ from glibc's argp: run the glibc build of the
# oracle test (an oracle-enabled build directory, default ./build) with
# LWBT_ARGP_REGEN set. Review the diff before committing it.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$top/build}
exe=$build/tests/argp-oracle-glibc
[ -x "$exe" ] || { echo "no $exe: build the oracle first (meson compile -C $build)" >&2; exit 1; }
rm -f "$top"/tests/argp/expected/*
LWBT_SRCDIR=$top/tests/argp LWBT_ARGP_REGEN=1 CK_FORK=yes "$exe"
ls "$top"/tests/argp/expected | wc -l
