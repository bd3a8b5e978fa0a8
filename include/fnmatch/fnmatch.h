/*
 * libwildebeest: <fnmatch.h> with glibc's GNU addition, on top of musl's.
 *
 * FNM_EXTMATCH, with glibc's value (musl already has FNM_LEADING_DIR,
 * FNM_CASEFOLD and FNM_FILE_NAME), where glibc's <fnmatch.h> has it: under
 * _GNU_SOURCE, or unless _POSIX_C_SOURCE is 2 or later. glibc's
 * <features.h> defines that for its default mode, _DEFAULT_SOURCE,
 * _XOPEN_SOURCE, _REENTRANT and _THREAD_SAFE, and <fnmatch.h> does not
 * read <features.h> itself: those count here only once musl's has been
 * read (its default mode is _BSD_SOURCE). So strict ISO C without feature
 * macros sees FNM_EXTMATCH, and so does any caller that includes
 * <fnmatch.h> before every other libc header, as on glibc. The matching
 * itself comes from libwildebeest-fnmatch through -Wl,--wrap=fnmatch.
 */
#ifndef __LWB_FNMATCH_FNMATCH_H
#define __LWB_FNMATCH_FNMATCH_H

/* #include_next is a GNU extension that gcc reports under -pedantic with
 * no option to silence it; a consumer's -Werror must not see that. */
#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <fnmatch.h>

#if !defined(__GLIBC__) && (defined(_GNU_SOURCE) || !((defined(_POSIX_C_SOURCE) && (_POSIX_C_SOURCE + 0) >= 2) \
	|| (defined(_FEATURES_H) && (defined(_BSD_SOURCE) || defined(_DEFAULT_SOURCE) || defined(_XOPEN_SOURCE) \
	|| defined(_REENTRANT) || defined(_THREAD_SAFE)))))
#ifndef FNM_EXTMATCH
#define FNM_EXTMATCH (1 << 5)
#endif
#endif

#endif
