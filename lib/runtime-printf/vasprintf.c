#define _GNU_SOURCE
#include <stdio.h>
#include "format.h"

int __lwb_vasprintf(char **s, const char *fmt, va_list ap)
{
	struct lwb_plan plan;
	int r;

	if (__lwb_printf_plan(&plan, fmt, ap))
		return -1;
	if (plan.fmt) {
		r = __real_vasprintf(s, plan.fmt, ap);
	} else {
		/* the output is already the caller's string */
		*s = plan.out;
		plan.heap = NULL;
		r = plan.len;
	}
	__lwb_printf_done(&plan);
	return r;
}

int __wrap_vasprintf(char **s, const char *fmt, va_list ap)
{
	if (__lwb_printf_ordinary(fmt))
		return __real_vasprintf(s, fmt, ap);
	return __lwb_vasprintf(s, fmt, ap);
}
