#define _GNU_SOURCE
#include <sys/pidfd.h>
#include <sys/syscall.h>
#include <unistd.h>

/* As glibc: the system call, no fallback (ENOSYS before Linux 5.1). */
int pidfd_send_signal(int pidfd, int sig, siginfo_t *info, unsigned int flags)
{
	return syscall(SYS_pidfd_send_signal, (long)pidfd, (long)sig, (long)info, (long)flags);
}
