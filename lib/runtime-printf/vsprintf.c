#include <limits.h>
#include <stdio.h>
#include "format.h"

/* Unbounded, as far as an int return value can count. */
int __wrap_vsprintf(char *restrict s, const char *restrict fmt, va_list ap)
{
	return __lwb_vsnprintf(s, INT_MAX, fmt, ap);
}
