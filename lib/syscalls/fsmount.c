#define _GNU_SOURCE
#include <sys/mount.h>
#include <sys/syscall.h>
#include <unistd.h>

/* As glibc: the system call, no fallback (ENOSYS before Linux 5.2). */
int fsmount(int fsfd, unsigned int flags, unsigned int attr_flags)
{
	return syscall(SYS_fsmount, (long)fsfd, (long)flags, (long)attr_flags);
}
