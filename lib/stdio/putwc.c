#include "stdio_impl.h"

/* Reached through -Wl,--wrap=putwc. */
wint_t __wrap_putwc(wchar_t c, FILE *f)
{
	wint_t r = __real_putwc(c, f);

	if (r != WEOF)
		return r;
	__lwb_write_failed(f);
	return WEOF;
}
