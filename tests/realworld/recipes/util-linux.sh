# shellcheck shell=sh disable=SC2034
# util-linux 2.38.1, only libblkid and libmount (systemd needs both),
# installed into $stage for the same libc. Needs no libwildebeest module:
# both libraries build on musl alone without a warning. Their own tests
# are the blkid and libmount parts of util-linux's test suite
# (tests/run.sh over tests/ts/{blkid,libmount}, one test at a time: the
# blkid tests share loop devices); the rest of the suite tests programs
# this build does not make.
rw_source=util-linux
rw_dir=util-linux-2.38.1
rw_modules=
rw_disabled="--disable-all-programs: only libblkid and libmount are needed here
--disable-nls: gettext (libintl) is not part of this work
--without-python/systemd/udev/selinux/cryptsetup/ncursesw/tinfo/readline/libmagic/econf: optional libraries outside this work (the test helper test_colors would otherwise link -ltinfo)"

rw_build() {
	./configure --prefix="$stage" --disable-all-programs --enable-libblkid --enable-libmount \
		--disable-nls --disable-bash-completion --without-python --without-systemd \
		--without-udev --without-selinux --without-cryptsetup --without-ncursesw \
		--without-tinfo --without-readline --without-libmagic --without-econf \
		CC="$CC" CFLAGS="$CFLAGS" LIBS="$LIBS" &&
		make -j2 && make install
}

rw_check() {
	make -k -j2 check-programs >/dev/null 2>&1
	# With --parsable run.sh prints one line per test and sub-test,
	# "component: name[: [NN] subtest] ... OK|FAILED|SKIPPED (why)"; a test
	# with sub-tests also prints a summary line, "(all N sub-tests
	# PASSED)" or "(N from M sub-tests)", left out here.
	./tests/run.sh --srcdir="$PWD" --builddir="$PWD" --parallel=1 --parsable blkid libmount 2>&1 |
		grep -v 'sub-tests' |
		sed -n 's/^ *\([a-z]*\): \(.*[^ ]\) *\.\.\. \(OK\|FAILED\|SKIPPED\).*/\3 \1: \2/p' |
		while read -r r t; do
			case $r in
			OK) echo "PASS $t" ;;
			SKIPPED) echo "SKIP $t" ;;
			*) echo "FAIL $t" ;;
			esac
		done >&3
}
