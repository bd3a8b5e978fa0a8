/*
 * libwildebeest: <sys/stat.h> with glibc's large-file names, on top of
 * musl's, under _LARGEFILE64_SOURCE or _GNU_SOURCE. stat64, the function
 * and the structure, is stat: a macro, as in musl 1.2.3, since C has no
 * other way to give a structure a second tag (C++ code overloading on the
 * two types cannot build). fstat64, lstat64 and fstatat64 are the non-64 function
 * (libwildebeest-lfs64).
 */
#ifndef __LWB_LFS64_SYS_STAT_H
#define __LWB_LFS64_SYS_STAT_H

/* #include_next is a GNU extension that gcc reports under -pedantic with
 * no option to silence it; a consumer's -Werror must not see that. */
#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <sys/stat.h>

#if (defined(_LARGEFILE64_SOURCE) || defined(_GNU_SOURCE)) && !defined(__GLIBC__)
#undef stat64
/* musl's header defines these as macros too; glibc's gives none of them
 * (<sys/types.h> has them, as typedefs). */
#undef off64_t
#undef ino64_t
#undef blkcnt64_t
#undef fsblkcnt64_t
#undef fsfilcnt64_t
#undef fstat64
#undef lstat64
#undef fstatat64
#define stat64 stat
#ifdef __cplusplus
extern "C" {
#endif
int fstat64(int, struct stat *);
int lstat64(const char *__restrict, struct stat *__restrict);
int fstatat64(int, const char *__restrict, struct stat *__restrict, int);
#ifdef __cplusplus
}
#endif
#endif

#endif
