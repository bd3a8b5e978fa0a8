#define _GNU_SOURCE
#include <sys/mount.h>
#include <sys/syscall.h>
#include <unistd.h>

/* As glibc: the system call, no fallback (ENOSYS before Linux 5.2). */
int fsopen(const char *fsname, unsigned int flags)
{
	return syscall(SYS_fsopen, (long)fsname, (long)flags);
}
