#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdio_ext.h>
#include "format.h"

/* glibc fails a write to a stream not open for writing with EBADF; musl
 * fails it too but leaves errno alone. Looked at only after a failure. */
int __lwb_printf_write_failed(FILE *f)
{
	if (!__fwritable(f))
		errno = EBADF;
	return -1;
}

int __lwb_vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	struct lwb_plan plan;
	int r;

	if (__lwb_printf_plan(&plan, fmt, ap))
		return -1;
	if (plan.fmt) {
		if ((r = __real_vfprintf(f, plan.fmt, ap)) < 0)
			r = __lwb_printf_write_failed(f);
	} else if (!__fwritable(f)) {
		/* an empty write sets the stream's error flag, as glibc's does */
		__real_vfprintf(f, "", ap);
		r = __lwb_printf_write_failed(f);
	} else if (fwrite(plan.out, 1, plan.len, f) < plan.len) {
		r = __lwb_printf_write_failed(f);
	} else {
		r = plan.len;
	}
	__lwb_printf_done(&plan);
	return r;
}

int __wrap_vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	int r;

	if (!__lwb_printf_ordinary(fmt))
		return __lwb_vfprintf(f, fmt, ap);
	if ((r = __real_vfprintf(f, fmt, ap)) < 0)
		return __lwb_printf_write_failed(f);
	return r;
}
