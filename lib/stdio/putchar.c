#include "stdio_impl.h"

/* Reached through -Wl,--wrap=putchar: stdout may have been reopened for
 * reading. */
int __wrap_putchar(int c)
{
	int r = __real_putchar(c);

	if (r != EOF)
		return r;
	return __lwb_write_failed(stdout);
}
