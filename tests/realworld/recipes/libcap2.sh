# shellcheck shell=sh disable=SC2034
# libcap 2.66 (source package libcap2): a dependency of systemd, installed
# into $stage for the same libc. Plain Makefiles; upstream builds it for
# musl itself (its distcheck runs `make CC=musl-gcc`), and it needs no
# libwildebeest module: on musl it is built with musl alone. `make test`
# runs cap_test and executes libcap.so and libpsx.so (they are runnable);
# tests/ adds the psx thread-syscall tests (the others need sudo).
rw_source=libcap2
rw_dir=libcap-2.66
rw_modules=
rw_disabled="GOLANG=no: the Go bindings need a Go toolchain (not a libc matter)
PAM_CAP=no: pam_cap needs libpam, not part of this work"

# Make variables for every make call: the host compiler for the helper
# programs run at build time (_makenames), the libc's CC for everything
# installed. CFLAGS stays in the environment: on make's command line it
# would replace the -fPIC the Makefiles add to it.
rw_libcap_make() {
	make CC="$CC" BUILD_CC=gcc GOLANG=no PAM_CAP=no \
		prefix="$stage" lib=lib RAISE_SETFCAP=no "$@"
}

rw_build() {
	rw_libcap_make -j2 && rw_libcap_make install
}

rw_check() {
	for t in cap_test libcapsotest libpsxsotest; do
		if rw_libcap_make -C libcap "$t" >&2; then echo "PASS libcap/$t"; else echo "FAIL libcap/$t"; fi
	done >&3
	for t in psx_test libcap_psx_test; do
		if rw_libcap_make -C tests "run_$t" >&2; then echo "PASS tests/$t"; else echo "FAIL tests/$t"; fi
	done >&3
}
