/*
 * libwildebeest: <limits.h> with glibc's HOST_NAME_MAX, on top of musl's.
 *
 * Linux keeps a host name in 64 bytes plus its NUL (struct utsname's
 * nodename); sethostname refuses a longer one. glibc's HOST_NAME_MAX is
 * that 64; musl's is POSIX's minimum, 255. Code that checks a name against
 * HOST_NAME_MAX (systemd's hostname_is_valid, hostname_cleanup) accepts on
 * musl names the kernel refuses. A buffer of HOST_NAME_MAX + 1 bytes still
 * holds any name gethostname or uname can give. Defined where musl and
 * glibc define it: whenever any POSIX, X/Open, GNU or default (BSD) names
 * are visible.
 */
#ifndef __LWB_HOSTNAME_LIMITS_H
#define __LWB_HOSTNAME_LIMITS_H

/* #include_next is a GNU extension that gcc reports under -pedantic with
 * no option to silence it; a consumer's -Werror must not see that. */
#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <limits.h>

#if defined(HOST_NAME_MAX) && !defined(__GLIBC__)
#undef HOST_NAME_MAX
#define HOST_NAME_MAX 64
#endif

#endif
