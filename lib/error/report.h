/* The message writer behind error and error_at_line. Internal. */
#ifndef LWB_ERROR_REPORT_H
#define LWB_ERROR_REPORT_H

#include <stdarg.h>
#include "../lwb.h"

/* at_line selects error_at_line's prefix: "program:" then "file:line: "
 * (or a single space when file is NULL); error's prefix is "program: ". */
LWB_HIDDEN void __lwb_error_report(int status, int errnum, int at_line,
	const char *file, unsigned int line, const char *format, va_list ap);

#endif
