#define _GNU_SOURCE
#include <sys/mount.h>
#include <stddef.h>
#include <sys/syscall.h>
#include <unistd.h>

/* As glibc: the system call, no fallback (ENOSYS before Linux 5.12). */
int mount_setattr(int dirfd, const char *path, unsigned int flags, struct mount_attr *attr, size_t size)
{
	return syscall(SYS_mount_setattr, (long)dirfd, (long)path, (long)flags, (long)attr, (long)size);
}
