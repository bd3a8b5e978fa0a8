#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include "text.h"

void __lwb_vwarn(const char *fmt, va_list ap, int e)
{
	char unknown[LWB_TEXT_BUF];
	const char *text = __lwb_strerror_text(e, unknown);

	flockfile(stderr);
	fprintf(stderr, "%s: ", program_invocation_short_name);
	if (fmt) {
		vfprintf(stderr, fmt, ap);
		fputs(": ", stderr);
	}
	fprintf(stderr, "%s\n", text);
	funlockfile(stderr);
}

/* Reached through -Wl,--wrap=vwarn: musl's prints musl's text for errno. */
void __wrap_vwarn(const char *fmt, va_list ap)
{
	int e = errno;

	__lwb_vwarn(fmt, ap, e);
	errno = e;
}
