#include <errno.h>
#include <stdlib.h>
#include "text.h"

/* Reached through -Wl,--wrap=verr. */
_Noreturn void __wrap_verr(int status, const char *fmt, va_list ap)
{
	__lwb_vwarn(fmt, ap, errno);
	exit(status);
}
