#include "stdio_impl.h"

/* Reached through -Wl,--wrap=putchar_unlocked: stdout may have been reopened for
 * reading. */
int __wrap_putchar_unlocked(int c)
{
	int r = __real_putchar_unlocked(c);

	if (r != EOF)
		return r;
	return __lwb_write_failed(stdout);
}
