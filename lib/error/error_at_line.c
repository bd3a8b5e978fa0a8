#define _GNU_SOURCE
#include <error.h>
#include <stdarg.h>
#include <string.h>
#include "report.h"

int error_one_per_line;

/* The last place reported while error_one_per_line was set. Like glibc,
 * the name is kept by pointer and compared by pointer first, and the
 * initial state is (NULL, 0). */
static const char *last_file;
static unsigned int last_line;

void error_at_line(int status, int errnum, const char *file, unsigned int line,
	const char *format, ...)
{
	va_list ap;

	if (error_one_per_line) {
		if (line == last_line && (file == last_file ||
			(file && last_file && !strcmp(file, last_file))))
			return;
		last_file = file;
		last_line = line;
	}
	va_start(ap, format);
	__lwb_error_report(status, errnum, 1, file, line, format, ap);
	va_end(ap);
}
