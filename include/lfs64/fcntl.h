/*
 * libwildebeest: <fcntl.h> with glibc's large-file names, on top of
 * musl's. In every mode, as glibc gives them, F_GETLK64, F_SETLK64 and
 * F_SETLKW64 (musl's locking commands already take 64-bit offsets). Under
 * _LARGEFILE64_SOURCE or _GNU_SOURCE: off64_t, struct flock64 (struct
 * flock), open64, openat64, creat64, posix_fadvise64, posix_fallocate64,
 * fcntl64, lockf64 (XSI and default modes) and, under _GNU_SOURCE,
 * fallocate64, each its non-64 counterpart (libwildebeest-lfs64).
 */
#ifndef __LWB_LFS64_FCNTL_H
#define __LWB_LFS64_FCNTL_H

/* #include_next is a GNU extension that gcc reports under -pedantic with
 * no option to silence it; a consumer's -Werror must not see that. */
#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <fcntl.h>

#ifndef __GLIBC__
#undef F_GETLK64
#undef F_SETLK64
#undef F_SETLKW64
#define F_GETLK64 F_GETLK
#define F_SETLK64 F_SETLK
#define F_SETLKW64 F_SETLKW
#endif

#if (defined(_LARGEFILE64_SOURCE) || defined(_GNU_SOURCE)) && !defined(__GLIBC__)
#undef off64_t
#undef flock64
#undef open64
#undef openat64
#undef creat64
#undef posix_fadvise64
#undef posix_fallocate64
#undef fallocate64
#undef fcntl64
#undef lockf64
#ifndef __LWB_OFF64_T
#define __LWB_OFF64_T
typedef off_t off64_t;
#endif
#define flock64 flock
#ifdef __cplusplus
extern "C" {
#endif
int open64(const char *, int, ...);
int openat64(int, const char *, int, ...);
int creat64(const char *, mode_t);
int posix_fadvise64(int, off_t, off_t, int);
int posix_fallocate64(int, off_t, off_t);
int fcntl64(int, int, ...);
#if defined(_XOPEN_SOURCE) || defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
int lockf64(int, int, off_t);
#endif
#ifdef _GNU_SOURCE
int fallocate64(int, int, off_t, off_t);
#endif
#ifdef __cplusplus
}
#endif
#endif

#endif
