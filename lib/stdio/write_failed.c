#include <errno.h>
#include <stdio_ext.h>
#include "stdio_impl.h"

int __lwb_write_failed(FILE *f)
{
	if (!__fwritable(f))
		errno = EBADF;
	return EOF;
}
