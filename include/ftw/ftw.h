/*
 * libwildebeest: <ftw.h> with glibc's GNU additions, on top of musl's.
 *
 * Under _GNU_SOURCE: FTW_ACTIONRETVAL and the callback's return codes, with
 * glibc's values. Under _GNU_SOURCE or _LARGEFILE64_SOURCE: ftw64 and nftw64
 * as functions (musl 1.2.3 made them macros, musl 1.2.4 dropped them).
 * The walk itself comes from libwildebeest-ftw through -Wl,--wrap.
 */
#ifndef __LWB_FTW_FTW_H
#define __LWB_FTW_FTW_H

/* #include_next is a GNU extension that gcc reports under -pedantic with
 * no option to silence it; a consumer's -Werror must not see that. */
#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <ftw.h>

#if defined(_GNU_SOURCE) && !defined(__GLIBC__)
#ifndef FTW_ACTIONRETVAL
#define FTW_ACTIONRETVAL 16
#endif
#ifndef FTW_CONTINUE
#define FTW_CONTINUE 0
#endif
#ifndef FTW_STOP
#define FTW_STOP 1
#endif
#ifndef FTW_SKIP_SUBTREE
#define FTW_SKIP_SUBTREE 2
#endif
#ifndef FTW_SKIP_SIBLINGS
#define FTW_SKIP_SIBLINGS 3
#endif
#endif

#if (defined(_GNU_SOURCE) || defined(_LARGEFILE64_SOURCE)) && !defined(__GLIBC__)
/* musl's struct stat is already 64-bit, so these are ftw and nftw under
 * their glibc names. Their callbacks take glibc's struct stat64 where
 * libwildebeest-lfs64 gives it a tag of its own (in its <sys/stat.h>, which
 * musl's <ftw.h> has included by now), and otherwise struct stat, which
 * musl 1.2.3 also calls stat64. */
#undef ftw64
#undef nftw64
#ifdef __cplusplus
extern "C" {
#endif
#ifdef __LWB_STRUCT_STAT64
int ftw64(const char *, int (*)(const char *, const struct stat64 *, int), int);
int nftw64(const char *, int (*)(const char *, const struct stat64 *, int, struct FTW *), int, int);
#else
int ftw64(const char *, int (*)(const char *, const struct stat *, int), int);
int nftw64(const char *, int (*)(const char *, const struct stat *, int, struct FTW *), int, int);
#endif
#ifdef __cplusplus
}
#endif
#endif

#endif
