#define _GNU_SOURCE
#include <errno.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

/* musl 1.2.3 predates the number; the kernel's headers have it. */
#if !defined(SYS_process_mrelease) && defined(__has_include)
#if __has_include(<asm/unistd.h>)
#include <asm/unistd.h>
#ifdef __NR_process_mrelease
#define SYS_process_mrelease __NR_process_mrelease
#endif
#endif
#endif

/* As glibc: the system call, no fallback (ENOSYS before Linux 5.15). */
int process_mrelease(int pidfd, unsigned int flags)
{
#ifdef SYS_process_mrelease
	return syscall(SYS_process_mrelease, (long)pidfd, (long)flags);
#else
	(void)pidfd;
	(void)flags;
	errno = ENOSYS;
	return -1;
#endif
}
