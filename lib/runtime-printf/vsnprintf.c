#include <stdio.h>
#include <string.h>
#include "format.h"

int __lwb_vsnprintf(char *restrict s, size_t n, const char *restrict fmt, va_list ap)
{
	struct lwb_plan plan;
	int r;

	if (__lwb_printf_plan(&plan, fmt, ap))
		return -1;
	if (plan.fmt) {
		r = __real_vsnprintf(s, n, plan.fmt, ap);
	} else {
		/* the whole length is returned, the part that fits is stored */
		if (n) {
			size_t k = plan.len < n - 1 ? plan.len : n - 1;
			memcpy(s, plan.out, k);
			s[k] = 0;
		}
		r = plan.len;
	}
	__lwb_printf_done(&plan);
	return r;
}

int __wrap_vsnprintf(char *restrict s, size_t n, const char *restrict fmt, va_list ap)
{
	if (__lwb_printf_ordinary(fmt))
		return __real_vsnprintf(s, n, fmt, ap);
	return __lwb_vsnprintf(s, n, fmt, ap);
}
