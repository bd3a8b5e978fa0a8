/*
 * libwildebeest: <sys/stat.h> with glibc's statx, struct statx and STATX_*
 * under _GNU_SOURCE, coexisting with <linux/stat.h> in either order.
 *
 * As glibc does, the structure and the constants are the kernel's: under
 * _GNU_SOURCE this header includes <linux/stat.h>, so a later inclusion of
 * it is harmless, and an earlier one already supplied them. musl 1.2.5 and
 * later define their own struct statx; that copy is kept out of the way so
 * the kernel's stays in force, as on glibc. Without the kernel's headers
 * musl's own statx (1.2.5 and later) is used, and on older musl statx is
 * not declared. Calls reach libwildebeest-syscalls' statx through
 * -Wl,--wrap, with glibc's fallback when the kernel lacks the system call.
 */
#ifndef __LWB_SYSCALLS_SYS_STAT_H
#define __LWB_SYSCALLS_SYS_STAT_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include <features.h>

#if !defined(__GLIBC__) && defined(_GNU_SOURCE) && defined(__has_include)
#if __has_include(<linux/stat.h>)
#include <linux/stat.h>
#define __LWB_SYSCALLS_KERNEL_STATX 1
#endif
#endif

#ifdef __LWB_SYSCALLS_KERNEL_STATX
#define statx __lwb_musl_statx
#define statx_timestamp __lwb_musl_statx_timestamp
#endif

#include_next <sys/stat.h>

#ifdef __LWB_SYSCALLS_KERNEL_STATX
#undef statx
#undef statx_timestamp
#endif

#if !defined(__GLIBC__) && defined(_GNU_SOURCE) && \
	(defined(__LWB_SYSCALLS_KERNEL_STATX) || defined(STATX_TYPE))
#ifdef __cplusplus
extern "C" {
#endif
int statx(int, const char *__restrict, int, unsigned int, struct statx *__restrict);
#ifdef __cplusplus
}
#endif
#endif

#endif
