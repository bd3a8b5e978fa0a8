/*
 * libwildebeest: <stdio.h> with glibc's renameat2 and RENAME_* flags under
 * _GNU_SOURCE (musl added renameat2 after 1.2.5; the declaration is the
 * same). Calls reach libwildebeest-syscalls' version through -Wl,--wrap,
 * whichever musl is underneath.
 */
#ifndef __LWB_SYSCALLS_STDIO_H
#define __LWB_SYSCALLS_STDIO_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <stdio.h>

#if !defined(__GLIBC__) && defined(_GNU_SOURCE)
/* The kernel's <linux/fs.h> spells them the same way. */
#ifndef RENAME_NOREPLACE
#define RENAME_NOREPLACE (1 << 0)
#endif
#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif
#ifndef RENAME_WHITEOUT
#define RENAME_WHITEOUT (1 << 2)
#endif
#ifdef __cplusplus
extern "C" {
#endif
int renameat2(int, const char *, int, const char *, unsigned int);
#ifdef __cplusplus
}
#endif
#endif

#endif
