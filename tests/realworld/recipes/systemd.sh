# shellcheck shell=sh disable=SC2034
# systemd 252 (Debian's 252.39 orig tarball), meson. Not in the default
# package list: it is too slow for every CI run (docs/realworld.md has the
# command). Builds against libcap and util-linux's libmount/libblkid from
# the libcap2 and util-linux recipes ($stage of the same libc).
#
# The libwildebeest flags go where a packager puts them for a meson build:
# CFLAGS and LDFLAGS in the environment of `meson setup` (meson reads them
# into c_args and c_link_args). LDFLAGS carries the whole
# `pkg-config --libs`: meson puts c_link_args after the objects and groups
# every archive of the link line (--start-group), so the module archives
# and the -Wl,--wrap options reach every executable and shared library.
# libcap's header comes through its pkg-config Cflags (systemd checks
# sys/capability.h with the compiler, not with pkg-config).
#
# Every compile unit and link is attempted (ninja -k 0); the failures are
# listed in build/failed.txt, and the build fails when there is one.
rw_source=systemd
rw_dir=systemd-stable-252.39
rw_needs="libcap2 util-linux"
rw_modules="cdefs crypt dlfcn execinfo fnmatch ftw getopt glob gnu-decls gshadow hostname lfs64 locale malloc netdb printf pwdgrp resource runtime runtime-printf shadow stdio stdlib string syscalls time uapi"
rw_disabled="-Dnss-myhostname/-Dnss-mymachines/-Dnss-resolve/-Dnss-systemd=false: NSS modules; musl has no NSS (no <nss.h>, no module loading)
-Didn=false: NI_IDN, glibc's getnameinfo IDNA decoding, comes from libidn2 (which glibc loads at run time); libidn2 and libidn are not part of this work
-Dgcrypt/-Dopenssl/-Dgnutls/-Dp11kit/-Dlibfido2/-Dtpm2/-Dlibcryptsetup=false: crypto libraries outside this work
-Dzlib/-Dbzip2/-Dxz/-Dlz4/-Dzstd=false: compression libraries outside this work
-Dseccomp/-Dselinux/-Dapparmor/-Dacl/-Daudit/-Dkmod/-Dpam/-Dpwquality/-Dmicrohttpd/-Dlibcurl/-Dlibiptc/-Dqrencode/-Delfutils/-Dxkbcommon/-Dpcre2/-Dglib/-Ddbus/-Dfdisk/-Dlibidn2/-Dlibidn/-Dgnu-efi=false: optional libraries outside this work
-Dman/-Dhtml=false: need xsltproc and the DocBook stylesheets (not a libc matter)"

# Measured 2026-11-22 (docs/realworld.md): musl-only failures libwildebeest
# does not change, each with the reason.
rw_xfail="cc-*_c++-std=c++23: the compiler, not libc: systemd's meson leaves out a header test for a -std its C++ compiler lacks; the musl build's is clang 14 (musl-clang++: no -std=c++23), the glibc build's g++ 12 (Debian has no libstdc++ for musl, so musl-g++ links glibc's and its programs do not start)"

# Same options on both libcs. Every optional library is named: meson would
# otherwise find the build machine's glibc copies through config tools
# (libgcrypt-config), cmake or a bare -lbz2 and link them into the musl
# build.
rw_systemd_options="--buildtype=plain -Dmode=release
	-Dnss-myhostname=false -Dnss-mymachines=false -Dnss-resolve=false -Dnss-systemd=false
	-Didn=false -Dlibidn2=false -Dlibidn=false
	-Dgcrypt=false -Dopenssl=false -Dgnutls=false -Dp11kit=false -Dlibfido2=false -Dtpm2=false
	-Dlibcryptsetup=false -Ddns-over-tls=false -Ddefault-dnssec=no
	-Dzlib=false -Dbzip2=false -Dxz=false -Dlz4=false -Dzstd=false
	-Dseccomp=false -Dselinux=false -Dapparmor=false -Dacl=false -Daudit=false -Dkmod=false
	-Dpam=false -Dpwquality=false -Dmicrohttpd=false -Dlibcurl=false -Dlibiptc=false
	-Dqrencode=false -Delfutils=false -Dxkbcommon=false -Dpcre2=false -Dglib=false
	-Ddbus=false -Dfdisk=false -Dgnu-efi=false -Dman=false -Dhtml=false"

rw_build() {
	# A few tests are C++ (test-bus-vtable-cc, the headers' cc-*_c++):
	# the same flags in CXXFLAGS, and a C++ compiler for musl for the musl
	# build (meson would otherwise take the system's c++, a glibc
	# compiler). musl-clang++, not musl-g++: Debian has no libstdc++ for
	# musl and musl-g++ links glibc's, so its programs do not start and
	# meson turns C++ off; these tests need no C++ library.
	cxx=g++
	[ "$libc" = musl ] && cxx=$deps/bin/musl-clang++
	cflags="$CFLAGS $(pkg-config --cflags libcap)"
	# shellcheck disable=SC2086
	CFLAGS="$cflags" CXX="$cxx" CXXFLAGS="$cflags" LDFLAGS="$LIBS -Wl,-rpath,$stage/lib" \
		meson setup build --prefix="$stage" -Drootprefix="$stage" $rw_systemd_options &&
		ninja -C build -k 0 -j2 >build/ninja.log 2>&1
	rc=$?
	sed -n 's/^FAILED: //p' build/ninja.log >build/failed.txt
	echo "systemd ($libc): $(wc -l <build/failed.txt) failed ninja steps" \
		"($(grep -c '\.o *$' build/failed.txt) compile units)"
	return $rc
}

# meson test, one line per test. The libraries of $stage are found
# through the rpath rw_build gives every link (LD_LIBRARY_PATH would also
# reach the system's glibc tools the tests run: mount and capsh loading
# the musl libmount and libcap).
# meson test refuses to start when a test program is missing, so the
# tests whose program did not link are left out (and reported missing by
# the harness, as they pass on glibc).
# Each libc's tests start from the same /run, as after a boot: a fresh
# tmpfs in a private mount namespace (test-execute leaves /run/credentials,
# /run/private and runtime directories behind, which the next run would
# see). Without root or unshare, the machine's /run.
rw_fresh_run() {
	if [ "$(id -u)" = 0 ] && unshare -m true 2>/dev/null; then
		unshare -m --propagation private sh -c 'mount -t tmpfs -o mode=0755 tmpfs /run &&
			mkdir -m 1777 /run/lock && mkdir /run/user /run/systemd &&
			ln -s /dev/shm /run/shm && exec "$@"' sh "$@"
	else
		"$@"
	fi
}

rw_check() {
	tests=$(meson test -C build --list 2>/dev/null | sed 's/^.* \/ //' | while read -r t; do
		[ -e "build/$t" ] || ! grep -q "^build $t:" build/build.ninja 2>/dev/null || continue
		echo "$t"
	done)
	# shellcheck disable=SC2086
	rw_fresh_run meson test -C build --no-rebuild --num-processes 2 \
		--print-errorlogs $tests >build/meson-test.log 2>&1
	# (the summary at the end lists the failures again: stop there)
	sed -n '/^Summary of Failures/q; s/^ *[0-9]*\/[0-9]* \(.*\) \(OK\|FAIL\|SKIP\|EXPECTEDFAIL\|UNEXPECTEDPASS\|TIMEOUT\|ERROR\) .*/\2 \1/p' \
		build/meson-test.log | while read -r r t; do
		t=$(echo "$t" | sed 's/ *$//')
		case $r in
		OK | EXPECTEDFAIL) echo "PASS $t" ;;
		SKIP) echo "SKIP $t" ;;
		*) echo "FAIL $t" ;;
		esac
	done >&3
}
