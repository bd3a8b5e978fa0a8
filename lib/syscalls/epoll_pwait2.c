#define _GNU_SOURCE
#include <signal.h>
#include <sys/epoll.h>
#include <sys/syscall.h>
#include <time.h>
#include "cancel.h"

/* As glibc: the system call, a cancellation point, no fallback (ENOSYS
 * before Linux 5.11). A null timeout waits for ever. */
int epoll_pwait2(int epfd, struct epoll_event *events, int maxevents,
	const struct timespec *timeout, const sigset_t *sigmask)
{
	return __lwb_syscall_cp(SYS_epoll_pwait2, epfd, (long)events, maxevents,
		(long)timeout, (long)sigmask, _NSIG / 8);
}
