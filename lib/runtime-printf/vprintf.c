#include <stdio.h>
#include "format.h"

int __wrap_vprintf(const char *restrict fmt, va_list ap)
{
	return __lwb_vfprintf(stdout, fmt, ap);
}
