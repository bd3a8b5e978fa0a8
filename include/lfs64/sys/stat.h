/*
 * libwildebeest: <sys/stat.h> with glibc's large-file names, on top of
 * musl's, under _LARGEFILE64_SOURCE or _GNU_SOURCE. As on glibc, struct
 * stat64 is a structure of its own and stat64, fstat64, lstat64 and
 * fstatat64 are functions of their own that take it, so code that defines
 * both stat and stat64 (an LD_PRELOAD library) builds, and `#ifdef stat64`
 * is false. musl's struct stat is already 64-bit, so struct stat64 has its
 * layout and each function is its non-64 counterpart (libwildebeest-lfs64,
 * which checks the two layouts agree when it is built).
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
/* musl's header defines these as macros (1.2.3 also under _GNU_SOURCE,
 * 1.2.4 and later under _LARGEFILE64_SOURCE only); glibc's defines none
 * (<sys/types.h> has the types, as typedefs). */
#undef stat64
#undef fstat64
#undef lstat64
#undef fstatat64
#undef off64_t
#undef ino64_t
#undef blkcnt64_t
#undef fsblkcnt64_t
#undef fsfilcnt64_t

/* musl's <bits/stat.h> defines struct stat for the architecture and
 * nothing else, with no include guard (1.2.3 to 1.2.5). Read a second time
 * with the tag renamed, it gives struct stat64 the same members in the same
 * places, on every architecture, without restating any of them here. */
#ifndef __LWB_STRUCT_STAT64
#define __LWB_STRUCT_STAT64
#define stat stat64
#include <bits/stat.h>
#undef stat
#endif

#ifdef __cplusplus
extern "C" {
#endif
int stat64(const char *__restrict, struct stat64 *__restrict);
int fstat64(int, struct stat64 *);
int lstat64(const char *__restrict, struct stat64 *__restrict);
int fstatat64(int, const char *__restrict, struct stat64 *__restrict, int);
#ifdef __cplusplus
}
#endif
#endif

#endif
