/*
 * libwildebeest: <stdio.h> with glibc's large-file names, on top of
 * musl's: off64_t, fpos64_t, fopen64, freopen64, tmpfile64, fgetpos64,
 * fsetpos64, fseeko64 and ftello64, under _LARGEFILE64_SOURCE or
 * _GNU_SOURCE. The functions (libwildebeest-lfs64) are their non-64
 * counterparts: musl's files are always large.
 */
#ifndef __LWB_LFS64_STDIO_H
#define __LWB_LFS64_STDIO_H

/* #include_next is a GNU extension that gcc reports under -pedantic with
 * no option to silence it; a consumer's -Werror must not see that. */
#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <stdio.h>

#if (defined(_LARGEFILE64_SOURCE) || defined(_GNU_SOURCE)) && !defined(__GLIBC__)
#undef off64_t
#undef fpos64_t
#undef fopen64
#undef freopen64
#undef tmpfile64
#undef fgetpos64
#undef fsetpos64
#undef fseeko64
#undef ftello64
/* musl's stdio.h has off_t only with a POSIX, XSI, BSD or GNU feature
 * macro; glibc's gives the *64 names with _LARGEFILE64_SOURCE alone. */
#if !defined(_POSIX_SOURCE) && !defined(_POSIX_C_SOURCE) \
	&& !defined(_XOPEN_SOURCE) && !defined(_GNU_SOURCE) && !defined(_BSD_SOURCE)
#include <sys/types.h>
#endif
#ifndef __LWB_OFF64_T
#define __LWB_OFF64_T
typedef off_t off64_t;
#endif
#ifndef __LWB_FPOS64_T
#define __LWB_FPOS64_T
typedef fpos_t fpos64_t;
#endif
#ifdef __cplusplus
extern "C" {
#endif
FILE *fopen64(const char *__restrict, const char *__restrict);
FILE *freopen64(const char *__restrict, const char *__restrict, FILE *__restrict);
FILE *tmpfile64(void);
int fgetpos64(FILE *__restrict, fpos_t *__restrict);
int fsetpos64(FILE *, const fpos_t *);
int fseeko64(FILE *, off_t, int);
off_t ftello64(FILE *);
#ifdef __cplusplus
}
#endif
#endif

#endif
