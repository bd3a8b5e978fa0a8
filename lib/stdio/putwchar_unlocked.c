#include "stdio_impl.h"

/* Reached through -Wl,--wrap=putwchar_unlocked: stdout may have been reopened for
 * reading. */
wint_t __wrap_putwchar_unlocked(wchar_t c)
{
	wint_t r = __real_putwchar_unlocked(c);

	if (r != WEOF)
		return r;
	__lwb_write_failed(stdout);
	return WEOF;
}
