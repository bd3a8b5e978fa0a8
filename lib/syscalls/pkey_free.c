#define _GNU_SOURCE
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

/* As glibc: the system call, no fallback (ENOSYS before Linux 4.9). */
int pkey_free(int pkey)
{
	return syscall(SYS_pkey_free, (long)pkey);
}
