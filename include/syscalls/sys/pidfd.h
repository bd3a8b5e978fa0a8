/*
 * libwildebeest: <sys/pidfd.h>, which musl lacks: glibc 2.36's process
 * file descriptor calls and PIDFD_NONBLOCK. The functions come from
 * libwildebeest-syscalls.
 */
#ifndef __LWB_SYSCALLS_SYS_PIDFD_H
#define __LWB_SYSCALLS_SYS_PIDFD_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include <fcntl.h>
#include <signal.h>
#include <sys/types.h>

#define PIDFD_NONBLOCK O_NONBLOCK

#ifdef __cplusplus
extern "C" {
#endif
int pidfd_open(pid_t, unsigned int);
int pidfd_getfd(int, int, unsigned int);
/* musl's <signal.h> has siginfo_t only with POSIX (SA_SIGINFO comes with
 * it): in strict ISO C mode, where glibc still declares this, it cannot be
 * named. */
#ifdef SA_SIGINFO
int pidfd_send_signal(int, int, siginfo_t *, unsigned int);
#endif
#ifdef __cplusplus
}
#endif

#endif
