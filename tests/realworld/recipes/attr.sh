# shellcheck shell=sh disable=SC2034
# attr 2.5.1: GNU basename from <string.h> (tools/attr.c calls basename
# without <libgen.h>); autotools; `make check` runs test/attr.test (user
# xattrs on the build directory's filesystem) and test/root/getfattr.test.
rw_source=attr
rw_dir=attr-2.5.1
rw_modules=string
rw_disabled="--disable-nls: gettext (libintl) is not part of this work; musl has no libintl"

rw_build() {
	./configure --disable-nls CC="$CC" CFLAGS="$CFLAGS" LIBS="$LIBS" &&
		make -j2
}

rw_check() {
	make -j2 check || true
	rw_automake_results . >&3
}
