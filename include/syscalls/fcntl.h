/*
 * libwildebeest: <fcntl.h> with glibc's fcntl64 under _GNU_SOURCE or
 * _LARGEFILE64_SOURCE. On musl struct flock is already 64-bit, so it is
 * fcntl under the name glibc's binaries and sources use. The function
 * comes from libwildebeest-syscalls.
 */
#ifndef __LWB_SYSCALLS_FCNTL_H
#define __LWB_SYSCALLS_FCNTL_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <fcntl.h>

#if !defined(__GLIBC__) && (defined(_GNU_SOURCE) || defined(_LARGEFILE64_SOURCE))
#undef fcntl64
#ifdef __cplusplus
extern "C" {
#endif
int fcntl64(int, int, ...);
#ifdef __cplusplus
}
#endif
#endif

#endif
