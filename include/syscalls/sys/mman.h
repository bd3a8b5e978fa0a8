/*
 * libwildebeest: <sys/mman.h> with glibc's memory protection key calls,
 * process_madvise and process_mrelease under _GNU_SOURCE, and the madvise
 * advice values glibc 2.36 has and musl 1.2.3 lacks (under the default
 * feature set, as glibc). The functions come from libwildebeest-syscalls.
 */
#ifndef __LWB_SYSCALLS_SYS_MMAN_H
#define __LWB_SYSCALLS_SYS_MMAN_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <sys/mman.h>

#if !defined(__GLIBC__)
#if defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
#ifndef MADV_POPULATE_READ
#define MADV_POPULATE_READ 22
#endif
#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif
#ifndef MADV_DONTNEED_LOCKED
#define MADV_DONTNEED_LOCKED 24
#endif
#endif

#ifdef _GNU_SOURCE
#ifndef PKEY_DISABLE_ACCESS
#define PKEY_DISABLE_ACCESS 0x1
#endif
#ifndef PKEY_DISABLE_WRITE
#define PKEY_DISABLE_WRITE 0x2
#endif
#include <sys/types.h>
#ifdef __cplusplus
extern "C" {
#endif
struct iovec;
int pkey_alloc(unsigned int, unsigned int);
int pkey_free(int);
int pkey_get(int);
int pkey_set(int, unsigned int);
int pkey_mprotect(void *, size_t, int, int);
ssize_t process_madvise(int, const struct iovec *, size_t, int, unsigned int);
int process_mrelease(int, unsigned int);
#ifdef __cplusplus
}
#endif
#endif
#endif

#endif
