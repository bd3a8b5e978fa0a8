#include "stdio_impl.h"

/* Reached through -Wl,--wrap=fputc. */
int __wrap_fputc(int c, FILE *f)
{
	int r = __real_fputc(c, f);

	if (r != EOF)
		return r;
	return __lwb_write_failed(f);
}
