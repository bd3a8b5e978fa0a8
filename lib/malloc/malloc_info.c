#define _GNU_SOURCE
#include <errno.h>
#include <malloc.h>
#include <stdio.h>

/*
 * glibc writes its arenas as XML. musl's allocator keeps nothing to write,
 * and an empty or invented document would be read as real figures, so it
 * fails: -1 with ENOSYS. Nonzero options are rejected first, as glibc
 * does, by returning EINVAL itself (not -1 and errno).
 */
int malloc_info(int options, FILE *fp)
{
	(void)fp;
	if (options)
		return EINVAL;
	errno = ENOSYS;
	return -1;
}
