#include <errno.h>
#include "text.h"

/* Reached through -Wl,--wrap=warn. */
void __wrap_warn(const char *fmt, ...)
{
	int e = errno;
	va_list ap;

	va_start(ap, fmt);
	__lwb_vwarn(fmt, ap, e);
	va_end(ap);
	errno = e;
}
