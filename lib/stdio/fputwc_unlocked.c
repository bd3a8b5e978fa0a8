#include "stdio_impl.h"

/* Reached through -Wl,--wrap=fputwc_unlocked. */
wint_t __wrap_fputwc_unlocked(wchar_t c, FILE *f)
{
	wint_t r = __real_fputwc_unlocked(c, f);

	if (r != WEOF)
		return r;
	__lwb_write_failed(f);
	return WEOF;
}
