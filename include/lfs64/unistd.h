/*
 * libwildebeest: <unistd.h> with glibc's large-file names, on top of
 * musl's: under _LARGEFILE64_SOURCE or _GNU_SOURCE, off64_t, lseek64,
 * pread64, pwrite64, truncate64, ftruncate64 and (in the XSI and default
 * modes) lockf64, each its non-64 counterpart (libwildebeest-lfs64); and
 * in every mode glibc's announcements that they exist, _LFS64_LARGEFILE,
 * _LFS64_STDIO, _LFS64_ASYNCHRONOUS_IO, _LFS_LARGEFILE and
 * _LFS_ASYNCHRONOUS_IO.
 */
#ifndef __LWB_LFS64_UNISTD_H
#define __LWB_LFS64_UNISTD_H

/* #include_next is a GNU extension that gcc reports under -pedantic with
 * no option to silence it; a consumer's -Werror must not see that. */
#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <unistd.h>

#ifndef __GLIBC__
#define _LFS_ASYNCHRONOUS_IO 1
#define _LFS_LARGEFILE 1
#define _LFS64_ASYNCHRONOUS_IO 1
#define _LFS64_LARGEFILE 1
#define _LFS64_STDIO 1
#endif

#if (defined(_LARGEFILE64_SOURCE) || defined(_GNU_SOURCE)) && !defined(__GLIBC__)
#undef off64_t
#undef lseek64
#undef pread64
#undef pwrite64
#undef truncate64
#undef ftruncate64
#undef lockf64
#ifndef __LWB_OFF64_T
#define __LWB_OFF64_T
typedef off_t off64_t;
#endif
#ifdef __cplusplus
extern "C" {
#endif
off_t lseek64(int, off_t, int);
ssize_t pread64(int, void *, size_t, off_t);
ssize_t pwrite64(int, const void *, size_t, off_t);
int truncate64(const char *, off_t);
int ftruncate64(int, off_t);
#if defined(_XOPEN_SOURCE) || defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
int lockf64(int, int, off_t);
#endif
#ifdef __cplusplus
}
#endif
#endif

#endif
