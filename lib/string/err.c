#include <errno.h>
#include <stdlib.h>
#include "text.h"

/* Reached through -Wl,--wrap=err. */
_Noreturn void __wrap_err(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	__lwb_vwarn(fmt, ap, errno);
	va_end(ap);
	exit(status);
}
