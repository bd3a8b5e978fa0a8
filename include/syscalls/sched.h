/*
 * libwildebeest: <sched.h> with glibc's getcpu under _GNU_SOURCE, which
 * musl 1.2.3 lacks. The function comes from libwildebeest-syscalls.
 */
#ifndef __LWB_SYSCALLS_SCHED_H
#define __LWB_SYSCALLS_SCHED_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <sched.h>

#if !defined(__GLIBC__) && defined(_GNU_SOURCE)
#ifdef __cplusplus
extern "C" {
#endif
int getcpu(unsigned int *, unsigned int *);
#ifdef __cplusplus
}
#endif
#endif

#endif
