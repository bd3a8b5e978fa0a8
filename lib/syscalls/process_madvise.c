#define _GNU_SOURCE
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

/* As glibc: the system call, no fallback (ENOSYS before Linux 5.10). */
ssize_t process_madvise(int pidfd, const struct iovec *iov, size_t n, int advice, unsigned int flags)
{
	return syscall(SYS_process_madvise, (long)pidfd, (long)iov, (long)n, (long)advice, (long)flags);
}
