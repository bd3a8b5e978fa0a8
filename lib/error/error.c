#define _GNU_SOURCE
#include <error.h>
#include <stdarg.h>
#include "report.h"

void error(int status, int errnum, const char *format, ...)
{
	va_list ap;

	va_start(ap, format);
	__lwb_error_report(status, errnum, 0, 0, 0, format, ap);
	va_end(ap);
}
