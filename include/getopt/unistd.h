/*
 * libwildebeest: <unistd.h> on top of musl's, binding getopt as glibc does.
 *
 * glibc gives a caller that explicitly asked for POSIX (_POSIX_C_SOURCE of
 * 2 or more, or _XOPEN_SOURCE below 500 in a strict mode) and not for GNU,
 * and that has not included <getopt.h> first, a getopt that stops at the
 * first non-option, whatever POSIXLY_CORRECT says. Everyone else gets GNU
 * getopt, which libwildebeest-getopt supplies through -Wl,--wrap=getopt.
 */
#ifndef __LWB_GETOPT_UNISTD_H
#define __LWB_GETOPT_UNISTD_H

/* #include_next is a GNU extension that gcc reports under -pedantic with
 * no option to silence it; a consumer's -Werror must not see that. */
#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <unistd.h>

#if !defined(__GLIBC__) && !defined(_GNU_SOURCE) && !defined(_GETOPT_H) && \
	(((defined(_POSIX_C_SOURCE) || defined(_POSIX_SOURCE)) && \
	  ((defined(_POSIX_C_SOURCE) && _POSIX_C_SOURCE + 0 >= 2) || defined(_XOPEN_SOURCE))) || \
	 (!defined(_POSIX_C_SOURCE) && !defined(_POSIX_SOURCE) && defined(__STRICT_ANSI__) && \
	  defined(_XOPEN_SOURCE) && _XOPEN_SOURCE + 0 < 500))
#ifdef __cplusplus
extern "C" {
#endif
int getopt(int, char *const [], const char *) __asm__("__lwb_posix_getopt");
#ifdef __cplusplus
}
#endif
#endif

#endif
