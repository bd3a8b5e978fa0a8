/*
 * libwildebeest: <sys/epoll.h> with glibc's epoll_pwait2 (a timeout in
 * nanoseconds), which musl lacks. The function comes from
 * libwildebeest-syscalls.
 */
#ifndef __LWB_SYSCALLS_SYS_EPOLL_H
#define __LWB_SYSCALLS_SYS_EPOLL_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <sys/epoll.h>

#if !defined(__GLIBC__)
#ifdef __cplusplus
extern "C" {
#endif
struct timespec;
int epoll_pwait2(int, struct epoll_event *, int, const struct timespec *, const sigset_t *);
#ifdef __cplusplus
}
#endif
#endif

#endif
