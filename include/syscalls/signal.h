/*
 * libwildebeest: <signal.h> with glibc's tgkill under _GNU_SOURCE, which
 * musl lacks. The function comes from libwildebeest-syscalls.
 */
#ifndef __LWB_SYSCALLS_SIGNAL_H
#define __LWB_SYSCALLS_SIGNAL_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <signal.h>

#if !defined(__GLIBC__) && defined(_GNU_SOURCE)
#ifdef __cplusplus
extern "C" {
#endif
int tgkill(pid_t, pid_t, int);
#ifdef __cplusplus
}
#endif
#endif

#endif
