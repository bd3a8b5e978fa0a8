#define _GNU_SOURCE
#include <sys/pidfd.h>
#include <sys/syscall.h>
#include <unistd.h>

/* As glibc: the system call, no fallback (ENOSYS before Linux 5.3). */
int pidfd_open(pid_t pid, unsigned int flags)
{
	return syscall(SYS_pidfd_open, (long)pid, (long)flags);
}
