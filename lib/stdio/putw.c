#include "stdio_impl.h"

/* Reached through -Wl,--wrap=putw. */
int __wrap_putw(int w, FILE *f)
{
	if (__real_putw(w, f) < 0)
		return __lwb_write_failed(f);
	return 0;
}
