#include <syslog.h>
#include "text.h"

/* Reached through -Wl,--wrap=syslog. */
void __wrap_syslog(int priority, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	__wrap_vsyslog(priority, fmt, ap);
	va_end(ap);
}
