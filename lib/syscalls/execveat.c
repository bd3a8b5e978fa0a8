#define _GNU_SOURCE
#include <sys/syscall.h>
#include <unistd.h>

/* As glibc 2.36: the system call, no fallback (ENOSYS before Linux 3.19). */
int execveat(int dirfd, const char *path, char *const argv[], char *const envp[], int flags)
{
	return syscall(SYS_execveat, (long)dirfd, (long)path, (long)argv, (long)envp, (long)flags);
}
