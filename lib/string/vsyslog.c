#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <syslog.h>
#include "text.h"

void __real_vsyslog(int, const char *, va_list);

/* Reached through -Wl,--wrap=vsyslog: %m becomes glibc's text before
 * musl formats the message. */
void __wrap_vsyslog(int priority, const char *fmt, va_list ap)
{
	int e = errno;
	char *expanded = __lwb_expand_percent_m(fmt, e);

	errno = e;
	__real_vsyslog(priority, expanded ? expanded : fmt, ap);
	free(expanded);
	errno = e;
}
