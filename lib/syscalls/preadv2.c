#define _GNU_SOURCE
#include <errno.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>
#include "cancel.h"

ssize_t __wrap_preadv2(int, const struct iovec *, int, off_t, int);

/*
 * As glibc: the system call, a cancellation point. Where the kernel lacks
 * it (before 4.6, or a seccomp filter), no flags can be honoured
 * (EOPNOTSUPP); without flags it is readv at offset -1 (the file position)
 * and preadv otherwise.
 */
ssize_t __wrap_preadv2(int fd, const struct iovec *iov, int count, off_t offset, int flags)
{
	long r = __lwb_syscall_cp(SYS_preadv2, fd, (long)iov, count, (long)offset,
		(long)((unsigned long long)offset >> 32), flags);

	if (r >= 0 || errno != ENOSYS)
		return r;
	if (flags) {
		errno = EOPNOTSUPP;
		return -1;
	}
	return offset == -1 ? readv(fd, iov, count) : preadv(fd, iov, count, offset);
}
