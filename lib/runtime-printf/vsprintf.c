#include <limits.h>
#include <stdio.h>
#include "format.h"

/* Unbounded, as far as an int return value can count. */
int __wrap_vsprintf(char *restrict s, const char *restrict fmt, va_list ap)
{
	if (__lwb_printf_ordinary(fmt))
		return __real_vsnprintf(s, INT_MAX, fmt, ap);
	return __lwb_vsnprintf(s, INT_MAX, fmt, ap);
}
