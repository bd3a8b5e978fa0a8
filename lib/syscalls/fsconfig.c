#define _GNU_SOURCE
#include <sys/mount.h>
#include <sys/syscall.h>
#include <unistd.h>

/* As glibc: the system call, no fallback (ENOSYS before Linux 5.2). */
int fsconfig(int fsfd, unsigned int cmd, const char *key, const void *value, int aux)
{
	return syscall(SYS_fsconfig, (long)fsfd, (long)cmd, (long)key, (long)value, (long)aux);
}
