#define _GNU_SOURCE
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "argp_int.h"

/* "name: message: strerror(errnum)", then exit(status) if status is not 0
 * (unless ARGP_NO_EXIT); nothing at all under ARGP_NO_ERRS. */
void argp_failure(const struct argp_state *state, int status, int errnum,
	const char *fmt, ...)
{
	FILE *stream;
	va_list ap;

	if (state && (state->flags & ARGP_NO_ERRS))
		return;
	stream = state ? state->err_stream : stderr;
	if (!stream)
		return;
	flockfile(stream);
	fputs(state ? state->name : __lwb_argp_short_name(), stream);
	if (fmt) {
		fputs(": ", stream);
		va_start(ap, fmt);
		vfprintf(stream, fmt, ap);
		va_end(ap);
	}
	if (errnum) {
		fputs(": ", stream);
		fputs(strerror(errnum), stream);
	}
	putc('\n', stream);
	funlockfile(stream);
	if (status && (!state || !(state->flags & ARGP_NO_EXIT)))
		exit(status);
}
