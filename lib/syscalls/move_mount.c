#define _GNU_SOURCE
#include <sys/mount.h>
#include <sys/syscall.h>
#include <unistd.h>

/* As glibc: the system call, no fallback (ENOSYS before Linux 5.2). */
int move_mount(int from_dirfd, const char *from_path, int to_dirfd, const char *to_path, unsigned int flags)
{
	return syscall(SYS_move_mount, (long)from_dirfd, (long)from_path, (long)to_dirfd, (long)to_path, (long)flags);
}
