# shellcheck shell=sh disable=SC2034
# dracut 059: <fts.h> in src/install/dracut-install.c; its hand-written
# configure probes fts_open in -lc, then -lfts; needs libkmod (built by the
# kmod recipe for the same libc). `make check` is shell syntax checking and
# an rpm build, and test/TEST-* boot images in qemu, none of which touches
# libc; so the check runs dracut-install itself, on both libcs, and compares
# what it installs: a fake kernel module tree (kmod's prebuilt test modules,
# indexed by this libc's depmod) walked with fts by `-m =<dir>`, and a
# program with its libraries (--ldd).
rw_source=dracut
rw_dir=dracut
rw_modules=fts
rw_needs=kmod
rw_disabled="--disable-documentation: needs asciidoc and the DocBook stylesheets (not a libc matter)"

# dracut's configure takes CC, CFLAGS and LDFLAGS from the environment and
# probes `$CC $CFLAGS $LDFLAGS conftest.c -Wl,-lfts` (LDFLAGS: the
# prefix's library path, from pkg-config); the libs go in LDLIBS, which its
# Makefile puts after the objects.
rw_build() {
	./configure --disable-documentation &&
		make -j2 LDLIBS="$LIBS" dracut-install
}

rw_check() {
	out=$work/$libc/dracut.out
	kd=$out/base/lib/modules/4.4.4
	rm -rf "$out" && mkdir -p "$kd/kernel/foo" "$kd/kernel/bar"
	cache=$work/$libc/kmod-30+20221128/testsuite/module-playground/cache
	# kmod installs one multi-call binary; depmod is a name for it.
	ln -s "$stage/bin/kmod" "$out/depmod"
	cp "$cache"/mod-foo*.ko "$kd/kernel/foo/" && cp "$cache"/mod-simple.ko "$kd/kernel/bar/" &&
		"$out/depmod" -b "$out/base" 4.4.4 || { echo "FAIL depmod" >&3; return; }
	# Run with the just-built libkmod.
	LD_LIBRARY_PATH=$stage/lib
	export LD_LIBRARY_PATH
	t() { # name args...: run dracut-install into a fresh root, record the tree
		n=$1
		shift
		rm -rf "$out/root"
		mkdir -p "$out/root"
		./src/install/dracut-install -D "$out/root" "$@" >"$out/$n.log" 2>&1
		{
			echo "exit $?"
			(cd "$out/root" && find . | sort)
		} >"$out/$n"
		if [ "$libc" = glibc ] || cmp -s "$out/$n" "$work/glibc/dracut.out/$n"; then
			echo "PASS $n" >&3
		else
			diff -u "$work/glibc/dracut.out/$n" "$out/$n"
			echo "FAIL $n" >&3
		fi
	}
	t modules-foo --kerneldir "$kd" -m =foo
	t modules-all --kerneldir "$kd" -m =foo =bar
	t modules-missing --kerneldir "$kd" -m =nosuchdir
	t program-ldd -l /bin/true
	t dir -d /a/b/c
}
