#include "stdio_impl.h"

/* Reached through -Wl,--wrap=fputwc. */
wint_t __wrap_fputwc(wchar_t c, FILE *f)
{
	wint_t r = __real_fputwc(c, f);

	if (r != WEOF)
		return r;
	__lwb_write_failed(f);
	return WEOF;
}
