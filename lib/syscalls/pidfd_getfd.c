#define _GNU_SOURCE
#include <sys/pidfd.h>
#include <sys/syscall.h>
#include <unistd.h>

/* As glibc: the system call, no fallback (ENOSYS before Linux 5.6). */
int pidfd_getfd(int pidfd, int targetfd, unsigned int flags)
{
	return syscall(SYS_pidfd_getfd, (long)pidfd, (long)targetfd, (long)flags);
}
