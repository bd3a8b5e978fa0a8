#!/bin/sh
# The installed-prefix consumer test: build tests/consumer/skipdirs.c outside
# the build tree with nothing but pkg-config and the installed prefix, for
# musl with gcc and with clang, run it on a tree with three .git directories,
# and check it gets glibc's answer; also check plain musl gets it wrong, so
# the test shows what libwildebeest changes.
#
#   tests/consumer/run.sh PREFIX CC...      (CC: musl compiler wrappers)
set -eu
prefix=$1
shift
src=$(cd "$(dirname "$0")" && pwd)/skipdirs.c
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# project/{src/a.c, src/b.c, .git/{HEAD,objects/x}, lib/.git/HEAD, lib/c.c, doc/.git/config}
mkdir -p "$work/project/src" "$work/project/.git/objects" "$work/project/lib/.git" \
	"$work/project/doc/.git"
for f in src/a.c src/b.c .git/HEAD .git/objects/x lib/.git/HEAD lib/c.c doc/.git/config; do
	: > "$work/project/$f"
done
expected="nftw returned 0: 3 files, 3 .git directories skipped"

status=0
cp "$src" "$work/skipdirs.c"
for cc in "$@"; do
	name=$(basename "$cc")
	flags=$(PKG_CONFIG_PATH="$prefix/lib/pkgconfig" pkg-config --cflags --libs libwildebeest-ftw)
	# shellcheck disable=SC2086
	"$cc" -o "$work/with-$name" "$work/skipdirs.c" $flags
	"$cc" -o "$work/plain-$name" "$work/skipdirs.c"
	with=$("$work/with-$name" "$work/project") || true
	plain=$("$work/plain-$name" "$work/project") || true
	echo "$name + libwildebeest-ftw: $with"
	echo "$name, plain musl:         $plain"
	if [ "$with" != "$expected" ]; then
		echo "FAIL: expected: $expected"
		status=1
	fi
	if [ "$plain" = "$expected" ]; then
		echo "FAIL: plain musl got the GNU answer; the test shows nothing"
		status=1
	fi
done
exit $status
