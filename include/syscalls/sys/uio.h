/*
 * libwildebeest: <sys/uio.h> with glibc's preadv2, pwritev2 and RWF_*
 * under _GNU_SOURCE, and preadv64v2, pwritev64v2 under _GNU_SOURCE or
 * _LARGEFILE64_SOURCE (off_t is 64 bits on musl, so they are the same
 * calls). musl 1.2.5 and later declare preadv2 and pwritev2 the same way.
 * Calls reach libwildebeest-syscalls through -Wl,--wrap, with glibc's
 * fallback when the kernel lacks the system calls.
 */
#ifndef __LWB_SYSCALLS_SYS_UIO_H
#define __LWB_SYSCALLS_SYS_UIO_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <sys/uio.h>

#if !defined(__GLIBC__)
#ifdef _GNU_SOURCE
#ifndef RWF_HIPRI
#define RWF_HIPRI 0x00000001
#endif
#ifndef RWF_DSYNC
#define RWF_DSYNC 0x00000002
#endif
#ifndef RWF_SYNC
#define RWF_SYNC 0x00000004
#endif
#ifndef RWF_NOWAIT
#define RWF_NOWAIT 0x00000008
#endif
#ifndef RWF_APPEND
#define RWF_APPEND 0x00000010
#endif
#ifndef RWF_NOAPPEND
#define RWF_NOAPPEND 0x00000020
#endif
#ifdef __cplusplus
extern "C" {
#endif
ssize_t preadv2(int, const struct iovec *, int, off_t, int);
ssize_t pwritev2(int, const struct iovec *, int, off_t, int);
#ifdef __cplusplus
}
#endif
#endif

#if defined(_GNU_SOURCE) || defined(_LARGEFILE64_SOURCE)
#undef preadv64v2
#undef pwritev64v2
#ifdef __cplusplus
extern "C" {
#endif
ssize_t preadv64v2(int, const struct iovec *, int, off_t, int);
ssize_t pwritev64v2(int, const struct iovec *, int, off_t, int);
#ifdef __cplusplus
}
#endif
#endif
#endif

#endif
