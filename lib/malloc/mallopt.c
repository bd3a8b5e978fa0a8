#define _GNU_SOURCE
#include <errno.h>
#include <malloc.h>

/*
 * musl's allocator has no tunables, so no parameter can be set: the answer
 * is glibc's "error" (0), with errno ENOSYS. glibc answers 1 for every
 * parameter it accepts, unknown ones included; it answers 0 for values it
 * rejects, as here.
 */
int mallopt(int param, int value)
{
	(void)param;
	(void)value;
	errno = ENOSYS;
	return 0;
}
