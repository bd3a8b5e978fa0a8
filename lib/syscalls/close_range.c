#define _GNU_SOURCE
#include <errno.h>
#include <sys/syscall.h>
#include <unistd.h>

/* As glibc: the system call, no fallback (ENOSYS on kernels before 5.9). */
int close_range(unsigned int first, unsigned int last, int flags)
{
	return syscall(SYS_close_range, (long)first, (long)last, (long)flags);
}
