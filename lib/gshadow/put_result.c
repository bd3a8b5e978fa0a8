#define _GNU_SOURCE
#include <errno.h>
#include "files.h"

/* The put*ent result from their last write's: 0, or -1 with errno. musl's
 * stdio fails a stream not open for writing without setting errno (the
 * callers clear it first); glibc's put*ent say EBADF there. */
int __lwb_put_result(int r)
{
	if (r >= 0)
		return 0;
	if (!errno)
		errno = EBADF;
	return -1;
}
