#include "stdio_impl.h"

/* Reached through -Wl,--wrap=fputc_unlocked. */
int __wrap_fputc_unlocked(int c, FILE *f)
{
	int r = __real_fputc_unlocked(c, f);

	if (r != EOF)
		return r;
	return __lwb_write_failed(f);
}
