# shellcheck shell=sh disable=SC2034
# zlib 1.2.13 (Debian's `zlib` source package, the upstream tarball with the
# non-free contrib code removed): a dependency, built and installed into
# $stage for each libc so that elfutils links against a zlib of the same
# libc. It needs nothing from libwildebeest. Its configure is zlib's own
# (not autoconf): it reads CC and CFLAGS from the environment and picks the
# test targets it can run (teststatic, testshared, and test64 where
# off64_t is usable); each is one test here.
rw_source=zlib
rw_dir=zlib-1.2.13.dfsg
rw_modules=
rw_disabled=

rw_build() {
	./configure --prefix="$stage" && make -j2 && make install
}

rw_check() {
	for t in $(sed -n 's/^test: all //p' Makefile); do
		if make "$t"; then
			echo "PASS $t" >&3
		else
			echo "FAIL $t" >&3
		fi
	done
}
