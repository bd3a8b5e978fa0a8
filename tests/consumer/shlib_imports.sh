#!/bin/sh
# A consumer links a shared library built without libwildebeest that imports
# the names a module wraps, and calls none of them itself (systemd's programs
# and a distribution's libcap.so.2 importing sprintf and perror). ld renames
# the library's imports to __wrap_<name> as well, so the link needs those
# symbols defined whatever the order of the link line: the module's
# pkg-config flags come first here, the library after them, the worst case.
# Then one program runs: the library's sprintf (the libc's) and the
# program's own sprintf (the wrapper) both work.
#
#   shlib_imports.sh PCDIR MODULE... -- CC...
set -eu
pcdir=$1
shift
modules=
while [ "$1" != -- ]; do
	modules="$modules $1"
	shift
done
shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PKG_CONFIG_LIBDIR="$pcdir" PKG_CONFIG_PATH=

printf 'int lwbt_imports(void);\nint main(void) { return lwbt_imports(); }\n' >"$work/main.c"
status=0
for m in $modules; do
	libs=$(pkg-config --libs "libwildebeest-$m")
	# Every wrapped name, imported by the library: declared without the
	# libc's prototypes (-fno-builtin) since only the symbols matter.
	names=$(printf '%s\n' $libs | sed -n 's/^-Wl,--wrap=\([^,]*\).*/\1/p')
	{
		for n in $names; do
			echo "void $n(void);"
		done
		echo "void (*const lwbt_imported[])(void) = {"
		for n in $names; do
			echo "	$n,"
		done
		echo "};"
		echo "int lwbt_imports(void) { return 0; }"
	} >"$work/imp.c"
	"$@" -fno-builtin -w -shared -fPIC -o "$work/libimp.so" "$work/imp.c"
	# shellcheck disable=SC2086
	if "$@" -o "$work/prog" "$work/main.c" $libs -L"$work" -limp 2>"$work/err"; then
		echo "$m: links ($(echo $names | wc -w) imported names)"
	else
		echo "FAIL $m: the link fails:"
		head -n 5 "$work/err"
		status=1
	fi
done

# The run: the library formats with the libc's sprintf, the program with the
# wrapper; neither calls the other's.
case " $modules " in *" runtime-printf "*)
	cat >"$work/dep.c" <<'EOF'
#include <stdio.h>
int lwbt_dep_format(char *buf, int n) { return sprintf(buf, "%d", n); }
EOF
	cat >"$work/run.c" <<'EOF'
#include <stdio.h>
#include <string.h>
int lwbt_dep_format(char *buf, int n);
int main(void)
{
	char a[16], b[16];
	lwbt_dep_format(a, 42);
	snprintf(b, sizeof b, "%d", 42);
	return strcmp(a, "42") != 0 || strcmp(b, "42") != 0;
}
EOF
	"$@" -shared -fPIC -o "$work/libdep.so" "$work/dep.c"
	# shellcheck disable=SC2046
	if "$@" -o "$work/run" "$work/run.c" $(pkg-config --cflags --libs libwildebeest-runtime-printf) \
		-L"$work" -ldep -Wl,-rpath,"$work" && "$work/run"; then
		echo "runtime-printf: a library's sprintf and the program's both work"
	else
		echo "FAIL runtime-printf: the program did not link or run"
		status=1
	fi
esac
exit $status
