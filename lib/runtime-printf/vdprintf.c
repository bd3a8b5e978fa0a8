#include <errno.h>
#include <stdio.h>
#include <unistd.h>
#include "format.h"

static int write_all(int fd, const char *s, size_t n)
{
	while (n) {
		ssize_t k = write(fd, s, n);

		if (k < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		s += k;
		n -= k;
	}
	return 0;
}

int __lwb_vdprintf(int fd, const char *restrict fmt, va_list ap)
{
	struct lwb_plan plan;
	int r;

	if (__lwb_printf_plan(&plan, fmt, ap))
		return -1;
	if (plan.fmt)
		r = __real_vdprintf(fd, plan.fmt, ap);
	else
		r = write_all(fd, plan.out, plan.len) ? -1 : (int)plan.len;
	__lwb_printf_done(&plan);
	return r;
}

int __wrap_vdprintf(int fd, const char *restrict fmt, va_list ap)
{
	if (__lwb_printf_ordinary(fmt))
		return __real_vdprintf(fd, fmt, ap);
	return __lwb_vdprintf(fd, fmt, ap);
}
