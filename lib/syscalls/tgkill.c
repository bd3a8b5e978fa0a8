#define _GNU_SOURCE
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

/* As glibc: the system call, no fallback. */
int tgkill(pid_t tgid, pid_t tid, int sig)
{
	return syscall(SYS_tgkill, (long)tgid, (long)tid, (long)sig);
}
