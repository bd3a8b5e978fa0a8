/*
 * libwildebeest: <stdlib.h> with glibc's large-file temporary files, on top
 * of musl's, under _LARGEFILE64_SOURCE or _GNU_SOURCE: mkstemp64, in the
 * default and GNU modes mkstemps64, and under _GNU_SOURCE mkostemp64 and
 * mkostemps64, each its non-64 counterpart (libwildebeest-lfs64).
 */
#ifndef __LWB_LFS64_STDLIB_H
#define __LWB_LFS64_STDLIB_H

/* #include_next is a GNU extension that gcc reports under -pedantic with
 * no option to silence it; a consumer's -Werror must not see that. */
#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <stdlib.h>

#if (defined(_LARGEFILE64_SOURCE) || defined(_GNU_SOURCE)) && !defined(__GLIBC__)
#undef mkstemp64
#undef mkstemps64
#undef mkostemp64
#undef mkostemps64
#ifdef __cplusplus
extern "C" {
#endif
int mkstemp64(char *);
#if defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
int mkstemps64(char *, int);
#endif
#ifdef _GNU_SOURCE
int mkostemp64(char *, int);
int mkostemps64(char *, int, int);
#endif
#ifdef __cplusplus
}
#endif
#endif

#endif
