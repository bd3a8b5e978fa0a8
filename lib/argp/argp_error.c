#define _GNU_SOURCE
#include <stdarg.h>
#include "argp_int.h"

/* "name: message", then the pointer to --help, and exit unless asked not
 * to; nothing at all under ARGP_NO_ERRS. */
void argp_error(const struct argp_state *state, const char *fmt, ...)
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
	fputs(": ", stream);
	va_start(ap, fmt);
	vfprintf(stream, fmt, ap);
	va_end(ap);
	putc('\n', stream);
	funlockfile(stream);
	argp_state_help(state, stream, ARGP_HELP_STD_ERR);
}
