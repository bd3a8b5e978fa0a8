/*
 * libwildebeest: <fnmatch.h> with glibc's GNU addition, on top of musl's.
 *
 * Under _GNU_SOURCE: FNM_EXTMATCH, with glibc's value (musl already has
 * FNM_LEADING_DIR, FNM_CASEFOLD and FNM_FILE_NAME). The matching itself
 * comes from libwildebeest-fnmatch through -Wl,--wrap=fnmatch.
 */
#ifndef __LWB_FNMATCH_FNMATCH_H
#define __LWB_FNMATCH_FNMATCH_H

/* #include_next is a GNU extension that gcc reports under -pedantic with
 * no option to silence it; a consumer's -Werror must not see that. */
#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <fnmatch.h>

#if defined(_GNU_SOURCE) && !defined(__GLIBC__)
#ifndef FNM_EXTMATCH
#define FNM_EXTMATCH (1 << 5)
#endif
#endif

#endif
