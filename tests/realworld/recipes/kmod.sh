# shellcheck shell=sh disable=SC2034
# kmod 30: GNU basename in 4 files, strndupa, secure_getenv,
# program_invocation_short_name. The tarball carries no configure: the
# build bootstraps it with autoreconf (upstream's autogen.sh does the same).
# `make check` runs the testsuite (LD_PRELOAD traps over a fake rootfs,
# with the prebuilt test modules: --disable-test-modules).
# libkmod is installed into $stage for dracut.
#
# The testsuite's LD_PRELOAD trap library, testsuite/path.c, defines both
# stat and stat64 (and fopen/fopen64, open/open64) because glibc has both
# symbols. libwildebeest-lfs64 gives fopen64 and open64 their own functions,
# but stat64/lstat64 stay macros for stat/lstat (the name is also the
# structure's tag), so path.c:195-196 is "redefinition of 'stat'" and no
# test program builds on musl. A libwildebeest-lfs64 gap (see
# docs/realworld.md); the library and the tools build.
rw_modules="string lfs64"
rw_xfail="test-*: testsuite/path.c:195 redefinition of 'stat' (libwildebeest-lfs64 maps stat64 to stat by macro); the testsuite does not build on musl"
rw_source=kmod
rw_dir=kmod-30+20221128
rw_disabled="--without-zstd/xz/zlib/openssl (upstream defaults): compressed and signed modules need libraries that are not part of this work (Debian enables all four)
--disable-manpages: needs xsltproc and the DocBook stylesheets (not a libc matter)
--disable-test-modules: building the test kernel modules needs the running kernel's build tree; the testsuite uses the prebuilt ones"

rw_build() {
	mkdir -p libkmod/docs && : >libkmod/docs/gtk-doc.make &&
		autoreconf --force --install >/dev/null &&
		./configure --prefix="$stage" --disable-manpages --disable-test-modules \
			CC="$CC" CFLAGS="$CFLAGS" LIBS="$LIBS" &&
		make -j2 && make install
}

rw_check() {
	make -j2 check || true
	rw_automake_results testsuite >&3
}

