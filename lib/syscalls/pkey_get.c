#define _GNU_SOURCE
#include <errno.h>
#include <sys/mman.h>
#include "pkru.h"

/*
 * As glibc on x86: the key's two rights bits from the PKRU register,
 * EINVAL for a key outside 0..15. glibc reads the register whether or not
 * the CPU has it and dies of SIGILL where it does not; here that is
 * ENOSYS, as glibc answers on architectures without protection keys.
 */
int pkey_get(int key)
{
	if (key < 0 || key > LWB_PKEY_MAX) {
		errno = EINVAL;
		return -1;
	}
	if (!__lwb_pkru_usable()) {
		errno = ENOSYS;
		return -1;
	}
	return (__lwb_pkru_read() >> (2 * key)) & LWB_PKEY_RIGHTS;
}
