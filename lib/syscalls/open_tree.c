#define _GNU_SOURCE
#include <sys/mount.h>
#include <sys/syscall.h>
#include <unistd.h>

/* As glibc: the system call, no fallback (ENOSYS before Linux 5.2). */
int open_tree(int dirfd, const char *path, unsigned int flags)
{
	return syscall(SYS_open_tree, (long)dirfd, (long)path, (long)flags);
}
