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
rw_modules="cdefs crypt dlfcn execinfo fnmatch ftw getopt glob gnu-decls gshadow lfs64 malloc netdb printf pwdgrp resource runtime runtime-printf shadow stdio stdlib string syscalls time uapi"
rw_disabled="-Dnss-myhostname/-Dnss-mymachines/-Dnss-resolve/-Dnss-systemd=false: NSS modules; musl has no NSS (no <nss.h>, no module loading)
-Didn=false: NI_IDN, glibc's getnameinfo IDNA decoding, comes from libidn2 (which glibc loads at run time); libidn2 and libidn are not part of this work
-Dgcrypt/-Dopenssl/-Dgnutls/-Dp11kit/-Dlibfido2/-Dtpm2/-Dlibcryptsetup=false: crypto libraries outside this work
-Dzlib/-Dbzip2/-Dxz/-Dlz4/-Dzstd=false: compression libraries outside this work
-Dseccomp/-Dselinux/-Dapparmor/-Dacl/-Daudit/-Dkmod/-Dpam/-Dpwquality/-Dmicrohttpd/-Dlibcurl/-Dlibiptc/-Dqrencode/-Delfutils/-Dxkbcommon/-Dpcre2/-Dglib/-Ddbus/-Dfdisk/-Dlibidn2/-Dlibidn/-Dgnu-efi=false: optional libraries outside this work
-Dman/-Dhtml=false: need xsltproc and the DocBook stylesheets (not a libc matter)"

# Measured 2026-11-21 (docs/realworld.md); not fixed yet, each a libc
# difference libwildebeest does not cover (or a link problem) unless said.
rw_xfail="test-bus-vtable-cc: C++ test built by the glibc c++ before CXX was set for musl (the recipe sets it now; checked by hand, not rerun)
test-sd-device-thread: link: libcap.so.2 (plain musl) has undefined sprintf/asprintf/perror, which -Wl,--wrap turns into __wrap_*, and no object of this program pulls those members from the archives
test-udev-device-thread: same program as test-sd-device-thread
test-libsystemd-sym: link, as test-sd-device-thread
test-libudev-sym: link, as test-sd-device-thread
test-hostname-util: HOST_NAME_MAX is 255 on musl, 64 on glibc (the kernel's)
test-network: HOST_NAME_MAX, as test-hostname-util
test-process-util: set_oom_score_adjust: musl 1.2.3's unbuffered stdio write sends an empty first iovec, procfs rejects it
test-time-util: tzname[1] after TZ=UTC is not \"UTC\" on musl
test-parse-util: strtod in a comma-decimal locale: musl has no locale data
test-locale-util: musl's newlocale accepts any locale name (locale_is_installed)
test-execute: exec-oomscoreadjust-positive: the oom_score_adj write (test-process-util's cause); the rest is no libc matter: LD_LIBRARY_PATH=\$stage/lib (rw_check) also reaches the glibc tools the units run (capsh loads the musl libcap.so.2 and fails), and the glibc run leaves /run/credentials behind, after which exec-basic fails with 226/NAMESPACE on both libcs (no /run/systemd/inaccessible here); all 45 other cases pass on musl with both removed
udev-test: no libc matter: LD_LIBRARY_PATH=\$stage/lib (rw_check) makes the system's glibc mount load the musl libmount.so.1, so the test cannot mount its tmpfs and skips; with mount run without it, 6705/6705 results pass on musl"

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
	# A few tests are C++ (test-bus-vtable-cc): the same flags in CXXFLAGS,
	# and musl's C++ compiler for the musl build (meson would otherwise
	# take the system's c++, a glibc compiler, for them).
	cxx=g++
	[ "$libc" = musl ] && cxx=$deps/bin/musl-g++
	cflags="$CFLAGS $(pkg-config --cflags libcap)"
	# shellcheck disable=SC2086
	CFLAGS="$cflags" CXX="$cxx" CXXFLAGS="$cflags" LDFLAGS="$LIBS" \
		meson setup build --prefix="$stage" -Drootprefix="$stage" $rw_systemd_options &&
		ninja -C build -k 0 -j2 >build/ninja.log 2>&1
	rc=$?
	sed -n 's/^FAILED: //p' build/ninja.log >build/failed.txt
	echo "systemd ($libc): $(wc -l <build/failed.txt) failed ninja steps" \
		"($(grep -c '\.o *$' build/failed.txt) compile units)"
	return $rc
}

# meson test, one line per test. The libraries of $stage are found
# through LD_LIBRARY_PATH (both loaders honour it).
# meson test refuses to start when a test program is missing, so the
# tests whose program did not link are left out (and reported missing by
# the harness, as they pass on glibc).
rw_check() {
	tests=$(meson test -C build --list 2>/dev/null | sed 's/^.* \/ //' | while read -r t; do
		[ -e "build/$t" ] || ! grep -q "^build $t:" build/build.ninja 2>/dev/null || continue
		echo "$t"
	done)
	# shellcheck disable=SC2086
	LD_LIBRARY_PATH=$stage/lib meson test -C build --no-rebuild --num-processes 2 \
		--print-errorlogs $tests >build/meson-test.log 2>&1
	sed -n 's/^ *[0-9]*\/[0-9]* \(.*\) \(OK\|FAIL\|SKIP\|EXPECTEDFAIL\|UNEXPECTEDPASS\|TIMEOUT\|ERROR\) .*/\2 \1/p' \
		build/meson-test.log | while read -r r t; do
		t=$(echo "$t" | sed 's/ *$//')
		case $r in
		OK | EXPECTEDFAIL) echo "PASS $t" ;;
		SKIP) echo "SKIP $t" ;;
		*) echo "FAIL $t" ;;
		esac
	done >&3
}
