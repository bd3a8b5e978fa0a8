#define _GNU_SOURCE
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

/* As glibc: the system call, no fallback (ENOSYS before Linux 4.9). */
int pkey_alloc(unsigned int flags, unsigned int access_rights)
{
	return syscall(SYS_pkey_alloc, (long)flags, (long)access_rights);
}
