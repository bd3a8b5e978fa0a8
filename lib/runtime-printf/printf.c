#include <stdio.h>
#include "format.h"

int __wrap_printf(const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __lwb_vfprintf(stdout, fmt, ap);
	va_end(ap);
	return r;
}
