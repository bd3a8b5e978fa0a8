#include <stdio.h>
#include "format.h"

int __wrap_fprintf(FILE *restrict f, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	if (!__lwb_printf_ordinary(fmt))
		r = __lwb_vfprintf(f, fmt, ap);
	else if ((r = __real_vfprintf(f, fmt, ap)) < 0)
		r = __lwb_printf_write_failed(f);
	va_end(ap);
	return r;
}
