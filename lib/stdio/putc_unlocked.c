#include "stdio_impl.h"

/* Reached through -Wl,--wrap=putc_unlocked. */
int __wrap_putc_unlocked(int c, FILE *f)
{
	int r = __real_putc_unlocked(c, f);

	if (r != EOF)
		return r;
	return __lwb_write_failed(f);
}
