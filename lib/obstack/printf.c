#define _GNU_SOURCE
#include <obstack.h>
#include <stdarg.h>

int obstack_printf(struct obstack *h, const char *format, ...)
{
	va_list ap;
	int n;

	va_start(ap, format);
	n = obstack_vprintf(h, format, ap);
	va_end(ap);
	return n;
}
