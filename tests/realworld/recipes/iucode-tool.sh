# shellcheck shell=sh disable=SC2034
# iucode-tool 2.3.1: argp only (`AC_SEARCH_LIBS(argp_parse, [argp])`, a hard
# error when argp is missing). It has no test suite of its own, so the check
# runs the tool: the argp-generated --help, --usage and --version texts and
# the errors argp reports for bad options and arguments must be
# byte-identical on both libcs (the glibc run records them, so glibc always
# passes; the musl run is compared with it).
rw_source=iucode-tool
rw_dir=iucode-tool-2.3.1
rw_modules=argp
rw_disabled=

rw_build() {
	./configure CC="$CC" CFLAGS="$CFLAGS" LIBS="$LIBS" && make -j2
}

rw_check() {
	out=$work/$libc/iucode-tool.out
	rm -rf "$out" && mkdir -p "$out"
	for args in --help --usage --version "--no-such-option" "-Z" "-s" "--scan-system=x" "--date-before=bogus" "-L /dev/null" "-h" "-?"; do
		f=$out/$(echo "$args" | tr -c 'a-zA-Z0-9\n' _)
		./iucode_tool $args >"$f" 2>&1
		echo "exit $?" >>"$f"
	done
	# Every output must match the glibc build's, byte for byte.
	for f in "$out"/*; do
		g=$work/glibc/iucode-tool.out/${f##*/}
		if [ "$libc" = glibc ]; then
			echo "PASS ${f##*/}" >&3
		elif cmp -s "$f" "$g"; then
			echo "PASS ${f##*/}" >&3
		else
			diff -u "$g" "$f"
			echo "FAIL ${f##*/}" >&3
		fi
	done
}
