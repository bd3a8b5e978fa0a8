#!/bin/sh
# linkcheck.sh READELF EXE...: every EXE runs and imports no fts symbol
# from a shared library, so it works where libc has no fts (upstream
# musl) and ignores libc's where it has one (Debian's musl).
set -eu
readelf=$1
shift
for exe in "$@"; do
	"$exe"
	if "$readelf" --dyn-syms -W "$exe" | awk '$7 == "UND" { print $8 }' | grep -E '^fts(64)?_'; then
		echo "FAIL: $exe takes the symbols above from a shared library"
		exit 1
	fi
done
