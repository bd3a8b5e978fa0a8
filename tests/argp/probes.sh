#!/bin/sh
# How packages look for argp: autoconf's AC_SEARCH_LIBS([argp_parse], [argp])
# (its exact conftest and link lines) and CMake's find_library(argp), run
# against a prefix laid out as `meson install` lays it out (libargp.a next
# to libwildebeest-argp.a, argp.h from the module's headers). Plain musl
# must fail the libc-only probe, and -largp must then succeed and give a
# working argp program.
#
#   probes.sh CC ARCHIVE MASKDIR
set -eu
cc=$1 archive=$2 masks=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/prefix/lib" "$work/prefix/include"
cp "$archive" "$work/prefix/lib/libwildebeest-argp.a"
ln -s libwildebeest-argp.a "$work/prefix/lib/libargp.a"
cp "$masks"/argp.h "$work/prefix/include/"
cd "$work"

# AC_SEARCH_LIBS: first with no library, then with -largp.
cat > conftest.c <<'C'
/* Override any GCC internal prototype to avoid an error.
   Use char because int might match the return type of a GCC
   builtin and then its argument prototype would still apply.  */
char argp_parse ();
int
main (void)
{
return argp_parse ();
  ;
  return 0;
}
C
if $cc -o conftest conftest.c 2>/dev/null; then
	echo "FAIL: argp_parse links without -largp: the probe shows nothing"
	exit 1
fi
$cc -o conftest conftest.c -L"$work/prefix/lib" -largp
echo "AC_SEARCH_LIBS([argp_parse], [argp]): -largp"

# CMake: find_library and a program linked with what it found.
cat > prog.c <<'C'
#include <argp.h>
const char *argp_program_version = "probe 1";
static struct argp_option options[] = { { "flag", 'f', 0, 0, "A flag", 0 }, { 0 } };
static error_t parse(int key, char *arg, struct argp_state *state)
{
	(void)arg; (void)state;
	return key == 'f' ? 0 : ARGP_ERR_UNKNOWN;
}
static struct argp argp = { options, parse, 0, "probe", 0, 0, 0 };
int main(int argc, char **argv) { return argp_parse(&argp, argc, argv, 0, 0, 0); }
C
cat > CMakeLists.txt <<'C'
cmake_minimum_required(VERSION 3.13)
project(probe C)
find_library(ARGP_LIBRARY argp REQUIRED)
find_path(ARGP_INCLUDE argp.h REQUIRED)
message(STATUS "argp library: ${ARGP_LIBRARY}")
add_executable(prog prog.c)
target_include_directories(prog PRIVATE ${ARGP_INCLUDE})
target_link_libraries(prog PRIVATE ${ARGP_LIBRARY})
C
CC="$cc" cmake -S . -B cm -DCMAKE_PREFIX_PATH="$work/prefix" >cmake.log 2>&1 ||
	{ cat cmake.log; exit 1; }
grep "argp library: $work/prefix/lib/libargp.a" cmake.log
cmake --build cm >build.log 2>&1 || { cat build.log; exit 1; }
./cm/prog --version
./cm/prog -f
echo "find_library(argp): $work/prefix/lib/libargp.a"
