#include "stdio_impl.h"

/* Reached through -Wl,--wrap=putc. */
int __wrap_putc(int c, FILE *f)
{
	int r = __real_putc(c, f);

	if (r != EOF)
		return r;
	return __lwb_write_failed(f);
}
