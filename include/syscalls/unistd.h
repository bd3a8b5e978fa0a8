/*
 * libwildebeest: <unistd.h> with glibc's close_range, closefrom and
 * execveat, which musl lacks. closefrom under the default feature set, as
 * glibc has it (__USE_MISC); the others and CLOSE_RANGE_* under
 * _GNU_SOURCE. The functions come from libwildebeest-syscalls.
 */
#ifndef __LWB_SYSCALLS_UNISTD_H
#define __LWB_SYSCALLS_UNISTD_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <unistd.h>

#if !defined(__GLIBC__)
#ifdef __cplusplus
extern "C" {
#endif

#if defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
void closefrom(int);
#endif

#ifdef _GNU_SOURCE
/* The kernel's <linux/close_range.h> spells them the same way. */
#ifndef CLOSE_RANGE_UNSHARE
#define CLOSE_RANGE_UNSHARE (1U << 1)
#endif
#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif
int close_range(unsigned int, unsigned int, int);
int execveat(int, const char *, char *const [], char *const [], int);
#endif

#ifdef __cplusplus
}
#endif
#endif

#endif
