#define _GNU_SOURCE
#include <stdio.h>
#include "format.h"

int __wrap_asprintf(char **s, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __lwb_vasprintf(s, fmt, ap);
	va_end(ap);
	return r;
}
