#define _GNU_SOURCE
#include <sys/mman.h>
#include <stddef.h>
#include <sys/syscall.h>
#include <unistd.h>

/* As glibc: the system call, no fallback (ENOSYS before Linux 4.9). */
int pkey_mprotect(void *addr, size_t len, int prot, int pkey)
{
	return syscall(SYS_pkey_mprotect, (long)addr, (long)len, (long)prot, (long)pkey);
}
