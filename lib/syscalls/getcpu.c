#define _GNU_SOURCE
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>

/* As glibc: the system call (the third argument, a cache, is unused by
 * the kernel since 2.6.24). */
int getcpu(unsigned int *cpu, unsigned int *node)
{
	return syscall(SYS_getcpu, (long)cpu, (long)node, 0L);
}
