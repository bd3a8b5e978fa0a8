#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

int __wrap_renameat2(int, const char *, int, const char *, unsigned int);

/*
 * As glibc: without flags it is renameat. With flags, on a kernel without
 * renameat2 (before 3.15, or a seccomp filter) the flags cannot be honoured
 * and the answer is EINVAL, as for flags the kernel does not know.
 */
int __wrap_renameat2(int olddirfd, const char *old, int newdirfd, const char *new, unsigned int flags)
{
	long r;

	if (!flags)
		return renameat(olddirfd, old, newdirfd, new);
	r = syscall(SYS_renameat2, (long)olddirfd, (long)old, (long)newdirfd, (long)new, (long)flags);
	if (r < 0 && errno == ENOSYS)
		errno = EINVAL;
	return r;
}
