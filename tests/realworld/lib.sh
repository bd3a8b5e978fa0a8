# Shared helpers for the real-package harness (tests/realworld/run).
# Sourced, not run. A recipe (recipes/<name>.sh) sets:
#
#   rw_source    Debian bookworm source package name (for apt-get source)
#   rw_dir       the directory the upstream tarball unpacks to
#   rw_modules   libwildebeest modules the package needs on musl (pkg-config
#                names without the libwildebeest- prefix)
#   rw_needs     other recipes whose installed result this one builds against
#   rw_disabled  features switched off, each "option: why" (for the docs)
#   rw_xfail     tests known to fail on musl only, each "pattern: why" (a
#                shell pattern over test names); every one is a
#                libwildebeest gap or a test of glibc's ABI, in the docs
#
# and defines rw_build (configure, build, install into $stage) and rw_check
# (run the package's own tests; print one "PASS|FAIL|SKIP name" line per
# test). Both run inside the unpacked source tree with, for the libc being
# built ($libc: musl or glibc):
#
#   CC            musl: the setup's musl-gcc wrapper; glibc: the system gcc
#   CFLAGS LIBS   musl: exactly `pkg-config --cflags/--libs` of rw_modules
#                 from the installed prefix; glibc: empty (no libwildebeest)
#   LDFLAGS       musl: `pkg-config --libs-only-L` of the same (for link
#                 probes like -lfts that put LIBS elsewhere); glibc: empty
#   PKG_CONFIG_LIBDIR  the prefix (musl) and $stage: never the glibc
#                 system .pc files for a musl build
#   stage         install prefix shared by the recipes of this libc
#
# The harness never edits a source file: only configure options and flags.
# shellcheck shell=sh

rw_log() {
	echo "realworld: $*" >&2
}

# Download the source package once into $work/src/<name>/ (orig tarball;
# apt-get also fetches Debian's own patches, which the harness never applies:
# it builds the upstream source Debian ships, unpatched).
rw_fetch() { # name
	d=$work/src/$1
	if ! ls "$d"/*.orig.tar.* >/dev/null 2>&1; then
		mkdir -p "$d"
		# apt-get source fails as a whole when a signature or the Debian
		# tarball is missing on the mirror; the orig tarball is what counts.
		(cd "$d" && apt-get source -qq --download-only "$1" >"$d/fetch.log" 2>&1) || true
	fi
	ls "$d"/*.orig.tar.* >/dev/null 2>&1
}

# Unpack a fresh upstream tree for one libc: work/<libc>/<dir>.
rw_unpack() { # name dir libc
	rm -rf "${work:?}/$3/$2"
	mkdir -p "$work/$3"
	for t in "$work/src/$1"/*.orig.tar.*; do
		case $t in *.asc) continue ;; esac
		tar -xf "$t" -C "$work/$3" || return 1
	done
	[ -d "$work/$3/$2" ]
}

# The test results automake's parallel harness left in .trs files.
rw_automake_results() { # dir
	find "$1" -name '*.trs' | sort | while read -r trs; do
		name=${trs#"$1"/}
		name=${name%.trs}
		sed -n 's/^:test-result: //p' "$trs" | while read -r r; do
			case $r in
			PASS | XFAIL) echo "PASS $name" ;;
			SKIP) echo "SKIP $name" ;;
			*) echo "FAIL $name" ;;
			esac
		done
	done
}

# The environment of one libc's build, exported for rw_build and rw_check.
rw_env() { # libc
	libc=$1
	stage=$work/$libc/stage
	mkdir -p "$stage"
	export libc stage
	if [ "$libc" = musl ]; then
		CC=${RW_MUSL_CC:-$deps/bin/musl-gcc}
		PKG_CONFIG_LIBDIR=$prefix/lib/pkgconfig:$prefix/lib/$(gcc -print-multiarch)/pkgconfig:$stage/lib/pkgconfig
		export PKG_CONFIG_LIBDIR
		CFLAGS=-O2 LIBS= LDFLAGS=
		# A recipe that needs no module (a dependency musl builds as is)
		# gets plain musl: pkg-config fails when given no name.
		if [ -n "$rw_pcs" ]; then
			CFLAGS="-O2 $(pkg-config --cflags $rw_pcs)" || return 1
			LIBS=$(pkg-config --libs $rw_pcs) || return 1
			LDFLAGS=$(pkg-config --libs-only-L $rw_pcs) || return 1
		fi
	else
		CC=${RW_GLIBC_CC:-gcc}
		PKG_CONFIG_LIBDIR=$stage/lib/pkgconfig:$(pkg-config --variable pc_path pkg-config)
		export PKG_CONFIG_LIBDIR
		CFLAGS=-O2
		LIBS=
		LDFLAGS=
	fi
	unset PKG_CONFIG_PATH
	export CC CFLAGS LIBS LDFLAGS
}
