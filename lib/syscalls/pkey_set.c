#define _GNU_SOURCE
#include <errno.h>
#include <sys/mman.h>
#include "pkru.h"

/*
 * As glibc on x86: replace the key's two rights bits in the PKRU register,
 * EINVAL for a key outside 0..15 or rights beyond PKEY_DISABLE_ACCESS |
 * PKEY_DISABLE_WRITE. Where the CPU has no protection keys glibc dies of
 * SIGILL; here that is ENOSYS, as glibc answers on architectures without
 * them.
 */
int pkey_set(int key, unsigned int rights)
{
	unsigned int pkru;

	if (key < 0 || key > LWB_PKEY_MAX || rights > LWB_PKEY_RIGHTS) {
		errno = EINVAL;
		return -1;
	}
	if (!__lwb_pkru_usable()) {
		errno = ENOSYS;
		return -1;
	}
	pkru = __lwb_pkru_read() & ~((unsigned int)LWB_PKEY_RIGHTS << (2 * key));
	__lwb_pkru_write(pkru | rights << (2 * key));
	return 0;
}
