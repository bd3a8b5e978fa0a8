#include "stdio_impl.h"

/* Reached through -Wl,--wrap=putwchar: stdout may have been reopened for
 * reading. */
wint_t __wrap_putwchar(wchar_t c)
{
	wint_t r = __real_putwchar(c);

	if (r != WEOF)
		return r;
	__lwb_write_failed(stdout);
	return WEOF;
}
