# Shared by scripts/setup, scripts/test and scripts/demo. Not run on its own.
# shellcheck shell=sh

deps=$top/.deps
arch=$(uname -m)
jobs=$(nproc 2>/dev/null || echo 2)

die() {
	echo "libwildebeest: $*" >&2
	exit 1
}

step() {
	echo "==> $*"
}

# Move $1 over $2 unless they are equal, so that rewriting a wrapper or a
# machine file with the same content does not make ninja rebuild everything.
replace_if_changed() {
	if cmp -s "$1" "$2"; then
		rm -f "$1"
	else
		mv -f "$1" "$2"
	fi
}

# Debian's cloud and container images often carry only binary entries. Add
# the matching source entries for whatever Debian archive is configured.
add_deb_src() {
	found=no
	for f in /etc/apt/sources.list.d/*.sources; do
		[ -f "$f" ] || continue
		case $f in *libwildebeest-src*) continue ;; esac
		grep -q '^Types:.*\bdeb\b' "$f" || continue
		grep -q '^URIs:.*debian' "$f" || continue
		sed -e 's/^Types:.*/Types: deb-src/' "$f" \
			>> /etc/apt/sources.list.d/libwildebeest-src.sources
		echo >> /etc/apt/sources.list.d/libwildebeest-src.sources
		found=yes
	done
	for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
		[ -f "$f" ] || continue
		case $f in *libwildebeest-src*) continue ;; esac
		lines=$(sed -n 's/^[[:space:]]*deb[[:space:]]\(.*debian.*\)/deb-src \1/p' "$f")
		[ -n "$lines" ] || continue
		echo "$lines" >> /etc/apt/sources.list.d/libwildebeest-src.list
		found=yes
	done
	[ $found = yes ] || die "no Debian archive found in /etc/apt to add deb-src entries for"
}

machine_file() { # path c cpp [cross]
	{
		echo "# Written by scripts/setup; edit scripts/lib.sh instead."
		echo "[binaries]"
		echo "c = '$2'"
		echo "cpp = '$3'"
		echo "pkgconfig = 'pkg-config'"
		if [ "${4:-}" != native ]; then
			echo
			echo "[properties]"
			echo "needs_exe_wrapper = false"
			echo "pkg_config_libdir = ['$deps/check-musl/lib/pkgconfig']"
		fi
		if [ "${4:-}" = cross ]; then
			echo
			echo "[host_machine]"
			echo "system = 'linux'"
			echo "cpu_family = '$arch'"
			echo "cpu = '$arch'"
			echo "endian = 'little'"
		fi
	} > "$1.tmp"
	replace_if_changed "$1.tmp" "$1"
}

write_machine_files() {
	m=$deps/machine
	mkdir -p "$m"
	machine_file "$m/musl-clang.ini" "$deps/bin/musl-clang" "$deps/bin/musl-clang++" cross
	machine_file "$m/musl-gcc.ini" "$deps/bin/musl-gcc" "$deps/bin/musl-g++" cross
	machine_file "$m/glibc-clang.ini" clang clang++ native
	machine_file "$m/glibc-gcc.ini" gcc g++ native
	# A musl-only machine, as on Alpine: musl is both host and build machine.
	machine_file "$m/musl-native.ini" "$deps/bin/musl-clang" "$deps/bin/musl-clang++" musl-native
}

# The build configurations. Each is a directory at the top of the tree.
#   build         musl + clang, glibc + clang as the oracle (the default)
#   build-gcc     musl + gcc, glibc + gcc as the oracle
#   build-asan    the library and the whole suite built for the build
#                 machine's glibc under ASan+UBSan (no sanitizer runtime
#                 exists for musl here; see README)
#   build-native  musl as the only machine, as on Alpine: no oracle
configure() { # name
	m=$deps/machine
	case $1 in
	build) set -- "$1" --cross-file "$m/musl-clang.ini" --native-file "$m/glibc-clang.ini" ;;
	build-gcc) set -- "$1" --cross-file "$m/musl-gcc.ini" --native-file "$m/glibc-gcc.ini" ;;
	build-asan) set -- "$1" --native-file "$m/glibc-clang.ini" \
		-Db_sanitize=address,undefined -Db_lundef=false \
		-Dc_args=-fno-sanitize-recover=all ;;
	build-native) set -- "$1" --native-file "$m/musl-native.ini" ;;
	*) die "unknown configuration $1" ;;
	esac
	dir=$top/$1
	shift
	# ninja re-runs meson by itself when a meson.build or machine file changes.
	[ -f "$dir/build.ninja" ] && return 0
	step "configuring $(basename "$dir")"
	meson setup "$@" --prefix "$top/prefix" "$dir" >"$top/.setup-$(basename "$dir").log" 2>&1 ||
		{ cat "$top/.setup-$(basename "$dir").log" >&2; die "meson setup $(basename "$dir") failed"; }
	rm -f "$top/.setup-$(basename "$dir").log"
}
