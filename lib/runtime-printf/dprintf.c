#include <stdio.h>
#include "format.h"

int __wrap_dprintf(int fd, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __lwb_vdprintf(fd, fmt, ap);
	va_end(ap);
	return r;
}
